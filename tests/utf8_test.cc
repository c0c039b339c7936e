// UTF-8 validation and repair, including every kind of ill-formed sequence.
#include <gtest/gtest.h>

#include "newsgraph/text.h"

namespace newsgraph {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ASCII text that is longer than eight bytes"));
  EXPECT_TRUE(IsValidUtf8("Zoë “quoted” — 日本 😀"));
  EXPECT_TRUE(IsValidUtf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
  EXPECT_TRUE(IsValidUtf8(std::string("a\0b", 3)));  // NUL is valid UTF-8
}

struct BadCase {
  const char* name;
  std::string bytes;
  size_t offset;
};

TEST(Utf8, RejectsEveryKindOfIllFormedSequence) {
  const BadCase cases[] = {
      {"lone continuation", "ab\x80", 2},
      {"overlong 2-byte", "\xC0\xAF", 0},
      {"overlong 3-byte", "x\xE0\x80\xAF", 1},
      {"overlong 4-byte", "\xF0\x80\x80\xAF", 0},
      {"surrogate", "ok \xED\xA0\x80", 3},
      {"above U+10FFFF", "\xF4\x90\x80\x80", 0},
      {"invalid lead F5", "\xF5\x80\x80\x80", 0},
      {"truncated 3-byte at end", "abc\xE2\x80", 3},
      {"truncated 2-byte mid-text", "a\xC3 b", 1},
      {"FF byte", "12345678\xFF", 8},
  };
  for (const BadCase& c : cases) {
    size_t offset = 999;
    EXPECT_FALSE(IsValidUtf8(c.bytes, &offset)) << c.name;
    EXPECT_EQ(offset, c.offset) << c.name;
  }
}

TEST(Utf8, RepairReplacesMaximalSubpartsAndMapsOffsets) {
  // "a" + truncated 3-byte sequence (2 bytes, one maximal subpart) + "b" + lone continuation + "c"
  const std::string bad = "a\xE2\x80" "b\x80" "c";
  const RepairedText r = RepairUtf8(bad);
  EXPECT_EQ(r.text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
  EXPECT_EQ(r.replaced_bytes, 3u);
  ASSERT_EQ(r.to_original.size(), r.text.size() + 1);
  EXPECT_EQ(r.to_original[0], 0u);  // a
  EXPECT_EQ(r.to_original[1], 1u);  // U+FFFD -> first bad byte
  EXPECT_EQ(r.to_original[4], 3u);  // b
  EXPECT_EQ(r.to_original[8], 5u);  // c
  EXPECT_EQ(r.to_original[9], 6u);  // end
  EXPECT_TRUE(IsValidUtf8(r.text));
}

}  // namespace
}  // namespace newsgraph
