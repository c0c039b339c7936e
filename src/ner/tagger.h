// Tags the tokens of a document with a NerModel: two passes of Viterbi decoding (the second sees how the first
// labelled the other occurrences of each word in the document), then a confidence per entity from forward-backward
// marginals.
//
//   auto model = newsgraph::ner::NerModel::Load("models/ner-en-news.bin");
//   newsgraph::ner::NerTagger tagger(**model);
//   newsgraph::ner::NerInput doc;  // tokens and sentence starts
//   std::vector<newsgraph::ner::NerEntity> entities;
//   tagger.Tag(doc, &entities);
//
// Thread safety: a NerTagger is immutable; Tag() may be called from many threads at once, each with its own
// NerWorkspace (ner/workspace.h: scratch buffers and a cache of per-word-type feature weights), which the caller
// keeps and reuses. The overloads without one make a workspace for the call: for tools and tests, not for streams.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ner/labels.h"
#include "ner/model.h"
#include "util/word_table.h"

namespace newsgraph::ner {

// One document: its tokens' text and where its sentences begin.
struct NerInput {
  std::vector<std::string_view> tokens;
  std::vector<uint32_t> sentence_begin;  // first token of each sentence, then tokens.size()
};

struct NerEntity {
  uint32_t begin = 0;  // token range [begin, end)
  uint32_t end = 0;
  int type = 0;        // 0 PER, 1 ORG, 2 LOC, 3 MISC
  float confidence = 0;
};

class NerWorkspace;  // ner/workspace.h
// A workspace made and destroyed where its type is known, for callers that do not include ner/workspace.h.
struct NerWorkspaceDeleter {
  void operator()(NerWorkspace* workspace) const;
};
using NerWorkspacePtr = std::unique_ptr<NerWorkspace, NerWorkspaceDeleter>;
NerWorkspacePtr NewNerWorkspace();

struct NerTagOptions {
  int stages = 2;            // 1: the first pass only (for comparison); capped by the model's stages
  bool confidence = true;    // forward-backward for confidences (else 1)
};

class NerTagger {
 public:
  explicit NerTagger(const NerModel& model);
  ~NerTagger();

  // Fills *entities; with `labels`, also the per-token labels (model.labels ids) of the last pass.
  void Tag(const NerInput& doc, NerWorkspace* workspace, std::vector<NerEntity>* entities,
           std::vector<uint8_t>* labels = nullptr, const NerTagOptions& options = {}) const;
  void Tag(const NerInput& doc, std::vector<NerEntity>* entities, const NerTagOptions& options = {}) const;
  void Tag(const NerInput& doc, std::vector<NerEntity>* entities, std::vector<uint8_t>* labels,
           const NerTagOptions& options = {}) const;

  const NerModel& model() const { return model_; }

 private:
  const NerModel& model_;
  std::vector<float> pad_;  // [stage][offset + 2][label]
  util::WordTable<bool> non_person_;  // NerModel::non_person_tokens
};

}  // namespace newsgraph::ner
