// The language of a text, by CLD2 (Debian's libcld2: Google's Compact Language Detector 2, 83 languages).
// Thread-safe (CLD2 keeps no mutable state).
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::input {

struct LanguageGuess {
  std::string code;       // ISO 639-1 where there is one ("en", "pt", "ru"), "" when unknown
  int percent = 0;        // share of the text in that language
  bool reliable = false;  // CLD2's own confidence test
};

// `text` must be valid UTF-8 (plain text, not HTML). `declared` (an <html lang> or Content-Language value, "" if
// none) is passed as a hint; the text decides.
LanguageGuess DetectLanguage(std::string_view text, std::string_view declared = {});

}  // namespace newsgraph::input
