// TokenIndex: where each word of an article occurs, in text order, case-sensitive, whole tokens only.
#include "entities/token_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsgraph/text.h"

namespace newsgraph::entities {
namespace {

using Positions = std::vector<size_t>;

struct Indexed {
  std::string text;
  Analysis analysis;
  explicit Indexed(std::string t) : text(std::move(t)) { Segment(text, {}, &analysis); }
  size_t TokenOf(size_t occurrence, std::string_view word) const {
    for (size_t t = 0; t < analysis.tokens.size(); ++t)
      if (analysis.tokens[t].span.In(text) == word && occurrence-- == 0) return t;
    ADD_FAILURE() << word << " #" << occurrence;
    return 0;
  }
};

TEST(TokenIndex, FindsEveryOccurrenceInTextOrder) {
  const Indexed d("Keir Starmer met Macron. Starmer said the talks went well, starmer's aides said. Starmer left.");
  const TokenIndex index(d.text, d.analysis.tokens);
  EXPECT_EQ(index.Find("Starmer"), (Positions{d.TokenOf(0, "Starmer"), d.TokenOf(1, "Starmer"), d.TokenOf(2, "Starmer")}));
  EXPECT_EQ(index.Find("Keir"), Positions{0});
  EXPECT_EQ(index.Find("the"), Positions{d.TokenOf(0, "the")});  // a lower-case word: indexed on first lookup
  EXPECT_EQ(index.Find("said"), (Positions{d.TokenOf(0, "said"), d.TokenOf(1, "said")}));
  EXPECT_TRUE(index.Find("Starm").empty());  // whole tokens only
  EXPECT_TRUE(index.Find("STARMER").empty());  // case-sensitive
  EXPECT_TRUE(index.Find("Boris").empty());
  EXPECT_TRUE(index.Find(".").empty());  // words only
}

TEST(TokenIndex, FindsSequences) {
  const Indexed d("Keir Starmer met Keir Hardie and Keir Starmer again. Keir Starmer");
  const TokenIndex index(d.text, d.analysis.tokens);
  EXPECT_EQ(index.FindSequence({"Keir", "Starmer"}), (Positions{d.TokenOf(0, "Keir"), d.TokenOf(2, "Keir"), d.TokenOf(3, "Keir")}));
  EXPECT_EQ(index.FindSequence({"Keir", "Hardie"}), Positions{d.TokenOf(1, "Keir")});
  EXPECT_TRUE(index.FindSequence({"Starmer", "Keir"}).empty());
  EXPECT_TRUE(index.FindSequence({}).empty());
}

// A word repeated a million times is indexed in time linear in the article (no sort of equal words).
TEST(TokenIndex, OneWordRepeatedIsFoundEverywhere) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "May and May ";
  const Indexed d(text);
  const TokenIndex index(d.text, d.analysis.tokens);
  const Positions may = index.Find("May");
  ASSERT_EQ(may.size(), 200000u);
  for (size_t i = 0; i < may.size(); ++i) ASSERT_EQ(may[i], i / 2 * 3 + (i % 2) * 2) << i;
  EXPECT_EQ(index.Find("and").size(), 100000u);
}

}  // namespace
}  // namespace newsgraph::entities
