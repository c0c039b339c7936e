// Segmentation throughput: paragraphs, sentences and tokens of the news corpus, one thread.
#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "newsgraph/text.h"

namespace {

void BM_Segment(benchmark::State& state) {
  const auto& docs = newsgraph::bench::CorpusDocuments();
  if (docs.empty()) {
    state.SkipWithError("corpus ../shared/data/polnear absent");
    return;
  }
  newsgraph::Analysis analysis;
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const auto& d : docs) {
      newsgraph::Segment(d, {}, &analysis);
      tokens += analysis.tokens.size();
    }
    benchmark::DoNotOptimize(analysis.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * newsgraph::bench::CorpusBytes()));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_ValidateUtf8(benchmark::State& state) {
  const auto& docs = newsgraph::bench::CorpusDocuments();
  for (auto _ : state)
    for (const auto& d : docs) benchmark::DoNotOptimize(newsgraph::IsValidUtf8(d));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * newsgraph::bench::CorpusBytes()));
}
BENCHMARK(BM_ValidateUtf8)->Unit(benchmark::kMillisecond);

}  // namespace
