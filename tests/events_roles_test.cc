// Event participants on hand-written news passages: who acts (source) and on whom (target) where the clause reading
// must look past a relative pronoun, an acronym in parentheses and the like.
#include <gtest/gtest.h>

#include <string>

#include "events_test_util.h"

namespace newsgraph {
namespace {

using Passage = testing::EventPassage;

TEST(EventRoles, AnAcronymInParenthesesEndsTheNamesPhrase) {
  const Passage p("The International Labour Organization (ILO) condemned the arrest of union leaders in Minsk.");
  EXPECT_EQ(p.SourceOf("condemned"), "The International Labour Organization (ILO)");
}

TEST(EventRoles, WhoStandsForThePhraseBeforeIt) {
  const Passage p(
      "Protesters outside the legislature clashed with police, who fired tear gas. "
      "Police in Nairobi arrested dozens of young protesters who marched on parliament. "
      "Senator Maria Lopez, 74, who criticised the deal, was absent.");
  EXPECT_EQ(p.SourceOf("fired"), "police");
  EXPECT_EQ(p.SourceOf("marched"), "dozens of young protesters");
  EXPECT_EQ(p.SourceOf("criticised"), "Senator Maria Lopez");
}

TEST(EventRoles, WhichAfterANameStandsForTheName) {
  // Before: no source ("which" stood for nothing).
  const Passage p("Talks were held with Hamas, which rejected the proposal.");
  EXPECT_EQ(p.SourceOf("rejected"), "Hamas");
  const Passage acronym("The ruling was appealed by the World Anti-Doping Agency (WADA), which accused the player of "
                        "negligence.");
  EXPECT_EQ(acronym.SourceOf("accused"), "the World Anti-Doping Agency (WADA)");
}

TEST(EventRoles, AWordEndingItsClauseAfterAModalIsAVerbWithItsSubject) {
  // Before: "appeal" was read as a noun, with no subject, and not listed.
  const Passage p("The court fined Veltrix on Monday. Veltrix said it would appeal.");
  const Event* appeal = p.At("appeal");
  ASSERT_NE(appeal, nullptr);
  EXPECT_NE(p.Source(*appeal), "-");
  // An object moved before its verb: the noun stays as the tagger read it.
  const Passage moved("The reform is notable for the improvement they would offer.");
  EXPECT_EQ(moved.At("offer"), nullptr);
}

TEST(EventRoles, TheGerundOfAnAccusationIsDoneByWhomItAccuses) {
  // Before: the accuser was the gerund's source.
  const Passage p("Indian Foreign Secretary Vikram Misri accused Pakistan of violating the truce within hours.");
  EXPECT_EQ(p.SourceOf("violating"), "Pakistan");
  const Passage charged("US prosecutors have charged nine food suppliers with helping Ahold inflate its earnings.");
  EXPECT_EQ(charged.SourceOf("helping"), "nine food suppliers");
  // A passive accusation: its subject, as before.
  const Passage passive("Pakistan was accused of violating the truce.");
  EXPECT_EQ(passive.SourceOf("violating"), "Pakistan");
}

TEST(EventRoles, AnActStartedLedOrEndedIsDoneByTheVerbsSubject) {
  const Passage p(
      "Democratic lawmakers returned to the state house on Monday, ending a two-week walkout. "
      "The rebels stepped up their attacks on army posts. "
      "Russia vetoed the resolution. The British ambassador, Barbara Woodward, called the veto unconscionable.");
  EXPECT_EQ(p.SourceOf("walkout"), "Democratic lawmakers");
  EXPECT_EQ(p.SourceOf("attacks"), "The rebels");
  // Calling it names someone else's act.
  ASSERT_NE(p.At("veto"), nullptr);
  EXPECT_NE(p.SourceOf("veto"), "The British ambassador");
}

TEST(EventRoles, AnAgentPhraseOfTwoWordsNamesAGroup) {
  const Passage p("The air force bombed two villages near the border. The court fight ended in a settlement.");
  EXPECT_EQ(p.SourceOf("bombed"), "The air force");
  const Event* bombed = p.At("bombed");
  ASSERT_NE(bombed, nullptr);
  ASSERT_FALSE(bombed->participants.empty());
  EXPECT_EQ(bombed->participants.front().actor, "---MIL");
}

// The entity a participant stands for, by name, or "-".
std::string SourceEntity(const Passage& p, const Event& e) {
  for (const EventParticipant& q : e.participants)
    if (q.role == EventRole::kSource) return q.entity >= 0 ? p.a.entities[q.entity].name : "-";
  return "-";
}

TEST(EventRoles, ADescriptionStandsForTheNearestOrganisationOfItsKind) {
  const Passage p(
      "A federal court ordered Qantas Airways to pay compensation to workers, the Transport Workers Union said. "
      "The airline apologised to the workers. "
      "Envoys from Sudan's army and the Rapid Support Forces met in Geneva, with the African Union looking on. "
      "The paramilitary group later rejected a proposal for a truce. "
      "The whole airline industry rejected the proposal.");
  const Event* apologised = p.At("apologised");
  ASSERT_NE(apologised, nullptr);
  EXPECT_EQ(SourceEntity(p, *apologised), "Qantas Airways");
  const Event* rejected = p.Where("rejected a proposal");
  ASSERT_NE(rejected, nullptr);
  EXPECT_EQ(SourceEntity(p, *rejected), "Rapid Support Forces");
  // A noun that goes on ("airline industry") is no description of one airline.
  const Event* industry = p.Where("rejected the proposal");
  if (industry) EXPECT_NE(SourceEntity(p, *industry), "Qantas Airways");
}

TEST(EventRoles, AWhoseClauseBetweenCommasIsPassedOver) {
  // Before: no source ("whose" ended no relative clause; "is due" stood between the comma and "to travel").
  const Passage p("Senator Ana Ruiz, whose approval rating is below 20 percent, is due to travel to Madrid next week. "
                  "The Labour Party, whose leader was jailed in March, rejected the budget.");
  EXPECT_EQ(p.SourceOf("travel"), "Senator Ana Ruiz");
  EXPECT_EQ(p.SourceOf("rejected"), "The Labour Party");
}

TEST(EventRoles, AParticipleAfterAnOrderIsTheOneWhoOrders) {
  // Before: the participle took the infinitive's subject, the one ordered ("an attache").
  const Passage p("The foreign ministry ordered an attache at the Iranian embassy to leave the country within 48 "
                  "hours, accusing him of spying.");
  EXPECT_EQ(p.SourceOf("accusing"), "The foreign ministry");
}

TEST(EventRoles, WhoIsSwornInTakesOffice) {
  // Before: the passive's subject was the target.
  const Passage p("Jose Ramos was sworn in as president on Monday.");
  EXPECT_EQ(p.SourceOf("sworn"), "Jose Ramos");
  EXPECT_EQ(p.TargetOf("sworn"), "-");
}

TEST(EventRoles, AnArrestAtAPlaceIsThatStatesAct) {
  // Before: no source, and no type (only "in" named the state).
  const Passage p("Ali Reza was arrested at Tehran airport on Sunday.");
  EXPECT_EQ(p.SourceOf("arrested"), "Tehran");
  EXPECT_EQ(p.TargetOf("arrested"), "Ali Reza");
  const Event* arrested = p.At("arrested");
  ASSERT_NE(arrested, nullptr);
  EXPECT_EQ(arrested->type, "COERCE");
}

TEST(EventRoles, TwoSidesThatMakeAnAccordAreItsSourceAndTarget) {
  // Before: both sides were sources ("declare", "reach" are no mutual verbs by themselves).
  const Passage p("Peru and Chile declared a truce on Monday. Kenya and Uganda reached an agreement on fishing rights.");
  EXPECT_EQ(p.SourceOf("declared"), "Peru");
  EXPECT_EQ(p.TargetOf("declared"), "Chile");
  EXPECT_EQ(p.SourceOf("reached"), "Kenya");
  EXPECT_EQ(p.TargetOf("reached"), "Uganda");
}

TEST(EventRoles, TheStanceOfAGroupFallsOnTheGroup) {
  // Before: no target ("the union's demand" names no one, and the records dropped it).
  const Passage p("The labour minister rejected the union's demand on Tuesday. "
                  "The president praised the commission's work.");
  EXPECT_EQ(p.TargetOf("rejected"), "the union");
  EXPECT_EQ(p.TargetOf("praised"), "the commission");
}

TEST(EventRoles, TalksAfterAMutualActAreBetweenItsTwoSides) {
  // Before: the noun had no participant.
  const Passage p("Peru and Chile declared a truce at talks in Lima on Monday.");
  EXPECT_EQ(p.SourceOf("talks"), "Peru");
  EXPECT_EQ(p.TargetOf("talks"), "Chile");
}

TEST(EventRoles, AtLeastBeforeANumberOfPeopleIsNoPreposition) {
  // Before: no target (the records took "At" for a preposition and the phrase for no one).
  const Passage p("At least 14 people were detained, a rights group said. "
                  "About 200 protesters gathered outside the embassy on Sunday.");
  EXPECT_EQ(p.TargetOf("detained"), "At least 14 people");
  EXPECT_EQ(p.SourceOf("gathered"), "About 200 protesters");
}

}  // namespace
}  // namespace newsgraph
