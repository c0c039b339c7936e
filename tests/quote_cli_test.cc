// Quotations in the output record: the speaker's antecedent, offsets after --repair, the documented schema.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "test_util.h"

namespace newsgraph {
namespace {

using nlohmann::json;

const char kArticle[] =
    "Ursula von der Leyen arrived in London on Thursday.\n\n"
    "\xE2\x80\x9CWe are ready,\xE2\x80\x9D she said.\n";

const json* PronounQuote(const json& record) {
  for (const auto& q : record["quotes"])
    if (q["speaker"].is_object() && q["speaker"]["text"] == "she") return &q;
  return nullptr;
}

TEST(QuoteCliTest, PronounSpeakerCarriesItsAntecedent) {
  const auto r = testing::RunNewsgraph("extract -", kArticle);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json record = json::parse(r.out);
  const json* q = PronounQuote(record);
  ASSERT_NE(q, nullptr) << r.out;
  EXPECT_EQ((*q)["kind"], "direct");
  EXPECT_EQ((*q)["text"], "We are ready,");
  EXPECT_EQ((*q)["cue"]["text"], "said");
  ASSERT_TRUE((*q)["speaker"].contains("antecedent"));
  const json& a = (*q)["speaker"]["antecedent"];
  EXPECT_EQ(a["text"], "Ursula von der Leyen");
  EXPECT_EQ(a["start"], 0);
  EXPECT_EQ(a["end"], 20);
}

TEST(QuoteCliTest, RepairedOffsetsIndexTheOriginalBytes) {
  // Two invalid bytes before everything: every span moves by two bytes, texts stay the same.
  const std::string input = std::string("\xFF\xFE ") + kArticle;
  const auto r = testing::RunNewsgraph("extract --repair -", input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json record = json::parse(r.out);
  const json* q = PronounQuote(record);
  ASSERT_NE(q, nullptr) << r.out;
  for (const json* span : {q, &(*q)["speaker"], &(*q)["cue"], &(*q)["speaker"]["antecedent"]}) {
    const size_t start = (*span)["start"], end = (*span)["end"];
    EXPECT_EQ(input.substr(start, end - start), (*span)["text"].get<std::string>());
  }
  EXPECT_EQ((*q)["speaker"]["antecedent"]["start"], 3);
}

TEST(QuoteCliTest, SchemaDocumentsTheAntecedent) {
  const json schema = json::parse(testing::ReadFileOrDie(testing::SourcePath("docs/newsgraph.schema.json")));
  const std::string dump = schema.dump();
  EXPECT_NE(dump.find("\"antecedent\""), std::string::npos);
  const std::string doc = testing::ReadFileOrDie(testing::SourcePath("docs/schema.md"));
  EXPECT_NE(doc.find("`antecedent`"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph
