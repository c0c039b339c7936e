// What the features see of one token's characters: a normalized form, its lowercase, its shape and casing.
// Pure functions, thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/normalize.h"

namespace newsgraph::ner {

// Typographic quotes, apostrophes and dashes made ASCII (text/normalize.h), so that raw web text and the ASCII CoNLL
// training data give the same features.
using text::NormalizeToken;

enum WordFlag : uint16_t {
  kHasUpper = 1 << 0,
  kHasLower = 1 << 1,
  kHasDigit = 1 << 2,
  kHasHyphen = 1 << 3,
  kHasPeriod = 1 << 4,
  kHasApostrophe = 1 << 5,
  kInitialUpper = 1 << 6,  // the first letter (the first character) is upper case
  kAllDigits = 1 << 7,
  kNoAlnum = 1 << 8,       // punctuation, quotes, symbols only
  kHasOther = 1 << 9,      // a character that is none of letter, digit, hyphen, period, apostrophe
};

// Casing class: 'n' no letters, 'l' all lower case, 'c' capitalized (upper first letter, no other upper),
// 'A' all upper case (2+ letters), 'm' mixed ("McDonald", "iPhone").
char CasingClass(uint16_t flags, std::string_view word);

struct WordForm {
  std::string lower;        // lower case, ASCII digits replaced by '0'
  std::string shape;        // X x d and the other characters, at most 12
  std::string short_shape;  // the shape with runs collapsed: "Xx", "X.X.", "d-d"
  uint16_t flags = 0;
  char casing = 'n';
  uint8_t length = 0;  // code points, at most 255
};

// `word` is a normalized token.
void AnalyzeWord(std::string_view word, WordForm* form);

// The first (or last) n code points of s.
std::string_view PrefixChars(std::string_view s, int n);
std::string_view SuffixChars(std::string_view s, int n);

// "JAPAN" -> "Japan": upper first letter, the rest lower case (for looking up headline words).
std::string TitleCase(std::string_view word);

}  // namespace newsgraph::ner
