// Word forms, context flags, gazetteer matching and feature keys.
#include <gtest/gtest.h>

#include <algorithm>

#include "ner/features.h"
#include "util/hash.h"
#include "ner/lexicon.h"
#include "ner/word_shape.h"

namespace newsgraph::ner {
namespace {

TEST(NerFeatures, HashFunctionsAreFrozen) {
  // Every trained model depends on these values; if this fails, the hash changed and every model must be retrained.
  EXPECT_EQ(util::HashString("newsgraph", 7), 6071383247582558066ULL);
  EXPECT_EQ(util::Checksum("0123456789abcdef!", 17), 17579705286362887606ULL);
}

TEST(NerFeatures, NormalizeToken) {
  std::string out;
  EXPECT_FALSE(NormalizeToken("Starmer", &out));
  ASSERT_TRUE(NormalizeToken("\xE2\x80\x99s", &out));  // ’s
  EXPECT_EQ(out, "'s");
  ASSERT_TRUE(NormalizeToken("\xE2\x80\x9C", &out));  // “
  EXPECT_EQ(out, "\"");
  ASSERT_TRUE(NormalizeToken("\xE2\x80\x94", &out));  // —
  EXPECT_EQ(out, "--");
  EXPECT_FALSE(NormalizeToken("Zürich", &out));
}

TEST(NerFeatures, WordForms) {
  WordForm f;
  AnalyzeWord("McDonald", &f);
  EXPECT_EQ(f.casing, 'm');
  EXPECT_EQ(f.lower, "mcdonald");
  AnalyzeWord("JAPAN", &f);
  EXPECT_EQ(f.casing, 'A');
  EXPECT_EQ(f.short_shape, "X");
  AnalyzeWord("U.S.", &f);
  EXPECT_EQ(f.casing, 'A');
  EXPECT_TRUE(f.flags & kHasPeriod);
  AnalyzeWord("1996-08-22", &f);
  EXPECT_EQ(f.lower, "0000-00-00");
  EXPECT_EQ(f.short_shape, "d-d-d");
  EXPECT_TRUE(f.flags & kHasHyphen);
  AnalyzeWord("Zürich", &f);
  EXPECT_EQ(f.casing, 'c');
  EXPECT_EQ(f.lower, "zürich");
  EXPECT_EQ(f.length, 6);
  AnalyzeWord("\"", &f);
  EXPECT_TRUE(f.flags & kNoAlnum);
  EXPECT_EQ(PrefixChars("zürich", 2), "zü");
  EXPECT_EQ(SuffixChars("zürich", 5), "ürich");
  EXPECT_EQ(TitleCase("JAPAN"), "Japan");
}

std::vector<uint8_t> Flags(const std::vector<std::string>& words) {
  std::vector<WordForm> forms(words.size());
  std::vector<const WordForm*> ptrs;
  for (size_t i = 0; i < words.size(); ++i) {
    AnalyzeWord(words[i], &forms[i]);
    ptrs.push_back(&forms[i]);
  }
  std::vector<uint8_t> flags;
  SentenceFlags(ptrs, &flags);
  return flags;
}

TEST(NerFeatures, SentenceFlags) {
  const auto headline = Flags({"SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN", "."});
  EXPECT_EQ(headline[0], kCapsSentence | kSentenceInitial);
  EXPECT_EQ(headline[2], kCapsSentence);
  const auto quoted = Flags({"\"", "We", "want", "it", ".", "\""});
  EXPECT_EQ(quoted[0], 0);
  EXPECT_EQ(quoted[1], kSentenceInitial);
  EXPECT_EQ(quoted[2], 0);
  // One all-caps word does not make a headline.
  EXPECT_EQ(Flags({"EU", "rejects", "call"})[0], kSentenceInitial);
}

TEST(NerFeatures, GazetteerMatchesEveryListAndLength) {
  Gazetteer g;
  const int city = g.AddList("loc-city"), country = g.AddList("loc-country");
  g.AddEntry(city, {"new", "york"});
  g.AddEntry(city, {"york"});
  g.AddEntry(country, {"united", "states"});
  std::vector<uint64_t> keys;
  for (const char* t : {"in", "new", "york", "and", "united", "states"}) keys.push_back(Gazetteer::TokenKey(t));
  std::vector<std::tuple<int, size_t, size_t>> matches;
  g.Match(keys.data(), keys.size(), [&](int list, size_t b, size_t e) { matches.emplace_back(list, b, e); });
  std::sort(matches.begin(), matches.end());
  EXPECT_EQ(matches, (std::vector<std::tuple<int, size_t, size_t>>{{city, 1, 3}, {city, 2, 3}, {country, 4, 6}}));
  // The trie survives serialization.
  BinaryWriter w;
  g.Write(&w);
  Gazetteer h;
  BinaryReader r(w.data());
  ASSERT_TRUE(h.Read(&r).ok());
  size_t count = 0;
  h.Match(keys.data(), keys.size(), [&](int, size_t, size_t) { ++count; });
  EXPECT_EQ(count, 3u);
}

TEST(NerFeatures, KeysDependOnOffsetAndAreDeterministic) {
  FeatureOptions options;
  WordLexicon lexicon;
  lexicon.AddWord("Paris", "0110", 100, {3, 17});
  lexicon.AddCasing("paris", 1, 99, "Paris");
  Gazetteer gazetteer;
  FeatureExtractor fx(options, lexicon, gazetteer);
  TokenInfo a, b;
  fx.Analyze("Paris", 0, &a);
  fx.Analyze("PARIS", kCapsSentence, &b);
  ASSERT_NE(a.cluster, nullptr);
  ASSERT_NE(b.cluster, nullptr);  // found through its title case
  EXPECT_EQ(a.casing_bucket, 5);
  std::vector<uint64_t> k0, k0again, k1;
  fx.TypeFeatures(a, 0, &k0);
  fx.TypeFeatures(a, 0, &k0again);
  fx.TypeFeatures(a, 1, &k1);
  EXPECT_EQ(k0, k0again);
  for (uint64_t k : k1) EXPECT_EQ(std::count(k0.begin(), k0.end(), k), 0) << "offset 1 key reused at offset 0";
  // Same options, same fingerprint; any change of options changes it.
  FeatureOptions other = options;
  EXPECT_EQ(options.Fingerprint(), other.Fingerprint());
  other.cluster_prefixes = {4, 8};
  EXPECT_NE(options.Fingerprint(), other.Fingerprint());
}

}  // namespace
}  // namespace newsgraph::ner
