// Expressions relative to the document date or to the last date mentioned, and what happens without a date.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace newsgraph {
namespace {

using testing::D;
using testing::Found;
using testing::One;
using testing::Tag;

const Date kTuesday = D(2025, 4, 22);

TEST(TimexRelative, DayWords) {
  EXPECT_EQ(One("Markets fell today.", kTuesday, true), "today|DATE|2025-04-22|document-date");
  EXPECT_EQ(One("Markets fell yesterday.", kTuesday), "yesterday|DATE|2025-04-21");
  EXPECT_EQ(One("Markets open tomorrow.", kTuesday), "tomorrow|DATE|2025-04-23");
  EXPECT_EQ(One("He speaks tonight.", kTuesday), "tonight|TIME|2025-04-22TNI");
  EXPECT_EQ(One("He spoke yesterday morning.", kTuesday), "yesterday morning|TIME|2025-04-21TMO");
  EXPECT_EQ(One("He spoke this morning.", kTuesday), "this morning|TIME|2025-04-22TMO");
  EXPECT_EQ(One("He spoke last night.", kTuesday), "last night|TIME|2025-04-21TNI");
  EXPECT_EQ(One("He left the day before yesterday.", kTuesday), "the day before yesterday|DATE|2025-04-20");
  EXPECT_EQ(One("He spoke late yesterday.", kTuesday, true), "late yesterday|DATE|2025-04-21|document-date|mod=END");
  EXPECT_EQ(One("He spoke mid-afternoon yesterday.", kTuesday), "mid-afternoon yesterday|TIME|2025-04-21TAF");
}

TEST(TimexRelative, LastThisNextUnits) {
  EXPECT_EQ(One("Shares fell last week.", kTuesday), "last week|DATE|2025-W16");
  EXPECT_EQ(One("Shares fell this week.", kTuesday), "this week|DATE|2025-W17");
  EXPECT_EQ(One("Talks start next week.", kTuesday), "next week|DATE|2025-W18");
  EXPECT_EQ(One("They meet next month.", kTuesday), "next month|DATE|2025-05");
  EXPECT_EQ(One("They met last month.", D(2025, 1, 10)), "last month|DATE|2024-12");
  EXPECT_EQ(One("Profit rose last year.", kTuesday), "last year|DATE|2024");
  EXPECT_EQ(One("Profit rose in the past year.", kTuesday), "the past year|DATE|2024");
  EXPECT_EQ(One("Profit rose this quarter.", kTuesday), "this quarter|DATE|2025-Q2");
  EXPECT_EQ(One("Profit rose in the current quarter.", kTuesday), "the current quarter|DATE|2025-Q2");
  EXPECT_EQ(One("Profit rose in the current fiscal year.", kTuesday), "the current fiscal year|DATE|2025");
  EXPECT_EQ(One("Profit rose last quarter.", D(2025, 1, 15)), "last quarter|DATE|2024-Q4");
  EXPECT_EQ(One("Profit rose this past week.", kTuesday), "this past week|DATE|2025-W16");
  EXPECT_EQ(One("Rates stay low over the next year or so.", kTuesday, true),
            "the next year or so|DATE|2026|document-date|mod=APPROX");
  EXPECT_EQ(One("Profit rose later this week.", kTuesday, true), "later this week|DATE|2025-W17|document-date|mod=END");
  EXPECT_EQ(One("Profit rose earlier this year.", kTuesday, true),
            "earlier this year|DATE|2025|document-date|mod=START");
  // Capitalised in mid-sentence, they are titles.
  EXPECT_EQ(Tag("He hosts This Week, a rival of Next Year.", kTuesday), Found{});
}

TEST(TimexRelative, AgoAndFromNow) {
  EXPECT_EQ(One("They met two years ago.", kTuesday), "two years ago|DATE|2023");
  EXPECT_EQ(One("They met three months ago.", kTuesday), "three months ago|DATE|2025-01");
  EXPECT_EQ(One("They met 10 days ago.", kTuesday), "10 days ago|DATE|2025-04-12");
  EXPECT_EQ(One("They met six weeks ago.", kTuesday), "six weeks ago|DATE|2025-W11");
  EXPECT_EQ(One("They meet two weeks from now.", kTuesday), "two weeks from now|DATE|2025-W19");
  EXPECT_EQ(One("They met about two years ago.", kTuesday, true),
            "about two years ago|DATE|2023|document-date|mod=APPROX");
  EXPECT_EQ(One("They met a few years ago.", kTuesday), "a few years ago|DATE|PAST_REF");
  EXPECT_EQ(One("They met years ago.", kTuesday), "years ago|DATE|PAST_REF");
}

TEST(TimexRelative, AnchoredOnThePreviousDate) {
  EXPECT_EQ(Tag("The summit opens on May 19. The following day, leaders sign.", kTuesday, true),
            (Found{"May 19|DATE|2025-05-19|document-date", "The following day|DATE|2025-05-20|previous-timex"}));
  EXPECT_EQ(Tag("He was arrested on March 3, 2020. Two days earlier he was freed.", kTuesday, true),
            (Found{"March 3, 2020|DATE|2020-03-03|absolute", "Two days earlier|DATE|2020-03-01|previous-timex"}));
  // "Two days later" is, as TimeML annotates it, the duration "two days" and the signal "later".
  EXPECT_EQ(Tag("He was arrested on March 3, 2020. Two days later he was freed.", kTuesday),
            (Found{"March 3, 2020|DATE|2020-03-03", "Two days|DURATION|P2D"}));
  EXPECT_EQ(One("A few days later, he was freed.", kTuesday), "A few days|DURATION|PXD");
  EXPECT_EQ(Tag("The plant opened in 1990. The next year it closed.", kTuesday, true),
            (Found{"1990|DATE|1990|absolute", "The next year|DATE|1991|previous-timex"}));
  EXPECT_EQ(Tag("Talks began on Jan. 5, 2024. That day, nobody spoke.", kTuesday, true),
            (Found{"Jan. 5, 2024|DATE|2024-01-05|absolute", "That day|DATE|2024-01-05|previous-timex"}));
  EXPECT_EQ(Tag("The vote was on June 4, 2024. The day before, he resigned.", kTuesday, true),
            (Found{"June 4, 2024|DATE|2024-06-04|absolute", "The day before|DATE|2024-06-03|previous-timex"}));
  // "the previous Friday" is the one before the Friday just mentioned.
  EXPECT_EQ(Tag("Shares fell on Friday, down 4.5% from the previous Friday.", D(1989, 10, 30)),
            (Found{"Friday|DATE|1989-10-27", "the previous Friday|DATE|1989-10-20"}));
  // The part of the day the narrative is on.
  EXPECT_EQ(Tag("Shares crashed Friday. Dealers placed buy orders in the morning to start the day.", D(1989, 10, 30)),
            (Found{"Friday|DATE|1989-10-27", "the morning|TIME|1989-10-27TMO"}));
  EXPECT_EQ(One("He arrived in Philadelphia later in the day.", kTuesday), "later in the day|DATE|2025-04-22");
  EXPECT_EQ(Tag("He read it in the morning paper.", kTuesday), Found{});
  // "today is the eighth day of ...": the document date.
  EXPECT_EQ(Tag("It's the second day of an offensive.", kTuesday), (Found{"the second day|DATE|2025-04-22"}));
  // Without an earlier date, the document date is the anchor.
  EXPECT_EQ(One("The following day, leaders sign.", kTuesday, true), "The following day|DATE|2025-04-23|document-date");
}

TEST(TimexRelative, AYearEarlierThanTheQuarterUnderDiscussion) {
  const Date dct = D(1989, 10, 26);
  EXPECT_EQ(Tag("Net income rose 5% in the third quarter from $8 million a year earlier.", dct),
            (Found{"the third quarter|DATE|1989-Q3", "a year earlier|DATE|1988-Q3"}));
  EXPECT_EQ(Tag("Net income rose in the third quarter. Sales were $5 million, up from $4 million a year ago.", dct),
            (Found{"the third quarter|DATE|1989-Q3", "a year ago|DATE|1988-Q3"}));
  EXPECT_EQ(Tag("Net fell in the third quarter from the year-earlier quarter.", dct),
            (Found{"the third quarter|DATE|1989-Q3", "the year-earlier quarter|DATE|1988-Q3"}));
  EXPECT_EQ(Tag("Net fell in the third quarter; year-ago results were restated.", dct),
            (Found{"the third quarter|DATE|1989-Q3", "year-ago|DATE|1988-Q3"}));
  // The comparison does not become the new reference: a second one still compares with the third quarter.
  EXPECT_EQ(
      Tag("Net fell in the third quarter from a year earlier, and sales from the year-ago period.", dct),
      (Found{"the third quarter|DATE|1989-Q3", "a year earlier|DATE|1988-Q3", "the year-ago period|DATE|1988-Q3"}));
  EXPECT_EQ(One("Sales rose 3% in the quarter.", dct), "the quarter|DATE|1989-Q3");
  EXPECT_EQ(One("Sales rose 3% in the latest quarter.", dct), "the latest quarter|DATE|1989-Q3");
  EXPECT_EQ(One("Sales rose in the 1988 quarter.", dct), "the 1988 quarter|DATE|1988-Q3");
  EXPECT_EQ(Tag("Net was $5 million for the year ended June 30.", dct),
            (Found{"the year|DURATION|P1Y", "June 30|DATE|1989-06-30"}));
}

TEST(TimexRelative, TheReportingPeriodIsTheLastReportedQuarter) {
  const Date dct = D(1989, 11, 1);
  // An earlier quarter named while one is under discussion is a comparison: "a year ago" still means 1988-Q3.
  EXPECT_EQ(Tag("Net rose in the third quarter. After a flat second quarter, sales rose. Costs were lower than a year "
                "ago.",
                dct),
            (Found{"the third quarter|DATE|1989-Q3", "second quarter|DATE|1989-Q2", "a year ago|DATE|1988-Q3"}));
  // A forecast for a quarter not yet over is not the one reported on.
  EXPECT_EQ(Tag("Net rose in the third quarter. Demand should stay weak through the first quarter of 1990. In the "
                "year-ago period, net fell.",
                dct),
            (Found{"the third quarter|DATE|1989-Q3", "the first quarter of 1990|DATE|1990-Q1",
                   "the year-ago period|DATE|1988-Q3"}));
  // "the latest period" is the one under discussion.
  EXPECT_EQ(Tag("Net rose in the fiscal second quarter. The latest period included a gain.", D(1989, 10, 26)),
            (Found{"the fiscal second quarter|DATE|1989-Q2", "The latest period|DATE|1989-Q2"}));
}

TEST(TimexRelative, TheYearSoFar) {
  const Date dct = D(1989, 10, 26);
  // After "the nine months", "a year earlier" compares the nine months of 1988: the year is what TimeML can say.
  EXPECT_EQ(Tag("Net rose in the third quarter from a year earlier. For the nine months, net was $48 million, "
                "compared with $50 million a year earlier. In the 1988 period, it sold a unit.",
                dct),
            (Found{"the third quarter|DATE|1989-Q3", "a year earlier|DATE|1988-Q3", "the nine months|DURATION|P9M",
                   "a year earlier|DATE|1988", "the 1988 period|DATE|1988"}));
  // Back to the quarter.
  EXPECT_EQ(Tag("In the first nine months, net rose. In the third quarter, it fell from a year ago.", dct),
            (Found{"the first nine months|DURATION|P9M", "the third quarter|DATE|1989-Q3", "a year ago|DATE|1988-Q3"}));
}

TEST(TimexRelative, ThePeriodUnderDiscussionAYearBack) {
  const Date dct = D(1989, 10, 26);
  EXPECT_EQ(Tag("Net rose in the third quarter. For the quarter a year ago, it earned $16 million.", dct),
            (Found{"the third quarter|DATE|1989-Q3", "the quarter a year ago|DATE|1988-Q3"}));
  EXPECT_EQ(Tag("Net rose in the third quarter, from $2 million for the corresponding period last year.", dct),
            (Found{"the third quarter|DATE|1989-Q3", "the corresponding period last year|DATE|1988-Q3"}));
  EXPECT_EQ(Tag("Net rose in the third quarter. Sales for last year's quarter were $3 million.", dct),
            (Found{"the third quarter|DATE|1989-Q3", "last year's quarter|DATE|1988-Q3"}));
  // Without a quarter under discussion, the year before the document's.
  EXPECT_EQ(One("Sales for last year's quarter were $3 million.", dct), "last year's quarter|DATE|1988");
}

TEST(TimexRelative, WithoutADateRelativeExpressionsStayUnresolved) {
  const std::optional<Date> none;
  EXPECT_EQ(One("They meet on Thursday.", none, true), "Thursday|DATE|XXXX-WXX-4|document-date");
  EXPECT_EQ(One("The summit is planned for May 19.", none), "May 19|DATE|XXXX-05-19");
  EXPECT_EQ(One("It will be a milestone in May.", none), "May|DATE|XXXX-05");
  EXPECT_EQ(One("They meet next month.", none), "next month|DATE|XXXX-XX");
  EXPECT_EQ(One("They met later this week.", none), "later this week|DATE|XXXX-WXX");
  EXPECT_EQ(One("They met yesterday.", none), "yesterday|DATE|XXXX-XX-XX");
  EXPECT_EQ(One("They met two years ago.", none), "two years ago|DATE|XXXX");
  EXPECT_EQ(One("Profit rose in the third quarter.", none), "the third quarter|DATE|XXXX-Q3");
  EXPECT_EQ(One("They meet this summer.", none), "this summer|DATE|XXXX-SU");
  EXPECT_EQ(One("They meet at 5 p.m.", none), "5 p.m.|TIME|XXXX-XX-XXT17:00");
  EXPECT_EQ(One("They met on Thursday evening.", none), "Thursday evening|TIME|XXXX-WXX-4TEV");
  // Written in full, or anchored on a full date in the text, needs no document date.
  EXPECT_EQ(One("They met on May 19, 2025.", none, true), "May 19, 2025|DATE|2025-05-19|absolute");
  EXPECT_EQ(Tag("They met on May 19, 2025. The next day they left.", none),
            (Found{"May 19, 2025|DATE|2025-05-19", "The next day|DATE|2025-05-20"}));
  EXPECT_EQ(One("Prices soared in the 1990s.", none), "the 1990s|DATE|199");
}

}  // namespace
}  // namespace newsgraph
