// The reference article through the whole pipeline: every person, organisation and place that
// tests/fixtures/starmer-eu.expected.json lists, with their names, mentions, roles, country codes and metonyms,
// and the speakers of the quotations linked to them. Also the entity cases, as a floor.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "eval/entity_eval.h"
#include "newsgraph/newsgraph.h"
#include "test_util.h"

namespace newsgraph {
namespace {

using nlohmann::json;

class ReferenceArticle : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    text_ = new std::string(testing::ReadFileOrDie(testing::SourcePath("tests/fixtures/starmer-eu.txt")));
    expected_ = new json(json::parse(testing::ReadFileOrDie(testing::SourcePath("tests/fixtures/starmer-eu.expected.json"))));
    auto pipeline = Pipeline::Create();
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
    Document doc;
    doc.text = *text_;
    doc.date = Date{2025, 4, 22};
    auto analysis = (*pipeline)->Analyze(doc);
    ASSERT_TRUE(analysis.ok());
    analysis_ = new Analysis(std::move(analysis).value());
  }
  static void TearDownTestSuite() {
    delete text_;
    delete expected_;
    delete analysis_;
  }

  static const Entity* Named(const std::string& name) {
    for (const Entity& e : analysis_->entities)
      if (e.name == name) return &e;
    return nullptr;
  }
  static bool HasMention(const Entity& e, uint32_t start, uint32_t end) {
    for (const EntityMention& m : e.mentions)
      if (m.span == Span{start, end}) return true;
    return false;
  }
  static bool HasMentionText(const Entity& e, const std::string& text) {
    for (const EntityMention& m : e.mentions)
      if (m.span.In(*text_) == text) return true;
    return false;
  }

  static std::string* text_;
  static json* expected_;
  static Analysis* analysis_;
};
std::string* ReferenceArticle::text_ = nullptr;
json* ReferenceArticle::expected_ = nullptr;
Analysis* ReferenceArticle::analysis_ = nullptr;

TEST_F(ReferenceArticle, PeopleWithEveryMentionAndTheirRoles) {
  for (const json& person : (*expected_)["people"]) {
    const std::string name = person["name"];
    SCOPED_TRACE(name);
    const Entity* e = Named(name);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->type, EntityType::kPerson);
    for (const json& m : person["mentions"]) EXPECT_TRUE(HasMention(*e, m["span"][0], m["span"][1])) << m["text"];
    // The role, in our schema: title and what it is of. "President of the European Commission" (of the EU) is
    // {"President", of "European Commission"}.
    const std::string role = person["role"];
    bool found = false;
    for (const Role& r : e->roles) {
      const std::string full = r.of.empty() ? r.title : r.title + " of the " + r.of;
      found |= r.title == role || full == role;
      if (r.title == role) EXPECT_EQ(r.of, person["of"]);
    }
    EXPECT_TRUE(found) << "role " << role;
  }
  // Neither "Sir" nor "Ms" is part of the name; the style "Sir" is part of the mention, the courtesy "Ms" is not.
  EXPECT_EQ(Named("Keir Starmer")->mentions[0].span.In(*text_), "Sir Keir Starmer");
  EXPECT_TRUE(HasMentionText(*Named("Ursula von der Leyen"), "von der Leyen"));
}

TEST_F(ReferenceArticle, Organisations) {
  for (const json& org : (*expected_)["organizations"]) {
    const std::string name = org["name"];
    SCOPED_TRACE(name);
    const Entity* e = Named(name);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->type, EntityType::kOrganization);
    for (const json& m : org.value("mentions", json::array())) EXPECT_TRUE(HasMention(*e, m["span"][0], m["span"][1]));
  }
  const Entity* eu = Named("European Union");
  EXPECT_TRUE(HasMentionText(*eu, "EU"));
  EXPECT_TRUE(HasMentionText(*eu, "the continental bloc"));
  EXPECT_EQ(Named("Downing Street")->metonym_for, "office of the UK Prime Minister");
  // "Brussels" stands for the EU institutions where it acts ("Brussels has confirmed").
  EXPECT_EQ(Named("Brussels")->metonym_for, "institutions of the European Union");
}

TEST_F(ReferenceArticle, PlacesWithCountryCodes) {
  for (const json& place : (*expected_)["places"]) {
    const std::string name = place["name"];
    SCOPED_TRACE(name);
    const Entity* e = Named(name);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->type, EntityType::kLocation);
    if (place.contains("country")) EXPECT_EQ(e->country, place["country"]);
    for (const json& alias : place.value("aliases", json::array())) EXPECT_TRUE(HasMentionText(*e, alias));
  }
  const Entity* london = Named("London");
  ASSERT_TRUE(london->latitude.has_value());
  EXPECT_NEAR(*london->latitude, 51.5, 0.2);
  EXPECT_EQ(london->feature, "city");
  EXPECT_EQ(Named("Europe")->feature, "region");
  // Every place of the article is on the map, with its GeoNames reading.
  for (const json& place : (*expected_)["places"]) {
    const Entity* e = Named(place["name"]);
    SCOPED_TRACE(e->name);
    EXPECT_TRUE(e->latitude && e->longitude);
    if (e->feature_code != "CONT") EXPECT_GT(e->geonames_id, 0u);  // continents carry no GeoNames id here
    EXPECT_FALSE(e->feature_class.empty());
    EXPECT_FALSE(e->feature_code.empty());
  }
  EXPECT_EQ(london->geonames_id, 2643743u);
  EXPECT_EQ(london->admin1, "England");
  EXPECT_EQ(Named("Brussels")->feature_class, "P");
  EXPECT_EQ(Named("Ukraine")->feature_code, "PCLI");
  EXPECT_EQ(Named("Europe")->feature_code, "CONT");
}

TEST_F(ReferenceArticle, QuotationSpeakersAreLinkedToEntities) {
  for (const json& q : (*expected_)["quotations"]) {
    const Span span{q["span"][0], q["span"][1]};
    SCOPED_TRACE(span.In(*text_).substr(0, 40));
    const Quote* found = nullptr;
    for (const Quote& quote : analysis_->quotes)
      if (quote.span == span) found = &quote;
    ASSERT_NE(found, nullptr);
    ASSERT_GE(found->speaker_entity, 0);
    EXPECT_EQ(analysis_->entities[found->speaker_entity].name, q["speaker"]);
  }
}

TEST_F(ReferenceArticle, TheRecordCarriesTheLinks) {
  Document doc;
  doc.text = *text_;
  doc.date = Date{2025, 4, 22};
  const json record = json::parse(ToJson(doc, *analysis_, {}));
  int linked = 0;
  for (const json& m : record["mentions"]) linked += m["entity"].is_number();
  EXPECT_EQ(linked, static_cast<int>(record["mentions"].size()));
  for (const json& q : record["quotes"])
    if (q["kind"] != "indirect") EXPECT_TRUE(q["speaker"].contains("name")) << q.dump();
  // The most salient entity is the Prime Minister.
  const json* top = nullptr;
  for (const json& e : record["entities"])
    if (!top || e["salience"] > (*top)["salience"]) top = &e;
  EXPECT_EQ((*top)["name"], "Keir Starmer");
}

TEST(EntityCases, DevelopmentCasesFloor) {
  auto pipeline = Pipeline::Create();
  ASSERT_TRUE(pipeline.ok());
  auto scores = eval::EvaluateEntityCases(**pipeline, testing::SourcePath("tests/fixtures/entities/cases.jsonl"));
  ASSERT_TRUE(scores.ok()) << scores.status().message();
  std::string errors;
  for (const std::string& e : scores->errors) errors += e + "\n";
  EXPECT_GE(scores->mentions.f1(), 0.95) << errors;
  EXPECT_GE(scores->links.f1(), 0.95) << errors;
  EXPECT_GE(scores->facts_right, scores->facts - 2) << errors;
}

}  // namespace
}  // namespace newsgraph
