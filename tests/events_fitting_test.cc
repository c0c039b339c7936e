// A verb of cooperation coded by its block alone needs an object of the kind its act is done to
// (src/events/fitting.h): hand-written news sentences (none from a gold set), each with the act in its political sense
// beside the verb in another sense.
#include <gtest/gtest.h>

#include <string>

#include "events/fitting.h"
#include "events_test_util.h"
#include "newsgraph/pipeline.h"

namespace newsgraph {
namespace {

using Passage = testing::EventPassage;

bool Typed(const Event* e) { return e != nullptr && !e->type.empty(); }

TEST(EventFitting, NounKindsFromWordNetSupersenses) {
  events::SenseLexicon senses;
  ASSERT_TRUE(senses.Parse("prisoner\t18\t-1\t-1\t40000\n"      // noun.person
                           "clip\t6\t35\t-1\t4840000850\n"      // noun.artifact (and verbs)
                           "proof\t9\t36\t0\t18c0800651\n"      // noun.cognition
                           "party\t14\t41\t-1\t20000044000\n"   // noun.group
                           "head\t8\t38\t-1\t300000000044500\n" // noun.body, also a person (bit 18)
                           "aid\t7\t41\t-1\t20020200090\n"      // noun.attribute, also noun.act
                           "money\t21\t-1\t-1\t200000\n")       // noun.possession
                  .ok());
  using events::ObjectKind;
  EXPECT_EQ(events::NounKind(&senses, "prisoners"), ObjectKind::kActor);
  EXPECT_EQ(events::NounKind(&senses, "parties"), ObjectKind::kActor);
  EXPECT_EQ(events::NounKind(&senses, "clips"), ObjectKind::kThing);
  EXPECT_EQ(events::NounKind(&senses, "proof"), ObjectKind::kThing);
  EXPECT_EQ(events::NounKind(&senses, "head"), ObjectKind::kUnknown);  // a person too
  EXPECT_EQ(events::NounKind(&senses, "money"), ObjectKind::kUnknown);
  EXPECT_EQ(events::NounKind(&senses, "hostages"), ObjectKind::kUnknown);  // not in this lexicon
  EXPECT_EQ(events::NounKind(nullptr, "clip"), ObjectKind::kUnknown);
  EXPECT_TRUE(events::CodeNeedsFittingObject("084"));
  EXPECT_TRUE(events::CodeNeedsFittingObject("030"));
  EXPECT_FALSE(events::CodeNeedsFittingObject("020"));
  EXPECT_FALSE(events::CodeNeedsFittingObject("190"));
}

// "released a video" publishes; "released the journalists" frees people.
TEST(EventFitting, ReleasingAThingIsNoRelease) {
  const Passage p(
      "The campaign released a video on Friday about its plans for the economy. "
      "Rebels in Mali released the two journalists on Sunday.");
  EXPECT_FALSE(Typed(p.At("released a video") ? p.Where("released a video") : nullptr));
  const Event* freed = p.Where("released the two");
  ASSERT_NE(freed, nullptr);
  EXPECT_EQ(freed->type, "RETREAT");
}

// "offered no proof", "introduced a bill": no promise, no meeting; "offered help" and "offered Kenya" stay.
TEST(EventFitting, OfferingProofOrIntroducingABillIsNoAct) {
  const Passage p(
      "The senator offered no proof for his claims. "
      "Labour introduced a bill on housing last week. "
      "Japan offered help to Kenya after the floods.");
  EXPECT_FALSE(Typed(p.Where("offered no proof")));
  EXPECT_FALSE(Typed(p.Where("introduced a bill")));
  EXPECT_TRUE(Typed(p.Where("offered help")));
}

// "help assess", "came to be": a verb brought in, no aid, no meeting; "helped Ukraine" stays an act of aid.
TEST(EventFitting, AVerbBroughtInIsTheEvent) {
  const Passage p(
      "Experts from the agency will help assess the damage. "
      "The region came to be known for its vineyards. "
      "Poland helped Ukraine with fuel and generators last winter.");
  EXPECT_FALSE(Typed(p.Where("help assess")));
  EXPECT_FALSE(Typed(p.Where("came to be")));
  EXPECT_TRUE(Typed(p.Where("helped Ukraine")));
}

}  // namespace
}  // namespace newsgraph
