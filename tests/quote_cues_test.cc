// The quotation finder's learned cue model (quotes/cue_model.h): its file, the trainer, and the reported speech and
// stances it finds beyond the reporting verbs of the lexicon, with the shipped model (models/quotes-cues-en.bin).
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "eval/polnear.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/text.h"
#include "quotes/cue_model.h"
#include "quotes/quotes.h"
#include "test_util.h"
#include "train/quote_trainer.h"
#include "util/hash.h"

namespace newsgraph {
namespace {

struct Found {
  std::string text, kind, speaker, cue;
};

class QuoteCuesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto model = quotes::CueModel::Load(testing::SourcePath(std::string("models/") + quotes::kCueModelFile));
    ASSERT_TRUE(model.ok()) << model.status().ToString();
    model_ = model->release();
  }
  static void TearDownTestSuite() {
    delete model_;
    model_ = nullptr;
  }

  // The quotations of `text`, with the cue model or the rules alone.
  std::vector<Found> Run(const std::string& text, bool with_model = true) {
    text_ = text;
    Analysis a;
    Segment(text_, {}, &a);
    quotes::Scratch scratch;
    quotes::FindQuotes(text_, lang::Lexicon::Get(), &scratch, &a, with_model ? model_ : nullptr);
    std::vector<Found> out;
    for (const Quote& q : a.quotes) {
      Found f;
      f.text = std::string(q.span.In(text_));
      f.kind = QuoteKindName(q.kind);
      if (q.speaker) f.speaker = std::string(q.speaker->In(text_));
      if (q.cue) f.cue = std::string(q.cue->In(text_));
      out.push_back(f);
    }
    return out;
  }

  static const Found* WithCue(const std::vector<Found>& quotes, const std::string& cue) {
    for (const Found& f : quotes)
      if (f.cue == cue) return &f;
    return nullptr;
  }

  static quotes::CueModel* model_;
  std::string text_;
};

quotes::CueModel* QuoteCuesTest::model_ = nullptr;

// ---- Stances and reported speech whose cue is not in the lexicon ------------------------------------------------

TEST_F(QuoteCuesTest, AVerbOfStanceOutsideTheLexicon) {
  const std::string text = "Republican leaders assailed the spending plan as reckless.";
  EXPECT_EQ(WithCue(Run(text, false), "assailed"), nullptr);  // not a reporting verb of the lexicon
  const auto q = Run(text);
  const Found* f = WithCue(q, "assailed");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, "indirect");
  EXPECT_EQ(f->speaker, "Republican leaders");
  EXPECT_EQ(f->text, "the spending plan as reckless");
}

TEST_F(QuoteCuesTest, AnEvidentialTakesItsSubjectAndTheInfinitive) {
  const auto q = Run("Sanders appears to lead among young voters in Iowa.");
  const Found* f = WithCue(q, "appears");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->speaker, "Sanders");
  EXPECT_EQ(f->text, "to lead among young voters in Iowa");
}

TEST_F(QuoteCuesTest, ItSeemsNamesNoSpeaker) {
  const auto q = Run("It seems that the senator has changed her mind on the pipeline.");
  const Found* f = WithCue(q, "seems");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->speaker, "");  // "it" is no one
  EXPECT_EQ(f->text, "the senator has changed her mind on the pipeline");
}

TEST_F(QuoteCuesTest, TheFormsOfACueWordShareItsWeights) {
  // "assails" and "assailing" share the stem of "assailed" (the gate and the word's features).
  EXPECT_EQ(quotes::CueModel::WordKey("assails"), quotes::CueModel::WordKey("assailed"));
  EXPECT_EQ(quotes::CueModel::WordKey("assailing"), quotes::CueModel::WordKey("assail"));
  EXPECT_EQ(quotes::CueModel::WordKey("argues"), quotes::CueModel::WordKey("argue"));
  EXPECT_NE(quotes::CueModel::WordKey("boss"), quotes::CueModel::WordKey("bos"));  // -ss stays
  const auto q = Run("The governor assails the plan as reckless.");
  const Found* f = WithCue(q, "assails");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->speaker, "The governor");
}

TEST_F(QuoteCuesTest, ANounOfStanceTakesItsOwnerAndThePrepositionsObject) {
  const auto q = Run("The ad replays his attacks on the former governor.");
  const Found* f = WithCue(q, "attacks");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->speaker, "his");
  EXPECT_EQ(f->text, "the former governor");
}

TEST_F(QuoteCuesTest, WordsThatAttributeNothingStayUnread) {
  for (const char* text : {"The company makes trucks in a plant near Toledo.",
                           "The storm left thousands of homes without power on Tuesday.",
                           "Shares of the bank rose 3 percent in early trading."}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(Run(text).empty());
  }
}

TEST_F(QuoteCuesTest, TheRulesReadingComesFirst) {
  // The rules' cues and contents are kept as they were; nothing is added inside them.
  const std::string text = "The minister said voters assailed the plan, and declined to comment further.";
  const auto rules = Run(text, false), learned = Run(text);
  ASSERT_EQ(rules.size(), learned.size());
  for (size_t i = 0; i < rules.size(); ++i) {
    EXPECT_EQ(rules[i].text, learned[i].text);
    EXPECT_EQ(rules[i].cue, learned[i].cue);
  }
}

TEST_F(QuoteCuesTest, QuotationsAreTheRulesAlone) {
  // A fragment in a learned cue's content is not attributed through it: quotations do not change.
  const std::string text =
      "Critics assailed what they see as a “reckless” plan. “We will fight it,” said Jane Doe, a council member.";
  const auto rules = Run(text, false), learned = Run(text);
  int quoted_rules = 0, quoted_learned = 0;
  for (const Found& f : rules) quoted_rules += f.kind != "indirect";
  for (const Found& f : learned) quoted_learned += f.kind != "indirect";
  EXPECT_EQ(quoted_rules, quoted_learned);
}

// ---- The model file --------------------------------------------------------------------------------------------

TEST(CueModelFileTest, RoundTripAndChecks) {
  quotes::CueModel model;
  const uint64_t word = quotes::CueModel::WordKey("assailed");
  model.Set({word}, {3.0f}, -1.0f, {word});
  model.threshold = 0.6f;
  model.metadata = "test";
  model.AddSelfTests({"Critics assailed the plan."}, lang::Lexicon::Get());
  const std::string bytes = model.ToBytes();
  auto back = quotes::CueModel::FromBytes(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_FLOAT_EQ((*back)->threshold, 0.6f);
  EXPECT_TRUE((*back)->MayBeCue(word));
  EXPECT_FALSE((*back)->MayBeCue(quotes::CueModel::WordKey("trucks")));
  EXPECT_NEAR((*back)->Probability(&word, 1), 1.0f / (1.0f + std::exp(-2.0f)), 1e-6);

  std::string flipped = bytes;
  flipped[flipped.size() - 3] ^= 0x40;
  EXPECT_EQ(quotes::CueModel::FromBytes(flipped).status().code(), StatusCode::kCorrupt);
  EXPECT_EQ(quotes::CueModel::FromBytes(bytes.substr(0, bytes.size() - 1)).status().code(), StatusCode::kCorrupt);
  EXPECT_EQ(quotes::CueModel::FromBytes("NGNERMDL" + bytes.substr(8)).status().code(), StatusCode::kCorrupt);
  std::string other_version = bytes;
  other_version[8] = 99;
  EXPECT_EQ(quotes::CueModel::FromBytes(other_version).status().code(), StatusCode::kVersionMismatch);
  EXPECT_EQ(quotes::CueModel::Load("/nonexistent/quotes.bin").status().code(), StatusCode::kNotFound);
}

// A damaged model whose checksum still matches (resealed) and whose self-test sentence ends in half a UTF-8
// character: the loader refuses it before the segmenter reads past the sentence (a crash the fuzzer found).
TEST(CueModelFileTest, ASelfTestSentenceThatIsNotUtf8IsRefused) {
  quotes::CueModel model;
  const uint64_t word = quotes::CueModel::WordKey("assailed");
  model.Set({word}, {3.0f}, -1.0f, {word});
  model.threshold = 0.6f;
  model.AddSelfTests({"Critics assailed the plan.x"}, lang::Lexicon::Get());
  std::string bytes = model.ToBytes();
  const size_t x = bytes.find("plan.x");
  ASSERT_NE(x, std::string::npos);
  bytes[x + 5] = '\xE2';  // a lead byte with no continuation, at the sentence's end
  constexpr size_t kChecksumOffset = 32, kHeaderSize = 40;  // see CueModel::ToBytes
  const uint64_t sum = util::Checksum(bytes.data() + kHeaderSize, bytes.size() - kHeaderSize);
  for (int i = 0; i < 8; ++i) bytes[kChecksumOffset + i] = static_cast<char>(sum >> (8 * i));
  auto back = quotes::CueModel::FromBytes(bytes);
  ASSERT_FALSE(back.ok());
  EXPECT_EQ(back.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(back.status().message().find("not UTF-8"), std::string::npos) << back.status().ToString();
}

TEST(CueModelFileTest, TheShippedModelLoadsAndPassesItsSelfTests) {
  auto model = quotes::CueModel::Load(testing::SourcePath(std::string("models/") + quotes::kCueModelFile));
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_GT((*model)->gate_size(), 100u);
  EXPECT_GT((*model)->threshold, 0.0f);
  EXPECT_NE((*model)->metadata.find("newsgraph train quotes"), std::string::npos);
}

TEST(CueModelFileTest, APipelineWithoutTheCueModelSaysWhichFile) {
  testing::TempDir dir;
  std::filesystem::copy_file(testing::SourcePath("models/ner-en-news.bin"), dir.File("ner-en-news.bin"));
  PipelineOptions options;
  options.models_dir = dir.path();
  auto pipeline = Pipeline::Create(options);
  ASSERT_FALSE(pipeline.ok());
  EXPECT_EQ(pipeline.status().code(), StatusCode::kNotFound);
  EXPECT_NE(pipeline.status().message().find(quotes::kCueModelFile), std::string::npos) << pipeline.status().ToString();
}

// ---- The trainer -----------------------------------------------------------------------------------------------

// A made-up article: "X <verb> the plan." sentences, with `cue` annotated as a Cue each time it is used.
eval::PolnearDocument Article(const std::string& cue, const std::string& other, int n) {
  eval::PolnearDocument d;
  d.name = cue;
  for (int i = 0; i < n; ++i) {
    const bool is_cue = i % 2 == 0;
    const std::string verb = is_cue ? cue : other;
    const std::string sentence = "Officials " + verb + " the plan number " + std::to_string(i) + ". ";
    const uint32_t at = static_cast<uint32_t>(d.text.size());
    d.text += sentence;
    if (!is_cue) continue;
    eval::PolnearAttribution g;
    g.source.push_back(Span{at, at + 9});
    g.cue.push_back(Span{at + 10, at + 10 + static_cast<uint32_t>(verb.size())});
    const uint32_t c = at + 11 + static_cast<uint32_t>(verb.size());
    g.content.push_back(Span{c, static_cast<uint32_t>(d.text.size()) - 2});
    d.attributions.push_back(g);
  }
  return d;
}

TEST(QuoteTrainerTest, LearnsACueWordAndLeavesAnActionWord) {
  const std::vector<eval::PolnearDocument> train = {Article("assailed", "drafted", 40)};
  const std::vector<eval::PolnearDocument> dev = {Article("assailed", "drafted", 10)};
  train::QuoteTrainOptions options;
  options.thresholds = {0.5f};
  auto result = train::TrainQuoteCues(train, dev, options, [](std::string_view) {});
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  const quotes::CueModel& model = *result->model;
  EXPECT_TRUE(model.MayBeCue(quotes::CueModel::WordKey("assailed")));
  EXPECT_FALSE(model.MayBeCue(quotes::CueModel::WordKey("drafted")));  // never a cue: not even a candidate
  EXPECT_NE(result->report.find("threshold kept: 0.50"), std::string::npos) << result->report;
  // Its own dev articles: every annotated use is found.
  std::string text = dev[0].text;
  Analysis a;
  Segment(text, {}, &a);
  quotes::Scratch scratch;
  quotes::FindQuotes(text, lang::Lexicon::Get(), &scratch, &a, &model);
  EXPECT_EQ(a.quotes.size(), dev[0].attributions.size());
  // And the model survives its file.
  auto back = quotes::CueModel::FromBytes(model.ToBytes());
  EXPECT_TRUE(back.ok()) << back.status().ToString();
}

}  // namespace
}  // namespace newsgraph
