#include "text/normalize.h"

#include "text/unicode.h"

namespace newsgraph::text {

namespace {

// The ASCII replacement of a typographic character, or nullptr.
const char* Replacement(char32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB: return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2212: return "-";
    case 0x2013: case 0x2014: case 0x2015: return "--";
    case 0x2026: return "...";
    case 0x00A0: return " ";
    default: return nullptr;
  }
}

}  // namespace

bool NormalizeToken(std::string_view token, std::string* out) {
  bool ascii = true;
  for (unsigned char c : token) ascii &= c < 0x80;
  if (ascii) return false;
  std::string result;
  bool changed = false;
  for (size_t i = 0; i < token.size();) {
    int len = 1;
    const char32_t c = text::DecodeAt(token, i, &len);
    if (const char* r = Replacement(c)) {
      result += r;
      changed = true;
    } else {
      result.append(token.substr(i, len));
    }
    i += len;
  }
  if (!changed) return false;
  *out = std::move(result);
  return true;
}

}  // namespace newsgraph::text
