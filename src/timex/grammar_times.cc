// Clock times, recurrences, the phrase table and the wrappers (the grammar: timex/grammar.h).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "timex/grammar.h"

namespace newsgraph::timex {

std::optional<Clock> Grammar::ClockTime(uint32_t i) const {
  if (i >= n_) return std::nullopt;
  const Piece& p = p_[i];
  int hour = -1, minute = 0, meridiem = 0;
  uint32_t j = i + 1;
  if (p.shape == Shape::kClock) {
    hour = p.a, minute = p.b, meridiem = p.c;
  } else if (p.shape == Shape::kInteger && p.digits <= 2 && p.number >= 1 && p.number <= 12) {
    hour = static_cast<int>(p.number);
  } else if (Info(i) && Info(i)->number >= 1 && Info(i)->number <= 12 && !Is(i, Keyword::kA) && Info(i + 1) &&
             (Info(i + 1)->meridiem || Is(i + 1, Keyword::kOclock))) {
    hour = Info(i)->number;
  } else if (Info(i) && Info(i)->clock_minutes >= 0) {
    Clock c;
    c.minutes = Info(i)->clock_minutes;
    c.end = i + 1;
    return c;
  } else {
    return std::nullopt;
  }
  if (!meridiem && Info(j) && Info(j)->meridiem) meridiem = Info(j)->meridiem, ++j;
  const bool oclock = !meridiem && Is(j, Keyword::kOclock);
  if (oclock) ++j;
  if (p.shape != Shape::kClock && !meridiem && !oclock) return std::nullopt;
  if (meridiem && (hour < 1 || hour > 12)) return std::nullopt;
  if (p.shape == Shape::kClock && !meridiem && p.c == 0 && i > 0 && p_[i - 1].shape == Shape::kSymbol)
    return std::nullopt;
  if (meridiem == 2 && hour < 12) hour += 12;
  if (meridiem == 1 && hour == 12) hour = 0;
  Clock c;
  c.minutes = hour * 60 + minute;
  c.end = j;
  return c;
}

std::optional<Match> Grammar::ClockExpression(uint32_t i) const {
  auto clock = ClockTime(i);
  if (!clock) return std::nullopt;
  uint32_t j = clock->end;
  const char* zone = nullptr;
  if (Info(j) && Info(j)->is_zone && p_[j].has_upper)  // "EST", not "et"
    zone = Info(j)->zone_offset, ++j;
  else if (Is(j, Keyword::kLocal) && Is(j + 1, Keyword::kTime))
    j += 2;
  Match m;
  m.begin = i, m.end = j;
  m.spec.zone = zone;
  m.spec.type = TimexType::kTime;
  m.spec.kind = Spec::Kind::kOffset;
  m.spec.unit = Unit::kDay;
  m.spec.granularity = Granularity::kDay;
  m.spec.clock_minutes = clock->minutes;
  // The day it is on: "5 p.m. EST, Nov. 9", "noon Thursday", "10 a.m. tomorrow" are one expression; in "6 a.m. on
  // March 17" the preposition parts two, but the time is still on that day.
  const bool on = Is(j, Keyword::kOn);
  const uint32_t k = IsPunct(j, ",") || on ? j + 1 : j;
  std::optional<Match> day;
  KeepLongest(&day, Weekday(k));
  KeepLongest(&day, MonthDayYear(k));
  KeepLongest(&day, DayWord(k));
  // "on Thursday at 5 p.m.": the day just before "at".
  bool day_before = false;
  if (!day && i >= 2 && Is(i - 1, Keyword::kAt)) {
    for (uint32_t start = i >= 6 ? i - 6 : 0; start + 1 < i && !day; ++start) {
      std::optional<Match> before;
      KeepLongest(&before, Weekday(start));
      KeepLongest(&before, MonthDayYear(start));
      KeepLongest(&before, DayWord(start));
      if (before && before->end == i - 1) day = before, day_before = true;
    }
  }
  if (day && day->spec.type == TimexType::kDate) {
    Spec spec = day->spec;
    spec.type = TimexType::kTime;
    spec.clock_minutes = clock->minutes;
    spec.zone = zone;
    m.spec = spec;
    if (!on && !day_before) m.end = day->end;
  }
  return m;
}

std::optional<Match> Grammar::Recurrence(uint32_t i) const {
  Match m;
  m.begin = i;
  m.spec.type = TimexType::kSet;
  m.spec.kind = Spec::Kind::kLiteral;
  if (const WordInfo* w = Info(i); w && w->every[0]) {
    m.spec.quant = w->every;
    uint32_t j = i + 1;
    if (Is(j, Keyword::kOther)) {  // "every other week"
      if (UnitAt(j + 1) == Unit::kNone) return std::nullopt;
      m.spec.literal = DurationValue(2, UnitAt(j + 1), false);
      m.end = j + 2;
      return m;
    }
    if (auto amount = ParseAmount(j, false); amount && !amount->vague && UnitAt(amount->end) != Unit::kNone) {
      m.spec.literal = DurationValue(amount->value, UnitAt(amount->end), false);
      m.end = amount->end + 1;
      return m;
    }
    const WordInfo* x = Info(j);
    if (!x) return std::nullopt;
    char buffer[32];
    if (x->unit != Unit::kNone && !x->unit_plural) {
      if (x->unit == Unit::kWeekend)
        m.spec.literal = "XXXX-WXX-WE";
      else
        m.spec.literal = DurationValue(1, x->unit, false);
      m.end = j + 1;
      return m;
    }
    if (x->weekday) {
      std::snprintf(buffer, sizeof buffer, "XXXX-WXX-%d", x->weekday);
      m.spec.literal = buffer;
      m.end = j + 1;
      if (const WordInfo* part = Info(j + 1); part && part->part_of_day[0]) {
        m.spec.literal += std::string("T") + part->part_of_day;
        ++m.end;
      }
      return m;
    }
    if (x->month && IsFullMonthName(j)) {
      std::snprintf(buffer, sizeof buffer, "XXXX-%02d", x->month);
      m.spec.literal = buffer;
      m.end = j + 1;
      return m;
    }
    if (x->season) {
      static constexpr const char* kSeason[] = {"", "WI", "SP", "SU", "FA"};
      m.spec.literal = std::string("XXXX-") + kSeason[x->season];
      m.end = j + 1;
      return m;
    }
    if (x->part_of_day[0] && !x->part_of_day_plural) {
      m.spec.literal = std::string("XXXX-XX-XXT") + x->part_of_day;
      m.end = j + 1;
      return m;
    }
    return std::nullopt;
  }
  // "once a year", "twice a week", "three times a month", "five times per day"
  int times = 0;
  uint32_t j = i;
  if (Is(j, Keyword::kOnce))
    times = 1, ++j;
  else if (Is(j, Keyword::kTwice))
    times = 2, ++j;
  else if (auto amount = ParseAmount(j, false); amount && !amount->vague && Is(amount->end, Keyword::kTimes))
    times = static_cast<int>(amount->value), j = amount->end + 1;
  if (times > 0) {
    if (!(Is(j, Keyword::kA) || Is(j, Keyword::kPer) || (Info(j) && Info(j)->every[0]))) return std::nullopt;
    const Unit unit = UnitAt(j + 1);
    if (unit == Unit::kNone || Info(j + 1)->unit_plural) return std::nullopt;
    m.spec.literal = DurationValue(1, unit, false);
    m.spec.freq = std::to_string(times) + "X";
    m.end = j + 2;
    return m;
  }
  // "Mondays", "Tuesday nights"
  if (const WordInfo* w = Info(i); w && (w->weekday_plural || w->weekday)) {
    const WordInfo* part = Info(i + 1);
    const bool plural_part = part && part->part_of_day[0] && part->part_of_day_plural;
    if (w->weekday_plural || plural_part) {
      if (!p_[i].capitalized) return std::nullopt;
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "XXXX-WXX-%d", w->weekday_plural ? w->weekday_plural : w->weekday);
      m.spec.literal = buffer;
      m.end = i + 1;
      if (part && part->part_of_day[0]) {
        m.spec.literal += std::string("T") + part->part_of_day;
        ++m.end;
      }
      return m;
    }
  }
  return std::nullopt;
}

std::optional<Match> Grammar::PhraseAt(uint32_t i) const {
  if (i >= n_ || !p_[i].info || !p_[i].info->starts_phrase) return std::nullopt;
  const auto* phrases = p_[i].info->phrases;
  if (!phrases) return std::nullopt;
  for (const Phrase* phrase : *phrases) {
    if (phrase->kind == PhraseKind::kMod || phrase->kind == PhraseKind::kTense) continue;
    if (i + phrase->words.size() > n_) continue;
    bool ok = true;
    for (size_t w = 1; w < phrase->words.size() && ok; ++w) ok = p_[i + w].lower == phrase->words[w];
    if (!ok) continue;
    const uint32_t end = i + static_cast<uint32_t>(phrase->words.size());
    // "the long-term outlook": a hyphenated phrase is an adjective.
    if (phrase->words.size() > 1 && p_[end - 1].joined) continue;
    Match m;
    m.begin = i, m.end = end;
    if (phrase->kind == PhraseKind::kRef) {
      m.spec.type = phrase->type == "TIME" ? TimexType::kTime : TimexType::kDate;
      m.spec.kind = Spec::Kind::kLiteral;
      m.spec.literal = phrase->value;
      m.spec.anchored = true;
    } else if (phrase->kind == PhraseKind::kSet) {
      // "annual sales" is a rate; "an annual summit" recurs.
      if (end < n_ && p_[end].info && p_[end].info->rate_noun) return std::nullopt;
      if (Is(end, Keyword::kOf)) return std::nullopt;  // "its initial quarterly of five cents"
      m.spec.type = TimexType::kSet;
      m.spec.kind = Spec::Kind::kLiteral;
      m.spec.literal = phrase->value;
      m.spec.quant = phrase->quant;
      if (phrase->words.size() >= 2 && (phrase->words[0] == "every" || phrase->words[0] == "each"))
        m.spec.quant = phrase->words[0] == "every" ? "EVERY" : "EACH";
    } else {
      // Holidays are names: capitalised in text ("Christmas"), placed like "May 19".
      if (!p_[i].capitalized) return std::nullopt;
      m.spec.kind = Spec::Kind::kNamed;
      if (phrase->value.rfind("EASTER", 0) == 0) {
        m.spec.named.easter = true;
        m.spec.named.easter_offset = phrase->value.size() > 6 ? std::stoi(phrase->value.substr(6)) : 0;
      } else {
        m.spec.named.month = std::stoi(phrase->value.substr(0, 2));
        m.spec.named.day = std::stoi(phrase->value.substr(3, 2));
        if (phrase->value.size() > 6 && phrase->value[5] == '/')  // "11-22/4": the Thursday from November 22
          m.spec.named.on_weekday = std::stoi(phrase->value.substr(6));
      }
      if (auto y = Year(end, false); y && p_[end].shape == Shape::kInteger) {
        m.spec.kind = Spec::Kind::kAbsolute;
        m.spec.period = *m.spec.named.InYear(y->first);
        m.end = y->second;
      }
    }
    return m;
  }
  return std::nullopt;
}

// "year-end", "year end", "year's end", "the end of the year" (the last via WithPosition).
std::optional<Match> Grammar::YearEnd(uint32_t i) const {
  if (UnitAt(i) != Unit::kYear || Info(i)->unit_plural) return std::nullopt;
  uint32_t j = i + 1;
  if (Is(j, Keyword::kApostropheS)) ++j;
  if (!IsLower(j, "end")) return std::nullopt;
  Match m;
  m.begin = i, m.end = j + 1;
  m.spec.kind = Spec::Kind::kOffset;
  m.spec.unit = Unit::kYear;
  m.spec.granularity = Granularity::kYear;
  m.spec.mod = "END";
  return m;
}

// "mid-afternoon", "late morning", "early evening" (today's), with an optional day: "mid-afternoon yesterday".
std::optional<Match> Grammar::PositionPartOfDay(uint32_t i) const {
  const WordInfo* w = Info(i);
  if (!w || !w->position[0]) return std::nullopt;
  if (!IsLower(i, "early") && !IsLower(i, "late") && !IsLower(i, "mid")) return std::nullopt;
  const WordInfo* part = Info(i + 1);
  if (!part || !part->part_of_day[0] || part->part_of_day_plural || IsLower(i + 1, "overnight")) return std::nullopt;
  Match m;
  m.begin = i, m.end = i + 2;
  m.spec.type = TimexType::kTime;
  m.spec.kind = Spec::Kind::kOffset;
  m.spec.unit = Unit::kDay;
  m.spec.mod = w->position;
  std::copy_n(part->part_of_day, 3, m.spec.part_of_day);
  std::optional<Match> day;
  KeepLongest(&day, Weekday(i + 2));
  KeepLongest(&day, DayWord(i + 2));
  if (day && day->spec.type == TimexType::kDate) {
    Spec spec = day->spec;
    spec.type = TimexType::kTime;
    spec.mod = m.spec.mod;
    std::copy_n(part->part_of_day, 3, spec.part_of_day);
    m.spec = spec;
    m.end = day->end;
  }
  return m;
}

std::optional<Match> Grammar::Core(uint32_t i) const {
  if (i >= n_) return std::nullopt;
  const Piece& p = p_[i];
  if (p.shape == Shape::kWord && (!p.info || !p.info->can_start)) return std::nullopt;  // the common case
  // A count before a plain word ("5 million", "20 people") starts nothing; a year may ("1990 levels").
  if ((p.shape == Shape::kInteger || p.shape == Shape::kGroupedInteger || p.shape == Shape::kDecimal) &&
      p.digits != 4 && i + 1 < n_ && p_[i + 1].shape == Shape::kWord && !p_[i + 1].info && !p_[i + 1].joined)
    return std::nullopt;
  // "the", "a", "in", "its" start an expression only before a time word or a number.
  if (p.info && p.info->keyword != Keyword::kNone && p.info->keyword != Keyword::kYearAgo && !p.info->phrases &&
      i + 1 < n_ && p_[i + 1].shape == Shape::kWord && !p_[i + 1].info)
    return std::nullopt;
  if (p.shape == Shape::kPunct || p.shape == Shape::kSymbol) return std::nullopt;
  std::optional<Match> best;
  KeepLongest(&best, PhraseAt(i));
  KeepLongest(&best, DurationOrOffset(i));
  KeepLongest(&best, RelativeUnit(i));
  KeepLongest(&best, Weekend(i));
  KeepLongest(&best, VagueReference(i));
  KeepLongest(&best, BarePlural(i));
  KeepLongest(&best, DayWord(i));
  KeepLongest(&best, AWhile(i));
  KeepLongest(&best, InTheDay(i));
  KeepLongest(&best, NthDayOf(i));
  KeepLongest(&best, PartOfDayRelative(i));
  KeepLongest(&best, Weekday(i));
  KeepLongest(&best, MonthDayYear(i));
  KeepLongest(&best, MonthName(i));
  KeepLongest(&best, YearExpression(i));
  KeepLongest(&best, DecadeOrCentury(i));
  KeepLongest(&best, QuarterOrHalf(i));
  KeepLongest(&best, Season(i));
  KeepLongest(&best, ClockExpression(i));
  KeepLongest(&best, Recurrence(i));
  KeepLongest(&best, YearEnd(i));
  KeepLongest(&best, PositionPartOfDay(i));
  return best;
}

// "early next year", "late yesterday", "mid-November", "the end of the year", "the early 1980s",
// "earlier this week", "later today", "earlier in the year".
std::optional<Match> Grammar::WithPosition(uint32_t i) const {
  uint32_t j = i;
  const bool the = Is(j, Keyword::kThe);
  if (the) ++j;
  const WordInfo* w = Info(j);
  if (!w) return std::nullopt;
  std::string mod;
  bool needs_of = false;
  if (w->position[0]) {
    mod = w->position;
    const std::string_view word = p_[j].lower;
    // "end", "beginning", "start", "middle", "close" are nouns: "the end of ..."; "early", "late", "mid" are not.
    needs_of = word != "early" && word != "late" && word != "mid";
    if (needs_of && !the) return std::nullopt;
  } else if (!the && (Is(j, Keyword::kEarlier) || Is(j, Keyword::kLater)) &&
             (IsLower(j, "earlier") || IsLower(j, "later"))) {
    mod = Is(j, Keyword::kEarlier) ? "START" : "END";
  } else {
    return std::nullopt;
  }
  ++j;
  if (needs_of) {
    if (!Is(j, Keyword::kOf)) return std::nullopt;
    ++j;
  } else if (Is(j, Keyword::kIn) && Is(j + 1, Keyword::kThe)) {
    ++j;  // "earlier in the year", "late in the day"
  }
  std::optional<Match> core = Core(j);
  if (!core || core->spec.type == TimexType::kDuration || core->spec.type == TimexType::kSet) return std::nullopt;
  if (core->spec.kind == Spec::Kind::kLiteral) return std::nullopt;
  // "late last year" and "the end of the year" are fine; "early the year" is not English.
  if (!needs_of && Is(j, Keyword::kThe) && !Is(j - 1, Keyword::kIn)) {
    // "the early 1980s" puts "the" first; "early the third quarter" is not a phrase.
    if (!(core->spec.kind == Spec::Kind::kAbsolute && core->spec.period.granularity == Granularity::kDecade))
      return std::nullopt;
  }
  if (the && !needs_of && Is(j, Keyword::kThe)) return std::nullopt;
  core->begin = i;
  if (core->spec.mod.empty()) core->spec.mod = mod;
  return core;
}

// "about two years ago", "more than four hours", "nearly 40 years", "around 7:15 p.m.", "up to 18 months".
std::optional<Match> Grammar::WithBound(uint32_t i) const {
  if (i >= n_ || !p_[i].info || !p_[i].info->starts_phrase) return std::nullopt;
  const auto* phrases = p_[i].info->phrases;
  if (!phrases) return std::nullopt;
  for (const Phrase* phrase : *phrases) {
    if (phrase->kind != PhraseKind::kMod) continue;
    if (i + phrase->words.size() > n_) continue;
    bool ok = true;
    for (size_t w = 1; w < phrase->words.size() && ok; ++w) ok = p_[i + w].lower == phrase->words[w];
    if (!ok) continue;
    const uint32_t j = i + static_cast<uint32_t>(phrase->words.size());
    std::optional<Match> core = Core(j);
    if (!core) continue;
    // A bound applies to an amount ("more than four hours", "about two years ago") or a clock time; only the
    // loosest ("around", "about") to a date ("around Nov. 1").
    const bool counted = IsNumberish(j) || (Info(j) && (Info(j)->number >= 0 || Is(j, Keyword::kA)));
    const bool approx = phrase->value == "APPROX";
    const bool amount_like =
        counted && (core->spec.type == TimexType::kDuration || core->spec.kind == Spec::Kind::kOffset ||
                    core->spec.literal == "PAST_REF" || core->spec.literal == "FUTURE_REF");
    const bool clock = core->spec.type == TimexType::kTime && core->spec.clock_minutes >= 0;
    const bool date = approx && phrase->words[0] != "some" && core->spec.type == TimexType::kDate &&
                      core->spec.kind != Spec::Kind::kLiteral;
    if (!amount_like && !clock && !date) continue;
    core->begin = i;
    core->spec.mod = phrase->value;
    return core;
  }
  return std::nullopt;
}

std::optional<Match> MatchAt(const std::vector<Piece>& pieces, uint32_t i) { return Grammar(pieces).Longest(i); }

}  // namespace newsgraph::timex
