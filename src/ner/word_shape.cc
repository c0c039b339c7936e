#include "ner/word_shape.h"

#include "text/unicode.h"

namespace newsgraph::ner {

namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

char CasingClass(uint16_t flags, std::string_view word) {
  if (!(flags & (kHasUpper | kHasLower))) return 'n';
  if (!(flags & kHasUpper)) return 'l';
  if (!(flags & kHasLower)) {
    int letters = 0;
    for (unsigned char c : word) letters += text::IsAsciiAlpha(static_cast<char>(c)) || c >= 0xC0;
    return letters >= 2 ? 'A' : 'c';
  }
  if (!(flags & kInitialUpper)) return 'm';
  // Capitalized unless an upper-case letter follows the first one ("McDonald", "BBCs").
  bool first = true;
  for (size_t i = 0; i < word.size();) {
    int len = 1;
    const char32_t c = text::DecodeAt(word, i, &len);
    if (text::IsUpper(c) && !first) return 'm';
    if (text::IsUpper(c) || text::IsLower(c)) first = false;
    i += len;
  }
  return 'c';
}

void AnalyzeWord(std::string_view word, WordForm* f) {
  f->lower.clear();
  f->shape.clear();
  f->short_shape.clear();
  f->flags = 0;
  uint16_t flags = 0;
  int length = 0;
  bool first_char = true;
  bool all_digits = !word.empty();
  char last_shape = 0;
  for (size_t i = 0; i < word.size();) {
    int len = 1;
    const unsigned char b = static_cast<unsigned char>(word[i]);
    char32_t c = b;
    if (b >= 0x80) c = text::DecodeAt(word, i, &len);
    char s;
    if (c < 0x80 ? (c >= 'A' && c <= 'Z') : text::IsUpper(c)) {
      flags |= kHasUpper;
      if (first_char) flags |= kInitialUpper;
      s = 'X';
      if (c < 0x80) {
        f->lower.push_back(static_cast<char>(c + 32));
      } else {
        text::AppendUtf8(text::ToLower(c), &f->lower);
      }
      all_digits = false;
    } else if (c < 0x80 ? (c >= 'a' && c <= 'z') : text::IsLower(c)) {
      flags |= kHasLower;
      s = 'x';
      f->lower.append(word.substr(i, len));
      all_digits = false;
    } else if (c >= '0' && c <= '9') {
      flags |= kHasDigit;
      s = 'd';
      f->lower.push_back('0');
    } else {
      all_digits = false;
      if (c == '-') {
        flags |= kHasHyphen;
      } else if (c == '.') {
        flags |= kHasPeriod;
      } else if (c == '\'') {
        flags |= kHasApostrophe;
      } else if (c >= 0x80 && text::Classify(c) == text::CharClass::kLetter) {
        // letters without case (CJK, Arabic): shape 'x' below
      } else if (c >= 0x80 && text::Classify(c) == text::CharClass::kDigit) {
        flags |= kHasDigit;
      } else {
        flags |= kHasOther;
      }
      s = c < 0x80 ? static_cast<char>(c) : (text::Classify(c) == text::CharClass::kLetter ? 'x' : '*');
      f->lower.append(word.substr(i, len));
    }
    if (f->shape.size() < 12) f->shape.push_back(s);
    if (s != last_shape) f->short_shape.push_back(s);
    last_shape = s;
    first_char = false;
    ++length;
    i += len;
  }
  if (all_digits) flags |= kAllDigits;
  if (!(flags & (kHasUpper | kHasLower | kHasDigit))) {
    bool any_letter = false;
    for (char s : f->short_shape) any_letter |= s == 'x';
    if (!any_letter) flags |= kNoAlnum;
  }
  f->flags = flags;
  f->casing = CasingClass(flags, word);
  f->length = static_cast<uint8_t>(length > 255 ? 255 : length);
}

std::string_view PrefixChars(std::string_view s, int n) {
  size_t i = 0;
  for (int k = 0; k < n && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && IsContinuation(static_cast<unsigned char>(s[i]))) ++i;
  }
  return s.substr(0, i);
}

std::string_view SuffixChars(std::string_view s, int n) {
  size_t i = s.size();
  for (int k = 0; k < n && i > 0; ++k) {
    --i;
    while (i > 0 && IsContinuation(static_cast<unsigned char>(s[i]))) --i;
  }
  return s.substr(i);
}

std::string TitleCase(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  bool first = true;
  for (size_t i = 0; i < word.size();) {
    int len = 1;
    const char32_t c = text::DecodeAt(word, i, &len);
    const bool letter = text::IsUpper(c) || text::IsLower(c);
    if (letter && !first) {
      text::AppendUtf8(text::ToLower(c), &out);
    } else {
      out.append(word.substr(i, len));
    }
    if (letter) first = false;
    i += len;
  }
  return out;
}

}  // namespace newsgraph::ner
