// Where an event happened (issue 13, point 5): the place the text gives for it, never a place merely mentioned
// elsewhere in the sentence; and a verb at another kind of event ("arrested ... at a rally") is its own event.
// Hand-written sentences, through the whole pipeline.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "newsgraph/newsgraph.h"
#include "pipeline_test_util.h"

namespace newsgraph {
namespace {

using testing::SharedPipeline;

// The name of the place of the event with a mention `trigger` in `text`; "-" for none, "?" for no such event.
std::string PlaceOf(const std::string& text, std::string_view trigger) {
  Document doc;
  doc.text = text;
  doc.date = Date{2025, 5, 6};
  auto a = SharedPipeline().Analyze(doc);
  if (!a.ok()) return "error: " + a.status().message();
  for (const Event& e : a->events)
    for (const EventMention& m : e.mentions)
      if (m.span.In(text) == trigger) return e.place >= 0 ? a->entities[e.place].name : "-";
  return "?";
}

TEST(EventPlaces, AfterThePreposition) {
  EXPECT_EQ(PlaceOf("Ministers met in San Francisco on Friday.", "met"), "San Francisco");  // a name of two words
  EXPECT_EQ(PlaceOf("Farmers protested outside the parliament in Brussels on Tuesday.", "protested"), "Brussels");
  EXPECT_EQ(PlaceOf("Rebels attacked an army base near the town of Goma on Sunday.", "attacked"), "Goma");
  EXPECT_EQ(PlaceOf("The police arrested 20 students at a rally in northern Kenya.", "arrested"), "Kenya");
}

// The place named right after the preposition, not a longer name after it.
TEST(EventPlaces, TheNameRightAfterThePreposition) {
  EXPECT_EQ(PlaceOf("Russian forces pulled back from positions near the village of Robotyne in Zaporizhzhia region "
                    "overnight.",
                    "pulled back"),
            "Robotyne");
}

// A participle after a noun ("people protesting") stands in the event's own clause; an event noun's place may be in
// the subject of the verb that brings it in ("went on strike"), not past an infinitive of purpose.
TEST(EventPlaces, ThroughAParticipleAndFromTheVerbsSubject) {
  EXPECT_EQ(PlaceOf("Security forces opened fire on a crowd of several hundred people protesting against fuel price "
                    "rises in the southern city of Ziguinchor on Monday.",
                    "opened"),
            "Ziguinchor");
  EXPECT_EQ(PlaceOf("Workers at the Boeing plant in Seattle went on strike on Sunday.", "strike"), "Seattle");
  EXPECT_EQ(PlaceOf("Abbas spoke ahead of a meeting in London to discuss Palestinian reforms.", "reforms"), "-");
}

// Not a place that only begins a name ("an attack on Arizona Sen. John McCain"); the first of two places named
// together ("in Burnley, Lancashire").
TEST(EventPlaces, NotAPlaceBeginningANameButTheFirstOfTwo) {
  EXPECT_EQ(PlaceOf("The ad included an attack on Arizona Sen. John McCain.", "attack"), "-");
  EXPECT_EQ(PlaceOf("Police arrested the party leader after a speech in Burnley, Lancashire, on Monday.", "arrested"),
            "Burnley");
}

// "there" after the event is the place named last before it after a place preposition (this sentence or the one
// before); an existential "there" ("there were") is none, nor is a place named otherwise ("China's coast guard").
TEST(EventPlaces, ThereIsThePlaceNamedBefore) {
  EXPECT_EQ(PlaceOf("Thousands rallied in Tbilisi on Sunday. Police arrested 40 protesters there on Monday.", "arrested"),
            "Tbilisi");
  EXPECT_EQ(PlaceOf("China's coast guard blocked a resupply mission there on Monday.", "blocked"), "-");
  EXPECT_EQ(PlaceOf("Fighting raged in Goma on Sunday. Rebels attacked a convoy and there were no casualties.",
                    "attacked"),
            "-");
}

// "police there detained": "there" right before the verb, after its subject, is the place named before it.
TEST(EventPlaces, ThereInTheSubject) {
  EXPECT_EQ(PlaceOf("Officials suspended two polling officers in Thane, and police there detained a man.", "detained"),
            "Thane");
}

// "around Taiwan", "off the coast of Aceh", "the streets of Guayaquil", "south of Lampedusa": the place around which,
// of whose coast or streets, or from which by a bearing.
TEST(EventPlaces, AroundPartsOfAPlaceAndBearings) {
  EXPECT_EQ(PlaceOf("China's military staged large-scale drills around Taiwan on Tuesday.", "drills"), "Taiwan");
  EXPECT_EQ(PlaceOf("Soldiers patrolled the streets of Guayaquil on Monday.", "patrolled"), "Guayaquil");
  EXPECT_EQ(PlaceOf("Italian police arrested 12 smugglers south of Lampedusa on Sunday.", "arrested"), "Lampedusa");
  EXPECT_EQ(PlaceOf("Italian police arrested 12 smugglers on Sunday, officials in Rome said.", "arrested"), "-");
}

TEST(EventPlaces, InTheSubjectOrVisited) {
  EXPECT_EQ(PlaceOf("Doctors in Lagos protested over unpaid wages.", "protested"), "Lagos");
  EXPECT_EQ(PlaceOf("The president will visit Nairobi next week.", "visit"), "Nairobi");
}

TEST(EventPlaces, NotAPlaceMentionedElsewhere) {
  // The war is in Sudan; where the leaders talk, the sentence does not say.
  EXPECT_EQ(PlaceOf("Leaders discussed the war in Sudan on Monday.", "discussed"), "-");
  // Past a comma the phrase is another clause's.
  EXPECT_EQ(PlaceOf("The minister is expected to resign next week, officials in Madrid said.", "resign"), "-");
}

TEST(EventPlaces, VerbsJoinedByAndShareTheirPlace) {
  // One place phrase for both verbs: the meeting was in Paris too.
  EXPECT_EQ(PlaceOf("Army chiefs met and signed a deal in Paris on Monday.", "met"), "Paris");
  // Not across a clause: the arrest was not in Lyon.
  EXPECT_EQ(PlaceOf("Police arrested the mayor, who later spoke in Lyon.", "arrested"), "-");
}

TEST(EventPlaces, ThePlaceInsideAPlace) {
  // "Niger's Tillaberi region": the region, not the country it lies in.
  EXPECT_EQ(PlaceOf("Gunmen attacked a village in Niger's Tillaberi region on Sunday.", "attacked"), "Tillaberi");
  EXPECT_EQ(PlaceOf("Rebels attacked a convoy in Niger's west on Sunday.", "attacked"), "Niger");
}

TEST(EventPlaces, TheCityIsThePlaceNamedBefore) {
  EXPECT_EQ(PlaceOf("Police in Lahore arrested 12 party members on Wednesday. The provincial government has barred "
                    "gatherings of more than four people in the city until Sunday.",
                    "barred"),
            "Lahore");
  // "the capital" is a town: a country named before is not it.
  EXPECT_EQ(PlaceOf("Protests spread across Pakistan on Monday. Police fired tear gas in the capital on Tuesday.",
                    "fired"),
            "-");
}

TEST(EventPlaces, NotAPlaceInANameOrAnOrigin) {
  EXPECT_EQ(PlaceOf("A Paris-based group protested on Monday.", "protested"), "-");
  EXPECT_EQ(PlaceOf("Students from Kyiv protested on Monday.", "protested"), "-");
  EXPECT_EQ(PlaceOf("Refugees from Kyiv protested in Warsaw on Monday.", "protested"), "Warsaw");
}

TEST(EventPlaces, AVerbAtAnotherKindOfEventIsItsOwnEvent) {
  Document doc;
  doc.text = "The police arrested 20 students at a rally in northern Kenya.";
  auto a = SharedPipeline().Analyze(doc);
  ASSERT_TRUE(a.ok());
  bool arrest = false;
  for (const Event& e : a->events) {
    if (e.mentions.front().span.In(doc.text) != "arrested") continue;
    arrest = true;
    EXPECT_EQ(e.type, "COERCE");
    EXPECT_EQ(e.mentions.size(), 1u);
  }
  EXPECT_TRUE(arrest);
}

}  // namespace
}  // namespace newsgraph
