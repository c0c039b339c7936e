// The reference article's four events (tests/fixtures/starmer-eu.expected.json, "events"), read by the whole
// pipeline: the planned meeting in London on Thursday, the planned UK-EU summit on 19 May (every summit mention one
// record, hosted by Starmer with von der Leyen and Costa), the tariffs imposed by Trump, the ongoing discussions of
// European leaders.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "newsgraph/newsgraph.h"
#include "test_util.h"

namespace newsgraph {
namespace {

class ReferenceEvents : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    text_ = new std::string(testing::ReadFileOrDie(testing::SourcePath("tests/fixtures/starmer-eu.txt")));
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
    delete analysis_;
  }

  // The event one of whose mentions is `word`.
  static const Event* EventWith(std::string_view word) {
    for (const Event& e : analysis_->events)
      for (const EventMention& m : e.mentions)
        if (m.span.In(*text_) == word) return &e;
    return nullptr;
  }
  static int Mentions(const Event& e, std::string_view word) {
    return static_cast<int>(std::count_if(e.mentions.begin(), e.mentions.end(),
                                          [&](const EventMention& m) { return m.span.In(*text_) == word; }));
  }
  static bool Has(const Event& e, std::string_view name, EventRole role) {
    for (const EventParticipant& p : e.participants)
      if (p.entity >= 0 && analysis_->entities[p.entity].name == name && p.role == role) return true;
    return false;
  }
  static bool HasAnyRole(const Event& e, std::string_view name) {
    return Has(e, name, EventRole::kSource) || Has(e, name, EventRole::kTarget) ||
           Has(e, name, EventRole::kParticipant);
  }

  static std::string* text_;
  static Analysis* analysis_;
};

std::string* ReferenceEvents::text_ = nullptr;
Analysis* ReferenceEvents::analysis_ = nullptr;

TEST_F(ReferenceEvents, TheMeetingInLondonOnThursday) {
  const Event* e = EventWith("meet");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e, EventWith("meeting"));  // "an expected meeting ... later this week" is the same meeting
  EXPECT_EQ(e->type, "CONSULT");
  EXPECT_EQ(e->status, EventStatus::kPlanned);
  ASSERT_TRUE(e->date);
  EXPECT_EQ(e->date->value, "2025-04-24");
  ASSERT_GE(e->date->timex, 0);
  EXPECT_EQ(analysis_->timexes[e->date->timex].span.In(*text_), "Thursday");
  ASSERT_GE(e->place, 0);
  EXPECT_EQ(analysis_->entities[e->place].name, "London");
  EXPECT_TRUE(Has(*e, "Ursula von der Leyen", EventRole::kSource));
  EXPECT_TRUE(Has(*e, "Keir Starmer", EventRole::kTarget));
}

TEST_F(ReferenceEvents, TheSummitIsOneRecord) {
  const Event* e = EventWith("summit");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Mentions(*e, "summit"), 3);  // "a full UK-EU summit", "an important summit", "the summit next month"
  EXPECT_EQ(e->type, "CONSULT");
  EXPECT_EQ(e->status, EventStatus::kPlanned);
  ASSERT_TRUE(e->date);
  EXPECT_EQ(e->date->value, "2025-05-19");
  EXPECT_EQ(e->place, -1);  // the article does not say where
  EXPECT_TRUE(Has(*e, "Keir Starmer", EventRole::kSource));  // the host
  EXPECT_TRUE(HasAnyRole(*e, "Ursula von der Leyen"));
  EXPECT_TRUE(HasAnyRole(*e, "Antonio Costa"));
  EXPECT_GE(e->reported_by, 0);  // "an important summit" is in Starmer's quotation
}

TEST_F(ReferenceEvents, TheTariffsImposedByTrump) {
  const Event* e = EventWith("tariffs");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e, EventWith("imposition"));
  EXPECT_EQ(e->cameo, "163");
  EXPECT_EQ(e->status, EventStatus::kHappened);
  EXPECT_TRUE(Has(*e, "Donald Trump", EventRole::kSource));
  EXPECT_EQ(e->place, -1);  // "US" names the actor's country, not where it happened
}

TEST_F(ReferenceEvents, TheDiscussionsOfEuropeanLeadersGoOn) {
  const Event* e = EventWith("discussions");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "CONSULT");
  EXPECT_EQ(e->status, EventStatus::kOngoing);
  ASSERT_FALSE(e->participants.empty());
  EXPECT_EQ(e->participants[0].role, EventRole::kSource);
  ASSERT_GE(e->participants[0].entity, 0);
  EXPECT_EQ(analysis_->entities[e->participants[0].entity].name.rfind("Europe", 0), 0u);
}

TEST_F(ReferenceEvents, EveryFieldIndexesTheRecord) {
  for (const Event& e : analysis_->events) {
    ASSERT_FALSE(e.mentions.empty());
    EXPECT_TRUE(!e.type.empty() || !e.participants.empty());  // the default listing
    for (const EventMention& m : e.mentions) {
      EXPECT_LT(m.span.start, m.span.end);
      EXPECT_LE(m.span.end, text_->size());
      EXPECT_LT(m.sentence, analysis_->sentences.size());
    }
    for (const EventParticipant& p : e.participants) {
      if (p.entity < 0) {  // words the actor dictionaries know, naming no entity: always with their actor code
        EXPECT_FALSE(p.actor.empty());
        EXPECT_FALSE(e.cameo.empty());
      } else {
        EXPECT_LT(static_cast<size_t>(p.entity), analysis_->entities.size());
      }
      EXPECT_LE(p.span.end, text_->size());
    }
    if (e.date && e.date->timex >= 0) EXPECT_LT(static_cast<size_t>(e.date->timex), analysis_->timexes.size());
    if (e.reported_by >= 0) EXPECT_LT(static_cast<size_t>(e.reported_by), analysis_->quotes.size());
    EXPECT_GE(e.confidence, 0.0f);
    EXPECT_LE(e.confidence, 1.0f);
  }
}

}  // namespace
}  // namespace newsgraph
