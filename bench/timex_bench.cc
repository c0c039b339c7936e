// Time-expression throughput: the timex stage alone (segmentation done beforehand), one thread, over the news
// corpus of bench_corpus.h; and the lexicon build it pays once per process.
#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "newsgraph/text.h"
#include "timex/lexicon.h"
#include "timex/timex.h"

namespace {

void BM_TimexStage(benchmark::State& state) {
  const auto& docs = newsgraph::bench::CorpusDocuments();
  if (docs.empty()) {
    state.SkipWithError("corpus ../shared/data/polnear absent");
    return;
  }
  std::vector<newsgraph::Analysis> segmented(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) newsgraph::Segment(docs[i], {}, &segmented[i]);
  const newsgraph::Date date{2016, 11, 1};
  size_t timexes = 0;
  for (auto _ : state) {
    timexes = 0;
    for (size_t i = 0; i < docs.size(); ++i)
      timexes += newsgraph::timex::FindTimexes(docs[i], segmented[i], date).size();
    benchmark::DoNotOptimize(timexes);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * newsgraph::bench::CorpusBytes()));
  state.counters["timexes"] = static_cast<double>(timexes);
}
BENCHMARK(BM_TimexStage)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_TimexLexiconLookup(benchmark::State& state) {
  const auto& lexicon = newsgraph::timex::Lexicon::Get();
  static const char* kWords[] = {"the", "president", "said", "thursday", "sept.", "quarter", "minister", "ago"};
  size_t found = 0;
  for (auto _ : state)
    for (const char* w : kWords) found += lexicon.Find(w) != nullptr;
  benchmark::DoNotOptimize(found);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * std::size(kWords)));
}
BENCHMARK(BM_TimexLexiconLookup);

}  // namespace
