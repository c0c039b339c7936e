// Word lists the segmenter consults, compiled from data/lexicon/*.txt into the library.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph::text {

enum class AbbreviationClass : uint8_t {
  kNone,
  kTitle,    // "Dr.", "Gov.", "No.": never ends a sentence
  kMonth,    // "Jan.": never ends a sentence before a day number
  kNumeral,  // "No.", "Vol.": an abbreviation only before a number ("No. 10")
  kGeneral,  // "Inc.", "U.S.", "a.m.": ends a sentence only before a typical sentence opener
};

// `word` is the abbreviation without its final full stop ("Mr", "U.S", "a.m").
AbbreviationClass ClassifyAbbreviation(std::string_view word);

// True for capitalised function words that typically open a sentence ("The", "He", "But").
bool IsSentenceOpener(std::string_view word);

// For a fused word ("gonna", "dont", "cannot"), the byte lengths of the words it splits into ({3, 2} for "gonna");
// null for any other word.
const std::vector<uint8_t>* FusedWordParts(std::string_view word);

// True for bound prefixes kept whole when hyphenated words are split ("e" of e-mail, "non", "re").
bool IsHyphenPrefix(std::string_view word);

}  // namespace newsgraph::text
