#include "util/split.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace newsgraph::util {
namespace {

TEST(UtilSplit, FieldsKeepEmptyOnes) {
  const auto f = SplitFields("a\t\tb\t", '\t');
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0], "a");
  EXPECT_EQ(f[1], "");
  EXPECT_EQ(f[2], "b");
  EXPECT_EQ(f[3], "");
}

// The vector-free form gives the same fields, the first N of them, and counts all of them.
TEST(UtilSplit, FieldsIntoAnArrayMatchTheVectorForm) {
  for (std::string_view line : {"", "a", "a\t\tb\t", "x\ty\tz\tw\tv"}) {
    std::array<std::string_view, 3> f;
    const size_t count = SplitFields(line, '\t', &f);
    const auto all = SplitFields(line, '\t');
    ASSERT_EQ(count, all.size()) << line;
    for (size_t i = 0; i < std::min<size_t>(count, f.size()); ++i) EXPECT_EQ(f[i], all[i]) << line << " " << i;
  }
}

TEST(UtilSplit, WordsSkipRunsOfSpaces) {
  const auto w = SplitWords("  a  b ");
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0], "a");
  EXPECT_EQ(w[1], "b");
  std::string seen;
  ForEachWord(" security  forces ", [&](std::string_view word) { seen += std::string(word) + "|"; });
  EXPECT_EQ(seen, "security|forces|");
  ForEachWord("   ", [&](std::string_view) { ADD_FAILURE() << "a word in spaces"; });
}

}  // namespace
}  // namespace newsgraph::util
