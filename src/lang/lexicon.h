// English words every stage shares: closed-class words, reporting and action verbs, speaker nouns, titles and
// honorifics (with the gender they imply and how the entity stage reads them), given names with gender, cue phrases
// and the last words of organisation names. Compiled from data/lang/*.txt (data/lang/SOURCES.md names each file's
// source and licence) into one word table (util/word_table.h).
//
//   const lang::Lexicon& lexicon = lang::Lexicon::Get();
//   const lang::WordInfo* w = lexicon.Find("said");   // lower-case key, ’ written as '
//   if (w && (w->classes & lang::kReportingVerb)) ...
//
// Thread safety: immutable once built; lookups are thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"
#include "util/word_table.h"

namespace newsgraph::lang {

// Classes of a word (a bit set: "her" is a determiner and a pronoun's object form, "may" an auxiliary and a name).
enum WordClass : uint32_t {
  // Closed classes (data/lang/function_words.txt). Adverbs are those that may stand between a speaker and the verb
  // ("also said"); time words those of time phrases skipped after a verb ("said on Tuesday that").
  kDeterminer = 1u << 0, kAuxiliary = 1u << 1, kAdverb = 1u << 2, kPreposition = 1u << 3, kConjunction = 1u << 4,
  kWhWord = 1u << 5, kTimeWord = 1u << 6, kThat = 1u << 7,
  // Pronouns that can be speakers.
  kPronounHe = 1u << 8, kPronounShe = 1u << 9, kPronounThey = 1u << 10, kPronounIt = 1u << 11, kPronounI = 1u << 12,
  kPronounWe = 1u << 13, kPronounYou = 1u << 14,
  kReportingVerb = 1u << 15,  // see WordInfo::verb
  kSpeakerNoun = 1u << 16,    // "spokesperson", "ministry", "officials"
  kSpeakerNounOf = 1u << 17,  // takes whom it speaks for: "a spokesperson for X"
  // Written before a speaker's name ("Mr", "Sen", "President"), and the gender it implies.
  kTitle = 1u << 18, kMaleTitle = 1u << 19, kFemaleTitle = 1u << 20,
  // A given name mostly given to men, or to women.
  kMaleName = 1u << 21, kFemaleName = 1u << 22,
  kCuePhraseStart = 1u << 23,  // first word of a cue phrase ("according")
  kNameParticle = 1u << 24,    // "von", "der", "bin": lower case inside a name
  kOpener = 1u << 25,          // capitalised at a sentence start but never a name ("Meanwhile", "Asked")
  kNumberWord = 1u << 26,      // "four", "percent", "majority": quantities heading a speaker phrase
  kPersonNoun = 1u << 27,      // a speaker noun naming one person ("minister"): not what "it" or "they" means
  kSpeaksFor = 1u << 28,       // a speaker noun through whom a named body speaks ("a Labour party spokesman")
  kActionVerb = 1u << 29,      // after a name, shows it acting or speaking ("Brussels has confirmed")
  kOrganizationWord = 1u << 30,  // the last word of an organisation's name ("foundation", "university", "plc")
};
inline constexpr uint32_t kPersonalPronoun = kPronounHe | kPronounShe | kPronounThey | kPronounIt | kPronounI |
                                             kPronounWe | kPronounYou;

// How a reporting verb takes its content (the flags of data/lang/reporting_verbs.txt).
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

// The form of a verb. The lexicon's reporting verbs (and so Words::form) know kPast for any past form; the verb
// lexicon (lang/verbs.h) tells a past tense that is no participle ("went": kPastTense) and a participle that is no
// past tense ("taken": kPastParticiple) from the forms that are both ("met", "imposed": kPast).
enum class VerbForm : uint8_t { kOther, kBase, kPresent3, kPast, kGerund, kPastTense, kPastParticiple };

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

// How the entity stage reads title words (the `entity` column of data/lang/titles.tsv).
enum class TitleWord : uint8_t {
  kNone,
  kStyle,      // "Sir", "Dame": part of the mention
  kHonorific,  // "Mr", "Ms", "Dr": a courtesy title before the mention
  kOffice,
  kQualifier,
  kPostNominal,  // "MP", "QC", "OBE" after a name: not part of it
  kAffiliation,  // "Tory", "Democrat" before a name ("Tory Dominic Grieve"): not part of it
};

enum class Tense : uint8_t { kUnknown, kPast, kPresent, kFuture };

// What a word says about its clause (data/lang/clause.txt), beyond its tense.
enum ClauseFlag : uint8_t {
  kClausePossible = 1 << 0,     // "can", "could", "may", "might"
  kClauseNecessary = 1 << 1,    // "must", "should"
  kClauseConditional = 1 << 2,  // "would"
  kClauseIntended = 1 << 3,     // governs a planned infinitive: "plans to", "is due to", "expected to"
  kClauseNegation = 1 << 4,     // "not", "n't", "never"
  kClauseNegative = 1 << 5,     // denies the infinitive it governs: "refused to", "failed to"
};

// A tense cue of one or more words ("said", "is due to").
struct TenseCue {
  std::vector<std::string> words;
  Tense tense = Tense::kUnknown;  // kUnknown with not_past: an "-ed" word that is no past verb ("based")
  bool not_past = false;
};

// What the clause reader knows of a word.
struct ClauseWord {
  Tense tense = Tense::kUnknown;  // as a word of its own
  bool not_past = false;
  uint8_t flags = 0;                     // ClauseFlag bits
  std::vector<const TenseCue*> phrases;  // tense cues of several words starting with it, longest first
};

// A use of a reporting verb with a particle: "call for", "point out", "talk about".
struct PhrasalUse {
  uint8_t particle = 0;  // 1-based index for Particle()
  uint16_t verb = 0;     // VerbFlag bits of this use
};

struct WordInfo {
  uint32_t classes = 0;
  uint16_t verb = 0;  // VerbFlag bits of the verb without a particle (0 for "point", which needs "out")
  VerbForm form = VerbForm::kOther;
  TitleWord title = TitleWord::kNone;  // also for multi-word titles: "prime minister", "rt hon"
  uint8_t phrasal_count = 0;
  PhrasalUse phrasal[4];
};

// Built from embedded tables: immutable constants of the build that no option changes, so one instance serves the
// process (built on first use, like a static table), and a Pipeline holds a reference to it (core/resources.h).
class Lexicon {
 public:
  static const Lexicon& Get();
  // An error when a table this build needs is missing or empty.
  Status Check() const;

  // `lower` is the word in lower case, with ’ written as '. Returns nullptr for unknown words.
  const WordInfo* Find(std::string_view lower) const { return words_.Find(lower); }
  bool Has(std::string_view lower, uint32_t classes) const {
    const WordInfo* w = Find(lower);
    return w && (w->classes & classes);
  }
  // The gender a word implies as a title ("Mrs") or a given name ("Hillary").
  Gender GenderOf(std::string_view lower) const;
  // Title words as the entity stage reads them; `words` is one or more lower-case words separated by single spaces.
  TitleWord ClassifyTitleWords(std::string_view words) const {
    const WordInfo* w = Find(words);
    return w ? w->title : TitleWord::kNone;
  }
  size_t longest_title_words() const { return longest_title_words_; }

  // The clause reader's cues (lang/clause.h).
  const ClauseWord* FindClauseWord(std::string_view lower) const { return clause_words_.Find(lower); }
  // Every tense cue, in the order of data/lang/clause.txt.
  const std::vector<TenseCue>& tense_cues() const { return tense_cues_; }
  size_t longest_tense_cue() const { return longest_tense_cue_; }  // in words

  // A particle of a phrasal use ("out"), by PhrasalUse::particle.
  std::string_view Particle(uint8_t index) const {
    return index == 0 || index > particles_.size() ? std::string_view() : std::string_view(particles_[index - 1]);
  }

 private:
  Lexicon();
  void AddClauseCues();
  util::WordTable<WordInfo> words_;
  std::vector<TenseCue> tense_cues_;
  util::WordTable<ClauseWord> clause_words_;
  std::vector<std::string> particles_;  // index + 1 is PhrasalUse::particle
  size_t longest_title_words_ = 1;
  size_t longest_tense_cue_ = 1;
};

// Title case, the one meaning the code gives it: every word capitalised (also after an inner hyphen:
// "Vice-President") except the minor words "of", "the", "and", "for", "on". Writes a title's canonical form:
// {"prime", "minister"} -> "Prime Minister", {"president", "of", "the", "european", "council"} -> "President of the
// European Council".
std::string TitleCase(const std::vector<std::string>& lower_words);

// Lower-cases an ASCII word into buf (’ becomes '); returns false for words with other non-ASCII letters or longer
// than the buffer. Lookups only concern ASCII words.
bool LowerWord(std::string_view word, char* buf, size_t capacity, std::string_view* out);

}  // namespace newsgraph::lang
