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
    const bool agent = by + 1 < end && words.Lower(by, "by") && !words.Is(by + 1, lang::kNumber) &&
                       !words.Lower(by + 1, "a") && !words.Lower(by + 1, "about") && !words.Lower(by + 1, "more") &&
                       !words.Lower(by + 1, "nearly") && !words.Lower(by + 1, "up") && !words.Lower(by + 1, "as");
    // Without "by": a verb of force or justice done to people, which always takes its object when active, followed
    // by a preposition ("seven men charged with violating sanctions", "terror suspects detained without trial",
    // "three soldiers killed in the attack"; not "arrested at least 10").
    static constexpr std::string_view kDoneToPeople[] = {
        "charged", "accused", "convicted", "suspected", "sentenced", "jailed", "imprisoned", "detained", "arrested",
        "killed", "wounded", "injured", "abducted", "kidnapped", "held", "deported", "executed"};
    // (Not a particle or an amount: "held on to win", "held off", "killed about 10,000 people", "at least 10".)
    static constexpr std::string_view kParticlesOrAmounts[] = {"about", "around", "over", "up", "off", "on",
                                                               "out", "back", "down", "nearly", "some"};
    const bool done_to = v + 1 < end && words.Has(v + 1, lang::kPreposition) &&
                         std::none_of(std::begin(kParticlesOrAmounts), std::end(kParticlesOrAmounts),
                                      [&](std::string_view x) { return words.Lower(v + 1, x); }) &&
                         !(v + 2 < end && (words.Is(v + 2, lang::kNumber) || words.Lower(v + 2, "least") ||
                                           words.Lower(v + 2, "most"))) &&
                         std::any_of(std::begin(kDoneToPeople), std::end(kDoneToPeople),
                                     [&](std::string_view x) { return words.Lower(v, x); });
    if (agent || done_to) {
      out.passive = true;
      out.tense = "PASTPART";
    }
  }
  return out;
}

}  // namespace newsgraph::events
