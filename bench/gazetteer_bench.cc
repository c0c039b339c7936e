// The place gazetteer: loading it (the payload stored in the library, read in place, its indexes checked: what the
// first use of Gazetteer::Get() costs), looking names up, and resolving an article's places.
#include <benchmark/benchmark.h>

#include "lang/gazetteer.h"
#include "lang/toponyms.h"
#include "newsgraph/text.h"

namespace newsgraph::embedded {
extern const std::string_view places_gazetteer;
}  // namespace newsgraph::embedded

namespace {

using newsgraph::lang::Gazetteer;

void BM_GazetteerLoad(benchmark::State& state) {
  size_t places = 0;
  for (auto _ : state) {
    auto g = Gazetteer::LoadInPlace(newsgraph::embedded::places_gazetteer);
    if (!g.ok()) {
      state.SkipWithError(g.status().message().c_str());
      return;
    }
    places = g->size();
    benchmark::DoNotOptimize(places);
  }
  state.counters["places"] = static_cast<double>(places);
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_GazetteerLookup(benchmark::State& state) {
  const Gazetteer& g = Gazetteer::Get();
  static const char* kNames[] = {"Springfield", "London", "Ill.", "New South Wales", "São Paulo", "Nowhereville"};
  size_t found = 0;
  for (auto _ : state)
    for (const char* name : kNames) found += g.Lookup(name).size();
  benchmark::DoNotOptimize(found);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * std::size(kNames)));
}
BENCHMARK(BM_GazetteerLookup);

void BM_ToponymResolve(benchmark::State& state) {
  const std::string text =
      "Storms knocked out power in Macon, Valdosta and Columbus on Sunday. Officials in Georgia said Atlanta was "
      "spared, while crews from Springfield, Ill., and Paris, Texas, were sent to help. In Washington, the "
      "president spoke with leaders in London, Paris and Berlin about the storms in Victoria state.";
  newsgraph::Analysis a;
  newsgraph::Segment(text, {}, &a);
  std::vector<newsgraph::Span> spans;
  for (const char* name : {"Macon", "Valdosta", "Columbus", "Georgia", "Atlanta", "Springfield", "Paris", "Texas",
                           "Washington", "London", "Paris", "Berlin", "Victoria"}) {
    const size_t from = spans.empty() ? 0 : spans.back().end;
    const size_t at = text.find(name, from);
    spans.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + std::string_view(name).size())});
  }
  const auto mentions = newsgraph::lang::MakeToponymMentions(text, a.tokens, a.sentences, spans);
  const newsgraph::lang::ToponymResolver resolver;
  for (auto _ : state) benchmark::DoNotOptimize(resolver.Resolve(mentions));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * mentions.size()));
}
BENCHMARK(BM_ToponymResolve);

}  // namespace
