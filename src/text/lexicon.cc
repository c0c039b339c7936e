#include "text/lexicon.h"

#include <algorithm>
#include <bitset>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "text/unicode.h"
#include "util/lines.h"

namespace newsgraph::embedded {
extern const std::string_view abbreviations;
extern const std::string_view sentence_openers;
extern const std::string_view hyphen_prefixes;
extern const std::string_view fused_words;
}  // namespace newsgraph::embedded

namespace newsgraph::text {
namespace {

// Up to 8 ASCII letters, lower-cased, 7 bits each, as one integer; 0 for anything else.
uint64_t PackAsciiWord(std::string_view word) {
  if (word.empty() || word.size() > 8) return 0;
  uint64_t key = 0;
  for (const char c : word) {
    if (!IsAsciiAlpha(c)) return 0;
    key = (key << 7) | static_cast<uint64_t>(AsciiLower(c));
  }
  return key;
}

struct AbbreviationEntry {
  AbbreviationClass klass;
  bool capitalised_only;  // written with a capital in the list
};

struct Lexicon {
  std::unordered_map<std::string, AbbreviationEntry> abbreviations;
  std::unordered_set<std::string> openers;
  std::unordered_set<std::string> hyphen_prefixes;
  std::vector<std::pair<uint64_t, std::vector<uint8_t>>> fused_words;  // sorted by packed word
  std::bitset<9 * 26 * 26> fused_shapes;  // (length, first letter, last letter) of the fused words

  static size_t ShapeIndex(std::string_view word) {
    return (word.size() * 26 + (AsciiLower(word.front()) - 'a')) * 26 + (AsciiLower(word.back()) - 'a');
  }
  bool MayBeFused(std::string_view word) const {
    return word.size() >= 2 && word.size() <= 8 && IsAsciiAlpha(word.front()) && IsAsciiAlpha(word.back()) &&
           fused_shapes.test(ShapeIndex(word));
  }

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
    util::ForEachDataLine(embedded::fused_words, [&](std::string_view line) {
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos) return;
      std::vector<uint8_t> parts;
      std::string_view rest = line.substr(tab + 1);
      while (!rest.empty()) {
        const size_t space = rest.find(' ');
        parts.push_back(static_cast<uint8_t>(rest.substr(0, space).size()));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      }
      const std::string_view word = line.substr(0, tab);
      fused_words.emplace_back(PackAsciiWord(word), std::move(parts));
      fused_shapes.set(ShapeIndex(word));
    });
    std::sort(fused_words.begin(), fused_words.end());
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

const std::vector<uint8_t>* FusedWordParts(std::string_view word) {
  // Called for every word: a bit per (length, first letter, last letter) rejects almost all of them before the
  // packed-key binary search.
  const Lexicon& lexicon = GetLexicon();
  if (!lexicon.MayBeFused(word)) return nullptr;
  if (IsUpper(static_cast<unsigned char>(word[0])) && IsUpper(static_cast<unsigned char>(word[1])))
    return nullptr;  // "IM", "ALOT": an acronym or a shouted word, not a fused one
  const uint64_t key = PackAsciiWord(word);
  const auto& table = lexicon.fused_words;
  const auto it = std::lower_bound(table.begin(), table.end(), key,
                                   [](const auto& entry, uint64_t k) { return entry.first < k; });
  return it != table.end() && it->first == key ? &it->second : nullptr;
}

bool IsHyphenPrefix(std::string_view word) {
  if (word.size() > 8) return false;
  return GetLexicon().hyphen_prefixes.count(LowerCase(word)) > 0;
}

}  // namespace newsgraph::text
