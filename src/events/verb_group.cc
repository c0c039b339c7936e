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
  return out;
}

}  // namespace newsgraph::events
