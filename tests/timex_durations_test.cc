// Durations, recurrences, references (now, recently) and clock times.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace newsgraph {
namespace {

using testing::D;
using testing::Found;
using testing::One;
using testing::Tag;

const Date kTuesday = D(2025, 4, 22);

TEST(TimexDurations, Amounts) {
  EXPECT_EQ(One("The war lasted three years.", kTuesday, true), "three years|DURATION|P3Y|absolute");
  EXPECT_EQ(One("It took 210 years.", kTuesday), "210 years|DURATION|P210Y");
  EXPECT_EQ(One("It took twenty-four hours.", kTuesday), "twenty-four hours|DURATION|PT24H");
  EXPECT_EQ(One("It took 2 1/2 years.", kTuesday), "2 1/2 years|DURATION|P2Y6M");
  EXPECT_EQ(One("It took two and a half years.", kTuesday), "two and a half years|DURATION|P2Y6M");
  EXPECT_EQ(One("It took a year and a half.", kTuesday), "a year and a half|DURATION|P1Y6M");
  EXPECT_EQ(One("It took half an hour.", kTuesday), "half an hour|DURATION|PT30M");
  EXPECT_EQ(One("It took a minute and a half.", kTuesday), "a minute and a half|DURATION|PT1M30S");
  EXPECT_EQ(One("It took 1.5 days.", kTuesday), "1.5 days|DURATION|P1DT12H");
  EXPECT_EQ(One("It took two decades.", kTuesday), "two decades|DURATION|P20Y");
  EXPECT_EQ(One("It took a fortnight.", kTuesday), "a fortnight|DURATION|P2W");
  EXPECT_EQ(One("It took three quarters.", kTuesday), "three quarters|DURATION|P9M");
  EXPECT_EQ(One("It took several months.", kTuesday), "several months|DURATION|PXM");
  EXPECT_EQ(One("It took a few days.", kTuesday), "a few days|DURATION|PXD");
  EXPECT_EQ(One("It took a couple of years.", kTuesday), "a couple of years|DURATION|P2Y");
  EXPECT_EQ(One("Shares fell to a 52-week low.", kTuesday), "52-week|DURATION|P52W");
  EXPECT_EQ(One("It signed a two-year contract.", kTuesday), "two-year|DURATION|P2Y");
  EXPECT_EQ(One("It signed over a three-year period.", kTuesday), "a three-year period|DURATION|P3Y");
  EXPECT_EQ(One("Trading halted for eight trading days.", kTuesday), "eight trading days|DURATION|P8D");
  EXPECT_EQ(One("He has lived there for years.", kTuesday), "years|DURATION|PXY");
  // TimeML's unit letters where ISO 8601 has none: E decades, C centuries, L millennia.
  EXPECT_EQ(One("Moscow ruled it for centuries.", kTuesday), "centuries|DURATION|PXC");
  EXPECT_EQ(One("The feud lasted for decades.", kTuesday), "decades|DURATION|PXE");
  EXPECT_EQ(One("He had been in the job one day.", kTuesday), "one day|DURATION|P1D");
  EXPECT_EQ(One("It made a profit after several quarters of losses.", kTuesday), "several quarters|DURATION|PXQ");
  // Bare plurals: "over the years", before "of", "for a while".
  EXPECT_EQ(One("Over the years, costs rose.", kTuesday), "the years|DURATION|PXY");
  EXPECT_EQ(One("The deal follows months of talks.", kTuesday), "months|DURATION|PXM");
  EXPECT_EQ(One("They will live without it for a while.", kTuesday), "a while|DURATION|PXX");
  EXPECT_EQ(Tag("Two months of talks; the days of empire; a while ago.", kTuesday),
            (Found{"Two months|DURATION|P2M"}));
}

TEST(TimexDurations, BoundsAndAnchors) {
  EXPECT_EQ(One("Talks lasted more than four hours.", kTuesday, true),
            "more than four hours|DURATION|PT4H|absolute|mod=MORE_THAN");
  EXPECT_EQ(One("Talks lasted at least 30 days.", kTuesday, true),
            "at least 30 days|DURATION|P30D|absolute|mod=EQUAL_OR_MORE");
  EXPECT_EQ(One("Talks lasted nearly an hour.", kTuesday, true), "nearly an hour|DURATION|PT1H|absolute|mod=LESS_THAN");
  EXPECT_EQ(One("Talks lasted a week or so.", kTuesday, true), "a week or so|DURATION|P1W|absolute|mod=APPROX");
  EXPECT_EQ(One("Prices rose in the past two years.", kTuesday, true), "the past two years|DURATION|P2Y|document-date");
  EXPECT_EQ(One("Prices rise over the next 12 to 18 months.", kTuesday, true),
            "the next 12 to 18 months|DURATION|P12M|document-date|mod=EQUAL_OR_MORE");
  // The reference article's "three or four months": the lower bound, EQUAL_OR_MORE, ending at the document date.
  EXPECT_EQ(One("It came into focus in the last three or four months.", kTuesday, true),
            "the last three or four months|DURATION|P3M|document-date|mod=EQUAL_OR_MORE");
  EXPECT_EQ(One("Profit rose in the first nine months.", kTuesday), "the first nine months|DURATION|P9M");
}

TEST(TimexDurations, NotDurations) {
  EXPECT_EQ(Tag("Mr. Reupke, 52 years old, left; a 136-year-old firm stayed.", kTuesday), Found{});
  EXPECT_EQ(Tag("Oil sold at $20 a barrel, 10% a year, and 700 seats a week.", kTuesday), Found{});
  EXPECT_EQ(Tag("A second reason is cost.", kTuesday), Found{});
  EXPECT_EQ(Tag("The long-term outlook is poor.", kTuesday), Found{});
  EXPECT_EQ(Tag("In present-day Russia, next-day delivery is rare.", kTuesday), Found{});
}

TEST(TimexSets, Recurrences) {
  EXPECT_EQ(One("They meet every Tuesday.", kTuesday, true), "every Tuesday|SET|XXXX-WXX-2|absolute|quant=EVERY");
  EXPECT_EQ(One("They meet each July.", kTuesday, true), "each July|SET|XXXX-07|absolute|quant=EACH");
  EXPECT_EQ(One("They meet every two weeks.", kTuesday, true), "every two weeks|SET|P2W|absolute|quant=EVERY");
  EXPECT_EQ(One("They meet every other week.", kTuesday, true), "every other week|SET|P2W|absolute|quant=EVERY");
  EXPECT_EQ(One("They meet twice a week.", kTuesday, true), "twice a week|SET|P1W|absolute|freq=2X");
  EXPECT_EQ(One("They meet three times a year.", kTuesday, true), "three times a year|SET|P1Y|absolute|freq=3X");
  EXPECT_EQ(One("They meet on Mondays.", kTuesday), "Mondays|SET|XXXX-WXX-1");
  EXPECT_EQ(One("They meet on Tuesday nights.", kTuesday), "Tuesday nights|SET|XXXX-WXX-2TNI");
  EXPECT_EQ(One("They publish it daily.", kTuesday), "daily|SET|P1D");
  EXPECT_EQ(One("It is the first in an annual series of meetings.", kTuesday), "annual|SET|P1Y");
  EXPECT_EQ(Tag("Annual sales rose; the annual rate fell; a quarterly dividend was paid.", kTuesday), Found{});
}

TEST(TimexReferences, PresentPastFuture) {
  EXPECT_EQ(One("Prices are now falling.", kTuesday, true), "now|DATE|PRESENT_REF|document-date");
  EXPECT_EQ(One("Prices are currently falling.", kTuesday), "currently|DATE|PRESENT_REF");
  EXPECT_EQ(One("Prices fell recently.", kTuesday), "recently|DATE|PAST_REF");
  EXPECT_EQ(One("Prices fell in the past.", kTuesday), "the past|DATE|PAST_REF");
  EXPECT_EQ(One("Prices may fall in the near future.", kTuesday), "the near future|DATE|FUTURE_REF");
  // After a modal verb, "one day" is some day to come.
  EXPECT_EQ(One("Islam will one day be the second religion.", kTuesday), "one day|DATE|FUTURE_REF");
  EXPECT_EQ(One("In recent months leaders have talked.", kTuesday, true),
            "In recent months|DATE|PAST_REF|document-date");
  EXPECT_EQ(One("Sales rose in recent years.", kTuesday), "in recent years|DATE|PAST_REF");
  EXPECT_EQ(One("Sales will rise in coming months.", kTuesday), "coming months|DATE|FUTURE_REF");
  EXPECT_EQ(One("It will cut tax payments in future quarters.", kTuesday), "future quarters|DATE|FUTURE_REF");
  EXPECT_EQ(One("Now that it is over, we rest.", kTuesday), "Now|DATE|PRESENT_REF");  // still the present
}

TEST(TimexTimes, ClockTimes) {
  EXPECT_EQ(One("The vote is at 5 p.m.", kTuesday, true), "5 p.m.|TIME|2025-04-22T17:00|document-date");
  EXPECT_EQ(One("The vote is at 10:30 a.m. GMT.", kTuesday), "10:30 a.m. GMT|TIME|2025-04-22T10:30Z");
  EXPECT_EQ(One("The vote is at 10:30 a.m. local time.", kTuesday), "10:30 a.m. local time|TIME|2025-04-22T10:30");
  EXPECT_EQ(One("The vote is at 5pm.", kTuesday), "5pm|TIME|2025-04-22T17:00");
  EXPECT_EQ(One("The vote is at 12 a.m.", kTuesday), "12 a.m.|TIME|2025-04-22T00:00");
  EXPECT_EQ(One("The vote is at 9 o'clock.", kTuesday), "9 o'clock|TIME|2025-04-22T09:00");
  EXPECT_EQ(One("The offer expires at 5 p.m. EST, Nov. 6.", D(1989, 10, 30)),
            "5 p.m. EST, Nov. 6|TIME|1989-11-06T17:00-05:00");
  EXPECT_EQ(One("Iraq must withdraw by noon Saturday.", D(1991, 2, 20)), "noon Saturday|TIME|1991-02-23T12:00");
  EXPECT_EQ(One("The attack began at noon Saturday.", D(1991, 2, 20)), "noon Saturday|TIME|1991-02-16T12:00");
  EXPECT_EQ(One("It was scheduled to expire at midnight Friday.", D(1989, 10, 30)),
            "midnight Friday|TIME|1989-10-27T24:00");
  EXPECT_EQ(One("The vote is at 10 p.m. Wednesday.", D(1998, 2, 12)), "10 p.m. Wednesday|TIME|1998-02-11T22:00");
  EXPECT_EQ(Tag("The strike will begin at 6 a.m. on March 17.", D(2025, 3, 14)),
            (Found{"6 a.m.|TIME|2025-03-17T06:00", "March 17|DATE|2025-03-17"}));
  EXPECT_EQ(Tag("They will meet on Thursday at 5 p.m. in Paris.", kTuesday),
            (Found{"Thursday|DATE|2025-04-24", "5 p.m.|TIME|2025-04-24T17:00"}));
  EXPECT_EQ(One("They arrived around 7:15 p.m.", kTuesday, true),
            "around 7:15 p.m.|TIME|2025-04-22T19:15|document-date|mod=APPROX");
  EXPECT_EQ(Tag("The score was 3-2 and costs $5.", kTuesday), Found{});
}

TEST(TimexTimes, TimeZones) {
  // ET, CT, MT and PT follow US daylight saving time: the offset depends on the day.
  EXPECT_EQ(One("Polls close at 8 p.m. ET.", kTuesday), "8 p.m. ET|TIME|2025-04-22T20:00-04:00");
  EXPECT_EQ(One("Polls close at 8 p.m. ET.", D(2025, 1, 15)), "8 p.m. ET|TIME|2025-01-15T20:00-05:00");
  EXPECT_EQ(One("Polls close at 8 p.m. ET.", D(2025, 3, 9)), "8 p.m. ET|TIME|2025-03-09T20:00-04:00");
  EXPECT_EQ(One("Polls close at 8 p.m. ET.", D(2025, 11, 2)), "8 p.m. ET|TIME|2025-11-02T20:00-05:00");
  EXPECT_EQ(One("Polls close at 8 p.m. ET.", D(1998, 10, 24)), "8 p.m. ET|TIME|1998-10-24T20:00-04:00");
  EXPECT_EQ(One("Polls close at 8 p.m. ET.", D(1998, 10, 25)), "8 p.m. ET|TIME|1998-10-25T20:00-05:00");
  EXPECT_EQ(One("Polls close at 5 p.m. PT.", kTuesday), "5 p.m. PT|TIME|2025-04-22T17:00-07:00");
  EXPECT_EQ(One("The talks start at 9 a.m. BST.", kTuesday), "9 a.m. BST|TIME|2025-04-22T09:00+01:00");
  EXPECT_EQ(One("Polls close at 8 p.m. ET.", std::nullopt), "8 p.m. ET|TIME|XXXX-XX-XXT20:00");  // which offset?
}

}  // namespace
}  // namespace newsgraph
