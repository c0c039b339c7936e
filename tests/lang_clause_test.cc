// The clause reader (src/lang/clause.h): tense, aspect, modality, polarity, voice and reported speech of a verb's
// clause, as the events stage reads them, and the tense cues the time-expression stage places dates by.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "lang/clause.h"
#include "lang/verbs.h"
#include "newsgraph/text.h"

namespace newsgraph::lang {
namespace {

// The clause of the first token `verb` of `text`.
Clause Read(const std::string& text, std::string_view verb, bool quoted_first_sentence = false) {
  Analysis analysis;
  Segment(text, {}, &analysis);
  Words words;
  words.Read(text, analysis, Lexicon::Get());
  if (quoted_first_sentence)
    for (uint32_t t = analysis.sentences[0].token_begin; t < analysis.sentences[0].token_end; ++t)
      words.quotations()[t] = 0;
  for (size_t i = 0; i < analysis.tokens.size(); ++i)
    if (analysis.tokens[i].span.In(text) == verb) return ReadClause(words, static_cast<int>(i));
  ADD_FAILURE() << "no token " << verb;
  return Clause{};
}

TEST(ReadClause, Tense) {
  EXPECT_EQ(Read("The US imposed tariffs on steel.", "imposed").tense, Tense::kPast);
  EXPECT_EQ(Read("Von der Leyen met Starmer in London.", "met").tense, Tense::kPast);  // irregular
  EXPECT_EQ(Read("Starmer will host the summit.", "host").tense, Tense::kFuture);
  EXPECT_EQ(Read("The bloc says it wants a deal.", "says").tense, Tense::kPresent);
  EXPECT_EQ(Read("The talks are continuing.", "continuing").tense, Tense::kPresent);
}

TEST(ReadClause, Aspect) {
  EXPECT_EQ(Read("Trump has imposed tariffs.", "imposed").aspect, Aspect::kPerfect);
  EXPECT_EQ(Read("European leaders are negotiating a deal.", "negotiating").aspect, Aspect::kProgressive);
  EXPECT_EQ(Read("They have been negotiating for weeks.", "negotiating").aspect, Aspect::kPerfectProgressive);
  EXPECT_EQ(Read("The US imposed tariffs.", "imposed").aspect, Aspect::kSimple);
}

TEST(ReadClause, ModalityAndPlans) {
  EXPECT_EQ(Read("The talks could resume next week.", "resume").modality, Modality::kPossible);
  EXPECT_EQ(Read("The UK must respond.", "respond").modality, Modality::kNecessary);
  EXPECT_EQ(Read("Such a deal would help.", "help").modality, Modality::kConditional);
  const Clause planned = Read("The UK and the EU are due to hold a summit on 19 May.", "hold");
  EXPECT_EQ(planned.modality, Modality::kIntended);
  EXPECT_EQ(planned.tense, Tense::kFuture);
  EXPECT_EQ(Read("Starmer plans to visit Brussels.", "visit").modality, Modality::kIntended);
  EXPECT_EQ(Read("The US imposed tariffs.", "imposed").modality, Modality::kNone);
}

TEST(ReadClause, Polarity) {
  EXPECT_TRUE(Read("Trump has not imposed tariffs.", "imposed").negated);
  EXPECT_TRUE(Read("The sides didn't meet.", "meet").negated);
  EXPECT_TRUE(Read("They never met.", "met").negated);
  EXPECT_TRUE(Read("The company refused to pay the fine.", "pay").negated);
  EXPECT_FALSE(Read("The company agreed to pay the fine.", "pay").negated);
}

TEST(ReadClause, Voice) {
  EXPECT_TRUE(Read("Tariffs were imposed on steel.", "imposed").passive);
  EXPECT_TRUE(Read("The summit was held in London.", "held").passive);
  EXPECT_FALSE(Read("The US imposed tariffs.", "imposed").passive);
}

TEST(ReadClause, ReportedSpeech) {
  const Clause before = Read("Costa said the talks could resume.", "resume");
  EXPECT_TRUE(before.reported());
  EXPECT_GE(before.reported_by, 0);
  EXPECT_TRUE(Read("The talks will resume, the minister said.", "resume").reported());
  EXPECT_TRUE(Read("The talks will resume, said Costa.", "resume").reported());
  EXPECT_FALSE(Read("The talks resumed on Monday.", "resumed").reported());
  const Clause quoted = Read("We will win. That was the message.", "win", /*quoted_first_sentence=*/true);
  EXPECT_TRUE(quoted.quoted);
  EXPECT_TRUE(quoted.reported());
}

TEST(VerbLexicon, QuestionsOnLemmas) {
  std::vector<std::string> scratch;
  EXPECT_TRUE(lang::HasLemma("helped", "help", &scratch));
  EXPECT_TRUE(lang::HasLemma("flew", "fly", &scratch));
  EXPECT_FALSE(lang::HasLemma("helmet", "help", &scratch));
  // The form itself comes last among its lemmas ("help assess": the base form).
  EXPECT_TRUE(lang::HasLemma("assess", "assess", &scratch));
  constexpr std::string_view kTravel[] = {"fly", "travel", "go"};
  EXPECT_TRUE(lang::LemmaIn("went", kTravel, &scratch));
  EXPECT_TRUE(lang::LemmaIn("travelled", kTravel, &scratch));
  EXPECT_FALSE(lang::LemmaIn("stayed", kTravel, &scratch));
  ASSERT_FALSE(scratch.empty());  // the lemmas stay for the caller
  EXPECT_EQ(scratch.front(), "stay");
  EXPECT_EQ(scratch.back(), "stayed");
}

TEST(VerbLexicon, FormsAndLemmas) {
  const VerbLexicon& v = VerbLexicon::Get();
  EXPECT_EQ(v.FormOf("met"), VerbForm::kPast);
  EXPECT_EQ(v.FormOf("went"), VerbForm::kPastTense);
  EXPECT_EQ(v.FormOf("taken"), VerbForm::kPastParticiple);
  EXPECT_EQ(v.FormOf("imposed"), VerbForm::kPast);
  EXPECT_EQ(v.FormOf("meeting"), VerbForm::kGerund);
  EXPECT_EQ(v.FormOf("meets"), VerbForm::kPresent3);
  EXPECT_EQ(v.FormOf("proceed"), VerbForm::kBase);
  std::vector<std::string> stems;
  auto first = [&](std::string_view w) {
    v.Lemmas(w, &stems);
    return stems.empty() ? std::string() : stems.front();
  };
  EXPECT_EQ(first("met"), "meet");
  EXPECT_EQ(first("stopped"), "stop");
  EXPECT_EQ(first("carried"), "carry");
  EXPECT_EQ(first("agreed"), "agree");
  v.Lemmas("imposed", &stems);
  EXPECT_NE(std::find(stems.begin(), stems.end(), "impose"), stems.end());
  // Every candidate once, in order of likelihood, the word last; a shorter list after a longer one.
  v.Lemmas("stopped", &stems);
  EXPECT_EQ(stems, (std::vector<std::string>{"stop", "stoppe", "stopp", "stopped"}));
  v.Lemmas("travelled", &stems);
  EXPECT_EQ(stems, (std::vector<std::string>{"travelle", "travell", "travel", "travelled"}));
  v.Lemmas("carries", &stems);
  EXPECT_EQ(stems, (std::vector<std::string>{"carry", "carries"}));
  v.Lemmas("went", &stems);
  EXPECT_EQ(stems, (std::vector<std::string>{"go", "went"}));
  // A "u" before the ending dropped an "e": "sued", "argued", "issuing".
  for (const char* w : {"sued", "suing"}) {
    v.Lemmas(w, &stems);
    EXPECT_NE(std::find(stems.begin(), stems.end(), "sue"), stems.end()) << w;
  }
  v.Lemmas("issuing", &stems);
  EXPECT_NE(std::find(stems.begin(), stems.end(), "issue"), stems.end());
  v.Lemmas("continued", &stems);
  EXPECT_NE(std::find(stems.begin(), stems.end(), "continue"), stems.end());
}

// The verb group in TimeML's terms, as the events stage reports it.
TEST(ReadVerbGroup, TimeMLTenseAspectModalAndFirstToken) {
  VerbGroup g = Read("She is due to meet the Prime Minister.", "meet").group;
  EXPECT_EQ(g.tense, GroupTense::kInfinitive);
  EXPECT_TRUE(g.infinitive);
  EXPECT_EQ(g.first, 3);  // "to"
  g = Read("Prices fell sharply.", "fell").group;
  EXPECT_EQ(g.tense, GroupTense::kPast);
  EXPECT_EQ(g.form, VerbForm::kPastTense);
  EXPECT_EQ(g.first, 1);
  g = Read("Taken together, the figures are small.", "Taken").group;
  EXPECT_EQ(g.tense, GroupTense::kPastParticiple);
  EXPECT_FALSE(g.passive);
  EXPECT_EQ(Read("Meeting in Paris, the ministers agreed.", "Meeting").group.tense, GroupTense::kPresentParticiple);
  g = Read("New rules are being issued.", "issued").group;
  EXPECT_EQ(g.tense, GroupTense::kPresent);
  EXPECT_EQ(g.aspect, Aspect::kProgressive);
  EXPECT_TRUE(g.passive);
  g = Read("They can't stop it.", "stop").group;
  EXPECT_EQ(g.modal, "can");
  EXPECT_EQ(g.tense, GroupTense::kNone);
  EXPECT_TRUE(g.negated);
  g = Read("Obama said he would not provide support.", "provide").group;
  EXPECT_EQ(g.modal, "would");
  EXPECT_TRUE(g.negated);
  EXPECT_EQ(g.first, 3);  // "would"
  g = Read("They will also be negotiating.", "negotiating").group;
  EXPECT_EQ(g.tense, GroupTense::kFuture);
  EXPECT_EQ(g.finite, Tense::kFuture);
  EXPECT_EQ(g.aspect, Aspect::kProgressive);
  // Read as no verb ("ready" heads the event of "is ready"): the auxiliaries still count, its form does not.
  Analysis analysis;
  const std::string text = "The army is ready.";
  Segment(text, {}, &analysis);
  Words words;
  words.Read(text, analysis, Lexicon::Get());
  g = ReadVerbGroup(words, 3, /*verb=*/false);
  EXPECT_EQ(g.tense, GroupTense::kPresent);
  EXPECT_EQ(g.form, VerbForm::kOther);
  EXPECT_EQ(ReadVerbGroup(words, 1, /*verb=*/false).tense, GroupTense::kNone);  // "army"
}

TEST(TenseAround, PhrasesWordsAndParticiples) {
  const Lexicon& lexicon = Lexicon::Get();
  auto words = [](std::vector<std::string_view> lower) {
    std::vector<CueWord> out;
    for (std::string_view w : lower) out.push_back(CueWord{w, w != ";", w == ";", false, w == "the", false});
    return out;
  };
  const auto due = words({"the", "summit", "is", "due", "to", "start", "X"});
  EXPECT_EQ(TenseAround(lexicon, due, 6, 7, 12), Tense::kFuture);  // "is due to"
  const auto past = words({"talks", "collapsed", "X"});
  EXPECT_EQ(TenseAround(lexicon, past, 2, 3, 12), Tense::kPast);  // a regular past
  const auto adjective = words({"the", "proposed", "X"});
  EXPECT_EQ(TenseAround(lexicon, adjective, 2, 3, 12), Tense::kFuture);  // "proposed" is listed: future
  const auto participle = words({"will", "be", "paid", "X"});
  EXPECT_EQ(TenseAround(lexicon, participle, 3, 4, 12), Tense::kFuture);  // "paid" after "be" says nothing
  const auto from_past = words({"was", "expected", "to", "X"});  // a future seen from the past
  EXPECT_EQ(TenseAround(lexicon, from_past, 3, 4, 12), Tense::kPresent);
  const auto stop = words({"said", ";", "X"});
  EXPECT_EQ(TenseAround(lexicon, stop, 2, 3, 12), Tense::kUnknown);  // not across ";"
}

// Every verb of a one-sentence document of 200,000 words: a chain of infinitives climbs a bounded number of governing
// verbs (no stack overflow), and each reading looks at the words around its verb only (no pass over the sentence).
TEST(ReadClause, EveryVerbOfAHugeSentence) {
  std::string text = "They";
  for (int i = 0; i < 50000; ++i) text += " want to plan to";
  text += " meet.";
  Analysis analysis;
  Segment(text, {}, &analysis);
  ASSERT_EQ(analysis.sentences.size(), 1u);
  Words words;
  words.Read(text, analysis, Lexicon::Get());
  int intended = 0;
  for (size_t i = 0; i < analysis.tokens.size(); ++i)
    if (analysis.tokens[i].span.In(text) == "plan")
      intended += ReadClause(words, static_cast<int>(i)).modality == Modality::kIntended;
  EXPECT_EQ(intended, 50000);
  EXPECT_EQ(ReadClause(words, static_cast<int>(analysis.tokens.size()) - 2).modality, Modality::kIntended);  // "meet"
}

}  // namespace
}  // namespace newsgraph::lang
