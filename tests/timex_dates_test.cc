// Calendar dates: written in full, month-days and months placed by tense, weekdays, years, decades, quarters,
// seasons, holidays, and the words that only look like dates.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace newsgraph {
namespace {

using testing::D;
using testing::Found;
using testing::One;
using testing::Tag;

const Date kTuesday = D(2025, 4, 22);  // the reference article's date

TEST(TimexDates, WrittenInFull) {
  EXPECT_EQ(One("The summit is on May 19, 2025.", kTuesday, true), "May 19, 2025|DATE|2025-05-19|absolute");
  EXPECT_EQ(One("It opened on 19 May 2025 in London.", kTuesday), "19 May 2025|DATE|2025-05-19");
  EXPECT_EQ(One("It ended on the 8th of March, 2024.", kTuesday), "the 8th of March, 2024|DATE|2024-03-08");
  EXPECT_EQ(One("Filed 2025-04-22 in court.", kTuesday), "2025-04-22|DATE|2025-04-22");
  EXPECT_EQ(One("Filed 4/22/2025 in court.", kTuesday), "4/22/2025|DATE|2025-04-22");
  EXPECT_EQ(One("Filed 22/4/2025 in court.", kTuesday), "22/4/2025|DATE|2025-04-22");
  EXPECT_EQ(One("Sales peaked in July 1988 and fell.", kTuesday), "July 1988|DATE|1988-07");
  EXPECT_EQ(One("Sales peaked in June of 1994.", kTuesday), "June of 1994|DATE|1994-06");
  EXPECT_EQ(One("He was born on Sept. 27, 1989.", kTuesday), "Sept. 27, 1989|DATE|1989-09-27");
  EXPECT_EQ(One("The New York Times said on Saturday, April 25: no.", D(1998, 4, 27)),
            "Saturday, April 25|DATE|1998-04-25");
}

TEST(TimexDates, MonthDaysWithoutAYearFollowTheTense) {
  EXPECT_EQ(One("A summit is planned for May 19.", kTuesday, true), "May 19|DATE|2025-05-19|document-date");
  EXPECT_EQ(One("The plant closed on Dec. 15.", kTuesday), "Dec. 15|DATE|2024-12-15");
  EXPECT_EQ(One("The plant will close on Dec. 15.", kTuesday), "Dec. 15|DATE|2025-12-15");
  // A past clause about a date a few weeks ahead keeps it ahead.
  EXPECT_EQ(One("The offer was extended to Nov. 16.", D(1989, 10, 26)), "Nov. 16|DATE|1989-11-16");
  EXPECT_EQ(One("Payment is due March eighth.", D(1998, 3, 1)), "March eighth|DATE|1998-03-08");
  EXPECT_EQ(One("They met on the 3rd of April.", kTuesday), "the 3rd of April|DATE|2025-04-03");
  // "effective" announces a change still to come, even in a past clause.
  EXPECT_EQ(One("It named a new chairman, effective Feb. 1.", D(1989, 10, 30)), "Feb. 1|DATE|1990-02-01");
  EXPECT_EQ(One("It named a new chairman, effective Oct. 1.", D(1989, 10, 30)), "Oct. 1|DATE|1989-10-01");
}

TEST(TimexDates, MonthsFollowTheTense) {
  EXPECT_EQ(One("Announcing the meeting in February, Downing Street said it would help.", kTuesday),
            "February|DATE|2025-02");
  EXPECT_EQ(One("It will be a milestone in May.", kTuesday), "May|DATE|2025-05");
  EXPECT_EQ(One("The bank said it would pay the dividend in January.", D(1989, 11, 1)), "January|DATE|1990-01");
  EXPECT_EQ(One("In January, the company brought in a new chief.", D(1989, 11, 1)), "January|DATE|1989-01");
  EXPECT_EQ(One("Sales fell in December.", kTuesday), "December|DATE|2024-12");
  EXPECT_EQ(One("Prices rose last April.", kTuesday), "last April|DATE|2024-04");
  EXPECT_EQ(One("Prices rose last February.", kTuesday), "last February|DATE|2025-02");
  EXPECT_EQ(One("Talks resume next May.", kTuesday), "next May|DATE|2025-05");  // the May after this month
  EXPECT_EQ(One("Talks resume next March.", kTuesday), "next March|DATE|2026-03");
  EXPECT_EQ(One("Talks resume this September.", kTuesday), "this September|DATE|2025-09");
  EXPECT_EQ(One("Prices rose in January this year.", D(1998, 3, 1)), "January this year|DATE|1998-01");
  EXPECT_EQ(One("Prices rose in June last year.", D(1998, 3, 1)), "June last year|DATE|1997-06");
}

TEST(TimexDates, MayMarchAndAugustAreNotAlwaysMonths) {
  EXPECT_EQ(Tag("Theresa May said it may rain.", kTuesday), Found{});
  EXPECT_EQ(Tag("Mrs May spoke to the august assembly.", kTuesday), Found{});
  EXPECT_EQ(Tag("They march on the capital.", kTuesday), Found{});
  EXPECT_EQ(Tag("March was cold, the minister said.", kTuesday), Found{});  // alone at the start: not trusted
  EXPECT_EQ(One("It happened in March.", kTuesday), "March|DATE|2025-03");
  EXPECT_EQ(One("The deal closed on March 3.", kTuesday), "March 3|DATE|2025-03-03");
  EXPECT_EQ(One("They met in early May.", kTuesday, true), "early May|DATE|2025-05|document-date|mod=START");
}

TEST(TimexDates, Weekdays) {
  EXPECT_EQ(One("She is due to meet the Prime Minister in London on Thursday.", kTuesday), "Thursday|DATE|2025-04-24");
  EXPECT_EQ(One("Speaking to reporters on Tuesday, Sir Keir said: yes.", kTuesday), "Tuesday|DATE|2025-04-22");
  EXPECT_EQ(One("The minister resigned on Friday.", kTuesday), "Friday|DATE|2025-04-18");
  EXPECT_EQ(One("The minister will resign on Friday.", kTuesday), "Friday|DATE|2025-04-25");
  EXPECT_EQ(One("The minister resigned last Friday.", kTuesday), "last Friday|DATE|2025-04-18");
  EXPECT_EQ(One("They vote next Tuesday.", kTuesday), "next Tuesday|DATE|2025-04-29");
  EXPECT_EQ(One("They vote this Sunday.", kTuesday), "this Sunday|DATE|2025-04-27");
  EXPECT_EQ(One("They vote this coming Sunday.", kTuesday), "this coming Sunday|DATE|2025-04-27");
  EXPECT_EQ(One("It rained on Thursday evening.", kTuesday), "Thursday evening|TIME|2025-04-17TEV");
  EXPECT_EQ(One("Polls open early Tuesday.", kTuesday, true), "early Tuesday|DATE|2025-04-22|document-date|mod=START");
  // Abbreviations are dates only with a date after them; "Sat" and "Sun" are words.
  EXPECT_EQ(One("The Sun reported it; he sat down.", kTuesday), "<0 found>");
  EXPECT_EQ(One("They meet on Thurs., April 24, in Paris.", kTuesday), "Thurs., April 24|DATE|2025-04-24");
}

TEST(TimexDates, TheWeekendGoesByTense) {
  EXPECT_EQ(One("Protesters gathered over the weekend.", kTuesday), "the weekend|DATE|2025-W16-WE");
  EXPECT_EQ(One("Protesters will gather at the weekend.", kTuesday), "the weekend|DATE|2025-W17-WE");
  EXPECT_EQ(One("They met last weekend.", kTuesday), "last weekend|DATE|2025-W16-WE");
}

TEST(TimexDates, YearsAndNotYears) {
  EXPECT_EQ(One("The law was passed in 1990.", kTuesday, true), "1990|DATE|1990|absolute");
  EXPECT_EQ(One("In fiscal 1989, profit rose.", kTuesday), "fiscal 1989|DATE|1989");
  EXPECT_EQ(One("In fiscal year 1990, profit rose.", kTuesday), "fiscal year 1990|DATE|1990");
  EXPECT_EQ(One("Guidance for FY2025 was cut.", kTuesday), "FY2025|DATE|2025");
  EXPECT_EQ(One("Guidance for FY26 was cut.", kTuesday), "FY26|DATE|2026");
  EXPECT_EQ(One("In the 1989 fiscal year, profit rose.", kTuesday), "the 1989 fiscal year|DATE|1989");
  EXPECT_EQ(One("It will be ready in the year 2000.", kTuesday), "the year 2000|DATE|2000");
  EXPECT_EQ(One("Atlanta, nineteen ninety-six: a bomb.", kTuesday), "nineteen ninety-six|DATE|1996");
  EXPECT_EQ(One("It opened in two thousand and four.", kTuesday), "two thousand and four|DATE|2004");
  EXPECT_EQ(One("Rates stay low in 1994 or later.", kTuesday, true),
            "1994 or later|DATE|1994|absolute|mod=ON_OR_AFTER");
  EXPECT_EQ(Tag("About 2000 people marched; $1990 was raised; flight 1066 landed.", kTuesday), Found{});
  EXPECT_EQ(Tag("It rose 2025%, to 1,999 units.", kTuesday), Found{});
  EXPECT_EQ(One("The Battle of Hastings in 1066 changed England.", kTuesday), "1066|DATE|1066");
}

TEST(TimexDates, DecadesAndCenturies) {
  EXPECT_EQ(One("Prices soared in the 1980s.", kTuesday), "the 1980s|DATE|198");
  EXPECT_EQ(One("Prices soared in the '80s.", kTuesday), "the '80s|DATE|198");
  EXPECT_EQ(One("Prices soared in the \xE2\x80\x99"
                "90s.",
                kTuesday),
            "the \xE2\x80\x99"
            "90s|DATE|199");
  EXPECT_EQ(One("Prices soared in the eighties.", kTuesday), "the eighties|DATE|198");
  EXPECT_EQ(One("Prices soared in the mid-1990s.", kTuesday, true), "the mid-1990s|DATE|199|absolute|mod=MID");
  EXPECT_EQ(One("Prices soared in the early 1980s.", kTuesday, true), "the early 1980s|DATE|198|absolute|mod=START");
  EXPECT_EQ(One("The 2020s began badly.", kTuesday), "The 2020s|DATE|202");
  EXPECT_EQ(One("It was built in the 20th century.", kTuesday), "the 20th century|DATE|19");
  EXPECT_EQ(One("It was built in the twentieth century.", kTuesday), "the twentieth century|DATE|19");
}

TEST(TimexDates, QuartersAndHalves) {
  EXPECT_EQ(One("Profit rose in the third quarter.", D(1989, 10, 26)), "the third quarter|DATE|1989-Q3");
  EXPECT_EQ(One("It expects to report a third-quarter loss.", D(1989, 10, 26)), "third-quarter|DATE|1989-Q3");
  EXPECT_EQ(One("Sales in the first quarter of 1990 fell.", kTuesday), "the first quarter of 1990|DATE|1990-Q1");
  EXPECT_EQ(One("Sales in Q3 2025 fell.", kTuesday), "Q3 2025|DATE|2025-Q3");
  EXPECT_EQ(One("Sales rose in this year's third quarter.", D(1989, 10, 26)), "this year's third quarter|DATE|1989-Q3");
  EXPECT_EQ(One("Sales rose in next year's first quarter.", D(1989, 10, 26)), "next year's first quarter|DATE|1990-Q1");
  EXPECT_EQ(One("Sales rose in the first half of 1989.", kTuesday), "the first half of 1989|DATE|1989-H1");
  EXPECT_EQ(One("Sales rose in the last half of 1989.", kTuesday), "the last half of 1989|DATE|1989-H2");
  EXPECT_EQ(One("Demand stays weak through the first two quarters of 1990.", kTuesday),
            "the first two quarters of 1990|DATE|1990-H1");
  EXPECT_EQ(One("Sales fell in the last two quarters of 1989.", kTuesday), "the last two quarters of 1989|DATE|1989-H2");
  EXPECT_EQ(Tag("Its fourth quarter ended Sept. 30.", D(1989, 11, 2)),
            (Found{"fourth quarter|DATE|1989-Q4", "Sept. 30|DATE|1989-09-30"}));
  EXPECT_EQ(Tag("The team led in the first half.", kTuesday), Found{});  // sport, not a calendar half
  EXPECT_EQ(Tag("About three-quarters of voters agreed; a quarter of them left.", kTuesday), Found{});
  EXPECT_EQ(One("Profit rose in the fiscal first quarter.", D(1989, 11, 2)), "the fiscal first quarter|DATE|1989-Q1");
}

TEST(TimexDates, Seasons) {
  EXPECT_EQ(One("Talks resume this summer.", kTuesday), "this summer|DATE|2025-SU");
  EXPECT_EQ(One("Talks collapsed last fall.", D(1998, 2, 1)), "last fall|DATE|1997-FA");
  EXPECT_EQ(One("Talks resume in the spring.", D(1998, 2, 1)), "the spring|DATE|1998-SP");
  EXPECT_EQ(One("It froze in the winter of 1994.", kTuesday), "the winter of 1994|DATE|1994-WI");
  EXPECT_EQ(One("It opens in summer 2026.", kTuesday), "summer 2026|DATE|2026-SU");
  EXPECT_EQ(Tag("Prices fall; the spring broke.", kTuesday), Found{});
}

TEST(TimexDates, Holidays) {
  EXPECT_EQ(One("The shops closed on Christmas Day.", kTuesday), "Christmas Day|DATE|2024-12-25");
  EXPECT_EQ(One("The shops will close at Christmas.", kTuesday), "Christmas|DATE|2025-12-25");
  EXPECT_EQ(One("Crowds gathered on Easter Sunday.", kTuesday), "Easter Sunday|DATE|2025-04-20");
  EXPECT_EQ(One("Crowds gathered on Good Friday.", kTuesday), "Good Friday|DATE|2025-04-18");
  EXPECT_EQ(One("It fell on New Year's Day 2024.", kTuesday), "New Year's Day 2024|DATE|2024-01-01");
  EXPECT_EQ(Tag("He sang a christmas carol.", kTuesday), Found{});
}

TEST(TimexDates, PositionsInAPeriod) {
  EXPECT_EQ(One("It opens early next year.", kTuesday, true), "early next year|DATE|2026|document-date|mod=START");
  EXPECT_EQ(One("It opens in mid-November.", D(1989, 10, 26), true), "mid-November|DATE|1989-11|document-date|mod=MID");
  EXPECT_EQ(One("It opens by the end of the year.", kTuesday, true),
            "the end of the year|DATE|2025|document-date|mod=END");
  EXPECT_EQ(One("It closed at the end of November.", kTuesday, true),
            "the end of November|DATE|2024-11|document-date|mod=END");
  EXPECT_EQ(One("It closes by year-end.", kTuesday, true), "year-end|DATE|2025|document-date|mod=END");
  EXPECT_EQ(One("It rose late last week.", kTuesday, true), "late last week|DATE|2025-W16|document-date|mod=END");
}

// ---- Real news (issue 14) -------------------------------------------------------------------------------------

TEST(TimexDates, PrepositionsPutAWeekdayAheadWhateverTheTense) {
  EXPECT_EQ(One("The vote was delayed until Wednesday.", kTuesday), "Wednesday|DATE|2025-04-23");
  EXPECT_EQ(One("Talks could resume as soon as Monday.", kTuesday), "Monday|DATE|2025-04-28");
  EXPECT_EQ(One("The ban was lifted on Monday.", kTuesday), "Monday|DATE|2025-04-21");
}

TEST(TimexDates, NextToIsNotNext) {
  EXPECT_EQ(One("She sat next to the mayor on Friday.", kTuesday), "Friday|DATE|2025-04-18");
}

TEST(TimexDates, AScheduledEventCalledOffIsPast) {
  EXPECT_EQ(One("A concert scheduled for Sunday was called off.", kTuesday), "Sunday|DATE|2025-04-20");
  // A main verb "scheduled" still looks ahead; so does a reduced relative with no past verb after it.
  EXPECT_EQ(One("The company scheduled a meeting for Sunday.", kTuesday), "Sunday|DATE|2025-04-27");
  EXPECT_EQ(One("Fans hope a concert scheduled for Sunday goes ahead.", kTuesday), "Sunday|DATE|2025-04-27");
  EXPECT_EQ(One("A concert is scheduled for Sunday.", kTuesday), "Sunday|DATE|2025-04-27");
}

TEST(TimexDates, YearRanges) {
  EXPECT_EQ(Tag("He served from 2014-2016 and again in 1998-99.", kTuesday),
            (Found{"2014|DATE|2014", "2016|DATE|2016", "1998|DATE|1998", "99|DATE|1999"}));
}

TEST(TimexDates, HolidaysOfTheUsCalendar) {
  EXPECT_EQ(One("Families gathered on Thanksgiving.", kTuesday), "Thanksgiving|DATE|2024-11-28");
  EXPECT_EQ(One("Voters went to the polls on Election Day.", kTuesday), "Election Day|DATE|2024-11-05");
  EXPECT_EQ(One("The office closed on Easter Monday.", kTuesday), "Easter Monday|DATE|2025-04-21");
  EXPECT_EQ(One("Parades are planned for Memorial Day.", kTuesday), "Memorial Day|DATE|2025-05-26");
}

TEST(TimexDates, ABareMonthInAPastClauseIsNotAhead) {
  EXPECT_EQ(One("Sales fell in January.", D(2025, 12, 10)), "January|DATE|2025-01");
  EXPECT_EQ(One("Sales fell in March.", kTuesday), "March|DATE|2025-03");
  EXPECT_EQ(One("Sales will rise in January.", D(2025, 12, 10)), "January|DATE|2026-01");
}

}  // namespace
}  // namespace newsgraph
