#include "entities/article_tokens.h"

#include <algorithm>

#include "entities/knowledge.h"
#include "entities/roles.h"
#include "text/token_search.h"
#include "text/unicode.h"

namespace newsgraph::entities {

using lang::TitleWord;

ArticleTokens::ArticleTokens(std::string_view text, const Analysis& analysis, const lang::Lexicon& lexicon)
    : text_(text), doc_(analysis), lexicon_(lexicon) {
  sentence_of_token_.assign(doc_.tokens.size(), 0);
  lower_words_.resize(doc_.tokens.size());
  lowered_.assign(doc_.tokens.size(), false);
  for (uint32_t s = 0; s < doc_.sentences.size(); ++s)
    for (uint32_t t = doc_.sentences[s].token_begin; t < doc_.sentences[s].token_end; ++t) sentence_of_token_[t] = s;
}

size_t ArticleTokens::TokenAtOrAfter(uint32_t offset) const {
  return text::TokenAtOrAfter(doc_.tokens, offset);
}

size_t ArticleTokens::TokenEndingAt(uint32_t offset) const {
  return text::TokenEndingAfter(doc_.tokens, offset);
}

std::string_view ArticleTokens::Word(size_t i) const {
  return i < doc_.tokens.size() ? doc_.tokens[i].span.In(text_) : std::string_view();
}

const std::string& ArticleTokens::Lower(size_t i) const {
  static const std::string kNone;
  if (i >= lowered_.size()) return kNone;
  if (!lowered_[i]) {
    lower_words_[i] = NormalizeName(Word(i));
    lowered_[i] = true;
  }
  return lower_words_[i];
}

bool ArticleTokens::WordIs(size_t i, std::string_view lower) const {
  const std::string_view w = Word(i);
  if (w.size() != lower.size()) return false;
  for (size_t k = 0; k < w.size(); ++k)
    if (text::AsciiLower(w[k]) != lower[k]) return false;
  return true;
}

bool ArticleTokens::WordIsAny(size_t i, std::initializer_list<std::string_view> words) const {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return WordIs(i, w); });
}

std::string ArticleTokens::Words(size_t begin, size_t end) const {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) out.push_back(' ');
    out.append(Lower(i));
  }
  return out;
}

bool ArticleTokens::Capitalized(size_t i) const {
  if (i >= doc_.tokens.size()) return false;
  int len = 0;
  return text::IsUpper(text::DecodeAt(text_, doc_.tokens[i].span.start, &len));
}

TitleWord ArticleTokens::TitleKind(const std::string& words) const {
  // Words of Lower() are normalized already: no copy for them.
  if (IsNormalizedName(words)) return lexicon_.ClassifyTitleWords(words);
  return lexicon_.ClassifyTitleWords(NormalizeName(words));
}

bool ArticleTokens::IsPostNominal(size_t i) const {
  const std::string_view w = Word(i);
  const bool capitals =
      std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) || w == "PhD";
  return capitals && TitleKind(Lower(i)) == TitleWord::kPostNominal;
}

bool ArticleTokens::IsTitleAbbreviation(size_t i) const { return IsWrittenShort(Word(i), TitleKind(Lower(i))); }

bool ArticleTokens::IsPossessive(size_t i) const {
  const std::string& w = Lower(i);
  return w == "'s" || w == "'";
}

size_t ArticleTokens::SentenceEnd(size_t token) const {
  return doc_.sentences[sentence_of_token_[token]].token_end;
}
size_t ArticleTokens::SentenceBegin(size_t token) const {
  return doc_.sentences[sentence_of_token_[token]].token_begin;
}

size_t ArticleTokens::WordsEndingAt(size_t end, size_t floor, size_t limit) const {
  size_t n = 0;
  while (n < limit && end - n > floor && doc_.tokens[end - n - 1].kind == TokenKind::kWord) ++n;
  return n;
}

size_t ArticleTokens::WordsStartingAt(size_t begin, size_t ceiling, size_t limit) const {
  size_t n = 0;
  while (n < limit && begin + n < ceiling && doc_.tokens[begin + n].kind == TokenKind::kWord) ++n;
  return n;
}

std::pair<size_t, TitleWord> ArticleTokens::TitleWordsEndingAt(size_t end, size_t floor) const {
  for (size_t n = WordsEndingAt(end, floor, lexicon_.longest_title_words()); n >= 1; --n) {
    if (n > 1 && WordIs(end - n, "the")) continue;  // NormalizeName drops it: "the White House" is no title word
    const TitleWord kind = TitleKind(Words(end - n, end));
    if (kind != TitleWord::kNone) return {n, kind};
  }
  return {0, TitleWord::kNone};
}

std::pair<size_t, TitleWord> ArticleTokens::TitleWordsStartingAt(size_t begin, size_t ceiling) const {
  for (size_t n = WordsStartingAt(begin, ceiling, lexicon_.longest_title_words()); n >= 1; --n) {
    if (n > 1 && WordIs(begin, "the")) continue;
    const TitleWord kind = TitleKind(Words(begin, begin + n));
    if (kind != TitleWord::kNone) return {n, kind};
  }
  return {0, TitleWord::kNone};
}

}  // namespace newsgraph::entities
