#include "text/unicode.h"

#include <utf8proc.h>

#include <array>
#include <cstring>
#include <string>

#include "newsgraph/text.h"

namespace newsgraph {
namespace {

// Length of the well-formed UTF-8 sequence at s[0..n) (Unicode Table 3-7), or 0 when it is ill-formed, with
// *bad set to the length of its maximal subpart (at least 1).
size_t SequenceLength(const unsigned char* s, size_t n, size_t* bad) {
  const unsigned char b0 = s[0];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    *bad = 1;
    return 0;
  }
  size_t i = 1;
  for (; i < need && i < n; ++i) {
    const unsigned char b = s[i];
    const bool ok = (i == 1) ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
    if (!ok) break;
  }
  if (i == need) return need;
  *bad = i;
  return 0;
}

inline bool EightAscii(const unsigned char* s) {
  uint64_t word;
  std::memcpy(&word, s, 8);
  return (word & 0x8080808080808080ull) == 0;
}

}  // namespace

bool IsValidUtf8(std::string_view text, size_t* error_offset) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && EightAscii(s + i)) {
      i += 8;
      continue;
    }
    size_t bad = 0;
    const size_t len = SequenceLength(s + i, n - i, &bad);
    if (len == 0) {
      if (error_offset) *error_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

RepairedText RepairUtf8(std::string_view text) {
  RepairedText out;
  out.text.reserve(text.size() + 16);
  out.to_original.reserve(text.size() + 17);
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    size_t bad = 0;
    const size_t len = SequenceLength(s + i, n - i, &bad);
    if (len > 0) {
      for (size_t k = 0; k < len; ++k) out.to_original.push_back(static_cast<uint32_t>(i + k));
      out.text.append(text.data() + i, len);
      i += len;
    } else {
      // All three bytes of the replacement point back at the first invalid byte.
      for (int k = 0; k < 3; ++k) out.to_original.push_back(static_cast<uint32_t>(i));
      out.text.append("\xEF\xBF\xBD");
      out.replaced_bytes += static_cast<uint32_t>(bad);
      i += bad;
    }
  }
  out.to_original.push_back(static_cast<uint32_t>(n));
  return out;
}

namespace text {
namespace {

constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kControl;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') k = CharClass::kSpace;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k = CharClass::kLetter;
    else if (c >= '0' && c <= '9') k = CharClass::kDigit;
    else if (c == '"' || c == '\'' || c == '`') k = CharClass::kQuote;
    else if (c == '-') k = CharClass::kDash;
    else if (c == '$' || c == '%' || c == '&' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' ||
             c == '|' || c == '~' || c == '#' || c == '@' || c == '*')
      k = CharClass::kSymbol;
    else if (c >= 33 && c < 127) k = CharClass::kPunct;
    t[c] = k;
  }
  return t;
}
constexpr std::array<CharClass, 128> kAscii = MakeAsciiTable();

}  // namespace

CharClass Classify(char32_t c) {
  if (c < 128) return kAscii[c];
  switch (c) {
    case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    case 0xFEFF: case 0x200B: case 0x0085:
      return CharClass::kSpace;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A: case 0x2032: case 0x2033: case 0x300C: case 0x300D:
    case 0x300E: case 0x300F: case 0xFF02: case 0xFF07:
      return CharClass::kQuote;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xFE58:
    case 0xFE63: case 0xFF0D:
      return CharClass::kDash;
    case 0x200C: case 0x200D:
      return CharClass::kMark;
    case 0xFFFD:  // a repaired byte most often stood for a letter (Latin-1 "é"): keep the word whole
      return CharClass::kLetter;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return CharClass::kSpace;
  if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || (c >= 0x1F3FB && c <= 0x1F3FF))
    return CharClass::kMark;  // variation selectors, emoji skin tones
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return CharClass::kSymbol;  // ½, ², Roman numerals as symbols: they do not join words
    case UTF8PROC_CATEGORY_ZS:
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
      return CharClass::kPunct;
    case UTF8PROC_CATEGORY_PD:
      return CharClass::kDash;
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS: case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
      return CharClass::kControl;
    default:
      return CharClass::kSymbol;
  }
}

bool IsUpper(char32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z';
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool IsLower(char32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL;
}

char32_t ToLower(char32_t c) {
  if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string LowerCase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      out.push_back(AsciiLower(static_cast<char>(b)));
      ++i;
      continue;
    }
    size_t bad = 0;
    const size_t len =
        SequenceLength(reinterpret_cast<const unsigned char*>(text.data()) + i, text.size() - i, &bad);
    if (len == 0) {  // keep stray bytes as they are
      out.append(text.data() + i, bad);
      i += bad;
      continue;
    }
    int n = 0;
    AppendUtf8(ToLower(DecodeAt(text, i, &n)), &out);
    i += len;
  }
  return out;
}

}  // namespace text
}  // namespace newsgraph
