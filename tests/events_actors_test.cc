// CAMEO actor codes of coded events' participants (issue 13, point 7): from the entity's role today (its country or
// organisation and the agent of its title), else the words at the event or the entity's name in the Phoenix
// dictionaries. Hand-written sentences and the reference article, through the whole pipeline.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "newsgraph/newsgraph.h"
#include "pipeline_test_util.h"
#include "test_util.h"

namespace newsgraph {
namespace {

using testing::SharedPipeline;

// "name:role:actor" for each participant of the event with a mention `trigger`; "?" for no such event.
std::string Actors(const std::string& text, std::string_view trigger, Date date = Date{2025, 1, 15}) {
  Document doc;
  doc.text = text;
  doc.date = date;
  auto a = SharedPipeline().Analyze(doc);
  if (!a.ok()) return "error: " + a.status().message();
  for (const Event& e : a->events) {
    if (e.mentions.front().span.In(text) != trigger) continue;
    std::string out;
    for (const EventParticipant& p : e.participants)
      out += (out.empty() ? "" : " ") +
             (p.entity >= 0 ? a->entities[p.entity].name : "[" + std::string(p.span.In(text)) + "]") + ":" +
             EventRoleName(p.role) + ":" +
             (p.actor.empty() ? "-" : p.actor);
    return out;
  }
  return "?";
}

TEST(EventActors, CountriesAgentsAndOrganisations) {
  EXPECT_EQ(Actors("Russia launched a missile attack on Odesa.", "launched"), "Russia:source:RUS Odesa:target:UKR");
  // Force falls on an agent's post as on the agent (the head "station" is no agent word).
  EXPECT_EQ(Actors("Syrian rebels attacked a police station in Aleppo.", "attacked"),
            "Syrian:source:SYRREB [a police station]:target:---COP");
  // A military noun the dictionaries lack, after a nationality: the country's military.
  // (Kharkiv, after "at" in a phrase of violence, is struck: the target, as well as the place.)
  EXPECT_EQ(Actors("Russian forces fired missiles at Kharkiv on Monday.", "fired"),
            "Russian:source:RUSMIL Kharkiv:target:UKR");
  // Named by words the dictionaries know, not by an entity; the people arrested by words they do not know, a
  // participant with no actor.
  // Agents alone take the country of an "in" phrase after them, as of an "of" phrase (Lahore is in Pakistan).
  EXPECT_EQ(Actors("Police in Lahore arrested 12 members of a banned party.", "arrested"),
            "[Police]:source:PAKCOP [12 members]:target:-");
  EXPECT_EQ(Actors("A police checkpoint was attacked by gunmen on Wednesday.", "attacked"),
            "[A police checkpoint]:target:---COP [gunmen]:source:---UAF");
}

TEST(EventActors, TheRoleTheArticleGivesToday) {
  // Ursula von der Leyen is in the dictionaries as a German minister; the article makes her the Commission's
  // President.
  const std::string text = testing::ReadFileOrDie(testing::SourcePath("tests/fixtures/starmer-eu.txt"));
  EXPECT_EQ(Actors(text, "meeting", Date{2025, 4, 22}),
            "Ursula von der Leyen:source:IGOEUREEC Keir Starmer:target:GBRGOV");
  EXPECT_EQ(Actors(text, "imposition", Date{2025, 4, 22}), "Donald Trump:source:USAGOV");
}

TEST(EventActors, AnAgentsCountryFromAnInPhrase) {
  EXPECT_EQ(Actors("A court in Guyana has issued arrest warrants for two Brazilian men.", "issued"),
            "[A court]:source:GUYJUD Brazilian:target:BRAPPL");
  // Not soldiers' nor refugees': troops in a country are as often a foreign army.
  EXPECT_EQ(Actors("Troops in Mali attacked a village on Monday.", "attacked"),
            "[Troops]:source:---MIL [a village]:target:---CVL");
  // Words that name an entity are coded by it, not by the place they are in.
  EXPECT_EQ(Actors("An EU spokesman in Washington dismissed the US complaint.", "dismissed"),
            "European Union:source:IGOEUREEC United States:target:USA");
}

TEST(EventActors, ThePersonsTitleGivesTheAgent) {
  // The dictionaries have David Petraeus as the CIA director of 2011-12 (USASPY); the article calls him a general.
  EXPECT_EQ(Actors("General David Petraeus met President Michel Suleiman in Beirut.", "met", Date{2012, 11, 8}),
            "David Petraeus:source:USAMIL Michel Suleiman:target:LBNGOV");
  // A senator is a legislator (the dictionaries know only the country of these names).
  EXPECT_EQ(Actors("Sen. Ted Cruz of Texas blasted the Iran deal on Monday.", "blasted", Date{2016, 3, 1}),
            "Ted Cruz:source:USALEG Iran:target:IRN");
}

// The nationality before coordinated agents is each one's; not a country's name before them.
TEST(EventActors, ANationalityBeforeCoordinatedAgents) {
  EXPECT_EQ(Actors("Danish media and government warned Russia of the danger.", "warned"),
            "[government]:source:DNKGOV Danish:source:DNKMED Russia:target:RUS");
  EXPECT_EQ(Actors("Russian officials and diplomats met Chinese leaders in Beijing.", "met"),
            "[diplomats]:source:RUSGOV Russian:source:RUS Chinese:target:CHN");
  EXPECT_EQ(Actors("A review of his work in Ukraine shows how politics and business converged.", "converged"),
            "[business]:source:---BUS Ukraine:source:UKR");
}

// Agent words before "of" and a list of countries are each country's.
TEST(EventActors, TheAgentOfAListOfCountries) {
  EXPECT_EQ(Actors("The foreign ministers of France, Germany and Britain met Iranian officials in Geneva.", "met"),
            "United Kingdom:source:GBRGOV Germany:source:DEUGOV France:source:FRAGOV Iranian:target:IRN");
  // After "in" as well, but not for soldiers.
  EXPECT_EQ(Actors("Lawmakers in France and Germany welcomed the deal with Iran.", "welcomed"),
            "Germany:source:DEULEG France:source:FRALEG Iran:target:IRN");
  EXPECT_EQ(Actors("Troops in Iraq and Syria attacked Islamic State.", "attacked"),
            "Syria:source:SYR Iraq:source:IRQ Islamic:target:---MUS");
  // "leaders" is no agent word of the dictionaries.
  EXPECT_EQ(Actors("The leaders of France and Germany criticized Russia on Monday.", "criticized"),
            "Germany:source:DEU France:source:FRA Russia:target:RUS");
}

// "Carlos Moya beat Mardy Fish": between people the dictionaries know nothing of, no violence is coded (sport, crime).
TEST(EventActors, ViolenceNeedsAKnownActor) {
  Document doc;
  doc.text = "Carlos Moya beat Mardy Fish in straight sets on Friday. Rebels attacked the town of Goma.";
  auto a = SharedPipeline().Analyze(doc);
  ASSERT_TRUE(a.ok());
  std::string types;
  for (const Event& e : a->events) types += std::string(e.mentions.front().span.In(doc.text)) + ":" + e.type + " ";
  EXPECT_EQ(types.find("beat:ASSAULT"), std::string::npos) << types;
  EXPECT_NE(types.find("attacked:ASSAULT"), std::string::npos) << types;
}

TEST(EventActors, OnlyCodedEventsHaveThem) {
  Document doc;
  doc.text = "Keir Starmer smiled at reporters on Monday.";  // no CAMEO code for "smiled"
  auto a = SharedPipeline().Analyze(doc);
  ASSERT_TRUE(a.ok());
  int uncoded = 0;
  for (const Event& e : a->events)
    if (e.cameo.empty())
      for (const EventParticipant& p : e.participants) {
        ++uncoded;
        EXPECT_EQ(p.actor, "");
      }
  EXPECT_GT(uncoded, 0);
}

}  // namespace
}  // namespace newsgraph
