// Finds event triggers in tokenized text with an EventModel: each token gets the highest-scoring class (or none);
// a trigger also gets its part of speech and a confidence (the softmax probability of its class).
//
//   auto model = newsgraph::events::EventModel::Load("models/events-en.bin");
//   newsgraph::events::TriggerTagger tagger(**model);
//   newsgraph::events::Scratch scratch;  // one per thread, reused
//   std::vector<newsgraph::events::Trigger> triggers;
//   tagger.Tag(tokens, sentence_begin, &scratch, &triggers);
//
// Thread safety: a TriggerTagger is immutable; Tag() may be called from many threads at once, each with its own
// Scratch (which keeps a cache of per-word-type weight sums and buffers from one call to the next).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "events/scratch.h"
#include "events/trigger_features.h"
#include "events/trigger_model.h"
#include "pos/tagger.h"

namespace newsgraph::events {

struct Trigger {
  uint32_t token = 0;  // index into the tokens given to Tag
  EventClass cls = EventClass::kNone;
  EventPos pos = EventPos::kVerb;
  float confidence = 0;
};

class TriggerTagger {
 public:
  explicit TriggerTagger(const EventModel& model);
  ~TriggerTagger();

  // `tokens`: the text of each token; `sentence_begin`: the first token of each sentence, then tokens.size().
  // `tags`: the part of speech of each token (pos::PosTagger), for a model with pos_tags; without them such a model
  // tags the tokens itself with its pos_model() (into the scratch; the pipeline gives the tags it has, so that they
  // are found once), and finds no trigger if it has none. Other models ignore them. Appends the triggers in token
  // order to *out (cleared first).
  void Tag(const std::vector<std::string_view>& tokens, const std::vector<uint32_t>& sentence_begin, Scratch* scratch,
           std::vector<Trigger>* out, const std::vector<pos::Upos>* tags = nullptr) const;

  const EventModel& model() const { return model_; }

 private:
  // Scores the tokens of sentences [from, to) that can be triggers: ws.scored lists them, ws.rows holds kRowSize scores
  // for each (the other tokens score zero: no event); ws.types holds every token's word type.
  void Score(const std::vector<std::string_view>& tokens, const std::vector<uint32_t>& sentence_begin, size_t from,
             size_t to, const pos::Upos* tags, TriggerWorkspace& ws) const;
  const EventModel& model_;
  std::optional<pos::PosTagger> pos_tagger_;  // of model_.pos_model(), for a model with pos_tags
  TriggerFeatures features_;
  uint64_t id_;
  float pad_[2 * kTriggerWindow + 1][kRowSize] = {};
};

}  // namespace newsgraph::events
