// Reads the events of an analysed document: for every trigger the tagger found, its verb group (tense, aspect,
// polarity, modality), its CAMEO code (and PLOVER type, QuadClass, Goldstein score), its participants with their
// CAMEO actor codes, and its date.
//
// This is the events stage's own work before records are built (coreference, entity links, status): the stage and
// `newsgraph eval events` both call it.
//
// Thread safety: an EventReader is immutable; Read() may be called from many threads, each with its own Scratch.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/actors.h"
#include "events/cameo.h"
#include "events/participants.h"
#include "events/senses.h"
#include "events/scratch.h"
#include "events/trigger_tagger.h"
#include "events/verb_group.h"
#include "events/when.h"
#include "lang/words.h"
#include "newsgraph/document.h"

namespace newsgraph::events {

struct EventParticipant {
  Span span;                     // byte offsets of the noun phrase
  uint32_t token_begin = 0, token_end = 0;  // its tokens (indexes into Analysis::tokens)
  ParticipantRole role = ParticipantRole::kSource;
  std::string actor;             // CAMEO actor code ("USAGOV", "---REB") of a coded event's participant, or empty
  int32_t mention = -1;          // the name mention inside it (index into Analysis::mentions), or -1
  // For a pronoun ("it", "they"): the phrase it stands for, the subject of the verb that reports or governs its
  // clause ("Syria says [it] is willing"); `actor` and `mention` are then the antecedent's.
  std::optional<Span> antecedent;
  bool pronoun = false;
  uint8_t rank = 0;  // ParticipantSpan::rank
  // A coded event's words that name a person, a group, a place or a thing struck (NamesParticipant,
  // events/fitting.h): a typed record keeps them when they name no entity and no actor.
  bool named = false;
  // A target kept beside a chosen place the records drop as where the act happened ("arrested [three activists] in
  // Lagos", where "Lagos" names an actor and is the CAMEO target): the records' target, not the coding's.
  bool beside_place = false;
};

struct ReadEvent {
  Trigger trigger;               // token, class, part of speech, confidence
  Span span;                     // byte offsets of the trigger (a phrasal verb's particle included)
  uint32_t sentence = 0;
  VerbGroup group;
  // The document token of the word before the verb group that may govern it, past a time expression ("agreed [on
  // Tuesday] to impose": "agreed"); UINT32_MAX when none (events::GoverningWord).
  uint32_t governor = UINT32_MAX;
  std::string cameo;             // the event (source on target); empty when not coded
  std::string cameo_reverse;     // the paired event (target on source), e.g. a visit hosted
  const CameoCode* code = nullptr;  // of `cameo` (or of `cameo_reverse` when only it is set)
  // `cameo`, or `cameo_reverse` when only it is set.
  std::string_view CameoOrReverse() const { return !cameo.empty() ? cameo : cameo_reverse; }
  std::vector<EventParticipant> participants;
  std::optional<EventDate> date;
  // Announced, not done: in the future tense ("will provide"), or the complement of a commissive word ("agreed to
  // withdraw", "ready to meet", "threatened to impose"); its code is CAMEO's intent (or threat) code.
  bool intent = false;
  // This event only announces another ("agreed" in "agreed to withdraw"), whose code now says it: not coded itself.
  bool merged = false;
  uint32_t verb_end = 0;  // one past the trigger's last token (a phrasal verb's particle included)
  // In a relative clause ("a resolution that aims to ..."), or an infinitive of purpose or a noun's complement
  // ("met to [discuss]", "efforts to [counter]", then not coded): not the sentence's main event.
  bool subordinate = false;
  uint8_t pattern_words = 0;     // words of the verb pattern that coded it (0: its block's or its own code alone)
  bool particle_pattern = false;  // that pattern is a particle alone ("come (to)": Coding::particle)
};

class EventReader {
 public:
  // `senses`: WordNet's kinds of nouns (the trigger model's), for the kind of a verb's object (events/fitting.h);
  // null: objects are judged by their actor codes and names alone.
  EventReader(const CameoCoder& coder, const ActorCoder& actors, const CameoCodes& codes,
              const SenseLexicon* senses = nullptr)
      : coder_(coder), actors_(actors), codes_(codes), senses_(senses) {}

  // `lower`: analysis.tokens in lower case (words.lower_tokens()); `words`: the language floor's reading of the same tokens
  // (lang::Words); `triggers` come from TriggerTagger::Tag over them. Events are appended in text order.
  void Read(std::string_view text, const Analysis& analysis, const std::vector<std::string_view>& lower,
            const lang::Words& words,
            const std::vector<Trigger>& triggers, const std::optional<Date>& document_date, Scratch* scratch,
            std::vector<ReadEvent>* out) const;

 private:
  const CameoCoder& coder_;
  const ActorCoder& actors_;
  const CameoCodes& codes_;
  const SenseLexicon* senses_;
};

}  // namespace newsgraph::events
