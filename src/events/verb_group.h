// Tense, aspect, polarity and modality of an event trigger, read from its verb group (the auxiliaries, "to",
// negation and adverbs just before it) and its own form, in TimeML's values; and the inflection of English verbs
// (regular rules plus the irregular verbs of data/events/irregular_verbs.tsv).
//
// A first, rule-based reader for the events stage alone: when the shared clause reader of src/lang exists, the
// events stage reads tense and modality from it instead.
//
// Thread safety: everything here is immutable after construction (VerbLexicon::Get() builds once).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/word_table.h"
#include "events/trigger_model.h"

namespace newsgraph::events {

enum class VerbForm : uint8_t {
  kBase,              // "meet"
  kThirdPerson,       // "meets"
  kPast,              // "met" when it is not also the participle ("went")
  kPastParticiple,    // "gone", "taken"
  kPastOrParticiple,  // "met", "imposed", "put"
  kGerund,            // "meeting"
};

class VerbLexicon {
 public:
  static const VerbLexicon& Get();

  // The form of a lower-case word read as a verb.
  VerbForm FormOf(std::string_view lower) const;
  // Candidate base forms of a lower-case verb form, the likeliest first ("stopped" -> stop, stopp; "hoped" -> hope,
  // hop; "met" -> meet; "meets" -> meet). The word itself comes last.
  void Lemmas(std::string_view lower, std::vector<std::string>* out) const;

 private:
  VerbLexicon();
  struct Irregular {
    std::string base;
    VerbForm form;
  };
  const Irregular* FindIrregular(std::string_view form) const;
  std::vector<Irregular> irregular_;
  util::WordTable<uint32_t> forms_;  // a past or participle form -> 1 + index into irregular_
  util::WordTable<uint8_t> bases_;   // the base form of an irregular verb -> 1
};

// True when `word` is one of `list` (the short closed word lists of the events readers).
template <size_t N>
bool InList(std::string_view word, const std::string_view (&list)[N]) {
  for (std::string_view w : list)
    if (w == word) return true;
  return false;
}

// A token as the verb-group reader and the coder compare it: typographic apostrophes and quotes made ASCII, ASCII
// letters in lower case.
std::string NormalizedLower(std::string_view token);

// Every token of a document as NormalizedLower makes it, made once for all the events readers: `lower[i]` views
// `bytes` (both reused from one document to the next).
struct LowerTokens {
  std::string bytes;
  std::vector<std::string_view> lower;
  void Fill(const std::vector<std::string_view>& tokens);
};

// What the verb group says about a trigger.
struct VerbGroup {
  std::string_view tense = "NONE";   // PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART, NONE
  std::string_view aspect = "NONE";  // PROGRESSIVE, PERFECTIVE, PERFECTIVE_PROGRESSIVE, NONE
  bool negated = false;
  std::string_view modality;         // "would", "could", "may", ... (empty: none)
  bool passive = false;              // a form of "be" (or "get") before a past participle
  size_t begin = 0;                  // the first token of the group (the trigger itself when it has none)
};

// `lower` holds the lower-case tokens of one sentence; `trigger` indexes it.
VerbGroup ReadVerbGroup(const std::vector<std::string_view>& lower, size_t trigger, EventPos pos);

}  // namespace newsgraph::events
