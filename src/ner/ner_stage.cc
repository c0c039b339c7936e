// The pipeline stage that fills Analysis::mentions with the names the NER tagger finds.
#include <memory>

#include "core/stages.h"
#include "ner/model.h"
#include "ner/tagger.h"

namespace newsgraph::internal {

namespace {

class NerStage : public Stage {
 public:
  explicit NerStage(std::unique_ptr<ner::NerModel> model) : model_(std::move(model)), tagger_(*model_) {}
  const char* name() const override { return "ner"; }

  void Run(std::string_view text, const Document&, Analysis* a) const override {
    // Reused per thread: the token views and the entities of the last document.
    thread_local ner::NerInput input;
    thread_local std::vector<ner::NerEntity> entities;
    input.tokens.clear();
    input.sentence_begin.assign(1, 0);
    for (const Sentence& s : a->sentences) {
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) input.tokens.push_back(a->tokens[t].span.In(text));
      input.sentence_begin.push_back(static_cast<uint32_t>(input.tokens.size()));
    }
    // Tokens outside every sentence (none today) would shift indexes; the segmenter's sentences cover all tokens.
    if (input.tokens.size() != a->tokens.size()) return;
    tagger_.Tag(input, &entities);
    a->mentions.reserve(a->mentions.size() + entities.size());
    for (const ner::NerEntity& e : entities) {
      Mention m;
      m.span = Span{a->tokens[e.begin].span.start, a->tokens[e.end - 1].span.end};
      m.type = ner::ToEntityType(e.type);
      m.confidence = e.confidence;
      a->mentions.push_back(m);
    }
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
