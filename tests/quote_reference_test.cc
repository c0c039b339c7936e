// The reference article's five quotations (../shared/examples, copied to tests/fixtures): spans, kinds, speakers
// and cues, through the quotation finder and through the whole pipeline.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "newsgraph/pipeline.h"
#include "newsgraph/text.h"
#include "quotes/quotes.h"
#include "test_util.h"

namespace newsgraph {
namespace {

struct Expected {
  uint32_t start, end;
  QuoteKind kind;
  std::string speaker;
  uint32_t speaker_start;
  std::string cue;
};

// Kinds: "step up" is a quoted fragment of reported speech (the fixture says so); the four-paragraph quotation
// and the two clauses after "said that" are Starmer's and Downing Street's own sentences, direct; the
// "opportunity ..." phrase is woven into "Downing Street said it would be an ...", a fragment.
const Expected kExpected[] = {
    {894, 1452, QuoteKind::kDirect, "Sir Keir", 876, "said"},
    {50, 57, QuoteKind::kFragment, "Sir Keir Starmer", 0, "has said"},
    {1591, 1627, QuoteKind::kDirect, "Downing Street", 1457, "said"},
    {1638, 1694, QuoteKind::kDirect, "Downing Street", 1457, "said"},
    {1901, 2081, QuoteKind::kFragment, "Downing Street", 1863, "said"},
};

class ReferenceArticleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    text_ = testing::ReadFileOrDie(testing::SourcePath("tests/fixtures/starmer-eu.txt"));
    expected_ = nlohmann::json::parse(testing::ReadFileOrDie(testing::SourcePath("tests/fixtures/starmer-eu.expected.json")));
  }

  const Quote* QuoteAt(const Analysis& a, uint32_t start, uint32_t end) const {
    for (const Quote& q : a.quotes)
      if (q.span.start == start && q.span.end == end) return &q;
    return nullptr;
  }

  void CheckFive(const Analysis& a) {
    for (const Expected& e : kExpected) {
      SCOPED_TRACE("quotation at " + std::to_string(e.start));
      const Quote* q = QuoteAt(a, e.start, e.end);
      ASSERT_NE(q, nullptr);
      EXPECT_EQ(q->kind, e.kind);
      ASSERT_TRUE(q->speaker.has_value());
      EXPECT_EQ(q->speaker->In(text_), e.speaker);
      EXPECT_EQ(q->speaker->start, e.speaker_start);
      ASSERT_TRUE(q->cue.has_value());
      EXPECT_EQ(q->cue->In(text_), e.cue);
    }
  }

  std::string text_;
  nlohmann::json expected_;
};

TEST_F(ReferenceArticleTest, FixtureListsTheSameFiveQuotations) {
  const auto& quotations = expected_["quotations"];
  ASSERT_EQ(quotations.size(), std::size(kExpected));
  for (size_t i = 0; i < quotations.size(); ++i) {
    EXPECT_EQ(quotations[i]["span"][0].get<uint32_t>(), kExpected[i].start);
    EXPECT_EQ(quotations[i]["span"][1].get<uint32_t>(), kExpected[i].end);
    EXPECT_EQ(quotations[i]["cue"].get<std::string>(), kExpected[i].cue);
  }
}

TEST_F(ReferenceArticleTest, FiveQuotationsWithKindsSpeakersAndCues) {
  Analysis a;
  Segment(text_, {}, &a);
  quotes::FindQuotes(text_, &a);
  CheckFive(a);

  // The first is one quotation over four paragraphs, from its first words to its last.
  const Quote* starmer = QuoteAt(a, 894, 1452);
  ASSERT_NE(starmer, nullptr);
  const std::string words(starmer->span.In(text_));
  EXPECT_EQ(words.rfind(expected_["quotations"][0]["starts_with"].get<std::string>(), 0), 0u);
  const std::string ends = expected_["quotations"][0]["ends_with"].get<std::string>();
  EXPECT_EQ(words.substr(words.size() - ends.size()), ends);
  int paragraphs = 0;
  for (const Paragraph& p : a.paragraphs) paragraphs += starmer->span.Overlaps(p.span) ? 1 : 0;
  EXPECT_EQ(paragraphs, 4);

  // Nothing else is a direct quotation or a fragment.
  int quoted = 0;
  for (const Quote& q : a.quotes) quoted += q.kind != QuoteKind::kIndirect;
  EXPECT_EQ(quoted, 5);
}

TEST_F(ReferenceArticleTest, ThroughThePipeline) {
  auto pipeline = Pipeline::Create();
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  Document doc;
  doc.text = text_;
  doc.date = Date{2025, 4, 22};
  auto result = (*pipeline)->Analyze(doc);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  // The tagger's mentions may narrow a name ("Keir Starmer" for "Sir Keir Starmer"); the speaker still covers the
  // name, and spans and kinds are the same.
  for (const Expected& e : kExpected) {
    SCOPED_TRACE("quotation at " + std::to_string(e.start));
    const Quote* q = QuoteAt(*result, e.start, e.end);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->kind, e.kind);
    ASSERT_TRUE(q->speaker.has_value());
    EXPECT_TRUE(q->speaker->Overlaps(Span{e.speaker_start, e.speaker_start + static_cast<uint32_t>(e.speaker.size())}));
  }
}

}  // namespace
}  // namespace newsgraph
