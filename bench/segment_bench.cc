// Segmentation throughput: paragraphs, sentences and tokens of the news corpus, one thread; and the JSON around the
// pipeline: reading a JSON Lines record, writing a record's strings.
#include <benchmark/benchmark.h>

#include <cstdio>

#include "bench_corpus.h"
#include "input/jsonl.h"
#include "newsgraph/json.h"
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

// The corpus as JSON Lines records {"id": ..., "text": ..., "date": ...}, as `extract --jsonl` reads them.
const std::vector<std::string>& CorpusLines() {
  static const std::vector<std::string> lines = [] {
    std::vector<std::string> out;
    for (const auto& d : newsgraph::bench::CorpusDocuments()) {
      std::string line = "{\"id\": \"doc-" + std::to_string(out.size()) + "\", \"date\": \"2025-04-22\", \"text\": \"";
      for (const char c : d) {
        if (c == '"' || c == '\\') {
          line += '\\';
          line += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
          line += escaped;
        } else {
          line += c;
        }
      }
      out.push_back(line + "\"}");
    }
    return out;
  }();
  return lines;
}

void BM_JsonlRecord(benchmark::State& state) {
  const auto& lines = CorpusLines();
  if (lines.empty()) {
    state.SkipWithError("corpus ../shared/data/polnear absent");
    return;
  }
  size_t bytes = 0;
  for (const auto& line : lines) bytes += line.size();
  for (auto _ : state)
    for (const auto& line : lines) {
      const auto record = newsgraph::input::ParseJsonlRecord(line, std::nullopt);
      benchmark::DoNotOptimize(record.document.text.data());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_JsonlRecord)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// A record's strings written out: each text as one string value (the record's "text" and its span texts are most of
// its bytes).
void BM_JsonStrings(benchmark::State& state) {
  const auto& docs = newsgraph::bench::CorpusDocuments();
  const newsgraph::Status status(newsgraph::StatusCode::kInvalidArgument, "x");
  for (auto _ : state)
    for (const auto& d : docs) benchmark::DoNotOptimize(newsgraph::ErrorJson(d, 1, status).size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * newsgraph::bench::CorpusBytes()));
}
BENCHMARK(BM_JsonStrings)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
