// The events stage's pieces on hard cases: the model file, the trigger tagger, verb groups (tense, aspect,
// polarity, modality), verb inflection, CAMEO coding (patterns, event nouns, intent / demand / rejection codes),
// actor codes, participants, and the event reader on whole sentences.
#include <gtest/gtest.h>

#include <algorithm>

#include "events/actors.h"
#include "events/cameo.h"
#include "events/extractor.h"
#include "events/participants.h"
#include "events/trigger_features.h"
#include "events/trigger_model.h"
#include "events/trigger_tagger.h"
#include "events/verb_group.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/text.h"
#include "pos/tagger.h"
#include "pipeline_test_util.h"
#include "test_util.h"

namespace newsgraph::events {
namespace {

std::string ModelPath() { return testing::SourcePath(std::string("models/") + kDefaultEventModelFile); }

const EventModel& Model() {
  static const auto model = EventModel::Load(ModelPath());
  EXPECT_TRUE(model.ok()) << model.status().message();
  return **model;
}

// Tokens of one sentence, lower case, as the readers take them, and the language floor's reading of them.
struct Words {
  std::string text;
  Analysis a;
  std::vector<std::string> store;
  std::vector<std::string_view> lower;
  lang::Words english;
  explicit Words(std::string_view sentence) : text(sentence) {
    Segment(text, {}, &a);
    for (const Token& t : a.tokens) store.push_back(NormalizedLower(t.span.In(text)));
    for (const std::string& s : store) lower.push_back(s);
    english.Read(text, a, lang::Lexicon::Get());
  }
  size_t Find(std::string_view word) const {
    return static_cast<size_t>(std::find(lower.begin(), lower.end(), word) - lower.begin());
  }
};

TEST(EventModel, LoadsAndChecksItself) {
  const EventModel& m = Model();
  EXPECT_GT(m.features(), 10000u);
  EXPECT_GE(m.self_tests.size(), 3u);
  EXPECT_GT(m.senses.size(), 10000u);
  EXPECT_NE(m.metadata.find("TimeBank"), std::string::npos);
}

TEST(EventModel, DamagedFilesAreClearErrors) {
  const std::string bytes = testing::ReadFileOrDie(ModelPath());
  std::string bad = bytes;
  bad[0] = 'X';
  EXPECT_EQ(EventModel::FromBytes(bad).status().code(), StatusCode::kCorrupt);
  bad = bytes;
  bad[bad.size() / 2] ^= 0x55;
  auto damaged = EventModel::FromBytes(bad);
  EXPECT_EQ(damaged.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(damaged.status().message().find("checksum"), std::string::npos);
  EXPECT_EQ(EventModel::FromBytes(bytes.substr(0, bytes.size() - 7)).status().code(), StatusCode::kCorrupt);
  bad = bytes;
  bad[8] = static_cast<char>(kEventFormatVersion + 1);
  EXPECT_EQ(EventModel::FromBytes(bad).status().code(), StatusCode::kVersionMismatch);
  EXPECT_EQ(EventModel::Load("/nonexistent/events.bin").status().code(), StatusCode::kNotFound);
  // Saved again, the model is the same file.
  auto model = EventModel::FromBytes(bytes);
  ASSERT_TRUE(model.ok());
  EXPECT_EQ((*model)->ToBytes(), bytes);
}

TEST(TriggerTagger, FindsVerbalAndNominalEvents) {
  const std::string text = "The minister said on Tuesday that the government imposed new tariffs after the summit.";
  Analysis a;
  Segment(text, {}, &a);
  std::vector<std::string_view> tokens;
  for (const Token& t : a.tokens) tokens.push_back(t.span.In(text));
  TriggerTagger tagger(Model());
  newsgraph::events::Scratch scratch;
  std::vector<Trigger> triggers;
  tagger.Tag(tokens, {0, static_cast<uint32_t>(tokens.size())}, &scratch, &triggers);
  auto find = [&](std::string_view word) -> const Trigger* {
    for (const Trigger& t : triggers)
      if (tokens[t.token] == word) return &t;
    return nullptr;
  };
  ASSERT_NE(find("said"), nullptr);
  EXPECT_EQ(find("said")->cls, EventClass::kReporting);
  EXPECT_EQ(find("said")->pos, EventPos::kVerb);
  ASSERT_NE(find("imposed"), nullptr);
  ASSERT_NE(find("summit"), nullptr);
  EXPECT_EQ(find("summit")->pos, EventPos::kNoun);
  for (const char* word : {"The", "minister", "Tuesday", "the", "government", "."}) EXPECT_EQ(find(word), nullptr) << word;
  for (const Trigger& t : triggers) EXPECT_TRUE(t.confidence > 0 && t.confidence <= 1);
  // Empty input and words with no letters are no trouble.
  tagger.Tag({}, {0}, &scratch, &triggers);
  EXPECT_TRUE(triggers.empty());
  const std::vector<std::string_view> symbols = {"$", "100", "%", "--"};
  tagger.Tag(symbols, {0, 4}, &scratch, &triggers);
  EXPECT_TRUE(triggers.empty());
}

// A model trained with parts of speech, made by hand: the token's own tag VERB votes OCCURRENCE, every word leans
// to "no event".
std::unique_ptr<EventModel> VerbTagModel() {
  auto m = std::make_unique<EventModel>();
  m->pos_tags = true;
  const WordSummary word{.has_letter = true};
  std::vector<uint64_t> verb, noun;
  const pos::Upos verb_tag = pos::Upos::kVerb, noun_tag = pos::Upos::kNoun;
  TriggerFeatures::ContextFeatures(&word, &verb_tag, 1, 0, &verb);
  TriggerFeatures::ContextFeatures(&word, &noun_tag, 1, 0, &noun);
  float occurrence[kRowSize] = {};
  occurrence[static_cast<int>(EventClass::kOccurrence)] = 5;
  for (uint64_t k : verb)
    if (std::find(noun.begin(), noun.end(), k) == noun.end()) m->AddFeature(k, occurrence);
  float none[kRowSize] = {};
  none[0] = 1;
  m->AddFeature(TriggerFeatures::BiasFeature(), none);
  m->FinishFeatures();
  return m;
}

TEST(TriggerTagger, AModelWithTagsTagsTheTextItselfWhenGivenNone) {
  const auto pos_model = pos::PosModel::Load(testing::SourcePath(std::string("models/") + pos::kDefaultPosModelFile));
  ASSERT_TRUE(pos_model.ok()) << pos_model.status().message();
  const std::vector<std::string_view> tokens = {"Rebels", "attacked", "the", "town", "and", "seized", "its", "airport", "."};
  const std::vector<uint32_t> sentences = {0, static_cast<uint32_t>(tokens.size())};
  auto model = VerbTagModel();
  newsgraph::events::Scratch scratch;
  std::vector<Trigger> given, found;
  {
    TriggerTagger tagger(*model);  // no POS model: without tags, no trigger
    tagger.Tag(tokens, sentences, &scratch, &found);
    EXPECT_TRUE(found.empty());
  }
  model->set_pos_model(pos_model->get());
  TriggerTagger tagger(*model);
  pos::PosTagger pos_tagger(**pos_model);
  pos::Scratch pos_scratch;
  std::vector<pos::Upos> tags;
  pos_tagger.Tag(tokens, sentences, &pos_scratch, &tags);
  tagger.Tag(tokens, sentences, &scratch, &given, &tags);
  tagger.Tag(tokens, sentences, &scratch, &found);  // tags itself: the same triggers
  std::vector<std::string_view> words;
  for (const Trigger& t : found) words.push_back(tokens[t.token]);
  EXPECT_EQ(words, (std::vector<std::string_view>{"attacked", "seized"}));
  ASSERT_EQ(found.size(), given.size());
  for (size_t k = 0; k < found.size(); ++k) EXPECT_EQ(found[k].token, given[k].token);
  // Tags given win: all NOUN, no trigger.
  const std::vector<pos::Upos> nouns(tokens.size(), pos::Upos::kNoun);
  tagger.Tag(tokens, sentences, &scratch, &found, &nouns);
  EXPECT_TRUE(found.empty());
}

TEST(EventModel, TagsModelHasItsOwnFingerprintAndTravelsInTheModelFile) {
  EXPECT_NE(TriggerFeatures::Fingerprint(false), TriggerFeatures::Fingerprint(true));
  auto model = VerbTagModel();
  auto read = EventModel::FromBytes(model->ToBytes());
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_TRUE((*read)->pos_tags);
  EXPECT_EQ((*read)->ToBytes(), model->ToBytes());
}

VerbGroup Group(std::string_view sentence, std::string_view trigger, EventPos pos = EventPos::kVerb) {
  const Words w(sentence);
  return TimeMLGroup(w.english, static_cast<uint32_t>(w.Find(trigger)), 0, pos);
}

TEST(VerbGroup, TenseAspectPolarityModality) {
  EXPECT_EQ(Group("She will meet him.", "meet").tense, "FUTURE");
  VerbGroup g = Group("Tariffs have been imposed by the US.", "imposed");
  EXPECT_EQ(g.tense, "PRESENT");
  EXPECT_EQ(g.aspect, "PERFECTIVE");
  EXPECT_TRUE(g.passive);
  g = Group("He didn't attack.", "attack");
  EXPECT_EQ(g.tense, "PAST");
  EXPECT_TRUE(g.negated);
  g = Group("Obama said he would not provide support.", "provide");
  EXPECT_EQ(g.modality, "would");
  EXPECT_EQ(g.tense, "NONE");
  EXPECT_TRUE(g.negated);
  EXPECT_EQ(Group("She is due to meet the Prime Minister.", "meet").tense, "INFINITIVE");
  g = Group("They were meeting in secret.", "meeting");
  EXPECT_EQ(g.tense, "PAST");
  EXPECT_EQ(g.aspect, "PROGRESSIVE");
  g = Group("They have been losing money.", "losing");
  EXPECT_EQ(g.aspect, "PERFECTIVE_PROGRESSIVE");
  EXPECT_EQ(Group("Prices fell sharply.", "fell").tense, "PAST");
  EXPECT_EQ(Group("Prices rise.", "rise").tense, "PRESENT");
  EXPECT_EQ(Group("The talks were held.", "talks", EventPos::kNoun).tense, "NONE");
  EXPECT_TRUE(Group("There was no agreement.", "agreement", EventPos::kNoun).negated);
  EXPECT_EQ(Group("They can't stop it.", "stop").modality, "can");
}

TEST(Cameo, CodeTable) {
  const CameoCodes& codes = CameoCodes::Builtin();
  const CameoCode* c = codes.Find("163");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->quad_class, 4);
  EXPECT_FLOAT_EQ(c->goldstein, -8.0f);
  EXPECT_EQ(c->plover, "COERCE");
  ASSERT_NE(codes.Find("040"), nullptr);
  EXPECT_EQ(codes.Find("040")->plover, "CONSULT");
  EXPECT_EQ(codes.Find("040")->quad_class, 1);
  EXPECT_EQ(codes.Find("0311")->quad_class, 1);
  EXPECT_EQ(codes.Find("190")->quad_class, 4);
  EXPECT_EQ(codes.Find("1121")->quad_class, 3);
  EXPECT_EQ(codes.Find("0999")->code, "09");  // an unknown sub-code falls back to its parent
  EXPECT_EQ(codes.Find("x"), nullptr);
}

TEST(Cameo, FramingCodes) {
  EXPECT_EQ(IntentCode("040"), "036");
  EXPECT_EQ(IntentCode("0841"), "0353");
  EXPECT_EQ(IntentCode("072"), "0332");
  EXPECT_EQ(IntentCode("163"), "1312");
  EXPECT_EQ(IntentCode("190"), "138");   // force of any kind
  EXPECT_EQ(IntentCode("193"), "1384");  // a conventional attack
  EXPECT_EQ(IntentCode("010"), "010");
  EXPECT_EQ(DemandCode("0841"), "1053");
  EXPECT_EQ(DemandCode("070"), "103");
  EXPECT_EQ(RejectCode("0841"), "1243");
  EXPECT_EQ(RejectCode("070"), "122");
  EXPECT_EQ(RejectCode("190"), "");
  EXPECT_EQ(ThreatCode("190"), "138");
  EXPECT_EQ(ThreatCode("087"), "130");
}

std::string CodeOf(std::string_view sentence, std::string_view trigger) {
  const Words w(sentence);
  const size_t i = w.Find(trigger);
  const VerbGroup g = TimeMLGroup(w.english, static_cast<uint32_t>(i), 0, EventPos::kVerb);
  CoderScratch scratch;
  auto coding = CameoCoder::Builtin().CodeVerb(w.lower, i, g.begin, w.lower.size(), &scratch);
  return coding ? coding->code + (coding->reverse.empty() ? "" : ":" + coding->reverse) : "";
}

TEST(Cameo, VerbPatternsChooseTheMostSpecificCode) {
  const CameoCoder& coder = CameoCoder::Builtin();
  EXPECT_GT(coder.verb_forms(), 2500u);
  EXPECT_GT(coder.patterns(), 4000u);
  EXPECT_EQ(CodeOf("The US imposed sanctions on Iran.", "imposed"), "163");
  EXPECT_EQ(CodeOf("Police arrested 12 protesters.", "arrested"), "173");
  EXPECT_EQ(CodeOf("The president criticized the decision.", "criticized"), "111");
  EXPECT_EQ(CodeOf("He denounced the attack.", "denounced"), "111");
  EXPECT_EQ(CodeOf("The minister visited Paris.", "visited"), "042:043");
  EXPECT_EQ(CodeOf("Rebels fired rockets.", "rebels"), "");  // not a verb of the dictionary
  EXPECT_EQ(CodeOf("Officials rejected the plan.", "rejected"), "120");  // a block that codes nothing by itself
  // A pattern that starts with a particle is an idiom of the verb it was written for, the particle right after it:
  // "took part" is participation (030), "captured part of a town" is no participation.
  EXPECT_EQ(CodeOf("The rebels took part in the talks.", "took"), "030");
  EXPECT_NE(CodeOf("The army captured part of the town.", "captured"), "030");
  EXPECT_EQ(CodeOf("The government put off the talks.", "put"), "164");
  EXPECT_NE(CodeOf("The government put new conditions off the table for talks.", "put"), "164");
  // A pattern coding another kind of event than its block is a sense of the verb it was written for: "blasted the
  // statement" is criticism (111), "blew up the statement's printing press" an explosion (block 190).
  EXPECT_EQ(CodeOf("The senator blasted the statement.", "blasted"), "111");
  EXPECT_EQ(CodeOf("Guerrillas blew up the power lines and the statement office.", "blew"), "190");
  // A verb the dictionary lacks, added to the block of the patterns written for it: "urged" is an appeal.
  EXPECT_EQ(CodeOf("The UN urged the rebels to stop.", "urged"), "020");
  // Participles used as prepositions are no events; with an auxiliary they are verbs.
  EXPECT_EQ(CodeOf("Prices rose, according to the ministry.", "according"), "");
  EXPECT_EQ(CodeOf("Talks resumed following the ceasefire.", "following"), "");
}

TEST(Cameo, VerbsOwnCodesReplaceTheirBlocks) {
  // A state of mind is no event unless a pattern says what is considered; every form of the verb is covered.
  EXPECT_EQ(CodeOf("Most economists think the recession is over.", "think"), "");
  EXPECT_EQ(CodeOf("Most economists thought the recession was over.", "thought"), "");
  EXPECT_EQ(CodeOf("Bankers expect a rate cut in June.", "expect"), "");
  EXPECT_EQ(CodeOf("Voters wanted change.", "wanted"), "");
  EXPECT_EQ(CodeOf("The cabinet is considering sanctions against the regime.", "considering").substr(0, 2), "13");
  // Walking out is a protest; out of negotiations, it halts them (the block's pattern).
  EXPECT_EQ(CodeOf("Nurses walked out over pay.", "walked"), "143");
  EXPECT_EQ(CodeOf("The delegation walked out of the talks.", "walked"), "164");
  EXPECT_EQ(CodeOf("The rebels dismissed the appeal.", "dismissed"), "120");
  // Everyday verbs code nothing alone; their patterns still do.
  EXPECT_EQ(CodeOf("She went home and called her brother.", "went"), "");
  EXPECT_EQ(CodeOf("She went home and called her brother.", "called"), "");
  EXPECT_EQ(CodeOf("The company paid its taxes.", "paid"), "");
  EXPECT_EQ(CodeOf("The minister paid a visit to Kenya.", "paid").substr(0, 2), "04");
  // A compiled dictionary's line for a verb of a phrase, in any of its forms.
  auto coder = CameoCoder::Create("B\tgo\t040\nV\tgo\tgo\t\nV\twent\tgo\t\nV\tgo out\tgo\t\n",
                                  "verb:go\t---\nverb:go out\t141\n");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  CoderScratch scratch;
  Words w("they went home and then went out");
  EXPECT_FALSE((*coder)->CodeVerb(w.lower, 1, 1, w.lower.size(), &scratch));
  auto out = (*coder)->CodeVerb(w.lower, 5, 5, w.lower.size(), &scratch);
  ASSERT_TRUE(out);
  EXPECT_EQ(out->code, "141");
}

TEST(Cameo, EventNounsAndNominalizations) {
  const CameoCoder& coder = CameoCoder::Builtin();
  CoderScratch scratch;
  Words w("a full UK-EU summit planned for May");
  auto summit = coder.CodeNoun(w.lower, w.Find("summit"), &scratch);
  ASSERT_TRUE(summit);
  EXPECT_EQ(summit->code, "040");
  Words strike("the air strike killed four");
  auto s = coder.CodeNoun(strike.lower, strike.Find("strike"), &scratch);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->code, "195");
  Words imposition("the imposition of new sanctions on Iran");
  auto i = coder.CodeNoun(imposition.lower, imposition.Find("imposition"), &scratch);
  ASSERT_TRUE(i);
  EXPECT_EQ(i->code, "163");
  Words riots("riots broke out after a drone strike");
  auto r = coder.CodeNoun(riots.lower, riots.Find("riots"), &scratch);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->code, "145");
  auto d = coder.CodeNoun(riots.lower, riots.Find("strike"), &scratch);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->code, "195");
  Words house("the house was sold");
  EXPECT_FALSE(coder.CodeNoun(house.lower, house.Find("house"), &scratch));
}

TEST(Cameo, DictionariesInTheCompiledFormat) {
  auto coder = CameoCoder::Create(
      "S\tweapon\trifle\nB\tgive\t070\nV\tgive\tgive\t\nV\tgave\tgive\t\nP\tgive\t\t&weapon\t072\tgive\n"
      "P\tgive\t\t(to {red cross})\t073\tgive\n",
      "summit\t040\n");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  CoderScratch scratch;
  Words w("they gave rifles to the army");
  const size_t i = w.Find("gave");
  auto c = (*coder)->CodeVerb(w.lower, i, i, w.lower.size(), &scratch);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->code, "072");
  Words w2("they gave rifles to the red cross");  // the pattern of more words is the more specific
  c = (*coder)->CodeVerb(w2.lower, w2.Find("gave"), w2.Find("gave"), w2.lower.size(), &scratch);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->code, "073");
  EXPECT_FALSE(CameoCoder::Create("Q\tbad line\n", "").ok());
}

TEST(Cameo, CodesVerbSaysWhetherTheVerbCodesBeforeItsPatterns) {
  // "give": its code and every pattern's code (yes); "take": no code and no pattern that codes (no); "ask": no code
  // alone, a pattern that codes (the patterns decide); "according" before its group is a preposition.
  auto coder = CameoCoder::Create(
      "B\tgive\t070\nV\tgive\tgive\t\nV\tgave\tgive\t\nP\tgive\t\trifles\t072\tgive\n"
      "B\ttake\t---\nV\ttake\ttake\t\nP\ttake\t\tpart\t---\ttake\n"
      "B\task\t---\nV\task\task\t\nP\task\t\t(for aid)\t020\task\n"
      "B\taccord\t040\nV\taccord\taccord\t\n",
      "");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  using Codes = CameoCoder::VerbCodes;
  CoderScratch scratch;
  const Words w("they gave rifles , took part and asked for aid according to the police");
  const size_t gave = w.Find("gave"), took = w.Find("took"), asked = w.Find("asked"), part = w.Find("part");
  EXPECT_EQ((*coder)->CodesVerb(w.lower, gave, gave, &scratch), Codes::kYes);
  EXPECT_EQ((*coder)->CodesVerb(w.lower, took, took, &scratch), Codes::kNo);
  EXPECT_EQ((*coder)->CodesVerb(w.lower, asked, asked, &scratch), Codes::kPatterns);
  EXPECT_EQ((*coder)->CodesVerb(w.lower, part, part, &scratch), Codes::kNo);  // no verb of the dictionary
  const size_t according = w.Find("according");
  EXPECT_EQ((*coder)->CodesVerb(w.lower, according, according, &scratch), Codes::kNo);
  EXPECT_EQ((*coder)->CodesVerb(w.lower, according, according - 1, &scratch), Codes::kYes);
  // What CodeVerb says agrees.
  EXPECT_TRUE((*coder)->CodeVerb(w.lower, gave, gave, w.lower.size(), &scratch));
  EXPECT_FALSE((*coder)->CodeVerb(w.lower, took, took, w.lower.size(), &scratch));
  EXPECT_TRUE((*coder)->CodeVerb(w.lower, asked, asked, w.lower.size(), &scratch));
  EXPECT_FALSE((*coder)->CodeVerb(w.lower, according, according, w.lower.size(), &scratch));
}

TEST(Cameo, SynsetsAsTheCompiledDictionaryNamesThem) {
  // The compiled PETRARCH dictionary names a synset with its '&' ("S\t&refuge\t..."), as patterns refer to it.
  auto coder = CameoCoder::Create(
      "S\t&refuge\tasylum\nS\t&refuge\tsafe haven\nB\tgrant\t070\nV\tgrant\tgrant\t\n"
      "P\tgrant\t\t&refuge\t075\tgrant\nP\tgrant\t\t(to)\t071\tgrant\n",
      "");
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  CoderScratch scratch;
  for (std::string_view text : {"the court granted asylum to them", "they granted a safe haven to the exiles"}) {
    const Words w(text);
    auto c = (*coder)->CodeVerb(w.lower, w.Find("granted"), w.Find("granted"), w.lower.size(), &scratch);
    ASSERT_TRUE(c) << text;
    EXPECT_EQ(c->code, "075") << text;
  }
  // "(to)" is a prepositional phrase only with an object: "to" right before the next verb is an infinitive.
  const Words w("they granted permission to visit");
  const size_t granted = w.Find("granted");
  auto c = (*coder)->CodeVerb(w.lower, granted, granted, w.Find("visit"), &scratch);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->code, "070");
  c = (*coder)->CodeVerb(w.lower, granted, granted, w.lower.size(), &scratch);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->code, "071");
}

// The built-in actor code of a phrase (as the reader's lower-case words), on `date`.
std::string ActorCode(std::string_view phrase, std::optional<Date> date = std::nullopt) {
  const Words w(phrase);
  return ActorCoder::Builtin().Code(w.lower, 0, w.lower.size(), date);
}

TEST(Actors, CountryAgentAndDatedCodes) {
  EXPECT_EQ(ActorCode("Syrian rebels"), "SYRREB");
  EXPECT_EQ(ActorCode("the United Nations"), "IGOUNO");
  EXPECT_EQ(ActorCode("Barack Obama", Date{2010, 5, 1}), "USAGOV");
  EXPECT_EQ(ActorCode("Barack Obama", Date{1990, 5, 1}), "USAELI");
  // Between two dated roles: the one held last before the day, not a later one.
  EXPECT_EQ(ActorCode("David Petraeus", Date{2008, 8, 2}), "USAELI");
  EXPECT_EQ(ActorCode("David Petraeus", Date{2012, 1, 2}), "USASPY");
  EXPECT_EQ(ActorCode("the rebels"), "---REB");
  EXPECT_EQ(ActorCode("a new era"), "");
  auto toy = ActorCoder::Create("gondor\tGON\t\t\n", "minister\t~GOV\n");
  ASSERT_TRUE(toy.ok());
  const Words w("the Gondor minister");
  EXPECT_EQ((*toy)->Code(w.lower, 0, w.lower.size(), std::nullopt), "GONGOV");
  EXPECT_FALSE(ActorCoder::Create("", "minister\tGOV\n").ok());  // an agent code needs its '~'
}

// data/events/cameo_actors_added.tsv: actors the Phoenix dictionaries lack, or code for another time.
TEST(Actors, ActorsAddedSinceThePhoenixDictionaries) {
  EXPECT_EQ(ActorCode("the Houthis"), "YEMREB");
  EXPECT_EQ(ActorCode("Ansar Allah"), "YEMREB");  // Phoenix: LBNREB
  EXPECT_EQ(ActorCode("Palestinian Islamic Jihad"), "PSEREB");
  EXPECT_EQ(ActorCode("the Rapid Support Forces"), "SDNREB");
  EXPECT_EQ(ActorCode("the African Union"), "IGOAFRAFU");
  EXPECT_EQ(ActorCode("Hayat Tahrir al-Sham", Date{2024, 11, 30}), "SYRREB");
  EXPECT_EQ(ActorCode("Hayat Tahrir al-Sham", Date{2025, 2, 1}), "SYRGOV");
  EXPECT_EQ(ActorCode("Hamas"), "PSEREBHMS");  // Phoenix's own codes stay
  // A later table's undated code wins; a bad line is an error.
  auto two = ActorCoder::Create({"gondor\tGON\t\t\n", "gondor\tMOR\t\t\n"}, "minister\t~GOV\n");
  ASSERT_TRUE(two.ok());
  const Words w("Gondor");
  EXPECT_EQ((*two)->Code(w.lower, 0, w.lower.size(), std::nullopt), "MOR");
  EXPECT_FALSE(ActorCoder::Create({"gondor\tGON\n", "mordor\n"}, "").ok());
}

// "Russian forces", "Israeli tanks": a military noun the agent dictionaries leave out is a country's (or an
// international body's) military when one is named before it; alone, or after a think, it names no agent.
TEST(Actors, ACountrysForcesAreItsMilitary) {
  EXPECT_EQ(ActorCode("Russian forces"), "RUSMIL");
  EXPECT_EQ(ActorCode("Israeli tanks"), "ISRMIL");
  EXPECT_EQ(ActorCode("Russia 's drones"), "RUSMIL");
  EXPECT_EQ(ActorCode("the United Nations forces"), "IGOUNOMIL");
  EXPECT_EQ(ActorCode("Syrian government forces"), "SYRMIL");  // the dictionaries' own agent, once
  EXPECT_EQ(ActorCode("Syrian rebel forces"), "SYRREB");       // another agent says whose forces
  EXPECT_EQ(ActorCode("market forces"), "");
  EXPECT_EQ(ActorCode("Washington think tanks"), "USA");
  EXPECT_EQ(ActorCode("Russian tanks roll"), "RUS");  // the head, not any word, is the military noun
}

TEST(Actors, AgentsTakeTheCountryOfTheirOfPhrase) {
  const ActorCoder& actors = ActorCoder::Builtin();
  // The head phrase (its first words) names agents only; the words after it may say whose.
  auto code = [&](std::string_view sentence, size_t head_words) {
    const Words w(sentence);
    return actors.Code(w.lower, 0, head_words, std::nullopt);
  };
  EXPECT_EQ(code("the mayor of Kabul resigned", 2), "AFGGOV");
  EXPECT_EQ(code("rebel commanders from Syria met", 2), "SYRREB");
  EXPECT_EQ(code("the troops in Afghanistan withdrew", 2), "---MIL");  // "in" says where, not whose
  EXPECT_EQ(code("the rebels , of course , left", 2), "---REB");        // no phrase of theirs
  // Agent words that only qualify a thing name no actor; a title before a name still does.
  EXPECT_EQ(code("military aid to Mozambique", 2), "");
  EXPECT_EQ(code("government buildings", 2), "");
  EXPECT_EQ(code("rebel leaders", 2), "---REB");
  EXPECT_EQ(code("President Zorblat", 2), "---GOV");
}

// The events of one text as the reader gives them, with the real pipeline's names and time expressions.
struct Read {
  std::string text;
  Analysis analysis;
  std::vector<ReadEvent> events;
  Read(std::string t, std::optional<Date> date = std::nullopt) : text(std::move(t)) {
    Document d;
    d.text = text;
    d.date = date;
    analysis = *testing::SharedPipeline().Analyze(d);
    const EventExtractor extractor(Model());
    newsgraph::events::ExtractorScratch scratch;
    extractor.Read(text, analysis, date, &scratch);
    events = std::move(scratch.read);
  }
  const ReadEvent* At(std::string_view trigger) const {
    for (const ReadEvent& e : events)
      if (e.span.In(text).substr(0, trigger.size()) == trigger) return &e;
    return nullptr;
  }
  std::string Participant(const ReadEvent& e, ParticipantRole role) const {
    std::string out;
    for (const EventParticipant& p : e.participants)
      if (p.role == role) out += (out.empty() ? "" : "|") + std::string((p.antecedent ? *p.antecedent : p.span).In(text));
    return out;
  }
};

TEST(EventReader, SubjectsObjectsPassivesAndCoordination) {
  Read r("Brazil and the United States signed an agreement. The civilians were released by Putin himself.");
  const ReadEvent* signed_ = r.At("signed");
  ASSERT_NE(signed_, nullptr);
  EXPECT_EQ(r.Participant(*signed_, ParticipantRole::kSource), "the United States|Brazil");
  const ReadEvent* released = r.At("released");
  ASSERT_NE(released, nullptr);
  EXPECT_TRUE(released->group.passive);
  EXPECT_EQ(r.Participant(*released, ParticipantRole::kSource), "Putin");
  EXPECT_EQ(r.Participant(*released, ParticipantRole::kTarget), "The civilians");
}

TEST(EventReader, SubjectsBehindAppositionsQuantitiesAndJoinedVerbs) {
  Read apposition("Norway, a close ally of Denmark in the dispute, has criticized the ruling.");
  const ReadEvent* criticized = apposition.At("criticized");
  ASSERT_NE(criticized, nullptr);
  EXPECT_EQ(apposition.Participant(*criticized, ParticipantRole::kSource), "Norway");
  Read aside("Moscow, the spokesman said, will respond.");  // a reporting clause set off by commas
  const ReadEvent* said = aside.At("said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(aside.Participant(*said, ParticipantRole::kSource), "the spokesman");
  Read quantity("Up to 300 farmers protested in Lyon.");
  const ReadEvent* protested = quantity.At("protested");
  ASSERT_NE(protested, nullptr);
  EXPECT_EQ(quantity.Participant(*protested, ParticipantRole::kSource), "Up to 300 farmers");
  Read participle("Militants shelled the northern suburbs of the capital, killing six people.");
  const ReadEvent* killing = participle.At("killing");
  ASSERT_NE(killing, nullptr);
  EXPECT_EQ(participle.Participant(*killing, ParticipantRole::kSource), "Militants");
  Read reported("Officials said rebels shelled the town, killing six people.");
  const ReadEvent* killing_six = reported.At("killing");
  ASSERT_NE(killing_six, nullptr);
  EXPECT_EQ(reported.Participant(*killing_six, ParticipantRole::kSource), "rebels");
  Read joined("A car bomb near the city of Mosul killed three soldiers and wounded four others.");
  for (std::string_view verb : {"killed", "wounded"}) {
    const ReadEvent* e = joined.At(verb);
    ASSERT_NE(e, nullptr) << verb;
    EXPECT_EQ(joined.Participant(*e, ParticipantRole::kSource), "A car bomb") << verb;
  }
}

TEST(EventReader, PrepositionalPhrasesAndPronouns) {
  Read r("Opponents of the Senate protested in the capital. Syria says it is willing to withdraw its troops.");
  const ReadEvent* protested = r.At("protested");
  ASSERT_NE(protested, nullptr);
  EXPECT_EQ(r.Participant(*protested, ParticipantRole::kSource), "Opponents of the Senate");
  const ReadEvent* withdraw = r.At("withdraw");
  ASSERT_NE(withdraw, nullptr);
  EXPECT_EQ(r.Participant(*withdraw, ParticipantRole::kSource), "Syria");
  EXPECT_TRUE(withdraw->intent);
  EXPECT_EQ(withdraw->cameo.substr(0, 2), "03");  // an announced withdrawal is an intent (0356)
}

// A passive verb whose patterns need the object it has as its subject codes as the active verb with it: "troops
// were deployed" is "deployed troops" (154); a subject the patterns do not know codes nothing.
TEST(EventReader, PassiveSubjectReadAsTheObject) {
  Read deployed("Hundreds of troops were deployed on Tuesday.");
  ASSERT_NE(deployed.At("deployed"), nullptr);
  EXPECT_EQ(deployed.At("deployed")->cameo, "154");
  Read parcel("The parcel was sent on Monday.");
  ASSERT_NE(parcel.At("sent"), nullptr);
  EXPECT_EQ(parcel.At("sent")->cameo, "");
}

TEST(EventReader, FramingAnnouncedRefusedDemanded) {
  // The refusal is the refusing verb's code (1243); the act refused keeps its own (0841).
  Read refused("The government refused to release the prisoners.");
  const ReadEvent* release = refused.At("release");
  ASSERT_NE(release, nullptr);
  EXPECT_EQ(release->cameo, "0841");
  ASSERT_NE(refused.At("refused"), nullptr);
  EXPECT_EQ(refused.At("refused")->cameo, "1243");
  EXPECT_FALSE(refused.At("refused")->merged);
  // A negated act announced for the future is a refusal; a negated past act only did not happen: it keeps its code
  // (the record's status says negated).
  Read will_not("Syria says it will not accept any more refugees.");
  ASSERT_NE(will_not.At("accept"), nullptr);
  EXPECT_EQ(will_not.At("accept")->cameo.substr(0, 2), "12");
  Read did_not("The minister did not meet the union leaders.");
  ASSERT_NE(did_not.At("meet"), nullptr);
  EXPECT_EQ(did_not.At("meet")->cameo.substr(0, 2), "04");
  Read demanded("Amnesty International demanded that the government release the prisoners.");
  const ReadEvent* demand = demanded.At("demanded");
  ASSERT_NE(demand, nullptr);
  EXPECT_EQ(demand->cameo, "1053");
  EXPECT_EQ(demanded.Participant(*demand, ParticipantRole::kTarget), "the government");
  const ReadEvent* merged = demanded.At("release");
  ASSERT_NE(merged, nullptr);
  EXPECT_TRUE(merged->merged);
  Read future("Finland will give Tanzania a grant.");
  const ReadEvent* give = future.At("give");
  ASSERT_NE(give, nullptr);
  EXPECT_TRUE(give->intent);
  ASSERT_NE(give->code, nullptr);
  EXPECT_EQ(give->code->plover, "AGREE");
}

TEST(EventReader, SupportVerbsPurposesAgreementsAndClauseEnds) {
  // "went on strike": the strike is the event (a protest, 143), with the verb's subject as its source.
  Read strike("Dock workers in Rotterdam went on strike on Monday.");
  const ReadEvent* on_strike = strike.At("strike");
  ASSERT_NE(on_strike, nullptr);
  EXPECT_EQ(on_strike->cameo, "143");
  EXPECT_EQ(strike.Participant(*on_strike, ParticipantRole::kSource), "Dock workers");
  // An infinitive of purpose is what the meeting is for, not an event of its own; after a verb of asking the
  // infinitive is what is asked for.
  Read purpose("The ministers met in Geneva on Monday to discuss the crisis.");
  const ReadEvent* discuss = purpose.At("discuss");
  ASSERT_NE(discuss, nullptr);
  EXPECT_TRUE(discuss->subordinate);
  EXPECT_TRUE(discuss->cameo.empty()) << discuss->cameo;
  Read asked("Britain urged Iran to release the sailors.");
  const ReadEvent* release = asked.At("release");
  ASSERT_NE(release, nullptr);
  EXPECT_FALSE(release->subordinate);
  const ReadEvent* urged = asked.At("urged");
  ASSERT_NE(urged, nullptr);
  EXPECT_EQ(urged->cameo, "025");  // an appeal to release (CAMEO 025), the release merged into it
  EXPECT_TRUE(release->merged);
  // What someone is pressed to do has not happened.
  Read pressed("Obama is being pressured by Congress to help Iran.");
  const ReadEvent* help = pressed.At("help");
  ASSERT_NE(help, nullptr);
  EXPECT_TRUE(help->merged);
  // What speakers agree should happen is their agreement, not a demand.
  Read agreed("Hungarian and Romanian officials agreed that their countries should cooperate.");
  const ReadEvent* agree = agreed.At("agreed");
  ASSERT_NE(agree, nullptr);
  ASSERT_NE(agree->code, nullptr);
  EXPECT_EQ(agree->code->plover, "AGREE");
  // "announced sanctions": the announcer imposes them; a participle describing a noun is not the main event.
  Read announced("The United States announced sanctions against Iran on Monday.");
  const ReadEvent* announce = announced.At("announced");
  ASSERT_NE(announce, nullptr);
  EXPECT_EQ(announce->cameo, "163");
  EXPECT_EQ(announced.Participant(*announce, ParticipantRole::kTarget), "Iran");
  Read described("Police arrested a man carrying explosives near the embassy.");
  const ReadEvent* carrying = described.At("carrying");
  if (carrying) EXPECT_TRUE(carrying->subordinate);
  // A phrase after a comma right before a verb is another clause's subject, not the verb's target.
  Read comma("Rebels burned down the embassy, a senior official said.");
  const ReadEvent* burned = comma.At("burned");
  ASSERT_NE(burned, nullptr);
  EXPECT_EQ(comma.Participant(*burned, ParticipantRole::kTarget).find("official"), std::string::npos);
}

// A named place or time governed by a preposition ends the verb phrase as a common noun does: "meet in Zurich to
// discuss" is a purpose, not a second meeting of the two subjects with each other; a name that is the verb's object
// stays its own subject's ("urged Iran to release" above).
TEST(EventReader, PurposeAfterANamedPlace) {
  Read r("Barack Obama and Xi Jinping will meet in Zurich on Friday to discuss trade.");
  const ReadEvent* discuss = r.At("discuss");
  ASSERT_NE(discuss, nullptr);
  EXPECT_TRUE(discuss->subordinate);
  EXPECT_TRUE(discuss->cameo.empty()) << discuss->cameo;
  Read named("The two leaders will meet in Zurich to discuss trade.");
  const ReadEvent* discuss2 = named.At("discuss");
  ASSERT_NE(discuss2, nullptr);
  EXPECT_TRUE(discuss2->cameo.empty()) << discuss2->cameo;
}

// "At least" before a number opens the subject's phrase, no preposition: "At least three Iraqi civilians have been
// killed" has them as its target (and, with them, a type); word numbers count as numbers do.
TEST(EventReader, AtLeastOpensASubject) {
  Read r("At least three Iraqi civilians have been killed in a car bombing in central Baghdad.");
  const ReadEvent* killed = r.At("killed");
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(r.Participant(*killed, ParticipantRole::kTarget), "At least three Iraqi civilians");
  Read digits("At least 60 people were arrested worldwide on Monday.");
  const ReadEvent* arrested = digits.At("arrested");
  ASSERT_NE(arrested, nullptr);
  EXPECT_EQ(digits.Participant(*arrested, ParticipantRole::kTarget), "At least 60 people");
}

// A verb in a condition ("unless", "if"), with its complements, is no main event of the sentence; the act it
// conditions is.
TEST(EventReader, AConditionIsSubordinate) {
  Read r("The party said it will boycott the elections unless the president agrees to step down.");
  const ReadEvent* boycott = r.At("boycott");
  ASSERT_NE(boycott, nullptr);
  EXPECT_FALSE(boycott->subordinate);
  const ReadEvent* agrees = r.At("agrees");
  ASSERT_NE(agrees, nullptr);
  EXPECT_TRUE(agrees->subordinate);
  const ReadEvent* step = r.At("step");
  ASSERT_NE(step, nullptr);
  EXPECT_TRUE(step->subordinate);
  Read comma("If Washington raises tariffs, Beijing will retaliate.");
  const ReadEvent* raises = comma.At("raises");
  ASSERT_NE(raises, nullptr);
  EXPECT_TRUE(raises->subordinate);
  const ReadEvent* retaliate = comma.At("retaliate");
  ASSERT_NE(retaliate, nullptr);
  EXPECT_FALSE(retaliate->subordinate);
}

TEST(EventReader, DatesFromTimeExpressionsAndTheDocumentDate) {
  Read r("Ursula von der Leyen is due to meet the Prime Minister in London on Thursday. The US under Trump has "
         "imposed tariffs on imports.",
         Date{2025, 4, 22});
  const ReadEvent* meet = r.At("meet");
  ASSERT_NE(meet, nullptr);
  ASSERT_TRUE(meet->date);
  EXPECT_EQ(meet->date->value, "2025-04-24");
  EXPECT_FALSE(meet->date->on_or_before);
  const ReadEvent* imposed = r.At("imposed");
  ASSERT_NE(imposed, nullptr);
  ASSERT_TRUE(imposed->date);
  EXPECT_EQ(imposed->date->value, "2025-04-22");
  EXPECT_TRUE(imposed->date->on_or_before);
  EXPECT_EQ(r.Participant(*imposed, ParticipantRole::kSource), "The US");
  EXPECT_EQ(imposed->cameo, "163");  // "imposed tariffs": the tariffs' code (light verb)
  ASSERT_NE(imposed->code, nullptr);
  EXPECT_EQ(imposed->code->quad_class, 4);
}

TEST(EventReader, ConflictCodesNeedSomeoneKnown) {
  Read r("We are moving into a new era.");
  const ReadEvent* moving = r.At("moving");
  if (moving) EXPECT_TRUE(moving->cameo.empty()) << moving->cameo;
}

// ", killing eight civilians" after an attack is its consequence (one PETRARCH triple), not a second attack.
TEST(EventReader, ConsequencesOfAnAttackAreNoAttackOfTheirOwn) {
  Read r("Syrian government forces shelled the town of Idlib on Monday, killing at least eight civilians.");
  const ReadEvent* shelled = r.At("shelled");
  const ReadEvent* killing = r.At("killing");
  ASSERT_NE(shelled, nullptr);
  ASSERT_NE(killing, nullptr);
  EXPECT_FALSE(shelled->merged);
  EXPECT_FALSE(shelled->cameo.empty());
  EXPECT_TRUE(killing->merged);
}

TEST(EventReader, AdversarialInputStaysLinear) {
  // Long runs of coordinated names, parentheses and pronouns: no crash, and every span inside the text.
  std::string text;
  for (int i = 0; i < 400; ++i) text += "Gondor, ( Arnor ) and they said it would not meet them and ";
  text += "attacked.";
  Read r(text);
  for (const ReadEvent& e : r.events) {
    EXPECT_LE(e.span.end, r.text.size());
    for (const EventParticipant& p : e.participants) EXPECT_LE(p.span.end, r.text.size());
  }
}

}  // namespace
}  // namespace newsgraph::events
