// The reference article (tests/fixtures/starmer-eu.*): its ten time expressions, with exact byte spans and values,
// through the library and through `newsgraph extract`.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"
#include "timex/timex.h"

namespace newsgraph {
namespace {

using nlohmann::json;

struct Expected {
  uint32_t start, end;
  std::string text, type, value;
};

std::vector<Expected> ExpectedDates() {
  const json facts =
      json::parse(testing::ReadFileOrDie(testing::SourcePath("tests/fixtures/starmer-eu.expected.json")));
  std::vector<Expected> out;
  for (const json& d : facts.at("dates"))
    out.push_back(
        {d.at("span")[0].get<uint32_t>(), d.at("span")[1].get<uint32_t>(), d.at("text"), d.at("type"), d.at("value")});
  return out;
}

// "the last three or four months" is listed as "P3M/P4M, before 2025-04-22": one of the two amounts, ending at
// the document date. newsgraph says P3M with mod EQUAL_OR_MORE (at least three months), anchored on the date.
void ExpectMatches(const Expected& e, const std::string& type, const std::string& value, const std::string& anchor) {
  EXPECT_EQ(type, e.type) << e.text;
  if (e.value.find('/') == std::string::npos) {
    EXPECT_EQ(value, e.value) << e.text;
    return;
  }
  const std::string amounts = e.value.substr(0, e.value.find(','));
  EXPECT_TRUE(value == amounts.substr(0, amounts.find('/')) || value == amounts.substr(amounts.find('/') + 1))
      << e.text << ": " << value;
  if (e.value.find("before") != std::string::npos) EXPECT_EQ(anchor, "document-date") << e.text;
}

TEST(TimexGolden, ReferenceArticleThroughTheLibrary) {
  const std::string text = testing::ReadFileOrDie(testing::SourcePath("tests/fixtures/starmer-eu.txt"));
  const std::vector<Timex> found = timex::FindTimexes(text, Date{2025, 4, 22});
  const std::vector<Expected> expected = ExpectedDates();
  ASSERT_EQ(expected.size(), 10u);
  for (const Expected& e : expected) {
    const Timex* match = nullptr;
    for (const Timex& t : found)
      if (t.span.start == e.start && t.span.end == e.end) match = &t;
    ASSERT_NE(match, nullptr) << "no timex at [" << e.start << ", " << e.end << ") \"" << e.text << "\"";
    EXPECT_EQ(match->span.In(text), e.text);
    ExpectMatches(e, TimexTypeName(match->type), match->value, match->anchor);
  }
  EXPECT_EQ(found.size(), expected.size()) << "the article has no other time expression";
}

TEST(TimexGolden, ReferenceArticleThroughTheCli) {
  const testing::CommandResult r =
      testing::RunNewsgraph("extract " + testing::SourcePath("tests/fixtures/starmer-eu.txt") + " --date 2025-04-22");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json out = json::parse(r.out);
  for (const Expected& e : ExpectedDates()) {
    const json* match = nullptr;
    for (const json& t : out.at("timexes"))
      if (t.at("start") == e.start && t.at("end") == e.end) match = &t;
    ASSERT_NE(match, nullptr) << e.text;
    EXPECT_EQ(match->at("text"), e.text);
    ExpectMatches(e, match->at("type"), match->at("value"), match->at("anchor"));
  }
}

TEST(TimexGolden, WithoutADateTheArticleKeepsUnknownYears) {
  const std::string text = testing::ReadFileOrDie(testing::SourcePath("tests/fixtures/starmer-eu.txt"));
  std::vector<std::string> values;
  for (const Timex& t : timex::FindTimexes(text, std::nullopt)) values.push_back(t.value);
  EXPECT_EQ(values, (std::vector<std::string>{"XXXX-WXX", "XXXX-WXX-4", "XXXX-05-19", "PAST_REF", "XXXX-WXX-2", "P3M",
                                              "XXXX-05", "XXXX-XX", "XXXX-02", "P1Y"}));
}

}  // namespace
}  // namespace newsgraph
