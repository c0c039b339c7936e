// The finding stages: each adapts a stage library (src/timex, src/ner, src/quotes, src/entities) to the stage
// contract (core/stage.h), and the resources they are made from.
#include "core/stages.h"

#include <algorithm>
#include <memory>

#include "core/resources.h"
#include "core/workspace.h"
#include "entities/places.h"
#include "entities/resolver.h"
#include "events/extractor.h"
#include "ner/model.h"
#include "ner/tagger.h"
#include "quotes/quotes.h"
#include "timex/timex.h"

namespace newsgraph::internal {
namespace {

class TimexStage : public Stage {
 public:
  explicit TimexStage(const Resources& r) : time_words_(r.time_words), english_(r.english) {}
  StageInfo info() const override { return {"timex", false, kSegmentation, kTimexes}; }
  void Run(const StageInput& in, Workspace*, Analysis* a) const override {
    a->timexes = timex::FindTimexes(in.text, *a, in.document.date, time_words_, english_);
  }

 private:
  const timex::Lexicon& time_words_;
  const lang::Lexicon& english_;
};

class NerStage : public Stage {
 public:
  explicit NerStage(const ner::NerModel& model) : tagger_(model) {}
  StageInfo info() const override { return {"ner", false, kSegmentation, kMentions}; }

  void Run(const StageInput& in, Workspace* ws, Analysis* a) const override {
    ner::NerInput& input = ws->ner_input;
    std::vector<ner::NerEntity>& entities = ws->ner_entities;
    // The tagger's memory grows with the tokens it sees at once, so a huge document is tagged in chunks of whole
    // sentences (an over-long sentence is cut): far larger than any article, so document-level features see a
    // whole article, while a 50 MB document stays within bounded memory.
    const size_t total = a->tokens.size();
    size_t chunk_begin = 0;
    size_t sentence = 0;
    while (chunk_begin < total) {
      input.tokens.clear();
      input.sentence_begin.assign(1, 0);
      size_t end = chunk_begin;
      while (end < total && end - chunk_begin < kChunkTokens) {
        while (sentence < a->sentences.size() && a->sentences[sentence].token_end <= end) ++sentence;
        const size_t sentence_end = sentence < a->sentences.size() ? a->sentences[sentence].token_end : total;
        const size_t stop = std::min(sentence_end, chunk_begin + kChunkTokens);
        if (stop < sentence_end && end > chunk_begin) break;  // the sentence does not fit: it starts the next chunk
        for (size_t t = end; t < stop; ++t) input.tokens.push_back(a->tokens[t].span.In(in.text));
        input.sentence_begin.push_back(static_cast<uint32_t>(input.tokens.size()));
        end = stop;
      }
      tagger_.Tag(input, &ws->ner, &entities);
      for (const ner::NerEntity& e : entities) {
        Mention m;
        m.span = Span{a->tokens[chunk_begin + e.begin].span.start, a->tokens[chunk_begin + e.end - 1].span.end};
        m.type = ner::ToEntityType(e.type);
        m.confidence = e.confidence;
        a->mentions.push_back(m);
      }
      chunk_begin = end;
    }
  }

 private:
  static constexpr size_t kChunkTokens = 50000;
  ner::NerTagger tagger_;
};

class QuoteStage : public Stage {
 public:
  explicit QuoteStage(const Resources& r) : english_(r.english), cues_(r.cue_model.get()) {}
  StageInfo info() const override { return {"quotes", false, kSegmentation | kMentions, kQuotes}; }
  void Run(const StageInput& in, Workspace* ws, Analysis* a) const override {
    quotes::FindQuotes(in.text, english_, &ws->words, &ws->quotes, a, cues_);
  }

 private:
  const lang::Lexicon& english_;
  const quotes::CueModel* cues_;
};

class EntityStage : public Stage {
 public:
  explicit EntityStage(const Resources& r) : knowledge_(r.knowledge), english_(r.english), places_(r.places) {}
  StageInfo info() const override {
    return {"entities", false, kSegmentation | kTimexes | kMentions | kQuotes, kEntities | kEntityLinks};
  }
  void Run(const StageInput& in, Workspace* ws, Analysis* a) const override {
    entities::ResolveEntities(in.text, in.document, knowledge_, english_, a, &ws->entity_links);
    entities::PlaceEntities(in.text, places_, ws->words.dateline(), a, &ws->entity_links);
  }

 private:
  const entities::Knowledge& knowledge_;
  const lang::Lexicon& english_;
  const lang::Gazetteer& places_;
};

// Events: triggers over the document's tokens, the reader (codes, participants, dates), then records over the
// entities, quotations and time expressions.
class EventStage : public Stage {
 public:
  EventStage(const Resources& r)
      : extractor_(*r.event_model, events::CameoCoder::Builtin(), events::ActorCoder::Builtin(), r.pos_model.get()),
        all_(r.options.all_events),
        enabled_(r.options.events) {}
  StageInfo info() const override {
    return {"events", false,
            kSegmentation | kTimexes | kMentions | kQuotes | kEntities | kMentionEntity | kSpeakerEntity, kEvents};
  }
  void Run(const StageInput& in, Workspace* ws, Analysis* a) const override {
    if (enabled_) extractor_.Extract(in.text, in.document.date, all_, &ws->events, a, &ws->words);
  }

 private:
  events::EventExtractor extractor_;
  bool all_;
  bool enabled_;
};

}  // namespace

StatusOr<std::unique_ptr<Resources>> Resources::Load(const PipelineOptions& options) {
  // The model first: reading it needs a few times its size for a moment, best before the tables take their share.
  const std::string models_dir = ResolveModelsDir(options);
  const std::string path = models_dir + "/" + ner::kDefaultModelFile;
  auto model = ner::NerModel::Load(path);
  if (!model.ok() && model.status().code() == StatusCode::kNotFound)  // say where models are looked for, once
    return Status(StatusCode::kNotFound,
                  "named-entity model " + path + " (give the directory holding " + ner::kDefaultModelFile +
                      " with --models DIR or $NEWSGRAPH_MODELS; an installed newsgraph finds it in " +
                      NEWSGRAPH_INSTALLED_MODELS_DIR + "; `newsgraph train ner` makes one)");
  if (!model.ok())
    return Status(model.status().code(), "named-entity tagger: " + model.status().message() +
                                             " (set --models / NEWSGRAPH_MODELS to the directory of " +
                                             ner::kDefaultModelFile + ")");
  auto cues = quotes::CueModel::Load(models_dir + "/" + quotes::kCueModelFile);
  if (!cues.ok())
    return Status(cues.status().code(), "quotation finder: " + cues.status().message() +
                                            " (set --models / NEWSGRAPH_MODELS to the directory of " +
                                            quotes::kCueModelFile + ")");
  // The embedded tables: a build that lost one would find nothing, and says so now.
  const lang::Lexicon& english = lang::Lexicon::Get();
  if (Status s = english.Check(); !s.ok()) return s;
  const timex::Lexicon& time_words = timex::Lexicon::Get();
  if (time_words.Find("january") == nullptr)
    return Status(StatusCode::kCorrupt, "timex lexicon (data/timex/words.txt) lacks month names");
  const entities::Knowledge& knowledge = entities::Knowledge::Get();
  // The POS model first: a trigger model trained with parts of speech tags with it too.
  auto pos_model = pos::PosModel::Load(models_dir + "/" + pos::kDefaultPosModelFile);
  if (!pos_model.ok())
    return Status(pos_model.status().code(), "part-of-speech tagger: " + pos_model.status().message() +
                                                 " (set --models / NEWSGRAPH_MODELS to the directory of " +
                                                 pos::kDefaultPosModelFile + ")");
  const std::string events_path = models_dir + "/" + events::kDefaultEventModelFile;
  auto event_model = events::EventModel::Load(events_path, pos_model->get());
  if (!event_model.ok())
    return Status(event_model.status().code(), "event-trigger detector: " + event_model.status().message() +
                                                   " (set --models / NEWSGRAPH_MODELS to the directory of " +
                                                   events::kDefaultEventModelFile + ")");
  const lang::Gazetteer& places = lang::Gazetteer::Get();
  if (!lang::Gazetteer::load_status().ok())
    return Status(lang::Gazetteer::load_status().code(), "place gazetteer (data/places/gazetteer.bin): " +
                                                             lang::Gazetteer::load_status().message());
  return std::unique_ptr<Resources>(new Resources{options, models_dir, english, time_words, knowledge, places,
                                                  std::move(*model), std::move(*cues), std::move(*event_model),
                                                  std::move(*pos_model)});
}

StatusOr<std::unique_ptr<Stage>> CreateTimexStage(const Resources& resources) {
  return std::unique_ptr<Stage>(new TimexStage(resources));
}

StatusOr<std::unique_ptr<Stage>> CreateNerStage(const Resources& resources) {
  if (!resources.ner_model) return Status(StatusCode::kInternal, "named-entity tagger: no model loaded");
  return std::unique_ptr<Stage>(new NerStage(*resources.ner_model));
}

StatusOr<std::unique_ptr<Stage>> CreateQuoteStage(const Resources& resources) {
  return std::unique_ptr<Stage>(new QuoteStage(resources));
}

StatusOr<std::unique_ptr<Stage>> CreateEntityStage(const Resources& resources) {
  return std::unique_ptr<Stage>(new EntityStage(resources));
}

StatusOr<std::unique_ptr<Stage>> CreateEventStage(const Resources& resources) {
  if (!resources.event_model) return Status(StatusCode::kInternal, "event-trigger detector: no model loaded");
  return std::unique_ptr<Stage>(new EventStage(resources));
}

}  // namespace newsgraph::internal
