// The inflection of English verbs: the form of a word read as a verb ("met": past or participle; "taken":
// participle; "meets": third person) and the base forms it may come from ("stopped" -> stop), by the regular rules
// plus the irregular verbs of data/lang/irregular_verbs.tsv. Shared English knowledge: the clause reader
// (lang/clause.h) reads a verb group's tense and voice with it, and the events stage its verbs' lemmas.
//
//   const lang::VerbLexicon& verbs = lang::VerbLexicon::Get();
//   verbs.FormOf("went");                // VerbForm::kPastTense
//   verbs.Lemmas("stopped", &lemmas);    // {"stop", "stopp", ...}
//
// Thread safety: immutable after construction (Get() builds once).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/lexicon.h"
#include "lang/words.h"
#include "util/word_table.h"

namespace newsgraph::lang {

class VerbLexicon {
 public:
  static const VerbLexicon& Get();

  // The form of a lower-case word read as a verb: kBase, kPresent3, kPastTense, kPastParticiple, kPast (either) or
  // kGerund; never kOther.
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

// True when `form` is a past form that may be a participle ("imposed", "taken", "said"; not "went").
inline bool MayBeParticiple(VerbForm form) { return form == VerbForm::kPast || form == VerbForm::kPastParticiple; }

// Questions on a verb form's lemmas (VerbLexicon::Lemmas): whether one of them is `lemma`, or one of `list` (a
// short closed list, as for InList). `scratch` receives the lemmas, so that a reader reuses one vector; it holds them
// afterwards.
//
//   std::vector<std::string> scratch;
//   lang::HasLemma("helped", "help", &scratch);                  // true
//   lang::LemmaIn("flew", kTravel, &scratch);                     // true when kTravel holds "fly"
bool HasLemma(std::string_view lower, std::string_view lemma, std::vector<std::string>* scratch);

template <size_t N>
bool LemmaIn(std::string_view lower, const std::string_view (&list)[N], std::vector<std::string>* scratch) {
  VerbLexicon::Get().Lemmas(lower, scratch);
  for (const std::string& l : *scratch)
    if (InList(l, list)) return true;
  return false;
}

}  // namespace newsgraph::lang
