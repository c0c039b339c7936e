#include "text/lexicon.h"

#include <algorithm>
#include <bitset>
#include <string>

#include "text/unicode.h"
#include "util/data_file.h"
#include "util/word_table.h"

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
  AbbreviationClass klass = AbbreviationClass::kNone;
  bool capitalised_only = false;  // written with a capital in the list
};

struct Lexicon {
  util::WordTable<AbbreviationEntry> abbreviations;
  util::WordTable<bool> openers;
  util::WordTable<bool> hyphen_prefixes;
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
    util::ForEachDataLine(util::DataFile::Get("data/lexicon/abbreviations.txt"), [&](std::string_view line) {
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos) return;
      const std::string_view word = line.substr(0, tab), klass = line.substr(tab + 1);
      AbbreviationEntry entry{AbbreviationClass::kGeneral, IsUpper(static_cast<unsigned char>(word[0]))};
      if (klass == "title") entry.klass = AbbreviationClass::kTitle;
      if (klass == "month") entry.klass = AbbreviationClass::kMonth;
      if (klass == "numeral") entry.klass = AbbreviationClass::kNumeral;
      if (const auto [slot, added] = abbreviations.Emplace(LowerCase(word)); added) *slot = entry;  // the first wins
    });
    util::ForEachDataLine(util::DataFile::Get("data/lexicon/sentence_openers.txt"),
                          [&](std::string_view line) { openers.Insert(LowerCase(line)) = true; });
    util::ForEachDataLine(util::DataFile::Get("data/lexicon/hyphen_prefixes.txt"),
                          [&](std::string_view line) { hyphen_prefixes.Insert(LowerCase(line)) = true; });
    util::ForEachDataLine(util::DataFile::Get("data/lexicon/fused_words.txt"), [&](std::string_view line) {
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

// Embedded tables, the same for every caller and changed by no option: one instance for the process, built on first
// use like a static table (the public newsgraph::Segment needs no Pipeline to hold it).
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
  const AbbreviationEntry* entry = GetLexicon().abbreviations.Find(LowerCase(word));
  if (!entry) return AbbreviationClass::kNone;
  if (entry->capitalised_only && !IsUpper(static_cast<unsigned char>(word[0]))) return AbbreviationClass::kNone;
  return entry->klass;
}

bool IsSentenceOpener(std::string_view word) {
  if (word.size() > 16) return false;
  return GetLexicon().openers.Find(LowerCase(word)) != nullptr;
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
  return GetLexicon().hyphen_prefixes.Find(LowerCase(word)) != nullptr;
}

}  // namespace newsgraph::text
