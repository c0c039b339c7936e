// Who acts (source) and on whom (target) in an event, found from the tokens of its sentence and the name mentions
// in it, without a parser:
//   - a verb's subject is the nearest noun phrase before its verb group that is not the object of a preposition
//     ("Opponents of Rwanda's Senate protested": "Opponents of Rwanda's Senate"; participles and "to" between are
//     passed over: "Obama wants to attack");
//   - its object is the first noun phrase after it, or the object of with / against / to / on / at ... ("met with
//     the minister");
//   - in the passive, the subject is the target and a "by" phrase names the source;
//   - a nominal trigger's source is its possessor ("Starmer's meeting") or a "by" / "from" phrase, its target a
//     with / against / on phrase;
//   - coordination gives several participants ("Brazil and the United States are seeking").
// A first, word-class reader for the events stage alone: it is written against SentenceWords so that the shared
// noun-phrase and clause readers of src/lang can replace it.
//
// Pure functions, thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "events/trigger_model.h"
#include "events/verb_group.h"

namespace newsgraph::events {

// Words that open a clause as well as a phrase: "after [a court] cleared him".
inline constexpr std::string_view kSubordinators[] = {"after", "before", "since",    "until", "as",
                                                      "because", "while", "when",  "if",    "once",
                                                      "although", "though", "unless", "whereas"};

// One sentence as the participant finder reads it.
struct SentenceWords {
  std::vector<std::string_view> lower;  // tokens in lower case (NormalizedLower)
  std::vector<std::string_view> text;   // tokens as written (capitals tell "US" from "us")
  std::vector<int32_t> mention;         // per token: the name mention covering it, or -1
  std::vector<uint8_t> verb;            // per token: 1 for a verbal trigger (verbs bound noun phrases)
  std::vector<uint8_t> time;            // per token: 1 inside a time expression (never a participant)
  std::vector<uint8_t> punctuation;     // per token: 1 for punctuation and quotes
  std::vector<uint32_t> classes;        // per token: its word classes (filled by ClassifyWords)
  mutable std::vector<std::string> stems;  // working memory: the stems of one verb (VerbLexicon::Lemmas)
};

// Fills s->classes from s->lower (determiners, prepositions, auxiliaries ...), once per sentence.
// `hashes`: util::HashString of each of s->lower when the caller has them, else null.
void ClassifyWords(SentenceWords* s, const uint64_t* hashes = nullptr);

enum class ParticipantRole : uint8_t { kSource, kTarget };

// The rank of a target candidate taken only when the verb phrase names no one else: a place ("near Kabul").
inline constexpr uint8_t kLastRank = 8;

struct ParticipantSpan {
  uint32_t begin = 0, end = 0;  // token range in the sentence
  ParticipantRole role = ParticipantRole::kSource;
  // Candidates for one role come in order of preference: 0 is the verb's own subject or object; a target may also
  // be a later phrase of the verb phrase ("launched an air strike [0] against the group [1]"), for the caller to
  // prefer when it names an actor and the first does not. Coordinated phrases share their rank.
  uint8_t rank = 0;
};

// Appends the participants (and target candidates) of the trigger at `trigger` (its verb group `group`, part of speech `pos`; `verb_end` is
// one past the trigger's last token, after a phrasal particle) to *out.
// For an event the dictionaries code (`coded`), a phrase that names no one reaches the name of its "of" phrase ("the
// mayor [of Istanbul]"): the name is who is acted on. An uncoded event's phrases stay short (a record lists an
// uncoded event only for its entity participants, which the long phrase would add for any "of" phrase).
void FindParticipants(const SentenceWords& s, size_t trigger, size_t verb_end, const VerbGroup& group, EventPos pos,
                      std::vector<ParticipantSpan>* out, bool coded = true);

// The subject of a clause that starts at token `first` ("demanded that [the US] cancel", "if [the United States and
// South Korea] go ahead"), with the phrases coordinated with it, appended as target candidates of rank 0 (an act
// demanded of someone, or the condition of a threat, falls on that subject); false when no phrase starts there.
bool ClauseSubject(const SentenceWords& s, size_t first, std::vector<ParticipantSpan>* out);

// The noun phrase that ends at token `last` (inclusive), as [begin, last + 1); begin == last + 1 when none ends there.
size_t NounPhraseStart(const SentenceWords& s, size_t last);
// The noun phrase that starts at `first`, as [first, end); end == first when none starts there.
size_t NounPhraseEnd(const SentenceWords& s, size_t first);

}  // namespace newsgraph::events
