// The quotation finder on the hard cases of issue 5, one small text each.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "newsgraph/text.h"
#include "quotes/quote_marks.h"
#include "quotes/quotes.h"

namespace newsgraph {
namespace {

struct Found {
  std::string text, kind, speaker, antecedent, cue;
};

class QuoteTest : public ::testing::Test {
 protected:
  // Segments `text` (and keeps any mentions set beforehand) and finds its quotations.
  std::vector<Found> Run(const std::string& text) {
    text_ = text;
    Segment(text_, {}, &analysis_);
    quotes::FindQuotes(text_, &analysis_);
    std::vector<Found> out;
    for (const Quote& q : analysis_.quotes) {
      EXPECT_LE(q.span.end, text_.size());
      Found f;
      f.text = std::string(q.span.In(text_));
      f.kind = QuoteKindName(q.kind);
      if (q.speaker) f.speaker = std::string(q.speaker->In(text_));
      if (q.speaker_antecedent) f.antecedent = std::string(q.speaker_antecedent->In(text_));
      if (q.cue) f.cue = std::string(q.cue->In(text_));
      out.push_back(f);
    }
    return out;
  }

  // The one quotation whose words are `words`.
  static Found Get(const std::vector<Found>& quotes, const std::string& words) {
    for (const Found& f : quotes)
      if (f.text == words) return f;
    ADD_FAILURE() << "no quotation «" << words << "»";
    return Found{};
  }

  static int Count(const std::vector<Found>& quotes, const std::string& kind) {
    int n = 0;
    for (const Found& f : quotes) n += f.kind == kind;
    return n;
  }

  std::string text_;
  Analysis analysis_;
};

// ---- Quotation marks ----------------------------------------------------------------------------------------

TEST_F(QuoteTest, CurlyStraightAndTypewriterMarks) {
  for (const char* text : {"“We will win,” she said.", "\"We will win,\" she said.", "''We will win,'' she said.",
                           "``We will win,'' she said.", "«We will win,» she said."}) {
    const auto q = Run(text);
    ASSERT_EQ(q.size(), 1u) << text;
    EXPECT_EQ(q[0].text, "We will win,") << text;
    EXPECT_EQ(q[0].kind, "direct");
    EXPECT_EQ(q[0].speaker, "she");
    EXPECT_EQ(q[0].cue, "said");
  }
}

TEST_F(QuoteTest, NestedQuotationIsPartOfTheOuterOne) {
  const auto q = Run("“He told me ‘never again’ and walked out,” she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "He told me ‘never again’ and walked out,");
  const auto straight = Run("\"He told me 'never again' and walked out,\" she said.");
  ASSERT_EQ(straight.size(), 1u);
  EXPECT_EQ(straight[0].text, "He told me 'never again' and walked out,");
}

TEST_F(QuoteTest, ApostrophesAreNotQuotationMarks) {
  const auto q = Run("“The students’ union don’t want a ’90s revival of rock ’n’ roll,” the dean said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The students’ union don’t want a ’90s revival of rock ’n’ roll,");
  EXPECT_EQ(q[0].speaker, "the dean");
  EXPECT_TRUE(Run("The students’ fees rose again in the ’90s and the workers’ pay fell.").empty());
}

TEST_F(QuoteTest, SeveralSentencesInOneQuotation) {
  const auto q = Run("“First we talk. Then we vote. Then we go home,” said Smith.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "First we talk. Then we vote. Then we go home,");
  EXPECT_EQ(q[0].speaker, "Smith");
  EXPECT_EQ(q[0].cue, "said");
}

TEST_F(QuoteTest, MultiParagraphQuotationClosesOnlyInItsLastParagraph) {
  const auto q = Run(
      "The minister said:\n\n“We will reset our relations.\n\n“We will step up on defence.\n\n"
      "“And we will meet in May.”\n\nThe talks begin on Monday.");
  ASSERT_EQ(Count(q, "direct"), 1);
  const Found f = Get(q, "We will reset our relations.\n\n“We will step up on defence.\n\n“And we will meet in May.");
  EXPECT_EQ(f.speaker, "The minister");
  EXPECT_EQ(f.cue, "said");
}

TEST_F(QuoteTest, UnclosedQuotationEndsWithItsParagraph) {
  const auto q = Run("“We will not move an inch, the mayor said.\n\nThe council met on Monday.");
  ASSERT_EQ(Count(q, "direct"), 1);
  EXPECT_EQ(q[0].text, "We will not move an inch, the mayor said.");
}

TEST_F(QuoteTest, MisplacedClosingMarkOpensAQuotation) {
  const auto q = Run("”Mr. Trump embodies the legacy of racism in the United States.” ― Sonya Herridge");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Mr. Trump embodies the legacy of racism in the United States.");
  EXPECT_EQ(q[0].speaker, "Sonya Herridge");
}

TEST_F(QuoteTest, HtmlAttributesAreNotQuotations) {
  EXPECT_EQ(Count(Run("<tweet tweet-id=\"783492272595750912\" author=\"@carlq\">Great news today.</tweet>"), "direct"), 0);
}

// ---- Speakers -------------------------------------------------------------------------------------------------

TEST_F(QuoteTest, SpeakerBeforeOrAfterTheVerb) {
  EXPECT_EQ(Get(Run("“It is over,” Smith said."), "It is over,").speaker, "Smith");
  EXPECT_EQ(Get(Run("“It is over,” said Jane Smith."), "It is over,").speaker, "Jane Smith");
  EXPECT_EQ(Get(Run("“It is over,” Smith told reporters."), "It is over,").cue, "told");
  const auto added = Run("“It is over,” Smith added.");
  EXPECT_EQ(Get(added, "It is over,").speaker, "Smith");
  EXPECT_EQ(Get(added, "It is over,").cue, "added");
}

TEST_F(QuoteTest, SpeakerWithAnApposition) {
  const auto after = Run("“We will not back down,” Jane Smith, the foreign minister, said on Tuesday.");
  EXPECT_EQ(Get(after, "We will not back down,").speaker, "Jane Smith");
  const auto before = Run("Jane Smith, the foreign minister, said: “We will not back down.”");
  EXPECT_EQ(Get(before, "We will not back down.").speaker, "Jane Smith");
  EXPECT_EQ(Get(before, "We will not back down.").cue, "said");
  const auto inverted = Run("“We will not back down,” said Marc Morial, the chief executive of the Urban League.");
  EXPECT_EQ(Get(inverted, "We will not back down,").speaker, "Marc Morial");
}

TEST_F(QuoteTest, RoleThenNameBetweenCommasGivesTheName) {
  const auto q = Run("Scottish Finance Minister, Tom McCabe, said: “We announced an additional £419m.”");
  EXPECT_EQ(Get(q, "We announced an additional £419m.").speaker, "Tom McCabe");
  const auto role = Run("The finance minister, Tom McCabe, said: “We will ask them to exercise restraint.”");
  EXPECT_EQ(Get(role, "We will ask them to exercise restraint.").speaker, "Tom McCabe");
}

TEST_F(QuoteTest, SpeakerPhraseEndsAtItsHeadNoun) {
  const auto q = Run("A Labour party spokesman played down differences with Mr Wyatt and said Mr Brown already had "
                     "a prominent role.");
  EXPECT_EQ(Get(q, "Mr Brown already had a prominent role").speaker, "A Labour party spokesman");
  const auto company = Run("The company cut jobs in March and said profits would fall.");
  EXPECT_EQ(Get(company, "profits would fall").speaker, "The company");
  // A verb in the past tense after the head noun ends the phrase; it never runs on into the verb phrase.
  const auto star = Run("The star stormed out of the meeting, telling pals 'I've had enough'.");
  EXPECT_EQ(Get(star, "I've had enough").speaker, "The star");
  const auto minister = Run("The minister resigned on Monday, saying the party had lost its way.");
  EXPECT_EQ(Get(minister, "the party had lost its way").speaker, "The minister");
}

TEST_F(QuoteTest, SubjectWithAnAppositionIsNotAnInvertedSpeaker) {
  // "..., said the ministry" is inverted; "X, a member of the union, said the talks failed" is not.
  const auto q = Run("John Smith, a member of the union, said the talks failed.");
  const Found f = Get(q, "the talks failed");
  EXPECT_EQ(f.speaker, "John Smith");
  EXPECT_EQ(f.kind, "indirect");
  const auto inverted = Run("The strike will go ahead, said the union.");
  EXPECT_EQ(Get(inverted, "The strike will go ahead").speaker, "the union");
}

TEST_F(QuoteTest, SpeakerOfAColonIntroduction) {
  const auto q = Run("Smith wrote on social media: “I am done with this party.”");
  EXPECT_EQ(Get(q, "I am done with this party.").speaker, "Smith");
  EXPECT_EQ(Get(q, "I am done with this party.").cue, "wrote");
  const auto statement = Run("In a statement, the ministry said: “The border is closed.”");
  EXPECT_EQ(Get(statement, "The border is closed.").speaker, "the ministry");
  const auto spoke = Run("Speaking to reporters on Tuesday, Sir Keir said: “We want a reset.”");
  EXPECT_EQ(Get(spoke, "We want a reset.").speaker, "Sir Keir");
}

TEST_F(QuoteTest, AccordingTo) {
  const auto direct = Run("“Prices will rise this year,” according to the central bank.");
  EXPECT_EQ(Get(direct, "Prices will rise this year,").speaker, "the central bank");
  EXPECT_EQ(Get(direct, "Prices will rise this year,").cue, "according to");
  const auto indirect = Run("According to the central bank, prices will rise this year.");
  const Found f = Get(indirect, "prices will rise this year");
  EXPECT_EQ(f.kind, "indirect");
  EXPECT_EQ(f.speaker, "the central bank");
  EXPECT_EQ(f.cue, "According to");
}

TEST_F(QuoteTest, StandaloneQuotationTakesTheSpeakerIntroducedBefore) {
  const auto colon = Run("Smith spoke at length about trade:\n\n“We need new partners in Asia.”");
  EXPECT_EQ(Get(colon, "We need new partners in Asia.").speaker, "Smith");
  const auto introduced = Run("Mr. Lopez has run the bakery on Main Street for 30 years.\n\n"
                              "“Nobody comes downtown any more.”");
  EXPECT_EQ(Get(introduced, "Nobody comes downtown any more.").speaker, "Mr. Lopez");
}

TEST_F(QuoteTest, ConsecutiveParagraphsOfAnInterview) {
  const auto q = Run("“We lost the vote,” Jane Smith said.\n\n“We will win the next one.”\n\n“And the one after that.”");
  EXPECT_EQ(Get(q, "We will win the next one.").speaker, "Jane Smith");
  EXPECT_EQ(Get(q, "And the one after that.").speaker, "Jane Smith");
}

TEST_F(QuoteTest, ContinuationAfterAnInterruption) {
  const auto q = Run("“We lost,” she said, “but we will be back.”");
  EXPECT_EQ(Get(q, "We lost,").speaker, "she");
  EXPECT_EQ(Get(q, "but we will be back.").speaker, "she");
}

TEST_F(QuoteTest, PronounSpeakerResolvedToThePerson) {
  const auto q = Run("Ursula von der Leyen arrived in London on Thursday.\n\n“We are ready,” she said.");
  const Found f = Get(q, "We are ready,");
  EXPECT_EQ(f.speaker, "she");
  EXPECT_EQ(f.antecedent, "Ursula von der Leyen");
  const auto gendered = Run("Mr. Brown met Ms. Green on Monday. “There is no deal,” she said. “Not yet,” he added.");
  EXPECT_EQ(Get(gendered, "There is no deal,").antecedent, "Ms. Green");
  EXPECT_EQ(Get(gendered, "Not yet,").antecedent, "Mr. Brown");
}

TEST_F(QuoteTest, TheyAndItNeverMeanOnePerson) {
  // "they" after "the finance minister" spoke is not the minister (here: the councils, which the text never made a
  // speaker), and stays unresolved rather than wrong.
  const auto q = Run("The finance minister has urged councils to limit increases. They say much of the money is for "
                     "new initiatives.");
  const Found f = Get(q, "much of the money is for new initiatives");
  EXPECT_EQ(f.speaker, "They");
  EXPECT_EQ(f.antecedent, "");
  const auto ministry = Run("The ministry said the rules would change. They say the change is overdue.");
  EXPECT_EQ(Get(ministry, "the change is overdue").antecedent, "The ministry");
}

TEST_F(QuoteTest, OrganisationsAndMetonymsSpeak) {
  EXPECT_EQ(Get(Run("“The strike is illegal,” the ministry said."), "The strike is illegal,").speaker, "the ministry");
  const auto spokesperson = Run("A spokesperson for the Home Office said: “We do not comment on leaks.”");
  EXPECT_EQ(Get(spokesperson, "We do not comment on leaks.").speaker, "A spokesperson for the Home Office");
  const auto street = Run("Downing Street said it would be an “opportunity to make progress”.");
  const Found f = Get(street, "opportunity to make progress");
  EXPECT_EQ(f.kind, "fragment");
  EXPECT_EQ(f.speaker, "Downing Street");
}

TEST_F(QuoteTest, TaggerMentionsGiveTheSpeakerSpan) {
  // A tagger that ran before the stage found "Keir Starmer" (without the honorific).
  const std::string text = "“We want a reset,” Sir Keir Starmer said.";
  Mention m;
  m.span = Span{static_cast<uint32_t>(text.find("Keir")), static_cast<uint32_t>(text.find(" said"))};
  m.type = EntityType::kPerson;
  analysis_.mentions.push_back(m);
  text_ = text;
  Segment(text_, {}, &analysis_);
  quotes::FindQuotes(text_, &analysis_);
  ASSERT_EQ(analysis_.quotes.size(), 1u);
  ASSERT_TRUE(analysis_.quotes[0].speaker.has_value());
  EXPECT_EQ(analysis_.quotes[0].speaker->In(text_), "Keir Starmer");
}

// ---- Kinds --------------------------------------------------------------------------------------------------

TEST_F(QuoteTest, FragmentInsideReportedSpeech) {
  const auto q = Run("Sir Keir Starmer has said that Europe needs to “step up” on both security and trade.");
  const Found fragment = Get(q, "step up");
  EXPECT_EQ(fragment.kind, "fragment");
  EXPECT_EQ(fragment.speaker, "Sir Keir Starmer");
  EXPECT_EQ(fragment.cue, "has said");
  const Found indirect = Get(q, "Europe needs to “step up” on both security and trade");
  EXPECT_EQ(indirect.kind, "indirect");
  EXPECT_EQ(indirect.speaker, "Sir Keir Starmer");
}

TEST_F(QuoteTest, QuotedClauseAfterSaidThatIsDirect) {
  const auto q = Run("Downing Street said that “we want a better defence deal” and “we want a better trade deal”.");
  EXPECT_EQ(Get(q, "we want a better defence deal").kind, "direct");
  EXPECT_EQ(Get(q, "we want a better trade deal").kind, "direct");
  EXPECT_EQ(Get(q, "we want a better trade deal").speaker, "Downing Street");
  EXPECT_EQ(Count(q, "indirect"), 0);  // the quotations are the statement
}

TEST_F(QuoteTest, TitlesAndScareQuotesAreNotQuotations) {
  EXPECT_TRUE(Run("He watched “The Apprentice” every week with his brother.").empty());
  EXPECT_TRUE(Run("The so-called “experts” were nowhere to be seen.").empty());
  EXPECT_TRUE(Run("She appeared on NBC's \"Nightly News\" on Monday.").empty());
}

TEST_F(QuoteTest, IndirectSpeech) {
  const Found that = Get(Run("The minister said that taxes would rise next year."), "taxes would rise next year");
  EXPECT_EQ(that.kind, "indirect");
  EXPECT_EQ(that.speaker, "The minister");
  EXPECT_EQ(that.cue, "said");
  EXPECT_EQ(Get(Run("Smith told reporters on Tuesday the plan had failed."), "the plan had failed").speaker, "Smith");
  const Found front = Get(Run("Taxes will rise next year, the minister said on Tuesday."), "Taxes will rise next year");
  EXPECT_EQ(front.speaker, "the minister");
  EXPECT_EQ(Get(Run("The senator vowed to repeal the law."), "to repeal the law").cue, "vowed");
  EXPECT_EQ(Get(Run("About four in 10 voters said they would stay home."), "they would stay home").speaker,
            "About four in 10 voters");
}

TEST_F(QuoteTest, NoQuotationsInPlainNarrative) {
  EXPECT_TRUE(Run("The port handled 436 million tonnes of cargo last year. Ships waited off the coast.").empty());
  EXPECT_TRUE(Run("").empty());
}

// ---- Real news (issue 14) -------------------------------------------------------------------------------------

TEST_F(QuoteTest, DecliningToGoIntoDetailsIsReportedSpeechOnce) {
  const auto quotes = Run("Downing Street declined to get into details of the talks.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].kind, "indirect");
  EXPECT_EQ(quotes[0].speaker, "Downing Street");
}

TEST_F(QuoteTest, DeclinedToCommentAndPhoneNumbersAreNoQuotations) {
  EXPECT_TRUE(Run("A spokesman declined to comment.").empty());
  EXPECT_TRUE(Run("The company refused to comment on the report.").empty());
  EXPECT_TRUE(Run("For tickets call \"555-0199\" today.").empty());
  EXPECT_TRUE(Run("Call ‘0800 123 456’ for help.").empty());
}

TEST_F(QuoteTest, PostQuotedFromANetworkBelongsToThePoster) {
  const auto quotes = Run("The singer posted on Instagram: “I am done with this town.”");
  EXPECT_EQ(Get(quotes, "I am done with this town.").speaker, "The singer");
  const auto tweeted = Run("“We will win,” Smith wrote on Twitter.");
  EXPECT_EQ(Get(tweeted, "We will win,").speaker, "Smith");
}

TEST_F(QuoteTest, CompanyStatementBelongsToTheCompanyNotTheDataProvider) {
  const auto quotes =
      Run("Acme said in a statement: “We regret the delay,” according to figures compiled by Refinitiv.");
  const Found f = Get(quotes, "We regret the delay,");
  EXPECT_EQ(f.kind, "direct");
  EXPECT_EQ(f.speaker, "Acme");
}

TEST_F(QuoteTest, SingleQuoteTabloidQuotation) {
  const auto quotes = Run("The star stormed out on Friday, telling pals 'I've had enough of this.'");
  const Found f = Get(quotes, "I've had enough of this.");
  EXPECT_EQ(f.kind, "direct");
  EXPECT_EQ(f.cue, "telling");
}

TEST_F(QuoteTest, NestedQuotationIsOneQuotation) {
  const auto quotes = Run("“He told me ‘go away’ and left,” Smith said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Smith");
  const auto straight = Run("Smith said: \"He kept saying 'not now, not now' to everyone.\"");
  ASSERT_EQ(straight.size(), 1u);
  EXPECT_EQ(straight[0].kind, "direct");
}

TEST_F(QuoteTest, ReportedSpeechBeyondTheSubject) {
  // The subject across a relative clause, a coordination, and the antecedent of "who".
  auto quotes = Run("Executives for Mondelez, which made $30 billion last year, say the company will save money.");
  EXPECT_EQ(Get(quotes, "the company will save money").speaker.substr(0, 10), "Executives");
  quotes = Run("She greeted 2,000 supporters in Houston and told them that the campaign would win.");
  EXPECT_EQ(Get(quotes, "the campaign would win").speaker, "She");
  // A claim noun with its owner.
  quotes = Run("Critics mocked his claim that the wall would pay for itself.");
  EXPECT_EQ(Get(quotes, "the wall would pay for itself").speaker, "his");
  // A cue learnt from the news: "refused to rule out".
  quotes = Run("Johnson refused to rule out a tax on carbon.");
  EXPECT_EQ(Get(quotes, "to rule out a tax on carbon").speaker, "Johnson");
}

// ---- Limits ---------------------------------------------------------------------------------------------------

TEST_F(QuoteTest, LinearOnThousandsOfUnbalancedOrNestedMarks) {
  for (const std::string unit : {"“", "\"", "‘", "”", "'", "“a ", "said “", "he said, "}) {
    std::string text;
    for (int i = 0; i < 10000; ++i) text += unit;
    text += "\n\n";
    for (int i = 0; i < 5000; ++i) text += "“x ‘y “z ";
    const auto start = std::chrono::steady_clock::now();
    Run(text);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 2.0) << "unit «" << unit << "»";
  }
}

TEST_F(QuoteTest, MarkScannerReturnsOutermostQuotationsOnly) {
  const std::string text = "“a ‘b’ c” and “d”";
  Segment(text, {}, &analysis_);
  std::vector<quotes::QuoteRegion> regions;
  quotes::ScanQuotations(text, analysis_, &regions);
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_TRUE(regions[0].closed);
  EXPECT_EQ(analysis_.tokens[regions[0].inner_begin].span.In(text), "a");
  EXPECT_EQ(analysis_.tokens[regions[1].inner_begin].span.In(text), "d");
}

}  // namespace
}  // namespace newsgraph
