// When an event happened or will happen: a time expression of its sentence that dates it, or, for an undated
// report in the past tense, the document date as an upper bound ("on or before"); an undated event in the present
// tense is dated by the document date.
//
// Pure functions, thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "events/verb_group.h"
#include "newsgraph/document.h"

namespace newsgraph::events {

struct EventDate {
  std::string value;          // a TimeML value: "2025-04-24", "2025-W17", "2025-05", "PRESENT_REF" ...
  int32_t timex = -1;         // index into Analysis::timexes, or -1
  bool on_or_before = false;  // only an upper bound: the event happened on or before `value`
};

// The time expressions of an analysis by their first token: (token, index into Analysis::timexes), sorted; those
// that start after the last token are left out.
struct TimexTokens {
  explicit TimexTokens(const Analysis& analysis);
  std::vector<std::pair<uint32_t, uint32_t>> by_token;
};

// `trigger` and the sentence's token range index Analysis::tokens; `other_triggers` are the other triggers' tokens in
// the sentence (a time expression closer to another verb dates that verb, not this one). Looks only at the time
// expressions of the sentence.
std::optional<EventDate> DateOf(const Analysis& analysis, const TimexTokens& timexes, uint32_t trigger,
                                const Sentence& sentence, const VerbGroup& group, EventPos pos,
                                const std::vector<uint32_t>& other_triggers, const std::optional<Date>& document_date);

}  // namespace newsgraph::events
