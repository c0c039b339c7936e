// A hand-written news passage read by the shared pipeline (dated Tuesday 2025-04-22), with look-ups of its listed
// events by their words: what the event-record tests assert on.
#pragma once

#include <string>
#include <string_view>

#include "newsgraph/pipeline.h"
#include "pipeline_test_util.h"

namespace newsgraph::testing {

struct EventPassage {
  std::string text;
  Analysis a;
  explicit EventPassage(std::string t) : text(std::move(t)) {
    Document d;
    d.text = text;
    d.date = Date{2025, 4, 22};  // a Tuesday
    a = *SharedPipeline().Analyze(d);
  }
  // The listed event with a mention starting with `word`, or nullptr.
  const Event* At(std::string_view word) const {
    for (const Event& e : a.events)
      for (const EventMention& m : e.mentions)
        if (m.span.In(text).substr(0, word.size()) == word) return &e;
    return nullptr;
  }
  // The event with a mention that starts where `words` first occur ("blocked the road" and "blocked his").
  const Event* Where(std::string_view words) const {
    const size_t start = text.find(words);
    for (const Event& e : a.events)
      for (const EventMention& m : e.mentions)
        if (m.span.start == start) return &e;
    return nullptr;
  }
  // The words of the event's first source (target), or "-".
  std::string Source(const Event& e) const { return First(e, EventRole::kSource); }
  std::string Target(const Event& e) const { return First(e, EventRole::kTarget); }
  std::string First(const Event& e, EventRole role) const {
    for (const EventParticipant& p : e.participants)
      if (p.role == role) return std::string(p.span.In(text));
    return "-";
  }
  // The same for the event listed at `word`, or "(not listed)".
  std::string SourceOf(std::string_view word) const {
    const Event* e = At(word);
    return e ? Source(*e) : "(not listed)";
  }
  std::string TargetOf(std::string_view word) const {
    const Event* e = At(word);
    return e ? Target(*e) : "(not listed)";
  }
  std::string Status(std::string_view word) const {
    const Event* e = At(word);
    return e ? EventStatusName(e->status) : "(not listed)";
  }
  std::string Place(std::string_view word) const {
    const Event* e = At(word);
    if (!e) return "(not listed)";
    return e->place >= 0 ? a.entities[e->place].name : "-";
  }
  std::string DateOf(std::string_view word) const {
    const Event* e = At(word);
    if (!e) return "(not listed)";
    if (!e->date) return "-";
    std::string out = e->date->value;
    if (e->date->on_or_before) out = "<=" + out;
    if (!e->date->until.empty()) out += ".." + e->date->until;
    return out;
  }
};

}  // namespace newsgraph::testing
