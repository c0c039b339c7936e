// Part-of-speech tagging throughput, one thread, over the news corpus of bench_corpus.h: the UPOS tagger on ready
// tokens (newsgraph's segmentation, made once before timing), each pass with a fresh scratch as each worker of
// `newsgraph extract` starts (every word type is analysed and its features looked up once, then found in the
// cache). Tokens/s counts newsgraph's tokens; bytes/s the corpus's bytes.
#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "newsgraph/text.h"
#include "pos/model.h"
#include "pos/tagger.h"

namespace {

const newsgraph::pos::PosModel* PosModel() {
  static const auto model = newsgraph::pos::PosModel::Load(std::string(NEWSGRAPH_SOURCE_DIR) + "/models/" +
                                                           newsgraph::pos::kDefaultPosModelFile);
  return model.ok() ? model->get() : nullptr;
}

void BM_PosTagger(benchmark::State& state) {
  const auto& docs = newsgraph::bench::CorpusDocuments();
  if (docs.empty() || !PosModel()) {
    state.SkipWithError("corpus ../shared/data/polnear or models/pos-en.bin absent");
    return;
  }
  const newsgraph::pos::PosTagger tagger(*PosModel());
  struct Input {
    std::vector<std::string_view> tokens;
    std::vector<uint32_t> sentence_begin;
  };
  std::vector<Input> inputs(docs.size());
  size_t tokens = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    newsgraph::Analysis a;
    newsgraph::Segment(docs[i], {}, &a);
    for (const newsgraph::Sentence& s : a.sentences) inputs[i].sentence_begin.push_back(s.token_begin);
    inputs[i].sentence_begin.push_back(static_cast<uint32_t>(a.tokens.size()));
    for (const newsgraph::Token& t : a.tokens) inputs[i].tokens.push_back(t.span.In(docs[i]));
    tokens += a.tokens.size();
  }
  std::vector<newsgraph::pos::Upos> tags;
  for (auto _ : state) {
    newsgraph::pos::Scratch scratch;
    for (const Input& input : inputs) {
      tagger.Tag(input.tokens, input.sentence_begin, &scratch, &tags);
      benchmark::DoNotOptimize(tags.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * newsgraph::bench::CorpusBytes()));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PosTagger)->Unit(benchmark::kMillisecond)->MinTime(3.0);

}  // namespace
