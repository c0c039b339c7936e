// Word classes the quotation rules consult, compiled from data/quotes/*.txt into the library (see
// data/quotes/SOURCES.md for where each list comes from).
//
//   const quotes::WordInfo* w = quotes::LookupWord("said");   // lower-case key
//   if (w && (w->classes & quotes::kReportingVerb)) ...
//
// The tables are built once, on first use, and are immutable afterwards: lookups are thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

namespace newsgraph::quotes {

// Classes of a word (a bit set: "her" is a determiner and a pronoun's object form, "may" an auxiliary and a name).
enum WordClass : uint32_t {
  kDeterminer = 1u << 0,
  kAuxiliary = 1u << 1,
  kAdverb = 1u << 2,      // may stand between a speaker and the verb ("also said")
  kPreposition = 1u << 3,
  kConjunction = 1u << 4,
  kWhWord = 1u << 5,
  kTimeWord = 1u << 6,
  kThat = 1u << 7,
  kPronounHe = 1u << 8,
  kPronounShe = 1u << 9,
  kPronounThey = 1u << 10,
  kPronounIt = 1u << 11,
  kPronounI = 1u << 12,
  kPronounWe = 1u << 13,
  kPronounYou = 1u << 14,
  kReportingVerb = 1u << 15,  // see WordInfo::verb
  kSpeakerNoun = 1u << 16,    // "spokesperson", "ministry", "officials"
  kSpeakerNounOf = 1u << 17,  // takes whom it speaks for: "a spokesperson for X"
  kTitle = 1u << 18,          // "Mr", "Sen", "President"
  kMaleTitle = 1u << 19,
  kFemaleTitle = 1u << 20,
  kMaleName = 1u << 21,  // a given name mostly given to men
  kFemaleName = 1u << 22,
  kCuePhraseStart = 1u << 23,  // first word of a cue phrase ("according")
  kNameParticle = 1u << 24,    // "von", "der", "bin": lower case inside a name
  kOpener = 1u << 25,          // capitalised at a sentence start but never a name ("Meanwhile", "Asked")
  kNumberWord = 1u << 26,      // "four", "percent", "majority": quantities heading a speaker phrase
  kPersonNoun = 1u << 27,      // a speaker noun naming one person ("minister"): not what "it" or "they" means
};
inline constexpr uint32_t kPersonalPronoun = kPronounHe | kPronounShe | kPronounThey | kPronounIt | kPronounI |
                                             kPronounWe | kPronounYou;

// How a reporting verb takes its content (the flags of data/quotes/reporting_verbs.txt).
enum VerbFlag : uint16_t {
  kVerbDirect = 1 << 0,    // d
  kVerbIndirect = 1 << 1,  // i
  kVerbWeak = 1 << 2,      // w: only with "that", "whether" or a wh-word
  kVerbObject = 1 << 3,    // o: "told reporters that"
  kVerbToInf = 1 << 4,     // t: "vowed to"
  kVerbQuestion = 1 << 5,  // q: "asked whether"
  kVerbNaming = 1 << 6,    // f: names what it quotes, for quoted fragments only ("called it a “disaster”")
  kVerbNominal = 1 << 7,   // n: its object is the content ("endorsed Trump", "called for a ban")
  kVerbAlsoNoun = 1 << 8,  // x: its base form is also a noun ("strong support")
  kVerbAs = 1 << 9,        // a: attributes a view only with "as" after its object ("sees golf courses as wasted")
};

enum class VerbForm : uint8_t { kOther, kBase, kPresent3, kPast, kGerund };

// A use of a reporting verb with a particle: "call for", "point out", "talk about".
struct PhrasalUse {
  uint8_t particle = 0;  // 1-based index for Particle()
  uint16_t verb = 0;     // VerbFlag bits of this use
};

struct WordInfo {
  uint32_t classes = 0;
  uint16_t verb = 0;  // VerbFlag bits of the verb without a particle (0 for "point", which needs "out")
  VerbForm form = VerbForm::kOther;
  uint8_t phrasal_count = 0;
  PhrasalUse phrasal[4];
};

// `lower` is the word in lower case, with ’ written as '. Returns nullptr for unknown words.
const WordInfo* LookupWord(std::string_view lower);

// A particle of a phrasal use ("out"), by PhrasalUse::particle.
std::string_view Particle(uint8_t index);

// Multi-word cue phrases ("according to"): the words after the first, for phrases starting with `first`.
// Calls fn(words) for each, where words is the phrase's remaining words separated by single spaces.
template <typename Fn>
void ForEachCuePhrase(std::string_view first, Fn&& fn);

// Lower-cases an ASCII word into buf (’ becomes '); returns false for words with other non-ASCII letters or longer
// than the buffer. Lookups only concern ASCII words.
bool LowerWord(std::string_view word, char* buf, size_t capacity, std::string_view* out);

namespace internal {
// The cue phrases as "first rest" pairs.
struct CuePhrase {
  std::string_view first;
  std::string_view rest;
};
const CuePhrase* CuePhrases(size_t* count);
}  // namespace internal

template <typename Fn>
void ForEachCuePhrase(std::string_view first, Fn&& fn) {
  size_t n = 0;
  const internal::CuePhrase* phrases = internal::CuePhrases(&n);
  for (size_t i = 0; i < n; ++i)
    if (phrases[i].first == first) fn(phrases[i].rest);
}

}  // namespace newsgraph::quotes
