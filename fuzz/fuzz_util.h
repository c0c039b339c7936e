// Shared by the fuzz targets: invariants every Analysis must satisfy, checked with abort() so that libFuzzer (and
// the replay runner) report a violation as a crash.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "newsgraph/document.h"

namespace newsgraph::fuzz {

inline void Require(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
  }
}

inline void RequireSpan(const Span& s, size_t size, const char* what) {
  Require(s.start <= s.end && s.end <= size, what);
}

// Spans inside the text, tokens ordered and disjoint, sentences inside their paragraph.
inline void CheckAnalysis(const Analysis& a, size_t size) {
  uint32_t previous = 0;
  for (const Token& t : a.tokens) {
    RequireSpan(t.span, size, "token span");
    Require(t.span.start < t.span.end && t.span.start >= previous, "tokens ordered and non-empty");
    previous = t.span.end;
  }
  for (const Sentence& s : a.sentences) {
    RequireSpan(s.span, size, "sentence span");
    Require(s.paragraph < a.paragraphs.size(), "sentence paragraph index");
    Require(a.paragraphs[s.paragraph].span.Contains(s.span), "sentence inside its paragraph");
    Require(s.token_begin < s.token_end && s.token_end <= a.tokens.size(), "sentence token range");
  }
  for (const Paragraph& p : a.paragraphs) RequireSpan(p.span, size, "paragraph span");
  for (const Mention& m : a.mentions) RequireSpan(m.span, size, "mention span");
  for (const Timex& t : a.timexes) RequireSpan(t.span, size, "timex span");
  for (const Quote& q : a.quotes) {
    RequireSpan(q.span, size, "quote span");
    if (q.speaker) RequireSpan(*q.speaker, size, "speaker span");
    if (q.cue) RequireSpan(*q.cue, size, "cue span");
  }
  for (const Entity& e : a.entities)
    for (const EntityMention& m : e.mentions) RequireSpan(m.span, size, "entity mention span");
  for (const Event& e : a.events) {
    for (const EventMention& m : e.mentions) RequireSpan(m.span, size, "event mention span");
    for (const EventParticipant& p : e.participants) RequireSpan(p.span, size, "event participant span");
  }
}

}  // namespace newsgraph::fuzz
