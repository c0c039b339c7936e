// Time expressions (TimeML TIMEX3): finds dates, times, durations and recurrences in a segmented document and
// resolves them against its publication date.
//
//   newsgraph::Analysis a;
//   newsgraph::Segment(text, {}, &a);
//   std::vector<newsgraph::Timex> found = newsgraph::timex::FindTimexes(text, a, newsgraph::Date{2025, 4, 22});
//   // "will meet on Thursday" -> {type DATE, value "2025-04-24", anchor "document-date"}
//
// How a value is found:
//   - written in full ("May 19, 2025", "the 1990s"): anchor "absolute";
//   - relative to the publication date ("next month", "two years ago"; "Thursday" and "in February" go to the past
//     or the future by the tense of their clause): anchor "document-date";
//   - relative to the last date the text mentioned ("the following day", "a year earlier"): "previous-timex".
// Without a date, relative expressions keep X for what is unknown ("XXXX-05-19", "XXXX-WXX-4").
//
// Thread safety: pure functions of immutable lexicons.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "lang/lexicon.h"
#include "newsgraph/document.h"
#include "timex/lexicon.h"

namespace newsgraph::timex {

// `analysis` holds the segmentation of `text` (sentences and tokens); nothing else of it is read. Spans are byte
// offsets into `text`, in order, never overlapping. `lexicon` holds the time words, `english` the clause reader's
// tense cues.
std::vector<Timex> FindTimexes(std::string_view text, const Analysis& analysis,
                               const std::optional<Date>& document_date, const Lexicon& lexicon,
                               const lang::Lexicon& english);

// The same with the embedded lexicons.
std::vector<Timex> FindTimexes(std::string_view text, const Analysis& analysis,
                               const std::optional<Date>& document_date);

// The same, segmenting `text` (valid UTF-8) first: for tests, tools and fuzzers.
std::vector<Timex> FindTimexes(std::string_view text, const std::optional<Date>& document_date);

}  // namespace newsgraph::timex
