// The dateline reader of the English floor (lang/dateline.h), which the entity and events stages share.
#include "lang/dateline.h"

#include <gtest/gtest.h>

#include <string>

#include "newsgraph/text.h"

namespace newsgraph::lang {
namespace {

std::string DatelineOf(const std::string& text) {
  Analysis a;
  Segment(text, {}, &a);
  const std::optional<Span> s = FindDateline(text, a.tokens, a.paragraphs);
  return s ? std::string(s->In(text)) : std::string("-");
}

TEST(Dateline, ReadsOnlyDatelines) {
  EXPECT_EQ(DatelineOf("NEW YORK (Reuters) — Stocks fell."), "NEW YORK");
  EXPECT_EQ(DatelineOf("WASHINGTON, Jan 5 (Reuters) - The Senate voted."), "WASHINGTON");
  EXPECT_EQ(DatelineOf("SPRINGFIELD, Ill. — The governor signed the bill."), "SPRINGFIELD");
  EXPECT_EQ(DatelineOf("NEW DELHI: The monsoon arrived early."), "NEW DELHI");
  EXPECT_EQ(DatelineOf("Nairobi — Heavy rain fell."), "Nairobi");
  EXPECT_EQ(DatelineOf("The talks in London went on."), "-");
  EXPECT_EQ(DatelineOf("BREAKING NEWS about the talks."), "-");
  EXPECT_EQ(DatelineOf("Nairobi: heavy rain fell."), "-");  // a colon only after capitals
}

TEST(Dateline, OnlyInTheFirstParagraphs) {
  EXPECT_EQ(DatelineOf("Storm warning\n\nMIAMI — The hurricane turned north."), "MIAMI");
  EXPECT_EQ(DatelineOf("One.\n\nTwo.\n\nThree.\n\nMIAMI — The hurricane turned north."), "-");
}

}  // namespace
}  // namespace newsgraph::lang
