// Calendar periods and placement, checked against slow, obviously correct references on many dates.
#include <gtest/gtest.h>

#include "timex/calendar.h"
#include "timex_test_util.h"

namespace newsgraph::timex {
namespace {

using testing::D;

std::string Format(Granularity g, Date d) { return FormatPeriod(Period{g, d}); }

TEST(TimexCalendar, FormatsEveryGranularity) {
  const Date d = D(2025, 4, 22);
  EXPECT_EQ(Format(Granularity::kMillennium, d), "2");
  EXPECT_EQ(Format(Granularity::kCentury, d), "20");
  EXPECT_EQ(Format(Granularity::kDecade, d), "202");
  EXPECT_EQ(Format(Granularity::kYear, d), "2025");
  EXPECT_EQ(Format(Granularity::kHalf, d), "2025-H1");
  EXPECT_EQ(Format(Granularity::kQuarter, d), "2025-Q2");
  EXPECT_EQ(Format(Granularity::kSeason, d), "2025-SP");
  EXPECT_EQ(Format(Granularity::kMonth, d), "2025-04");
  EXPECT_EQ(Format(Granularity::kWeek, d), "2025-W17");
  EXPECT_EQ(Format(Granularity::kWeekend, d), "2025-W17-WE");
  EXPECT_EQ(Format(Granularity::kDay, d), "2025-04-22");
  EXPECT_EQ(Format(Granularity::kCentury, D(1950, 1, 1)), "19");  // the 20th century
  EXPECT_EQ(Format(Granularity::kDecade, D(1989, 1, 1)), "198");
}

TEST(TimexCalendar, IsoWeeksAtYearEnds) {
  EXPECT_EQ(Format(Granularity::kWeek, D(2020, 12, 31)), "2020-W53");
  EXPECT_EQ(Format(Granularity::kWeek, D(2021, 1, 3)), "2020-W53");
  EXPECT_EQ(Format(Granularity::kWeek, D(2021, 1, 4)), "2021-W01");
  EXPECT_EQ(Format(Granularity::kWeek, D(2024, 12, 30)), "2025-W01");
}

TEST(TimexCalendar, SeasonsAreMeteorological) {
  EXPECT_EQ(Format(Granularity::kSeason, D(2024, 12, 10)), "2025-WI");  // December opens the next year's winter
  EXPECT_EQ(Format(Granularity::kSeason, D(2025, 2, 28)), "2025-WI");
  EXPECT_EQ(Format(Granularity::kSeason, D(2025, 6, 1)), "2025-SU");
  EXPECT_EQ(Format(Granularity::kSeason, D(2025, 11, 30)), "2025-FA");
}

TEST(TimexCalendar, UnknownValuesKeepTheShape) {
  EXPECT_EQ(UnknownValue(Granularity::kDay), "XXXX-XX-XX");
  EXPECT_EQ(UnknownValue(Granularity::kWeek), "XXXX-WXX");
  EXPECT_EQ(UnknownValue(Granularity::kMonth), "XXXX-XX");
  EXPECT_EQ(UnknownValue(Granularity::kYear), "XXXX");
  EXPECT_EQ(UnknownValue(Granularity::kDecade), "XXX");
}

TEST(TimexCalendar, AddMonthsClampsTheDay) {
  EXPECT_EQ(AddMonths(D(2025, 1, 31), 1), D(2025, 2, 28));
  EXPECT_EQ(AddMonths(D(2024, 1, 31), 1), D(2024, 2, 29));
  EXPECT_EQ(AddMonths(D(2025, 3, 15), -3), D(2024, 12, 15));
  EXPECT_EQ(AddMonths(D(2025, 3, 15), -15), D(2023, 12, 15));
  EXPECT_EQ(AddMonths(D(2025, 3, 15), 24), D(2027, 3, 15));
}

TEST(TimexCalendar, ShiftKeepsTheGranularity) {
  const Period week{Granularity::kWeek, D(2025, 4, 22)};
  EXPECT_EQ(FormatPeriod(ShiftPeriod(week, Unit::kWeek, 1)), "2025-W18");
  EXPECT_EQ(FormatPeriod(ShiftPeriod(week, Unit::kWeek, -17)), "2024-W52");
  const Period quarter{Granularity::kQuarter, D(2025, 2, 1)};
  EXPECT_EQ(FormatPeriod(ShiftPeriod(quarter, Unit::kQuarter, -1)), "2024-Q4");
  EXPECT_EQ(FormatPeriod(ShiftPeriod(quarter, Unit::kYear, -1)), "2024-Q1");  // "a year earlier" than a quarter
}

TEST(TimexCalendar, EasterSundays) {
  EXPECT_EQ(EasterSunday(2024), D(2024, 3, 31));
  EXPECT_EQ(EasterSunday(2025), D(2025, 4, 20));
  EXPECT_EQ(EasterSunday(2026), D(2026, 4, 5));
  EXPECT_EQ(EasterSunday(2000), D(2000, 4, 23));
  EXPECT_EQ(EasterSunday(1998), D(1998, 4, 12));
}

TEST(TimexCalendar, PlacesNamedPeriods) {
  const Date tuesday = D(2025, 4, 22);
  NamedPeriod thursday;
  thursday.weekday = 4;
  EXPECT_EQ(FormatPeriod(*Place(thursday, tuesday, Placement::kFutureOrSame)), "2025-04-24");
  EXPECT_EQ(FormatPeriod(*Place(thursday, tuesday, Placement::kPastOrSame)), "2025-04-17");
  NamedPeriod same_day;
  same_day.weekday = 2;
  EXPECT_EQ(FormatPeriod(*Place(same_day, tuesday, Placement::kPastOrSame)), "2025-04-22");
  EXPECT_EQ(FormatPeriod(*Place(same_day, tuesday, Placement::kBefore)), "2025-04-15");
  EXPECT_EQ(FormatPeriod(*Place(same_day, tuesday, Placement::kAfter)), "2025-04-29");
  NamedPeriod sunday;
  sunday.weekday = 7;
  EXPECT_EQ(FormatPeriod(*Place(sunday, tuesday, Placement::kSame)), "2025-04-27");  // same ISO week

  NamedPeriod february;
  february.month = 2;
  EXPECT_EQ(FormatPeriod(*Place(february, tuesday, Placement::kPastOrSame)), "2025-02");
  EXPECT_EQ(FormatPeriod(*Place(february, tuesday, Placement::kFutureOrSame)), "2026-02");
  EXPECT_EQ(FormatPeriod(*Place(february, tuesday, Placement::kLeanFuture)), "2026-02");
  EXPECT_EQ(FormatPeriod(*Place(february, tuesday, Placement::kNearest)), "2025-02");
  NamedPeriod may19;
  may19.month = 5, may19.day = 19;
  EXPECT_EQ(FormatPeriod(*Place(may19, tuesday, Placement::kLeanPast)), "2025-05-19");  // 4 weeks ahead: still ahead
  EXPECT_EQ(FormatPeriod(*Place(may19, tuesday, Placement::kPastOrSame)), "2024-05-19");
  NamedPeriod feb29;
  feb29.month = 2, feb29.day = 29;
  EXPECT_EQ(FormatPeriod(*Place(feb29, tuesday, Placement::kNearest)), "2024-02-29");
  NamedPeriod weekend;
  weekend.weekend = true;
  EXPECT_EQ(FormatPeriod(*Place(weekend, tuesday, Placement::kPastOrSame)), "2025-W16-WE");
  EXPECT_EQ(FormatPeriod(*Place(weekend, tuesday, Placement::kFutureOrSame)), "2025-W17-WE");
}

// The slow reference: walk day by day (or month by month) and take the first match in the asked direction.
TEST(TimexCalendar, PlacementAgreesWithAWalkOverTheCalendar) {
  for (int64_t day = D(2023, 11, 1).ToDays(); day < D(2025, 3, 1).ToDays(); day += 3) {
    const Date ref = Date::FromDays(day);
    for (int weekday = 1; weekday <= 7; ++weekday) {
      NamedPeriod named;
      named.weekday = weekday;
      Date past = ref, future = ref;
      while (past.Weekday() != weekday) past = past.AddDays(-1);
      while (future.Weekday() != weekday) future = future.AddDays(1);
      EXPECT_EQ(Place(named, ref, Placement::kPastOrSame)->date, past) << ref.ToString() << " " << weekday;
      EXPECT_EQ(Place(named, ref, Placement::kFutureOrSame)->date, future) << ref.ToString() << " " << weekday;
      const Date before = past == ref ? ref.AddDays(-7) : past, after = future == ref ? ref.AddDays(7) : future;
      EXPECT_EQ(Place(named, ref, Placement::kBefore)->date, before) << ref.ToString() << " " << weekday;
      EXPECT_EQ(Place(named, ref, Placement::kAfter)->date, after) << ref.ToString() << " " << weekday;
    }
    for (int month = 1; month <= 12; ++month) {
      NamedPeriod named;
      named.month = month;
      int y = ref.year, m = ref.month;
      while (m != month) (m == 1 ? (m = 12, --y) : --m);
      EXPECT_EQ(FormatPeriod(*Place(named, ref, Placement::kPastOrSame)),
                FormatPeriod({Granularity::kMonth, D(y, m, 1)}));
      y = ref.year, m = ref.month;
      while (m != month) (m == 12 ? (m = 1, ++y) : ++m);
      EXPECT_EQ(FormatPeriod(*Place(named, ref, Placement::kFutureOrSame)),
                FormatPeriod({Granularity::kMonth, D(y, m, 1)}));
      EXPECT_EQ(Place(named, ref, Placement::kSame)->date.year, ref.year);
    }
  }
}

}  // namespace
}  // namespace newsgraph::timex
