#include "events/verb_group.h"

#include <algorithm>


namespace newsgraph::events {

VerbGroup TimeMLGroup(const lang::Words& words, uint32_t trigger, uint32_t sentence_begin, EventPos pos) {
  const lang::VerbGroup g = lang::ReadVerbGroup(words, static_cast<int>(trigger), pos == EventPos::kVerb);
  VerbGroup out;
  out.begin = static_cast<size_t>(std::max<int>(g.first, static_cast<int>(sentence_begin)) - sentence_begin);
  out.negated = g.negated;
  if (pos == EventPos::kNoun) {
    out.negated |= trigger > sentence_begin && words.Lower(static_cast<int>(trigger) - 1, "no");
    return out;
  }
  static constexpr std::string_view kTense[] = {"NONE", "PRESENT", "PAST", "FUTURE", "INFINITIVE", "PRESPART",
                                                "PASTPART"};
  static constexpr std::string_view kAspect[] = {"NONE", "PERFECTIVE", "PROGRESSIVE", "PERFECTIVE_PROGRESSIVE"};
  out.tense = kTense[static_cast<int>(g.tense)];
  out.aspect = kAspect[static_cast<int>(g.aspect)];
  out.modality = g.modal;
  out.passive = g.passive;
  // "12 people detained by soldiers", "embassy workers held hostage by Iran": a participle right after a noun, with
  // no auxiliary, followed by an agent's "by" (not an amount: "sales increased by 5%"), is a passive, a reduced
  // relative clause on that noun.
  const int v = static_cast<int>(trigger), end = words.SentenceEnd(v);
  if (!out.passive && g.first == v && lang::MayBeParticiple(g.form) && v > static_cast<int>(sentence_begin) &&
      words.Is(v - 1, lang::kWord) && !words.Has(v - 1, lang::kAuxiliary | lang::kDeterminer | lang::kPreposition |
                                                          lang::kConjunction | lang::kAdverb | lang::kWhWord |
                                                          lang::kThat) &&
      !words.IsSubjectPronoun(v - 1)) {
    int by = v + 1;
    if (by < end && (words.Lower(by, "hostage") || words.Lower(by, "captive") || words.Lower(by, "prisoner"))) ++by;
    if (by + 1 < end && words.Lower(by, "by") && !words.Is(by + 1, lang::kNumber) && !words.Lower(by + 1, "a") &&
        !words.Lower(by + 1, "about") && !words.Lower(by + 1, "more") && !words.Lower(by + 1, "nearly") &&
        !words.Lower(by + 1, "up") && !words.Lower(by + 1, "as")) {
      out.passive = true;
      out.tense = "PASTPART";
    }
  }
  return out;
}

}  // namespace newsgraph::events
