// The clause reader: how a clause is meant, read from the words around its verb without a parser.
//
//   lang::Clause c = lang::ReadClause(words, verb);   // words: the document's lang::Words
//   // "The UK and the EU are due to hold a summit"   -> hold: future, intended
//   // "Trump has not imposed tariffs"                -> imposed: present perfect, negated
//   // "Costa said the talks could resume"            -> resume: possible, reported by "said"
//
// The verb group comes first: ReadVerbGroup reads a verb's auxiliaries, "to", negation and adverbs and its own form
// (lang/verbs.h) by closed word lists, giving TimeML's grammatical tense, aspect, the modal word, negation and voice;
// the events stage reports these, and ReadClause starts from them.
// Two readings share the tense cues of data/lang/clause.txt:
//   - TenseAround dates whatever stands at a place in a sentence by the closest cue before it (the clause's verb
//     usually comes first), else after it. The time-expression stage places "on Thursday" with it. It reads a
//     sequence of CueWords, so that a caller with its own tokens (timex's pieces) can use it.
//   - ReadClause reads the clause of one verb: its auxiliaries, negation, the verb governing an infinitive ("plans
//     to meet", "refused to pay"), and whether a speaker reports it (a reporting verb before it, ", X said" after
//     it, or quotation marks around it). The events stage reads happened / planned / negated from it.
// Thread safety: functions of immutable data.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "lang/lexicon.h"
#include "lang/words.h"

namespace newsgraph::lang {

// A word as TenseAround sees it.
struct CueWord {
  std::string_view lower;    // lower case, ’ folded to '
  bool word = false;         // a word (not a number, a mark or a symbol)
  bool punct = false;        // punctuation (";" and ":" end the search backwards)
  bool capitalized = false;  // capitalised: an "-ed" word is then a name, not a past verb
  bool determiner = false;   // "the", "a", a possessive: an "-ed" word after it is an adjective
  bool closed = false;       // a word the caller knows to be no verb (timex: a word of its time grammar)
};

// The tense word i shows, if any: a cue of data/lang/clause.txt (a word, or a phrase such as "is due to" starting
// at i), or a regular past ("announced"); a participle after "be" ("will be paid") and a future seen from the past
// ("was due to") say nothing about the document's date.
Tense TenseCueAt(const Lexicon& lexicon, std::span<const CueWord> words, size_t i);

// The tense of the clause around words [begin, end): the closest cue up to `window` words before it (not across
// ";" or ":"), else the closest up to `window` words after it.
Tense TenseAround(const Lexicon& lexicon, std::span<const CueWord> words, size_t begin, size_t end, int window);

// The words [first, last) of a sentence of n words that TenseAround(begin, end, window) may read: a caller builds
// only these, so that finding many expressions in one long sentence stays linear.
struct CueRange {
  size_t first = 0, last = 0;
};
CueRange TenseAroundReads(const Lexicon& lexicon, size_t n, size_t begin, size_t end, int window);

enum class Aspect : uint8_t { kSimple, kPerfect, kProgressive, kPerfectProgressive };
enum class Modality : uint8_t {
  kNone,
  kPossible,     // "could meet", "may meet"
  kNecessary,    // "must meet", "should meet"
  kConditional,  // "would meet"
  kIntended,     // "plans to meet", "is due to meet", "is expected to meet"
};

// The tense of a verb group as TimeML names it: its grammatical form, not when it happens.
enum class GroupTense : uint8_t {
  kNone,               // a modal group ("would meet"), or a word read as no verb with no auxiliary
  kPresent,            // "meets", "has met", "is meeting"
  kPast,               // "met", "had met", "was meeting"
  kFuture,             // "will meet"
  kInfinitive,         // "to meet"
  kPresentParticiple,  // "meeting" alone
  kPastParticiple,     // "taken" alone
};

// The verb group of a verb: the auxiliaries, negation and adverbs right before it (at most six words; the "to" of an
// infinitive opens it) and the verb's own form (lang/verbs.h), read by closed word lists.
struct VerbGroup {
  int first = -1;                    // the group's first token: "to", an auxiliary, or the verb itself
  GroupTense tense = GroupTense::kNone;
  Aspect aspect = Aspect::kSimple;   // "being" before a gerund leaves it simple; before a participle, progressive
  Tense finite = Tense::kUnknown;    // what its auxiliaries say: "will" future, "has" / "is" present, "had" past
  std::string_view modal;            // the modal auxiliary ("would", "can" of "cannot"), or empty
  bool negated = false;              // "not", "n't", "never", "didn't", "cannot" in the group
  bool passive = false;              // a form of "be" (or "get") right before a past participle
  bool infinitive = false;           // "to" opens the group
  VerbForm form = VerbForm::kOther;  // of the verb (kOther when it is read as no verb)
};

// The verb group of the word at v. `verb` is false when the word heads its group without being a verb (an
// adjective or a noun: "is ready", "will be no agreement"): its own form then says nothing.
VerbGroup ReadVerbGroup(const Words& words, int v, bool verb = true);

struct Clause {
  VerbGroup group;  // what the clause's other readings start from
  Tense tense = Tense::kUnknown;
  Aspect aspect = Aspect::kSimple;
  Modality modality = Modality::kNone;
  bool negated = false;  // "did not meet", "never met", "refused to meet"
  bool passive = false;  // "was imposed"
  // Reported by a speaker: the reporting verb's token ("said" of "X said the talks failed", "the talks failed, X
  // said"), or -1; `quoted` when the verb stands inside quotation marks (Words::quotations).
  int reported_by = -1;
  bool quoted = false;
  bool reported() const { return reported_by >= 0 || quoted; }
};

// The clause of the verb at token `verb` of `words`.
Clause ReadClause(const Words& words, int verb);

// True when the verb at v (not before lo) is a passive participle: "is expected", "was told", "has been told".
bool IsPassive(const Words& w, int v, int lo);

}  // namespace newsgraph::lang
