// On whom an event falls (its target), on hand-written sentences (none from a gold set): the phrases the clause
// reader reaches past an "of" phrase, a phrase of affiliation, a phrase of place or time, "including", a joined verb;
// an event noun's "of" phrase; the subject of a demanded clause and of a threat's condition; a "to" complement's
// objects; the recipient of what is given.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "events/extractor.h"
#include "events/participants.h"
#include "events/trigger_model.h"
#include "events_test_util.h"
#include "newsgraph/pipeline.h"
#include "pipeline_test_util.h"
#include "test_util.h"

namespace newsgraph::events {
namespace {

using Passage = testing::EventPassage;

const EventModel& Model() {
  static const auto model =
      EventModel::Load(testing::SourcePath(std::string("models/") + kDefaultEventModelFile));
  EXPECT_TRUE(model.ok()) << model.status().message();
  return **model;
}

// The events of one text as the reader gives them (before records).
struct Read {
  std::string text;
  Analysis analysis;
  std::vector<ReadEvent> events;
  explicit Read(std::string t) : text(std::move(t)) {
    Document d;
    d.text = text;
    analysis = *testing::SharedPipeline().Analyze(d);
    const EventExtractor extractor(Model());
    ExtractorScratch scratch;
    extractor.Read(text, analysis, std::nullopt, &scratch);
    events = std::move(scratch.read);
  }
  std::string Targets(std::string_view trigger) const {
    for (const ReadEvent& e : events)
      if (e.span.In(text).substr(0, trigger.size()) == trigger) {
        std::string out;
        for (const EventParticipant& p : e.participants)
          if (p.role == ParticipantRole::kTarget) out += (out.empty() ? "" : "|") + std::string(p.span.In(text));
        return out;
      }
    return "(no event)";
  }
};

// The record's first target, or "(not listed)".
std::string Target(const Passage& p, std::string_view trigger) {
  const Event* e = p.At(trigger);
  return e ? p.Target(*e) : "(not listed)";
}

TEST(EventTargets, AnOfPhraseNamesWhomATitleOrACommonNounMeans) {
  // A title alone is no entity, and the record would drop it; the name of its "of" phrase says who.
  const Passage p("Police detained the governor of Kherson on Monday.");
  EXPECT_EQ(Target(p, "detained"), "the governor of Kherson");
  // Not across a verb the taggers did not take for an event, nor when the first phrase names someone itself.
  const Passage noun("The arrest of the governor of Kherson angered Moscow.");
  EXPECT_EQ(Target(noun, "arrest"), "the governor of Kherson");
  const Passage named("Ankara accused Athens of provocations.");
  EXPECT_EQ(Target(named, "accused"), "Athens");
}

TEST(EventTargets, APhraseOfAffiliationNamesWhomItBelongsTo) {
  const Passage p("Washington imposed sanctions on eight firms linked to Iran's Revolutionary Guards.");
  EXPECT_EQ(Target(p, "imposed"), "eight firms linked to Iran's Revolutionary Guards");
}

TEST(EventTargets, PhrasesOfPlaceAndTimeAreNoCandidates) {
  // Before: "near Maiduguri" was a further candidate, chosen for naming an actor (and a record drops a place).
  Read r("Gunmen ambushed a patrol near Maiduguri on Sunday.");
  EXPECT_EQ(r.Targets("ambushed"), "a patrol");
}

TEST(EventTargets, ThoseIncludedAreTargetsToo) {
  const Passage p("Kenya deported 12 migrants, including the activist Miguel Ortega, on Friday.");
  const Event* e = p.At("deported");
  ASSERT_NE(e, nullptr);
  bool ortega = false;
  for (const newsgraph::EventParticipant& q : e->participants)
    ortega |= q.role == EventRole::kTarget && q.span.In(p.text).find("Ortega") != std::string_view::npos;
  EXPECT_TRUE(ortega);
}

TEST(EventTargets, AJoinedVerbSharesTheObject) {
  const Passage p("Egypt hosted and welcomed Mahmoud Abbas in Cairo.");
  EXPECT_EQ(Target(p, "hosted"), "Mahmoud Abbas");
  EXPECT_EQ(Target(p, "welcomed"), "Mahmoud Abbas");
}

TEST(EventTargets, AnEventNounOfAnActDoneToSomeone) {
  Read r("The arrest of Ukrainian journalists sparked outrage. The visit of the German chancellor was cancelled.");
  EXPECT_EQ(r.Targets("arrest"), "Ukrainian journalists");
  EXPECT_EQ(r.Targets("visit"), "");  // who visits is no target
}

TEST(EventTargets, ADemandedActNamedWithoutItsActorKeepsTheDemandsObject) {
  const Passage p("Students demanded the resignation of Education Minister Gabriel Attal.");
  const Event* e = p.At("demanded");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(p.Target(*e).find("Gabriel Attal"), std::string::npos);
}

TEST(EventTargets, TheSubjectOfADemandedClause) {
  // The demanded act codes nothing of its own: the demand still falls on who is to act.
  const Passage p("The European Union demanded that Serbia recognise the election results.");
  EXPECT_EQ(Target(p, "demanded"), "Serbia");
}

TEST(EventTargets, AnInfinitiveComplementsObjectsAndAThreatsCondition) {
  const Passage pledge("Japan pledged to deliver food to Sudan.");
  EXPECT_EQ(Target(pledge, "pledged"), "Sudan");
  const Passage threat("Oslo threatened on Tuesday to take action if Moscow and Minsk resume the drills.");
  EXPECT_EQ(Target(threat, "threatened"), "Moscow");
  // The threatener's own condition names no one else.
  Read own("Oslo threatened to take action if it is attacked.");
  EXPECT_EQ(own.Targets("threatened"), "action");
  // A refusal keeps the refused act apart.
  Read refusal("Turkey refused to extradite the journalist to Sweden.");
  EXPECT_EQ(refusal.Targets("refused"), "");
}

TEST(EventTargets, WhatIsGivenGoesToItsRecipient) {
  const Passage p("Canada will send two frigates to the Philippines. Norway is providing radars to Estonia.");
  EXPECT_EQ(Target(p, "send"), "the Philippines");
  EXPECT_EQ(Target(p, "providing"), "Estonia");
}

TEST(EventTargets, AnAppositionNamesThePersonAndAMeansIsNoTarget) {
  // Before: "telephone" was the first candidate, and the counterpart a title no record keeps.
  const Passage p("President Lula spoke by telephone with his Kenyan counterpart, William Ruto, on Friday.");
  EXPECT_EQ(Target(p, "spoke"), "William Ruto");
  // "by" and a phrase that names an agent is no means: "an attack by X" is X's.
  Read agent("Oslo condemned an attack by Russian soldiers in Kharkiv.");
  EXPECT_EQ(agent.Targets("condemned"), "Russian soldiers");
}

TEST(EventTargets, AQuotedWordDoesNotEndTheThreatsCondition) {
  const Passage p("Pyongyang threatened to take \"decisive\" action if Seoul resumes the broadcasts.");
  EXPECT_EQ(Target(p, "threatened"), "Seoul");
}

TEST(EventTargets, AProtestIsAgainstWhomItsPurposeAsks) {
  const Passage staged("Hundreds of farmers staged a sit-in on Monday to demand the release of Alexei Navalny.");
  EXPECT_EQ(Target(staged, "staged"), "the release of Alexei Navalny");
  const Passage strike("Teachers went on strike to demand higher pay from the Ministry of Education.");
  EXPECT_EQ(Target(strike, "strike"), "the Ministry of Education");
  // A place the protest is in is no target and does not stand in the way.
  const Passage march("Thousands of students marched in Dhaka to protest against the government of Sheikh Hasina.");
  EXPECT_EQ(Target(march, "marched"), "the government of Sheikh Hasina");
}

TEST(EventTargets, ADemandedClausesSubjectEndsAtItsName) {
  // "halt" is no event the taggers see; the subject is the name (and its parenthesis), not the clause.
  const Passage p("Washington demanded that the Islamic Republic of Iran (IRI) halt enrichment.");
  EXPECT_EQ(Target(p, "demanded"), "the Islamic Republic of Iran");
}

TEST(EventTargets, ANumbersModifierIsNoComparison) {
  Read r("Soldiers forced out more than 2,000 Rohingya villagers from their homes.");
  EXPECT_EQ(r.Targets("forced").substr(0, 5), "2,000");
}

TEST(EventTargets, ForceFallsOnAnAgentsPost) {
  // A post of the police or the army is no entity and its head no agent word; under attack it stands for them.
  const Passage p("Gunmen stormed a police station in Kaya. Drones struck army positions near Kassala on Tuesday.");
  EXPECT_EQ(Target(p, "stormed"), "a police station");
  EXPECT_EQ(Target(p, "struck"), "army positions");
}

TEST(EventTargets, APlaceIsALastCandidate) {
  // "near Kabul" is not chosen over the object, but an act that names no one else keeps it (a known participant).
  Read r("Gunmen ambushed a patrol near Maiduguri. Retirees were protesting outside Congress on Wednesday.");
  EXPECT_EQ(r.Targets("ambushed"), "a patrol");
  EXPECT_EQ(r.Targets("protesting"), "Congress");
}

TEST(EventTargets, AThreatsConditionStandsBesideANamedObject) {
  // The complement names a place acted on; who must comply is the condition's subject.
  const Passage p("Tehran threatened to close the Strait of Hormuz if Washington bombed its nuclear sites.");
  const Event* e = p.At("threatened");
  ASSERT_NE(e, nullptr);
  bool washington = false;
  for (const newsgraph::EventParticipant& q : e->participants)
    washington |= q.role == EventRole::kTarget && q.span.In(p.text) == "Washington";
  EXPECT_TRUE(washington);
}

TEST(EventTargets, ARelativeClauseOnTheObject) {
  const Passage p("Bamako recalled its envoy from Algeria, which it accuses of arming the rebels.");
  EXPECT_EQ(Target(p, "accuses"), "Algeria");
  // Its place after the verb does not stand in the way.
  const Passage place("Police questioned a journalist whom the army had detained in Gao.");
  EXPECT_EQ(Target(place, "detained"), "a journalist");
}

TEST(EventTargets, AnEventNounsIntoPhraseAndMoreActsDoneToSomeone) {
  Read r("The inquiry into Serbian officials began. Israel's seizure of Turkish ships angered Ankara.");
  EXPECT_EQ(r.Targets("inquiry"), "Serbian officials");
  EXPECT_EQ(r.Targets("seizure"), "Turkish ships");  // not across "angered", which no tagger took for an event
}

TEST(EventTargets, SomeonesThingIsNoThingGiven) {
  // "Syria's debt" names whom the payment helps; the "to" phrase is the creditor.
  Read r("Qatar will provide Syria's army to the United Nations.");
  const std::string targets = r.Targets("provide");
  EXPECT_EQ(targets.find("United Nations"), std::string::npos) << targets;
}

TEST(EventTargets, OpeningFireFallsOnWhomItsPurposeNames) {
  // "fire" is the act; before, it was the target.
  const Passage p("Riot police opened fire to disperse Kenyan protesters on Tuesday.");
  EXPECT_EQ(Target(p, "opened"), "Kenyan protesters");
}

TEST(EventTargets, TheObjectNamingPeopleBeatsALaterCommonNounActor) {
  // Before: "a convent school" (a common noun with an actor code) and "a Vietnamese trawler" (the object's own "of"
  // phrase) were chosen for naming an actor.
  const Passage p("Kidnappers seized 12 nuns from a convent school on Friday.");
  EXPECT_EQ(Target(p, "seized"), "12 nuns");
  const Passage crew("Indonesian navy officers detained the eleven crew members of a Vietnamese trawler.");
  EXPECT_EQ(Target(crew, "detained"), "the eleven crew members");
}

TEST(EventTargets, APlaceAfterInIsWhereAndTheObjectStaysBesideIt) {
  // Before: "Goma" (after "in", naming an actor) was the only target kept, then dropped by the records as the place.
  const Passage p("Rebels raided a clinic in Goma on Sunday.");
  EXPECT_EQ(Target(p, "raided"), "a clinic");
  EXPECT_EQ(p.Place("raided"), "Goma");
}

TEST(EventTargets, WhoTellsOfTheActIsNoTarget) {
  // Before: "the army" of "according to the army" was the target.
  const Passage p("Militants attacked a convoy near Gao, according to the army.");
  EXPECT_EQ(Target(p, "attacked"), "a convoy");
}

TEST(EventTargets, APlaceAfterAtIsStruckByViolence) {
  // Before: "Tel Aviv" was the target read, then dropped by the records as a place.
  const Passage p("Hezbollah fired 60 rockets at Tel Aviv on Saturday.");
  EXPECT_EQ(Target(p, "fired"), "Tel Aviv");
  // Not for a meeting: "at" is where.
  const Passage met("Emmanuel Macron met Olaf Scholz at Berlin on Friday.");
  EXPECT_EQ(Target(met, "met"), "Olaf Scholz");
}

TEST(EventTargets, AnObjectPronounOfAClauseSharingTheSubjectIsTheEarlierObject) {
  // "them" never stands for its own verb's subject; before, "a smuggling ring" was chosen over it.
  const Passage p("Hungary expelled three Belarusian diplomats on Friday, accusing them of running a smuggling ring.");
  const Event* e = p.At("accusing");
  ASSERT_NE(e, nullptr);
  bool diplomats = false;
  for (const newsgraph::EventParticipant& q : e->participants)
    diplomats |= q.role == EventRole::kTarget && q.entity >= 0 && p.a.entities[q.entity].name.find("Belarus") == 0;
  EXPECT_TRUE(diplomats) << p.Target(*e);
  // Another subject: the pronoun is left to the rules of old.
  const Passage other("Protesters attacked the police, who arrested them.");
  EXPECT_NE(Target(other, "arrested"), "the police");
}

TEST(EventTargets, ForceWithOnlyItsMeansFallsOnWhomItsPurposeNames) {
  // Before: no target ("tear gas", "rubber bullets" are what force is done with; "to disperse" codes nothing).
  const Passage p("Riot police fired tear gas to disperse students outside the parliament.");
  EXPECT_EQ(Target(p, "fired"), "students");
  const Passage used("Troops used rubber bullets to disperse miners.");
  EXPECT_EQ(Target(used, "used"), "miners");
}

TEST(EventTargets, WhoIsAccusedOfIsThePhraseTheParticipleFollows) {
  // Before: "a fraud scheme" (the "of" phrase) was the target and "a banker" the source.
  const Passage p("Police arrested Hugo Varela, a banker accused of running a fraud scheme.");
  EXPECT_EQ(Target(p, "accused"), "Hugo Varela");
  const Passage charged("A soldier charged with desertion was freed on Monday.");
  EXPECT_EQ(Target(charged, "charged"), "A soldier");
  // After a pronoun the verb is active: its subject acts, its object is the phrase before the pronoun.
  const Passage gap("The ministry fined five companies it accused of dumping steel.");
  EXPECT_EQ(Target(gap, "accused"), "five companies");
  // An object of its own stays the target.
  const Passage active("Russia accused Ukraine of shelling the plant.");
  EXPECT_EQ(Target(active, "accused"), "Ukraine");
}

TEST(EventTargets, WhoIsAskedToActIsATargetWhateverItsNoun) {
  // Before: no target (neither noun is one the sense lexicon files under people).
  const Passage p("The court ordered the trio to return the money.");
  EXPECT_EQ(Target(p, "ordered"), "the trio");
  const Passage urged("The bureau urged node operators to block the transactions.");
  EXPECT_EQ(Target(urged, "urged"), "node operators");
  // An act ordered is no one.
  const Passage halt("China ordered a halt to construction work on the dam.");
  EXPECT_NE(Target(halt, "ordered"), "a halt");
}


// The entity the record's first target names, or "-".
std::string TargetEntity(const Passage& p, std::string_view trigger) {
  const Event* e = p.At(trigger);
  if (!e) return "(not listed)";
  for (const newsgraph::EventParticipant& q : e->participants)
    if (q.role == EventRole::kTarget) return q.entity >= 0 ? p.a.entities[q.entity].name : "-";
  return "-";
}

TEST(EventTargets, HimOrHerIsThePersonNamedBefore) {
  // Before: "him" named no one, and the record had no target entity.
  const Passage p(
      "Army officers seized power from President Umaro Sissoco Embalo on Wednesday and detained him.");
  EXPECT_EQ(TargetEntity(p, "detained"), "Umaro Sissoco Embalo");
  // In the sentence before; the verb's own subject is not who "him" is.
  const Passage before(
      "Former governor Yahaya Bello pleaded not guilty on Wednesday. Judge Emeka Nwite remanded him in custody.");
  EXPECT_EQ(TargetEntity(before, "remanded"), "Yahaya Bello");
  // Not a person whose given name is the other gender's, nor past a person named by a common noun.
  const Passage other("Voters rejected Hillary Clinton and backed him.");
  EXPECT_NE(TargetEntity(other, "backed"), "Hillary Clinton");
  const Passage common("Gunmen shot John Mensah on Monday. Police arrested a man and charged him with murder.");
  EXPECT_NE(TargetEntity(common, "charged"), "John Mensah");
}

// A passive's "he" or "she" opening its sentence is the person named first in the sentence before (or the one before
// that): before, the pronoun named no one, so the record was neither coded nor listed ("He was arrested").
TEST(EventTargets, HeOrSheOpeningTheSentenceIsThePersonNamedBefore) {
  const Passage p("Police questioned John Mensah for hours on Monday. He was arrested on Tuesday.");
  EXPECT_EQ(TargetEntity(p, "arrested"), "John Mensah");
  const Event* arrested = p.At("arrested");
  ASSERT_NE(arrested, nullptr);
  EXPECT_EQ(arrested->type, "COERCE");
  // After a joining word or an opening phrase; two sentences back when the one between names no one.
  const Passage later(
      "A court convicted Mary Kamau of fraud on Monday. The case had lasted two years. On Tuesday, she was "
      "sentenced to four years in prison.");
  EXPECT_EQ(TargetEntity(later, "sentenced"), "Mary Kamau");
  // Not a person whose given name is the other gender's; not a pronoun inside its sentence.
  const Passage other("Police questioned Mary Kamau on Monday. He was arrested on Tuesday.");
  EXPECT_NE(TargetEntity(other, "arrested"), "Mary Kamau");
  const Passage inside("Police questioned John Mensah on Monday. Officials said he was arrested on Tuesday.");
  EXPECT_NE(TargetEntity(inside, "arrested"), "John Mensah");
}

// "the killing of Hezbollah leader Hassan Nasrallah": a title or a noun of one person between two names is no verb the
// taggers missed ("the governor of Kherson [angered] Moscow"); the noun's "of" phrase runs to the person.
TEST(EventTargets, AnOfPhraseRunsPastATitleToThePerson) {
  const Passage p("Protesters marched after the killing of Hamas chief Ismail Haniyeh in Tehran.");
  const Event* killing = p.At("killing");
  ASSERT_NE(killing, nullptr);
  EXPECT_EQ(p.Target(*killing), "Hamas chief Ismail Haniyeh");
}

TEST(EventTargets, APronounOfPeopleRightAfterTheVerbIsItsTarget) {
  // Before: "prison" (which the actor dictionaries code ---COP) was the target, over "him" and "them".
  const Passage p("A court in Minsk convicted Ales Bialiatski of smuggling and sentenced him to ten years in prison.");
  EXPECT_EQ(TargetEntity(p, "sentenced"), "Ales Bialiatski");
  const Passage them("The court convicted two former ministers of fraud and sentenced them to life in prison.");
  EXPECT_NE(Target(them, "sentenced"), "prison");
  // After a preposition the pronoun is no object of the verb's own: the agent's phrase is read as before.
  const Passage on("The bans imposed on them by the IAAF were upheld by the Court of Arbitration for Sport.");
  EXPECT_NE(Target(on, "imposed"), "them");
}

TEST(EventTargets, TheAtPhraseAfterTheMeansOfForceIsWhomItIsAimedAt) {
  // Before: no target ("marchers", "group": nouns the sense lexicon files under no person or group).
  const Passage p("Police fired tear gas at the marchers near the parliament.");
  EXPECT_EQ(Target(p, "fired"), "the marchers");
  const Passage group("Police fired rubber bullets at a group that had blocked the road.");
  EXPECT_EQ(Target(group, "fired"), "a group");
  // A place after "at" stays where ("the town" is a place, no one aimed at).
  const Passage town("Rebels fired rockets at the town on Sunday.");
  EXPECT_NE(Target(town, "fired"), "the town");
}

TEST(EventTargets, ThemStandsForANounOfTwoOrThreePeople) {
  // Before: "them" stood for nothing ("couple" is no plural), and the accusation had no target.
  const Passage p("Police charged a Russian-born couple with espionage, accusing them of spying for Moscow.");
  EXPECT_EQ(Target(p, "accusing"), "them");
  const Event* accusing = p.At("accusing");
  ASSERT_NE(accusing, nullptr);
  EXPECT_EQ(accusing->participants.size(), 2u);
}

TEST(EventTargets, TheOppositionIsAGroup) {
  // Before: no target ("opposition" names an act first, and no agent word alone).
  const Passage p("President Yoon Suk Yeol declared martial law, accusing the opposition of anti-state activities.");
  EXPECT_EQ(Target(p, "accusing"), "the opposition");
  // Opposition to something is no one.
  const Passage to("The minister criticised the opposition to the reform.");
  EXPECT_NE(Target(to, "criticised"), "the opposition");
}

}  // namespace
}  // namespace newsgraph::events
