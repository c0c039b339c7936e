// The time-expression grammar (internal to src/timex/): rules over a sentence's pieces, each reading from a position
// and returning the expression it found; MatchAt (recognizer.h) keeps the longest. The rules live in one file per
// grammatical phenomenon:
//   grammar_durations.cc  amounts, durations and offsets ("two years ago"), relative units ("last week"), references
//                         ("in recent weeks")
//   grammar_dates.cc      days ("yesterday"), weekdays, calendar dates, years, decades and centuries, quarters and
//                         halves, seasons
//   grammar_times.cc      clock times, recurrences ("every Tuesday"), the phrase table, and the wrappers that add what
//                         can precede any expression: a bound ("about", "more than") and a position ("early", "the
//                         end of")
// Rules share a few sub-parsers (amounts, units, years, month-days). Thread safety: a Grammar reads immutable pieces.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "timex/recognizer.h"

namespace newsgraph::timex {

struct Amount {
  uint32_t end = 0;
  double value = 0;
  double max_value = 0;  // > value for a range ("three or four")
  bool vague = false;
  bool article = false;  // "a"/"an" as one
};

struct Clock {
  uint32_t end = 0;
  int minutes = 0;
};

inline void KeepLongest(std::optional<Match>* best, std::optional<Match> candidate) {
  if (candidate && (!*best || candidate->end > (*best)->end)) *best = std::move(candidate);
}

// ISO 8601 / TimeML duration of an amount of units: P3M, PT4H, P2Y6M (for 2.5 years).
std::string DurationValue(double amount, Unit unit, bool vague);

class Grammar {
 public:
  // A rule reads the pieces from position i and returns the expression it found there, if any (each rule's own
  // comment is at its definition).
  using Rule = std::optional<Match>(uint32_t i) const;

  explicit Grammar(const std::vector<Piece>& pieces) : p_(pieces), n_(static_cast<uint32_t>(pieces.size())) {}

  std::optional<Match> Longest(uint32_t i) const {
    std::optional<Match> best = Core(i);
    KeepLongest(&best, WithPosition(i));
    KeepLongest(&best, WithBound(i));
    return best;
  }

 private:
  const std::vector<Piece>& p_;
  const uint32_t n_;

  // ---- piece predicates --------------------------------------------------------------------------------------
  const WordInfo* Info(uint32_t i) const { return i < n_ ? p_[i].info : nullptr; }
  bool Is(uint32_t i, Keyword k) const {
    const WordInfo* w = Info(i);
    return w && w->keyword == k;
  }
  bool IsLower(uint32_t i, std::string_view word) const { return i < n_ && p_[i].lower == word; }
  bool IsPunct(uint32_t i, std::string_view punct) const {
    return i < n_ && p_[i].shape == Shape::kPunct && p_[i].lower == punct;
  }
  Relative Rel(uint32_t i) const {
    const WordInfo* w = Info(i);
    return w ? w->relative : Relative::kNone;
  }
  Unit UnitAt(uint32_t i) const {
    const WordInfo* w = Info(i);
    return w ? w->unit : Unit::kNone;
  }
  bool IsInteger(uint32_t i) const { return i < n_ && p_[i].shape == Shape::kInteger; }
  bool IsNumberish(uint32_t i) const {
    return i < n_ && (p_[i].shape == Shape::kInteger || p_[i].shape == Shape::kGroupedInteger ||
                      p_[i].shape == Shape::kDecimal || p_[i].shape == Shape::kFraction);
  }
  // A following word that is still part of the sentence's words (not punctuation or the end).
  bool WordFollows(uint32_t i) const { return i < n_ && p_[i].shape != Shape::kPunct && p_[i].shape != Shape::kQuote; }

  // ---- amounts -----------------------------------------------------------------------------------------------
  // "twenty four", "twenty-four", "a hundred", "two thousand", "dozen".
  std::optional<std::pair<int64_t, uint32_t>> NumberWords(uint32_t i) const;

  std::optional<Amount> ParseAmount(uint32_t i, bool allow_article) const;

  // ---- durations and offsets ---------------------------------------------------------------------------------
  Rule DurationOrOffset;

  bool IsModal(uint32_t i) const;

  // "$5 a year", "10% a day", "four flights a week": a rate, not a time expression.
  bool IsRateContext(uint32_t i) const;

  Match MakeDuration(uint32_t begin, uint32_t end, const Amount& amount, Unit unit, bool anchored) const;

  std::optional<Match> MakeOffset(uint32_t begin, uint32_t end, const Amount& amount, Unit unit, int sign,
                                  bool from_previous, const std::string& mod) const;

  // ---- relative units: last week, this year, the following day, that quarter, the year-earlier period --------
  Rule RelativeUnit, Weekend;

  // "a year ago", "a year earlier", "last year", "the year before" after a period: the number of pieces, or 0.
  uint32_t YearBack(uint32_t i) const;

  // ---- references: recent years, the coming months, in recent weeks -----------------------------------------
  Rule VagueReference, BarePlural, AWhile, InTheDay, NthDayOf;

  // ---- days: today, yesterday morning, tonight, the day before yesterday --------------------------------------
  Rule DayWord, PartOfDayRelative;

  // "[the] last|next|this|coming|previous|following [next|last]" before a weekday or a month name: where it places the
  // name ("this coming" and the next-words other than "next" itself place it by `coming`), whether from the last date
  // mentioned, and the piece after it. Only "the previous" and "the following" take "the".
  struct Relation {
    uint32_t next = 0;
    std::optional<Placement> placement;
    bool from_previous = false;
  };
  std::optional<Relation> RelationBefore(uint32_t i, Placement coming) const;

  // ---- weekdays: Thursday, last Friday, Thursday evening, Saturday, April 25 ---------------------------------
  Rule Weekday;

  // ---- calendar dates ----------------------------------------------------------------------------------------
  Rule MonthDayYear, MonthName;

  int MonthAt(uint32_t i) const {
    const WordInfo* w = Info(i);
    return w ? w->month : 0;
  }
  bool IsFullMonthName(uint32_t i) const;
  // A day of the month: "19", "19th", "nineteenth", "twenty-first".
  std::optional<std::pair<int, uint32_t>> DayOfMonth(uint32_t i) const;
  // A year: "1989", "nineteen ninety-six", "two thousand and four".
  std::optional<std::pair<int, uint32_t>> Year(uint32_t i, bool strict) const;

  // A four-digit number that reads as a year rather than a count ("2000 people", "$1990").
  bool PlausibleYear(uint32_t i) const;

  // ---- years, decades, centuries -----------------------------------------------------------------------------
  Rule YearExpression, DecadeOrCentury;

  bool IsSpelledYearContext(uint32_t i) const;

  // ---- quarters and halves: the third quarter, third-quarter, Q3 2025, this year's first half -----------------
  Rule QuarterOrHalf;

  // ---- seasons: summer, this summer, last fall, the winter of 1994 --------------------------------------------
  Rule Season;

  // ---- clock times: 5 p.m., 10:30 a.m. GMT, noon Thursday, 5 p.m. EST, Nov. 6 ---------------------------------
  Rule ClockExpression;

  std::optional<Clock> ClockTime(uint32_t i) const;

  // ---- recurrences: every Tuesday, each year, twice a week, three times a year, Tuesday nights ----------------
  Rule Recurrence;

  // ---- the phrase table: refs, recurrence words, holidays ------------------------------------------------------
  Rule PhraseAt, YearEnd, PositionPartOfDay;

  // ---- wrappers ----------------------------------------------------------------------------------------------
  Rule Core, WithPosition, WithBound;

};

}  // namespace newsgraph::timex
