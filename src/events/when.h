// When an event happened or will happen: a time expression of its sentence that dates it, or, for an undated
// report in the past tense, the document date as an upper bound ("on or before"); an undated event in the present
// tense is dated by the document date.
//
// Pure functions, thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/verb_group.h"
#include "lang/words.h"
#include "newsgraph/document.h"

namespace newsgraph::events {

struct EventDate {
  std::string value;          // a TimeML value: "2025-04-24", "2025-W17", "2025-05", "PRESENT_REF" ...
  int32_t timex = -1;         // index into Analysis::timexes, or -1
  bool on_or_before = false;  // only an upper bound: the event happened on or before `value`
};

// A clause or event noun counted from another event: "a day after Trump threatened", "three days after Lai was sworn
// in", "hours after the attack", "a week before the vote". `at` is the count's first token; the event lies `days`
// days from the one it is counted from (negative: before it).
struct CountedClause {
  uint32_t at = 0;
  int64_t days = 0;
};

// The counted clause that the verb group or event noun starting at token `first` opens, if any: "after" or "before"
// a few words before it (over the verb's subject or the noun's determiners, no punctuation or other trigger
// between), after "hour(s)", or "day(s)" or "week(s)" with their count ("a", "the", "three", "48").
std::optional<CountedClause> CountedFrom(const Analysis& analysis, const std::vector<std::string_view>& lower,
                                         const Sentence& sentence, uint32_t first, EventPos pos,
                                         const std::vector<uint32_t>& other_triggers);

// The time expressions of an analysis (the segmentation of `text`) by their first token: (token, index into
// Analysis::timexes), sorted; those that start after the last token are left out.
struct TimexTokens {
  // `dateline`: the place name of the article's dateline (lang::Words::dateline), or none.
  TimexTokens(std::string_view text, const Analysis& analysis, const std::optional<Span>& dateline);
  std::vector<std::pair<uint32_t, uint32_t>> by_token;
  // The tokens of the article's dateline up to its dash ("NAIROBI, June 5 (Reuters) -"), [begin, end), empty when
  // none: a time expression in it gives the date of the report, never an event's.
  uint32_t dateline_begin = 0, dateline_end = 0;
};

// `trigger` and the sentence's token range index Analysis::tokens; `other_triggers` are the verbal triggers' tokens
// in the sentence, sorted. Looks only at the time expressions of the sentence, nearest first, and gives each to one
// verb: a time expression after a preposition ("on Tuesday", "since January") dates the nearest verb before it in
// the same stretch of the sentence ("imposed a curfew in the region on Tuesday after fighters attacked"; a
// participle after a noun, "people protesting against prices", is passed over); another one dates the nearest verb
// on its side ("said Tuesday it would meet"). A past or present perfect verb (active, no modal, not one of planning)
// takes no future time expression after it ("called for a day of protest next Tuesday"). A verb with none of its
// own shares the time of the verb before it when it has that verb's subject ("... on Wednesday and agreed"), is a
// participle after a comma (", blocking") or opens an "as" / "while" clause after one; a simple past verb with none
// shares the "on ..." day of the participle after a comma that tells how it was done ("raided the offices, seizing
// files on Wednesday night"). A time expression after a preposition in an event noun's own phrase (no verb,
// auxiliary, relative word or punctuation between) dates the noun ("an attack on a convoy near Naqoura on Monday
// wounded"); a present perfect after a time expression wholly before the document date does not take it from the
// simple past verb before it ("Gunmen who kidnapped 25 schoolgirls last month have released them").
std::optional<EventDate> DateOf(const Analysis& analysis, const lang::Words& words, const TimexTokens& timexes,
                                uint32_t trigger, const Sentence& sentence, const VerbGroup& group, EventPos pos,
                                const std::vector<uint32_t>& other_triggers, const std::optional<Date>& document_date);

}  // namespace newsgraph::events
