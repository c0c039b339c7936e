// The English floor's word lists (src/lang/lexicon.h) and the one lexicon mechanism under them (util/word_table.h,
// util/data_file.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lang/lexicon.h"
#include "util/data_file.h"
#include "util/word_table.h"

namespace newsgraph::lang {
namespace {

TEST(WordTable, FindsByACallersHashAsByTheKey) {
  util::WordTable<int> table;
  for (int i = 0; i < 300; ++i) table.Insert("w" + std::to_string(i)) = i;
  for (int i = 0; i < 320; ++i) {
    const std::string key = "w" + std::to_string(i);
    const int* v = table.Find(key, util::WordTable<int>::Hash(key));
    EXPECT_EQ(v, table.Find(key)) << key;
    if (i < 300) {
      ASSERT_NE(v, nullptr) << key;
      EXPECT_EQ(*v, i);
    }
  }
}

TEST(WordTable, FindsWhatWasInsertedAndNothingElse) {
  util::WordTable<int> table;
  for (int i = 0; i < 5000; ++i) table.Insert("w" + std::to_string(i)) = i;  // grows several times
  EXPECT_EQ(table.size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    const int* v = table.Find("w" + std::to_string(i));
    ASSERT_NE(v, nullptr) << i;
    EXPECT_EQ(*v, i);
  }
  EXPECT_EQ(table.Find("w5000"), nullptr);
  EXPECT_EQ(table.Find(""), nullptr);
  EXPECT_EQ(table.Find("a much longer key than any inserted"), nullptr);
  auto [first, added] = table.Emplace("w7");
  EXPECT_FALSE(added);
  EXPECT_EQ(*first, 7);
  std::vector<std::string> order;
  table.ForEach([&](std::string_view key, const int&) {
    if (order.size() < 3) order.emplace_back(key);
  });
  EXPECT_EQ(order, (std::vector<std::string>{"w0", "w1", "w2"}));  // insertion order
}

TEST(DataFiles, EveryEmbeddedFileNamesItsLicence) {
  ASSERT_FALSE(util::DataFiles().empty());
  for (const util::DataFile& f : util::DataFiles()) {
    EXPECT_TRUE(f.path.starts_with("data/")) << f.path;
    EXPECT_FALSE(f.licence.empty()) << f.path;
    EXPECT_FALSE(f.content.empty()) << f.path;
  }
  EXPECT_FALSE(util::DataFile::Get("data/lang/titles.tsv").empty());
  EXPECT_TRUE(util::DataFile::Get("data/no/such/file.txt").empty());
}

TEST(Lexicon, LoadsEveryList) {
  const Lexicon& lexicon = Lexicon::Get();
  EXPECT_TRUE(lexicon.Check().ok());
  const WordInfo* said = lexicon.Find("said");
  ASSERT_NE(said, nullptr);
  EXPECT_TRUE(said->classes & kReportingVerb);
  EXPECT_TRUE(said->classes & kActionVerb);
  EXPECT_EQ(said->form, VerbForm::kPast);
  EXPECT_TRUE(said->verb & kVerbDirect);
  const WordInfo* called = lexicon.Find("called");  // "called for": a phrasal use
  ASSERT_NE(called, nullptr);
  bool has_for = false;
  for (uint8_t u = 0; u < called->phrasal_count; ++u) has_for |= lexicon.Particle(called->phrasal[u].particle) == "for";
  EXPECT_TRUE(has_for);
  EXPECT_TRUE(lexicon.Has("the", kDeterminer));
  EXPECT_TRUE(lexicon.Has("according", kCuePhraseStart));
  EXPECT_TRUE(lexicon.Has("von", kNameParticle));
  EXPECT_TRUE(lexicon.Has("spokesman", kSpeakerNoun | kSpeaksFor));
  EXPECT_FALSE(lexicon.Has("ministry", kSpeaksFor));
  EXPECT_TRUE(lexicon.Has("foundation", kOrganizationWord));
  EXPECT_EQ(lexicon.Find("zzyzx"), nullptr);
}

TEST(Lexicon, OneTitleListServesBothUses) {
  const Lexicon& lexicon = Lexicon::Get();
  // As the entity stage reads titles.
  EXPECT_EQ(lexicon.ClassifyTitleWords("sir"), TitleWord::kStyle);
  EXPECT_EQ(lexicon.ClassifyTitleWords("mrs"), TitleWord::kHonorific);
  EXPECT_EQ(lexicon.ClassifyTitleWords("prime minister"), TitleWord::kOffice);
  EXPECT_EQ(lexicon.ClassifyTitleWords("chief"), TitleWord::kOffice);  // listed as a qualifier too: the first wins
  EXPECT_EQ(lexicon.ClassifyTitleWords("deputy"), TitleWord::kQualifier);
  EXPECT_EQ(lexicon.ClassifyTitleWords("mp"), TitleWord::kPostNominal);
  EXPECT_EQ(lexicon.ClassifyTitleWords("captain"), TitleWord::kOffice);  // a rank: a role too (issue 14)
  EXPECT_EQ(lexicon.ClassifyTitleWords("father"), TitleWord::kNone);     // a speaker title only
  EXPECT_GE(lexicon.longest_title_words(), 4u);  // "chancellor of the exchequer"
  // As the quotation stage reads them: before a speaker's name, with its full stop too.
  EXPECT_TRUE(lexicon.Has("sen", kTitle));
  EXPECT_TRUE(lexicon.Has("sen.", kTitle));
  EXPECT_TRUE(lexicon.Has("captain", kTitle));
  EXPECT_FALSE(lexicon.Has("deputy", kTitle));  // an entity qualifier only
  EXPECT_FALSE(lexicon.Has("prime minister", kTitle));
}

TEST(Lexicon, GenderFromTitlesAndGivenNames) {
  const Lexicon& lexicon = Lexicon::Get();
  EXPECT_EQ(lexicon.GenderOf("mrs"), Gender::kFemale);
  EXPECT_EQ(lexicon.GenderOf("sir"), Gender::kMale);
  EXPECT_EQ(lexicon.GenderOf("ursula"), Gender::kFemale);
  EXPECT_EQ(lexicon.GenderOf("keir"), Gender::kMale);
  EXPECT_EQ(lexicon.GenderOf("dr"), Gender::kUnknown);
  EXPECT_EQ(lexicon.GenderOf("starmer"), Gender::kUnknown);
}

TEST(TitleCase, CapitalisesAllButMinorWords) {
  EXPECT_EQ(TitleCase({"prime", "minister"}), "Prime Minister");
  EXPECT_EQ(TitleCase({"president", "of", "the", "european", "council"}), "President of the European Council");
  EXPECT_EQ(TitleCase({"vice-president"}), "Vice-President");
  EXPECT_EQ(TitleCase({}), "");
}

TEST(LowerWord, FoldsAsciiAndTheTypographicApostrophe) {
  char buf[16];
  std::string_view out;
  ASSERT_TRUE(LowerWord("Didn\u2019t", buf, sizeof buf, &out));
  EXPECT_EQ(out, "didn't");
  EXPECT_FALSE(LowerWord("Sánchez", buf, sizeof buf, &out));
  EXPECT_FALSE(LowerWord("Antidisestablishment", buf, sizeof buf, &out));  // longer than the buffer
}

}  // namespace
}  // namespace newsgraph::lang
