// The events stage's readers on arbitrary bytes: segmentation of the repaired input, a name mention on every
// capitalized word that does not open a sentence (to reach the participant and actor paths without the tagger),
// then the trigger tagger and the event reader. Every span must stay inside the text and every index in range.
#include <memory>

#include "core/stages.h"
#include "events/extractor.h"
#include "events/trigger_tagger.h"
#include "fuzz_util.h"
#include "newsgraph/text.h"

namespace {

const newsgraph::events::EventModel& Model() {
  static const std::unique_ptr<newsgraph::events::EventModel> model = [] {
    auto m = newsgraph::events::EventModel::Load(newsgraph::internal::ResolveModelsDir({}) + "/" +
                                                 newsgraph::events::kDefaultEventModelFile);
    newsgraph::fuzz::Require(m.ok(), "the event model loads (models/events-en.bin)");
    return std::move(*m);
  }();
  return *model;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const newsgraph::RepairedText repaired =
      newsgraph::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  const std::string& text = repaired.text;
  newsgraph::Analysis a;
  newsgraph::Segment(text, {}, &a);
  std::vector<std::string_view> tokens;
  std::vector<uint32_t> sentence_begin;
  for (const newsgraph::Sentence& s : a.sentences) {
    sentence_begin.push_back(s.token_begin);
    for (uint32_t t = s.token_begin + 1; t < s.token_end; ++t) {
      const char c = text[a.tokens[t].span.start];
      if (c >= 'A' && c <= 'Z') a.mentions.push_back({a.tokens[t].span, newsgraph::EntityType::kOrganization, 1, -1});
    }
  }
  sentence_begin.push_back(static_cast<uint32_t>(a.tokens.size()));
  for (const newsgraph::Token& t : a.tokens) tokens.push_back(t.span.In(text));
  const newsgraph::events::TriggerTagger tagger(Model());
  newsgraph::events::Scratch scratch;
  std::vector<newsgraph::events::Trigger> triggers;
  tagger.Tag(tokens, sentence_begin, &scratch, &triggers);
  uint32_t previous = 0;
  for (const newsgraph::events::Trigger& t : triggers) {
    newsgraph::fuzz::Require(t.token < tokens.size() && t.token >= previous, "triggers in order, in range");
    newsgraph::fuzz::Require(t.confidence >= 0 && t.confidence <= 1, "confidence in [0, 1]");
    previous = t.token;
  }
  // The stage's own reading (dictionary triggers added), then the records, every one kept.
  static const newsgraph::events::EventExtractor extractor(Model());
  newsgraph::events::ExtractorScratch work;
  extractor.Extract(text, newsgraph::Date{2025, 4, 22}, /*all=*/true, &work, &a);
  const std::vector<newsgraph::events::ReadEvent>& events = work.read;
  newsgraph::fuzz::Require(events.size() == work.triggers.size(), "one event per trigger");
  for (const newsgraph::events::ReadEvent& e : events) {
    newsgraph::fuzz::RequireSpan(e.span, text.size(), "event span");
    newsgraph::fuzz::Require(e.sentence < a.sentences.size(), "event sentence");
    for (const newsgraph::events::EventParticipant& p : e.participants) {
      newsgraph::fuzz::RequireSpan(p.span, text.size(), "participant span");
      newsgraph::fuzz::Require(p.token_begin < p.token_end && p.token_end <= a.tokens.size(), "participant tokens");
      newsgraph::fuzz::Require(p.mention < static_cast<int32_t>(a.mentions.size()), "participant mention");
      if (p.antecedent) newsgraph::fuzz::RequireSpan(*p.antecedent, text.size(), "antecedent span");
    }
    if (e.date && e.date->timex >= 0)
      newsgraph::fuzz::Require(e.date->timex < static_cast<int32_t>(a.timexes.size()), "date timex");
  }
  for (const newsgraph::Event& e : a.events) {
    newsgraph::fuzz::Require(!e.mentions.empty(), "a record has a mention");
    for (const newsgraph::EventMention& m : e.mentions) {
      newsgraph::fuzz::RequireSpan(m.span, text.size(), "record mention span");
      newsgraph::fuzz::Require(m.sentence < a.sentences.size(), "record mention sentence");
    }
    for (const newsgraph::EventParticipant& p : e.participants) {
      newsgraph::fuzz::RequireSpan(p.span, text.size(), "record participant span");
      // An entity, words the actor dictionaries know (a coded event's participant with its actor code), or words
      // that name neither (a typed event's participant with no actor: events/fitting.h NamesParticipant).
      newsgraph::fuzz::Require(p.entity < 0 ? (!p.actor.empty() && !e.cameo.empty()) || (p.actor.empty() && !e.type.empty())
                                            : p.entity < static_cast<int32_t>(a.entities.size()),
                               "record participant entity");
    }
  }
  return 0;
}
