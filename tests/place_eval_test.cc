// `newsgraph eval places`: the geoparsing measures on known numbers, and the scorer on the committed fixtures with
// accuracy floors (the figures docs/ACCURACY.md reports; a drop below them fails).
#include "eval/place_eval.h"

#include <gtest/gtest.h>

#include <cmath>

#include "test_util.h"

namespace newsgraph::eval {
namespace {

TEST(PlaceEval, ErrorCurveAuc) {
  EXPECT_EQ(ErrorCurveAuc({}), 0);
  EXPECT_EQ(ErrorCurveAuc({0, 0, 0}), 0);                              // every toponym exact
  EXPECT_NEAR(ErrorCurveAuc({kMaxErrorKm - 1, kMaxErrorKm - 1}), 1.0, 1e-9);  // every one half the Earth away
  // Sorted errors 0, 100, 20038: trapezoids (ln 1 + ln 101)/2 + (ln 101 + ln 20039)/2, over 2 ln 20039.
  const double expected =
      ((0 + std::log(101.0)) / 2 + (std::log(101.0) + std::log(20039.0)) / 2) / (2 * std::log(20039.0));
  EXPECT_NEAR(ErrorCurveAuc({20038, 0, 100}), expected, 1e-9);
}

TEST(PlaceEval, Scores) {
  PlaceScores s;
  s.errors_km = {0, 50, 161, 162, 5000};
  EXPECT_DOUBLE_EQ(s.AccuracyAt161(), 0.6);
  EXPECT_DOUBLE_EQ(s.MedianErrorKm(), 161);
  EXPECT_DOUBLE_EQ(s.MeanErrorKm(), (50 + 161 + 162 + 5000) / 5.0);
}

StatusOr<PlaceScores> Evaluate(const std::string& fixture, PlaceResolver resolver, PlaceMentions mentions) {
  static const auto pipeline = Pipeline::Create({});
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().message();
  PlaceEvalOptions options;
  options.gold = testing::SourcePath("tests/fixtures/places/" + fixture);
  options.shared_dir = std::string(NEWSGRAPH_SHARED_DIR);
  options.resolver = resolver;
  options.mentions = mentions;
  return EvaluatePlaces(**pipeline, options);
}

// The local-news passages are committed whole: the scorer runs on them everywhere.
TEST(PlaceEval, LocalNewsFixture) {
  const auto s = Evaluate("local_news.jsonl", PlaceResolver::kToponyms, PlaceMentions::kPipeline);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->documents, 20);
  EXPECT_GE(s->recognition.f1(), 0.85);
  EXPECT_GE(s->AccuracyAt161(), 0.95);
  EXPECT_LE(s->Auc(), 0.03);
  // Resolution alone, on the gold spans.
  const auto gold = Evaluate("local_news.jsonl", PlaceResolver::kToponyms, PlaceMentions::kGold);
  ASSERT_TRUE(gold.ok());
  EXPECT_DOUBLE_EQ(gold->recognition.f1(), 1.0);
  EXPECT_GE(gold->AccuracyAt161(), 0.97);
  // What newsgraph outputs: the entity stage places its LOCATION entities with the same resolver
  // (src/entities/places.h), finding the dateline itself.
  const auto out = Evaluate("local_news.jsonl", PlaceResolver::kEntities, PlaceMentions::kPipeline);
  ASSERT_TRUE(out.ok());
  EXPECT_GE(out->recognition.f1(), 0.90);
  EXPECT_GE(out->AccuracyAt161(), 0.95);
  EXPECT_LE(out->Auc(), 0.03);
}

TEST(PlaceEval, SharedDevFixture) {
  NEWSGRAPH_REQUIRE_SHARED("data/polnear/dev/text");
  const auto s = Evaluate("shared_dev.jsonl", PlaceResolver::kToponyms, PlaceMentions::kPipeline);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->skipped, 0);
  EXPECT_EQ(s->documents, 24);
  EXPECT_GE(s->AccuracyAt161(), 0.95);
  EXPECT_LE(s->Auc(), 0.05);
}

TEST(PlaceEval, SkipsTextsThatAreAbsent) {
  static const auto pipeline = Pipeline::Create({});
  ASSERT_TRUE(pipeline.ok());
  PlaceEvalOptions options;
  options.gold = testing::SourcePath("tests/fixtures/places/shared_dev.jsonl");
  options.shared_dir = "/nonexistent";
  const auto s = EvaluatePlaces(**pipeline, options);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->documents, 0);
  EXPECT_EQ(s->skipped, 24);
}

TEST(PlaceEval, RejectsBadGold) {
  static const auto pipeline = Pipeline::Create({});
  ASSERT_TRUE(pipeline.ok());
  const std::string path = ::testing::TempDir() + "/bad_places.jsonl";
  PlaceEvalOptions options;
  options.gold = path;
  testing::WriteFile(path, "{\"text\": \"Paris.\", \"toponyms\": [{\"span\": [0, 9], \"lat\": 0, \"lon\": 0}]}\n");
  EXPECT_EQ(EvaluatePlaces(**pipeline, options).status().code(), StatusCode::kCorrupt);  // span past the text
  testing::WriteFile(path, "{\"text\": \"Paris.\", \"toponyms\": [{\"span\": [0, 5], \"name\": \"Rome\", "
                           "\"lat\": 0, \"lon\": 0}]}\n");
  EXPECT_EQ(EvaluatePlaces(**pipeline, options).status().code(), StatusCode::kCorrupt);  // name differs
  testing::WriteFile(path, "not json\n");
  EXPECT_EQ(EvaluatePlaces(**pipeline, options).status().code(), StatusCode::kCorrupt);
  options.gold = "/nonexistent/gold.jsonl";
  EXPECT_EQ(EvaluatePlaces(**pipeline, options).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace newsgraph::eval
