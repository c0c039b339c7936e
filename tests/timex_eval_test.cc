// The TimeML reader and the TempEval-3 scorer, on small hand-made documents whose scores are worked out by hand.
#include "eval/timex_eval.h"

#include <gtest/gtest.h>

#include "eval/timex_timeml.h"
#include "test_util.h"

namespace newsgraph::eval {
namespace {

constexpr char kDocument[] = R"(<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-02-13T14:26:00" temporalFunction="false" functionInDocument="CREATION_TIME">02/13/1998 14:26:00</TIMEX3></DCT>
<TITLE>Voters <TIMEX3 tid="t9" type="DATE" value="1998">this year</TIMEX3></TITLE>
<TEXT>
Voters <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-13" temporalFunction="true" anchorTimeID="t0">Friday</TIMEX3> &amp; left <TIMEX3 tid="t2" type="DURATION" value="P2Y" mod="APPROX"> two years </TIMEX3>&#8217;s end.
</TEXT>
</TimeML>
)";

TEST(TimexTimeml, ReadsTheTextTheTimexesAndTheCreationTime) {
  StatusOr<TimemlDocument> doc = ParseTimeml(kDocument, "x");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->text, "\nVoters met Friday & left  two years \xE2\x80\x99s end.\n");
  ASSERT_TRUE(doc->creation.has_value());
  EXPECT_EQ(*doc->creation, (Date{1998, 2, 13}));
  // The DCT and the title are outside TEXT: never timexes to find.
  ASSERT_EQ(doc->timexes.size(), 2u);
  EXPECT_EQ(doc->timexes[0].span.In(doc->text), "Friday");
  EXPECT_EQ(doc->timexes[0].type, "DATE");
  EXPECT_EQ(doc->timexes[0].value, "1998-02-13");
  EXPECT_EQ(doc->timexes[1].span.In(doc->text), "two years");  // surrounding spaces trimmed
  EXPECT_EQ(doc->timexes[1].value, "P2Y");
  EXPECT_EQ(doc->timexes[1].mod, "APPROX");
}

TEST(TimexTimeml, RejectsBrokenDocuments) {
  EXPECT_EQ(ParseTimeml("<TimeML>no text</TimeML>", "a").status().code(), StatusCode::kCorrupt);
  EXPECT_EQ(
      ParseTimeml("<TEXT><TIMEX3 type=\"DATE\">a<TIMEX3 type=\"DATE\">b</TIMEX3></TIMEX3></TEXT>", "b").status().code(),
      StatusCode::kCorrupt);
  EXPECT_EQ(ParseTimeml("<TEXT><TIMEX3 type=\"DATE\">a</TEXT>", "c").status().code(), StatusCode::kCorrupt);
  EXPECT_EQ(ParseTimeml("<TEXT>a</TIMEX3></TEXT>", "d").status().code(), StatusCode::kCorrupt);
  // No DCT is allowed: relative expressions then stay unresolved.
  StatusOr<TimemlDocument> doc = ParseTimeml("<TEXT>Friday</TEXT>", "e");
  ASSERT_TRUE(doc.ok());
  EXPECT_FALSE(doc->creation.has_value());
}

TEST(TimexTimeml, ReadsADirectoryInNameOrderSkippingMacMetadata) {
  testing::TempDir dir;
  testing::WriteFile(dir.File("b.tml"), "<TEXT>b</TEXT>");
  testing::WriteFile(dir.File("a.tml"), "<TEXT>a</TEXT>");
  testing::WriteFile(dir.File("._a.tml"), std::string("\0\5\26\7 binary", 11));
  testing::WriteFile(dir.File("notes.txt"), "not TimeML");
  auto docs = ReadTimemlDirectory(dir.path());
  ASSERT_TRUE(docs.ok()) << docs.status().message();
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_EQ((*docs)[0].id, "a");
  EXPECT_EQ((*docs)[1].id, "b");
  EXPECT_EQ(ReadTimemlDirectory(dir.File("missing")).status().code(), StatusCode::kNotFound);
}

GoldTimex T(uint32_t start, uint32_t end, const char* type, const char* value) {
  return GoldTimex{Span{start, end}, type, value, ""};
}

TEST(TimexScorer, StrictRelaxedTypeAndValueByHand) {
  TimemlDocument doc;
  doc.id = "hand";
  doc.text = std::string(60, 'x');
  doc.timexes = {T(0, 6, "DATE", "1998-02-13"), T(10, 19, "DURATION", "P2Y"), T(30, 35, "DATE", "1998")};
  const std::vector<GoldTimex> predicted = {
      T(0, 6, "DATE", "1998-02-13"),     // exact, right value
      T(8, 19, "DURATION", "P3Y"),       // overlaps: relaxed only, wrong value
      T(40, 45, "DATE", "PRESENT_REF"),  // spurious
  };
  TimexScores s;
  ScoreTimexes(doc, predicted, 100, &s);
  EXPECT_EQ(s.strict.matched(), 1);
  EXPECT_EQ(s.strict.spurious(), 2);
  EXPECT_EQ(s.strict.missed(), 2);
  EXPECT_EQ(s.relaxed.matched(), 2);
  EXPECT_EQ(s.relaxed.spurious(), 1);
  EXPECT_EQ(s.relaxed.missed(), 1);
  EXPECT_NEAR(s.relaxed.f1(), 2.0 / 3.0, 1e-9);
  EXPECT_EQ(s.type_correct, 2);
  EXPECT_EQ(s.value_correct, 1);
  EXPECT_NEAR(s.value_f1(), 2.0 * 1 / (3 + 3), 1e-9);  // = relaxed F1 (2/3) x value accuracy (1/2)
  EXPECT_NEAR(s.type_f1(), 2.0 * 2 / (3 + 3), 1e-9);
  // Per type: DATE has 2 gold (1 matched) and 2 predicted (1 matched); DURATION 1 and 1, matched.
  EXPECT_EQ(s.by_type["DATE"].gold, 2);
  EXPECT_EQ(s.by_type["DATE"].predicted, 2);
  EXPECT_NEAR(s.by_type["DATE"].f1(), 0.5, 1e-9);
  EXPECT_NEAR(s.by_type["DATE"].value_f1(), 2.0 * 1 / 4, 1e-9);
  EXPECT_NEAR(s.by_type["DURATION"].f1(), 1.0, 1e-9);
  EXPECT_NEAR(s.by_type["DURATION"].value_f1(), 0.0, 1e-9);
  // One line per error: a spurious, a missed, a wrong value and a wrong extent.
  EXPECT_EQ(s.errors.size(), 4u);
}

TEST(TimexScorer, RelaxedMatchingIsOneToOne) {
  TimemlDocument doc;
  doc.text = std::string(40, 'x');
  doc.timexes = {T(0, 10, "DATE", "a"), T(12, 20, "DATE", "b")};
  // One long prediction over both gold timexes matches only the one it overlaps most.
  TimexScores s;
  ScoreTimexes(doc, {T(5, 20, "DATE", "b")}, 0, &s);
  EXPECT_EQ(s.relaxed.matched(), 1);
  EXPECT_EQ(s.relaxed.missed(), 1);
  EXPECT_EQ(s.relaxed.spurious(), 0);
  EXPECT_EQ(s.value_correct, 1);
  // Two predictions inside one gold timex: one matches, the other is spurious.
  TimexScores t;
  doc.timexes = {T(0, 20, "DATE", "a")};
  ScoreTimexes(doc, {T(0, 5, "DATE", "a"), T(6, 20, "DATE", "a")}, 0, &t);
  EXPECT_EQ(t.relaxed.matched(), 1);
  EXPECT_EQ(t.relaxed.spurious(), 1);
  EXPECT_EQ(t.errors.size(), 0u);  // max_errors 0: counted, not listed
}

TEST(TimexScorer, EmptyInputsScoreZeroWithoutDividingByZero) {
  TimemlDocument doc;
  TimexScores s;
  ScoreTimexes(doc, {}, 10, &s);
  EXPECT_EQ(s.relaxed.f1(), 0.0);
  EXPECT_EQ(s.value_f1(), 0.0);
  EXPECT_NE(FormatTimexScores(s).find("relaxed extent"), std::string::npos);
}

TEST(TimexScorer, EvaluatesNewsgraphOnADocument) {
  StatusOr<TimemlDocument> doc = ParseTimeml(
      "<DCT><TIMEX3 value=\"1998-02-13\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT><TEXT>Voters met "
      "<TIMEX3 type=\"DATE\" value=\"1998-02-13\">Friday</TIMEX3> and will vote <TIMEX3 type=\"DATE\" "
      "value=\"1998-W08\">next week</TIMEX3>.</TEXT>",
      "f");
  ASSERT_TRUE(doc.ok());
  const TimexScores s = EvaluateTimexes({*doc}, 10);
  EXPECT_EQ(s.strict.matched(), 2) << FormatTimexScores(s);
  EXPECT_EQ(s.strict.spurious(), 0);
  EXPECT_EQ(s.value_correct, 2);
}

// The CLI prints the report, and the DCT is resolved from the header.
TEST(TimexScorer, EvalTimexCommand) {
  testing::TempDir dir;
  testing::WriteFile(dir.File("a.tml"), kDocument);
  const testing::CommandResult r = testing::RunNewsgraph("eval timex --timeml " + dir.path() + " --show-errors 5");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("documents: 1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("strict extent:"), std::string::npos);
  EXPECT_NE(r.out.find("value:"), std::string::npos);
  EXPECT_EQ(testing::RunNewsgraph("eval timex --timeml " + dir.File("missing")).exit_code, 2);
}

}  // namespace
}  // namespace newsgraph::eval
