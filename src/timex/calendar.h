// Calendar periods as TimeML names them: the year, quarter, month, ISO week ... that contains a day, with the
// arithmetic that "next month" or "a year earlier" needs, and the choice of which February "in February" means.
//
//   Period p{Granularity::kWeek, Date{2025, 4, 22}};
//   FormatPeriod(p);                           // "2025-W17"
//   FormatPeriod(ShiftPeriod(p, Unit::kWeek, 1));  // "2025-W18"
//
// All functions are pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/document.h"
#include "timex/lexicon.h"

namespace newsgraph::timex {

// From the coarsest to the finest.
enum class Granularity : uint8_t {
  kMillennium,
  kCentury,
  kDecade,
  kYear,
  kHalf,
  kQuarter,
  kSeason,
  kMonth,
  kWeek,
  kWeekend,
  kDay,
};

// The period of `granularity` that contains `date`. Seasons are meteorological (winter = December to February,
// named by the year of its January: December 2024 is in 2025-WI).
struct Period {
  Granularity granularity = Granularity::kDay;
  Date date;
};

// The TimeML value: "2", "20" (the 2000s century), "202" (the 2020s), "2025", "2025-H1", "2025-Q2", "2025-SU",
// "2025-04", "2025-W17", "2025-W17-WE", "2025-04-22".
std::string FormatPeriod(const Period& period);
// The same kind of value with X for every digit ("XXXX-WXX"), for relative expressions without a reference date.
std::string UnknownValue(Granularity granularity);

// Counts periods: consecutive periods of one granularity have consecutive indexes.
int64_t PeriodIndex(Date date, Granularity granularity);

// The date `months` months away, the day clamped to the month's length (Jan 31 + 1 month = Feb 28).
Date AddMonths(const Date& date, int64_t months);
// `period` moved by `count` units (negative: earlier); the granularity is kept.
Period ShiftPeriod(const Period& period, Unit unit, int64_t count);
// The granularity a unit names ("week" -> kWeek); kDay for units below a day.
Granularity GranularityOf(Unit unit);

// Where a named period ("February", "Thursday", "the third quarter") lies relative to a reference day.
enum class Placement : uint8_t {
  kPastOrSame,    // the latest one not after the reference's period ("in February", past tense)
  kFutureOrSame,  // the earliest one not before it ("on Thursday", future tense)
  kBefore,        // strictly before ("last May")
  kAfter,         // strictly after ("next Tuesday")
  kSame,          // the one in the same year (week for weekdays): "this May", "this Friday"
  kNearest,       // the closest, future distances counting 1.5 times (the past wins near ties)
  kLeanPast,      // the closest, future distances counting 6 times ("said ... in December", "extended to Nov. 16")
  kLeanFuture,    // the closest, past distances counting 6 times ("will ... in January")
};

// What is named. Exactly one of weekday, weekend, (month, day), month, quarter, half, season, easter is set.
struct NamedPeriod {
  int weekday = 0;       // 1..7
  bool weekend = false;  // "the weekend"
  int month = 0;
  int day = 0;  // with month
  int on_weekday = 0;  // with month and day: the first such weekday on or after it (Thanksgiving: Thursday from Nov 22)
  int quarter = 0;
  int half = 0;
  int season = 0;  // 1 WI, 2 SP, 3 SU, 4 FA
  int easter_offset = 0;
  bool easter = false;

  Granularity granularity() const;
  // The instance in `year`; nullopt for weekdays and weekends (placed by the week) and impossible days (Feb 29).
  std::optional<Period> InYear(int year) const;
};

std::optional<Period> Place(const NamedPeriod& named, const Date& reference, Placement placement);

// Western Easter Sunday of `year` (Gregorian).
Date EasterSunday(int year);

}  // namespace newsgraph::timex
