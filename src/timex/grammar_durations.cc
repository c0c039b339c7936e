// Amounts, durations and offsets, relative units, references (the grammar: timex/grammar.h).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "timex/grammar.h"

namespace newsgraph::timex {
namespace {

char UnitLetter(Unit unit) {
  switch (unit) {
    case Unit::kSecond: return 'S';
    case Unit::kMinute: return 'M';
    case Unit::kHour: return 'H';
    case Unit::kDay: return 'D';
    case Unit::kWeek: return 'W';
    case Unit::kMonth: return 'M';
    default: return 'Y';
  }
}


bool IsTimeUnit(Unit unit) { return unit == Unit::kSecond || unit == Unit::kMinute || unit == Unit::kHour; }

std::string FormatNumber(double v) {
  char buffer[32];
  if (v == std::floor(v)) {
    std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(v));
  } else {
    std::snprintf(buffer, sizeof buffer, "%.3f", v);
    std::string s = buffer;
    while (!s.empty() && s.back() == '0') s.pop_back();
    return s;
  }
  return buffer;
}

}  // namespace

// ISO 8601 / TimeML duration: P3M, PT4H, P2Y6M (for 2.5 years), P20Y (two decades), PXY (several years), PXC
// (centuries).
std::string DurationValue(double amount, Unit unit, bool vague) {
  const bool time = IsTimeUnit(unit);
  std::string value = time ? "PT" : "P";
  if (vague) {
    if (unit == Unit::kWeekend) return "PXWE";
    // TimeML's letters for the units ISO 8601 lacks: Q quarter, E decade, C century, L millennium ("for centuries":
    // PXC).
    if (unit == Unit::kDecade) return "PXE";
    if (unit == Unit::kCentury) return "PXC";
    if (unit == Unit::kMillennium) return "PXL";
    if (unit == Unit::kQuarter) return "PXQ";
    return value + 'X' + UnitLetter(unit);
  }
  switch (unit) {  // units without an ISO 8601 letter become multiples of one that has
    case Unit::kFortnight: amount *= 2, unit = Unit::kWeek; break;
    case Unit::kQuarter: amount *= 3, unit = Unit::kMonth; break;
    case Unit::kDecade: amount *= 10, unit = Unit::kYear; break;
    case Unit::kCentury: amount *= 100, unit = Unit::kYear; break;
    case Unit::kMillennium: amount *= 1000, unit = Unit::kYear; break;
    case Unit::kWeekend: return value + FormatNumber(amount) + "WE";
    default: break;
  }
  const double whole = std::floor(amount), fraction = amount - whole;
  // A fraction goes to the next smaller unit when it comes out whole there (2.5 years = P2Y6M).
  struct Smaller {
    Unit unit;
    int per;
  };
  std::optional<Smaller> smaller;
  if (unit == Unit::kYear) smaller = Smaller{Unit::kMonth, 12};
  if (unit == Unit::kWeek) smaller = Smaller{Unit::kDay, 7};
  if (unit == Unit::kDay) smaller = Smaller{Unit::kHour, 24};
  if (unit == Unit::kHour) smaller = Smaller{Unit::kMinute, 60};
  if (unit == Unit::kMinute) smaller = Smaller{Unit::kSecond, 60};
  if (fraction > 0 && smaller) {
    const double rest = fraction * smaller->per;
    if (std::fabs(rest - std::round(rest)) < 1e-9) {
      std::string out = value;
      if (whole > 0) out += FormatNumber(whole) + UnitLetter(unit);
      if (unit == Unit::kDay) out += "T";
      out += FormatNumber(std::round(rest)) + UnitLetter(smaller->unit);
      return out;
    }
  }
  return value + FormatNumber(amount) + UnitLetter(unit);
}


std::optional<std::pair<int64_t, uint32_t>> Grammar::NumberWords(uint32_t i) const {
  const WordInfo* w = Info(i);
  int64_t value = 0;
  uint32_t j = i;
  if (Is(j, Keyword::kA) && Info(j + 1) &&
      (Info(j + 1)->number == 100 || Info(j + 1)->number == 1000 || Info(j + 1)->number == 12)) {
    value = 1;
    ++j;
    w = Info(j);
  }
  if (!w || w->number < 0) return std::nullopt;
  if (value == 0) {
    value = w->number;
    ++j;
    if (value >= 20 && value <= 90 && value % 10 == 0 && Info(j) && Info(j)->number >= 1 && Info(j)->number <= 9) {
      value += Info(j)->number;
      ++j;
    }
  } else {
    value *= w->number;
    ++j;
  }
  if (value < 100 && Info(j) && Info(j)->number == 100) {
    value *= 100;
    ++j;
  }
  if (value < 1000 && Info(j) && Info(j)->number == 1000) {
    value *= 1000;
    ++j;
  }
  return std::make_pair(value, j);
}

std::optional<Amount> Grammar::ParseAmount(uint32_t i, bool allow_article) const {
  if (i >= n_) return std::nullopt;
  Amount a;
  const Piece& p = p_[i];
  if (p.shape == Shape::kInteger || p.shape == Shape::kGroupedInteger) {
    a.value = static_cast<double>(p.number);
    a.end = i + 1;
    if (a.end < n_ && p_[a.end].shape == Shape::kFraction) {
      a.value += static_cast<double>(p_[a.end].a) / p_[a.end].b;
      ++a.end;
    }
  } else if (p.shape == Shape::kDecimal) {
    a.value = static_cast<double>(p.number) / p.scale;
    a.end = i + 1;
  } else if (p.shape == Shape::kFraction) {
    a.value = static_cast<double>(p.a) / p.b;
    a.end = i + 1;
  } else if (Is(i, Keyword::kHalf) && Is(i + 1, Keyword::kA)) {
    a.value = 0.5;  // "half an hour"
    a.end = i + 2;
    return a;
  } else if (Is(i, Keyword::kA) && Is(i + 1, Keyword::kHalf)) {
    a.value = 0.5;  // "a half hour", "a half-hour"
    a.end = i + 2;
    return a;
  } else if (Is(i, Keyword::kA) && Info(i + 1) && Info(i + 1)->vague) {
    // "a few", "a couple (of)"
    a.end = i + 2;
    if (IsLower(i + 1, "couple")) {
      a.value = 2;
      if (Is(a.end, Keyword::kOf)) ++a.end;
    } else if (IsLower(i + 1, "few")) {
      a.vague = true;
    } else {
      return std::nullopt;
    }
  } else if (IsLower(i, "couple")) {
    a.value = 2;  // "the next couple of years"
    a.end = Is(i + 1, Keyword::kOf) ? i + 2 : i + 1;
  } else if (Info(i) && Info(i)->vague) {
    a.vague = true;
    a.end = i + 1;
  } else if (auto words = NumberWords(i)) {
    a.value = static_cast<double>(words->first);
    a.end = words->second;
  } else if (allow_article && Is(i, Keyword::kA)) {
    a.value = 1;
    a.article = true;
    a.end = i + 1;
  } else {
    return std::nullopt;
  }
  // "two and a half"
  if (!a.vague && Is(a.end, Keyword::kAnd) && Is(a.end + 1, Keyword::kA) && Is(a.end + 2, Keyword::kHalf)) {
    a.value += 0.5;
    a.end += 3;
  }
  // A range: "three or four", "12 to 18", "two-to-three".
  a.max_value = a.value;
  if (!a.vague && !a.article && (Is(a.end, Keyword::kOr) || Is(a.end, Keyword::kTo))) {
    if (auto upper = ParseAmount(a.end + 1, false); upper && !upper->vague && upper->value > a.value) {
      a.max_value = upper->value;
      a.end = upper->end;
    }
  }
  return a;
}

// [the] [past|next|first|latest ...] AMOUNT [more] UNIT [and a half] [or so] [ago|earlier|later|from now]
std::optional<Match> Grammar::DurationOrOffset(uint32_t i) const {
  uint32_t j = i;
  const bool the = Is(j, Keyword::kThe);
  if (the) ++j;
  enum class Qualifier { kNone, kPast, kFuture, kOther } qualifier = Qualifier::kNone;
  const Relative rel = Rel(j);
  if (rel == Relative::kLast || rel == Relative::kPrevious)
    qualifier = Qualifier::kPast;
  else if (rel == Relative::kNext || rel == Relative::kFollowing)
    qualifier = Qualifier::kFuture;
  else if (IsLower(j, "first") || Is(j, Keyword::kLatest) || Is(j, Keyword::kAdditional) || Is(j, Keyword::kFull) ||
           IsLower(j, "final") || IsLower(j, "initial") || IsLower(j, "remaining") || IsLower(j, "same"))
    qualifier = Qualifier::kOther;
  if (qualifier != Qualifier::kNone) ++j;
  // "the year-earlier nine months"
  if (the && qualifier == Qualifier::kNone && Is(j, Keyword::kYearAgo)) ++j, qualifier = Qualifier::kOther;
  // "a three-year period": the article belongs to the expression only with the noun after the adjective.
  if (!the && qualifier == Qualifier::kNone && Is(j, Keyword::kA)) {
    if (auto inner = ParseAmount(j + 1, false); inner && inner->end < n_ && p_[inner->end].joined &&
                                                UnitAt(inner->end) != Unit::kNone &&
                                                Is(inner->end + 1, Keyword::kPeriod))
      return MakeDuration(i, inner->end + 2, *inner, UnitAt(inner->end), false);
  }
  std::optional<Amount> amount = ParseAmount(j, /*allow_article=*/!the);
  if (!amount) return std::nullopt;  // "the coming weeks", "recent years": references, elsewhere
  uint32_t k = amount->end;
  // "20 more years", "eight trading days", "three straight quarters", "two full years"
  if (Is(k, Keyword::kAdditional)) ++k;
  if ((Is(k, Keyword::kCounted) || Is(k, Keyword::kFull)) && UnitAt(k + 1) != Unit::kNone) ++k;
  const Unit unit = UnitAt(k);
  if (unit == Unit::kNone) return std::nullopt;
  const bool plural = Info(k)->unit_plural;
  const bool adjective = p_[k].joined;                 // "two-year", "30-day"
  if (amount->article && plural) return std::nullopt;  // "a years" is not English
  if (the && amount->article) return std::nullopt;     // "the a year"
  // "the 1988 quarter" names a quarter of 1988; "three-quarters of" and "a quarter of" are fractions.
  if (!amount->article && !plural && !adjective && amount->value >= 1000) return std::nullopt;
  if (unit == Unit::kQuarter && ((Is(k + 1, Keyword::kOf) && !amount->vague) || (adjective && plural)))
    return std::nullopt;  // but "several quarters of losses" is time
  // "a second reason" is an ordinal.
  if (unit == Unit::kSecond && amount->article && WordFollows(k + 1)) return std::nullopt;
  uint32_t end = k + 1;
  // "Islam will one day be ...": after a modal verb, "one day" is some day in the future.
  if (!the && qualifier == Qualifier::kNone && IsLower(j, "one") && unit == Unit::kDay && !plural && !adjective &&
      i > 0 && IsModal(i - 1)) {
    Match m;
    m.begin = i, m.end = end;
    m.spec.kind = Spec::Kind::kLiteral;
    m.spec.literal = "FUTURE_REF";
    m.spec.anchored = true;
    return m;
  }
  // "the two-week trading halt": the determiner belongs to the noun phrase, not to the adjective; "a one-year
  // term" keeps its noun.
  uint32_t begin = i;
  if (adjective && qualifier == Qualifier::kNone) begin = j;
  if (adjective && Is(end, Keyword::kPeriod)) ++end;
  Amount total = *amount;
  if (Is(end, Keyword::kAnd) && Is(end + 1, Keyword::kA) && Is(end + 2, Keyword::kHalf)) {
    total.value += 0.5, total.max_value += 0.5;
    end += 3;
  }
  std::string mod;
  if (Is(end, Keyword::kOr) && Is(end + 1, Keyword::kSo)) {
    mod = "APPROX";
    end += 2;
  }
  // Ages ("52 years old", "a 136-year-old company") describe a thing, not the time of the story.
  if (IsLower(end, "old") && !Is(end + 1, Keyword::kPeriod)) return std::nullopt;
  // Offsets from a reference: "two years ago", "a day earlier", "three weeks from now".
  if (qualifier == Qualifier::kNone && !the && !adjective) {
    int sign = 0;
    bool from_previous = false;
    uint32_t after = end;
    if (Is(end, Keyword::kAgo)) {
      sign = -1, after = end + 1;
    } else if (Is(end, Keyword::kFrom) && Is(end + 1, Keyword::kNow)) {
      sign = 1, after = end + 2;
    } else if (IsLower(end, "hence")) {
      sign = 1, after = end + 1;
    } else if ((Is(end, Keyword::kEarlier) || Is(end, Keyword::kLater)) && !IsTimeUnit(unit) &&
               !IsLower(end, "later")) {
      // "two days before the vote" is a duration before an event: only the bare adverb is an offset. Hours and
      // minutes later need a clock time to count from, which news rarely gives: those stay durations. "Three
      // days later" is the TimeML duration "three days" followed by a signal, "later".
      const bool adverb = IsLower(end, "earlier") || !WordFollows(end + 1);
      if (adverb) sign = Is(end, Keyword::kEarlier) ? -1 : 1, after = end + 1, from_previous = true;
    }
    if (sign != 0) return MakeOffset(i, after, total, unit, sign, from_previous, mod);
  }
  if (amount->article && !adjective && IsRateContext(i)) return std::nullopt;
  Match m = MakeDuration(begin, end, total, unit, qualifier == Qualifier::kPast || qualifier == Qualifier::kFuture);
  if (!mod.empty()) m.spec.mod = mod;
  // "the nine months", "the first six months", "the latest nine months": the year so far, in results.
  m.spec.year_to_date = the && !adjective && !amount->vague && unit == Unit::kMonth &&
                        (amount->value == 6 || amount->value == 9) && amount->max_value == amount->value &&
                        (qualifier == Qualifier::kNone || IsLower(j - 1, "first") || Is(j - 1, Keyword::kLatest));
  return m;
}

bool Grammar::IsModal(uint32_t i) const {
  static constexpr std::string_view kModals[] = {"will", "'ll", "would", "could", "may",   "might",
                                                 "can",  "shall", "should", "must", "wo"};
  for (std::string_view w : kModals)
    if (IsLower(i, w)) return true;
  return false;
}

bool Grammar::IsRateContext(uint32_t i) const {
  if (i == 0) return false;
  const Piece& prev = p_[i - 1];
  if (prev.shape == Shape::kInteger || prev.shape == Shape::kDecimal || prev.shape == Shape::kGroupedInteger ||
      prev.shape == Shape::kSymbol)
    return true;
  static constexpr std::string_view kRateWords[] = {"percent", "cents",  "million", "billion", "trillion",
                                                    "dollars", "pounds", "euros",   "points",  "times",
                                                    "once",    "twice",  "%",       "share",   "apiece"};
  for (std::string_view w : kRateWords)
    if (prev.lower == w) return true;
  // A plural noun just before: "seats a week", "barrels a day".
  return prev.shape == Shape::kWord && !prev.info && !prev.capitalized && prev.lower.size() > 3 &&
         prev.lower.back() == 's' && prev.lower[prev.lower.size() - 2] != 's';
}

Match Grammar::MakeDuration(uint32_t begin, uint32_t end, const Amount& amount, Unit unit, bool anchored) const {
  Match m;
  m.begin = begin, m.end = end;
  m.spec.type = TimexType::kDuration;
  m.spec.kind = Spec::Kind::kLiteral;
  m.spec.literal = DurationValue(amount.value, unit, amount.vague);
  m.spec.anchored = anchored;
  if (amount.max_value > amount.value) m.spec.mod = "EQUAL_OR_MORE";  // a range: its lower bound, at least
  return m;
}

std::optional<Match> Grammar::MakeOffset(uint32_t begin, uint32_t end, const Amount& amount, Unit unit, int sign,
                                         bool from_previous, const std::string& mod) const {
  Match m;
  m.begin = begin, m.end = end;
  m.spec.type = TimexType::kDate;
  m.spec.mod = mod;
  if (amount.vague || amount.max_value > amount.value) {
    m.spec.kind = Spec::Kind::kLiteral;
    m.spec.literal = sign < 0 ? "PAST_REF" : "FUTURE_REF";
    m.spec.anchored = true;
    return m;
  }
  if (IsTimeUnit(unit)) {
    m.spec.type = TimexType::kTime;
    m.spec.kind = Spec::Kind::kOffset;
    m.spec.unit = Unit::kDay;
    m.spec.offset = 0;
    m.spec.granularity = Granularity::kDay;
    m.spec.from_previous = from_previous;
    return m;
  }
  double value = amount.value;
  if (value != std::floor(value)) {  // "2 1/2 years ago": to months
    if (unit == Unit::kYear)
      value *= 12, unit = Unit::kMonth;
    else if (unit == Unit::kWeek)
      value *= 7, unit = Unit::kDay;
  }
  m.spec.kind = Spec::Kind::kOffset;
  m.spec.unit = unit;
  m.spec.offset = sign * static_cast<int>(std::lround(value));
  m.spec.granularity = GranularityOf(unit);
  m.spec.from_previous = from_previous;
  m.spec.previous_if_recent = !from_previous && unit == Unit::kYear;
  m.spec.keep_granularity = unit == Unit::kYear;
  return m;
}

std::optional<Match> Grammar::RelativeUnit(uint32_t i) const {
  uint32_t j = i;
  const bool the = Is(j, Keyword::kThe);
  if (the) ++j;
  Relative rel = Rel(j);
  bool that = false, same = false, latest = false, year_ago = false;
  if (rel != Relative::kNone) {
    ++j;
    // "this past week", "this coming weekend"
    if (rel == Relative::kThis && (Rel(j) == Relative::kLast || Rel(j) == Relative::kNext) && !IsLower(j, "last")) {
      rel = Rel(j);
      ++j;
    }
  } else if (!the && Is(j, Keyword::kThat)) {
    that = true, ++j;
  } else if (the && (Is(j, Keyword::kSame) || (Is(j, Keyword::kComparable) && !Is(j + 1, Keyword::kYearAgo)))) {
    same = true, ++j;
  } else if (the && Is(j, Keyword::kLatest)) {
    latest = true, ++j;
  } else if (the && Is(j, Keyword::kFull) && UnitAt(j + 1) == Unit::kYear) {
    ++j;  // "the full year": this year
  } else if (Is(j, Keyword::kYearAgo)) {
    year_ago = true, ++j;
    if (the && IsLower(j, "comparable")) ++j;
  } else if (the && Is(j, Keyword::kComparable) && Is(j + 1, Keyword::kYearAgo)) {
    year_ago = true, j += 2;
  } else if (!the) {
    return std::nullopt;
  }
  const bool fiscal = Is(j, Keyword::kFiscal);
  if (fiscal) ++j;
  Unit unit = UnitAt(j);
  bool period_word = false;
  if (unit == Unit::kNone && Is(j, Keyword::kPeriod) && IsLower(j, "period") &&
      (latest || year_ago || same || (the && rel == Relative::kNone && YearBack(j + 1))))
    period_word = true;
  if (unit == Unit::kNone && !period_word) {
    if (!year_ago) return std::nullopt;
    // "year-earlier" alone, as in "year-earlier results": the period under discussion, a year before.
    Match m;
    m.begin = the ? i + 1 : i;
    m.end = j;
    m.spec.kind = Spec::Kind::kOffset;
    m.spec.unit = Unit::kYear;
    m.spec.offset = -1;
    m.spec.granularity = Granularity::kYear;
    m.spec.from_previous = true;
    m.spec.keep_granularity = true;
    return m;
  }
  if (!period_word && Info(j)->unit_plural) return std::nullopt;
  if (p_[j].joined && j > i) return std::nullopt;  // "present-day Russia", "next-day delivery": adjectives
  if (unit == Unit::kSecond || unit == Unit::kMinute || unit == Unit::kHour || unit == Unit::kFortnight)
    return std::nullopt;
  if (fiscal && unit != Unit::kYear && unit != Unit::kQuarter) return std::nullopt;
  uint32_t end = j + 1;
  // "the quarter a year ago", "the corresponding period last year": the period under discussion, a year back.
  if (the && rel == Relative::kNone && !that && !latest && !year_ago && (unit == Unit::kQuarter || period_word)) {
    if (const uint32_t back = YearBack(end)) year_ago = true, same = false, end += back;
  }
  Match m;
  m.begin = i;
  // "the year ended March 31", "the fiscal year ending June 30": a twelve-month accounting period.
  if (the && rel == Relative::kNone && !that && !same && !latest && !year_ago && unit == Unit::kYear &&
      (IsLower(end, "ended") || IsLower(end, "ending"))) {
    m.end = end;
    m.spec.type = TimexType::kDuration;
    m.spec.kind = Spec::Kind::kLiteral;
    m.spec.literal = "P1Y";
    return m;
  }
  m.spec.type = TimexType::kDate;
  m.spec.kind = Spec::Kind::kOffset;
  m.spec.unit = period_word ? Unit::kQuarter : unit;
  m.spec.granularity = GranularityOf(m.spec.unit);
  if (year_ago) {
    // The period under discussion, a year before: "the year-earlier quarter", "year-ago results".
    m.spec.unit = Unit::kYear;
    m.spec.offset = -1;
    m.spec.from_previous = true;
    m.spec.keep_granularity = true;
  } else if (latest) {
    m.spec.offset = -1;  // the latest complete one, or the one under discussion ("the latest period")
    m.spec.discussed = true;
  } else if (that || same) {
    m.spec.offset = 0;
    m.spec.from_previous = true;
  } else {
    switch (rel) {
      case Relative::kLast: m.spec.offset = -1; break;
      case Relative::kNext:
        m.spec.offset = 1;
        m.spec.from_previous = the;
        break;
      case Relative::kThis: m.spec.offset = 0; break;
      case Relative::kPrevious:
        m.spec.offset = -1;
        m.spec.from_previous = true;
        break;
      case Relative::kFollowing:
        m.spec.offset = 1;
        m.spec.from_previous = true;
        break;
      case Relative::kNone:
        if ((Is(end, Keyword::kEarlier) || Is(end, Keyword::kLater)) && !WordFollows(end + 1)) {
          // "the day before", "the year after": from the last date mentioned.
          m.spec.offset = Is(end, Keyword::kEarlier) ? -1 : 1;
          m.spec.from_previous = true;
          ++end;
          break;
        }
        // "the year", "the week", "the quarter": the current one (the quarter under discussion in reports);
        // "the day" and "the weekend" alone are too vague to place this way.
        if (unit == Unit::kDay || unit == Unit::kWeekend) return std::nullopt;
        m.spec.offset = 0;
        if (unit == Unit::kQuarter) m.spec.offset = -1, m.spec.discussed = true;
        break;
    }
  }
  // "This Week", "Next Year" in mid-sentence capitals are titles (of shows, of columns).
  if (i > 0 && p_[j].capitalized && p_[i].capitalized && j > i) return std::nullopt;
  if (Is(end, Keyword::kOr) && Is(end + 1, Keyword::kSo)) {  // "the next year or so"
    m.spec.mod = "APPROX";
    end += 2;
  }
  m.end = end;
  return m;
}

uint32_t Grammar::YearBack(uint32_t i) const {
  const bool one_year = UnitAt(i + 1) == Unit::kYear && !Info(i + 1)->unit_plural;
  if (!one_year) return 0;
  if (Is(i, Keyword::kA) && (Is(i + 2, Keyword::kAgo) || IsLower(i + 2, "earlier"))) return 3;
  if (IsLower(i, "last")) return 2;
  if (Is(i, Keyword::kThe) && IsLower(i + 2, "before")) return 3;
  return 0;
}

// "the weekend": a named period placed by tense; "the day" alone is too vague to tag.
std::optional<Match> Grammar::Weekend(uint32_t i) const {
  uint32_t j = i;
  if (!Is(j, Keyword::kThe)) return std::nullopt;
  ++j;
  if (UnitAt(j) != Unit::kWeekend || Info(j)->unit_plural) return std::nullopt;
  Match m;
  m.begin = i, m.end = j + 1;
  m.spec.kind = Spec::Kind::kNamed;
  m.spec.named.weekend = true;
  return m;
}

std::optional<Match> Grammar::VagueReference(uint32_t i) const {
  uint32_t j = i;
  // "in recent months" is read as one adverbial, like "recently" (the reference article's convention).
  const bool in = Is(j, Keyword::kIn) && Is(j + 1, Keyword::kRecent);
  if (in) ++j;
  const bool the = Is(j, Keyword::kThe);
  if (the) ++j;
  std::string value;
  if (Is(j, Keyword::kRecent) || Rel(j) == Relative::kLast)
    value = "PAST_REF";
  else if (Rel(j) == Relative::kNext || IsLower(j, "future"))
    value = "FUTURE_REF";
  else
    return std::nullopt;
  ++j;
  // "recent weeks and months"
  const Unit unit = UnitAt(j);
  if (unit == Unit::kNone || !Info(j)->unit_plural) return std::nullopt;
  uint32_t end = j + 1;
  if (Is(end, Keyword::kAnd) && UnitAt(end + 1) != Unit::kNone && Info(end + 1)->unit_plural) end += 2;
  if (IsLower(end, "ahead")) ++end;
  Match m;
  m.begin = i, m.end = end;
  m.spec.kind = Spec::Kind::kLiteral;
  m.spec.literal = value;
  m.spec.anchored = true;
  return m;
}

// "the weeks ahead", "for years", "decades": an unknown number of units.
std::optional<Match> Grammar::BarePlural(uint32_t i) const {
  uint32_t j = i;
  const bool the = Is(j, Keyword::kThe);
  const bool for_ = !the && (Is(j, Keyword::kFor) || Is(j, Keyword::kWithin));
  const Unit unit = UnitAt(the ? j + 1 : j);
  if (for_) {
    // "for years": the preposition stays outside; the match starts at the unit.
    return std::nullopt;
  }
  if (unit == Unit::kNone || !Info(the ? j + 1 : j)->unit_plural) return std::nullopt;
  const uint32_t u = the ? j + 1 : j;
  uint32_t end = u + 1;
  if (!the && Is(end, Keyword::kAgo)) {  // "years ago"
    Match m;
    m.begin = i, m.end = end + 1;
    m.spec.kind = Spec::Kind::kLiteral;
    m.spec.literal = "PAST_REF";
    m.spec.anchored = true;
    return m;
  }
  const bool ahead = IsLower(end, "ahead");
  if (ahead) ++end;
  // Bare plurals are time expressions after "for"/"in" ("for years"), as "the years ahead", "over the years", and
  // before "of" ("after months of talks", "heady days of growth").
  const bool after_for = u > 0 && (Is(u - 1, Keyword::kFor) || (Is(u - 1, Keyword::kIn) && !the) ||
                                   Is(u - 1, Keyword::kWithin) || Is(u - 1, Keyword::kDuring));
  const bool over_the = the && i > 0 && IsLower(i - 1, "over");
  const bool of_after = !the && Is(end, Keyword::kOf) && u > 0 && p_[u - 1].shape == Shape::kWord &&
                        !Info(u - 1) && !p_[u - 1].capitalized;  // not after a number or a determiner
  if (!ahead && !over_the && !of_after && !(after_for && !the)) return std::nullopt;
  if (unit == Unit::kWeekend) return std::nullopt;
  Match m;
  m.begin = i, m.end = end;
  m.spec.type = TimexType::kDuration;
  m.spec.kind = Spec::Kind::kLiteral;
  m.spec.literal = DurationValue(0, unit, /*vague=*/true);
  return m;
}

// "for a while": an unknown amount of unknown units.
std::optional<Match> Grammar::AWhile(uint32_t i) const {
  if (!Is(i, Keyword::kA) || !Is(i + 1, Keyword::kWhile) || i == 0 || !Is(i - 1, Keyword::kFor))
    return std::nullopt;
  Match m;
  m.begin = i, m.end = i + 2;
  m.spec.type = TimexType::kDuration;
  m.spec.kind = Spec::Kind::kLiteral;
  m.spec.literal = "PXX";
  return m;
}

// "(later) in the day", "in the morning": that part of the day the narrative is on (the last date mentioned,
// else the document date).
std::optional<Match> Grammar::InTheDay(uint32_t i) const {
  if (!Is(i, Keyword::kThe) || i == 0 || !Is(i - 1, Keyword::kIn)) return std::nullopt;
  const WordInfo* w = Info(i + 1);
  if (!w || p_[i + 1].joined) return std::nullopt;
  // "in the morning paper" is a noun phrase: only function words may follow.
  if (WordFollows(i + 2) && !Info(i + 2) && !p_[i + 2].capitalized) {
    static constexpr std::string_view kFunctionWords[] = {"and", "but", "when", "as", "because", "after", "before"};
    bool function_word = false;
    for (std::string_view f : kFunctionWords) function_word |= IsLower(i + 2, f);
    if (!function_word) return std::nullopt;
  }
  const bool day = w->unit == Unit::kDay && !w->unit_plural;
  const bool part = w->part_of_day[0] && !w->part_of_day_plural && !IsLower(i + 1, "overnight") &&
                    !IsLower(i + 1, "night");
  // "the day" alone is too vague: "later in the day" and "earlier in the day" place it.
  if (day && !(i >= 2 && (IsLower(i - 2, "later") || IsLower(i - 2, "earlier")))) return std::nullopt;
  if (!day && !part) return std::nullopt;
  Match m;
  m.begin = i, m.end = i + 2;
  m.spec.kind = Spec::Kind::kOffset;
  m.spec.unit = Unit::kDay;
  m.spec.granularity = Granularity::kDay;
  m.spec.from_previous = true;
  if (part) {
    m.spec.type = TimexType::kTime;
    std::copy_n(w->part_of_day, 3, m.spec.part_of_day);
  }
  return m;
}

// "today is the eighth day of the operation", "it's the second day of an offensive": the document date.
std::optional<Match> Grammar::NthDayOf(uint32_t i) const {
  if (i == 0 || !(IsLower(i - 1, "is") || IsLower(i - 1, "'s"))) return std::nullopt;
  const uint32_t j = Is(i, Keyword::kThe) ? i + 1 : i;
  if (!Info(j) || Info(j)->ordinal < 1 || UnitAt(j + 1) != Unit::kDay || Info(j + 1)->unit_plural ||
      !Is(j + 2, Keyword::kOf))
    return std::nullopt;
  Match m;
  m.begin = i, m.end = j + 2;
  m.spec.kind = Spec::Kind::kOffset;
  m.spec.unit = Unit::kDay;
  m.spec.granularity = Granularity::kDay;
  return m;
}

}  // namespace newsgraph::timex
