// The pipeline stage that fills Analysis::mentions with the names the NER tagger finds.
#include <algorithm>
#include <memory>

#include "core/stages.h"
#include "ner/model.h"
#include "ner/tagger.h"

namespace newsgraph::internal {

namespace {

constexpr size_t kChunkTokens = 50000;

class NerStage : public Stage {
 public:
  explicit NerStage(std::unique_ptr<ner::NerModel> model) : model_(std::move(model)), tagger_(*model_) {}
  const char* name() const override { return "ner"; }

  void Run(std::string_view text, const Document&, Analysis* a) const override {
    // Reused per thread: the token views and the entities of the last chunk.
    thread_local ner::NerInput input;
    thread_local std::vector<ner::NerEntity> entities;
    // The tagger's memory grows with the tokens it sees at once, so a huge document is tagged in chunks of whole
    // sentences (an over-long sentence is cut): far larger than any article, so document-level features see a
    // whole article, while a 50 MB document stays within bounded memory.
    const size_t total = a->tokens.size();
    size_t chunk_begin = 0;
    size_t sentence = 0;
    while (chunk_begin < total) {
      input.tokens.clear();
      input.sentence_begin.assign(1, 0);
      size_t end = chunk_begin;
      while (end < total && end - chunk_begin < kChunkTokens) {
        while (sentence < a->sentences.size() && a->sentences[sentence].token_end <= end) ++sentence;
        const size_t sentence_end = sentence < a->sentences.size() ? a->sentences[sentence].token_end : total;
        const size_t stop = std::min(sentence_end, chunk_begin + kChunkTokens);
        if (stop < sentence_end && end > chunk_begin) break;  // the sentence does not fit: it starts the next chunk
        for (size_t t = end; t < stop; ++t) input.tokens.push_back(a->tokens[t].span.In(text));
        input.sentence_begin.push_back(static_cast<uint32_t>(input.tokens.size()));
        end = stop;
      }
      tagger_.Tag(input, &entities);
      for (const ner::NerEntity& e : entities) {
        Mention m;
        m.span = Span{a->tokens[chunk_begin + e.begin].span.start, a->tokens[chunk_begin + e.end - 1].span.end};
        m.type = ner::ToEntityType(e.type);
        m.confidence = e.confidence;
        a->mentions.push_back(m);
      }
      chunk_begin = end;
    }
    DropTimexesInsideNames(a);
  }

  // A time expression inside a longer name is part of the name: "Twentieth Century Fox", "USA Today".
  static void DropTimexesInsideNames(Analysis* a) {
    if (a->timexes.empty() || a->mentions.empty()) return;
    auto inside_a_name = [&](const Timex& t) {
      auto it = std::upper_bound(a->mentions.begin(), a->mentions.end(), t.span.start,
                                 [](uint32_t offset, const Mention& m) { return offset < m.span.start; });
      if (it == a->mentions.begin()) return false;
      const Mention& m = *std::prev(it);
      return m.type != EntityType::kMisc && m.span.Contains(t.span) && m.span.size() > t.span.size();
    };
    a->timexes.erase(std::remove_if(a->timexes.begin(), a->timexes.end(), inside_a_name), a->timexes.end());
  }

 private:
  std::unique_ptr<ner::NerModel> model_;
  ner::NerTagger tagger_;
};

}  // namespace

StatusOr<std::unique_ptr<Stage>> CreateNerStage(const PipelineOptions& options) {
  const std::string path = ResolveModelsDir(options) + "/" + ner::kDefaultModelFile;
  auto model = ner::NerModel::Load(path);
  if (!model.ok())
    return Status(model.status().code(), "named-entity tagger: " + model.status().message() +
                                             " (set --models / NEWSGRAPH_MODELS to the directory of " +
                                             ner::kDefaultModelFile + ")");
  return std::unique_ptr<Stage>(new NerStage(std::move(*model)));
}

}  // namespace newsgraph::internal
