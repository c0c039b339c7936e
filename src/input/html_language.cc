#include "input/html_language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>
#include <climits>

namespace CLD2 {
// Declared in cld2/internal/lang_script.h, exported by libcld2.
const char* LanguageCode(Language lang);
}  // namespace CLD2

namespace newsgraph::input {
namespace {

// CLD2 reads at most this much: enough for a sure answer, bounded for 50 MB pages.
constexpr size_t kMaxBytes = 1 << 17;

}  // namespace

LanguageGuess DetectLanguage(std::string_view text, std::string_view declared) {
  LanguageGuess guess;
  if (text.empty()) return guess;
  size_t length = std::min(text.size(), kMaxBytes);
  // Do not cut a UTF-8 sequence.
  while (length < text.size() && length > 0 && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80) --length;
  std::string hint;
  for (char c : declared.substr(0, 32)) hint.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  CLD2::CLDHints hints = {hint.empty() ? nullptr : hint.c_str(), nullptr, CLD2::UNKNOWN_ENCODING,
                          CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language language3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix = 0;
  const CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(length), true, &hints, 0, language3, percent3, scores3, nullptr, &text_bytes,
      &reliable, &valid_prefix);
  if (language == CLD2::UNKNOWN_LANGUAGE) return guess;
  const char* code = CLD2::LanguageCode(language);
  if (!code) return guess;
  guess.code = code;
  guess.percent = percent3[0];
  guess.reliable = reliable;
  return guess;
}

}  // namespace newsgraph::input
