// Tags tokenized text with the 17 UPOS tags: left to right, each token scored from the cached weight sums of the word
// types in a window of two tokens either side (pos/features.h) plus the tags given to the two tokens before.
//
//   auto model = newsgraph::pos::PosModel::Load("models/pos-en.bin");
//   newsgraph::pos::PosTagger tagger(**model);
//   newsgraph::pos::Scratch scratch;  // one per thread, reused
//   std::vector<newsgraph::pos::Upos> tags;
//   tagger.Tag(tokens, sentence_begin, &scratch, &tags);
//   tagger.TagSpan(sentence_tokens, 0, 5, &scratch, sentence_tags.data());  // a sentence's first five tokens alone
//
// Thread safety: a PosTagger is immutable; Tag() may be called from many threads at once, each with its own Scratch
// (which keeps a cache of per-word-type weight sums from one call to the next).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "pos/features.h"
#include "pos/model.h"
#include "pos/tags.h"

namespace newsgraph::pos {

class PosWorkspace;  // pos/tagger.cc

// The tagger's working memory for one thread; may serve several taggers in turn (the cache notes whose it is).
struct Scratch {
  Scratch();
  ~Scratch();
  Scratch(Scratch&&) noexcept;
  Scratch& operator=(Scratch&&) noexcept;
  std::unique_ptr<PosWorkspace> workspace;  // made on first use
};

class PosTagger {
 public:
  explicit PosTagger(const PosModel& model);
  ~PosTagger();

  // `tokens`: the text of each token; `sentence_begin`: the first token of each sentence, then tokens.size().
  // *tags gets one tag per token (tokens outside every sentence get X).
  void Tag(const std::vector<std::string_view>& tokens, const std::vector<uint32_t>& sentence_begin, Scratch* scratch,
           std::vector<Upos>* tags) const;

  // Tags tokens [from, to) of one sentence, `sentence` (the text of each of its tokens), into tags[from, to): the
  // same tags as Tag gives the whole sentence. The decoder is greedy, left to right: a token's tag depends on the
  // sentence up to kPosWindow tokens after it and on the tags of the two tokens before it, which tags[from - 2, from)
  // must already hold (from this tagger). So a caller may tag a sentence's prefix, then go on from where it stopped.
  void TagSpan(std::span<const std::string_view> sentence, size_t from, size_t to, Scratch* scratch,
               Upos* tags) const;

  const PosModel& model() const { return model_; }

 private:
  // Caches the word types of tokens[0, n) in the workspace (util::TypeCache::Fill).
  void Fill(PosWorkspace& ws, const std::string_view* tokens, size_t n) const;
  // Decodes tokens [from, to) of a sentence of n tokens into tags[from, to) (indexes within the sentence), its word
  // types in the workspace's cache from the last Fill, sentence token i at cache token i + shift.
  void Decode(PosWorkspace& ws, size_t n, std::ptrdiff_t shift, size_t from, size_t to, Upos* tags) const;

  const PosModel& model_;
  PosFeatures features_;
  uint64_t id_;
  float pad_[2 * kPosWindow + 1][kTagCount] = {};
  // The weights of the tag history by the two tags before (kNoTag at the start): the row of the tag before plus the
  // row of the two, added once here rather than at every token (the same sum).
  float history_[(kTagCount + 1) * (kTagCount + 1)][kTagCount] = {};
};

}  // namespace newsgraph::pos
