// Invariants on random text made of time words, numbers, punctuation and other scripts: spans in order, never
// overlapping, on UTF-8 boundaries; every value and anchor well formed; no crash on odd shapes.
#include <gtest/gtest.h>

#include <random>
#include <regex>

#include "newsgraph/text.h"
#include "timex_test_util.h"

namespace newsgraph {
namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

TEST(TimexRobustness, RandomTextKeepsTheInvariants) {
  // clang-format off
  static const char* kWords[] = {
      "the", "a", "last", "next", "this", "past", "coming", "following", "previous", "early", "late", "mid-",
      "end", "of", "in", "on", "at", "ago", "earlier", "later", "from", "now", "year", "years", "month", "months",
      "week", "weekend", "day", "days", "quarter", "third-quarter", "half", "decade", "century", "May", "March",
      "Sept.", "December", "Monday", "Thursday", "Sun.", "today", "tonight", "yesterday", "morning", "evening",
      "night", "noon", "midnight", "p.m.", "a.m.", "GMT", "EST", "every", "each", "twice", "times", "daily",
      "annual", "fiscal", "1989", "2025", "19", "30th", "1980s", "'80s", "10:30", "5pm", "2025-04-22",
      "4/22/2025", "1/2", "2.5", "1,000", "Q3", "FY2024", "three", "twenty-four", "few", "several", "couple",
      "more", "than", "about", "nearly", "at", "least", "up", "to", "or", "so", "and", "year-earlier",
      "recent", "recently", "future", "Christmas", "Easter", "will", "said", "is", "due", ",", ".", ";", ":",
      "\"", "\xE2\x80\x9C", "\xE2\x80\x99s", "-", "(", ")", "%", "$", "\xC3\xA9t\xC3\xA9", "\xE5\xB9\xB4",
      "\xF0\x9F\x98\x80", "\n\n"};
  // clang-format on
  static const std::regex kValue(
      R"(^(P[0-9X.YMWDTHSECLWEQ]+|PRESENT_REF|PAST_REF|FUTURE_REF|[0-9X]{1,4}(-([0-9X]{2}|W[0-9X]{2}|Q[0-9X]|H[0-9X]|SP|SU|FA|WI|XX)(-([0-9X]{2}|WE|[1-7]))?)?(T([0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?|MO|AF|EV|NI|DT))?)$)");
  std::mt19937 rng(20250422);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 30);
    for (int i = 0; i < n; ++i) {
      text += kWords[rng() % std::size(kWords)];
      text += (rng() % 5 == 0) ? "" : " ";
    }
    std::optional<Date> date;
    if (rng() % 4 != 0) date = Date::FromDays(static_cast<int64_t>(rng() % 40000) - 5000);
    ASSERT_TRUE(IsValidUtf8(text));
    const std::vector<Timex> found = timex::FindTimexes(text, date);
    uint32_t last_end = 0;
    for (const Timex& t : found) {
      ASSERT_LT(t.span.start, t.span.end) << text;
      ASSERT_LE(t.span.end, text.size()) << text;
      ASSERT_GE(t.span.start, last_end) << "overlap in: " << text;
      ASSERT_FALSE(IsContinuationByte(text[t.span.start])) << text;
      ASSERT_TRUE(t.span.end == text.size() || !IsContinuationByte(text[t.span.end])) << text;
      last_end = t.span.end;
      EXPECT_TRUE(std::regex_match(t.value, kValue))
          << "\"" << t.value << "\" for \"" << t.span.In(text) << "\" in: " << text;
      EXPECT_TRUE(t.anchor == "absolute" || t.anchor == "document-date" || t.anchor == "previous-timex") << text;
      const bool reference = t.value.ends_with("_REF") || t.value[0] == 'P';
      if (!date && t.anchor == "document-date" && t.type == TimexType::kDate && !reference)
        EXPECT_NE(t.value.find('X'), std::string::npos)
            << "resolved without a date: " << t.span.In(text) << " in " << text;
    }
  }
}

TEST(TimexRobustness, LongInputsStayLinear) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "the the of of a a last next 1989 ";
  text += ".";
  const std::vector<Timex> found = timex::FindTimexes(text, Date{2025, 4, 22});
  EXPECT_GT(found.size(), 0u);
}

}  // namespace
}  // namespace newsgraph
