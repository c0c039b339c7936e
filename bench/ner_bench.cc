// Named-entity tagging throughput, one thread, over the news corpus of bench_corpus.h: raw text to mentions
// (segmentation included, the figure issue 4 sets a target for), the tagger alone on ready tokens, and the
// one-time model load. Tokens/s counts newsgraph's tokens.
#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "ner/model.h"
#include "ner/tagger.h"
#include "ner/workspace.h"
#include "newsgraph/text.h"

namespace {

const newsgraph::ner::NerModel* Model() {
  static const auto model = newsgraph::ner::NerModel::Load(std::string(NEWSGRAPH_SOURCE_DIR) + "/models/" +
                                                          newsgraph::ner::kDefaultModelFile);
  return model.ok() ? model->get() : nullptr;
}

// True (and the benchmark skipped) without the corpus or the model.
bool Missing(benchmark::State& state) {
  if (!newsgraph::bench::CorpusDocuments().empty() && Model()) return false;
  state.SkipWithError("corpus ../shared/data/polnear or models/ner-en-news.bin absent");
  return true;
}

void ToInput(std::string_view text, const newsgraph::Analysis& a, newsgraph::ner::NerInput* input) {
  input->tokens.clear();
  input->sentence_begin.assign(1, 0);
  for (const newsgraph::Sentence& s : a.sentences) {
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) input->tokens.push_back(a.tokens[t].span.In(text));
    input->sentence_begin.push_back(static_cast<uint32_t>(input->tokens.size()));
  }
}

void BM_NerTagRawText(benchmark::State& state) {
  const auto& docs = newsgraph::bench::CorpusDocuments();
  if (Missing(state)) return;
  newsgraph::ner::NerTagger tagger(*Model());
  newsgraph::ner::NerWorkspace workspace;
  newsgraph::Analysis analysis;
  newsgraph::ner::NerInput input;
  std::vector<newsgraph::ner::NerEntity> entities;
  size_t tokens = 0, mentions = 0;
  for (auto _ : state) {
    tokens = mentions = 0;
    for (const auto& d : docs) {
      newsgraph::Segment(d, {}, &analysis);
      ToInput(d, analysis, &input);
      tagger.Tag(input, &workspace, &entities);
      tokens += input.tokens.size();
      mentions += entities.size();
    }
    benchmark::DoNotOptimize(entities.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * newsgraph::bench::CorpusBytes()));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
  state.counters["mentions"] = static_cast<double>(mentions);
}
BENCHMARK(BM_NerTagRawText)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_NerTagTokens(benchmark::State& state) {
  const auto& docs = newsgraph::bench::CorpusDocuments();
  if (Missing(state)) return;
  newsgraph::ner::NerTagger tagger(*Model());
  newsgraph::ner::NerWorkspace workspace;
  std::vector<newsgraph::ner::NerInput> inputs(docs.size());
  size_t tokens = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    newsgraph::Analysis a;
    newsgraph::Segment(docs[i], {}, &a);
    ToInput(docs[i], a, &inputs[i]);
    tokens += inputs[i].tokens.size();
  }
  std::vector<newsgraph::ner::NerEntity> entities;
  for (auto _ : state) {
    for (const auto& input : inputs) tagger.Tag(input, &workspace, &entities);
    benchmark::DoNotOptimize(entities.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_NerTagTokens)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_NerModelLoad(benchmark::State& state) {
  const std::string path = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/" + newsgraph::ner::kDefaultModelFile;
  for (auto _ : state) {
    auto model = newsgraph::ner::NerModel::Load(path);
    if (!model.ok()) {
      state.SkipWithError(model.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(model->get());
  }
}
BENCHMARK(BM_NerModelLoad)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
