// Code point decoding and character classes for the scanners. Input is already valid UTF-8.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsgraph::text {

// Decodes the code point at text[pos] (valid UTF-8) and sets *length to its byte length.
inline char32_t DecodeAt(std::string_view text, size_t pos, int* length) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const unsigned char b0 = s[0];
  if (b0 < 0x80) {
    *length = 1;
    return b0;
  }
  if (b0 < 0xE0) {
    *length = 2;
    return ((b0 & 0x1Fu) << 6) | (s[1] & 0x3Fu);
  }
  if (b0 < 0xF0) {
    *length = 3;
    return ((b0 & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
  }
  *length = 4;
  return ((b0 & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
}

// Start of the code point that ends just before `pos` (pos > 0).
inline size_t PreviousStart(std::string_view text, size_t pos) {
  do {
    --pos;
  } while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80);
  return pos;
}

enum class CharClass : uint8_t {
  kSpace,
  kLetter,
  kDigit,
  kMark,      // combining marks, ZWJ, variation selectors: they extend the previous character
  kQuote,     // " ' and typographic quotation marks
  kDash,      // - – — ― ‒ −
  kPunct,     // other punctuation
  kSymbol,    // currency, math, emoji, other symbols
  kControl,   // C0/C1 controls other than whitespace, NUL
};

CharClass Classify(char32_t c);
bool IsUpper(char32_t c);  // uppercase or titlecase letter
bool IsLower(char32_t c);
char32_t ToLower(char32_t c);

inline bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// Lowercases ASCII letters and any other letter via Unicode simple case mapping.
std::string LowerCase(std::string_view text);

// Appends the UTF-8 encoding of c.
void AppendUtf8(char32_t c, std::string* out);

}  // namespace newsgraph::text
