// Event-trigger detection throughput, one thread, over the news corpus of bench_corpus.h: the trigger tagger on
// ready tokens with tense and modality read from the verb groups by the language floor (lang::Words read once per
// document, then lang::ReadVerbGroup per trigger: the events stage's own work; bytes/s counts the
// corpus's bytes), and the one-time model load. Tokens/s counts newsgraph's tokens.
#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "events/extractor.h"
#include "events/trigger_model.h"
#include "events/trigger_tagger.h"
#include "events/verb_group.h"
#include "lang/words.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/text.h"
#include "pos/model.h"

namespace {

const std::string ModelPath() {
  return std::string(NEWSGRAPH_SOURCE_DIR) + "/models/" + newsgraph::events::kDefaultEventModelFile;
}

const newsgraph::events::EventModel* Model() {
  static const auto model = newsgraph::events::EventModel::Load(ModelPath());
  return model.ok() ? model->get() : nullptr;
}

struct Input {
  newsgraph::Analysis analysis;
  std::vector<std::string_view> tokens;
  std::vector<uint32_t> sentence_begin;
};

void BM_EventTriggers(benchmark::State& state) {
  const auto& docs = newsgraph::bench::CorpusDocuments();
  if (docs.empty() || !Model()) {
    state.SkipWithError("corpus ../shared/data/polnear or models/events-en.bin absent");
    return;
  }
  newsgraph::events::TriggerTagger tagger(*Model());
  std::vector<Input> inputs(docs.size());
  size_t tokens = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    newsgraph::Analysis& a = inputs[i].analysis;
    newsgraph::Segment(docs[i], {}, &a);
    for (const newsgraph::Sentence& s : a.sentences) inputs[i].sentence_begin.push_back(s.token_begin);
    inputs[i].sentence_begin.push_back(static_cast<uint32_t>(a.tokens.size()));
    for (const newsgraph::Token& t : a.tokens) inputs[i].tokens.push_back(t.span.In(docs[i]));
    tokens += a.tokens.size();
  }
  std::vector<newsgraph::events::Trigger> triggers;
  newsgraph::lang::Words words;
  size_t found = 0;
  for (auto _ : state) {
    // A fresh scratch each pass, as `newsgraph extract` starts each worker: every word type is seen for the first
    // time once (its features looked up), then found in the scratch's cache.
    newsgraph::events::Scratch scratch;
    found = 0;
    for (size_t d = 0; d < inputs.size(); ++d) {
      const Input& input = inputs[d];
      tagger.Tag(input.tokens, input.sentence_begin, &scratch, &triggers);
      found += triggers.size();
      // Tense and modality: the verb group of each trigger.
      words.Read(docs[d], input.analysis, newsgraph::lang::Lexicon::Get());
      size_t s = 0;
      for (const newsgraph::events::Trigger& t : triggers) {
        while (input.sentence_begin[s + 1] <= t.token) ++s;
        benchmark::DoNotOptimize(newsgraph::events::TimeMLGroup(words, t.token, input.sentence_begin[s], t.pos));
      }
    }
    benchmark::DoNotOptimize(triggers.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * newsgraph::bench::CorpusBytes()));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
  state.counters["triggers"] = static_cast<double>(found);
}
BENCHMARK(BM_EventTriggers)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// The events stage's whole work on analysed documents (tokens, names, quotations, entities and time expressions
// from the pipeline, made once before timing): triggers, verb groups, CAMEO codes, participants and their actor
// codes, dates, then the records (coreference, entity links, status, place): events::EventExtractor::Extract, as
// the pipeline runs it.
void BM_EventStage(benchmark::State& state) {
  const auto& docs = newsgraph::bench::CorpusDocuments();
  if (docs.empty() || !Model()) {
    state.SkipWithError("corpus ../shared/data/polnear or models/events-en.bin absent");
    return;
  }
  newsgraph::PipelineOptions options;
  options.models_dir = std::string(NEWSGRAPH_SOURCE_DIR) + "/models";
  auto pipeline = newsgraph::Pipeline::Create(options);
  if (!pipeline.ok()) {
    state.SkipWithError(pipeline.status().message().c_str());
    return;
  }
  std::vector<newsgraph::Analysis> analyses;
  size_t tokens = 0, sentences = 0;
  for (const std::string& doc : docs) {
    newsgraph::Document d;
    d.text = doc;
    auto a = (*pipeline)->Analyze(d);
    analyses.push_back(a.ok() ? std::move(*a) : newsgraph::Analysis{});
    tokens += analyses.back().tokens.size();
    sentences += analyses.back().sentences.size();
  }
  // With the part-of-speech tagger, as the pipeline runs the stage (its tags decide some dictionary triggers).
  const auto pos_model = newsgraph::pos::PosModel::Load(options.models_dir + "/" + newsgraph::pos::kDefaultPosModelFile);
  if (!pos_model.ok()) {
    state.SkipWithError(pos_model.status().message().c_str());
    return;
  }
  const newsgraph::events::EventExtractor extractor(*Model(), newsgraph::events::CameoCoder::Builtin(),
                                                    newsgraph::events::ActorCoder::Builtin(), pos_model->get());
  size_t coded = 0;
  for (auto _ : state) {
    newsgraph::events::ExtractorScratch scratch;  // fresh each pass, as each worker of `newsgraph extract` starts
    coded = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
      extractor.Extract(docs[i], std::nullopt, /*all=*/false, &scratch, &analyses[i]);
      for (const newsgraph::Event& e : analyses[i].events) coded += !e.cameo.empty();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * newsgraph::bench::CorpusBytes()));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
  state.counters["coded"] = static_cast<double>(coded);
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences) * state.iterations(),
                                                     benchmark::Counter::kIsRate);
}
BENCHMARK(BM_EventStage)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_EventModelLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto model = newsgraph::events::EventModel::Load(ModelPath());
    if (!model.ok()) {
      state.SkipWithError("models/events-en.bin absent");
      return;
    }
    benchmark::DoNotOptimize(model->get());
  }
}
BENCHMARK(BM_EventModelLoad)->Unit(benchmark::kMillisecond);

}  // namespace
