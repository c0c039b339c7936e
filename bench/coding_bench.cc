// Event coding throughput in sentences per second, one thread: raw news sentences to coded events through the
// whole pipeline (segmentation, names, time expressions, quotations, entities, events), the figure PETRARCH2's
// "about 250 sentences per second" (on sentences already parsed) is compared with. Two inputs: UniversalPetrarch's
// real-news validation sentences, one document each as `newsgraph eval events --petrarch` reads them, and the
// benchmark corpus's articles (bench_corpus.h), whose sentences are counted as newsgraph splits them.
#include <benchmark/benchmark.h>

#include <memory>

#include "bench_corpus.h"
#include "eval/events_coding.h"
#include "newsgraph/pipeline.h"

namespace {

const newsgraph::Pipeline* SharedPipeline() {
  static const auto pipeline = newsgraph::Pipeline::Create();
  return pipeline.ok() ? pipeline->get() : nullptr;
}

// Runs the pipeline over the documents; the counters report sentences/s and coded events/s.
void CodeDocuments(benchmark::State& state, const std::vector<newsgraph::Document>& docs) {
  size_t sentences = 0, events = 0, bytes = 0;
  for (auto _ : state) {
    sentences = events = bytes = 0;
    for (const newsgraph::Document& d : docs) {
      auto analysis = SharedPipeline()->Analyze(d);
      if (!analysis.ok()) {
        state.SkipWithError(analysis.status().ToString().c_str());
        return;
      }
      sentences += analysis->sentences.size();
      for (const newsgraph::Event& e : analysis->events) events += e.cameo.empty() ? 0 : 1;
      bytes += d.text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences) * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["coded events/s"] =
      benchmark::Counter(static_cast<double>(events) * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["sentences"] = static_cast<double>(sentences);
}

void BM_CodePetrarchSentences(benchmark::State& state) {
  const std::string path = std::string(NEWSGRAPH_SOURCE_DIR) +
                           "/../shared/data/cameo/universalpetrarch/text/PETR2_GSR_validation.xml";
  const auto records = newsgraph::eval::ReadPetrarchRecords(path);
  if (!records.ok() || !SharedPipeline()) {
    state.SkipWithError("PETR2_GSR_validation.xml in ../shared/data/cameo or the models absent");
    return;
  }
  std::vector<newsgraph::Document> docs;
  for (const auto& r : *records) {
    newsgraph::Document d;
    d.text = r.text;
    d.date = r.date;
    docs.push_back(std::move(d));
  }
  CodeDocuments(state, docs);
}
BENCHMARK(BM_CodePetrarchSentences)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_CodeCorpusSentences(benchmark::State& state) {
  if (newsgraph::bench::CorpusDocuments().empty() || !SharedPipeline()) {
    state.SkipWithError("corpus ../shared/data/polnear or the models absent");
    return;
  }
  std::vector<newsgraph::Document> docs;
  for (const std::string& text : newsgraph::bench::CorpusDocuments()) {
    newsgraph::Document d;
    d.text = text;
    docs.push_back(std::move(d));
  }
  CodeDocuments(state, docs);
}
BENCHMARK(BM_CodeCorpusSentences)->Unit(benchmark::kMillisecond)->MinTime(5.0);

}  // namespace
