// The quotation stage alone: FindQuotes over documents segmented beforehand, on one thread. The corpus is the
// article texts of ../shared/data/polnear/*/text (2016 US political news, dense in quotations), read at run time
// and never committed; the benchmark skips when it is absent.
//
//   build/bench/newsgraph_bench --benchmark_filter=Quotes
//
// BM_QuotesStage/0 is the rules alone, /1 with the learned cue model (models/quotes-cues-en.bin).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "newsgraph/text.h"
#include "quotes/cue_model.h"
#include "quotes/quotes.h"

namespace newsgraph {
namespace {

struct SegmentedDocument {
  std::string text;
  Analysis analysis;
};

const std::vector<SegmentedDocument>& PolnearDocuments() {
  static const std::vector<SegmentedDocument> docs = [] {
    std::vector<std::filesystem::path> files;
    const std::string root = std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared/data/polnear/";
    for (const char* split : {"train/text", "dev/text"}) {
      std::error_code ec;
      for (auto it = std::filesystem::directory_iterator(root + split, ec);
           !ec && it != std::filesystem::directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".txt") files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    std::vector<SegmentedDocument> out(files.size());
    for (size_t i = 0; i < files.size(); ++i) {
      std::ifstream in(files[i], std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      out[i].text = std::move(s).str();
      Segment(out[i].text, {}, &out[i].analysis);
    }
    return out;
  }();
  return docs;
}

void BM_QuotesStage(benchmark::State& state) {
  // A copy, so that the stage's output does not accumulate in the shared corpus.
  std::vector<SegmentedDocument> docs = PolnearDocuments();
  if (docs.empty()) {
    state.SkipWithError("../shared/data/polnear/*/text is absent");
    return;
  }
  std::unique_ptr<quotes::CueModel> cues;
  if (state.range(0) == 1) {
    auto model = quotes::CueModel::Load(std::string(NEWSGRAPH_SOURCE_DIR) + "/models/" + quotes::kCueModelFile);
    if (!model.ok()) {
      state.SkipWithError(model.status().ToString().c_str());
      return;
    }
    cues = std::move(*model);
  }
  size_t bytes = 0, quotes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  quotes::Scratch scratch;
  const lang::Lexicon& lexicon = lang::Lexicon::Get();
  for (auto _ : state) {
    for (auto& d : docs) {
      quotes::FindQuotes(d.text, lexicon, &scratch, &d.analysis, cues.get());
      quotes += d.analysis.quotes.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
  state.counters["docs"] = static_cast<double>(docs.size());
  state.counters["quotes/doc"] =
      static_cast<double>(quotes) / static_cast<double>(docs.size() * std::max<int64_t>(1, state.iterations()));
}
BENCHMARK(BM_QuotesStage)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Segmentation and quotations together, for comparison with the stage alone.
void BM_SegmentAndQuotes(benchmark::State& state) {
  const auto& corpus = PolnearDocuments();
  if (corpus.empty()) {
    state.SkipWithError("../shared/data/polnear/*/text is absent");
    return;
  }
  size_t bytes = 0;
  for (const auto& d : corpus) bytes += d.text.size();
  Analysis a;
  quotes::Scratch scratch;
  const lang::Lexicon& lexicon = lang::Lexicon::Get();
  for (auto _ : state) {
    for (const auto& d : corpus) {
      Segment(d.text, {}, &a);
      quotes::FindQuotes(d.text, lexicon, &scratch, &a);
      benchmark::DoNotOptimize(a.quotes.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
}
BENCHMARK(BM_SegmentAndQuotes)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace newsgraph
