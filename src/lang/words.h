// The words of one document as the English readers see them: each token's word classes (lang/lexicon.h), shape
// and verb form, read once, so that the noun-phrase and clause readers (lang/noun_phrase.h, lang/clause.h) and the
// stages over them ask table questions.
//
//   lang::Words words;                               // reusable: keeps its memory from one document to the next
//   words.Read(text, analysis, lang::Lexicon::Get());  // analysis holds the segmentation of text
//   if (words.IsNameWord(i) && words.Has(i + 1, lang::kReportingVerb)) ...
//
// Positions are token indexes into Analysis::tokens. Thread safety: one Words per thread (it is scratch space);
// reading it is const.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lang/lexicon.h"
#include "newsgraph/document.h"

namespace newsgraph::lang {

// What a token looks like (a bit set).
enum Shape : uint32_t {
  kWord = 1u << 0,
  kCap = 1u << 1,     // starts with an upper-case letter
  kLower = 1u << 2,   // starts with a lower-case letter
  kNumber = 1u << 3,
  kPunct = 1u << 4,
  kQuoteMark = 1u << 5,
  kComma = 1u << 6,
  kColon = 1u << 7,
  kTerminal = 1u << 8,  // . ! ? …
  kDash = 1u << 9,      // - – — ―
  kOpenBracket = 1u << 10,
  kCloseBracket = 1u << 11,
  kPossessive = 1u << 12,  // 's ’s
  kInitial = 1u << 13,     // "C." of "Robert C. Scott"
  kSemicolon = 1u << 14,
  kAbbrevDot = 1u << 15,  // a word ending in "." ("Sen.", "Jr.")
};

// Closed classes that never head a noun phrase.
inline constexpr uint32_t kFunctionClasses = kDeterminer | kAuxiliary | kPreposition | kConjunction | kWhWord |
                                             kThat | kPersonalPronoun;

struct Word {
  uint32_t cls = 0;    // WordClass bits
  uint32_t shape = 0;  // Shape bits
  uint16_t verb = 0;   // VerbFlag bits of the reporting verb (of its phrasal use when the particle follows)
  VerbForm form = VerbForm::kOther;
  uint8_t particle = 0;  // 1 when the verb's particle follows it ("called for")
  char lower[16] = {};   // the word in lower case when it fits, for exact comparisons
  uint8_t lower_len = 0;
};

class Words {
 public:
  // Reads the tokens of `analysis` (the segmentation of `text`); both must outlive the reading.
  void Read(std::string_view text, const Analysis& analysis, const Lexicon& lexicon);
  size_t size() const { return words_.size(); }
  size_t capacity() const { return words_.capacity(); }
  const Word& operator[](int i) const { return words_[i]; }
  std::string_view text() const { return text_; }
  // Every token as NormalizedLower makes it, whole (Word::lower keeps 16 bytes), for comparisons with word lists and
  // dictionaries (the events stage's coder and actors). Valid until the next Read.
  const std::vector<std::string_view>& lower_tokens() const { return lower_tokens_; }
  const std::vector<Token>& tokens() const { return a_->tokens; }
  const Analysis& analysis() const { return *a_; }
  const Lexicon& lexicon() const { return *lex_; }

  // The quotation each token is in (-1 outside any), for whoever has paired the quotation marks: the readers do
  // not look for a subject across a quotation. Read() clears it.
  std::vector<int>& quotations() { return quotation_; }
  bool InQuotation(int i) const { return quotation_[i] >= 0; }

  uint32_t SentenceOf(int i) const { return sentence_of_[i]; }
  // The place name of the article's dateline (lang/dateline.h), found once per document for the entity and events
  // stages.
  const std::optional<Span>& dateline() const { return dateline_; }
  // A headline: the only sentence of its paragraph, in title case.
  bool IsHeadline(uint32_t sentence) const { return headline_[sentence] != 0; }

  bool EndsWith(int i, std::string_view suffix) const {
    const Word& t = words_[i];
    return t.lower_len >= suffix.size() &&
           std::string_view(t.lower, t.lower_len).substr(t.lower_len - suffix.size()) == suffix;
  }
  bool Is(int i, uint32_t shape) const { return (words_[i].shape & shape) != 0; }
  bool Has(int i, uint32_t cls) const { return (words_[i].cls & cls) != 0; }
  bool Lower(int i, std::string_view w) const {
    const Word& t = words_[i];
    if (t.lower_len != w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if (t.lower[k] != w[k]) return false;
    return true;
  }
  int SentenceBegin(int i) const { return static_cast<int>(a_->sentences[sentence_of_[i]].token_begin); }
  int SentenceEnd(int i) const { return static_cast<int>(a_->sentences[sentence_of_[i]].token_end); }
  uint32_t ParagraphOf(int i) const { return a_->sentences[sentence_of_[i]].paragraph; }
  int ParagraphBegin(uint32_t p) const {
    return static_cast<int>(a_->sentences[a_->paragraphs[p].sentence_begin].token_begin);
  }
  int ParagraphEnd(uint32_t p) const {
    return static_cast<int>(a_->sentences[a_->paragraphs[p].sentence_end - 1].token_end);
  }
  // A full stop, "!" or "?" that is not followed by a comma (the comma makes it an abbreviation: "R-Ky., said").
  bool IsSentenceEnd(int i) const {
    return Is(i, kTerminal) && !(i + 1 < static_cast<int>(words_.size()) && Is(i + 1, kComma));
  }

  // A personal pronoun that can be a subject ("he", not "him").
  bool IsSubjectPronoun(int i) const;

  bool IsObjectPronoun(int i) const;

  // A capitalised word that can be part of a name.
  bool IsNameWord(int i) const;

  // A number or a quantity word ("58", "Twenty-four", "percent", "majority").
  bool IsQuantity(int i) const;

  // A lower-case plural noun that can speak without a determiner ("respondents said", "Democrats argued").
  bool IsBarePlural(int i) const;

  // A lower-case content word (noun or adjective) inside a common noun phrase.
  bool IsContentWord(int i) const;

  // A rough noun test for the clause check: words ending in a verb inflection are verbs ("failed", "needs").
  bool IsContentWordNoun(int j) const;

  // A finite or participle reporting verb at i with any of `flags`.
  bool IsReportingVerb(int i, uint16_t flags) const;

  // Skips auxiliaries and adverbs backwards from j; returns the first other token.
  int SkipAuxBack(int j, int lo, bool* had_aux = nullptr) const;

  int SkipAuxForward(int j, int hi) const;

 private:
  void Classify();
  void MarkHeadlines();
  void FillLowerTokens();

  std::string_view text_;
  const Analysis* a_ = nullptr;
  const Lexicon* lex_ = nullptr;
  std::vector<Word> words_;
  std::vector<uint32_t> sentence_of_;
  std::vector<uint8_t> headline_;  // per sentence
  std::optional<Span> dateline_;
  std::vector<int> quotation_;
  std::string lower_bytes_;  // what lower_tokens_ view
  std::vector<uint32_t> lower_ends_;
  std::vector<std::string_view> lower_tokens_;
};

// A token in lower case (ASCII letters) with typographic quotes, apostrophes and dashes made ASCII
// (text::NormalizeToken): "Don’t" -> "don't".
std::string NormalizedLower(std::string_view token);

// True when `word` is one of `list` (a short closed list of lower-case words: the readers' cue words).
// The readers ask it for most words of a sentence, and most entries of a list that have the word's length differ in
// their first letter: that letter is compared before the rest (memcmp, a call, only then), the same answer.
template <size_t N>
bool InList(std::string_view word, const std::string_view (&list)[N]) {
  const size_t n = word.size();
  if (n == 0) {
    for (std::string_view w : list)
      if (w.empty()) return true;
    return false;
  }
  const char first = word[0];
  for (std::string_view w : list)
    if (w.size() == n && w[0] == first && std::memcmp(w.data() + 1, word.data() + 1, n - 1) == 0) return true;
  return false;
}

}  // namespace newsgraph::lang
