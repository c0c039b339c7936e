// Days, weekdays, calendar dates, years, quarters and halves, seasons (the grammar: timex/grammar.h).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "timex/grammar.h"

namespace newsgraph::timex {
namespace {

constexpr std::string_view kFullMonthNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                                "july",    "august",   "september", "october", "november", "december"};

}  // namespace

std::optional<Match> Grammar::DayWord(uint32_t i) const {
  uint32_t j = i;
  int offset = 0;
  bool found = false, tonight = false;
  if (Info(j) && Info(j)->is_dayword) {
    offset = Info(j)->day_offset, tonight = Info(j)->is_tonight, found = true, ++j;
  } else if (Is(j, Keyword::kThe) && UnitAt(j + 1) == Unit::kDay && !Info(j + 1)->unit_plural &&
             (Is(j + 2, Keyword::kEarlier) || Is(j + 2, Keyword::kLater)) && Info(j + 3) && Info(j + 3)->is_dayword &&
             !Info(j + 3)->is_tonight && Info(j + 3)->day_offset != 0) {
    // "the day before yesterday", "the day after tomorrow"
    offset = Info(j + 3)->day_offset + (Is(j + 2, Keyword::kEarlier) ? -1 : 1);
    found = true, j += 4;
  }
  if (!found) return std::nullopt;
  Match m;
  m.begin = i;
  m.spec.kind = Spec::Kind::kOffset;
  m.spec.unit = Unit::kDay;
  m.spec.offset = offset;
  m.spec.granularity = Granularity::kDay;
  if (tonight) {
    m.spec.type = TimexType::kTime;
    std::copy_n("NI", 3, m.spec.part_of_day);
  } else if (const WordInfo* w = Info(j); w && w->part_of_day[0] && !w->part_of_day_plural) {
    m.spec.type = TimexType::kTime;
    std::copy_n(w->part_of_day, 3, m.spec.part_of_day);
    ++j;
  }
  m.end = j;
  return m;
}

// "this morning", "last night", "tomorrow evening" (the last via DayWord).
std::optional<Match> Grammar::PartOfDayRelative(uint32_t i) const {
  const Relative rel = Rel(i);
  if (rel != Relative::kThis && rel != Relative::kLast) return std::nullopt;
  if (rel == Relative::kLast && !IsLower(i, "last")) return std::nullopt;
  const WordInfo* w = Info(i + 1);
  if (!w || !w->part_of_day[0] || w->part_of_day_plural) return std::nullopt;
  if (rel == Relative::kLast && std::string_view(w->part_of_day) != "NI") return std::nullopt;
  Match m;
  m.begin = i, m.end = i + 2;
  m.spec.type = TimexType::kTime;
  m.spec.kind = Spec::Kind::kOffset;
  m.spec.unit = Unit::kDay;
  m.spec.offset = rel == Relative::kLast ? -1 : 0;
  std::copy_n(w->part_of_day, 3, m.spec.part_of_day);
  return m;
}

std::optional<Grammar::Relation> Grammar::RelationBefore(uint32_t i, Placement coming) const {
  Relation r;
  uint32_t j = i;
  const bool the = Is(j, Keyword::kThe);
  if (the) ++j;
  const Relative rel = Rel(j);
  if (rel != Relative::kNone) {
    ++j;
    if (rel == Relative::kThis && Rel(j) == Relative::kNext && !IsLower(j, "next"))
      r.placement = coming, ++j;
    else if (rel == Relative::kThis && Rel(j) == Relative::kLast && !IsLower(j, "last"))
      r.placement = Placement::kBefore, ++j;
    else if (rel == Relative::kLast)
      r.placement = Placement::kBefore;
    else if (rel == Relative::kNext)
      r.placement = IsLower(j - 1, "next") ? Placement::kAfter : coming;
    else if (rel == Relative::kThis)
      r.placement = Placement::kSame;
    else if (rel == Relative::kPrevious)
      r.placement = Placement::kBefore, r.from_previous = true;
    else
      r.placement = Placement::kAfter, r.from_previous = true;
    if (the != (rel == Relative::kPrevious || rel == Relative::kFollowing)) return std::nullopt;
  } else if (the) {
    return std::nullopt;
  }
  r.next = j;
  return r;
}

std::optional<Match> Grammar::Weekday(uint32_t i) const {
  const std::optional<Relation> relation = RelationBefore(i, Placement::kFutureOrSame);
  if (!relation) return std::nullopt;
  uint32_t j = relation->next;
  const WordInfo* w = Info(j);
  if (!w || !w->weekday) return std::nullopt;
  const Piece& day = p_[j];
  const bool abbreviation =
      day.lower.size() <= 5 && day.lower != "sunday" && day.lower != "monday" && day.lower != "friday";
  ++j;
  Match m;
  m.begin = i;
  m.spec.kind = Spec::Kind::kNamed;
  m.spec.named.weekday = w->weekday;
  m.spec.placement = relation->placement;
  m.spec.from_previous = relation->from_previous;
  // "Saturday, April 25": the date decides.
  const uint32_t k = IsPunct(j, ",") ? j + 1 : j;
  if (auto date = MonthDayYear(k)) {  // "Saturday, April 25", "this coming Sunday, March eighth"
    m = *date;
    m.begin = i;
    return m;
  }
  if (abbreviation && !day.capitalized) return std::nullopt;
  if (abbreviation && day.lower.back() != '.') return std::nullopt;  // "Sat", "Sun" and "Wed" are words
  if (abbreviation && day.lower.back() == '.' && !(j < n_ && p_[j].shape != Shape::kPunct)) return std::nullopt;
  if (!day.capitalized && day.has_upper) return std::nullopt;
  if (const WordInfo* part = Info(j); part && part->part_of_day[0] && !part->part_of_day_plural) {
    m.spec.type = TimexType::kTime;
    std::copy_n(part->part_of_day, 3, m.spec.part_of_day);
    ++j;
  }
  m.end = j;
  return m;
}

bool Grammar::IsFullMonthName(uint32_t i) const {
  for (std::string_view name : kFullMonthNames)
    if (p_[i].lower == name) return true;
  return false;
}

std::optional<std::pair<int, uint32_t>> Grammar::DayOfMonth(uint32_t i) const {
  if (i >= n_) return std::nullopt;
  const Piece& p = p_[i];
  if (p.shape == Shape::kInteger && p.digits <= 2 && p.number >= 1 && p.number <= 31)
    return std::make_pair(static_cast<int>(p.number), i + 1);
  if (p.shape == Shape::kOrdinalNumber && p.a >= 1 && p.a <= 31) return std::make_pair(p.a, i + 1);
  const WordInfo* w = Info(i);
  if (w && (w->number == 20 || w->number == 30) && Info(i + 1) && Info(i + 1)->ordinal >= 1 &&
      Info(i + 1)->ordinal <= 9 && w->number + Info(i + 1)->ordinal <= 31)
    return std::make_pair(static_cast<int>(w->number + Info(i + 1)->ordinal), i + 2);
  if (w && w->ordinal >= 1) return std::make_pair(static_cast<int>(w->ordinal), i + 1);
  return std::nullopt;
}

std::optional<std::pair<int, uint32_t>> Grammar::Year(uint32_t i, bool strict) const {
  if (i >= n_) return std::nullopt;
  const Piece& p = p_[i];
  if (p.shape == Shape::kInteger && p.digits == 4 && p.number >= 1000 && p.number <= 2199) {
    if (strict && !PlausibleYear(i)) return std::nullopt;
    return std::make_pair(static_cast<int>(p.number), i + 1);
  }
  const WordInfo* w = Info(i);
  if (!w) return std::nullopt;
  if (w->number == 19 || w->number == 20) {  // "nineteen ninety-six", "twenty twenty-five"
    const WordInfo* tens = Info(i + 1);
    if (tens && tens->number >= 10 && tens->number <= 90 && !Is(i + 1, Keyword::kA)) {
      int value = tens->number;
      uint32_t end = i + 2;
      if (value >= 20 && value % 10 == 0 && Info(end) && Info(end)->number >= 1 && Info(end)->number <= 9)
        value += Info(end)->number, ++end;
      if (value < 10 || (w->number == 20 && value < 10)) return std::nullopt;
      return std::make_pair(w->number * 100 + value, end);
    }
  }
  if (w->number == 2 && Info(i + 1) && Info(i + 1)->number == 1000) {  // "two thousand (and) four"
    uint32_t end = i + 2;
    int value = 2000;
    uint32_t k = Is(end, Keyword::kAnd) ? end + 1 : end;
    if (Info(k) && Info(k)->number >= 1 && Info(k)->number <= 99 && !Is(k, Keyword::kA)) {
      value += Info(k)->number;
      end = k + 1;
    }
    return std::make_pair(value, end);
  }
  return std::nullopt;
}

bool Grammar::PlausibleYear(uint32_t i) const {
  const Piece& p = p_[i];
  if (i > 0) {
    const Piece& prev = p_[i - 1];
    if (prev.shape == Shape::kSymbol || prev.lower == "no." || prev.lower == "#" || prev.lower == "route" ||
        prev.lower == "number" || prev.lower == "flight" || prev.lower == "room" || prev.lower == "page")
      return false;
    if (prev.shape == Shape::kInteger || prev.shape == Shape::kGroupedInteger) return false;
  }
  if (i + 1 < n_) {
    const Piece& next = p_[i + 1];
    if (next.lower == "%" || next.lower == "percent" || next.lower == "per" || next.shape == Shape::kInteger)
      return false;
    if (next.shape == Shape::kSymbol && next.lower != "'s") return false;
    // Round numbers before a noun are counts: "2000 people", "1500 troops".
    const bool noun_follows = next.shape == Shape::kWord && !next.capitalized && !next.info && !next.joined;
    if (noun_follows && p.number % 100 == 0) return false;
    if (next.joined) return false;  // "1990-style" and other compounds
  }
  if (p.number >= 1900 && p.number <= 2099) return true;
  if (i == 0) return false;
  const Piece& prev = p_[i - 1];
  static constexpr std::string_view kYearContext[] = {
      "in",     "since",  "until",  "by",     "from",   "of",     "to",    "between", "during",
      "before", "after",  "circa",  "c.",     "year",   "fiscal", "early", "late",    "mid",
      "around", "summer", "spring", "autumn", "winter", "fall",   "and",   "through"};
  for (std::string_view w : kYearContext)
    if (prev.lower == w) return true;
  return prev.info && prev.info->month;
}

// MONTH DAY[, YEAR] | DAY [of] MONTH [YEAR] | MONTH [of|,] YEAR | ISO and slashed dates.
std::optional<Match> Grammar::MonthDayYear(uint32_t i) const {
  if (i >= n_) return std::nullopt;
  const Piece& p = p_[i];
  Match m;
  m.begin = i;
  m.spec.kind = Spec::Kind::kAbsolute;
  if (p.shape == Shape::kIsoDate) {
    m.end = i + 1;
    m.spec.period = Period{Granularity::kDay, Date{p.a, p.b, p.c}};
    return m;
  }
  if (p.shape == Shape::kSlashDate) {
    // Month first (US) unless the first field cannot be a month.
    int month = p.a, day = p.b;
    if (month > 12) std::swap(month, day);
    if (!Date::IsValid(p.c, month, day)) return std::nullopt;
    m.end = i + 1;
    m.spec.period = Period{Granularity::kDay, Date{p.c, month, day}};
    return m;
  }
  // "the 8th of March"
  uint32_t j = i;
  const bool the = Is(j, Keyword::kThe);
  if (the) ++j;
  int month = 0, day = 0;
  uint32_t end = 0;
  if (const int mo = MonthAt(j); mo && !the) {
    const bool abbreviated = !IsFullMonthName(j);
    if (auto d = DayOfMonth(j + 1); d && !(abbreviated && !p_[j].capitalized)) {
      // "May 5 people" or "March 8 percent" are rare; a following unit ("May 3 years") is not a date.
      if (d->second < n_ && (UnitAt(d->second) != Unit::kNone || IsLower(d->second, "%"))) return std::nullopt;
      month = mo, day = d->first, end = d->second;
    } else if (auto y = Year(IsPunct(j + 1, ",") || Is(j + 1, Keyword::kOf) ? j + 2 : j + 1, false);
               y && p_[j].capitalized) {
      m.end = y->second;
      m.spec.period = Period{Granularity::kMonth, Date{y->first, mo, 1}};
      return m;
    } else {
      return std::nullopt;
    }
  } else if (auto d = DayOfMonth(j)) {
    uint32_t k = d->second;
    if (Is(k, Keyword::kOf)) ++k;
    const int mo = MonthAt(k);
    if (!mo || !p_[k].capitalized) return std::nullopt;
    if (the && !Is(d->second, Keyword::kOf)) return std::nullopt;
    month = mo, day = d->first, end = k + 1;
  } else {
    return std::nullopt;
  }
  // The year: "May 19, 2025", "19 May 2025".
  uint32_t k = IsPunct(end, ",") ? end + 1 : end;
  if (auto y = Year(k, false); y && p_[k].shape == Shape::kInteger ? true : y.has_value()) {
    if (y && Date::IsValid(y->first, month, day)) {
      m.end = y->second;
      m.spec.period = Period{Granularity::kDay, Date{y->first, month, day}};
      return m;
    }
  }
  if (day > Date::DaysInMonth(2024, month)) return std::nullopt;
  m.end = end;
  m.spec.kind = Spec::Kind::kNamed;
  m.spec.named.month = month;
  m.spec.named.day = day;
  return m;
}

// A month name alone, or with last/next/this, or "January this year".
std::optional<Match> Grammar::MonthName(uint32_t i) const {
  const std::optional<Relation> relation = RelationBefore(i, Placement::kAfter);
  if (!relation) return std::nullopt;
  const std::optional<Placement>& placement = relation->placement;
  uint32_t j = relation->next;
  const int month = MonthAt(j);
  if (!month || !IsFullMonthName(j)) return std::nullopt;
  const Piece& name = p_[j];
  if (!name.capitalized && !placement) return std::nullopt;
  // "May", "March" and "August" are also a verb, a name and an adjective: alone they need a time context.
  if (!placement && (name.lower == "may" || name.lower == "march" || name.lower == "august")) {
    const bool context_before =
        j > 0 && (Is(j - 1, Keyword::kIn) || Is(j - 1, Keyword::kSince) || Is(j - 1, Keyword::kBy) ||
                  Is(j - 1, Keyword::kDuring) || Is(j - 1, Keyword::kFrom) || Is(j - 1, Keyword::kTo) ||
                  Is(j - 1, Keyword::kEarlier) || Is(j - 1, Keyword::kLater) || Is(j - 1, Keyword::kOf) ||
                  (Info(j - 1) && Info(j - 1)->position[0]) || Is(j - 1, Keyword::kAnd) || Is(j - 1, Keyword::kOr) ||
                  IsLower(j - 1, "until") || IsLower(j - 1, "early"));
    if (!context_before) return std::nullopt;
    if (j > 0 && Is(j - 1, Keyword::kOf) && j > 1 && p_[j - 2].capitalized) return std::nullopt;  // "Theresa May of"
  }
  ++j;
  Match m;
  m.begin = i;
  m.spec.kind = Spec::Kind::kNamed;
  m.spec.named.month = month;
  m.spec.placement = placement;
  m.spec.from_previous = relation->from_previous;
  // "January this year", "June last year", "May next year"
  if (!placement && (Rel(j) == Relative::kThis || Rel(j) == Relative::kLast || Rel(j) == Relative::kNext) &&
      UnitAt(j + 1) == Unit::kYear && !Info(j + 1)->unit_plural && Rel(j) != Relative::kPrevious) {
    const Relative r = Rel(j);
    if (r == Relative::kThis || IsLower(j, "last") || IsLower(j, "next")) {
      m.spec.kind = Spec::Kind::kOffset;
      m.spec.unit = Unit::kYear;
      m.spec.offset = r == Relative::kThis ? 0 : r == Relative::kLast ? -1 : 1;
      m.spec.granularity = Granularity::kMonth;
      j += 2;
    }
  }
  m.end = j;
  return m;
}

std::optional<Match> Grammar::YearExpression(uint32_t i) const {
  if (i < n_ && p_[i].shape == Shape::kFiscalYear) {  // "FY2025", "FY25": the fiscal year, by the year it ends
    Match m;
    m.begin = i, m.end = i + 1;
    m.spec.kind = Spec::Kind::kAbsolute;
    m.spec.period = Period{Granularity::kYear, Date{p_[i].a, 1, 1}};
    return m;
  }
  uint32_t j = i;
  bool the = Is(j, Keyword::kThe);
  if (the) ++j;
  bool fiscal = false;
  if (Is(j, Keyword::kFiscal)) fiscal = true, ++j;
  const bool fiscal_after =
      the && !fiscal && IsInteger(j) && Is(j + 1, Keyword::kFiscal) && UnitAt(j + 2) == Unit::kYear;
  if (UnitAt(j) == Unit::kYear && !Info(j)->unit_plural && (the || fiscal))
    ++j;  // "the year 2000", "fiscal year 1990"
  else if (the && !fiscal && !fiscal_after)
    return std::nullopt;  // "the 1989 fiscal year" below
  auto y = Year(j, /*strict=*/!fiscal && j == i);
  if (!y) return std::nullopt;
  if (p_[j].shape != Shape::kInteger && j == i && Info(j)->number != 19 && !IsSpelledYearContext(i))
    return std::nullopt;
  uint32_t end = y->second;
  Match m;
  m.begin = i;
  m.spec.kind = Spec::Kind::kAbsolute;
  m.spec.period = Period{Granularity::kYear, Date{y->first, 1, 1}};
  // "1994 or later", "1990 and beyond"
  if (Is(end, Keyword::kOr) && (IsLower(end + 1, "later") || IsLower(end + 1, "after"))) {
    m.spec.mod = "ON_OR_AFTER", end += 2;
  } else if (Is(end, Keyword::kOr) && (IsLower(end + 1, "earlier") || IsLower(end + 1, "before"))) {
    m.spec.mod = "ON_OR_BEFORE", end += 2;
  } else if (Is(end, Keyword::kAnd) && IsLower(end + 1, "beyond")) {
    m.spec.mod = "ON_OR_AFTER", end += 2;
  }
  // "the 1989 fiscal year"
  if (the && !fiscal && Is(end, Keyword::kFiscal) && UnitAt(end + 1) == Unit::kYear) end += 2;
  m.end = end;
  return m;
}

bool Grammar::IsSpelledYearContext(uint32_t i) const {
  // "nineteen ninety-six" alone: a year only after a preposition, to keep "twenty twenty" counts out.
  return i > 0 && (Is(i - 1, Keyword::kIn) || Is(i - 1, Keyword::kSince) || Is(i - 1, Keyword::kBy) ||
                   Is(i - 1, Keyword::kOf) || Is(i - 1, Keyword::kFrom) || Is(i - 1, Keyword::kTo) ||
                   Is(i - 1, Keyword::kDuring) || MonthAt(i - 1));
}

std::optional<Match> Grammar::DecadeOrCentury(uint32_t i) const {
  uint32_t j = i;
  const bool the = Is(j, Keyword::kThe);
  if (the) ++j;
  int decade_start = -1;  // 1980 for the 1980s; -2 for a two-digit decade to place later
  uint32_t end = 0;
  if (j < n_ && p_[j].shape == Shape::kQuote && j + 1 < n_ && p_[j + 1].shape == Shape::kDecade &&
      p_[j + 1].digits == 2) {
    decade_start = 1900 + p_[j + 1].a;  // "the '80s"
    end = j + 2;
  } else if (j < n_ && p_[j].shape == Shape::kDecade && (p_[j].digits == 4 || the || p_[j].lower[0] == '\'')) {
    decade_start = p_[j].digits == 4 ? p_[j].a : 1900 + p_[j].a;
    end = j + 1;
  } else if (the && Info(j) && Info(j)->decade_word) {
    decade_start = 1900 + 10 * Info(j)->decade_word;  // "the eighties"
    end = j + 1;
  } else if (Info(j) && Info(j)->number == 19 && Info(j + 1) && Info(j + 1)->decade_word && p_[j + 1].joined) {
    decade_start = 1900 + 10 * Info(j + 1)->decade_word;  // "the nineteen-eighties"
    end = j + 2;
  }
  if (decade_start >= 0) {
    Match m;
    m.begin = i, m.end = end;
    m.spec.kind = Spec::Kind::kAbsolute;
    m.spec.period = Period{Granularity::kDecade, Date{decade_start, 1, 1}};
    return m;
  }
  // "the 20th century", "the twentieth century", "20th-century"
  int ordinal = 0;
  uint32_t k = j;
  if (k < n_ && p_[k].shape == Shape::kOrdinalNumber)
    ordinal = p_[k].a, ++k;
  else if (Info(k) && Info(k)->number == 20 && Info(k + 1) && Info(k + 1)->ordinal == 1)
    ordinal = 21, k += 2;
  else if (Info(k) && Info(k)->ordinal)
    ordinal = Info(k)->ordinal, ++k;
  if (ordinal < 1 || ordinal > 30) return std::nullopt;
  if (UnitAt(k) != Unit::kCentury || Info(k)->unit_plural) return std::nullopt;
  Match m;
  m.begin = i, m.end = k + 1;
  m.spec.kind = Spec::Kind::kAbsolute;
  m.spec.period = Period{Granularity::kCentury, Date{(ordinal - 1) * 100 + 1, 1, 1}};
  return m;
}

std::optional<Match> Grammar::QuarterOrHalf(uint32_t i) const {
  uint32_t j = i;
  bool determiner = false;
  if (Is(j, Keyword::kPossessive)) return std::nullopt;  // "its third quarter": the quarter starts after "its"
  if (Is(j, Keyword::kThe)) determiner = true, ++j;
  std::optional<int> year;
  std::optional<int> year_offset;
  bool year_from_previous = false;
  // "the 1988 third quarter", "1989's first half", "this year's third quarter", "last year's quarter"
  if (auto y = Year(j, false); y && p_[j].shape == Shape::kInteger) {
    year = y->first, j = y->second;
    if (Is(j, Keyword::kApostropheS)) ++j;
  } else if (!determiner && (Rel(j) == Relative::kThis || IsLower(j, "last") || IsLower(j, "next")) &&
             UnitAt(j + 1) == Unit::kYear && !Info(j + 1)->unit_plural && Is(j + 2, Keyword::kApostropheS)) {
    year_offset = Rel(j) == Relative::kThis ? 0 : IsLower(j, "last") ? -1 : 1;
    j += 3;
  } else if (determiner && Is(j, Keyword::kYearAgo)) {
    year_from_previous = true, ++j;
  }
  // "the 1988 quarter", "the 1989 period": the period under discussion, in that year.
  if (year && !year_offset && determiner && (UnitAt(j) == Unit::kQuarter || IsLower(j, "period")) &&
      !(Info(j)->unit_plural)) {
    Match m;
    m.begin = i, m.end = j + 1;
    m.spec.kind = Spec::Kind::kOffset;
    m.spec.absolute_year = *year;
    return m;
  }
  // "last year's quarter", "this year's period": the period under discussion, in that year.
  if (year_offset && ((UnitAt(j) == Unit::kQuarter && !Info(j)->unit_plural) || IsLower(j, "period"))) {
    Match m;
    m.begin = i, m.end = j + 1;
    m.spec.kind = Spec::Kind::kOffset;
    m.spec.unit = Unit::kYear;
    m.spec.offset = *year_offset;
    m.spec.granularity = Granularity::kYear;
    m.spec.previous_if_recent = true;
    m.spec.keep_granularity = true;
    return m;
  }
  bool fiscal = false;
  if (Is(j, Keyword::kFiscal)) fiscal = true, ++j;
  int number = 0;
  Unit unit = Unit::kNone;
  bool adjective = false;  // "third-quarter"
  if (j < n_ && p_[j].shape == Shape::kQuarterCode) {
    number = p_[j].a, unit = Unit::kQuarter, ++j;
  } else if (j < n_ && p_[j].shape == Shape::kHalfCode) {
    number = p_[j].a, unit = Unit::kHalf, ++j;
  } else {
    int ordinal = 0;
    bool last = false;
    if (Info(j) && Info(j)->ordinal)
      ordinal = Info(j)->ordinal;
    else if (j < n_ && p_[j].shape == Shape::kOrdinalNumber)
      ordinal = p_[j].a;
    else if ((IsLower(j, "last") || IsLower(j, "final")) && determiner)
      last = true;
    if (!ordinal && !last) return std::nullopt;
    ++j;
    if (Is(j, Keyword::kFiscal)) fiscal = true, ++j;  // "first fiscal quarter"
    adjective = j < n_ && p_[j].joined;
    // "the first two quarters" and "the last two quarters" of a year are its halves.
    const bool two_quarters = (ordinal == 1 || last) && Info(j) && Info(j)->number == 2 &&
                              UnitAt(j + 1) == Unit::kQuarter && Info(j + 1)->unit_plural && !p_[j + 1].joined;
    if (two_quarters) {
      unit = Unit::kHalf, number = last ? 2 : 1, ++j;
    } else if (UnitAt(j) == Unit::kQuarter && !Info(j)->unit_plural) {
      unit = Unit::kQuarter, number = last ? 4 : ordinal;
    } else if (Is(j, Keyword::kHalf)) {
      unit = Unit::kHalf, number = last ? 2 : ordinal;
    } else {
      return std::nullopt;
    }
    ++j;
    if ((unit == Unit::kQuarter && (number < 1 || number > 4)) || (unit == Unit::kHalf && number > 2))
      return std::nullopt;
  }
  // "of 1990", "of fiscal 1990", "of the year", "of this year", "of next year"
  uint32_t k = j;
  if (Is(k, Keyword::kOf) || (unit == Unit::kQuarter && Is(k, Keyword::kIn))) {
    uint32_t y = k + 1;
    if (Is(y, Keyword::kFiscal)) ++y;
    if (UnitAt(y) == Unit::kYear && Is(y - 1, Keyword::kFiscal)) ++y;
    if (auto yy = Year(y, false); yy && !year && !year_offset) {
      year = yy->first, j = yy->second;
    } else if (!year && !year_offset &&
               (Rel(y) == Relative::kThis || IsLower(y, "last") || IsLower(y, "next") || Is(y, Keyword::kThe)) &&
               UnitAt(y + 1) == Unit::kYear && !Info(y + 1)->unit_plural) {
      year_offset = Rel(y) == Relative::kThis || Is(y, Keyword::kThe) ? 0 : IsLower(y, "last") ? -1 : 1;
      j = y + 2;
    }
  } else if (!year && !year_offset && Year(k, false) && p_[k].shape == Shape::kInteger) {
    year = Year(k, false)->first, j = Year(k, false)->second;  // "Q3 2025", "the first quarter 1990"
  }
  // A half needs a year to be a time: "the first half" alone is mostly sport.
  if (unit == Unit::kHalf && !year && !year_offset && !year_from_previous) return std::nullopt;
  Match m;
  // "the third-quarter loss": the article belongs to the noun phrase.
  m.begin = determiner && adjective && !year && !year_from_previous && !fiscal ? i + 1 : i;
  m.end = j;
  NamedPeriod named;
  if (unit == Unit::kQuarter)
    named.quarter = number;
  else
    named.half = number;
  if (year) {
    m.spec.kind = Spec::Kind::kAbsolute;
    m.spec.period = *named.InYear(*year);
  } else if (year_offset || year_from_previous) {
    m.spec.kind = Spec::Kind::kOffset;
    m.spec.unit = Unit::kYear;
    m.spec.offset = year_from_previous ? -1 : *year_offset;
    m.spec.from_previous = year_from_previous;
    m.spec.named = named;
    m.spec.granularity = unit == Unit::kQuarter ? Granularity::kQuarter : Granularity::kHalf;
  } else {
    m.spec.kind = Spec::Kind::kNamed;
    m.spec.named = named;
    // A fiscal quarter is reported once it is over.
    if (fiscal) m.spec.placement = Placement::kPastOrSame;
  }
  return m;
}

std::optional<Match> Grammar::Season(uint32_t i) const {
  uint32_t j = i;
  std::optional<Placement> placement;
  const bool the = Is(j, Keyword::kThe);
  if (the) ++j;
  const Relative rel = Rel(j);
  if (rel == Relative::kLast || rel == Relative::kNext || rel == Relative::kThis) {
    if (the) return std::nullopt;
    ++j;
    placement = rel == Relative::kLast   ? Placement::kBefore
                : rel == Relative::kNext ? Placement::kAfter
                                         : Placement::kSame;
    if (rel == Relative::kThis && Rel(j) == Relative::kLast && !IsLower(j, "last"))
      placement = Placement::kBefore, ++j;
    else if (rel == Relative::kThis && Rel(j) == Relative::kNext && !IsLower(j, "next"))
      placement = Placement::kAfter, ++j;
  }
  const WordInfo* w = Info(j);
  if (!w || !w->season) return std::nullopt;
  const std::string_view word = p_[j].lower;
  ++j;
  Match m;
  m.begin = i;
  NamedPeriod named;
  named.season = w->season;
  uint32_t k = Is(j, Keyword::kOf) ? j + 1 : j;
  if (auto y = Year(k, Is(j, Keyword::kOf) ? false : true); y && !placement) {
    m.end = y->second;
    m.spec.kind = Spec::Kind::kAbsolute;
    m.spec.period = *named.InYear(y->first);
    return m;
  }
  // "fall" and "spring" are also verbs and nouns: they need a determiner and a preposition ("in the spring").
  const bool preposition_before =
      i > 0 &&
      (Is(i - 1, Keyword::kIn) || Is(i - 1, Keyword::kDuring) || Is(i - 1, Keyword::kBy) ||
       Is(i - 1, Keyword::kSince) || IsLower(i - 1, "until") || IsLower(i - 1, "through") || IsLower(i - 1, "over"));
  if (!placement && (word == "fall" || word == "spring") && !(the && preposition_before)) return std::nullopt;
  if (!placement && !the &&
      !(i > 0 && (Is(i - 1, Keyword::kIn) || Is(i - 1, Keyword::kDuring) || Is(i - 1, Keyword::kBy) ||
                  Is(i - 1, Keyword::kSince) || (Info(i - 1) && Info(i - 1)->position[0]))))
    return std::nullopt;
  m.end = j;
  m.spec.kind = Spec::Kind::kNamed;
  m.spec.named = named;
  m.spec.placement = placement;
  return m;
}

}  // namespace newsgraph::timex
