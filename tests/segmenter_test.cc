// Tokens, sentences and paragraphs on the hard cases of news text.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "newsgraph/text.h"
#include "test_util.h"
#include "text/token_search.h"

namespace newsgraph {
namespace {

std::vector<std::string> Tokens(std::string_view text, SegmenterOptions options = {}) {
  Analysis a;
  Segment(text, options, &a);
  std::vector<std::string> out;
  for (const Token& t : a.tokens) out.emplace_back(t.span.In(text));
  return out;
}

std::vector<std::string> Sentences(std::string_view text) {
  Analysis a;
  Segment(text, {}, &a);
  std::vector<std::string> out;
  for (const Sentence& s : a.sentences) out.emplace_back(s.span.In(text));
  return out;
}

using V = std::vector<std::string>;

// Byte offsets onto tokens: inside a token, on its first byte, in the space between two, past the last.
TEST(TokenSearch, OffsetsOntoTokens) {
  const std::string_view text = "Talks  resumed.";  // Talks [0,5) resumed [7,14) . [14,15)
  Analysis a;
  Segment(text, {}, &a);
  ASSERT_EQ(a.tokens.size(), 3u);
  using text::TokenAtOrAfter, text::TokenEndingAfter;
  EXPECT_EQ(TokenAtOrAfter(a.tokens, 0), 0u);
  EXPECT_EQ(TokenAtOrAfter(a.tokens, 2), 1u);   // inside "Talks": the next token
  EXPECT_EQ(TokenAtOrAfter(a.tokens, 6), 1u);   // in the spaces
  EXPECT_EQ(TokenAtOrAfter(a.tokens, 7), 1u);
  EXPECT_EQ(TokenAtOrAfter(a.tokens, 15), 3u);  // past the end
  EXPECT_EQ(TokenEndingAfter(a.tokens, 0), 0u);
  EXPECT_EQ(TokenEndingAfter(a.tokens, 2), 0u);  // inside "Talks": that token
  EXPECT_EQ(TokenEndingAfter(a.tokens, 5), 1u);  // "Talks" ends at 5
  EXPECT_EQ(TokenEndingAfter(a.tokens, 6), 1u);
  EXPECT_EQ(TokenEndingAfter(a.tokens, 14), 2u);
  EXPECT_EQ(TokenEndingAfter(a.tokens, 15), 3u);
  EXPECT_EQ(TokenAtOrAfter(std::vector<Token>{}, 3), 0u);
}

TEST(Tokenizer, WordsAndPunctuation) {
  EXPECT_EQ(Tokens("Hello, world!"), (V{"Hello", ",", "world", "!"}));
  EXPECT_EQ(Tokens("(see above); done: yes"), (V{"(", "see", "above", ")", ";", "done", ":", "yes"}));
}

TEST(Tokenizer, ContractionsAndPossessives) {
  EXPECT_EQ(Tokens("don't"), (V{"do", "n't"}));
  EXPECT_EQ(Tokens("can't won't"), (V{"ca", "n't", "wo", "n't"}));
  EXPECT_EQ(Tokens("It's the UK’s plan"), (V{"It", "'s", "the", "UK", "’s", "plan"}));
  EXPECT_EQ(Tokens("we’re they've I'll she'd I'm"),
            (V{"we", "’re", "they", "'ve", "I", "'ll", "she", "'d", "I", "'m"}));
  EXPECT_EQ(Tokens("the students' union"), (V{"the", "students", "'", "union"}));
  EXPECT_EQ(Tokens("cannot"), (V{"can", "not"}));
  EXPECT_EQ(Tokens("I'm gonna say dont"), (V{"I", "'m", "gon", "na", "say", "do", "nt"}));
  EXPECT_EQ(Tokens("its IM chat b/c"), (V{"its", "IM", "chat", "b/c"}));
}

TEST(Tokenizer, ApostrophesInsideNames) {
  EXPECT_EQ(Tokens("Sinéad O'Brien and D’Angelo"), (V{"Sinéad", "O'Brien", "and", "D’Angelo"}));
  EXPECT_EQ(Tokens("the ’90s and '80s"), (V{"the", "’90s", "and", "'80s"}));
  EXPECT_EQ(Tokens("rock ’n’ roll"), (V{"rock", "’n’", "roll"}));
}

TEST(Tokenizer, Hyphens) {
  EXPECT_EQ(Tokens("a UK-EU summit, well-known"), (V{"a", "UK-EU", "summit", ",", "well-known"}));
  EXPECT_EQ(Tokens("a 15-year term -- or not"), (V{"a", "15-year", "term", "--", "or", "not"}));
  SegmenterOptions ud;
  ud.split_hyphens = true;
  EXPECT_EQ(Tokens("a 15-year term", ud), (V{"a", "15", "-", "year", "term"}));
  EXPECT_EQ(Tokens("e-mail non-profit 303-832-8160", ud), (V{"e-mail", "non-profit", "303-832-8160"}));
}

TEST(Tokenizer, NumbersCurrencyPercent) {
  EXPECT_EQ(Tokens("1,000,000 people"), (V{"1,000,000", "people"}));
  EXPECT_EQ(Tokens("rose 3.5% to $4.2bn"), (V{"rose", "3.5", "%", "to", "$", "4.2bn"}));
  EXPECT_EQ(Tokens("£300 and €12.50"), (V{"£", "300", "and", "€", "12.50"}));
  EXPECT_EQ(Tokens("at 10:30 on 08/16/2000"), (V{"at", "10:30", "on", "08/16/2000"}));
  EXPECT_EQ(Tokens("at 9.30 a.m. today"), (V{"at", "9.30", "a.m.", "today"}));
  Analysis a;
  Segment("3.5", {}, &a);
  EXPECT_EQ(a.tokens[0].kind, TokenKind::kNumber);
}

TEST(Tokenizer, UrlsAndEmails) {
  EXPECT_EQ(Tokens("See https://example.com/a_b?c=1 now."), (V{"See", "https://example.com/a_b?c=1", "now", "."}));
  EXPECT_EQ(Tokens("(www.bbc.co.uk/news)"), (V{"(", "www.bbc.co.uk/news", ")"}));
  EXPECT_EQ(Tokens("[http://news.bbc.co.uk/1/4281450.stm]"), (V{"[", "http://news.bbc.co.uk/1/4281450.stm", "]"}));
  EXPECT_EQ(Tokens("https://en.wikipedia.org/wiki/Foo_(bar)"), (V{"https://en.wikipedia.org/wiki/Foo_(bar)"}));
  EXPECT_EQ(Tokens("Write to jane.doe+news@example.co.uk."), (V{"Write", "to", "jane.doe+news@example.co.uk", "."}));
  Analysis a;
  Segment("mail john@example.com or https://x.org", {}, &a);
  EXPECT_EQ(a.tokens[1].kind, TokenKind::kEmail);
  EXPECT_EQ(a.tokens[3].kind, TokenKind::kUrl);
}

TEST(Tokenizer, QuotesAndDashes) {
  EXPECT_EQ(Tokens("“step up” and \"go\" — said ‘x’"),
            (V{"“", "step", "up", "”", "and", "\"", "go", "\"", "—", "said", "‘", "x", "’"}));
  Analysis a;
  Segment("“Yes”", {}, &a);
  EXPECT_EQ(a.tokens[0].kind, TokenKind::kQuote);
  EXPECT_EQ(a.tokens[2].kind, TokenKind::kQuote);
}

TEST(Tokenizer, AbbreviationsKeepTheirFullStop) {
  EXPECT_EQ(Tokens("Mr. Smith met Dr. Jones of Acme Corp. in the U.S."),
            (V{"Mr.", "Smith", "met", "Dr.", "Jones", "of", "Acme", "Corp.", "in", "the", "U.S."}));
  EXPECT_EQ(Tokens("J. K. Rowling"), (V{"J.", "K.", "Rowling"}));
  EXPECT_EQ(Tokens("It ended..."), (V{"It", "ended", "..."}));
  EXPECT_EQ(Tokens("he went to wash."), (V{"he", "went", "to", "wash", "."}));  // lower-case "wash" is a word
}

TEST(Tokenizer, LettersBeyondAscii) {
  EXPECT_EQ(Tokens("Zoë Ångström visited Zürich, Kraków and Москва."),
            (V{"Zoë", "Ångström", "visited", "Zürich", ",", "Kraków", "and", "Москва", "."}));
  // A combining accent stays with its letter.
  EXPECT_EQ(Tokens("Jose\u0301 said"), (V{"Jose\u0301", "said"}));
  EXPECT_EQ(Tokens("great 👍🏽 news"), (V{"great", "👍🏽", "news"}));
}

TEST(Tokenizer, SeparatorsAndEmoticons) {
  EXPECT_EQ(Tokens("end ===== next"), (V{"end", "=====", "next"}));
  EXPECT_EQ(Tokens("nice :) really"), (V{"nice", ":)", "really"}));
}

TEST(Sentences, AbbreviationsAndTitles) {
  EXPECT_EQ(Sentences("Mr. Smith and Ms. Jones met Gov. Newsom and Sen. Warren. Rep. Lee was absent."),
            (V{"Mr. Smith and Ms. Jones met Gov. Newsom and Sen. Warren.", "Rep. Lee was absent."}));
  EXPECT_EQ(Sentences("He lives on St. James St. in London. It is cold."),
            (V{"He lives on St. James St. in London.", "It is cold."}));
  EXPECT_EQ(Sentences("It was signed on Jan. 5 and Feb. 10 by No. 10. The rest followed."),
            (V{"It was signed on Jan. 5 and Feb. 10 by No. 10.", "The rest followed."}));
}

TEST(Sentences, AbbreviationAtSentenceEnd) {
  EXPECT_EQ(Sentences("He moved to the U.S. The talks failed."), (V{"He moved to the U.S.", "The talks failed."}));
  EXPECT_EQ(Sentences("The U.S. Army and the U.K. Treasury agreed."), (V{"The U.S. Army and the U.K. Treasury agreed."}));
  EXPECT_EQ(Sentences("Shares of Acme Inc. rose. But Widget Corp. fell."),
            (V{"Shares of Acme Inc. rose.", "But Widget Corp. fell."}));
}

TEST(Sentences, InitialsDecimalsAndTimes) {
  EXPECT_EQ(Sentences("J. K. Rowling wrote it. George W. Bush read it."),
            (V{"J. K. Rowling wrote it.", "George W. Bush read it."}));
  EXPECT_EQ(Sentences("Growth was 3.5 per cent. It rose at 9.30 a.m. on Monday."),
            (V{"Growth was 3.5 per cent.", "It rose at 9.30 a.m. on Monday."}));
  EXPECT_EQ(Sentences("It opens at 9 a.m. The queue is long."), (V{"It opens at 9 a.m.", "The queue is long."}));
}

TEST(Sentences, Ellipses) {
  EXPECT_EQ(Sentences("And then... nothing happened. Later… it did."),
            (V{"And then... nothing happened.", "Later… it did."}));
  EXPECT_EQ(Sentences("Wait... The door opened."), (V{"Wait...", "The door opened."}));
}

TEST(Sentences, QuotationMarks) {
  EXPECT_EQ(Sentences("“We will win,” he said. “It is time.” She agreed."),
            (V{"“We will win,” he said.", "“It is time.”", "She agreed."}));
  EXPECT_EQ(Sentences("He said: \"No.\" Then he left."), (V{"He said: \"No.\"", "Then he left."}));
  EXPECT_EQ(Sentences("“Why?” he asked. Nobody knew."), (V{"“Why?” he asked.", "Nobody knew."}));
  EXPECT_EQ(Sentences("(It was late.) We left."), (V{"(It was late.)", "We left."}));
}

TEST(Sentences, QuestionsAndExclamations) {
  EXPECT_EQ(Sentences("Is it over? Yes! It is."), (V{"Is it over?", "Yes!", "It is."}));
  EXPECT_EQ(Sentences("where did you grow up? india?"), (V{"where did you grow up?", "india?"}));
}

TEST(Paragraphs, BlankLinesSeparateSingleNewlinesDoNot) {
  const std::string text = "  First line\nsame paragraph.\r\n \r\nSecond.\n\n\n\nThird.  \n";
  Analysis a;
  Segment(text, {}, &a);
  ASSERT_EQ(a.paragraphs.size(), 3u);
  EXPECT_EQ(a.paragraphs[0].span.In(text), "First line\nsame paragraph.");
  EXPECT_EQ(a.paragraphs[1].span.In(text), "Second.");
  EXPECT_EQ(a.paragraphs[2].span.In(text), "Third.");
  EXPECT_EQ(a.sentences.size(), 3u);
  EXPECT_EQ(a.sentences[2].paragraph, 2u);
  EXPECT_EQ(a.paragraphs[1].sentence_begin, 1u);
  EXPECT_EQ(a.paragraphs[1].sentence_end, 2u);
}

TEST(Paragraphs, EmptyAndBlankDocuments) {
  Analysis a;
  Segment("", {}, &a);
  EXPECT_TRUE(a.paragraphs.empty());
  Segment(" \n\n\t \r\n", {}, &a);
  EXPECT_TRUE(a.paragraphs.empty());
  EXPECT_TRUE(a.tokens.empty());
}

TEST(Paragraphs, ReferenceArticleHasThirteen) {
  const std::string text = testing::ReadFileOrDie(testing::SourcePath("tests/fixtures/starmer-eu.txt"));
  Analysis a;
  Segment(text, {}, &a);
  EXPECT_EQ(a.paragraphs.size(), 13u);
  EXPECT_EQ(a.sentences.size(), 13u);  // each paragraph of this article is one sentence
  for (const Token& t : a.tokens) {
    EXPECT_LT(t.span.start, t.span.end);
    EXPECT_LE(t.span.end, text.size());
  }
}

// Structural invariants on arbitrary text: tokens are ordered, non-empty, non-overlapping, never contain
// whitespace at their edges, and every non-space character is in exactly one token; sentences tile paragraphs.
void CheckInvariants(const std::string& text) {
  Analysis a;
  Segment(text, {}, &a);
  uint32_t previous_end = 0;
  for (const Token& t : a.tokens) {
    ASSERT_LT(t.span.start, t.span.end);
    ASSERT_GE(t.span.start, previous_end);
    ASSERT_LE(t.span.end, text.size());
    ASSERT_TRUE(IsValidUtf8(t.span.In(text))) << "token cuts a UTF-8 sequence";
    previous_end = t.span.end;
  }
  for (size_t p = 0; p < a.paragraphs.size(); ++p) {
    const Paragraph& para = a.paragraphs[p];
    ASSERT_LT(para.sentence_begin, para.sentence_end);
    ASSERT_EQ(a.sentences[para.sentence_begin].span.start, para.span.start);
    ASSERT_EQ(a.sentences[para.sentence_end - 1].span.end, para.span.end);
    for (uint32_t s = para.sentence_begin; s < para.sentence_end; ++s) {
      ASSERT_EQ(a.sentences[s].paragraph, p);
      if (s > para.sentence_begin) ASSERT_EQ(a.sentences[s].token_begin, a.sentences[s - 1].token_end);
    }
  }
}

TEST(Invariants, RandomNewsLikeText) {
  const std::vector<std::string> pieces = {"Mr.", "Smith", "said", ".", "“", "”", "\"", "'", "’s", "U.S.", " ", " ",
                                           "\n", "\n\n", "3.5", "...", "…", "—", "-", "e-mail", "Zoë", "a.m.", "?",
                                           "!", "(", ")", "http://x.org", "@", "a@b.co", "n't", "don't", "é", "\u0301",
                                           "👍", "\t", ",", ":", ";", "$", "%", "O'Brien", "J.", "==", ":)"};
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) text += pieces[rng() % pieces.size()];
    CheckInvariants(text);
  }
}

}  // namespace
}  // namespace newsgraph
