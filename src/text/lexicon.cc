#include "text/lexicon.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "text/unicode.h"
#include "util/lines.h"

namespace newsgraph::embedded {
extern const std::string_view abbreviations;
extern const std::string_view sentence_openers;
extern const std::string_view hyphen_prefixes;
}  // namespace newsgraph::embedded

namespace newsgraph::text {
namespace {

struct AbbreviationEntry {
  AbbreviationClass klass;
  bool capitalised_only;  // written with a capital in the list
};

struct Lexicon {
  std::unordered_map<std::string, AbbreviationEntry> abbreviations;
  std::unordered_set<std::string> openers;
  std::unordered_set<std::string> hyphen_prefixes;

  Lexicon() {
    util::ForEachDataLine(embedded::abbreviations, [&](std::string_view line) {
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos) return;
      const std::string_view word = line.substr(0, tab), klass = line.substr(tab + 1);
      AbbreviationEntry entry{AbbreviationClass::kGeneral, IsUpper(static_cast<unsigned char>(word[0]))};
      if (klass == "title") entry.klass = AbbreviationClass::kTitle;
      if (klass == "month") entry.klass = AbbreviationClass::kMonth;
      if (klass == "numeral") entry.klass = AbbreviationClass::kNumeral;
      abbreviations.emplace(LowerCase(word), entry);
    });
    util::ForEachDataLine(embedded::sentence_openers,
                          [&](std::string_view line) { openers.emplace(LowerCase(line)); });
    util::ForEachDataLine(embedded::hyphen_prefixes,
                          [&](std::string_view line) { hyphen_prefixes.emplace(LowerCase(line)); });
  }
};

const Lexicon& GetLexicon() {
  static const Lexicon lexicon;
  return lexicon;
}

// "U.S", "a.m", "e.g": letters separated by single dots, each segment one letter.
bool IsDottedAcronym(std::string_view word) {
  if (word.size() < 3) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const bool letter_slot = (i % 2 == 0);
    if (letter_slot ? !IsAsciiAlpha(word[i]) : word[i] != '.') return false;
  }
  return word.size() % 2 == 1;
}

}  // namespace

AbbreviationClass ClassifyAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 12) return AbbreviationClass::kNone;
  if (IsDottedAcronym(word)) return AbbreviationClass::kGeneral;
  if (word.size() == 1 && IsAsciiAlpha(word[0]) && IsUpper(static_cast<unsigned char>(word[0])))
    return AbbreviationClass::kGeneral;  // an initial: "J. K. Rowling", but also "plan B."
  const auto& map = GetLexicon().abbreviations;
  const auto it = map.find(LowerCase(word));
  if (it == map.end()) return AbbreviationClass::kNone;
  if (it->second.capitalised_only && !IsUpper(static_cast<unsigned char>(word[0]))) return AbbreviationClass::kNone;
  return it->second.klass;
}

bool IsSentenceOpener(std::string_view word) {
  if (word.size() > 16) return false;
  return GetLexicon().openers.count(LowerCase(word)) > 0;
}

bool IsHyphenPrefix(std::string_view word) {
  if (word.size() > 8) return false;
  return GetLexicon().hyphen_prefixes.count(LowerCase(word)) > 0;
}

}  // namespace newsgraph::text
