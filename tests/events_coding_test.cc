// Coding and record rules on hand-written news sentences (none from a gold set): what a reporting verb's pattern
// may read, prepositions the tagger takes for verbs, subjects that deny the event, appositions and the members of an
// organisation as sources, predictions that are no threats, cooperation with no one, and definite event nouns that
// name an earlier record.
#include <gtest/gtest.h>

#include <string>

#include "newsgraph/pipeline.h"
#include "events_test_util.h"
#include "pipeline_test_util.h"
#include "test_util.h"

namespace newsgraph {
namespace {

using Passage = testing::EventPassage;

// "said the new plan would ...": the subject of the reported clause is no object of "said" (no intent to
// cooperate read from "plan"); a pronoun subject stays.
TEST(EventCoding, ReportedSubjectIsNoObjectOfTheReportingVerb) {
  const Passage p("A ministry spokesman said the new plan would be introduced gradually over three years.");
  EXPECT_EQ(p.At("said"), nullptr);
}

// "According to X, ...": a preposition, no event, and it joins no event noun of its sentence.
TEST(EventCoding, AccordingToIsNoEvent) {
  const Passage p("According to Mr. Halvorsen, the closure of the mine would cost thousands of jobs in Norway.");
  EXPECT_EQ(p.At("According"), nullptr);
}

// "a long drought would hurt farmers across Africa": an event noun's predicted effect is no actor's threat.
TEST(EventCoding, PredictionOfAnEventIsNoThreat) {
  const Passage p("Officials in Nairobi warned that a long strike would hurt exporters across Kenya.");
  const Event* hurt = p.At("hurt");
  EXPECT_TRUE(hurt == nullptr || hurt->type != "THREATEN");
}

// "X called the decision a witch hunt": what the subject calls the object is blame (ACCUSE) or praise (SUPPORT),
// with the object as target; a call that says neither, a reflexive name and a denied accusation are no event.
TEST(EventCoding, CallingTheObjectSomethingIsBlameOrPraise) {
  auto type = [](const Passage& p, std::string_view words) {
    const Event* e = p.Where(words);
    return e ? e->type : std::string("(not listed)");
  };
  const Passage blame("Lula called the tariffs blackmail. President Bolsonaro called Lula a thief on Monday.");
  EXPECT_EQ(type(blame, "called the tariffs"), "ACCUSE");
  const Event* thief = blame.Where("called Lula");
  ASSERT_NE(thief, nullptr);
  EXPECT_EQ(thief->type, "ACCUSE");
  EXPECT_EQ(blame.Target(*thief), "Lula");  // not "a thief"
  const Passage adjective("Russia called the move unfriendly. Ruto called the protesters treasonous.");
  EXPECT_EQ(type(adjective, "called the move"), "ACCUSE");
  EXPECT_EQ(type(adjective, "called the protesters"), "ACCUSE");
  const Passage praise("Prime Minister Narendra Modi called the agreement historic.");
  EXPECT_EQ(type(praise, "called"), "SUPPORT");
  const Passage neither(
      "Trump called the merger a new chapter. Soldiers calling themselves the Military Command seized power. "
      "President Ruto called the allegations baseless.");
  EXPECT_EQ(neither.Where("called the merger"), nullptr);
  EXPECT_EQ(neither.Where("calling"), nullptr);
  EXPECT_EQ(neither.Where("called the allegations"), nullptr);
}

// "no worker would be dismissed", "nobody was arrested": negated.
TEST(EventStatus, NoSubjectNegates) {
  const Passage p("Police in Lagos said no protester was arrested during the march on Monday.");
  const Event* arrested = p.At("arrested");
  ASSERT_NE(arrested, nullptr);
  EXPECT_STREQ(EventStatusName(arrested->status), "negated");
}

// "The port, Europe's busiest, handled ...": an apposition set off by commas is no second source; material
// cooperation needs someone to cooperate with.
TEST(EventParticipants, UnnamedAppositionIsNoSource) {
  const Passage p("The airline, Germany's largest, carried about 80 million passengers last year.");
  for (const Event& e : p.a.events)
    for (const EventParticipant& q : e.participants)
      EXPECT_NE(q.span.In(p.text), "Germany's largest") << e.cameo;
}

// "Workers at Volkswagen will walk out": people named by their work act for the organisation of their
// "at" phrase.
TEST(EventParticipants, MembersActForTheirOrganisation) {
  const Passage p("Workers at Volkswagen will walk out for two days from Thursday, their union said on Monday.");
  const Event* walk = p.At("walk out");
  ASSERT_NE(walk, nullptr);
  EXPECT_EQ(p.Source(*walk), "Workers at Volkswagen");
}

// "... will walk out from Thursday. The union said the strike would begin at 6 a.m. on Thursday": the definite noun,
// dated to the same day, names the walk-out; "a previous strike" is another.
TEST(EventRecords, DefiniteNounDatedTheSameDayJoinsTheEvent) {
  const Passage p(
      "Workers at Volkswagen will walk out for two days from Thursday, their union said on Monday. "
      "The union said the strike would begin at 6 a.m. on Thursday. "
      "A previous strike in 2023 lasted three days.");
  const Event* walk = p.At("walk out");
  ASSERT_NE(walk, nullptr);
  ASSERT_EQ(walk->mentions.size(), 2u);
  EXPECT_EQ(walk->mentions[1].span.In(p.text), "strike");
  EXPECT_EQ(walk->mentions[1].sentence, 1u);
}

// "Nurses in Leeds have been on strike since Monday ... the walkout would go on", "met in Vienna ... the
// negotiations stalled": an undated definite noun of the same type as a record of the sentences before is one more
// mention of it; an indefinite one ("a protest") and one said to be another ("a second strike") stand alone.
TEST(EventRecords, UndatedDefiniteNounOfTheSameTypeJoinsTheEventBefore) {
  const Passage p(
      "Nurses in Leeds have been on strike since Monday over pay. "
      "Their union said the walkout would go on until the hospital trust raised wages. "
      "Envoys from Armenia and Azerbaijan met in Vienna on Tuesday. "
      "Officials briefed on the negotiations said little progress was made.");
  const Event* strike = p.At("strike");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(strike->type, "PROTEST");
  ASSERT_EQ(strike->mentions.size(), 2u);
  EXPECT_EQ(strike->mentions[1].span.In(p.text), "walkout");
  const Event* met = p.At("met");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->type, "CONSULT");
  ASSERT_EQ(met->mentions.size(), 2u);
  EXPECT_EQ(met->mentions[1].span.In(p.text), "negotiations");
}

// "failed to release the prisoners": a failure is no rejection (12) of its own, the act only did not happen;
// "failed to reach agreement" rejects the other side's terms, as PLOVER codes it.
TEST(EventCoding, FailingIsNoRejectionUnlessOfAnAgreement) {
  const Passage p(
      "The militia failed to release the prisoners by Friday's deadline, the mediators said. "
      "Serbia and Kosovo failed to reach agreement on the border crossings on Monday.");
  const Event* failed = p.Where("failed to release");
  EXPECT_TRUE(failed == nullptr || failed->type.empty());
  const Event* release = p.At("release");
  ASSERT_NE(release, nullptr);
  EXPECT_EQ(release->type, "RETREAT");
  EXPECT_STREQ(EventStatusName(release->status), "negated");
  const Event* no_deal = p.Where("failed to reach");
  ASSERT_NE(no_deal, nullptr);
  EXPECT_EQ(no_deal->type, "REJECT");
}

// "denied that its troops had crossed", "denied the allegations": a denial of a claim is CAMEO's "deny
// responsibility" (016), listed with no PLOVER type; "denied the opposition a permit" refuses something (12x).
TEST(EventCoding, DenyingAClaimIsNoRejection) {
  const Passage p(
      "Burundi denied on Tuesday that its troops had crossed into Rwanda. "
      "The mining company strongly denied the allegations. "
      "The city council denied the opposition party a permit for the rally.");
  const Event* crossed = p.Where("denied on Tuesday");
  ASSERT_NE(crossed, nullptr);
  EXPECT_EQ(crossed->cameo, "016");
  EXPECT_TRUE(crossed->type.empty());
  const Event* allegations = p.Where("denied the allegations");
  EXPECT_TRUE(allegations == nullptr || allegations->type.empty());
  const Event* permit = p.Where("denied the opposition");
  ASSERT_NE(permit, nullptr);
  EXPECT_TRUE(permit->cameo.starts_with("12"));
}

// "a powerful earthquake struck", "the tsunami which killed", and the consequence after a comma: no one's use of
// force (18-20); "Rebels struck an army base" is.
TEST(EventCoding, ANaturalHazardAssaultsNoOne) {
  const Passage quake(
      "A powerful earthquake struck the coastal city of Padang on Friday, killing at least 40 people. "
      "Aid groups said the tsunami which followed destroyed hundreds of homes.");
  for (const Event& e : quake.a.events) EXPECT_NE(e.type, "ASSAULT") << e.mentions.front().span.In(quake.text);
  const Passage raid("Rebels struck an army base near Kidal on Friday, killing four soldiers.");
  const Event* struck = raid.At("struck");
  ASSERT_NE(struck, nullptr);
  EXPECT_EQ(struck->type, "ASSAULT");
}

// A fire that breaks out, an outbreak, a collapse, and a hazard that is a passive's agent kill, but assault no one;
// fire shot by someone ("opened fire ... and killed") is violence.
TEST(EventCoding, AnAccidentAssaultsNoOne) {
  const Passage p(
      "Police in North Macedonia have arrested 15 people over a nightclub fire in Kocani that killed 59 people. "
      "The outbreak has killed 13 people, most of them doctors and nurses. "
      "Students blocked three bridges, three months after the collapse of a railway station roof killed 15 people. "
      "At least 10 people were killed by tornadoes spawned by the storm.");
  for (const Event& e : p.a.events) EXPECT_NE(e.type, "ASSAULT") << e.mentions.front().span.In(p.text);
  const Passage shot("Police opened fire on the crowd and killed three protesters.");
  const Event* killed = shot.At("killed");
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(killed->type, "ASSAULT");
}

// "Farm unions", "Unions": workers' unions named by the word alone are an actor (---LAB), so their threats and
// criticism are coded; "union" alone is not (a bloc, a game: "Rugby union has become far more demanding").
TEST(EventCoding, UnionsAloneAreLabour) {
  const Passage p(
      "Farm unions threatened to block ports if the measures fell short. "
      "Unions criticised the possible move. "
      "Rugby union has become far more physically demanding since the game went professional.");
  const Event* threat = p.At("threatened");
  ASSERT_NE(threat, nullptr);
  EXPECT_EQ(threat->type, "THREATEN");
  EXPECT_EQ(p.Source(*threat), "Farm unions");
  const Event* criticised = p.At("criticised");
  ASSERT_NE(criticised, nullptr);
  EXPECT_EQ(criticised->type, "ACCUSE");
  const Event* demanding = p.At("demanding");
  EXPECT_TRUE(demanding == nullptr || demanding->type.empty());
}

// The gerund of what is alleged ("accusing the Commission of [unfairly] targeting the company", "suspended a
// candidate for allegedly suggesting") is no event the sentence asserts, an adverb of manner between or not; the
// accusation's own participle after a comma stays an event.
TEST(EventCoding, AnAllegedGerundPastAnAdverbIsNoEvent) {
  const Passage p(
      "The European Union fined Apple 500 million euros on Wednesday, accusing the company of unfairly targeting "
      "rival music services.");
  const Event* targeting = p.Where("targeting");
  EXPECT_TRUE(targeting == nullptr || targeting->type != "ASSAULT");
  const Event* accusing = p.At("accusing");
  ASSERT_NE(accusing, nullptr);
  EXPECT_EQ(accusing->type, "ACCUSE");
  const Passage q("UKIP suspended a candidate on Monday for allegedly suggesting that prisoners should be killed.");
  const Event* suggesting = q.Where("suggesting");
  EXPECT_TRUE(suggesting == nullptr || suggesting->type.empty());
}

// A report of handball (or basketball, hockey, a UEFA match) is a report of games: its counter-attacks are play.
TEST(EventCoding, AHandballReportIsSport) {
  const Passage p(
      "Aalborg Handbold crushed Veszprem 34-27 in the Champions League on Thursday, with Mads Thorsen scoring nine "
      "goals in the handball final. The Danish side launched counter-attack after counter-attack in the second half "
      "and sealed the win with ten minutes left.");
  const Event* launched = p.Where("launched");
  EXPECT_TRUE(launched == nullptr || launched->type != "ASSAULT");
}

// "the occupied Donbas region", "its pledged delegates": a participle between a determiner and its noun is an
// adjective, no happening; "Russian troops occupied the town of Kherson" is one.
TEST(EventCoding, AnAttributiveParticipleIsNoEvent) {
  const Passage p(
      "Moscow has threatened to expand its control over parts of the occupied Donbas region. "
      "Russian troops occupied the town of Kherson in March.");
  const Event* state = p.Where("occupied Donbas");
  EXPECT_TRUE(state == nullptr || state->type.empty());
  const Event* occupied = p.Where("occupied the town");
  ASSERT_NE(occupied, nullptr);
  EXPECT_EQ(occupied->type, "COERCE");
}

// "called a national strike in protest at the pension reform": "in protest" is the reason of the strike, one more
// mention of it, not a protest of its own.
TEST(EventRecords, InProtestIsTheReasonOfTheActBefore) {
  const Passage p("Portugal's main unions called a national strike for Thursday in protest at the pension reform.");
  const Event* strike = p.At("strike");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(strike->type, "PROTEST");
  EXPECT_EQ(p.At("protest"), strike);
}

// "will visit", "is due to meet": a consultation on the calendar (planned), not an intent to meet; "agreed to meet"
// and "said they would meet" announce one (AGREE, 036).
TEST(EventCoding, ScheduledMeetingsAreConsultations) {
  const Passage p(
      "Indian Prime Minister Narendra Modi will visit Tokyo next week. "
      "Kenya's President William Ruto is due to meet Tanzanian President Samia Suluhu Hassan in Arusha on Friday. "
      "Pakistan agreed to meet Indian officials in Geneva.");
  const Event* visit = p.At("visit");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->type, "CONSULT");
  EXPECT_STREQ(EventStatusName(visit->status), "planned");
  const Event* meet = p.At("meet");
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ(meet->type, "CONSULT");
  EXPECT_STREQ(EventStatusName(meet->status), "planned");
  const Event* agreed = p.At("agreed");
  ASSERT_NE(agreed, nullptr);
  EXPECT_EQ(agreed->cameo, "036");
}

// "The draft resolution calls for a halt": a thing asks nothing (no REQUEST); "the United Nations called for" does.
TEST(EventCoding, CallsForNeedAnActor) {
  const Passage p(
      "The draft resolution calls for an immediate halt to the fighting. "
      "The United Nations called for a ceasefire in Sudan on Monday.");
  const Event* calls = p.At("calls");
  EXPECT_TRUE(calls == nullptr || calls->type.empty());
  const Event* called = p.At("called");
  ASSERT_NE(called, nullptr);
  EXPECT_EQ(called->type, "REQUEST");
}

// "off Somalia", "off the Hook of Holland": where it happened, not on whom.
TEST(EventRecords, OffIsAPlacePreposition) {
  const Passage p("Pirates attacked a tanker off Somalia on Monday.");
  const Event* attacked = p.At("attacked");
  ASSERT_NE(attacked, nullptr);
  ASSERT_GE(attacked->place, 0);
  EXPECT_EQ(p.a.entities[attacked->place].name, "Somalia");
  for (const EventParticipant& q : attacked->participants) EXPECT_NE(q.entity, attacked->place);
}

// The object's kind tells a verb's senses apart: blocking a decision (a bill, a nomination, an adoption) is a veto,
// blocking a road an obstruction; dismissing something as what it is called a denunciation, dismissing a claim a
// rejection.
TEST(EventCoding, TheObjectsKindTellsBlockingAndDismissingApart) {
  const Passage p(
      "Poland blocked the adoption of the new climate package on Monday. "
      "Farmers blocked the main road to the airport. "
      "The Senate blocked his nomination. "
      "The president dismissed the opposition's criticism as politically motivated.");
  ASSERT_NE(p.Where("blocked the adoption"), nullptr);
  EXPECT_EQ(p.Where("blocked the adoption")->cameo, "129");
  EXPECT_EQ(p.Where("blocked the adoption")->type, "REJECT");
  ASSERT_NE(p.Where("blocked the main"), nullptr);
  EXPECT_EQ(p.Where("blocked the main")->type, "PROTEST");
  ASSERT_NE(p.Where("blocked his"), nullptr);
  EXPECT_EQ(p.Where("blocked his")->type, "REJECT");
  ASSERT_NE(p.At("dismissed"), nullptr);
  EXPECT_EQ(p.At("dismissed")->type, "ACCUSE");
}

// Deploying troops, warships or jets somewhere is a show of force (154, MOBILIZE), not an intent to give military
// aid; sending them keeps the dictionary's codes.
TEST(EventCoding, DeployingForcesIsMobilization) {
  const Passage p(
      "Manila deployed two more warships to the disputed shoal on Monday. "
      "Russia deployed 5,000 troops near the border.");
  ASSERT_NE(p.Where("deployed two"), nullptr);
  EXPECT_EQ(p.Where("deployed two")->cameo, "154");
  EXPECT_EQ(p.Where("deployed two")->type, "MOBILIZE");
  ASSERT_NE(p.Where("deployed 5"), nullptr);
  EXPECT_EQ(p.Where("deployed 5")->type, "MOBILIZE");
}

// Launching missiles, rockets or drones at, into or against a place is an attack (194 heavy weapons, 195 from the
// air); launching a missile alone (a test, a product) is none.
TEST(EventCoding, LaunchingMissilesOrDronesAtAPlaceIsAnAttack) {
  const Passage p(
      "Russia launched a barrage of drones at Kyiv overnight. "
      "Hamas launched rockets into southern Israel on Saturday. "
      "The company launched a new drone on Monday.");
  const Event* drones = p.Where("launched a barrage");
  ASSERT_NE(drones, nullptr);
  EXPECT_EQ(drones->cameo, "195");
  EXPECT_EQ(drones->type, "ASSAULT");
  const Event* rockets = p.Where("launched rockets");
  ASSERT_NE(rockets, nullptr);
  EXPECT_EQ(rockets->cameo, "194");
  const Event* product = p.Where("launched a new");
  EXPECT_TRUE(product == nullptr || product->cameo.empty()) << product->cameo;
}

// Summoning a country's ambassador is an official complaint (114, ACCUSE), the "in protest" its purpose.
TEST(EventCoding, SummoningAnAmbassadorIsAComplaint) {
  const Passage p("Lithuania summoned the Belarusian ambassador in protest on Monday.");
  const Event* summoned = p.At("summoned");
  ASSERT_NE(summoned, nullptr);
  EXPECT_EQ(summoned->cameo, "114");
  EXPECT_EQ(summoned->type, "ACCUSE");
  EXPECT_EQ(p.At("protest"), summoned);
}

// Firing people from their posts is no attack; firing on them is.
TEST(EventCoding, FiringEmployeesIsNoAttack) {
  const Passage p(
      "The company fired 200 employees on Monday. "
      "Soldiers fired on striking miners near Johannesburg.");
  EXPECT_EQ(p.Where("fired 200"), nullptr);
  ASSERT_NE(p.Where("fired on"), nullptr);
  EXPECT_EQ(p.Where("fired on")->type, "ASSAULT");
}

// A formal or diplomatic protest, a complaint, is a government's official complaint (114, ACCUSE); a protest
// joined by thousands a demonstration.
TEST(EventCoding, FormalProtestsAreComplaints) {
  const Passage p(
      "The arrests drew a formal protest from Vietnam's foreign ministry on Monday. "
      "Thousands of nurses held a protest in Lagos on Tuesday.");
  ASSERT_NE(p.Where("protest from"), nullptr);
  EXPECT_EQ(p.Where("protest from")->cameo, "114");
  EXPECT_EQ(p.Where("protest from")->type, "ACCUSE");
  ASSERT_NE(p.Where("protest in"), nullptr);
  EXPECT_EQ(p.Where("protest in")->type, "PROTEST");
}

// A finite verb after an apposition set off by commas is a trigger ("X, the Spanish prime minister, met Y"), its
// subject the name before the apposition; an everyday verb whose patterns say the event ("sent troops") is found by
// its object.
TEST(EventTriggers, VerbAfterAppositionAndVerbsCodedByTheirObject) {
  const Passage p(
      "Pedro Sanchez, the Spanish prime minister, met Italian Prime Minister Giorgia Meloni in Rome on Friday. "
      "Ethiopia sent troops to the Somali border on Sunday.");
  const Event* met = p.At("met");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->type, "CONSULT");
  EXPECT_EQ(p.Source(*met), "Pedro Sanchez");
  const Event* sent = p.At("sent");
  ASSERT_NE(sent, nullptr);
  EXPECT_FALSE(sent->type.empty());
}

// Stative verbs the dictionary files under acts ("tend" as tending the wounded, "prefer" as support) are no events.
TEST(EventCoding, StativeVerbsAreNoEvents) {
  const Passage p("Younger voters in Chile tend to prefer smaller parties, pollsters said.");
  EXPECT_EQ(p.At("tend"), nullptr);
  EXPECT_EQ(p.At("prefer"), nullptr);
}

// Dismissing or firing people from their posts is no event, whatever stands between the verb and the post
// ("his defence minister").
TEST(EventCoding, DismissingOfficialsIsNoRejection) {
  const Passage p(
      "President Zelensky dismissed his defence minister on Monday. "
      "The Kenyan president fired three senior officials.");
  for (std::string_view words : {"dismissed his", "fired three"}) {
    const Event* e = p.Where(words);
    if (e) EXPECT_EQ(e->cameo, "") << words;
  }
}

// "said it would suspend aid", "said it would host talks": the decision announced, coded as the act with status
// planned; on a condition ("if") it stays an offer (AGREE, intent).
TEST(EventCoding, ReportedDecisionsAreTheActPlanned) {
  const Passage p(
      "Sweden said on Monday it would suspend development aid to Mali. "
      "Norway said it would host a meeting of donors if both sides agreed.");
  const Event* suspend = p.At("suspend");
  ASSERT_NE(suspend, nullptr);
  EXPECT_EQ(suspend->type, "SANCTION");
  EXPECT_EQ(p.Status("suspend"), "planned");
  const Event* host = p.At("host");
  ASSERT_NE(host, nullptr);
  EXPECT_EQ(host->type, "AGREE");
}

// Martial law and curfews are event nouns (CAMEO 1724, 1723): "declared martial law" codes the declaring.
TEST(EventCoding, MartialLawAndCurfews) {
  const Passage p("President Yoon Suk Yeol declared emergency martial law on Tuesday. "
                  "The army imposed a curfew in the capital.");
  const Event* declared = p.At("declared");
  ASSERT_NE(declared, nullptr);
  EXPECT_EQ(declared->cameo, "1724");
  EXPECT_EQ(declared->type, "COERCE");
  const Event* imposed = p.At("imposed");
  ASSERT_NE(imposed, nullptr);
  EXPECT_EQ(imposed->cameo, "1723");
}

// A demand coded by a pattern written for wanting ("demanding early elections": 0241, an appeal) is a REQUEST.
TEST(EventCoding, ADemandForElectionsIsARequest) {
  const Passage p("Students are demanding early elections.");
  const Event* demanding = p.At("demanding");
  ASSERT_NE(demanding, nullptr);
  EXPECT_EQ(demanding->type, "REQUEST");
  EXPECT_EQ(p.Status("demanding"), "ongoing");
}

// "ruled out" is a rejection (120; "ruled out talks" keeps PETRARCH2's 125), "ruled that" no event.
TEST(EventCoding, RulingOutIsARejection) {
  const Passage p("President Aleksandar Vucic has ruled out a snap vote. The court ruled that the law was void.");
  const Event* out = p.At("ruled out");
  ASSERT_NE(out, nullptr);
  EXPECT_EQ(out->type, "REJECT");
  EXPECT_EQ(p.Source(*out), "President Aleksandar Vucic");
  EXPECT_EQ(p.Where("ruled that"), nullptr);
  const Passage q("Thierry Henry has been ruled out of Saturday's match with a hamstring injury.");
  const Event* henry = q.At("ruled");
  EXPECT_TRUE(henry == nullptr || henry->type.empty());
}

// The subject of a verb after a relative clause is the phrase the clause belongs to, not the clause's object.
TEST(EventParticipants, ASubjectPastARelativeClause) {
  const Passage p(
      "Gunmen who kidnapped 25 schoolgirls from a boarding school last month have released all of them. "
      "The man who attacked the mayor was arrested on Friday. "
      "Rebels who seized the town on Monday withdrew on Tuesday.");
  EXPECT_EQ(p.SourceOf("released"), "Gunmen");
  EXPECT_EQ(p.TargetOf("arrested"), "The man");
  EXPECT_EQ(p.SourceOf("withdrew"), "Rebels");
}

// An adverb of two words between the subject and the verb ("has so far rejected") leaves the subject the source.
TEST(EventParticipants, TwoWordAdverbsBeforeTheVerb) {
  const Passage p("The Kremlin has so far rejected any deployment of European troops. "
                  "Hamas so far has refused to release the hostages.");
  EXPECT_EQ(p.SourceOf("rejected"), "The Kremlin");
  EXPECT_EQ(p.SourceOf("refused"), "Hamas");
}

// A time expression between the announcing verb and its "to" changes nothing: "threatened on Monday to impose
// sanctions" is one threat of sanctions, as "threatened to impose sanctions" is (not a threat and an uncoded act).
TEST(EventCoding, AnnouncedActsPastATimeExpression) {
  const Passage p(
      "The United States threatened on Monday to impose sanctions on Iran. "
      "Britain threatened to impose sanctions on Iran.");
  const Event* monday = p.Where("threatened on Monday");
  const Event* plain = p.Where("threatened to impose");
  ASSERT_NE(monday, nullptr);
  ASSERT_NE(plain, nullptr);
  EXPECT_EQ(monday->cameo, plain->cameo);
  EXPECT_EQ(monday->cameo, "1312");
  EXPECT_EQ(monday->mentions.size(), plain->mentions.size());
  EXPECT_EQ(p.Target(*monday), "Iran");
}

// ", and" before a phrase and its verb opens a new clause: "rebels" is the subject of "ambushed", not a second
// target of "shelled". (Without the comma the phrases stay one, the joint subject of a reported clause: "believes
// Chad and Niger can cope", which the PETRARCH2 unit tests score.)
TEST(EventParticipants, AndBeforeANewClauseEndsTheObject) {
  const Passage p("Government troops shelled the town of Kadugli on Monday, and rebels ambushed an army convoy.");
  const Event* shelled = p.At("shelled");
  ASSERT_NE(shelled, nullptr);
  for (const EventParticipant& q : shelled->participants) EXPECT_NE(q.span.In(p.text), "rebels");
  EXPECT_EQ(p.SourceOf("ambushed"), "rebels");
}

// A person the actor dictionaries do not know, the verb's object, is its target rather than the coded place of a
// later phrase ("met Emmanuel Macron in Paris" is no meeting with France).
TEST(EventParticipants, AnUncodedPersonIsTheTargetBeforeACodedPlace) {
  const Passage p("Friedrich Merz met Emmanuel Macron in Paris on Monday.");
  const Event* met = p.At("met");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(p.Target(*met), "Emmanuel Macron");
  EXPECT_EQ(p.Place("met"), "Paris");
}

// A passive verb's subject is what the verb's patterns read as its object: workers dismissed are no rejection, as
// "dismissed 40 workers" is none; an appeal dismissed is one, and a phrasal verb keeps its particle ("patrols would
// be stepped up").
TEST(EventCoding, APassiveSubjectIsReadAsTheObject) {
  const Passage p(
      "The union said no worker would be dismissed. Forty workers were dismissed on Monday. The appeal was dismissed "
      "by the court. Patrols would be stepped up by the navy.");
  for (const Event& e : p.a.events)
    for (const EventMention& m : e.mentions)
      if (m.span.In(p.text) == "dismissed" && m.span.start < p.text.find("The appeal")) EXPECT_EQ(e.cameo, "") << m.span.start;
  const Event* appeal = p.Where("dismissed by");
  ASSERT_NE(appeal, nullptr);
  EXPECT_EQ(appeal->cameo, "120");
  const Event* stepped = p.At("stepped");
  ASSERT_NE(stepped, nullptr);
  EXPECT_EQ(stepped->type, "MOBILIZE");
}

// A participle right after a noun, with an agent's "by" after it, is a passive (a reduced relative clause): the
// agent acts ("12 people detained by soldiers", "protesters wounded by police"); not an amount ("rose by 5%").
TEST(EventParticipants, AReducedRelativeWithByIsAPassive) {
  const Passage p(
      "Protesters wounded by police gathered in Nairobi on Monday. "
      "Two journalists arrested by Russian police were released on Tuesday.");
  const Event* wounded = p.At("wounded");
  ASSERT_NE(wounded, nullptr);
  EXPECT_EQ(p.Source(*wounded), "police");
  EXPECT_EQ(p.Target(*wounded), "Protesters");
  const Event* arrested = p.At("arrested");
  ASSERT_NE(arrested, nullptr);
  EXPECT_EQ(p.Source(*arrested), "Russian police");
  EXPECT_EQ(p.Target(*arrested), "Two journalists");
  // The phrase right before the participle, not the sentence's subject.
  const Passage q("Carter agonized over embassy workers held hostage by Iran for 444 days.");
  const Event* held = q.At("held");
  ASSERT_NE(held, nullptr);
  EXPECT_EQ(q.Source(*held), "Iran");
  EXPECT_EQ(q.Target(*held), "embassy workers");
  // Without "by", a verb of force or justice done to people, before a preposition: the people it is done to.
  const Passage r("Obama freed seven Iranian men charged with violating sanctions. "
                  "Police arrested at least 10 protesters in Lagos.");
  const Event* charged = r.At("charged");
  ASSERT_NE(charged, nullptr);
  EXPECT_EQ(r.Source(*charged), "-");  // none: the men do not charge
  EXPECT_EQ(r.Target(*charged), "seven Iranian men");
  const Event* arrested_lagos = r.At("arrested");
  ASSERT_NE(arrested_lagos, nullptr);
  EXPECT_EQ(r.Source(*arrested_lagos), "Police");  // "at least" is an amount, not a place: active
}

// Every participant of one role, joined by "|" in the record's order.
std::string All(const Passage& p, const Event& e, EventRole role) {
  std::string out;
  for (const EventParticipant& q : e.participants)
    if (q.role == role) out += (out.empty() ? "" : "|") + std::string(q.span.In(p.text));
  return out;
}

// A name opening a clause, right after a quotation, with a past form and no later verb in the sentence: the past
// form is the clause's own verb, no reduced relative on the name ("..., ” Kelly charged in her assault"); with a
// verb later the relative stands ("Seven men charged with violating sanctions appeared in court").
TEST(EventParticipants, AClausesOwnPastVerbIsNoReducedRelative) {
  const Passage p("“You have called women fat pigs and slobs,” Kelly charged in her assault on the candidate.");
  const Event* charged = p.At("charged");
  ASSERT_NE(charged, nullptr);
  EXPECT_EQ(p.Source(*charged), "Kelly");
  EXPECT_EQ(All(p, *charged, EventRole::kTarget).find("Kelly"), std::string::npos);
  const Passage q("Seven men charged with violating sanctions appeared in court on Monday.");
  const Event* relative = q.At("charged");
  ASSERT_NE(relative, nullptr);
  EXPECT_EQ(q.Source(*relative), "-");
  EXPECT_EQ(q.Target(*relative), "Seven men");
}

// A participle after a comma or at the sentence's start, with an agent's "by", is a passive: the agent acts, the
// phrase before the comma is acted on ("The immigration bill, opposed by House Republicans,"; "Directed by John
// Carpenter, the film").
TEST(EventParticipants, AParticipleSetOffByACommaWithByIsAPassive) {
  const Passage p("The immigration bill, opposed by House Republicans, never became law.");
  const Event* opposed = p.At("opposed");
  ASSERT_NE(opposed, nullptr);
  EXPECT_EQ(p.Source(*opposed), "House Republicans");
  EXPECT_EQ(All(p, *opposed, EventRole::kTarget).find("Republicans"), std::string::npos);
  const Passage q("Produced by John Carpenter, the film made 60 million dollars worldwide.");
  const Event* directed = q.At("Produced");
  ASSERT_NE(directed, nullptr);
  EXPECT_EQ(q.Source(*directed), "John Carpenter");
  EXPECT_EQ(q.Target(*directed), "-");
}

// A participle joined by "and" to a passive one shares its auxiliary when no object of its own follows ("was shot and
// killed by a police officer"); before "by" the passive may be a few words back ("are run by the Direct Marketing
// Association and backed by EU directives").
TEST(EventParticipants, AParticipleJoinedToAPassiveIsPassive) {
  const Passage p("Walter Scott was shot and killed by a police officer in North Charleston.");
  const Event* killed = p.At("killed");
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(p.Source(*killed), "a police officer");
  EXPECT_EQ(p.Target(*killed), "Walter Scott");
  const Passage q("Both schemes are run by the Direct Marketing Association and backed by EU directives on privacy.");
  const Event* backed = q.At("backed");
  ASSERT_NE(backed, nullptr);
  EXPECT_EQ(q.Source(*backed), "EU directives");
  EXPECT_EQ(q.Target(*backed), "-");
}

// "but" joins clauses: the subject of the clause after it is no object of the verb before ("branded the proposal
// unworkable but [party strategists] have seen").
TEST(EventParticipants, ButEndsAVerbsObjects) {
  const Passage p("Labour has already branded the proposal unworkable but party strategists have seen the Tories "
                  "seizing an advantage.");
  const Event* branded = p.At("branded");
  ASSERT_NE(branded, nullptr);
  EXPECT_EQ(p.Source(*branded), "Labour");
  EXPECT_EQ(All(p, *branded, EventRole::kTarget).find("strategists"), std::string::npos);
}

// A subject is not joined by "and" to the object of an earlier verb ("has won [a state] and Cruz strongly
// suggested"), but a reported clause's subjects stay joined ("said the EU and US hoped").
TEST(EventParticipants, AnEarlierVerbsObjectIsNoJoinedSubject) {
  const Passage p("Neither John Kasich nor Mario Rubio has won a state and Cruz strongly suggested they should drop "
                  "out.");
  const Event* suggested = p.At("suggested");
  ASSERT_NE(suggested, nullptr);
  EXPECT_EQ(All(p, *suggested, EventRole::kSource), "Cruz");
  const Passage q("Mr Mandelson said the EU and US hoped to resolve the dispute.");
  const Event* resolve = q.At("resolve");
  ASSERT_NE(resolve, nullptr);
  const std::string sources = All(q, *resolve, EventRole::kSource);
  EXPECT_NE(sources.find("the EU"), std::string::npos) << sources;
  EXPECT_NE(sources.find("US"), std::string::npos) << sources;
}

// An "-ing" form between an article, a possessive or a superlative and a noun qualifies the noun: no object of its
// own ("best supporting actress"); after "those" it is a verb ("those supporting Mr. Ailes").
TEST(EventParticipants, AParticipleBeforeItsNounTakesNoObject) {
  const Passage p("Dame Judi Dench was best supporting actress for the play.");
  if (const Event* supporting = p.At("supporting")) {
    EXPECT_EQ(p.Target(*supporting), "-");
    EXPECT_EQ(p.Source(*supporting), "-");
  }
  const Passage q("Mr. Hannity was among those supporting Mr. Ailes amid the scandal.");
  const Event* those = q.At("supporting");
  ASSERT_NE(those, nullptr);
  EXPECT_EQ(q.Target(*those), "Mr. Ailes");
}

// A verb right after a quotation that ends with punctuation, with no subject before it, reports the quotation: the
// phrase after it is who speaks, no target ("“...,” agreed Cram.", "warned HVB Group economist Andreas Rees.").
TEST(EventParticipants, AnInvertedReportingClausesPhraseSpeaks) {
  const Passage p("“You can't change history,” warned Richards. “He lies all the time,” agreed Cram, a former "
                  "athlete.");
  const Event* warned = p.At("warned");
  ASSERT_NE(warned, nullptr);
  EXPECT_EQ(p.Source(*warned), "Richards");
  EXPECT_EQ(p.Target(*warned), "-");
  const Event* agreed = p.At("agreed");
  ASSERT_NE(agreed, nullptr);
  EXPECT_EQ(p.Source(*agreed), "Cram");
  EXPECT_EQ(p.Target(*agreed), "-");
}

// A lower-case "-ing" word after a comma opens a participle clause: its phrases are not the verb's before ("undid
// much of the law, liberating banks like Citigroup", "enforcing the law, frustrating Scott").
TEST(EventParticipants, AParticipleClauseAfterACommaIsNotTheVerbsObject) {
  const Passage p("The Justice Department has lagged in enforcing the law, frustrating Scott.");
  const Event* enforcing = p.At("enforcing");
  ASSERT_NE(enforcing, nullptr);
  EXPECT_EQ(All(p, *enforcing, EventRole::kTarget).find("Scott"), std::string::npos);
  EXPECT_EQ(p.Target(*enforcing), "the law");
}

// A pronoun standing for words the actor dictionaries know, with no entity, brings their code: "it" is the
// government; a pronoun for an unknown person's title brings none.
TEST(EventParticipants, APronounBringsItsAntecedentsAgentCode) {
  const Passage p("The government said it would suspend aid to Niger.");
  const Event* suspend = p.At("suspend");
  ASSERT_NE(suspend, nullptr);
  ASSERT_EQ(p.Source(*suspend), "The government");  // the antecedent's words name "it"
  for (const EventParticipant& q : suspend->participants)
    if (q.role == EventRole::kSource) {
      EXPECT_EQ(q.entity, -1);
      EXPECT_EQ(q.actor, "---GOV");
    }
  const Passage minister("The minister said he would suspend aid to Niger.");
  const Event* his = minister.At("suspend");
  ASSERT_NE(his, nullptr);
  EXPECT_EQ(minister.Source(*his), "-");
}

// An event noun in the object of a verb that cuts or promises it is what is acted on, no event of its own ("froze
// military aid", "pledged $20 million in food aid"); a phrase of time or reason ends the object ("after an attack").
TEST(EventCoding, EventNounsActedOnAreNoEventsOfTheirOwn) {
  const Passage p(
      "Canada froze military aid to Niger on Monday after an attack on its embassy by rebels. "
      "Sweden pledged $20 million in food aid to Sudan.");
  const Event* froze = p.At("froze");
  ASSERT_NE(froze, nullptr);
  EXPECT_EQ(froze->type, "SANCTION");
  const Event* aid = p.Where("aid to Niger");
  EXPECT_TRUE(aid == nullptr || aid == froze);
  const Event* food = p.Where("aid to Sudan");
  EXPECT_TRUE(food == nullptr || food->type.empty() || food == p.At("pledged"));
  const Event* attack = p.At("attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->type, "ASSAULT");
}

// "X and Y met": the two sides of a mutual act are its source and target, as an event dyad records them; a joint
// act of two parties on a third keeps both as sources.
TEST(EventParticipants, TwoSidesOfAMutualActAreSourceAndTarget) {
  const Passage p(
      "German Chancellor Friedrich Merz and French President Emmanuel Macron met in Paris on Wednesday. "
      "Britain and Germany froze aid in February.");
  const Event* met = p.At("met");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(p.Source(*met), "German Chancellor Friedrich Merz");
  EXPECT_EQ(p.Target(*met), "French President Emmanuel Macron");
  const Event* froze = p.At("froze");
  ASSERT_NE(froze, nullptr);
  EXPECT_EQ(p.Target(*froze), "-");  // none
}


// "In Geneva, Iran and France signed a deal": a place or time a preposition governs, fronted before a comma, is no
// item of the subject's list ("the ambassadors of Arnor, Osgiliath and Gondor" is one list); the two sides left are
// the source and the target of the mutual act.
TEST(EventParticipants, AFrontedPlaceIsNoItemOfTheSubjectList) {
  const Passage p(
      "In Geneva, Iran and France signed a trade deal on Monday. "
      "On Tuesday in Riyadh, the United States and Russia held talks.");
  const Event* signed_ = p.At("signed");
  ASSERT_NE(signed_, nullptr);
  EXPECT_EQ(p.Source(*signed_), "Iran");
  EXPECT_EQ(p.Target(*signed_), "France");
  const Event* held = p.At("held");
  ASSERT_NE(held, nullptr);
  EXPECT_EQ(p.Source(*held), "the United States");
  EXPECT_EQ(p.Target(*held), "Russia");
}


// "X and Y agreed on Monday to slash tariffs": the act a mutual verb's "to" complement names is done by the two sides
// with each other too, past a time phrase; a joint act announced by a verb that is no mutual one keeps both sources.
TEST(EventParticipants, TheActTwoSidesAgreeToHasTheSameTwoSides) {
  const Passage p(
      "The United States and China agreed on Monday to slash tariffs for 90 days. "
      "Britain and Germany said on Friday they would cut aid to Rwanda.");
  const Event* slash = p.At("slash");
  ASSERT_NE(slash, nullptr);
  EXPECT_EQ(p.Source(*slash), "The United States");
  EXPECT_EQ(p.Target(*slash), "China");
  const Event* cut = p.At("cut");
  ASSERT_NE(cut, nullptr);
  EXPECT_EQ(p.Target(*cut), "Rwanda");
}
// "the killing of Hezbollah leader Hassan Nasrallah", "the execution of protesters": the killing of someone is coded
// as killing them (190), an execution as killing by physical assault (1823), both ASSAULT; one of no one the
// dictionaries know is none ("the killing of time").
TEST(EventCoding, TheKillingOrExecutionOfSomeoneIsAnAssault) {
  const Passage p(
      "Iran said its strike was retaliation for the killing of Hezbollah leader Hassan Nasrallah. "
      "The European Union imposed sanctions over the execution of protesters.");
  const Event* killing = p.Where("killing of Hezbollah");
  ASSERT_NE(killing, nullptr);
  EXPECT_EQ(killing->type, "ASSAULT");
  const Event* execution = p.At("execution");
  ASSERT_NE(execution, nullptr);
  EXPECT_EQ(execution->type, "ASSAULT");
  EXPECT_EQ(execution->cameo, "1823");
  const Event* time = p.Where("killing of time");
  EXPECT_TRUE(time == nullptr || time->type.empty());
}

// "vowed to challenge it in court": a vow coded as what it announces is listed (the tagger's state of mind for
// "vowed" kept it out), and a vow to accuse, sue or challenge someone threatens them (130, THREATEN).
TEST(EventCoding, AVowToChallengeSomeoneIsAThreat) {
  const Passage p("The chamber is expected to approve the map on Thursday, and Democrats have vowed to challenge it in "
                  "court.");
  const Event* vowed = p.At("vowed");
  ASSERT_NE(vowed, nullptr);
  EXPECT_EQ(vowed->type, "THREATEN");
  EXPECT_EQ(p.Source(*vowed), "Democrats");
}

// "demanded that X resign": a demand the dictionaries code is listed even when the tagger classes the verb as a
// state of mind; wanting something stays one ("what parents want is a school" lists nothing).
TEST(EventCoding, ADemandIsAnActNotAStateOfMind) {
  const Passage p(
      "Protesters in Belgrade demanded that Milos Vucevic resign. "
      "What parents really want is a quality neighbourhood school, said Hester.");
  const Event* demanded = p.At("demanded");
  ASSERT_NE(demanded, nullptr);
  EXPECT_EQ(demanded->type, "REQUEST");
  EXPECT_EQ(p.Target(*demanded), "Milos Vucevic");
  EXPECT_EQ(p.At("want"), nullptr);
}

// "recalled its ambassador to India": the actor's own people ("its", "their" before words that name no one) are
// not on whom the act falls; the country of the "to" / "from" phrase is.
TEST(EventParticipants, TheActorsOwnPeopleAreNoTarget) {
  const Passage p(
      "Canada recalled its ambassador to India on Monday. "
      "France withdrew its troops from Mali.");
  EXPECT_EQ(p.TargetOf("recalled"), "India");
  EXPECT_EQ(p.TargetOf("withdrew"), "Mali");
}

// A bare "strike" is a work stoppage when the words around it name workers, pay or a stoppage's length; otherwise
// (a military strike, a shot in football) it is not coded as one.
TEST(EventCoding, AStrikeOfWorkersIsAWorkStoppage) {
  const Passage p(
      "The strike by dock workers in Rotterdam entered its third day on Wednesday. "
      "Teachers began a 48-hour strike over pay.");
  const Event* dock = p.Where("strike by");
  ASSERT_NE(dock, nullptr);
  EXPECT_EQ(dock->type, "PROTEST");
  const Event* teachers = p.Where("strike over");
  ASSERT_NE(teachers, nullptr);
  EXPECT_EQ(teachers->cameo, "143");
  const Passage football("Clyde scored through a tremendous strike from Bryson after half-an-hour.");
  const Event* shot = football.At("strike");
  EXPECT_TRUE(shot == nullptr || shot->cameo.empty());
}

// A bare "drills" is a show of force when the words around it name armed forces ("China's military staged
// large-scale drills around Taiwan"); a building site's drills are no event.
TEST(EventCoding, DrillsOfArmedForcesShowForce) {
  const Passage p("Russia's navy staged large-scale drills in the Baltic Sea on Friday.");
  const Event* drills = p.At("drills");
  ASSERT_NE(drills, nullptr);
  EXPECT_EQ(drills->cameo, "150");
  EXPECT_EQ(drills->type, "MOBILIZE");
  const Passage site("Workers in Lagos hauled cranes and heavy drills to the site on Friday.");
  const Event* tools = site.At("drills");
  EXPECT_TRUE(tools == nullptr || tools->cameo.empty());
}

// Receiving a head of state or a minister is hosting a visit; receiving a letter is not.
TEST(EventCoding, ReceivingALeaderIsHostingAVisit) {
  const Passage p("Chinese President Xi Jinping received Brazilian President Lula in Beijing on Tuesday.");
  const Event* received = p.At("received");
  ASSERT_NE(received, nullptr);
  EXPECT_EQ(received->cameo, "043");
  EXPECT_EQ(p.Place("received"), "Beijing");
}

// Seeking, intending and planning are no acts alone; what is planned says what the event is.
TEST(EventCoding, SeekingAndPlanningAreNoActsAlone) {
  const Passage p(
      "Kasich has sought to distinguish himself from his rivals. "
      "The injections were intended to calm her. "
      "The president plans to visit Kenya next month.");
  EXPECT_TRUE(p.At("sought") == nullptr || p.At("sought")->type.empty());
  EXPECT_TRUE(p.At("intended") == nullptr || p.At("intended")->type.empty());
  const Event* visit = p.At("visit");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->cameo, "036");
  EXPECT_EQ(p.Status("visit"), "planned");
}

// A campaign aide is no aid: "said X, a campaign aide" announces no aid (0331), whatever the crude stems.
TEST(EventCoding, AnAideIsNoAid) {
  const Passage p("\"No other Democrat is getting oxygen,\" said Mo Elleithee, a Clinton campaign aide. "
                  "The government said it would send aid to Gaza.");
  EXPECT_TRUE(p.At("said") == nullptr || p.At("said")->type.empty());
  ASSERT_NE(p.At("send"), nullptr);
  EXPECT_EQ(p.At("send")->type, "AID");
}

// Who blocks says what blocking is: a state's forces blocking a way or what moves on it impose a blockade (191,
// COERCE), a state blocking anything else turns it down (120, REJECT; a statement, as a bill, is vetoed: 129);
// farmers or students blocking or blockading protest (144).
TEST(EventCoding, WhoBlocksSaysWhetherItIsABlockadeARejectionOrAProtest) {
  const Passage p(
      "Chinese coast guard vessels blocked a resupply mission near the shoal on Monday. "
      "Farmers blocked the main highway near the border crossing on Monday. "
      "Serbian students have blockaded universities in Belgrade since November. "
      "The United States blocked its application on Tuesday. "
      "Hungary blocked a joint EU statement on Georgia.");
  auto code = [&](std::string_view words) {
    const Event* e = p.Where(words);
    return e ? e->cameo + " " + e->type : std::string("(not listed)");
  };
  EXPECT_EQ(code("blocked a resupply"), "191 COERCE");
  EXPECT_EQ(code("blocked the main"), "144 PROTEST");
  EXPECT_EQ(code("blockaded"), "144 PROTEST");
  EXPECT_EQ(code("blocked its application"), "120 REJECT");
  EXPECT_EQ(code("blocked a joint"), "129 REJECT");
}

// A raid by the police or prosecutors is a search, coercion (170); the military's stays an attack (190).
TEST(EventCoding, APoliceRaidIsCoercion) {
  const Passage p(
      "Kenyan police raided the offices of a rights group on Wednesday. "
      "Israeli troops raided the Jenin refugee camp on Wednesday.");
  const Event* police = p.Where("raided the offices");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->cameo, "170");
  EXPECT_EQ(police->type, "COERCE");
  const Event* troops = p.Where("raided the Jenin");
  ASSERT_NE(troops, nullptr);
  EXPECT_EQ(troops->cameo, "190");
  EXPECT_EQ(troops->type, "ASSAULT");
}

// Armed forces or fighters pulling back or surrendering retreat militarily (0874, RETREAT), not the yielding (080,
// CONCEDE) their verbs' block says.
TEST(EventCoding, ArmedForcesPullingBackRetreat) {
  const Passage p(
      "Russian forces pulled back from positions near the village overnight. "
      "Five hundred rebels surrendered last week in the eastern town.");
  const Event* pulled = p.At("pulled");
  ASSERT_NE(pulled, nullptr);
  EXPECT_EQ(pulled->cameo, "0874");
  EXPECT_EQ(pulled->type, "RETREAT");
  const Event* surrendered = p.At("surrendered");
  ASSERT_NE(surrendered, nullptr);
  EXPECT_EQ(surrendered->cameo, "0874");
}

// Carrying out a strike on someone is an attack; workers carrying out a strike stop work.
TEST(EventCoding, CarryingOutAStrikeOnSomeoneIsAnAttack) {
  const Passage p(
      "Israel carried out a strike on Hamas leaders in Doha on Tuesday. "
      "Dock workers carried out a strike on Monday.");
  const Event* israel = p.Where("carried out a strike on Hamas");
  ASSERT_NE(israel, nullptr);
  EXPECT_EQ(israel->cameo, "190");
  EXPECT_EQ(israel->type, "ASSAULT");
  const Event* workers = p.Where("carried out a strike on Monday");
  ASSERT_NE(workers, nullptr);
  EXPECT_EQ(workers->type, "PROTEST");
}

// Expelling or recalling an ambassador or an envoy cuts diplomatic relations (161, SANCTION); calling for an
// investigation asks for one (REQUEST); lifting sanctions eases them (085, RETREAT).
TEST(EventCoding, EnvoysInvestigationsAndSanctionsLifted) {
  const Passage p(
      "Thailand expelled Cambodia's ambassador and recalled its own envoy on Tuesday. "
      "The United Nations called for an independent investigation. "
      "The U.S. Treasury on Tuesday lifted sanctions against Syria's central bank.");
  const Event* expelled = p.At("expelled");
  ASSERT_NE(expelled, nullptr);
  EXPECT_EQ(expelled->cameo, "161");
  EXPECT_EQ(expelled->type, "SANCTION");
  const Event* recalled = p.At("recalled");
  ASSERT_NE(recalled, nullptr);
  EXPECT_EQ(recalled->cameo, "161");
  const Event* called = p.At("called");
  ASSERT_NE(called, nullptr);
  EXPECT_EQ(called->type, "REQUEST");
  const Event* lifted = p.At("lifted");
  ASSERT_NE(lifted, nullptr);
  EXPECT_EQ(lifted->cameo, "085");
  EXPECT_EQ(lifted->type, "RETREAT");
}

// Meeting at a place is a meeting (040), not PETRARCH2's intent to meet (036), which the framing still makes one
// ("agreed to meet at"); negotiating with someone is negotiation (046, CONSULT), not diplomatic cooperation (050);
// approving a loan provides it (071, AID); accepting demands accedes to them (083, CONCEDE).
TEST(EventCoding, MeetingsNegotiationsLoansAndDemandsAccepted) {
  const Passage p(
      "Trump and Putin met for nearly three hours at a military base in Anchorage on Friday. "
      "The two leaders agreed to meet at the White House next week. "
      "Colombo has been negotiating with bondholders since January. "
      "The International Monetary Fund approved a $1.2 billion loan to Sri Lanka on Thursday. "
      "The Mozambique government on Thursday accepted demands from Shona rebels.");
  auto code = [&](std::string_view word) {
    const Event* e = p.At(word);
    return e ? e->cameo + " " + e->type : std::string("(not listed)");
  };
  EXPECT_EQ(code("met"), "040 CONSULT");
  EXPECT_EQ(code("agreed"), "036 AGREE");
  EXPECT_EQ(code("negotiating"), "046 CONSULT");
  EXPECT_EQ(code("approved"), "071 AID");
  EXPECT_EQ(code("accepted"), "083 CONCEDE");
}

// Military drills show force (150, MOBILIZE), joint ones are military cooperation (062); a sit-in is a
// demonstration (141). A fire drill is no event of either kind.
TEST(EventCoding, DrillsAndSitIns) {
  const Passage p(
      "China held large-scale military drills around Taiwan on Wednesday. "
      "North Korea threatened to take military action if joint drills with South Korea go ahead. "
      "Families of the detainees plan a sit-in outside the justice ministry on Thursday. "
      "The school held a fire drill on Monday.");
  const Event* drills = p.At("drills");
  ASSERT_NE(drills, nullptr);
  EXPECT_EQ(drills->type, "MOBILIZE");
  const Event* joint = p.Where("drills with");
  ASSERT_NE(joint, nullptr);
  EXPECT_EQ(joint->type, "COOPERATE");
  const Event* sit_in = p.At("sit-in");
  ASSERT_NE(sit_in, nullptr);
  EXPECT_EQ(sit_in->type, "PROTEST");
  const Event* fire = p.Where("drill on Monday");
  EXPECT_TRUE(fire == nullptr || fire->type.empty()) << fire->type;
}

// Calling something absurd or unacceptable criticises it (111, ACCUSE); calling on someone to end an outrageous
// policy is still an appeal. Expelling inspectors is CAMEO's 1662 (SANCTION); signing an agreement on defence is a
// formal agreement signed (057, SUPPORT); levies are tariffs (163).
TEST(EventCoding, CriticismExpelledInspectorsSignedAgreementsAndLevies) {
  const Passage p(
      "Washington called the verdict absurd on Friday. "
      "Activists called on the government to end the outrageous policy. "
      "North Korea expelled inspectors of the International Atomic Energy Agency on Tuesday. "
      "Modi and Plenkovic later signed four agreements on defence, culture and scientific cooperation. "
      "Canada will retaliate for Washington's levies on Canadian steel. "
      "Russia's foreign ministry called the decision unfriendly.");
  auto code = [&](std::string_view words) {
    const Event* e = p.Where(words);
    return e ? e->cameo + " " + e->type : std::string("(not listed)");
  };
  EXPECT_EQ(code("called the verdict"), "111 ACCUSE");
  EXPECT_EQ(code("called on the"), "020 REQUEST");
  EXPECT_EQ(code("expelled"), "1662 SANCTION");
  EXPECT_EQ(code("signed"), "057 SUPPORT");
  EXPECT_EQ(code("levies"), "163 COERCE");
  EXPECT_EQ(code("called the decision"), "111 ACCUSE");
}

// Calling something or someone by a name of contempt criticises too (111, ACCUSE), the noun a few words on past the
// object; calling for a review is an appeal even with such a word after it.
TEST(EventCoding, CallingItANameOfContemptIsCriticism) {
  const Passage p(
      "Senate leader Chuck Schumer called the threat blackmail. "
      "Ravindra called the raids a political vendetta. "
      "President Lai Ching-te called China a foreign hostile force. "
      "The minister called for a review of the sham elections.");
  auto code = [&](std::string_view words) {
    const Event* e = p.Where(words);
    return e ? e->cameo + " " + e->type : std::string("(not listed)");
  };
  EXPECT_EQ(code("called the threat"), "111 ACCUSE");
  EXPECT_EQ(code("called the raids"), "111 ACCUSE");
  EXPECT_EQ(code("called China"), "111 ACCUSE");
  EXPECT_NE(code("called for"), "111 ACCUSE");
}

// An accusation or a demand in a participle after a deed is a second act ("expelled three French diplomats,
// accusing them of meddling"); a consequence of the deed ("bombarded Aleppo, killing") and what is said after it
// ("saying ...") stay one event with it.
TEST(EventCoding, AnAccusationAfterADeedIsAnEventOfItsOwn) {
  const Passage p(
      "Mali expelled three French diplomats on Thursday, accusing them of meddling in its internal affairs. "
      "Insurgents bombarded Aleppo on Monday, killing at least eight people.");
  const Event* expelled = p.At("expelled");
  const Event* accusing = p.At("accusing");
  ASSERT_NE(expelled, nullptr);
  ASSERT_NE(accusing, nullptr);
  EXPECT_NE(expelled, accusing);
  EXPECT_EQ(expelled->type, "SANCTION");
  EXPECT_EQ(accusing->type, "ACCUSE");
  const Event* bombarded = p.At("bombarded");
  ASSERT_NE(bombarded, nullptr);
  const Event* killing = p.At("killing");
  EXPECT_TRUE(killing == nullptr || killing == bombarded || killing->type.empty());
}

// ", and" after a phrase that ends another clause opens a new one: its subject is no list with that phrase ("the
// US, Russia, and China" is a list). Workers named by their trade in one word are labour ("dockworkers").
TEST(EventParticipants, CommaAndOpensANewClause) {
  const Passage p(
      "Police arrested dozens of protesters, and the opposition leader condemned the arrests. "
      "The US, Russia, and China condemned the attack. "
      "Italy's largest union called a general strike, and dockworkers in Genoa blocked port gates on Thursday.");
  const Event* condemned = p.At("condemned");
  ASSERT_NE(condemned, nullptr);
  EXPECT_EQ(All(p, *condemned, EventRole::kSource).find("protesters"), std::string::npos);
  const Event* list = p.Where("condemned the attack");
  ASSERT_NE(list, nullptr);
  EXPECT_NE(All(p, *list, EventRole::kSource).find("The US"), std::string::npos);
  const Event* blocked = p.At("blocked");
  ASSERT_NE(blocked, nullptr);
  EXPECT_EQ(p.Source(*blocked), "dockworkers");
  EXPECT_EQ(blocked->type, "PROTEST");
}

// A noun that modifies the people or vehicles after it names no event: "an aid flotilla", "aid workers", "attack
// helicopters"; "sent aid" is one.
TEST(EventCoding, NounsModifyingPeopleOrVehiclesAreNoEvents) {
  const Passage p(
      "Israel intercepted a Gaza-bound aid flotilla on Wednesday. The army deployed attack helicopters. "
      "The United States sent aid to Ukraine.");
  EXPECT_EQ(p.At("aid flotilla"), nullptr);
  EXPECT_EQ(p.At("attack"), nullptr);
  const Event* sent = p.At("sent");
  ASSERT_NE(sent, nullptr);
  EXPECT_EQ(sent->type, "AID");
  EXPECT_EQ(p.Target(*sent), "Ukraine");
}

// Linking, connecting and relating associate two things: no cooperation ("a website linked to the group", "firms
// linked with investment in Russia"); linking someone to an attack is an accusation.
TEST(EventCoding, LinkingIsNoCooperation) {
  const Passage p(
      "A website linked to the Islamic State group posted the video. "
      "Firms linked with investment in Russia include Total. "
      "Cables connect Denmark with Norway. "
      "Kenyan police linked Omar Said to the attack on the embassy.");
  EXPECT_EQ(p.Where("linked to the"), nullptr);
  EXPECT_EQ(p.Where("linked with"), nullptr);
  const Event* connect = p.At("connect");
  EXPECT_TRUE(connect == nullptr || connect->type.empty());
  const Event* accused = p.Where("linked Omar");
  ASSERT_NE(accused, nullptr);
  EXPECT_EQ(accused->type, "ACCUSE");
}

// "defend" codes military protection (074) in PETRARCH2's dictionary; a thing defended or a defence against
// criticism is a defence in words (052, SUPPORT), a reflexive one defends no one else, a country defended keeps 074.
TEST(EventCoding, DefendingInWordsIsSupport) {
  const Passage p(
      "Medline Health said it would defend itself in court. "
      "Hillary Clinton defended her record as secretary of state. "
      "Yasser Arafat defended Iraq and Libya on Friday against Western criticism of their arms industries. "
      "Norway is ready to help defend Saudi Arabia if it is attacked.");
  const Event* itself = p.Where("defend itself");
  EXPECT_TRUE(itself == nullptr || itself->type.empty());
  const Event* record = p.Where("defended her");
  ASSERT_NE(record, nullptr);
  EXPECT_EQ(record->type, "SUPPORT");
  EXPECT_EQ(record->cameo, "052");
  const Event* arafat = p.Where("defended Iraq");
  ASSERT_NE(arafat, nullptr);
  EXPECT_EQ(arafat->cameo, "052");
  const Event* saudi = p.Where("defend Saudi");
  ASSERT_NE(saudi, nullptr);
  EXPECT_EQ(saudi->cameo, "074");
}

// Gathering is a meeting of states, officials or leaders; protesters gathering rally; reporters or an audience
// gathering is no event.
TEST(EventCoding, WhoGathersSaysWhatTheGatheringIs) {
  const Passage p(
      "Hundreds of protesters gathered overnight outside the National Assembly in Seoul. "
      "Reporters gathered at Trump's club in West Palm Beach on Monday. "
      "European leaders gathered in Brussels on Friday.");
  const Event* protest = p.Where("gathered overnight");
  ASSERT_NE(protest, nullptr);
  EXPECT_EQ(protest->type, "PROTEST");
  const Event* reporters = p.Where("gathered at");
  EXPECT_TRUE(reporters == nullptr || reporters->type.empty());
  const Event* leaders = p.Where("gathered in Brussels");
  ASSERT_NE(leaders, nullptr);
  EXPECT_EQ(leaders->type, "CONSULT");
}

// What is sent, flown or dispatched says the act: relief is humanitarian aid, weapons military aid, money a fund
// releases economic aid; an envoy flying somewhere is no aid.
TEST(EventCoding, WhatIsCarriedSaysTheAid) {
  const Passage p(
      "China flew 82 rescuers to Mandalay on Sunday. "
      "India dispatched a naval ship with 40 tonnes of relief supplies. "
      "Germany sent two IRIS-T batteries to Ukraine in March. "
      "The United Nations released $4 million from its emergency fund. "
      "Mexican labourers in the United States sent $16 billion home last year.");
  for (const char* words : {"flew 82", "dispatched", "sent two", "released"}) {
    SCOPED_TRACE(words);
    const Event* e = p.Where(words);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->type, "AID");
  }
  EXPECT_EQ(p.Where("flew 82")->cameo, "073");
  EXPECT_EQ(p.Where("sent two")->cameo, "072");
  EXPECT_EQ(p.Where("released")->cameo, "071");
  const Event* remittance = p.Where("sent $16");
  EXPECT_TRUE(remittance == nullptr || remittance->type != "AID");
}

// A passive whose verb codes nothing with the words after it is coded with its subject, as its patterns read the
// object ("troops were deployed to" is "deployed troops", 154); raising concerns voices them (012), no consultation.
TEST(EventCoding, APassiveIsCodedWithItsSubject) {
  const Passage p(
      "Special forces troops were deployed to the National Assembly in Seoul on Tuesday. "
      "Concerns were raised by Amnesty International about the trial of Ahmed Mansoor.");
  const Event* deployed = p.At("deployed");
  ASSERT_NE(deployed, nullptr);
  EXPECT_EQ(deployed->type, "MOBILIZE");
  const Event* raised = p.At("raised");
  EXPECT_TRUE(raised == nullptr || raised->type.empty());
}

// Using tear gas or rubber bullets is violent repression (175, ASSAULT) as firing them is; walking off the job strikes.
TEST(EventCoding, UsingRiotWeaponsAndWalkingOffTheJob) {
  const Passage p(
      "Police used rubber bullets to disperse strikers near Pretoria on Tuesday. "
      "Thousands of doctors walked off the job in Lagos on Monday.");
  const Event* used = p.At("used");
  ASSERT_NE(used, nullptr);
  EXPECT_EQ(used->type, "ASSAULT");
  const Event* walked = p.At("walked");
  ASSERT_NE(walked, nullptr);
  EXPECT_EQ(walked->type, "PROTEST");
}

// Retaking a town occupies it again (192, COERCE), as recapturing it does; vowing to retake it threatens to.
TEST(EventCoding, RetakingATownIsAnOccupation) {
  const Passage p(
      "Ukrainian forces retook Kherson in November. "
      "General Abdel Fattah al-Burhan vowed to retake El Fasher.");
  const Event* retook = p.At("retook");
  ASSERT_NE(retook, nullptr);
  EXPECT_EQ(retook->cameo, "192");
  const Event* vowed = p.At("vowed");
  ASSERT_NE(vowed, nullptr);
  EXPECT_EQ(vowed->type, "THREATEN");
}

// "when it comes to" is an idiom of what is spoken of, no meeting; someone coming to a place is.
TEST(EventCoding, WhenItComesToIsNoMeeting) {
  const Passage p(
      "Donald Trump has been outspent by Hillary Clinton when it comes to ads. "
      "President Emmanuel Macron came to Kyiv on Monday.");
  const Event* comes = p.At("comes");
  EXPECT_TRUE(comes == nullptr || comes->type.empty());
  const Event* came = p.At("came");
  ASSERT_NE(came, nullptr);
  EXPECT_EQ(came->type, "CONSULT");
}

// Introducing someone at a rally or a bill in a chamber is no consultation (PETRARCH2's block "introduce", 040);
// what is introduced may say the act ("introduced an arms embargo", 163).
TEST(EventCoding, IntroducingIsNoConsultation) {
  const Passage p(
      "New Jersey Governor Chris Christie introduced Donald Trump at a rally in Florida. "
      "The European Union introduced an arms embargo on Sudan.");
  const Event* trump = p.Where("introduced Donald");
  EXPECT_TRUE(trump == nullptr || trump->type.empty());
  const Event* embargo = p.Where("introduced an");
  ASSERT_NE(embargo, nullptr);
  EXPECT_EQ(embargo->type, "COERCE");
}

// An invasion is an assault (190), not the occupation of territory (192) that the dictionary's block gives it; a
// pattern of the block keeps its code ("invaded the town" 192).
TEST(EventCoding, InvasionIsAnAssault) {
  const Passage p(
      "Secretary of State Marco Rubio met Sergei Lavrov for their first talks since Russia's invasion of Ukraine. "
      "Russia invaded Ukraine in 2022. "
      "Rebels invaded the town of Goma.");
  ASSERT_NE(p.At("invasion"), nullptr);
  EXPECT_EQ(p.At("invasion")->type, "ASSAULT");
  const Event* russia = p.Where("invaded Ukraine");
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia->cameo, "190");
  const Event* town = p.Where("invaded the town");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->cameo, "192");
}

// Suspending cooperation or support cuts relations or aid (SANCTION), suspending a role as mediator halts mediation
// (165), announced with "would" as the decision itself (planned); halting an offensive de-escalates (RETREAT).
TEST(EventCoding, SuspendedCooperationSupportAndMediation) {
  const Passage p(
      "Iran suspended cooperation with the International Atomic Energy Agency. "
      "The European Union said on Monday it was suspending budget support to Guinea-Bissau. "
      "Qatar said it would suspend its role as a mediator. "
      "Israel halted its offensive in Gaza.");
  ASSERT_NE(p.At("suspended"), nullptr);
  EXPECT_EQ(p.At("suspended")->type, "SANCTION");
  ASSERT_NE(p.At("suspending"), nullptr);
  EXPECT_EQ(p.At("suspending")->cameo, "162");
  const Event* mediator = p.Where("suspend its role");
  ASSERT_NE(mediator, nullptr);
  EXPECT_EQ(mediator->cameo, "165");
  EXPECT_STREQ(EventStatusName(mediator->status), "planned");
  ASSERT_NE(p.At("halted"), nullptr);
  EXPECT_EQ(p.At("halted")->type, "RETREAT");
}

// Suing someone is a lawsuit (115, ACCUSE) in every form of the verb ("is suing", "sued"), with what for or not.
TEST(EventCoding, SuingIsALawsuit) {
  const Passage p(
      "A Saudi businessman is suing the United States for damages to his pharmaceutical plant. "
      "Iran sued the United States in the International Court of Justice.");
  ASSERT_NE(p.At("suing"), nullptr);
  EXPECT_EQ(p.At("suing")->cameo, "115");
  EXPECT_EQ(p.At("suing")->type, "ACCUSE");
  ASSERT_NE(p.At("sued"), nullptr);
  EXPECT_EQ(p.At("sued")->type, "ACCUSE");
}

// So is the noun: a lawsuit is brought against someone (115, ACCUSE).
TEST(EventCoding, ALawsuitIsAnAccusation) {
  const Passage p("The Justice Department filed a lawsuit against the state of North Carolina on Monday.");
  const Event* lawsuit = p.At("lawsuit");
  ASSERT_NE(lawsuit, nullptr);
  EXPECT_EQ(lawsuit->cameo, "115");
  EXPECT_EQ(lawsuit->type, "ACCUSE");
}

// What is attempted is done, if not achieved: "attempted to assassinate" is an attempted assassination (185, ASSAULT),
// "tried to hack into the computers" coercion, not an intent or a threat; "will try to seize" is still to come.
TEST(EventCoding, AttemptedActsAreTheActs) {
  const Passage p(
      "Militants said they attempted to assassinate Prime Minister Iyad Allawi. "
      "North Korea has tried to hack into the computers of South Korean army officers. "
      "Rebels will try to seize the airport.");
  ASSERT_NE(p.At("attempted"), nullptr);
  EXPECT_EQ(p.At("attempted")->cameo, "185");
  EXPECT_EQ(p.At("attempted")->type, "ASSAULT");
  ASSERT_NE(p.At("tried"), nullptr);
  EXPECT_EQ(p.At("tried")->type, "COERCE");
  ASSERT_NE(p.At("seize"), nullptr);
  EXPECT_EQ(p.At("seize")->type, "COERCE");
  EXPECT_EQ(p.Status("seize"), "planned");
}

// An order is the act ordered, done through those ordered ("ordered the newspaper to suspend publication": 1721,
// COERCE); an order to a diplomat to leave expels them (161, SANCTION); an order to others to leave is no expulsion.
TEST(EventCoding, OrdersAreTheActsOrdered) {
  const Passage p(
      "Nicaragua's Sandinista government ordered the opposition newspaper La Prensa to suspend publication. "
      "Niger's military junta on Monday ordered the French ambassador to leave the country within 48 hours. "
      "The coach ordered the players to leave the pitch.");
  const Event* newspaper = p.Where("ordered the opposition");
  ASSERT_NE(newspaper, nullptr);
  EXPECT_EQ(newspaper->cameo, "1721");
  EXPECT_EQ(newspaper->type, "COERCE");
  const Event* ambassador = p.Where("ordered the French");
  ASSERT_NE(ambassador, nullptr);
  EXPECT_EQ(ambassador->cameo, "161");
  const Event* players = p.Where("ordered the players");
  EXPECT_TRUE(players == nullptr || players->cameo != "161");
}

// A coded event noun whose own phrase names a nation or an organisation before it has that actor as its source, so
// that violence named by a noun is coded: "an Israeli drone strike" (195), "a Hamas raid" (190).
TEST(EventCoding, EventNounsSourcedByTheirModifier) {
  const Passage p(
      "An Israeli drone strike hit a car in the southern Lebanese town of Nabatieh on Tuesday. "
      "A Hamas raid on the base was repelled.");
  ASSERT_NE(p.At("strike"), nullptr);
  EXPECT_EQ(p.At("strike")->type, "ASSAULT");
  EXPECT_EQ(p.Source(*p.At("strike")), "Israeli");
  ASSERT_NE(p.At("raid"), nullptr);
  EXPECT_EQ(p.At("raid")->type, "ASSAULT");
  EXPECT_EQ(p.Source(*p.At("raid")), "Hamas");
}

// Massing troops, scrambling jets and deploying officers mobilize force (154, 153); scrambling to do something is
// no event.
TEST(EventCoding, MassedTroopsScrambledJetsDeployedOfficers) {
  const Passage p(
      "Addis Ababa has massed troops along the border. "
      "Taiwan's defence ministry said it had scrambled jets. "
      "Dutch police deployed 27,000 officers around the venue. "
      "Rescuers scrambled to find survivors.");
  ASSERT_NE(p.At("massed"), nullptr);
  EXPECT_EQ(p.At("massed")->type, "MOBILIZE");
  const Event* jets = p.Where("scrambled jets");
  ASSERT_NE(jets, nullptr);
  EXPECT_EQ(jets->type, "MOBILIZE");
  ASSERT_NE(p.At("deployed"), nullptr);
  EXPECT_EQ(p.At("deployed")->type, "MOBILIZE");
  const Event* find = p.Where("scrambled to find");
  EXPECT_TRUE(find == nullptr || find->type.empty());
}

// Rejecting or dismissing allegations rejects them (120, REJECT); denying them is a denial of responsibility (016,
// a statement with no PLOVER type).
TEST(EventCoding, RejectedAllegations) {
  const Passage p(
      "Paris rejected the allegations as baseless. "
      "The ruling Georgian Dream party dismissed the fraud allegations. "
      "Russia denied the allegations.");
  ASSERT_NE(p.At("rejected"), nullptr);
  EXPECT_EQ(p.At("rejected")->type, "REJECT");
  ASSERT_NE(p.At("dismissed"), nullptr);
  EXPECT_EQ(p.At("dismissed")->type, "REJECT");
  const Event* denied = p.At("denied");
  EXPECT_TRUE(denied == nullptr || denied->cameo == "016");
}

// Speaking by phone is a phone call (041, CONSULT), as "by telephone" is.
TEST(EventCoding, SpokeByPhone) {
  const Passage p("Trump and Putin spoke by phone on Wednesday.");
  ASSERT_NE(p.At("spoke"), nullptr);
  EXPECT_EQ(p.At("spoke")->cameo, "041");
}

// Shutting the internet restricts freedoms (1721) and closing a strait blockades it (191), both COERCE; shutting a
// door is no event.
TEST(EventCoding, ShutInternetClosedStrait) {
  const Passage p(
      "Pakistan shut mobile internet in Islamabad on Tuesday. "
      "Iran threatened on Sunday to close the Strait of Hormuz. "
      "He shut the door.");
  const Event* internet = p.Where("shut mobile");
  ASSERT_NE(internet, nullptr);
  EXPECT_EQ(internet->cameo, "1721");
  ASSERT_NE(p.At("close"), nullptr);
  EXPECT_EQ(p.At("close")->cameo, "191");
  const Event* door = p.Where("shut the door");
  EXPECT_TRUE(door == nullptr || door->type.empty());
}

// Sending rescuers or supplies and delivering rations are aid (073, 070: AID), not an intent to meet (036).
TEST(EventCoding, SentRescuersDeliveredRations) {
  const Passage p(
      "Greece sent a second team of rescuers and 20 tonnes of medical supplies to Turkey on Tuesday. "
      "The World Food Programme delivered emergency rations to 40,000 people in camps around El Fasher.");
  ASSERT_NE(p.At("sent"), nullptr);
  EXPECT_EQ(p.At("sent")->type, "AID");
  ASSERT_NE(p.At("delivered"), nullptr);
  EXPECT_EQ(p.At("delivered")->type, "AID");
}

// Verbs found in every form once their lost "e" is back name no event alone: "argued that" is a statement, "issued
// subpoenas" no cooperation; their patterns keep their codes ("issued a statement" 010). A passive verb read with
// its subject as its object is a material act only: "the messages were sent" is no meeting.
TEST(EventCoding, ArguedIssuedAndPassiveMessages) {
  const Passage p(
      "Clinton's aides argued that the plan would help Democrats. "
      "The State Department issued subpoenas to a family foundation. "
      "None of the messages were sent to Moscow.");
  const Event* argued = p.At("argued");
  EXPECT_TRUE(argued == nullptr || argued->type.empty());
  const Event* issued = p.At("issued");
  EXPECT_TRUE(issued == nullptr || issued->type.empty());
  const Event* sent = p.At("sent");
  EXPECT_TRUE(sent == nullptr || sent->type.empty());
}

// Calling a strike is holding one (143, PROTEST), not an appeal (020).
TEST(EventCoding, CalledAStrike) {
  const Passage p("Italy's largest union CGIL called a general strike for Friday.");
  ASSERT_NE(p.At("called"), nullptr);
  EXPECT_EQ(p.At("called")->cameo, "143");
}

// Suspending links reduces relations (160, SANCTION), named by the verb or its noun; reneging on a commitment
// rejects it (120, REJECT).
TEST(EventCoding, SuspendedLinksRenegedCommitments) {
  const Passage p(
      "Italy announced a suspension of air links with Serbia on Wednesday. "
      "President Levy Mwanawasa has reneged on his commitment to the Zambian people.");
  ASSERT_NE(p.At("announced"), nullptr);
  EXPECT_EQ(p.At("announced")->cameo, "160");
  ASSERT_NE(p.At("reneged"), nullptr);
  EXPECT_EQ(p.At("reneged")->type, "REJECT");
}

// Sharing intelligence, information or data is intelligence sharing (064, COOPERATE), in the passive too; sharing a
// photo is no event.
TEST(EventCoding, SharedIntelligence) {
  const Passage p(
      "Police detained an activist, acting on information shared by German intelligence. "
      "She shared a photo on Instagram.");
  const Event* intelligence = p.Where("shared by");
  ASSERT_NE(intelligence, nullptr);
  EXPECT_EQ(intelligence->cameo, "064");
  const Event* photo = p.Where("shared a photo");
  EXPECT_TRUE(photo == nullptr || photo->type.empty());
}

// Cutting, lowering, scrapping or lifting tariffs eases economic sanctions (085, RETREAT).
TEST(EventCoding, CuttingTariffsEasesSanctions) {
  const Passage p(
      "The United States and China agreed on Monday to slash reciprocal tariffs for 90 days. "
      "Canada scrapped its tariffs on U.S. goods on Friday.");
  const Event* slash = p.At("slash");
  ASSERT_NE(slash, nullptr);
  EXPECT_EQ(slash->type, "RETREAT");
  const Event* scrapped = p.At("scrapped");
  ASSERT_NE(scrapped, nullptr);
  EXPECT_EQ(scrapped->cameo, "085");
}

// A veto rejects what it is of (129), as the verb does; overriding a veto blames no one.
TEST(EventCoding, AVetoIsARejection) {
  const Passage p(
      "Students marched to protest President Javier Milei's veto of a university funding law. "
      "The Chamber of Deputies voted to override it.");
  const Event* veto = p.At("veto");
  ASSERT_NE(veto, nullptr);
  EXPECT_EQ(veto->type, "REJECT");
  const Event* override_ = p.At("override");
  EXPECT_TRUE(override_ == nullptr || override_->type.empty());
}

// Being sworn in takes an office: no accusation (PETRARCH2 files "swear" under "allege", 110).
TEST(EventCoding, BeingSwornInIsNoAccusation) {
  const Passage p("George W. Bush was sworn in at a ceremony in Washington on Thursday.");
  const Event* sworn = p.At("sworn");
  EXPECT_TRUE(sworn == nullptr || sworn->type != "ACCUSE");
}

// Failing is no rejection: an attempt failed, a candidate failed to win; what fails to happen is negated.
TEST(EventCoding, FailingIsNoRejection) {
  const Passage p(
      "The initial attempt to sell the Millennium Dome failed. "
      "The Greens failed to delay the vote in the Senate.");
  const Event* failed = p.Where("failed.");
  EXPECT_TRUE(failed == nullptr || failed->type.empty());
  const Event* greens = p.Where("failed to");
  EXPECT_TRUE(greens == nullptr || greens->type.empty());
}

// Conceding that something is so admits it; conceding an election or defeat yields (080, CONCEDE).
TEST(EventCoding, ConcedingThatIsAnAdmission) {
  const Passage p(
      "Prime Minister Tony Blair conceded that the US had a harder position towards Iran. "
      "John Kerry conceded defeat on Wednesday.");
  const Event* admitted = p.Where("conceded that");
  EXPECT_TRUE(admitted == nullptr || admitted->type.empty());
  const Event* defeat = p.Where("conceded defeat");
  ASSERT_NE(defeat, nullptr);
  EXPECT_EQ(defeat->type, "CONCEDE");
}

// Ending, halting or suspending talks halts negotiations (164), ending mediation halts mediation (165): SANCTION,
// not a cut in relations (160) nor the talks as an event of their own.
TEST(EventCoding, EndingTalksHaltsNegotiations) {
  const Passage p(
      "Iran suspended talks with the United States on Monday. "
      "Syrian officers today ended mediation efforts between rival militias in Tripoli.");
  const Event* suspended = p.At("suspended");
  ASSERT_NE(suspended, nullptr);
  EXPECT_EQ(suspended->cameo, "164");
  const Event* ended = p.At("ended");
  ASSERT_NE(ended, nullptr);
  EXPECT_EQ(ended->cameo, "165");
  EXPECT_EQ(ended->type, "SANCTION");
  const Event* mediation = p.At("mediation");  // no event of its own (a mention of the halt at most)
  EXPECT_TRUE(mediation == nullptr || mediation == ended || mediation->type.empty());
}

// Violating a truce is the military act (196, ASSAULT; the truce is no event of its own); violating a ban or a law
// defies it (128, REJECT).
TEST(EventCoding, ViolatingATruceOrABan) {
  const Passage p(
      "Indian troops violated the truce on Sunday. "
      "A newspaper in east Beirut has violated a ban by General Michel Aoun.");
  const Event* truce = p.Where("violated the truce");
  ASSERT_NE(truce, nullptr);
  EXPECT_EQ(truce->cameo, "196");
  EXPECT_EQ(truce->type, "ASSAULT");
  const Event* noun = p.At("truce");  // no event of its own (a mention of the violation at most)
  EXPECT_TRUE(noun == nullptr || noun == truce || noun->type.empty());
  const Event* ban = p.Where("violated a ban");
  ASSERT_NE(ban, nullptr);
  EXPECT_EQ(ban->type, "REJECT");
}

// Withdrawing tariffs eases them (085, RETREAT), not the withdrawal block's yielding (080, CONCEDE).
TEST(EventCoding, WithdrawingTariffsEasesSanctions) {
  const Passage p("China on Tuesday refused to withdraw its retaliatory tariffs on U.S. goods.");
  const Event* withdraw = p.At("withdraw");
  ASSERT_NE(withdraw, nullptr);
  EXPECT_EQ(withdraw->cameo, "085");
  EXPECT_EQ(withdraw->type, "RETREAT");
}

// Who acts picks the sense: protesters clashing with police riot (145, PROTEST), police clashing with protesters use
// force (ASSAULT); a court or prosecutors charging someone take legal action (173, COERCE), anyone else accuses.
TEST(EventCoding, ClashesAndChargesByWhom) {
  const Passage p(
      "Protesters outside the legislature clashed with police on Monday. "
      "Riot police clashed with anti-government demonstrators in Novi Sad overnight. "
      "A Moscow court charged four men with terrorism on Sunday. "
      "The senator charged the president with lying to Congress.");
  const Event* protesters = p.Where("clashed with police");
  ASSERT_NE(protesters, nullptr);
  EXPECT_EQ(protesters->type, "PROTEST");
  const Event* police = p.Where("clashed with anti");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->type, "ASSAULT");
  const Event* court = p.Where("charged four");
  ASSERT_NE(court, nullptr);
  EXPECT_EQ(court->cameo, "173");
  const Event* senator = p.Where("charged the president");
  ASSERT_NE(senator, nullptr);
  EXPECT_EQ(senator->type, "ACCUSE");
}

// Convicting someone finds them guilty (116, ACCUSE), not an arrest (173).
TEST(EventCoding, ConvictingFindsGuilty) {
  const Passage p("A federal jury in Chicago on Tuesday convicted former Illinois state senator Raymond Okafor of taking bribes.");
  const Event* convicted = p.At("convicted");
  ASSERT_NE(convicted, nullptr);
  EXPECT_EQ(convicted->cameo, "116");
  EXPECT_EQ(convicted->type, "ACCUSE");
}

// An act said to be expected, due, set or scheduled is on the calendar, the act itself (status planned), as a
// meeting on the calendar is; agreeing or pledging to act still announces it (an intent of its own).
TEST(EventCoding, AScheduledActIsTheAct) {
  const Passage p(
      "NATO leaders gathered in The Hague on Tuesday for a two-day summit expected to endorse a new defence "
      "spending target. Iran agreed on Monday to release the prisoners.");
  const Event* endorse = p.At("endorse");
  ASSERT_NE(endorse, nullptr);
  EXPECT_EQ(endorse->type, "SUPPORT");
  EXPECT_EQ(p.Status("endorse"), "planned");
  const Event* agreed = p.At("agreed");
  ASSERT_NE(agreed, nullptr);
  EXPECT_EQ(agreed->type, "AGREE");
}

// A missile fired into the sea, at no one, shows force (150, MOBILIZE); fired into a country it attacks.
TEST(EventCoding, AMissileIntoTheSeaShowsForce) {
  const Passage p(
      "North Korea fired a solid-fuel hypersonic missile into the sea off its east coast on Sunday. "
      "Hamas fired rockets into Israel on Monday.");
  const Event* sea = p.Where("fired a solid");
  ASSERT_NE(sea, nullptr);
  EXPECT_EQ(sea->type, "MOBILIZE");
  const Event* israel = p.Where("fired rockets");
  ASSERT_NE(israel, nullptr);
  EXPECT_EQ(israel->type, "ASSAULT");
}

// Rallying is no military mobilization unless troops rally: people rallying somewhere or in support of a cause
// demonstrate (141, PROTEST), rallying behind someone backs them (051), rallying supporters rallies support (053).
TEST(EventCoding, RallyingBySenseAndWhom) {
  const Passage p(
      "Thousands of people rallied outside the party's headquarters in Berlin in support of a ban. "
      "Republicans rallied behind Trump on Monday. "
      "Netanyahu rallied supporters by warning of the risks. "
      "Troops rallied on the border.");
  const Event* people = p.Where("rallied outside");
  ASSERT_NE(people, nullptr);
  EXPECT_EQ(people->type, "PROTEST");
  const Event* behind = p.Where("rallied behind");
  ASSERT_NE(behind, nullptr);
  EXPECT_EQ(behind->cameo, "051");
  const Event* supporters = p.Where("rallied supporters");
  ASSERT_NE(supporters, nullptr);
  EXPECT_EQ(supporters->cameo, "053");
  const Event* troops = p.Where("rallied on");
  ASSERT_NE(troops, nullptr);
  EXPECT_EQ(troops->type, "MOBILIZE");
}

// Signing an agreement is a formal agreement signed (057, SUPPORT) whatever its field; a contract is material
// cooperation.
TEST(EventCoding, SigningADefenceOrTradeAgreement) {
  const Passage p(
      "India and the United States signed a 10-year defence framework agreement on Tuesday. "
      "China and Peru signed a free trade agreement on Monday. "
      "Boeing signed a contract with the Pentagon.");
  const Event* defence = p.Where("signed a 10");
  ASSERT_NE(defence, nullptr);
  EXPECT_EQ(defence->cameo, "057");
  const Event* trade = p.Where("signed a free");
  ASSERT_NE(trade, nullptr);
  EXPECT_EQ(trade->type, "SUPPORT");
  const Event* contract = p.Where("signed a contract");
  ASSERT_NE(contract, nullptr);
  EXPECT_EQ(contract->type, "COOPERATE");
}

// Legal, criminal, disciplinary or impeachment proceedings against someone are a case brought (115, ACCUSE);
// proceedings alone name no event.
TEST(EventCoding, ProceedingsAgainstSomeone) {
  const Passage p(
      "Separately, UEFA opened disciplinary proceedings against Sevilla after fans threw flares onto the pitch. "
      "Protesters disrupted proceedings in the chamber.");
  const Event* opened = p.Where("opened disciplinary");
  ASSERT_NE(opened, nullptr);
  EXPECT_EQ(opened->cameo, "115");
  const Event* disrupted = p.At("proceedings in");
  EXPECT_TRUE(disrupted == nullptr || disrupted->type.empty());
}

// A decision taken is the act decided, done when it was taken (CAMEO codes "decided to allow" as the allowing),
// not an intent to do it; agreeing or pledging still announces the act (an intent of its own).
// "declared a state of emergency" imposes it (1724, COERCE), as "imposed a state of emergency" does; before, the
// "decree" block's shorter pattern "emergency" made it a pessimistic comment (012, no PLOVER type, not listed).
TEST(EventCoding, DeclaringAStateOfEmergencyImposesIt) {
  const Passage p("Papua New Guinea declared a 14-day state of emergency in the capital on Thursday.");
  const Event* declared = p.At("declared");
  ASSERT_NE(declared, nullptr);
  EXPECT_EQ(declared->cameo, "1724");
  EXPECT_EQ(declared->type, "COERCE");
  // An emergency declared without a state of it keeps the block's code.
  const Passage plain("The governor of Texas declared an emergency over the floods.");
  const Event* emergency = plain.At("declared");
  EXPECT_TRUE(emergency == nullptr || emergency->cameo != "1724");
}

TEST(EventCoding, ADecisionTakenIsTheAct) {
  const Passage p(
      "Germany decided on Monday to expel two Russian diplomats. The cabinet decided to lift sanctions on Syria. "
      "Iran agreed on Monday to release the prisoners.");
  const Event* expel = p.Where("decided on Monday");
  ASSERT_NE(expel, nullptr);
  EXPECT_EQ(expel->type, "SANCTION");
  EXPECT_STREQ(EventStatusName(expel->status), "happened");
  const Event* lift = p.Where("decided to lift");
  ASSERT_NE(lift, nullptr);
  EXPECT_EQ(lift->cameo, "085");
  const Event* agreed = p.At("agreed");
  ASSERT_NE(agreed, nullptr);
  EXPECT_EQ(agreed->type, "AGREE");
}

// "X said [that] Y must act" is X's demand of Y however long Y's phrase; a that-clause broken by punctuation or
// another clause ("noted that the odds were low, and that Americans should worry") is not read across.
TEST(EventCoding, WhatMustBeDoneInAThatClauseIsTheSpeakersDemand) {
  const Passage p(
      "The German foreign minister said on Monday that the Israeli government and the leaders of the Palestinian "
      "Authority in Ramallah must resume talks.");
  const Event* said = p.At("said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->type, "REQUEST");
  EXPECT_EQ(p.Source(*said), "The German foreign minister");
  const Passage q(
      "The German foreign minister said on Monday that the talks had failed, and that the Israeli government "
      "must resume talks.");
  const Event* failed = q.At("said");
  EXPECT_TRUE(failed == nullptr || failed->type != "REQUEST");
}

// An arrest, a detention or a trial with no agent is the state's where it happens, as CAMEO codes it: "was arrested
// in Lebanon" has Lebanon for its source; an agent named by "by" stays the source, and other passives take none.
TEST(EventParticipants, AnAgentlessArrestIsTheStatesWhereItHappens) {
  const Passage p(
      "Two French journalists were detained in Iran on Monday. A lawyer was arrested by police in Minsk. "
      "The report was welcomed in Berlin.");
  const Event* detained = p.At("detained");
  ASSERT_NE(detained, nullptr);
  EXPECT_EQ(p.Source(*detained), "Iran");
  const Event* arrested = p.At("arrested");
  ASSERT_NE(arrested, nullptr);
  EXPECT_EQ(p.Source(*arrested), "police");
  const Event* welcomed = p.At("welcomed");
  EXPECT_TRUE(welcomed == nullptr || p.Source(*welcomed) != "Berlin");
}

// Charges "with" a crime that a state named by its country alone brings, or that no agent of a passive brings, are
// legal action (173, COERCE), as charges by police or prosecutors are; a critic's charge stays an accusation, and a
// duty one is "charged with" is neither.
TEST(EventCoding, ChargesWithACrimeByTheStateAreLegalAction) {
  const Passage p(
      "Fiji's Independent Commission Against Corruption charged a former cabinet minister, Joeli Vunivalu, with abuse "
      "of office on Monday. Zuniga, who was charged with terrorism and armed uprising, claimed that Arce had asked "
      "him to stage the takeover.");
  const Event* fiji = p.Where("charged a former");
  ASSERT_NE(fiji, nullptr);
  EXPECT_EQ(fiji->cameo, "173");
  EXPECT_EQ(fiji->type, "COERCE");
  const Event* zuniga = p.Where("charged with terrorism");
  ASSERT_NE(zuniga, nullptr);
  EXPECT_EQ(zuniga->type, "COERCE");
  const Passage q("The Speaker, who was charged with ensuring order in the chamber, spoke on Monday.");
  const Event* duty = q.At("charged");
  EXPECT_TRUE(duty == nullptr || duty->cameo != "173");
}

// A court's order to pay, give back or stop compels (172, COERCE); its order to appear stays a demand (10).
TEST(EventCoding, ACourtOrderToPayOrStopCompels) {
  const Passage p(
      "The Federal Court on Tuesday ordered Qantas Airways to pay A$90 million in compensation to ground workers. "
      "An Argentine judge has ordered former president Carlos Menem to appear on Monday for questioning.");
  const Event* pay = p.Where("ordered Qantas");
  ASSERT_NE(pay, nullptr);
  EXPECT_EQ(pay->cameo, "172");
  EXPECT_EQ(pay->type, "COERCE");
  const Event* appear = p.Where("ordered former");
  ASSERT_NE(appear, nullptr);
  EXPECT_EQ(appear->type, "REQUEST");
}

// Freeing or releasing people is the release of persons (0841, RETREAT), aid workers included; freeing up money is
// not.
TEST(EventCoding, FreeingPeopleReleasesPersons) {
  const Passage p(
      "Hamas freed three Israeli women held in Gaza on Sunday. Islamist militants have released two Spanish aid "
      "workers. Governor Scott has freed up $26 million in state funds.");
  const Event* women = p.At("freed");
  ASSERT_NE(women, nullptr);
  EXPECT_EQ(women->cameo, "0841");
  EXPECT_EQ(women->type, "RETREAT");
  const Event* workers = p.At("released");
  ASSERT_NE(workers, nullptr);
  EXPECT_EQ(workers->cameo, "0841");
  const Event* funds = p.Where("freed up");
  EXPECT_TRUE(funds == nullptr || funds->cameo != "0841");
}

// CAMEO's codes where PETRARCH2's block patterns read another verb's sense: condemning a move is criticism (111), not
// the threat (130) "prevent ... move" is; withdrawing an envoy reduces relations (161); cooperating with
// investigators is judicial cooperation (063); raising tariffs on goods, or retaliating with tariffs, is economic
// coercion (163), not a utility's prices nor military force (190).
TEST(EventCoding, BlockPatternsOfOtherVerbsGiveWayToTheVerbsOwnSense) {
  const Passage p(
      "China's foreign ministry condemned the move on Monday. India withdrew its envoy from Ottawa. The company said "
      "it had cooperated fully with state investigators. China raised its tariffs on U.S. goods to 125 percent on "
      "Friday. Canada retaliated with tariffs on Tuesday. Argentina is under pressure to raise utilities tariffs.");
  const Event* condemned = p.At("condemned");
  ASSERT_NE(condemned, nullptr);
  EXPECT_EQ(condemned->type, "ACCUSE");
  const Event* envoy = p.At("withdrew");
  ASSERT_NE(envoy, nullptr);
  EXPECT_EQ(envoy->cameo, "161");
  const Event* cooperated = p.At("cooperated");
  ASSERT_NE(cooperated, nullptr);
  EXPECT_EQ(cooperated->cameo, "063");
  const Event* raised = p.At("raised");
  ASSERT_NE(raised, nullptr);
  EXPECT_EQ(raised->cameo, "163");
  const Event* retaliated = p.At("retaliated");
  ASSERT_NE(retaliated, nullptr);
  EXPECT_EQ(retaliated->type, "COERCE");
  const Event* utilities = p.Where("raise utilities");
  EXPECT_TRUE(utilities == nullptr || utilities->cameo != "163");
}

// Armed forces preparing to use force mobilize (150, MOBILIZE), as PLOVER codes "The Macedonian army prepared to
// resume shelling"; a government preparing sanctions still announces them. Withdrawing inspectors or observers is
// CAMEO's 1662 (SANCTION), and announced for the future a threat (131).
TEST(EventCoding, ArmedForcesPreparingToAttackMobilize) {
  const Passage p(
      "The Macedonian army prepared to resume shelling Albanian rebel-held territory. The government is preparing to "
      "impose sanctions on Iran. The OSCE withdrew its observers from the region. Kofi Annan announced on Monday that "
      "he will withdraw weapons inspectors from Iraq.");
  const Event* army = p.At("prepared");
  ASSERT_NE(army, nullptr);
  EXPECT_EQ(army->type, "MOBILIZE");
  const Event* sanctions = p.At("impose");
  ASSERT_NE(sanctions, nullptr);
  EXPECT_NE(sanctions->type, "MOBILIZE");
  const Event* observers = p.At("withdrew");
  ASSERT_NE(observers, nullptr);
  EXPECT_EQ(observers->cameo, "1662");
  const Event* inspectors = p.Where("withdraw weapons");
  ASSERT_NE(inspectors, nullptr);
  EXPECT_EQ(inspectors->type, "THREATEN");
}

// Police dispersing demonstrators repress them (175, ASSAULT), as "disperse ... protest" is coded; fog dispersing is
// no event of anyone's.
TEST(EventCoding, DispersingDemonstratorsIsRepression) {
  const Passage p(
      "Georgian riot police dispersed thousands of pro-European demonstrators outside parliament with water cannon. "
      "The fog dispersed by noon.");
  const Event* police = p.Where("dispersed thousands");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->cameo, "175");
  EXPECT_EQ(police->type, "ASSAULT");
  const Event* fog = p.Where("dispersed by");
  EXPECT_TRUE(fog == nullptr || fog->type.empty());
}

// Rescuing people is humanitarian aid (073, AID); rescuing an economy is no event of aid.
TEST(EventCoding, RescuingPeopleIsHumanitarianAid) {
  const Passage p(
      "Italy's coast guard rescued 57 migrants from a sinking boat south of Lampedusa on Sunday. The plan rescued "
      "the economy.");
  const Event* migrants = p.Where("rescued 57");
  ASSERT_NE(migrants, nullptr);
  EXPECT_EQ(migrants->cameo, "073");
  EXPECT_EQ(migrants->type, "AID");
  const Event* economy = p.Where("rescued the");
  EXPECT_TRUE(economy == nullptr || economy->type.empty());
}

// Launching or relaunching negotiations is negotiating (046, CONSULT); agreeing to launch them is the intent (036)
// beside the negotiation planned.
TEST(EventCoding, LaunchingNegotiationsIsNegotiating) {
  const Passage p(
      "Britain and India relaunched negotiations on a free trade agreement on Monday. The two sides agreed to launch "
      "negotiations next month.");
  const Event* relaunched = p.At("relaunched");
  ASSERT_NE(relaunched, nullptr);
  EXPECT_EQ(relaunched->cameo, "046");
  EXPECT_EQ(relaunched->type, "CONSULT");
  const Event* agreed = p.At("agreed");
  ASSERT_NE(agreed, nullptr);
  EXPECT_EQ(agreed->type, "AGREE");
}

// Suspending someone named (a broadcaster, a player) is an administrative sanction (172, COERCE); suspending a
// member from a bloc reduces relations (160, SANCTION); suspending what no one names stays uncoded.
TEST(EventCoding, SuspendingSomeoneIsAnAdministrativeSanction) {
  const Passage p(
      "The junta also suspended the French broadcaster TV5Monde for three months. A World Rugby disciplinary panel "
      "suspended Fiji lock Isoa Nasilasila for four weeks. ECOWAS threatened to suspend Guinea-Bissau from the bloc. "
      "The African Union suspended Mali from its decision-making bodies. "
      "The company suspended production at its plant. BA is to suspend two Saudi services. Henry will captain the "
      "side in place of the suspended Patrick Vieira.");
  const Event* broadcaster = p.Where("suspended the French");
  ASSERT_NE(broadcaster, nullptr);
  EXPECT_EQ(broadcaster->cameo, "172");
  EXPECT_EQ(broadcaster->type, "COERCE");
  const Event* player = p.Where("suspended Fiji");
  ASSERT_NE(player, nullptr);
  EXPECT_EQ(player->type, "COERCE");
  const Event* member = p.Where("suspend Guinea");
  ASSERT_NE(member, nullptr);
  EXPECT_EQ(member->type, "SANCTION");
  const Event* bodies = p.Where("suspended Mali");
  ASSERT_NE(bodies, nullptr);
  EXPECT_EQ(bodies->type, "SANCTION");
  const Event* production = p.Where("suspended production");
  EXPECT_TRUE(production == nullptr || production->type.empty());
  const Event* services = p.Where("suspend two");
  EXPECT_TRUE(services == nullptr || services->type.empty());
  const Event* participle = p.Where("suspended Patrick");
  EXPECT_TRUE(participle == nullptr || participle->type.empty());
}

// A court ordering someone held or detained orders detention (173, COERCE), as its order to pay or to stop is
// coercion; what it orders kept is no one's detention.
TEST(EventCoding, CourtOrderingSomeoneHeldIsDetention) {
  const Passage p(
      "A court in Yerevan ordered the archbishop held for two months. The court ordered the documents kept secret.");
  const Event* held = p.At("ordered");
  ASSERT_NE(held, nullptr);
  EXPECT_EQ(held->cameo, "173");
  EXPECT_EQ(held->type, "COERCE");
  const Event* kept = p.Where("ordered the documents");
  ASSERT_NE(kept, nullptr);
  EXPECT_NE(kept->cameo, "173");
}


// A government's order to close or to stop, or an order the passive gives no one, compels (172, COERCE), as a court's
// does; an order to the state's own forces is no coercion of them.
TEST(EventCoding, AGovernmentsOrderToCloseOrStopCompels) {
  const Passage closed(
      "Finland's government on Thursday ordered all crossings on its border with Russia to stay closed indefinitely.");
  const Event* crossings = closed.At("ordered");
  ASSERT_NE(crossings, nullptr);
  EXPECT_EQ(crossings->cameo, "172");
  EXPECT_EQ(crossings->type, "COERCE");
  const Passage passive("The regulator said the company had been ordered in 2023 to stop the practice.");
  const Event* stop = passive.At("ordered");
  ASSERT_NE(stop, nullptr);
  EXPECT_EQ(stop->type, "COERCE");
  const Passage own("The governor ordered security forces to stop the march.");
  const Event* forces = own.At("ordered");
  ASSERT_NE(forces, nullptr);
  EXPECT_NE(forces->type, "COERCE");
}

// Police searching premises, or a regulator raiding offices, coerce (170, COERCE): no investigation (090), no
// attack (190); searching "for" someone is not it.
TEST(EventCoding, PoliceSearchesAndRegulatorsRaidsAreCoercion) {
  const Passage homes("On Thursday, Moldovan police searched dozens of homes and detained 12 people.");
  const Event* searched = homes.At("searched");
  ASSERT_NE(searched, nullptr);
  EXPECT_EQ(searched->type, "COERCE");
  const Passage offices(
      "Denmark's competition authority raided the offices of two port-services companies in Aarhus on Tuesday.");
  const Event* raided = offices.At("raided");
  ASSERT_NE(raided, nullptr);
  EXPECT_EQ(raided->type, "COERCE");
  const Passage hunt("Moldovan police searched for the missing sailors on Thursday.");
  const Event* sailors = hunt.At("searched");
  if (sailors != nullptr) EXPECT_NE(sailors->cameo, "170");
}

// Protesters, supporters or students who throw stones or occupy a building riot (145, PROTEST), as clashing
// protesters do; soldiers throwing grenades attack.
TEST(EventCoding, ACrowdsStonesAndStormingAreAViolentProtest) {
  const Passage stones("Some protesters threw stones at police in Tirana on Tuesday.");
  const Event* threw = stones.At("threw");
  ASSERT_NE(threw, nullptr);
  EXPECT_EQ(threw->cameo, "145");
  EXPECT_EQ(threw->type, "PROTEST");
  const Passage bombs("Opposition supporters hurled petrol bombs at the prime minister's office on Tuesday.");
  const Event* hurled = bombs.At("hurled");
  ASSERT_NE(hurled, nullptr);
  EXPECT_EQ(hurled->type, "PROTEST");
  const Passage office("Students occupied the rector's office at Comenius University in Bratislava on Monday.");
  const Event* occupied = office.At("occupied");
  ASSERT_NE(occupied, nullptr);
  EXPECT_EQ(occupied->type, "PROTEST");
  const Passage soldiers("Israeli soldiers threw grenades at Palestinian homes in the West Bank on Monday.");
  const Event* grenades = soldiers.At("threw");
  if (grenades != nullptr) EXPECT_NE(grenades->type, "PROTEST");
}

// Sending soldiers or troops somewhere deploys them (154, MOBILIZE), where no deployment pattern matched.
TEST(EventCoding, SendingSoldiersDeploysThem) {
  const Passage frontier("Latvia has sent 200 additional soldiers to the frontier since July.");
  const Event* sent = frontier.At("sent");
  ASSERT_NE(sent, nullptr);
  EXPECT_EQ(sent->cameo, "154");
  EXPECT_EQ(sent->type, "MOBILIZE");
  const Passage passive("Troops were sent to the National Assembly in Seoul.");
  const Event* troops = passive.At("sent");
  ASSERT_NE(troops, nullptr);
  EXPECT_EQ(troops->type, "MOBILIZE");
}


// Hosting a conference or talks is hosting a meeting (043, CONSULT); "will host" it is the meeting planned, not an
// intent (03x) or support rallied (053).
TEST(EventCoding, HostingAConferenceOrTalksIsAMeeting) {
  const Passage conference("Brazil will host next year's conference in Belem.");
  const Event* host = conference.At("host");
  ASSERT_NE(host, nullptr);
  EXPECT_EQ(host->cameo, "043");
  EXPECT_EQ(host->type, "CONSULT");
  EXPECT_STREQ(EventStatusName(host->status), "planned");
  const Passage talks("Qatar will host another round of talks between the two sides next week.");
  const Event* round = talks.At("host");
  ASSERT_NE(round, nullptr);
  EXPECT_EQ(round->type, "CONSULT");
}


// Sending experts or electricians to a place is aid (07x, AID), not an intent to meet (036).
TEST(EventCoding, SendingExpertsOrRescuersIsAid) {
  const Passage experts("The World Health Organization sent a team of experts to Kigali on Tuesday.");
  const Event* team = experts.At("sent");
  ASSERT_NE(team, nullptr);
  EXPECT_EQ(team->type, "AID");
  const Passage electricians("Mexico sent 200 electricians to Florida to help restore power.");
  const Event* sent = electricians.At("sent");
  ASSERT_NE(sent, nullptr);
  EXPECT_EQ(sent->cameo, "070");
}


// Lifting a suspension eases an administrative sanction (081, CONCEDE), lifting a pause on aid an economic one (085,
// RETREAT).
TEST(EventCoding, LiftingASuspensionOrAPauseEasesASanction) {
  const Passage suspension("The African Union lifted Gabon's suspension from the bloc in April.");
  const Event* bloc = suspension.At("lifted");
  ASSERT_NE(bloc, nullptr);
  EXPECT_EQ(bloc->cameo, "081");
  EXPECT_EQ(bloc->type, "CONCEDE");
  const Passage pause("Washington lifted a pause on military aid to Kyiv.");
  const Event* aid = pause.At("lifted");
  ASSERT_NE(aid, nullptr);
  EXPECT_EQ(aid->cameo, "085");
}


// A governing body's fine or ban is coercion (172, COERCE) even in a sentence about a match, where play is no event;
// a participle that describes ("distributing banned substances") stays none.
TEST(EventCoding, AGoverningBodysFineInAReportOfAMatchIsCoercion) {
  const Passage fine("UEFA fined the Football Association of Serbia 14,000 euros on Wednesday after crowd trouble at "
                     "the match.");
  const Event* fined = fine.At("fined");
  ASSERT_NE(fined, nullptr);
  EXPECT_EQ(fined->cameo, "172");
  EXPECT_EQ(fined->type, "COERCE");
  const Passage ban("The Athletics Integrity Unit banned Kenyan marathon runner Brian Kipkemoi for four years after "
                    "he tested positive at the championship.");
  const Event* banned = ban.At("banned");
  ASSERT_NE(banned, nullptr);
  EXPECT_EQ(banned->type, "COERCE");
  const Passage substances("Their former coach has been charged with distributing banned substances before the "
                           "championship match.");
  const Event* adjective = substances.At("banned");
  if (adjective != nullptr) EXPECT_TRUE(adjective->type.empty());
}

}  // namespace
}  // namespace newsgraph
