#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "newsgraph/document.h"
#include "util/date_values.h"

namespace newsgraph {
namespace {

TEST(Date, ParsesDatesAndTimestamps) {
  for (const char* text : {"2025-04-22", "2025-04-22T10:30", "2025-04-22T10:30:00Z", "2025-04-22T23:59:59.123+01:00",
                           "2025-04-22T10:30:00-0500", "2025-04-22 10:30:00"}) {
    StatusOr<Date> d = Date::Parse(text);
    ASSERT_TRUE(d.ok()) << text << ": " << d.status().message();
    EXPECT_EQ(*d, (Date{2025, 4, 22})) << text;
  }
}

TEST(Date, RejectsWrongDates) {
  for (const char* text : {"", "2025", "2025-4-22", "22/04/2025", "2025-02-30", "2025-13-01", "2025-00-10",
                           "2023-02-29", "2025-04-22T25:00", "2025-04-22Tnoon", "2025-04-22junk", "yesterday"}) {
    StatusOr<Date> d = Date::Parse(text);
    EXPECT_FALSE(d.ok()) << text;
    if (!d.ok()) EXPECT_NE(d.status().message().find("invalid date"), std::string::npos);
  }
  EXPECT_TRUE(Date::Parse("2024-02-29").ok());
}

TEST(Date, CalendarArithmetic) {
  const Date d{2025, 4, 22};
  EXPECT_EQ(d.Weekday(), 2);  // Tuesday
  EXPECT_EQ(d.AddDays(2), (Date{2025, 4, 24}));
  EXPECT_EQ(d.AddDays(-22), (Date{2025, 3, 31}));
  EXPECT_EQ(Date::FromDays(0), (Date{1970, 1, 1}));
  int year = 0, week = 0;
  d.IsoWeek(&year, &week);
  EXPECT_EQ(year, 2025);
  EXPECT_EQ(week, 17);
  (Date{2021, 1, 1}).IsoWeek(&year, &week);  // a Friday: belongs to 2020-W53
  EXPECT_EQ(year, 2020);
  EXPECT_EQ(week, 53);
  (Date{2024, 12, 30}).IsoWeek(&year, &week);  // a Monday: 2025-W01
  EXPECT_EQ(year, 2025);
  EXPECT_EQ(week, 1);
  for (int64_t days = -800000; days < 800000; days += 997) EXPECT_EQ(Date::FromDays(days).ToDays(), days);
}

// The days a time expression's value covers, as event dates are compared (same day, same week, inside a month).
TEST(Date, DayRangeOfTimeValues) {
  int64_t first = 0, last = 0;
  const auto days = [](int y, int m, int d) { return Date{y, m, d}.ToDays(); };
  ASSERT_TRUE(util::DayRange("2025-04-24", &first, &last));
  EXPECT_EQ(first, days(2025, 4, 24));
  EXPECT_EQ(last, first);
  ASSERT_TRUE(util::DayRange("2025-03-17TMO", &first, &last));  // TimeML's "Monday morning": its day
  EXPECT_EQ(first, days(2025, 3, 17));
  ASSERT_TRUE(util::DayRange("2025-W17", &first, &last));  // Monday 21 to Sunday 27 April
  EXPECT_EQ(first, days(2025, 4, 21));
  EXPECT_EQ(last, days(2025, 4, 27));
  ASSERT_TRUE(util::DayRange("2021-W01", &first, &last));  // 2021's first week starts on 4 January
  EXPECT_EQ(first, days(2021, 1, 4));
  ASSERT_TRUE(util::DayRange("2024-02", &first, &last));
  EXPECT_EQ(first, days(2024, 2, 1));
  EXPECT_EQ(last, days(2024, 2, 29));
  ASSERT_TRUE(util::DayRange("2025", &first, &last));
  EXPECT_EQ(last - first, 364);
  for (const char* bad : {"P3D", "PRESENT_REF", "2025-13", "2025-02-30", "2025-4-1", "", "20x5"})
    EXPECT_FALSE(util::DayRange(bad, &first, &last)) << bad;
}

// ToString writes the digits itself for years 0-9999 and falls back on printf for the rest: both as "%04d-%02d-%02d".
TEST(Date, ToStringIsPrintfsFormat) {
  auto printf_form = [](const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return std::string(buf);
  };
  EXPECT_EQ((Date{2025, 4, 22}.ToString()), "2025-04-22");
  EXPECT_EQ((Date{7, 1, 9}.ToString()), "0007-01-09");
  for (const int year : {0, 1, 9, 10, 99, 100, 999, 1000, 1999, 2024, 9999, 10000, 123456, -1, -45, -2024})
    for (const int month : {0, 1, 9, 10, 12, 99, 100, -3})
      for (const int day : {0, 1, 9, 10, 31, 99, 100, -7}) {
        const Date d{year, month, day};
        EXPECT_EQ(d.ToString(), printf_form(d)) << year << " " << month << " " << day;
      }
}

}  // namespace
}  // namespace newsgraph
