// Event records from the events the reader found (events/reader.h): what the events stage writes into
// Analysis::events.
//
//   - Coreference within the document: a later mention of the same kind of happening (the same noun or verb stem,
//     "summit" ... "the summit"; "meeting" ... "meet") whose date, status and source do not contradict an earlier
//     record's is one more mention of it. A verb whose "at" phrase names an event noun ("host X at the summit")
//     adds its participants to that event instead of standing alone.
//   - Participants are entities (indexes into Analysis::entities): the entity of a name, title, nominal or pronoun
//     mention inside the participant's words (a pronoun the reader resolved counts as its antecedent).
//   - Place: a place entity after a place preposition in the event's own clause ("meet the Prime Minister in London",
//     "marched through Nairobi", "an attack on Odesa"), or in its subject ("Doctors in Lagos protested"), or the
//     place visited; never a place named elsewhere in the sentence (past a comma, or in the phrase of a noun for a
//     state of affairs: "to discuss the war in Sudan"). Such a place is not also a target.
//   - Actor codes (CAMEO) for coded events' participants: the entity's role today, the words at the event, the
//     entity's name.
//   - Status from the verb group, the reader's intent, cue words before a noun ("planned", "expected", "ongoing")
//     and a date after the document date; reported_by: the quotation that contains the mention.
//
// Pure functions of their inputs; thread-safe.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "events/reader.h"
#include "newsgraph/document.h"

namespace newsgraph::events {

// Adds to `triggers` (sorted by token) the words the tagger passed over that the CAMEO dictionaries know as events:
// an event noun of data/events/cameo_nouns.tsv ("summit", "tariffs"), and a dictionary verb right after "to" or a
// modal ("due to host", "will visit"), each with confidence 0.5. `tokens` are the document's token texts.
// `lower` holds them as LowerTokens makes them.
void AddDictionaryTriggers(const std::vector<std::string_view>& tokens, const std::vector<std::string_view>& lower,
                           const CameoCoder& coder, Scratch* scratch, std::vector<Trigger>* triggers);

// Builds analysis->events (replacing it) from `read` (EventReader::Read over the same analysis). With `all` every
// record is kept; otherwise those with a PLOVER type or an entity participant.
// A coded event's participants carry CAMEO actor codes: the reader's code of their words when it names a country or
// organisation, else the entity's (`actors` codes its name, or a role's country and title: "Prime Minister" of
// "United Kingdom" is GBRGOV).
void BuildEventRecords(std::string_view text, const std::vector<std::string_view>& lower,
                       const std::vector<ReadEvent>& read, const std::optional<Date>& date, bool all,
                       const ActorCoder& actors, Analysis* analysis);

}  // namespace newsgraph::events
