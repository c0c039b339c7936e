// Event records on hand-written news passages (none from the reference article or a gold set): status (happened,
// planned, ongoing, negated, hypothetical) and reported_by, dates (linked time expressions, "on or before" for
// undated past reports, intervals), places (the text's, else the dateline's), and what the default listing leaves
// out (reporting verbs, states of mind, support verbs, predicates of event nouns).
#include <gtest/gtest.h>

#include <string>

#include "newsgraph/pipeline.h"
#include "events_test_util.h"
#include "pipeline_test_util.h"
#include "test_util.h"

namespace newsgraph {
namespace {

using Passage = testing::EventPassage;

TEST(EventStatus, HappenedAndPlanned) {
  const Passage p(
      "Rebels attacked a police station in Goma yesterday. "
      "The foreign minister is due to visit Nairobi next month. "
      "Talks between Ethiopia and Egypt are planned for June 3. "
      "The army will withdraw troops from the border on Friday. "
      "Kenya was expected to sign the accord. "
      "Russia threatened to impose sanctions on Moldova.");
  EXPECT_EQ(p.Status("attacked"), "happened");
  EXPECT_EQ(p.Status("visit"), "planned");
  EXPECT_EQ(p.Status("Talks"), "planned");
  EXPECT_EQ(p.Status("withdraw"), "planned");
  EXPECT_EQ(p.Status("sign"), "planned");
  // Two records: the threat (CAMEO 13), which happened, and the sanctions it announces (163), still to come.
  ASSERT_NE(p.At("threatened"), nullptr);
  ASSERT_NE(p.At("impose"), nullptr);
  EXPECT_NE(p.At("threatened"), p.At("impose"));
  EXPECT_EQ(p.At("threatened")->type, "THREATEN");
  EXPECT_EQ(p.Status("threatened"), "happened");
  EXPECT_EQ(p.At("impose")->type, "COERCE");
  EXPECT_EQ(p.Status("impose"), "planned");
}

// "agreed on Tuesday to impose sanctions", "offered to meet", "refused to withdraw": the announcing or refusing verb
// is an event of its own (AGREE, REJECT) and the act announced keeps its own type, still to come (or, refused,
// negated, as of the refusal's date); a threat on a condition is hypothetical.
TEST(EventStatus, AnnouncedActsAreEventsOfTheirOwn) {
  const Passage p(
      "European Union foreign ministers agreed on Tuesday to impose sanctions on six Iranian officials. "
      "Putin agreed to release 175 Ukrainian prisoners of war. "
      "China on Monday refused to withdraw its tariffs on U.S. goods. "
      "ECOWAS threatened to impose sanctions on the junta unless it restored constitutional order.");
  const Event* agreed = p.Where("agreed on Tuesday");
  const Event* impose = p.Where("impose sanctions on six");
  ASSERT_NE(agreed, nullptr);
  ASSERT_NE(impose, nullptr);
  EXPECT_EQ(agreed->type, "AGREE");
  EXPECT_STREQ(EventStatusName(agreed->status), "happened");
  EXPECT_EQ(impose->type, "COERCE");
  EXPECT_STREQ(EventStatusName(impose->status), "planned");
  ASSERT_NE(p.At("release"), nullptr);
  EXPECT_EQ(p.At("release")->type, "RETREAT");
  EXPECT_EQ(p.Status("release"), "planned");
  ASSERT_NE(p.At("refused"), nullptr);
  ASSERT_NE(p.At("withdraw"), nullptr);
  EXPECT_NE(p.At("refused"), p.At("withdraw"));
  EXPECT_EQ(p.At("refused")->type, "REJECT");
  EXPECT_EQ(p.Status("refused"), "happened");
  EXPECT_EQ(p.Status("withdraw"), "negated");
  EXPECT_EQ(p.DateOf("withdraw"), p.DateOf("refused"));
  const Event* junta = p.Where("impose sanctions on the junta");
  ASSERT_NE(junta, nullptr);
  EXPECT_EQ(junta->type, "COERCE");
  EXPECT_STREQ(EventStatusName(junta->status), "hypothetical");
  ASSERT_NE(p.At("threatened"), nullptr);
  EXPECT_EQ(p.At("threatened")->type, "THREATEN");
}

TEST(EventStatus, NegatedByNegationAndRefusal) {
  const Passage p(
      "Iran refused to meet the inspectors. "
      "The government failed to release the prisoners. "
      "Israel denied attacking the convoy. "
      "The president will not attend the summit in Geneva. "
      "Nigerian police did not arrest Omoyele Sowore.");
  EXPECT_EQ(p.Status("meet"), "negated");
  EXPECT_EQ(p.Status("release"), "negated");
  EXPECT_EQ(p.Status("attacking"), "negated");
  EXPECT_EQ(p.Status("attend"), "negated");
  EXPECT_EQ(p.Status("arrest"), "negated");
  // A negated past act keeps its type: the police did not arrest him (COERCE, negated), not "rejected" anything.
  ASSERT_NE(p.At("arrest"), nullptr);
  EXPECT_EQ(p.At("arrest")->type, "COERCE");
}

TEST(EventStatus, HypotheticalConditionsModalsAndQuestions) {
  const Passage p(
      "If the talks collapse, Turkey would launch an offensive against the Kurdish militia. "
      "China could impose tariffs on Australian wine. "
      "Will Germany send tanks to Ukraine? "
      "NATO might expel the Russian diplomats.");
  EXPECT_EQ(p.Status("offensive"), "hypothetical");
  EXPECT_EQ(p.Status("impose"), "hypothetical");
  EXPECT_EQ(p.Status("send"), "hypothetical");
  EXPECT_EQ(p.Status("expel"), "hypothetical");
}

TEST(EventStatus, OngoingAndReportedFuture) {
  const Passage p(
      "Sudan's army has been fighting the Rapid Support Forces since 2023. "
      "Serbian students are protesting against the government in Belgrade. "
      "The White House said on Monday that Biden would meet Xi Jinping in Lima next week.");
  EXPECT_EQ(p.Status("fighting"), "ongoing");
  EXPECT_EQ(p.Status("protesting"), "ongoing");
  EXPECT_EQ(p.Status("meet"), "planned");  // "would" of reported speech
}

// "Kosovo's trade minister, Rozeta Hajdari, insisted": the person the apposition between a subject and its verb
// names acts.
TEST(EventParticipantsInRecords, ThePersonOfAnAppositionActs) {
  const Passage p("Kosovo's trade minister, Rozeta Hajdari, rejected the proposal on Tuesday.");
  EXPECT_EQ(p.SourceOf("rejected"), "Rozeta Hajdari");
}

// A pronoun whose antecedent names no entity is named by the antecedent's words; one whose antecedent is an entity
// keeps its own words (the entity says who).
TEST(EventParticipantsInRecords, APronounIsNamedByItsAntecedent) {
  const Passage p(
      "The transport ministry said it had suspended all flights to the island. "
      "Vice President Amara Okafor said she would meet the striking nurses.");
  EXPECT_EQ(p.SourceOf("suspended"), "The transport ministry");
  const Event* meet = p.At("meet");
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ(p.Source(*meet), "she");
  int32_t entity = -1;
  for (const EventParticipant& q : meet->participants)
    if (q.role == EventRole::kSource) entity = q.entity;
  ASSERT_GE(entity, 0);
  EXPECT_EQ(p.a.entities[entity].name, "Amara Okafor");
}

// A verb in the simple past after "and" is joined to the finite verb before, past an infinitive or a participle
// between: it has that verb's subject, not the infinitive's.
TEST(EventParticipantsInRecords, AJoinedPastVerbPassesOverInfinitivesAndParticiples) {
  const Passage p(
      "Interior Minister Paul Renaud urged the miners to end their strike and offered to meet their leaders. "
      "Riot police fired water cannon at farmers blocking the motorway near Lyon, injuring several, and detained 30 "
      "people. "
      "Senator Maria Lopez denounced the plan as an attempt to silence critics and demanded a vote.");
  EXPECT_EQ(p.SourceOf("offered"), "Interior Minister Paul Renaud");
  EXPECT_EQ(p.SourceOf("detained"), "Riot police");
  EXPECT_EQ(p.SourceOf("demanded"), "Senator Maria Lopez");
}

// A relative clause set off by commas between a subject and its verb group is passed over whole; so is a verb in
// "-s" or "-ed" after its closing comma, before the "to" of the verb group.
TEST(EventParticipantsInRecords, ARelativeClauseBetweenSubjectAndVerbIsPassedOver) {
  const Passage p(
      "Senator Maria Lopez, who chaired the inquiry for two years, rejected the Republican plan on Monday. "
      "The Sudanese army, which seized control of the city in April, continues to shell villages near El Obeid.");
  EXPECT_EQ(p.SourceOf("rejected"), "Senator Maria Lopez");
  EXPECT_EQ(p.SourceOf("shell"), "The Sudanese army");
}

// A subject that names no entity and no actor is kept for the words that name a person or a group, past a time
// between it and its verb ("A federal judge in Ohio on Monday rejected") or a relative clause set off by commas.
TEST(EventParticipantsInRecords, ANamingSubjectPastATimeOrARelativeClause) {
  const Passage p(
      "A federal judge in Ohio on Monday rejected a Republican bid to halt the count. "
      "The tenants, who stopped paying rent in March, rejected the Labour government's offer.");
  const Event* judge = p.Where("rejected a Republican");
  ASSERT_NE(judge, nullptr);
  EXPECT_EQ(p.Source(*judge), "A federal judge");
  const Event* nurses = p.Where("rejected the Labour");
  ASSERT_NE(nurses, nullptr);
  EXPECT_EQ(p.Source(*nurses), "The tenants");
}

// "a ceasefire reached by", "a deal brokered by": the "by" phrase after an event noun's participle names its
// agent; not after a participle of receiving ("aid received by").
TEST(EventParticipantsInRecords, AnEventNounsParticipleWithByNamesItsAgent) {
  const Passage p(
      "The clashes came despite a ceasefire reached by Armenia and Azerbaijan on May 10. "
      "Boeing criticised the state aid received by Airbus.");
  EXPECT_EQ(p.SourceOf("ceasefire"), "Armenia");
  const Event* aid = p.At("aid");
  if (aid != nullptr) EXPECT_NE(p.Source(*aid), "Airbus");
}

// "prompting X to deploy": the object of a verb of prompting is the subject of its "to" complement.
TEST(EventParticipantsInRecords, TheObjectOfPromptingActsInItsComplement) {
  const Passage p("Russia held naval exercises in the Baltic on Monday, prompting Sweden to deploy warships.");
  EXPECT_EQ(p.SourceOf("deploy"), "Sweden");
}

TEST(EventStatus, ReportedByTheQuotation) {
  const Passage p(
      "\"We will not negotiate with terrorists,\" the Colombian president told reporters. "
      "Colombia's army bombed a rebel camp in Guaviare on Sunday.");
  const Event* negotiate = p.At("negotiate");
  ASSERT_NE(negotiate, nullptr);
  EXPECT_EQ(negotiate->status, EventStatus::kNegated);
  EXPECT_GE(negotiate->reported_by, 0);  // the president's words, not the article's
  const Event* bombed = p.At("bombed");
  ASSERT_NE(bombed, nullptr);
  EXPECT_EQ(bombed->reported_by, -1);
}

TEST(EventDate, LinkedTimexesAndTheDocumentDate) {
  const Passage p(
      "Rebels attacked a police station in Goma last week. "
      "Protesters marched through Lagos on Monday. "
      "Nigeria's central bank will raise interest rates next month. "
      "Hungary blocked the aid package, diplomats said.");
  const Event* attacked = p.At("attacked");
  ASSERT_NE(attacked, nullptr);
  ASSERT_TRUE(attacked->date);
  ASSERT_GE(attacked->date->timex, 0);
  EXPECT_EQ(p.a.timexes[attacked->date->timex].span.In(p.text), "last week");
  EXPECT_EQ(p.DateOf("attacked"), "2025-W16");
  EXPECT_EQ(p.DateOf("marched"), "2025-04-21");  // the Monday before the Tuesday document date
  EXPECT_EQ(p.DateOf("raise"), "2025-05");
  EXPECT_EQ(p.DateOf("blocked"), "<=2025-04-22");  // an undated past report: on or before the document date
}

// A time expression after a preposition dates the nearest verb before it in its stretch of the sentence, even when
// another verb stands nearer after it; a participle after a noun is passed over; the dateline's date dates nothing.
TEST(EventDate, TimePhrasesAttachToTheVerbBeforeThem) {
  const Passage p(
      "KYIV, April 22 (Reuters) - The military government imposed a curfew in the northern region on Monday after "
      "rebels attacked an army convoy. "
      "Soldiers opened fire on hundreds of people protesting against fuel prices in the city of Goma last Friday. "
      "Colombo has been negotiating with bondholders since January over restructuring its debt.");
  EXPECT_EQ(p.DateOf("imposed"), "2025-04-21");     // not the dateline's April 22, not taken by "attacked"
  EXPECT_EQ(p.DateOf("attacked"), "<=2025-04-22");  // undated: "on Monday" is the curfew's
  EXPECT_EQ(p.DateOf("opened"), "2025-04-18");      // "protesting" is a participle of "people"
  EXPECT_EQ(p.DateOf("negotiating"), "2025-01..2025-04-22");
}

// A verb with no time expression of its own shares the time of the verb before it when it has that verb's subject
// ("and agreed"), is a participle after a comma (", blocking") or opens an "as" clause; not a verb with a subject of
// its own after "and".
TEST(EventDate, AVerbSharesTheTimeOfTheVerbBeforeIt) {
  const Passage p(
      "Kenyan police fired tear gas at protesters in Nairobi on Monday, as demonstrators marched against the bill. "
      "Trump and Putin spoke by phone on Monday and agreed to begin negotiations. "
      "Hungary on Monday refused to back the sanctions package, blocking its adoption. "
      "Rebels attacked the town on Monday and police arrested 12 people.");
  EXPECT_EQ(p.DateOf("marched"), "2025-04-21");
  EXPECT_EQ(p.DateOf("agreed"), "2025-04-21");
  EXPECT_EQ(p.DateOf("blocking"), "2025-04-21");  // through "refused to back"
  EXPECT_EQ(p.DateOf("arrested"), "<=2025-04-22");
}

// A clause of "when", of "as" without a comma or of ", where" shares the time of the verb before it, and a verb with
// no time of its own shares the time of the "when" clause that follows it; not "such as" or "as well as".
TEST(EventDate, WhenAndAsClausesShareTheTimeOfTheirVerb) {
  const Passage p(
      "More than 100 people were killed on Monday when police raided a gang stronghold in Rio. "
      "Ugandan police arrested 11 students in Kampala on Monday as they marched to the parliament. "
      "At least 20 people were killed when gunmen attacked a village in Niger on Sunday. "
      "The minister visited Odesa on Sunday, where he pledged more artillery.");
  EXPECT_EQ(p.DateOf("raided"), "2025-04-21");
  EXPECT_EQ(p.DateOf("marched"), "2025-04-21");
  EXPECT_EQ(p.DateOf("killed"), "2025-04-21");  // the first sentence's
  EXPECT_EQ(p.DateOf("pledged"), "2025-04-20");
  const Passage q("At least 20 people were killed when gunmen attacked a village in Niger on Sunday.");
  EXPECT_EQ(q.DateOf("killed"), "2025-04-20");
  EXPECT_EQ(q.DateOf("attacked"), "2025-04-20");
  const Passage r(
      "U.S. officials on Monday urged Americans to use encrypted apps after a Chinese hacking group known as Salt "
      "Typhoon broke into the networks of AT&T and Verizon.");
  EXPECT_EQ(r.DateOf("broke"), "<=2025-04-22");
}

// A participle right after the noun it describes happens when the verb whose phrase holds the noun does, the time
// before the participle or after it; not after a comma ("welcomed the news, calling it ...").
TEST(EventDate, AParticipleAfterItsNounSharesTheVerbsTime) {
  const Passage p(
      "Ghanaian police fired tear gas on Friday at hundreds of teachers marching through central Accra over unpaid "
      "salaries. Senegalese soldiers opened fire on villagers protesting against a new gold mine in Kolda on Sunday.");
  EXPECT_EQ(p.DateOf("marching"), "2025-04-18");
  EXPECT_EQ(p.DateOf("protesting"), "2025-04-20");
  EXPECT_EQ(p.DateOf("opened"), "2025-04-20");
}

// A participle of affiliation right after its noun ("premises linked to the minister") is a reduced relative, no verb
// of the clause: a time phrase after it dates the verb whose phrase holds the noun.
TEST(EventDate, ATimeAfterAPhraseOfAffiliationDatesTheVerb) {
  const Passage p("Police searched 14 homes linked to the Kurdistan Workers Party on Monday.");
  EXPECT_EQ(p.DateOf("searched"), "2025-04-21");
}

// "a day after", "three days after", "hours after", "a week before": the counted clause or noun is dated from the
// day of the event it is counted from; it keeps a time of its own; a vague count ("days after") dates nothing.
TEST(EventDate, ClausesCountedFromAnotherEvent) {
  const Passage p(
      "Pakistan expelled an Indian diplomat on Monday, a day after India ordered a Pakistani diplomat to leave. "
      "Ukraine on Monday summoned the Russian ambassador, three days after Russia's attack on Kharkiv. "
      "The minister resigned on Monday, hours after protesters stormed the parliament. "
      "The army deployed troops on Monday, days after rebels seized the airport. "
      "Two days after gunmen kidnapped 20 students, the army launched an operation on Monday. "
      "Germany's Social Democrats held a rally in Berlin on Monday, a week before Germans elect a new parliament. "
      "Police arrested 12 people on Monday, a week after protesters attacked the parliament on April 10. "
      "China on Monday refused to withdraw its tariffs on U.S. goods.");
  EXPECT_EQ(p.DateOf("ordered"), "2025-04-20");
  EXPECT_EQ(p.DateOf("attack"), "2025-04-18");
  EXPECT_EQ(p.DateOf("stormed"), "2025-04-21");  // the same day, with Monday's time expression
  ASSERT_TRUE(p.At("stormed") && p.At("stormed")->date);
  EXPECT_GE(p.At("stormed")->date->timex, 0);
  EXPECT_EQ(p.DateOf("seized"), "<=2025-04-22");  // "days after" counts nothing
  EXPECT_EQ(p.DateOf("kidnapped"), "2025-04-19");
  EXPECT_EQ(p.DateOf("elect"), "2025-04-28");
  EXPECT_EQ(p.DateOf("attacked"), "2025-04-10");  // a time of its own
  // Not a counted clause: an act refused (negated) has not happened as of the refusal's day.
  EXPECT_EQ(p.Status("withdraw"), "negated");
  EXPECT_EQ(p.DateOf("refused"), "2025-04-21");
  EXPECT_EQ(p.DateOf("withdraw"), "2025-04-21");
  // A duration or a deadline ("for 90 days after", "within 30 days after") counts no offset.
  const Passage q("The United States and China agreed on Monday to cut tariffs for 90 days after weekend talks in "
                  "Geneva.");
  EXPECT_EQ(q.DateOf("talks").find("2025-01"), std::string::npos) << q.DateOf("talks");
}

// A verb after "and" with the subject of a counted verb is counted from the same event; the event counted from is
// found past verbs with no time of their own that govern through "to" or "-ing".
TEST(EventDate, CountedClausesThroughCoordinationAndVerbChains) {
  const Passage p(
      "The general was sworn in on Monday, a day after army officers seized power and detained the president. "
      "Trump said on Monday he was not planning to fire Powell, a day after White House officials accused the "
      "Federal Reserve of mismanaging a renovation.");
  EXPECT_EQ(p.DateOf("seized"), "2025-04-20");
  EXPECT_EQ(p.DateOf("detained"), "2025-04-20");
  EXPECT_EQ(p.DateOf("accused"), "2025-04-20");
}

// A past progressive right after a reporting verb goes on at the time of the report; not past a comma.
TEST(EventDate, AReportedProgressiveTakesTheReportsTime) {
  const Passage p(
      "The European Union said on Monday it was suspending budget support to Guinea-Bissau. "
      "The union said on Monday that the army had seized the town, and the rebels were shelling Goma.");
  EXPECT_EQ(p.DateOf("suspending"), "2025-04-21");
  EXPECT_NE(p.DateOf("shelling"), "2025-04-21");
}

// A sentence opening "Hours later," or "Hours before ...," happens on the day of the sentence before; a sentence
// with no such opening does not.
TEST(EventDate, HoursLaterTakesTheDayOfTheSentenceBefore) {
  const Passage p(
      "Hamas freed three Israeli hostages in Gaza on Sunday. Hours later, Israel released 90 Palestinian prisoners.");
  EXPECT_EQ(p.DateOf("released"), "2025-04-20");
  const Passage q(
      "Hamas freed three Israeli hostages in Gaza on Sunday. Israel released 90 Palestinian prisoners.");
  EXPECT_EQ(q.DateOf("released"), "<=2025-04-22");
  // "hours later" or "that evening" in the verb's own stretch of the sentence, not past a comma.
  const Passage r(
      "Lawmakers elected Jeremiah Manele as prime minister on Sunday. Manele was sworn in hours later. "
      "Thousands of protesters marched in Lima on Monday. Police fired tear gas at the marchers that evening. "
      "India responded hours later by ordering six diplomats to leave, and it withdrew its envoy.");
  EXPECT_EQ(r.DateOf("sworn"), "2025-04-20");
  EXPECT_EQ(r.DateOf("fired"), "2025-04-21");
  EXPECT_EQ(r.DateOf("withdrew"), "<=2025-04-22");
}

// A headline's simple present with no time of its own happened on the first day its lead names, on or before the
// document date: not a day in the genitive ("ahead of Saturday's match").
TEST(EventDate, AHeadlineTakesTheDayOfItsLead) {
  const Passage p(
      "Finland seizes tanker after Baltic cable damage. "
      "Finnish police seized the oil tanker Eagle S in the Gulf of Finland on Thursday.");
  EXPECT_EQ(p.DateOf("seizes"), "2025-04-17");
  const Passage q(
      "Russia expels British diplomat. The foreign ministry ordered a British diplomat to leave ahead of Saturday's "
      "summit.");
  EXPECT_EQ(q.DateOf("expels"), "2025-04-22");
  // Not the body's second sentence.
  const Passage s(
      "Police seized a tanker in the Gulf of Finland on Thursday. Finland expels the ship's captain. "
      "Estonia's navy began patrols on Friday.");
  EXPECT_NE(s.DateOf("expels"), "2025-04-18");
}

// An event noun held, signed or faced under a negated verb did not happen; one faced "still" goes on; not the object
// of a verb that does not perform it ("would not oppose the purchase").
TEST(EventStatus, TheObjectOfANegatedOrStillVerb) {
  const Passage p(
      "The two countries have not held trade talks since last year. "
      "Jannik Sinner still faces an appeal by the World Anti-Doping Agency. "
      "Australia said it would not oppose the purchase of WMC by Xstrata.");
  EXPECT_EQ(p.Status("talks"), "negated");
  EXPECT_EQ(p.Status("appeal"), "ongoing");
  EXPECT_NE(p.Status("purchase"), "negated");
}

// The time of a verb's own clause, of a noun's own phrase, or of the "on ..." day of the participle that tells how
// a past act was done; a present perfect after a time expression wholly in the past does not take it from the
// verb before it ("kidnapped ... last month have released").
TEST(EventDate, RelativeClausesNounPhrasesAndParticiples) {
  const Passage p(
      "Gunmen who kidnapped 25 schoolgirls from a boarding school in Kebbi state last month have released them. "
      "An attack on a United Nations convoy near the border town of Naqoura on Monday wounded two peacekeepers. "
      "Kenyan police raided the offices of a rights group, seizing computers and files on Wednesday night. "
      "Kenyan police raided the offices of a rights group, calling it a Christmas present.");
  EXPECT_EQ(p.DateOf("kidnapped"), "2025-03");
  EXPECT_EQ(p.DateOf("attack"), "2025-04-21");
  EXPECT_EQ(p.DateOf("raided"), "2025-04-16TNI");
  const Passage q("The Olympic victory has been named the top television moment of 2004 by viewers.");
  EXPECT_NE(q.DateOf("victory"), "2004");  // a verb between: the year is the moment's
}

// A past or present perfect verb, active and without a modal, is not dated after the document date: the time
// expression dates something else, and the verb's event has happened.
TEST(EventDate, APastVerbIsNotDatedInTheFuture) {
  const Passage p(
      "Opposition leaders called for a national day of protest next Tuesday. "
      "The provincial government has barred gatherings in the city until Sunday. "
      "The talks were scheduled for next week.");
  EXPECT_EQ(p.DateOf("called"), "<=2025-04-22");
  EXPECT_EQ(p.Status("called"), "happened");
  EXPECT_EQ(p.Status("barred"), "happened");
  EXPECT_EQ(p.DateOf("talks"), "2025-W18");  // a passive of planning still dates its noun
  const Passage q("Leaders will attend a full summit planned for May 19.");
  EXPECT_EQ(q.DateOf("summit"), "2025-05-19");  // and so does a participle of planning
}

// A bare weekday dates a planned event forward, to the next such day, and a past one backward (the document date is
// Tuesday 2025-04-22); a day before the trigger that another verb takes, or a plan seen from the past, keeps its day.
TEST(EventDate, APlannedEventsWeekdayIsTheNextOne) {
  const Passage p(
      "The health minister urged the doctors to return to work and offered to meet union leaders on Friday. "
      "The prime minister will host French President Emmanuel Macron and German Chancellor Friedrich Merz in London "
      "on Friday for talks on Ukraine, his office said. "
      "Police arrested 12 people on Friday. "
      "The minister had been due to visit Kenya on Friday.");
  EXPECT_EQ(p.DateOf("meet"), "2025-04-25");
  EXPECT_EQ(p.Status("meet"), "planned");
  EXPECT_EQ(p.DateOf("host"), "2025-04-25");  // not read by ", his office said" after it
  EXPECT_EQ(p.DateOf("arrested"), "2025-04-18");
  EXPECT_EQ(p.DateOf("visit"), "2025-04-18");
}

// The complement of a verb that says it was done ("voted to", "managed to") happened when that verb did.
TEST(EventDate, AComplementThatWasDoneTakesItsVerbsTime) {
  const Passage p(
      "The regional assembly voted on Monday to expel the Russian ambassador. "
      "The rebels managed to seize the airport.");
  EXPECT_EQ(p.DateOf("expel"), "2025-04-21");
  EXPECT_EQ(p.DateOf("seize"), "<=2025-04-22");
}

// "convicted him of plotting a coup and sentenced him": a gerund after a preposition is passed over on the way to
// the verb before "and", whose time the second verb shares.
TEST(EventDate, AVerbAfterAndPassesOverAGerundInThePhraseBefore) {
  const Passage p(
      "A military court in Niamey on Thursday convicted the former army chief of plotting a coup and sentenced him "
      "to 20 years in prison.");
  EXPECT_EQ(p.DateOf("sentenced"), "2025-04-17");
}

// "called a general strike for Friday": an event dated by a bare weekday after "for" is still to come, on the next
// such day; not a day in the genitive ("for Friday's attack").
TEST(EventDate, AnEventForAWeekdayIsPlannedForTheNextOne) {
  const Passage p(
      "The teachers' union called a national strike for Friday over unpaid wages. "
      "Police arrested two men for Friday's attack on the bank.");
  EXPECT_EQ(p.Status("called"), "planned");
  EXPECT_EQ(p.DateOf("called"), "2025-04-25");
  EXPECT_EQ(p.Status("arrested"), "happened");
}

// "on Wednesday after two nights of riots": an event noun in a phrase of "after" right after a time happened on or
// before it; "on Thursday during protests" still dates the protests.
TEST(EventDate, AnEventNounAfterATimeAndAfterCameBeforeIt) {
  const Passage p(
      "The government declared a state of emergency in the province on Wednesday after two nights of riots. "
      "Police arrested 40 people on Thursday during protests against the reform.");
  EXPECT_EQ(p.DateOf("declared"), "2025-04-16");
  EXPECT_EQ(p.DateOf("riots"), "<=2025-04-16");
  EXPECT_EQ(p.DateOf("protests"), "2025-04-17");
}

// "On Monday, police detained protesters who had blocked the road": a past perfect after another verb is earlier
// than the time before them both, which bounds it.
TEST(EventDate, APastPerfectIsBoundedByTheTimeOfTheVerbBeforeIt) {
  const Passage p("On Monday, police detained three protesters who had blocked the mine's access road.");
  EXPECT_EQ(p.DateOf("detained"), "2025-04-21");
  EXPECT_EQ(p.DateOf("blocked"), "<=2025-04-21");
}

// An event noun prepared or planned for is still to come; dated by a bare month name read as one of the last twelve
// months, it is in the next such month.
TEST(EventStatus, WhatIsPreparedForIsPlanned) {
  const Passage p("The two leaders discussed preparations for the summit in Johannesburg in September.");
  EXPECT_EQ(p.Status("summit"), "planned");
  EXPECT_EQ(p.DateOf("summit"), "2025-09");
  EXPECT_EQ(p.Status("discussed"), "happened");
}

// The object or infinitive of a verb of planning or plotting is still to come.
TEST(EventStatus, WhatIsPlannedOrPlottedIsPlanned) {
  const Passage p(
      "Families of the detainees plan a sit-in outside the justice ministry on Thursday. "
      "Prosecutors charged three men with plotting to attack a synagogue in Ohio.");
  EXPECT_EQ(p.Status("sit-in"), "planned");
  EXPECT_EQ(p.DateOf("sit-in"), "2025-04-24");  // and a planned event's weekday is the next one
  EXPECT_EQ(p.Status("attack"), "planned");
}

TEST(EventDate, OnlyTheDatelinesOwnDateIsLeftOut) {
  const Passage p(
      "Rebels attacked Goma on Sunday.\n\n"
      "KINSHASA, April 22 (Reuters) - Talks between the government and the rebels resumed on Monday.");
  EXPECT_EQ(p.DateOf("attacked"), "2025-04-20");  // a paragraph before the dateline keeps its dates
  EXPECT_EQ(p.DateOf("resumed"), "2025-04-21");   // Monday, not the dateline's April 22
}

// An event noun or a participle after a noun that happened, with no time of its own, happened on or before the time
// of the past verb nearest to it; not under a verb to come, nor an infinitive.
TEST(EventDate, AnUndatedNounOrParticipleIsBoundedByItsPastVerb) {
  const Passage p(
      "Students marched through the capital on Monday to protest the president's veto of a funding law. "
      "Rwanda began vaccinating health workers against the virus using 700 doses donated by a U.S. institute.");
  EXPECT_EQ(p.DateOf("veto"), "<=2025-04-21");
  EXPECT_EQ(p.DateOf("donated"), "<=2025-04-22");
  const Passage q("Students will march through the capital to protest the president's veto of a funding law.");
  EXPECT_EQ(q.DateOf("veto"), "-");
}

// A time in the genitive after "of", "for", "ahead of" ... dates the noun it comes before, another event, not the
// verb; the verb's own occasion ("in Saturday's final") still dates it.
TEST(EventDate, AGenitiveTimeOfAnotherEventDoesNotDateTheVerb) {
  const Passage p(
      "Police fired tear gas at supporters who marched through Maputo to reject the results of last month's election. "
      "Slovakia won the cup by beating Argentina in Saturday's final.");
  EXPECT_EQ(p.DateOf("marched"), "<=2025-04-22");
  EXPECT_EQ(p.DateOf("beating"), "2025-04-19");
}

// ", injuring dozens, and detained 124 people": a past verb right after ", and" shares the time of the verb before,
// over participles; not that of a relative clause's verb, nor as a passive participle ("and obtained by AP").
TEST(EventDate, APastVerbAfterCommaAndSharesTheTimeOfTheVerbBefore) {
  const Passage p(
      "Police fired tear gas at retirees protesting outside Congress on Wednesday, injuring dozens, and detained 124 "
      "people. Jamie Foxx paid tribute to Ray Charles, who died last year, and thanked director Taylor Hackford.");
  EXPECT_EQ(p.DateOf("detained"), "2025-04-16");
  EXPECT_EQ(p.DateOf("thanked"), "<=2025-04-22");
}

// The object of a verb in the future that holds, hosts or attends it is still to come; not under "could".
TEST(EventStatus, TheObjectOfAFutureHostingVerbIsPlanned) {
  const Passage p("The charity will host a speech by Gordon Brown. The charity could host a speech by Tony Blair.");
  const Event* brown = p.Where("speech by Gordon");
  const Event* blair = p.Where("speech by Tony");
  ASSERT_NE(brown, nullptr);
  EXPECT_STREQ(EventStatusName(brown->status), "planned");
  if (blair) EXPECT_STRNE(EventStatusName(blair->status), "planned");
}

TEST(EventDate, IntervalsOfOngoingEvents) {
  const Passage p(
      "Sudan's army has been fighting the Rapid Support Forces since 2023. "
      "In recent months Serbian students have been locked in protests against the government.");
  EXPECT_EQ(p.DateOf("fighting"), "2023..2025-04-22");
  EXPECT_EQ(p.DateOf("protests"), "PAST_REF..2025-04-22");
}

TEST(EventPlace, TheTextsPlaceElseTheDateline) {
  const Passage p(
      "NAIROBI — Kenyan police arrested 40 protesters on Tuesday, witnesses said.\n\n"
      "Kenya's president met Ethiopian officials in Addis Ababa on Monday.\n\n"
      "Kenya's finance minister will present the budget next week.\n\n"
      "Russia attacked Ukrainian ports, the Kenyan foreign ministry said.");
  EXPECT_EQ(p.Place("arrested"), "Nairobi");  // the dateline: the text says no other place
  EXPECT_EQ(p.Place("met"), "Addis Ababa");  // the text's place wins
  EXPECT_EQ(p.Place("present"), "-");      // a planned event happens nowhere yet
  EXPECT_EQ(p.Place("attacked"), "-");     // another country's event, reported from Nairobi
}

// A dateline with both a state and a date ("AUSTIN, Texas, Aug 20 (Reuters) -") is a dateline too.
TEST(EventPlace, ADatelineWithAStateAndADate) {
  const Passage p(
      "AUSTIN, Texas, April 22 (Reuters) - Police arrested 40 protesters on Tuesday, witnesses said.");
  EXPECT_EQ(p.Place("arrested"), "Austin");
}

// An attack falls where its object is when that object is a town or a region heading its phrase; a court or a
// police force named by its town acts there.
// A dateline city the quotation stage took for a speaker ("SYDNEY ... ordered the airline to pay") is still the
// dateline's place; a national body owned by the dateline's country ("Peru's Congress") is no foreign actor.
TEST(EventPlace, ADatelineCityThatSeemsToSpeak) {
  const Passage p(
      "SYDNEY, April 22 (Reuters) - The Federal Court on Tuesday ordered Qantas Airways to pay A$90 million in "
      "compensation to ground workers.");
  EXPECT_EQ(p.Place("ordered"), "Sydney");
  const Passage q("LIMA, April 22 (Reuters) - Peru's Congress on Tuesday voted down a motion to remove the president.");
  EXPECT_EQ(q.Place("voted down"), "Lima");
}

// A clause of "where" happens at the place it follows, over a time between ("Odesa on Sunday, where"); not at a
// noun that is no place ("the National Assembly, where").
TEST(EventPlace, AWhereClauseHappensAtThePlaceBeforeIt) {
  const Passage p(
      "Soldiers are patrolling the streets of Guayaquil, where gunmen stormed a television station. "
      "The defence secretary visited Odesa on Sunday, where he pledged to speed up deliveries of artillery.");
  EXPECT_EQ(p.Place("stormed"), "Guayaquil");
  EXPECT_EQ(p.Place("pledged"), "Odesa");
}

TEST(EventPlace, AttacksOnATownAndTheTownsCourts) {
  const Passage p(
      "Russia attacked Ukraine's Odesa region with more than 100 drones on Tuesday. "
      "Israeli jets bombed Beirut's southern suburbs on Sunday. "
      "Russia attacked Ukraine on Sunday. "
      "Clinton has hammered the Vermont senator for his vote. "
      "A Moscow court on Friday sentenced U.S. citizen Daniel Ross to 12 years in a penal colony. "
      "Norfolk police chief Andy Hayman arrested a man.");
  EXPECT_EQ(p.Place("attacked"), "Odesa");
  EXPECT_EQ(p.Place("bombed"), "Beirut");
  EXPECT_EQ(p.Place("hammered"), "-");  // the place names the senator, not where anything fell
  EXPECT_EQ(p.Place("sentenced"), "Moscow");
  EXPECT_EQ(p.Place("arrested"), "-");  // the town names the chief
  const Passage q("Russia attacked Ukraine on Sunday.");
  EXPECT_EQ(q.Place("attacked"), "-");  // a country is no place of its own here
}

TEST(EventPlace, WhereVerbsOfGoingGo) {
  const Passage p(
      "Friedrich Merz will travel to Paris next week for talks with Emmanuel Macron. "
      "Serbian students who have blockaded universities in Belgrade marched into Novi Sad on Saturday. "
      "Ukraine appealed to Japan for more air defence systems.");
  EXPECT_EQ(p.Place("travel"), "Paris");     // "to" after a verb of going
  EXPECT_EQ(p.Place("marched"), "Novi Sad");  // "into", not the subject's Belgrade
  EXPECT_EQ(p.Place("appealed"), "-");       // "to" after another verb is no place
}

TEST(EventPlace, NoDatelineNoPlace) {
  const Passage p("Kenyan police arrested 40 protesters in Nairobi on Tuesday. Officials later charged Boniface Mwangi.");
  EXPECT_EQ(p.Place("arrested"), "Nairobi");
  EXPECT_EQ(p.Place("charged"), "-");  // Nairobi is named in another sentence only
}

// Keeping words back ("declined to comment", "refused to say whether") is no rejection but CAMEO's "decline
// comment" (011, a statement: no PLOVER type; listed, as a deed of its actor's, when an entity keeps them back);
// refusing talks is a rejection.
TEST(EventListing, DecliningToCommentIsNoRejection) {
  const Passage p(
      "Apple declined to comment. "
      "Trump refused to say whether he would attend. "
      "Iran refused to discuss its nuclear programme with the United States. "
      "The junta refused to release Mohamed Bazoum.");
  // Listed with no PLOVER type and their source (before: not listed by default).
  const Event* declined = p.At("declined");
  ASSERT_NE(declined, nullptr);
  EXPECT_EQ(declined->type, "");
  EXPECT_EQ(p.Source(*declined), "Apple");
  const Event* say = p.Where("refused to say");
  ASSERT_NE(say, nullptr);
  EXPECT_EQ(say->type, "");
  const Event* talks = p.Where("refused to discuss");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(p.Source(*talks), "Iran");
  EXPECT_EQ(talks->type, "REJECT");
  const Event* release = p.Where("refused to release");
  ASSERT_NE(release, nullptr);
  EXPECT_EQ(release->type, "REJECT");
}

// "would not say", "will not comment": the same refusal to comment (011, no PLOVER type); "cannot say that I like
// him" keeps nothing back and is no rejection either.
TEST(EventListing, NotSayingIsNoRejection) {
  const Passage p(
      "Senator Mitch McConnell would not say when the Senate will vote. "
      "Mona Lamberson said she cannot say that she likes Bernie Sanders. "
      "Iran will not accept the proposal from the United States.");
  const Event* say = p.Where("say when");
  EXPECT_TRUE(say == nullptr || say->type.empty());
  EXPECT_EQ(p.Where("say that she"), nullptr);
  const Event* accept = p.Where("accept the");
  ASSERT_NE(accept, nullptr);
  EXPECT_EQ(accept->type, "REJECT");  // a refusal of a cooperation announced for the future
}

// "said" takes a clause: the patterns its dictionary block holds for verbs that take an object ("announced plans",
// "announced an investigation") do not code it; a news conference is a statement, not a consultation.
TEST(EventListing, SayingIsNoAnnouncementAndANewsConferenceNoConsultation) {
  const Passage p(
      "Both companies said there were no plans for a merger. "
      "FBI general counsel James Baker said the investigation is ongoing. "
      "Chancellor Olaf Scholz said at a news conference in Berlin that Germany would keep its troops in Lithuania. "
      "The Kenyan government announced an investigation into the crash.");
  EXPECT_EQ(p.Where("said there"), nullptr);
  EXPECT_EQ(p.Where("said the investigation"), nullptr);
  const Event* conference = p.At("conference");
  EXPECT_TRUE(conference == nullptr || conference->type != "CONSULT");
  const Event* said = p.Where("said at a news");
  EXPECT_TRUE(said == nullptr || said->type != "CONSULT");
  const Event* announced = p.At("announced");
  ASSERT_NE(announced, nullptr);  // its block's pattern for "announce" still holds
  EXPECT_EQ(announced->type, "ACCUSE");
}

// Claiming responsibility (015) is, like denying it (016), a statement with no PLOVER type but a deed of its actor:
// listed, with its status, where "said" is not.
TEST(EventListing, ClaimingResponsibilityIsListed) {
  const Passage p(
      "Islamic State claimed responsibility for the bombing in Kabul. "
      "The Rapid Support Forces did not claim responsibility for the attack. "
      "Mr Howard acknowledged there were genuine concerns about stem cell research.");
  const Event* claimed = p.At("claimed");
  ASSERT_NE(claimed, nullptr);
  EXPECT_EQ(claimed->cameo, "015");
  EXPECT_EQ(p.Source(*claimed), "Islamic State");
  const Event* claim = p.Where("claim responsibility");
  ASSERT_NE(claim, nullptr);
  EXPECT_STREQ(EventStatusName(claim->status), "negated");
  EXPECT_EQ(p.At("acknowledged"), nullptr);  // owning up to a view is a reporting verb
}

// "was sworn in" takes an office: listed with the person sworn in, where swearing that something is so is a
// reporting verb and is not.
TEST(EventListing, SwornInIsAnActNotAnOath) {
  const Passage p(
      "Lai Ching-te was sworn in as Taiwan's president on Monday. "
      "Mascarell swore that he had never taken a bribe.");
  const Event* sworn = p.At("sworn");
  ASSERT_NE(sworn, nullptr);
  EXPECT_NE(p.First(*sworn, EventRole::kTarget) + p.Source(*sworn), "--");
  EXPECT_EQ(p.At("swore"), nullptr);
}

TEST(EventListing, ReportingVerbsStatesOfMindAndSupportVerbsAreLeftOut) {
  const Passage p(
      "The Egyptian foreign minister said on Sunday that Cairo wants to host new talks. "
      "Leaders of Chad have been engaged in negotiations with the rebels. "
      "Officials think the ceasefire could look like the 2019 deal.");
  EXPECT_EQ(p.At("said"), nullptr);   // the quotation holds what was said
  EXPECT_EQ(p.At("wants"), nullptr);  // a state of mind
  EXPECT_EQ(p.At("think"), nullptr);
  EXPECT_EQ(p.At("look"), nullptr);   // an idiom
  EXPECT_EQ(p.At("engaged"), nullptr);  // it only brings in the negotiations
  ASSERT_NE(p.At("negotiations"), nullptr);
  EXPECT_FALSE(p.At("negotiations")->participants.empty());
}

TEST(EventListing, PredicatesOfAnEventNounDateItAndAreNoEventsOfTheirOwn) {
  const Passage p(
      "Germany's chancellor will visit Warsaw on Friday, a trip that comes days after the election. "
      "The summit will be held in Brussels on June 5.");
  const Event* visit = p.At("visit");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit, p.At("trip"));  // the apposition is the same event
  EXPECT_EQ(p.At("comes"), nullptr);
  const Event* summit = p.At("summit");
  ASSERT_NE(summit, nullptr);
  EXPECT_EQ(p.At("held"), nullptr);
  EXPECT_EQ(p.DateOf("summit"), "2025-06-05");
  EXPECT_EQ(p.Place("summit"), "Brussels");
}

// Words the tagger reads as verbs that are nouns here: "tear gas", "riot police" are no events, and the verb before
// them keeps its place and date.
// "took effect" says when and where the event noun of its subject happened, as "took place" does.
TEST(EventListing, TookEffectDatesAndPlacesItsNoun) {
  const Passage p("A ceasefire between Israel and Hamas took effect in Gaza on Sunday.");
  EXPECT_EQ(p.At("took"), nullptr);
  EXPECT_EQ(p.DateOf("ceasefire"), "2025-04-20");
  EXPECT_EQ(p.Place("ceasefire"), "Gaza");
}

TEST(EventTriggers, NounCompoundsAreNoVerbs) {
  const Passage p("Riot police fired tear gas at students in Dhaka on Monday.");
  EXPECT_EQ(p.At("tear"), nullptr);
  EXPECT_EQ(p.At("Riot"), nullptr);
  ASSERT_NE(p.At("fired"), nullptr);
  EXPECT_EQ(p.Place("fired"), "Dhaka");
  EXPECT_EQ(p.DateOf("fired"), "2025-04-21");
}

// A protest noun needs no named actor, also at a sentence's start; "have continued" keeps it going.
TEST(EventTriggers, ProtestNounsWithoutNamedActors) {
  const Passage p("Protests have continued in Belgrade for a month.");
  ASSERT_NE(p.At("Protests"), nullptr);
  EXPECT_EQ(p.At("Protests")->type, "PROTEST");
  EXPECT_EQ(p.Status("Protests"), "ongoing");
  EXPECT_EQ(p.At("continued"), nullptr);  // it only says the protests go on
}

// A game's verbs of conflict code nothing; the same verb outside sport does.
TEST(EventListing, SportsSentencesTakeNoConflictCodes) {
  const Passage p("Chelsea beat Arsenal 2-1 on Saturday. Russian forces attacked Kharkiv on Monday.");
  const Event* beat = p.At("beat");
  EXPECT_TRUE(beat == nullptr || beat->type.empty());
  ASSERT_NE(p.At("attacked"), nullptr);
  EXPECT_EQ(p.At("attacked")->type, "ASSAULT");
}

// "urged X on Monday to allow ...": one REQUEST record holding the act appealed for, dated by the appeal's time.
TEST(EventFraming, AppealsAreRequestsHoldingTheActAppealedFor) {
  const Passage p("Antonio Guterres urged Israel on Monday to allow aid into Gaza.");
  const Event* urged = p.At("urged");
  ASSERT_NE(urged, nullptr);
  EXPECT_EQ(urged->type, "REQUEST");
  EXPECT_EQ(p.At("allow"), urged);
  EXPECT_EQ(p.Status("urged"), "happened");
  EXPECT_EQ(p.DateOf("urged"), "2025-04-21");
}

// A purpose ("met ... to discuss") and a consequence of the same type (", killing", "an attack ... killed") are
// mentions of the event they follow, with its actors.
// "condemned the launch": a criticism of a definite deed with nothing of its own falls on who did the deed before
// (the launch is one more mention of the firing); a criticism of words ("dismissed the criticism") does not.
TEST(EventFraming, CondemningADeedTargetsWhoDidIt) {
  const Passage p(
      "North Korea fired a ballistic missile into the sea on Sunday. South Korea and Japan condemned the launch. "
      "Rebels attacked the town of Goma. The minister dismissed the criticism.");
  EXPECT_EQ(p.TargetOf("condemned"), "North Korea");
  EXPECT_EQ(p.At("launch"), p.At("fired"));
  const Event* dismissed = p.At("dismissed");
  ASSERT_NE(dismissed, nullptr);
  EXPECT_EQ(p.Target(*dismissed), "-");  // not the rebels
}

// An appeal to two named parties ("asked the United States and France to press Israel"): the "and" joins its objects,
// not two clauses; the appeal is the asker's, on both.
TEST(EventFraming, AnAppealToCoordinatedParties) {
  const Passage p("President Joseph Aoun asked the United States and France to press Israel to stop.");
  const Event* asked = p.At("asked");
  ASSERT_NE(asked, nullptr);
  EXPECT_EQ(asked->type, "REQUEST");
  EXPECT_EQ(p.Source(*asked), "President Joseph Aoun");
  EXPECT_EQ(p.Target(*asked), "the United States");
}

TEST(EventFraming, PurposesAndConsequencesJoinTheirEvent) {
  const Passage p(
      "European ministers met in Brussels on Monday to discuss the budget. "
      "Russian missiles struck Kyiv on Sunday, killing three people. "
      "A Russian missile attack on Odesa killed two people on Saturday.");
  ASSERT_NE(p.At("met"), nullptr);
  EXPECT_EQ(p.At("discuss"), p.At("met"));
  EXPECT_EQ(p.At("met")->type, "CONSULT");
  ASSERT_NE(p.At("struck"), nullptr);
  EXPECT_EQ(p.At("killing"), p.At("struck"));
  const Event* attack = p.At("attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(p.At("killed"), attack);
  EXPECT_EQ(p.Place("attack"), "Odesa");
  EXPECT_EQ(p.DateOf("attack"), "2025-04-19");
}

// An event noun with no code of its own whose subject kills or wounds is the attack, with the verb's place; not an
// event noun before a clause of time ("a curfew ... after fighters attacked").
TEST(EventFraming, AnUncodedNounThatKillsIsTheAttack) {
  const Passage p(
      "Israeli strikes killed at least 14 people in the southern Lebanese town of Nabatieh overnight. "
      "The military government imposed a curfew in the Sagaing region on Monday after rebels attacked an army convoy "
      "near the town of Monywa.");
  const Event* strikes = p.At("strikes");
  ASSERT_NE(strikes, nullptr);
  EXPECT_EQ(p.At("killed"), strikes);
  EXPECT_EQ(strikes->type, "ASSAULT");
  EXPECT_EQ(p.Place("strikes"), "Nabatieh");
  ASSERT_NE(p.At("attacked"), nullptr);
  EXPECT_NE(p.At("attacked"), p.At("curfew"));
  EXPECT_EQ(p.Place("attacked"), "Monywa");
}

// "are on strike", "has been on hunger strike": the noun goes on now, and the subject of the verbs before "on" (a
// person named in an apposition before them) is its source; "were on strike" is no longer going on.
TEST(EventStatus, OnStrikeGoesOnAndHasItsSubject) {
  const Passage p("Doctors in Lagos have been on strike since Monday over unpaid salaries.");
  const Passage q("The reporter, Deniz Kaya, has been on hunger strike for two weeks.");
  const Passage r("Bus drivers were on strike in March.");
  EXPECT_EQ(p.Status("strike"), "ongoing");
  ASSERT_NE(p.At("strike"), nullptr);
  EXPECT_EQ(p.Source(*p.At("strike")), "Doctors");
  EXPECT_EQ(q.Status("strike"), "ongoing");
  ASSERT_NE(q.At("strike"), nullptr);
  EXPECT_EQ(q.Source(*q.At("strike")), "Deniz Kaya");
  EXPECT_EQ(r.Status("strike"), "happened");
}

// An event noun in the purpose phrase of a verb of going, sending or calling in ("for talks", "for consultations",
// "in protest", "return to dialogue") says what that act is for: one record, with the noun's participants. A "for"
// past a comma opens a reason, not a purpose.
TEST(EventFraming, PurposeNounsJoinTheActTheyAreFor) {
  const Passage p(
      "The Spanish foreign minister will travel to Rome on Friday for talks with Giorgia Meloni. "
      "Algeria recalled its ambassador from Madrid for consultations. "
      "Morocco summoned the Algerian envoy in protest. "
      "The envoy returned to Rabat, for the negotiations in Geneva had collapsed. "
      "NATO leaders gathered in Brussels early on Tuesday morning for a two-day summit.");
  const Event* travel = p.At("travel");
  ASSERT_NE(travel, nullptr);
  EXPECT_EQ(p.At("talks"), travel);
  EXPECT_EQ(travel->type, "CONSULT");
  EXPECT_EQ(p.Status("travel"), "planned");
  ASSERT_NE(p.At("recalled"), nullptr);
  EXPECT_EQ(p.At("consultations"), p.At("recalled"));
  ASSERT_NE(p.At("summoned"), nullptr);
  EXPECT_EQ(p.At("protest"), p.At("summoned"));
  const Event* talks = p.At("negotiations");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->mentions.size(), 1u);
  const Event* summit = p.At("summit");  // past the place and the day
  ASSERT_NE(summit, nullptr);
  EXPECT_EQ(summit, p.At("gathered"));
  EXPECT_EQ(p.Place("summit"), "Brussels");
}

// A verb of violence whose subject is a relative pronoun standing for an attack noun ("the attack ..., which
// killed"), or past a reduced relative in the noun's phrase ("a school sheltering families"), is one more mention
// of the attack; past a relative, a noun of no violence is not made an attack ("the crisis that hurt").
TEST(EventFraming, AnAttackThatKillsIsOneEvent) {
  const Passage p(
      "A Moscow court charged four men on Sunday over Friday's attack on the Crocus City Hall concert venue, which "
      "killed more than 130 people.");
  const Event* attack = p.At("attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(p.At("killed"), attack);
  EXPECT_EQ(attack->type, "ASSAULT");
  const Passage q("A Russian drone strike on a bus carrying workers killed five people on Monday.");
  const Event* strike = q.At("strike");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(q.At("killed"), strike);
  for (const EventParticipant& x : strike->participants)  // "workers" carry, they do not strike
    EXPECT_FALSE(x.role == EventRole::kSource && x.span.In(q.text) == "workers");
  const Passage r("Voters blamed the housing crisis that hurt thousands of families.");
  const Event* crisis = r.At("crisis");
  EXPECT_TRUE(crisis == nullptr || crisis->type.empty());
}

// Fighting and clashes that kill are the violence itself, past an adjective participle in the noun's phrase ("along
// their disputed border", "sheltering displaced families"): one event, the noun's, not a second killing.
TEST(EventFraming, FightingThatKillsIsOneEvent) {
  const Passage p(
      "Thailand and Cambodia declared a ceasefire at talks in Malaysia on Monday, after five days of fighting along "
      "their disputed border that killed at least 35 people.");
  const Event* fighting = p.At("fighting");
  ASSERT_NE(fighting, nullptr);
  EXPECT_EQ(fighting->type, "ASSAULT");
  EXPECT_EQ(p.At("killed"), fighting);
  const Passage q(
      "Thai and Cambodian leaders will meet in Malaysia on Monday for talks aimed at ending three days of border "
      "clashes that have killed at least 32 people.");
  const Event* clashes = q.At("clashes");
  ASSERT_NE(clashes, nullptr);
  EXPECT_EQ(clashes->type, "ASSAULT");
  EXPECT_EQ(q.At("killed"), clashes);
  const Passage r(
      "Israel's strike on a school sheltering displaced families in Gaza City killed at least 12 people on "
      "Wednesday.");
  const Event* strike = r.At("strike");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(r.At("killed"), strike);
}

// "were killed when security forces opened fire": a killing with no agent told by the act of a clause of time is
// one more mention of that act; "were killed on Sunday" with no such clause stays its own event.
TEST(EventFraming, AKillingWhenForcesOpenedFireIsThatAct) {
  const Passage p(
      "At least four people were killed when security forces opened fire on protesters in Douala, a rights group "
      "said.");
  const Event* fire = p.At("opened");
  ASSERT_NE(fire, nullptr);
  EXPECT_EQ(fire->type, "ASSAULT");
  EXPECT_EQ(p.At("killed"), fire);
  const Passage q("Three soldiers were killed on Sunday in an ambush by Islamist militants near Kidal.");
  const Event* killed = q.At("killed");
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(killed->type, "ASSAULT");
}

// A verb of hosting frames its purpose noun too, past a long list of guests joined by "and".
TEST(EventFraming, AHostsPurposeNounJoinsIt) {
  const Passage p(
      "British Prime Minister Keir Starmer will host French President Emmanuel Macron and German Chancellor "
      "Friedrich Merz in London on Friday for talks on Ukraine.");
  const Event* host = p.At("host");
  ASSERT_NE(host, nullptr);
  EXPECT_EQ(p.At("talks"), host);
  EXPECT_EQ(host->type, "CONSULT");
}

// "expelled six Indian diplomats, including High Commissioner Sanjay Kumar Verma, on Monday": an aside between two
// commas, with no event in it, right before the time expression's preposition does not part the verb from it.
TEST(EventDates, AnAsideBetweenCommasDoesNotPartTheVerbFromItsTime) {
  // Before: the time expression went to the nearer verb after it ("searched", "tied"), which it does not date.
  const Passage p(
      "Police arrested Ali Khan, a former minister, on Sunday after officers searched his home. "
      "Ghana expelled two Russian diplomats, including the deputy ambassador, on Monday after police tied them to a "
      "spy ring.");
  EXPECT_EQ(p.DateOf("arrested"), "2025-04-20");
  EXPECT_EQ(p.DateOf("expelled"), "2025-04-21");
}

}  // namespace
}  // namespace newsgraph
