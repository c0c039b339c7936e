// The event scorers and their gold readers on small hand-made inputs, and accuracy floors on the gold data (a little
// under the figures in docs/ACCURACY.md, so that a regression fails; the TimeBank floor is on the dev part, the test
// part being scored once for the record). The floors skip when ../shared/data is absent.
#include <gtest/gtest.h>

#include "eval/events_coding.h"
#include "eval/events_eval.h"
#include "eval/events_timebank.h"
#include "test_util.h"

namespace newsgraph::eval {
namespace {

const events::EventModel& Model() {
  static const auto model = events::EventModel::Load(testing::SourcePath("models/events-en.bin"));
  EXPECT_TRUE(model.ok()) << model.status().message();
  return **model;
}

TEST(EventsTimeml, ReadsEventsInstancesAndLinks) {
  auto doc = ParseTimeml(
      "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">"
      "x</TIMEX3></DCT><TEXT>Prices <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> on <TIMEX3 tid=\"t1\" "
      "type=\"DATE\" value=\"1998-01-07\">Wednesday</TIMEX3>, officials <EVENT eid=\"e2\" class=\"REPORTING\">said"
      "</EVENT>.</TEXT>"
      "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\" tense=\"PAST\" aspect=\"NONE\" polarity=\"POS\" pos=\"VERB\" />"
      "<MAKEINSTANCE eventID=\"e2\" eiid=\"ei2\" tense=\"PAST\" aspect=\"NONE\" polarity=\"POS\" pos=\"VERB\" />"
      "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\" />"
      "<TLINK lid=\"l2\" relType=\"BEFORE\" eventInstanceID=\"ei2\" relatedToTime=\"t0\" /></TimeML>",
      "d");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  ASSERT_EQ(doc->events.size(), 2u);
  EXPECT_EQ(doc->events[0].span.In(doc->text), "fell");
  EXPECT_EQ(doc->events[0].cls, "OCCURRENCE");
  EXPECT_EQ(doc->events[0].tense, "PAST");
  EXPECT_EQ(doc->events[1].eiid, "ei2");
  ASSERT_EQ(doc->tlinks.size(), 2u);
  EXPECT_TRUE(doc->tlinks[0].to_time);
  EXPECT_EQ(doc->creation_tid, "t0");
  EXPECT_EQ(doc->timexes[0].tid, "t1");
  EXPECT_FALSE(ParseTimeml("<TEXT><EVENT eid=\"e1\">a <EVENT eid=\"e2\">b</EVENT></EVENT></TEXT>", "x").ok());
  EXPECT_FALSE(ParseTimeml("<TEXT><EVENT eid=\"e1\">open</TEXT>", "x").ok());

  // Scored: both triggers found, dated as the links say.
  const events::TriggerTagger tagger(Model());
  const TimebankEventScores s = EvaluateTimebankEvents({*doc}, tagger, nullptr, nullptr);
  EXPECT_EQ(s.strict.gold, 2);
  EXPECT_EQ(s.strict.matched(), 2) << FormatTimebankEventScores(s);
  EXPECT_EQ(s.cls.correct, 2);
  EXPECT_EQ(s.tense.correct, 2);
}

TEST(EventsTimeml, SplitFileCoversTimeBank) {
  auto split = ReadTimebankSplit(testing::SourcePath("data/events/timebank-split.tsv"));
  ASSERT_TRUE(split.ok()) << split.status().message();
  int parts[3] = {0, 0, 0};
  for (const auto& [id, part] : *split) ++parts[part == "train" ? 0 : part == "dev" ? 1 : 2];
  EXPECT_EQ(parts[0], 129);
  EXPECT_EQ(parts[1], 20);
  EXPECT_EQ(parts[2], 34);
  NEWSGRAPH_REQUIRE_SHARED("data/timebank/tml");
  auto docs = ReadTimemlDirectory(testing::SharedPath("data/timebank/tml"));
  ASSERT_TRUE(docs.ok());
  auto all = SelectPart(std::move(*docs), *split, "all");
  ASSERT_TRUE(all.ok()) << all.status().message();
  EXPECT_EQ(all->size(), 183u);
}

TEST(EventsTimebank, DevStaysAboveTheFloors) {
  NEWSGRAPH_REQUIRE_SHARED("data/timebank/tml");
  auto docs = ReadTimemlDirectory(testing::SharedPath("data/timebank/tml"));
  ASSERT_TRUE(docs.ok());
  auto split = ReadTimebankSplit(testing::SourcePath("data/events/timebank-split.tsv"));
  ASSERT_TRUE(split.ok());
  auto dev = SelectPart(std::move(*docs), *split, "dev");
  ASSERT_TRUE(dev.ok());
  const events::TriggerTagger tagger(Model());
  const TimebankEventScores s = EvaluateTimebankEvents(*dev, tagger, nullptr, nullptr);
  EXPECT_EQ(s.strict.gold, 715);
  EXPECT_GE(s.strict.f1(), 0.83) << FormatTimebankEventScores(s);
  EXPECT_GE(s.cls.value(), 0.78) << FormatTimebankEventScores(s);
  EXPECT_GE(s.tense.value(), 0.93) << FormatTimebankEventScores(s);
  EXPECT_GE(s.pos.value(), 0.95) << FormatTimebankEventScores(s);
}

TEST(EventsCoding, ReadsPetrarchAndPloverRecords) {
  const std::string dir = ::testing::TempDir();
  testing::WriteFile(dir + "/records.xml",
                     "<Sentences>\n<Sentence date=\"20080806\" id=\"A1\" category=\"AFP\" evaluate=\"true\"/>\n"
                     "<EventCoding eventcode=\"173\" sourcecode=\"GUYJUD\" targetcode=\"BRAPPL\" />\n"
                     "<Text>\nA court in Guyana has issued\narrest warrants.\n</Text>\n<Parse>1 A a</Parse>\n"
                     "</Sentence>\n<Sentence date=\"150609\" id=\"B2\" category=\"OTHER\">\n"
                     "<EventCoding noevents=\"True\" />\n<Text>Nothing &amp; more.</Text></Sentence></Sentences>");
  auto records = ReadPetrarchRecords(dir + "/records.xml");
  ASSERT_TRUE(records.ok()) << records.status().message();
  ASSERT_EQ(records->size(), 2u);
  EXPECT_EQ((*records)[0].text, "A court in Guyana has issued arrest warrants.");
  ASSERT_EQ((*records)[0].gold.size(), 1u);
  EXPECT_EQ((*records)[0].gold[0], (Triple{"GUYJUD", "BRAPPL", "173"}));
  ASSERT_TRUE((*records)[1].date);
  EXPECT_EQ((*records)[1].date->year, 2015);
  EXPECT_TRUE((*records)[1].gold.empty());
  EXPECT_EQ((*records)[1].text, "Nothing & more.");
  EXPECT_FALSE(ReadPetrarchRecords(dir + "/missing.xml").ok());

  testing::WriteFile(dir + "/plover.json",
                     R"([{"id":"doc","event":"DOCUMENT"},
                         {"id":"r1","event":"DEMAND","text":"Iran demanded that Iraq withdraw.","date":"2000-01-01",
                          "source":[{"actorText":"Iran","code":"IRN"}],"target":"",
                          "textInfo":{"markup":"(SRC: Iran) (EVT: demanded) that (TAR: Iraq) withdraw."}}])");
  auto plover = ReadPloverRecords(dir + "/plover.json");
  ASSERT_TRUE(plover.ok()) << plover.status().message();
  ASSERT_EQ(plover->size(), 1u);
  EXPECT_EQ((*plover)[0].type, "REQUEST");  // the 2016 name, read as the 2021 table's
  ASSERT_EQ((*plover)[0].sources.size(), 1u);
  EXPECT_EQ((*plover)[0].event_texts, std::vector<std::string>{"demanded"});
  testing::WriteFile(dir + "/bad.json", "{not json");
  EXPECT_FALSE(ReadPloverRecords(dir + "/bad.json").ok());
}

// A participant with an actor code only, as the PETRARCH scorer reads it.
events::EventParticipant ActorParticipant(events::ParticipantRole role, std::string actor) {
  events::EventParticipant p;
  p.role = role;
  p.actor = std::move(actor);
  return p;
}

TEST(EventsCoding, TriplesAsPetrarchCodesThem) {
  using events::ParticipantRole;
  events::ReadEvent visit;
  visit.cameo = "042";
  visit.cameo_reverse = "043";
  visit.participants = {ActorParticipant(ParticipantRole::kSource, "USAGOV"),
                        ActorParticipant(ParticipantRole::kTarget, "CHN")};
  events::ReadEvent meet;
  meet.sentence = 1;
  meet.cameo = "040";
  meet.participants = {ActorParticipant(ParticipantRole::kSource, "USA"),
                       ActorParticipant(ParticipantRole::kSource, "RUS")};
  events::ReadEvent attack;  // no target: not a PETRARCH event
  attack.sentence = 2;
  attack.cameo = "190";
  attack.participants = {ActorParticipant(ParticipantRole::kSource, "SYR")};
  events::ReadEvent protest;  // acting alone
  protest.sentence = 3;
  protest.cameo = "141";
  protest.participants = {ActorParticipant(ParticipantRole::kSource, "---OPP")};
  const std::vector<Triple> triples = TriplesOf({visit, meet, attack, protest});
  const std::vector<Triple> expected = {{"USAGOV", "CHN", "042"}, {"CHN", "USAGOV", "043"}, {"USA", "RUS", "040"},
                                        {"RUS", "USA", "040"},   {"---OPP", "---", "141"}};
  EXPECT_EQ(triples, expected);
}

TEST(EventsCoding, AnAnnouncedActIsOnePetrarchTripleWithItsAnnouncement) {
  using events::ParticipantRole;
  auto event = [&](uint32_t token, std::string code, uint32_t governor, std::string target) {
    events::ReadEvent e;
    e.trigger.token = token;
    e.trigger.pos = events::EventPos::kVerb;
    e.cameo = std::move(code);
    e.governor = governor;
    e.participants = {ActorParticipant(ParticipantRole::kSource, "USAGOV"),
                      ActorParticipant(ParticipantRole::kTarget, target)};
    return e;
  };
  // "Obama has agreed to lift the sanctions on Iran": the act announced, not the intent beside it.
  EXPECT_EQ(TriplesOf({event(2, "0354", UINT32_MAX, "IRN"), event(4, "085", 2, "IRN")}),
            (std::vector<Triple>{{"USAGOV", "IRN", "085"}}));
  // "refused to lift the sanctions on Iran": the refusal, the act not done.
  EXPECT_EQ(TriplesOf({event(2, "1211", UINT32_MAX, "IRN"), event(4, "085", 2, "IRN")}),
            (std::vector<Triple>{{"USAGOV", "IRN", "1211"}}));
  // Another pair of actors, or a verb that governs nothing: both kept.
  EXPECT_EQ(TriplesOf({event(2, "0354", UINT32_MAX, "CHN"), event(4, "085", 2, "IRN")}).size(), 2u);
  EXPECT_EQ(TriplesOf({event(2, "0354", UINT32_MAX, "IRN"), event(4, "085", 3, "IRN")}).size(), 2u);
}

// The coding floors need the pipeline's names as well as the gold data.
struct CodingSystem {
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<events::EventExtractor> extractor;
  EventCodingSystem Get() const { return {pipeline.get(), extractor.get()}; }
  CodingSystem(const events::CameoCoder& coder, const events::ActorCoder& actors) {
    PipelineOptions o;
    o.models_dir = testing::SourcePath("models");
    auto p = Pipeline::Create(o);
    EXPECT_TRUE(p.ok());
    pipeline = std::move(*p);
    extractor = std::make_unique<events::EventExtractor>(Model(), coder, actors);
  }
};

TEST(EventsCoding, PetrarchRealNewsStaysAboveTheFloor) {
  NEWSGRAPH_REQUIRE_SHARED("data/cameo/universalpetrarch/text/PETR2_GSR_validation.xml");
  auto records = ReadPetrarchRecords(testing::SharedPath("data/cameo/universalpetrarch/text/PETR2_GSR_validation.xml"));
  ASSERT_TRUE(records.ok());
  const CodingSystem system(events::CameoCoder::Builtin(), events::ActorCoder::Builtin());
  const PetrarchScores s = EvaluatePetrarch(*records, system.Get());
  EXPECT_EQ(s.gold, 79);
  EXPECT_GE(static_cast<double>(s.found) / s.gold, 0.42) << FormatPetrarchScores(s);
  EXPECT_LE(static_cast<double>(s.extra) / s.records, 0.72) << FormatPetrarchScores(s);
}

// Words that name no actor take their entity's code, as the records do: a place the dictionaries lack is its
// country ("Kherson": UKR), a titled person the country the article gives the role ("President Volodymyr
// Zelenskiy": ---GOV, UKRGOV). Not a person named alone (violence between people the dictionaries do not know stays
// uncoded), nor a place or an organisation for violence alone ("UK homes hit a record").
TEST(EventsCoding, WordsNamingNoActorTakeTheirEntitysCode) {
  const CodingSystem system(events::CameoCoder::Builtin(), events::ActorCoder::Builtin());
  auto coded = [&](const std::string& text, const std::vector<Triple>& gold) {
    std::vector<PetrarchRecord> records(1);
    records[0].text = text;
    records[0].date = Date{2024, 3, 1};
    records[0].gold = gold;
    const PetrarchScores s = EvaluatePetrarch(records, system.Get(), 1);
    return s.found == s.gold && s.extra == 0 ? std::string("ok") : s.errors.empty() ? "?" : s.errors[0];
  };
  EXPECT_EQ(coded("Russian troops shelled Kherson on Tuesday.", {{"RUSMIL", "UKR", "190"}}), "ok");
  EXPECT_EQ(coded("Ukrainian President Volodymyr Zelenskiy arrived in Berlin on Monday. On Tuesday President "
                  "Volodymyr Zelenskiy met German Chancellor Olaf Scholz.",
                  {{"UKRGOV", "DEU", "040"}, {"UKRGOV", "DEUGOV", "040"}}),
            "ok");
  // A person named in full who holds an office on the article's date acts for that government (the
  // office-holder list: Rishi Sunak until 2024-07-05, whom the dictionaries do not know); a role no agent word
  // codes ("Secretary of State") keeps the dictionaries' fuller code for the name (USAGOV, not USA).
  EXPECT_EQ(coded("Rishi Sunak criticised Benjamin Netanyahu on Tuesday.", {{"GBRGOV", "ISRGOV", "111"}}), "ok");
  EXPECT_EQ(coded("Secretary of State John Kerry met Russia's Sergei Lavrov on Tuesday.", {{"USAGOV", "RUS", "040"}}),
            "ok");
  EXPECT_EQ(coded("Clinton beat Trump in Ohio on Tuesday.", {}), "ok");
  EXPECT_EQ(coded("UK homes hit a record value of 3 trillion pounds.", {}), "ok");
}

TEST(EventsCoding, PetrarchUnitTestsStayAboveTheFloor) {
  NEWSGRAPH_REQUIRE_SHARED("data/cameo/petrarch2/text/PETR.UnitTest.records.xml");
  const std::string dir = testing::SourcePath("tests/fixtures/events/petr-validate/");
  auto coder = events::CameoCoder::Create(testing::ReadFileOrDie(dir + "cameo_verbs.tsv"), "");
  auto actors = events::ActorCoder::Create(testing::ReadFileOrDie(dir + "cameo_actors.tsv"),
                                           testing::ReadFileOrDie(dir + "cameo_agents.tsv"));
  ASSERT_TRUE(coder.ok() && actors.ok());
  auto records = ReadPetrarchRecords(testing::SharedPath("data/cameo/petrarch2/text/PETR.UnitTest.records.xml"));
  ASSERT_TRUE(records.ok());
  const CodingSystem system(**coder, **actors);
  const PetrarchScores s = EvaluatePetrarch(*records, system.Get());
  EXPECT_GE(static_cast<double>(s.found) / s.gold, 0.53) << FormatPetrarchScores(s);
}

TEST(EventsCoding, PloverStaysAboveTheFloors) {
  NEWSGRAPH_REQUIRE_SHARED("data/knowledge/plover-cameo/PLOVER_GSR_CAMEO.json");
  auto records = ReadPloverRecords(testing::SharedPath("data/knowledge/plover-cameo/PLOVER_GSR_CAMEO.json"));
  ASSERT_TRUE(records.ok());
  EXPECT_EQ(records->size(), 322u);
  const CodingSystem system(events::CameoCoder::Builtin(), events::ActorCoder::Builtin());
  const PloverScores s = EvaluatePlover(*records, system.Get());
  EXPECT_GE(s.type.value(), 0.60) << FormatPloverScores(s);
  EXPECT_GE(s.source_text.value(), 0.71) << FormatPloverScores(s);
}

TEST(EventsCoding, HalvesOfARecordSet) {
  const std::vector<int> records = {1, 2, 3, 4, 5};
  auto dev = SelectHalf(records, "dev");
  auto held_out = SelectHalf(records, "held-out");
  auto all = SelectHalf(records, "all");
  ASSERT_TRUE(dev.ok() && held_out.ok() && all.ok());
  EXPECT_EQ(*dev, (std::vector<int>{1, 3, 5}));
  EXPECT_EQ(*held_out, (std::vector<int>{2, 4}));
  EXPECT_EQ(*all, records);
  EXPECT_FALSE(SelectHalf(records, "test").ok());
}

}  // namespace
}  // namespace newsgraph::eval
