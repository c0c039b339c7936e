// Visits every Span an Analysis holds, e.g. to map offsets in repaired text back to the original bytes.
// A new Span-carrying field must be added here.
#pragma once

#include "newsgraph/document.h"

namespace newsgraph::internal {

template <typename Fn>
void ForEachSpan(Analysis* a, Fn&& fn) {
  for (auto& p : a->paragraphs) fn(p.span);
  for (auto& s : a->sentences) fn(s.span);
  for (auto& t : a->tokens) fn(t.span);
  for (auto& m : a->mentions) fn(m.span);
  for (auto& e : a->entities)
    for (auto& m : e.mentions) fn(m.span);
  for (auto& q : a->quotes) {
    fn(q.span);
    if (q.speaker) fn(*q.speaker);
    if (q.cue) fn(*q.cue);
    if (q.speaker_antecedent) fn(*q.speaker_antecedent);
  }
  for (auto& t : a->timexes) fn(t.span);
  for (auto& e : a->events) {
    for (auto& m : e.mentions) fn(m.span);
    for (auto& p : e.participants) fn(p.span);
  }
}

}  // namespace newsgraph::internal
