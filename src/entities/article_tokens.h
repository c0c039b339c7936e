// The tokens of one article as the entity stage reads them: words by index, their normalized forms (computed once),
// capitals, sentences, and the title words the lexicon knows around a position ("Sir", "Prime Minister", "Det.
// Sgt."). The who's-who resolver (entities/resolver.cc) reads the text through it.
//
// Thread safety: one per article and thread (it caches normalized words).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lang/lexicon.h"
#include "newsgraph/document.h"

namespace newsgraph::entities {

class ArticleTokens {
 public:
  // `text` and `analysis` (its segmentation) and `lexicon` must outlive the reader.
  ArticleTokens(std::string_view text, const Analysis& analysis, const lang::Lexicon& lexicon);

  size_t TokenAtOrAfter(uint32_t offset) const;
  size_t TokenEndingAt(uint32_t offset) const;  // tokens [.., result) end at or before offset
  // Token i's text; past the last token, nothing (the rules look ahead and behind by a few tokens).
  std::string_view Word(size_t i) const;
  // The normalized form of token i (entities::NormalizeName), computed once: the rules ask for the same tokens many
  // times. Past the last token, empty.
  const std::string& Lower(size_t i) const;
  // Whether token i is `lower` in any case (ASCII), without normalizing it.
  bool WordIs(size_t i, std::string_view lower) const;
  bool WordIsAny(size_t i, std::initializer_list<std::string_view> words) const;
  // The lower-case words of tokens [begin, end), separated by single spaces.
  std::string Words(size_t begin, size_t end) const;
  bool Capitalized(size_t i) const;
  // How title words read (lang/lexicon.h): `words` are lower-case words separated by single spaces.
  lang::TitleWord TitleKind(const std::string& words) const;
  // Post-nominal letters are written in capitals ("MP"; "Mp" would be a name).
  bool IsPostNominal(size_t i) const;
  bool IsTitleAbbreviation(size_t i) const;  // "Cllr", "Sgt." (entities/roles.h)
  bool IsPossessive(size_t i) const;         // "'s", "'"
  size_t SentenceEnd(size_t token) const;
  size_t SentenceBegin(size_t token) const;

  // How many word tokens end at `end` (exclusive), at most `limit` and not before `floor`.
  size_t WordsEndingAt(size_t end, size_t floor, size_t limit) const;
  size_t WordsStartingAt(size_t begin, size_t ceiling, size_t limit) const;
  // The honorific or title words ending at token `end` (exclusive), longest first: how many tokens and what.
  std::pair<size_t, lang::TitleWord> TitleWordsEndingAt(size_t end, size_t floor) const;
  std::pair<size_t, lang::TitleWord> TitleWordsStartingAt(size_t begin, size_t ceiling) const;

 private:
  std::string_view text_;
  const Analysis& doc_;
  const lang::Lexicon& lexicon_;
  std::vector<uint32_t> sentence_of_token_;
  mutable std::vector<std::string> lower_words_;  // see Lower()
  mutable std::vector<bool> lowered_;
};

}  // namespace newsgraph::entities
