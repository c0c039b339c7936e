// Event records from the events the reader found (events/reader.h): what the events stage writes into
// Analysis::events.
//
//   - Coreference within the document: a later mention of the same kind of happening (the same noun or verb stem,
//     "summit" ... "the summit"; "meeting" ... "meet") whose date, status and source do not contradict an earlier
//     record's is one more mention of it. A verb whose "at" phrase names an event noun ("host X at the summit")
//     adds its participants to that event instead of standing alone; an indefinite event noun in apposition
//     (", a trip that ...") and a light verb's object ("imposed sanctions") are mentions of the clause's event; a
//     verb that only says when an event noun takes place ("a trip that comes", "will be held", "are planned for")
//     dates, places and plans the noun's event and is no event of its own.
//   - Framing (FrameAppealsAndPurposes): an appeal ("urged allies to send") is one REQUEST record holding the act
//     appealed for; a purpose ("deployed to protect"), a consequence of the same type (", killing nine") and an event
//     noun of the same type in a verb's object ("delivered food aid") are mentions of the event they follow; an
//     intent or threat record ("agreed to extend") has the framing verb's status. A game's sentences code nothing.
//   - Participants are entities (indexes into Analysis::entities): the entity of a name, title, nominal or pronoun
//     mention inside the participant's words (a pronoun the reader resolved counts as its antecedent). A coded
//     event's words that name no entity are a participant with their actor code when the dictionaries know them
//     ("police"); a typed event's words that name neither, but a person, a group, a place or a thing struck ("25
//     schoolgirls", "the union", "a synagogue"; events/fitting.h NamesParticipant), are a participant with neither
//     entity nor actor.
//   - Place: a place entity after a place preposition in the event's own clause ("meet the Prime Minister in London",
//     "marched through Nairobi", "an attack on Odesa"), or in its subject ("Doctors in Lagos protested"), or the
//     place visited; never a place named elsewhere in the sentence (past a comma, or in the phrase of a noun for a
//     state of affairs: "to discuss the war in Sudan"). Such a place is not also a target. Else the dateline's
//     place (lang/dateline.h) for a recent event of the story's lead that happened or goes on in a sentence naming
//     no other place or country.
//   - Actor codes (CAMEO) for coded events' participants: the entity's role today, the words at the event, the
//     entity's name.
//   - Status (docs/schema.md, Event): negated (negation, "refused to", "denied"), hypothetical (conditions, yes-no
//     questions, modals), planned (future, reported "would", "is to", "is due to", plan words, a later date),
//     ongoing (progressive, "continues to", "ongoing"), else happened; reported_by: the quotation that contains
//     the mention.
//   - Date: the reader's; "since <date>", and an ongoing event dated by a past time expression, run until the
//     document date (EventDate::until).
//   - The default listing leaves out states of mind, idioms, reporting verbs without a type, support verbs ("locked
//     in talks") and infinitives that only repeat their governing verb.
//
// Pure functions of their inputs; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "events/reader.h"
#include "lang/words.h"
#include "newsgraph/document.h"

namespace newsgraph::events {

// Builds analysis->events (replacing it) from `read` (EventReader::Read over the same analysis; `words` is the
// language floor's reading of its tokens, whose word classes the rules ask). With `all` every
// record is kept; otherwise those with a PLOVER type or an entity participant that are no noise (see above). A coded
// event's participants carry CAMEO actor codes: the entity's role today (`actors` codes a role's country and title:
// "Prime Minister" of "United Kingdom" is GBRGOV), else the reader's code of their words, else the entity's name's.
void BuildEventRecords(std::string_view text, const lang::Words& words, const std::vector<ReadEvent>& read, const std::optional<Date>& date, bool all,
                       const ActorCoder& actors, Analysis* analysis, const uint64_t* lower_hashes = nullptr);
// (`lower_hashes`: util::HashString of each of words.lower_tokens() when the caller has them, else null.)

}  // namespace newsgraph::events
