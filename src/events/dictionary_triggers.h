// Triggers from the CAMEO dictionaries, after the TimeBank-trained tagger (events/trigger_tagger.h): the words it
// passed over that the dictionaries know as events, and the tagger's verbs that read as nouns here.
//
//   - Added, each with confidence 0.5: an event noun of data/events/cameo_nouns.tsv ("summit", "tariffs"), a
//     dictionary verb right after "to" or a modal ("due to host", "will visit") and a past-tense dictionary verb
//     after a word that can end its subject ("troops shelled", not "the armed forces"), and a dictionary verb the
//     part-of-speech tagger reads as a finite verb ("held talks", "sent troops", "ministers reject").
//   - Read as nouns: a verbal trigger after a determiner or a preposition ("the strike") becomes the dictionaries'
//     event noun, or no event when they have none ("fired tear gas", "with riot police"); an event noun that only
//     names the kind of another noun ("riot police", "a ceasefire agreement") is dropped.
//
// Pure functions of their inputs; thread-safe (each thread its own Scratch).
#pragma once

#include <string_view>
#include <vector>

#include "events/cameo.h"
#include "events/scratch.h"
#include "events/trigger_tagger.h"
#include "lang/words.h"
#include "pos/tags.h"

namespace newsgraph::events {

// The parts of speech of a document's tokens (pos::PosTagger), asked for one token at a time: AddDictionaryTriggers
// asks only about the dictionary verbs it could add, so a caller may tag just their sentences, when first asked
// (events::EventExtractor does).
class TokenTags {
 public:
  virtual ~TokenTags() = default;
  virtual pos::Upos At(size_t token) = 0;
};

// Adjusts `triggers` (sorted by token, kept sorted) as above. `tokens` are the document's token texts, `words` the
// language floor's reading of the same tokens, `tags` their parts of speech, or null.
void AddDictionaryTriggers(const std::vector<std::string_view>& tokens, const lang::Words& words,
                           const CameoCoder& coder, Scratch* scratch, std::vector<Trigger>* triggers,
                           TokenTags* tags = nullptr);

}  // namespace newsgraph::events
