// The English floor's word view and noun-phrase reader (src/lang/words.h, src/lang/noun_phrase.h) on the phrases
// speakers and actors take in news.
#include <gtest/gtest.h>

#include <string>

#include "lang/noun_phrase.h"
#include "lang/words.h"
#include "newsgraph/text.h"

namespace newsgraph::lang {
namespace {

class Reader {
 public:
  explicit Reader(std::string text) : text_(std::move(text)) {
    Segment(text_, {}, &analysis_);
    words_.Read(text_, analysis_, Lexicon::Get());
  }
  // The first token whose text is `word`.
  int Token(std::string_view word) const {
    for (size_t i = 0; i < analysis_.tokens.size(); ++i)
      if (analysis_.tokens[i].span.In(text_) == word) return static_cast<int>(i);
    ADD_FAILURE() << "no token " << word;
    return 0;
  }
  std::string Text(const Np& np) const {
    if (!np) return "";
    return std::string(text_.substr(analysis_.tokens[np.b].span.start,
                                    analysis_.tokens[np.e - 1].span.end - analysis_.tokens[np.b].span.start));
  }
  // The subject of the first verb `verb`.
  std::string Subject(std::string_view verb, NpType* type = nullptr) const {
    const int v = Token(verb);
    const Np np = NounPhrases(words_).SubjectBefore(v, words_.SentenceBegin(v));
    if (type) *type = np.type;
    return Text(np);
  }
  const Words& words() const { return words_; }

 private:
  std::string text_;
  Analysis analysis_;
  Words words_;
};

TEST(Words, ClassesAndShapes) {
  Reader r("Meanwhile, Sen. Ted Cruz said the report was wrong.");
  const Words& w = r.words();
  EXPECT_FALSE(w.IsNameWord(r.Token("Meanwhile")));  // an opener at a sentence start
  EXPECT_TRUE(w.IsNameWord(r.Token("Cruz")));
  EXPECT_TRUE(w.Has(r.Token("Sen."), kTitle));  // listed as "sen", read with its full stop
  EXPECT_TRUE(w.Is(r.Token("Sen."), kAbbrevDot));
  EXPECT_TRUE(w.IsReportingVerb(r.Token("said"), kVerbIndirect));
  EXPECT_FALSE(w.IsReportingVerb(r.Token("report"), 0xFFFF));  // a noun after "the"
  EXPECT_EQ(w.SentenceBegin(r.Token("wrong")), 0);
}

TEST(Words, Pronouns) {
  Reader r("She told him.");
  EXPECT_TRUE(r.words().IsSubjectPronoun(r.Token("She")));
  EXPECT_FALSE(r.words().IsSubjectPronoun(r.Token("him")));
  EXPECT_TRUE(r.words().IsObjectPronoun(r.Token("him")));
}

TEST(NounPhrases, SubjectsOfReportingVerbs) {
  NpType type;
  EXPECT_EQ(Reader("Sen. Ted Cruz said the plan would fail.").Subject("said", &type), "Sen. Ted Cruz");
  EXPECT_EQ(type, NpType::kName);
  EXPECT_EQ(Reader("Ursula von der Leyen has also said it.").Subject("said"), "Ursula von der Leyen");
  EXPECT_EQ(Reader("He said no.").Subject("said", &type), "He");
  EXPECT_EQ(type, NpType::kPronoun);
  EXPECT_EQ(Reader("A spokesperson for the Home Office said it was wrong.").Subject("said", &type),
            "A spokesperson for the Home Office");
  EXPECT_EQ(type, NpType::kCommon);
  EXPECT_EQ(Reader("Scottish Finance Minister, Tom McCabe, said the figures were wrong.").Subject("said"),
            "Tom McCabe");
  EXPECT_EQ(Reader("Fifty-eight percent of voters said they would.").Subject("said"), "Fifty-eight percent of voters");
  EXPECT_EQ(Reader("Later, Sanders declined to say more.").Subject("say"), "Sanders");  // the subject of "declined"
}

TEST(NounPhrases, CommonPhraseStopsAtItsHeadBeforeAPastTenseVerb) {
  const auto forwards = [](const std::string& text) {
    Reader r(text);
    return r.Text(NounPhrases(r.words()).StartingAt(0, static_cast<int>(r.words().size())));
  };
  EXPECT_EQ(forwards("The star stormed out of the meeting, telling pals 'I've had enough'."), "The star");
  EXPECT_EQ(forwards("The union leader walked off the stage."), "The union leader");
  EXPECT_EQ(forwards("The minister resigned."), "The minister");
  EXPECT_EQ(forwards("The company agreed to pay."), "The company");
  // An "-ed" word before a noun, or after an adverb, is part of the phrase.
  EXPECT_EQ(forwards("The newly elected mayor said no."), "The newly elected mayor");
  EXPECT_EQ(forwards("The former elected official said no."), "The former elected official");
}

TEST(NounPhrases, NamesReadForwards) {
  Reader r("Yesterday President of the European Council Antonio Costa arrived.");
  const Np np = NounPhrases(r.words()).StartingAt(r.Token("President"), static_cast<int>(r.words().size()));
  EXPECT_EQ(r.Text(np), "Antonio Costa");  // the given name starts the person's name
}

}  // namespace
}  // namespace newsgraph::lang
