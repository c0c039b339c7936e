// Tense, aspect, polarity and modality of an event trigger in TimeML's values. The language floor reads the verb
// group (lang::ReadVerbGroup, lang/clause.h: auxiliaries, "to", negation, adverbs and the verb's own form, with the
// verb lexicon of lang/verbs.h); this file only names its reading as TimeML does.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "events/trigger_model.h"
#include "lang/clause.h"
#include "lang/verbs.h"
#include "lang/words.h"

namespace newsgraph::events {

using lang::VerbLexicon;  // the inflection of English verbs is the language floor's
using lang::NormalizedLower;  // and so is the lower case of a token (lang::Words::lower_tokens)

using lang::InList;  // true when a word is one of a short closed list (the readers' cue words)
using lang::HasLemma;  // and questions on a verb form's lemmas
using lang::LemmaIn;

// What the verb group says about a trigger.
struct VerbGroup {
  std::string_view tense = "NONE";   // PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART, NONE
  std::string_view aspect = "NONE";  // PROGRESSIVE, PERFECTIVE, PERFECTIVE_PROGRESSIVE, NONE
  bool negated = false;
  std::string_view modality;         // "would", "could", "may", ... (empty: none)
  bool passive = false;              // a form of "be" (or "get") before a past participle
  size_t begin = 0;                  // the first token of the group (the trigger itself when it has none), counted
                                     // from the sentence's first token
};

// The verb group of the trigger at token `trigger` of `words` (the document's lang::Words), its part of speech
// `pos`; `sentence_begin` is the first token of the trigger's sentence (or of the piece of it being read). TimeML
// gives nouns neither tense, aspect nor modality; "no" before one negates it ("no agreement").
VerbGroup TimeMLGroup(const lang::Words& words, uint32_t trigger, uint32_t sentence_begin, EventPos pos);

}  // namespace newsgraph::events
