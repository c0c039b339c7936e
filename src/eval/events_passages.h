// Scoring whole event records against hand-written news passages with gold events (tests/fixtures/events/
// passages.jsonl): what a user reads in a record's `events`, not one stage's intermediate output.
// Each line: {"id", "date", "text", "events": [{"trigger", "type"?, "status"?, "source"?, "target"?, "date"?,
// "on_or_before"?, "place"?}]}. The trigger is the first occurrence of its words in the text (whole words); a
// field left out is not scored. A gold event is found when a listed event (the default listing) has a mention
// overlapping the trigger; then each given field is compared:
//   - type: the PLOVER type; status: the status name;
//   - source / target / place: the entity named (its name, a mention of it, or the participant's words at the
//     event) and the gold name contain one another, case folded;
//   - date: the event's date value begins with the gold value (and `on_or_before` is equal, when given).
// Typed extra: listed events with a PLOVER type whose mentions overlap no gold trigger.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "eval/events_eval.h"
#include "newsgraph/pipeline.h"

namespace newsgraph::eval {

struct PassageEvent {
  std::string trigger;
  std::optional<std::string> type, status, source, target, date, place;
  std::optional<bool> on_or_before;
};

struct Passage {
  std::string id, text;
  std::optional<Date> date;
  std::vector<PassageEvent> events;
};

// Errors: kNotFound, kCorrupt (a line that is not a passage, with its line number; a trigger not in its text).
StatusOr<std::vector<Passage>> ReadPassages(const std::string& path);

struct PassageScores {
  int64_t passages = 0;
  Accuracy found, type, status, source, target, date, place;
  Accuracy all_right;      // found, and every field given right
  int64_t typed_extra = 0;  // listed events with a type that match no gold event
  int64_t typed_listed = 0;
  std::vector<std::string> errors;
};

PassageScores EvaluatePassages(const std::vector<Passage>& passages, const Pipeline& pipeline,
                               size_t max_errors = 0);
std::string FormatPassageScores(const PassageScores& s);

}  // namespace newsgraph::eval
