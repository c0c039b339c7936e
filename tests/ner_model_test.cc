// The model file: training a small model, saving and loading it, the errors of damaged files, and the fast tagger
// (cached word-type weights) against a slow reference that sums every feature's weights directly.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "eval/ner_conll.h"
#include "ner/decoder.h"
#include "util/hash.h"
#include "ner/model.h"
#include "ner/tagger.h"
#include "ner/workspace.h"
#include "test_util.h"
#include "train/ner_trainer.h"

namespace newsgraph::ner {
namespace {

const char* const kPeople[] = {"John Smith", "Maria Lopez", "Li Wei", "Anna Berg", "Peter Blackburn", "Omar Haddad"};
const char* const kOrgs[] = {"Acme Corp", "Delta Bank", "Nordic Oil", "United Steel", "Globex Inc"};
const char* const kPlaces[] = {"Paris", "Oslo", "New York", "Cairo", "Lima", "Texas"};
const char* const kMisc[] = {"French", "Norwegian", "Egyptian", "Olympic"};

void AddName(const std::string& name, const char* type, std::string* out) {
  bool first = true;
  for (size_t i = 0; i < name.size();) {
    const size_t space = name.find(' ', i);
    const std::string word = name.substr(i, space == std::string::npos ? std::string::npos : space - i);
    *out += word + " " + (first ? "B-" : "I-") + type + "\n";
    first = false;
    if (space == std::string::npos) break;
    i = space + 1;
  }
}

// A small synthetic corpus in CoNLL format: a few sentence patterns over lists of names.
std::string SyntheticConll(uint32_t seed, int documents) {
  std::mt19937 rng(seed);
  auto pick = [&](auto& array) { return std::string(array[rng() % (sizeof(array) / sizeof(array[0]))]); };
  std::string out;
  for (int d = 0; d < documents; ++d) {
    out += "-DOCSTART- O\n\n";
    for (int s = 0; s < 8; ++s) {
      switch (rng() % 4) {
        case 0:
          AddName(pick(kPeople), "PER", &out);
          out += "said O\non O\nMonday O\nin O\n";
          AddName(pick(kPlaces), "LOC", &out);
          break;
        case 1:
          out += "Shares O\nof O\n";
          AddName(pick(kOrgs), "ORG", &out);
          out += "rose O\n3 O\npercent O\n";
          break;
        case 2:
          out += "The O\n";
          AddName(pick(kMisc), "MISC", &out);
          out += "minister O\n";
          AddName(pick(kPeople), "PER", &out);
          out += "visited O\n";
          AddName(pick(kOrgs), "ORG", &out);
          break;
        default:
          AddName(pick(kPlaces), "LOC", &out);
          out += "and O\n";
          AddName(pick(kPlaces), "LOC", &out);
          out += "signed O\na O\ndeal O\n";
      }
      out += ". O\n\n";
    }
  }
  return out;
}

// One small two-stage model shared by the tests of this file.
const NerModel& SmallModel() {
  static const std::unique_ptr<NerModel> model = [] {
    auto train = eval::ParseConll(SyntheticConll(1, 12));
    auto dev = eval::ParseConll(SyntheticConll(2, 4));
    EXPECT_TRUE(train.ok() && dev.ok());
    train::NerResources resources;
    resources.lexicon.AddWord("Paris", "0101", 50, {1, 7});
    resources.lexicon.AddWord("Oslo", "0100", 20, {1, 7});
    resources.lexicon.AddCasing("paris", 0, 50, "Paris");
    resources.gazetteer.AddEntry(resources.gazetteer.AddList("loc-city"), {"new", "york"});
    train::NerTrainOptions options;
    options.max_epochs = 3;
    options.folds = 2;
    options.threads = 1;
    auto result = train::TrainNer(*train, *dev, std::move(resources), options, nullptr);
    EXPECT_TRUE(result.ok()) << result.status().ToString();
    return std::move(result->model);
  }();
  return *model;
}

std::vector<std::string> Tags(const NerModel& model, const std::vector<std::string>& words, int stages = 2) {
  NerTagger tagger(model);
  NerInput input;
  for (const auto& w : words) input.tokens.push_back(w);
  input.sentence_begin = {0, static_cast<uint32_t>(words.size())};
  std::vector<NerEntity> entities;
  tagger.Tag(input, &entities, NerTagOptions{.stages = stages});
  std::vector<TokenSpan> spans;
  for (const auto& e : entities) {
    EXPECT_GT(e.confidence, 0.0f);
    EXPECT_LE(e.confidence, 1.0f);
    spans.push_back({e.begin, e.end, e.type});
  }
  return IobFromSpans(spans, words.size());
}

TEST(NerModel, LearnsTheSyntheticData) {
  const NerModel& m = SmallModel();
  EXPECT_EQ(m.stages(), 2);
  EXPECT_EQ(Tags(m, {"Maria", "Lopez", "said", "on", "Monday", "in", "Cairo", "."}),
            (std::vector<std::string>{"B-PER", "I-PER", "O", "O", "O", "O", "B-LOC", "O"}));
  EXPECT_FALSE(m.self_tests.empty());
  EXPECT_NE(m.metadata.find("\"dev_f1\""), std::string::npos);
}

TEST(NerModel, SaveLoadRoundTrip) {
  const NerModel& m = SmallModel();
  testing::TempDir dir;
  ASSERT_TRUE(m.Save(dir.File("m.bin")).ok());
  auto loaded = NerModel::Load(dir.File("m.bin"));
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ((*loaded)->ToBytes(), m.ToBytes());
  EXPECT_EQ((*loaded)->features(), m.features());
  const std::vector<std::string> s = {"Shares", "of", "Delta", "Bank", "rose", "in", "New", "York", "."};
  EXPECT_EQ(Tags(**loaded, s), Tags(m, s));
}

Status LoadBytes(const std::string& bytes) {
  auto m = NerModel::FromBytes(bytes);
  return m.ok() ? Status::Ok() : m.status();
}

void PutU64(std::string* bytes, size_t at, uint64_t v) {
  for (int i = 0; i < 8; ++i) (*bytes)[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
}

TEST(NerModel, DamagedFilesGiveClearErrors) {
  const std::string good = SmallModel().ToBytes();
  ASSERT_TRUE(LoadBytes(good).ok());

  auto missing = NerModel::Load("/nonexistent/ner.bin");
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("/nonexistent/ner.bin"), std::string::npos);

  std::string bad = good;
  bad[0] = 'X';
  EXPECT_EQ(LoadBytes(bad).code(), StatusCode::kCorrupt);
  EXPECT_NE(LoadBytes(bad).message().find("magic"), std::string::npos);

  EXPECT_EQ(LoadBytes(good.substr(0, good.size() / 2)).code(), StatusCode::kCorrupt);
  EXPECT_EQ(LoadBytes(good.substr(0, 20)).code(), StatusCode::kCorrupt);

  bad = good;
  bad[bad.size() / 2] ^= 0x5a;
  EXPECT_EQ(LoadBytes(bad).code(), StatusCode::kCorrupt);
  EXPECT_NE(LoadBytes(bad).message().find("checksum"), std::string::npos);

  bad = good;
  bad[8] = static_cast<char>(kFormatVersion + 1);  // the format version, little-endian after the magic
  EXPECT_EQ(LoadBytes(bad).code(), StatusCode::kVersionMismatch);

  bad = good;
  PutU64(&bad, 16, 12345);  // the feature-set fingerprint
  EXPECT_EQ(LoadBytes(bad).code(), StatusCode::kVersionMismatch);
  EXPECT_NE(LoadBytes(bad).message().find("feature set"), std::string::npos);
}

TEST(NerModel, SelfTestCatchesAModelThatChangedItsMind) {
  auto copy = NerModel::FromBytes(SmallModel().ToBytes());
  ASSERT_TRUE(copy.ok());
  ASSERT_FALSE((*copy)->self_tests.empty());
  SelfTest& t = (*copy)->self_tests[0];
  t.tags[0] = t.tags[0] == "O" ? "B-PER" : "O";
  const Status s = LoadBytes((*copy)->ToBytes());
  EXPECT_EQ(s.code(), StatusCode::kCorrupt);
  EXPECT_NE(s.message().find("self-test"), std::string::npos);
}

// The slow, obviously correct tagger: every feature key of every token, looked up and summed, then Viterbi.
std::vector<uint8_t> ReferenceLabels(const NerModel& m, const std::vector<std::string>& words, int stage,
                                     const std::vector<uint8_t>& stage1) {
  const int L = m.labels.size();
  FeatureExtractor fx(m.options, m.lexicon, m.gazetteer);
  const size_t n = words.size();
  std::vector<TokenInfo> infos(n);
  std::vector<const WordForm*> forms;
  for (size_t i = 0; i < n; ++i) fx.Analyze(words[i], 0, &infos[i]);
  for (const auto& t : infos) forms.push_back(&t.form);
  std::vector<uint8_t> flags;
  SentenceFlags(forms, &flags);
  std::vector<const TokenInfo*> ptrs;
  for (size_t i = 0; i < n; ++i) {
    infos[i].flags = flags[i];
    ptrs.push_back(&infos[i]);
  }
  KeyLists sentence, document;
  fx.SentenceFeatures(ptrs.data(), flags.data(), n, &sentence);
  if (stage == 1) fx.DocumentFeatures(ptrs.data(), stage1.data(), n, {0, static_cast<uint32_t>(n)}, m.labels, &document);
  std::vector<float> emissions(n * L, 0.0f);
  for (size_t i = 0; i < n; ++i) {
    std::vector<uint64_t> keys;
    for (int d = -m.options.window; d <= m.options.window; ++d) {
      const int64_t j = static_cast<int64_t>(i) + d;
      if (j < 0 || j >= static_cast<int64_t>(n)) {
        keys.push_back(FeatureExtractor::PadFeature(d));
      } else {
        fx.TypeFeatures(infos[j], d, &keys);
      }
    }
    keys.insert(keys.end(), sentence.keys.begin() + sentence.begin[i], sentence.keys.begin() + sentence.begin[i + 1]);
    if (stage == 1)
      keys.insert(keys.end(), document.keys.begin() + document.begin[i], document.keys.begin() + document.begin[i + 1]);
    for (uint64_t k : keys)
      if (const float* row = m.Row(k))
        for (int y = 0; y < L; ++y) emissions[i * L + y] += row[stage * L + y];
    const bool honorific =
        std::find(m.non_person_tokens.begin(), m.non_person_tokens.end(), words[i]) != m.non_person_tokens.end();
    if (honorific)
      for (int y = 0; y < L; ++y)
        if (m.labels.Type(y) == 0) emissions[i * L + y] = kForbidden;
  }
  std::vector<float> scratch;
  std::vector<uint8_t> out(n);
  Viterbi(emissions.data(), n, m.transitions(stage), &scratch, out.data());
  return out;
}

TEST(NerModel, FastTaggerAgreesWithTheReferenceOnRandomSentences) {
  const NerModel& m = SmallModel();
  NerTagger tagger(m);
  const std::vector<std::string> vocabulary = {"John", "Smith", "said", "Paris", "PARIS", "Mr", "New", "York", "of",
                                               "Acme", "Corp", "the", "French", "\xE2\x80\x9C", "1996", "Oslo", ",",
                                               ".", "Delta", "bank", "Lima", "Li", "Wei", "OSLO", "and", "rose"};
  std::mt19937 rng(7);
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<std::string> words(1 + rng() % 12);
    for (auto& w : words) w = vocabulary[rng() % vocabulary.size()];
    NerInput input;
    for (const auto& w : words) input.tokens.push_back(w);
    input.sentence_begin = {0, static_cast<uint32_t>(words.size())};
    std::vector<NerEntity> entities;
    std::vector<uint8_t> fast1, fast2;
    tagger.Tag(input, &entities, &fast1, NerTagOptions{.stages = 1, .confidence = false});
    tagger.Tag(input, &entities, &fast2, NerTagOptions{.stages = 2, .confidence = false});
    const std::vector<uint8_t> slow1 = ReferenceLabels(m, words, 0, {});
    ASSERT_EQ(fast1, slow1) << "trial " << trial;
    ASSERT_EQ(fast2, ReferenceLabels(m, words, 1, slow1)) << "trial " << trial;
  }
}

// A workspace's word-type cache keeps its most used half when it passes 40,000 types, packing the kept vectors in
// place: a workspace that shrank (twice, over documents of new words, headlines in capitals among them) must tag as
// a fresh one does, labels and confidences alike.
TEST(NerModel, AWorkspaceThatShrankTagsAsAFreshOne) {
  const NerModel& m = SmallModel();
  NerTagger tagger(m);
  const std::vector<std::string> probe = {"John", "Smith", "said", "Mr", "Acme", "Corp", "of", "New", "York", "rose",
                                          ".", "PARIS", "OSLO", "Delta", "bank", "Li", "Wei", "and", "Paris", "."};
  auto input_of = [](const std::vector<std::string>& words, size_t sentence) {
    NerInput input;
    for (const auto& w : words) input.tokens.push_back(w);
    for (size_t b = 0; b < words.size(); b += sentence) input.sentence_begin.push_back(static_cast<uint32_t>(b));
    input.sentence_begin.push_back(static_cast<uint32_t>(words.size()));
    return input;
  };
  NerWorkspacePtr reused = NewNerWorkspace();
  std::vector<NerEntity> entities;
  std::vector<std::string> words;
  size_t most = 0;
  std::set<std::string> seen;
  for (int doc = 0; doc < 24; ++doc) {
    words.clear();
    for (int i = 0; i < 4000; ++i) {
      const int k = doc * 4000 + i;
      words.push_back(i % 40 < 10 ? probe[k % probe.size()]
                                  : (i % 40 < 20 ? "WORD" : i % 3 ? "word" : "Name") + std::to_string(k % 50000));
    }
    seen.insert(words.begin(), words.end());
    tagger.Tag(input_of(words, 10), reused.get(), &entities);
    most = std::max(most, reused->entries.size());
  }
  EXPECT_GT(most, 40000u);                          // past the limit,
  EXPECT_LT(reused->entries.size() + 10000, seen.size());  // so it dropped types

  const NerInput input = input_of(probe, 10);
  std::vector<NerEntity> from_reused, from_fresh;
  std::vector<uint8_t> labels_reused, labels_fresh;
  tagger.Tag(input, reused.get(), &from_reused, &labels_reused);
  NerWorkspacePtr fresh = NewNerWorkspace();
  tagger.Tag(input, fresh.get(), &from_fresh, &labels_fresh);
  EXPECT_EQ(labels_reused, labels_fresh);
  ASSERT_EQ(from_reused.size(), from_fresh.size());
  for (size_t k = 0; k < from_fresh.size(); ++k) {
    EXPECT_EQ(from_reused[k].begin, from_fresh[k].begin);
    EXPECT_EQ(from_reused[k].end, from_fresh[k].end);
    EXPECT_EQ(from_reused[k].type, from_fresh[k].type);
    EXPECT_EQ(from_reused[k].confidence, from_fresh[k].confidence);
  }
  // And the last document of new words, tagged again by both.
  tagger.Tag(input_of(words, 10), reused.get(), &from_reused, &labels_reused);
  tagger.Tag(input_of(words, 10), fresh.get(), &from_fresh, &labels_fresh);
  EXPECT_EQ(labels_reused, labels_fresh);
}

}  // namespace
}  // namespace newsgraph::ner

namespace newsgraph::ner {
namespace {

// Two lexicons read from the same bytes (the NER and part-of-speech models carry one lexicon each, byte for byte
// the same) share their tables; a change to one copies them first, and other bytes get tables of their own.
TEST(WordLexicon, LexiconsReadFromTheSameBytesShareTheirTables) {
  WordLexicon built;
  built.AddWord("paris", "0110", 900, {3, 17});
  built.AddWord("said", "10", 5000, {1, 2});
  built.AddCasing("paris", 2, 400, "Paris");
  built.AddCasing("ebay", 1, 50, "eBay");
  BinaryWriter out;
  built.Write(&out);
  out.U32(0xC0FFEE);  // what follows the lexicon in a model file
  const std::string bytes = out.data();

  WordLexicon a, b;
  BinaryReader in_a(bytes), in_b(bytes);
  ASSERT_TRUE(a.Read(&in_a).ok());
  ASSERT_TRUE(b.Read(&in_b).ok());
  EXPECT_TRUE(a.SharesTablesWith(b));
  EXPECT_FALSE(a.SharesTablesWith(built));
  EXPECT_EQ(in_b.U32(), 0xC0FFEEu);  // the second read skips exactly the lexicon's bytes
  EXPECT_TRUE(in_b.AtEnd());
  ASSERT_NE(b.FindWord("paris"), nullptr);
  EXPECT_EQ(b.FindWord("paris")->depth, 4);
  EXPECT_EQ(b.FindWord("paris")->flat[1], 17);
  ASSERT_NE(b.FindCasing("ebay"), nullptr);
  EXPECT_EQ(b.FindCasing("ebay")->truecase, "eBay");
  EXPECT_EQ(b.words(), 2u);
  EXPECT_EQ(b.casings(), 2u);
  EXPECT_EQ(b.max_depth(), 4);
  EXPECT_EQ(b.flat_clusterings(), 2);

  // A change copies: the other lexicon, and the next one read from these bytes, keep the tables as read.
  b.AddWord("london", "0111", 800);
  EXPECT_FALSE(a.SharesTablesWith(b));
  EXPECT_EQ(a.FindWord("london"), nullptr);
  ASSERT_NE(b.FindWord("london"), nullptr);
  WordLexicon c;
  BinaryReader in_c(bytes);
  ASSERT_TRUE(c.Read(&in_c).ok());
  EXPECT_TRUE(c.SharesTablesWith(a));
  EXPECT_EQ(c.FindWord("london"), nullptr);

  // Other bytes: other tables.
  BinaryWriter other;
  b.Write(&other);
  WordLexicon d;
  BinaryReader in_d(other.data());
  ASSERT_TRUE(d.Read(&in_d).ok());
  EXPECT_FALSE(d.SharesTablesWith(a));
  EXPECT_FALSE(d.SharesTablesWith(b));
  EXPECT_NE(d.FindWord("london"), nullptr);

  // A truncated lexicon is an error, as before.
  WordLexicon e;
  BinaryReader in_e(std::string_view(bytes).substr(0, bytes.size() / 2));
  EXPECT_FALSE(e.Read(&in_e).ok());
}

}  // namespace
}  // namespace newsgraph::ner
