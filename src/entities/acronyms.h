// Acronyms an article defines ("the World Food Programme (WFP)") and wire credit lines ("(Reporting by Jane Smith;
// Editing by John Doe)"): plain readings of the token stream the entity stage uses (src/entities/resolver.cc).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::entities {

// "the World Food Programme (WFP)": the long form's tokens [long_begin, long_end) and the acronym's token.
struct AcronymDefinition {
  size_t long_begin = 0, long_end = 0;
  size_t acronym = 0;
};

// Whether `acronym` (capitals, possibly with digits, '&' or lower-case letters inside: "WFP", "UNHCR", "DoJ") can be
// made from the words: its first letter is the first word's, and its letters are found in order among the words'
// first letters and, failing that, their other letters ("ECOWAS" from "Economic Community of West African States").
bool AcronymFits(std::string_view acronym, const std::vector<std::string_view>& words);

// Whether a token can be an acronym: two to eight characters, mostly capitals, no full stop ("WFP", "UNHCR").
bool LooksLikeAcronym(std::string_view word);

// The definitions in the text: a run of capitalised words (with "of", "for", "and", "the", "on" inside) right before
// "(" ACRONYM ")" that the acronym fits, trimmed to the shortest run starting with the acronym's first letter that
// still fits.
std::vector<AcronymDefinition> FindAcronymDefinitions(std::string_view text, const std::vector<Token>& tokens);

// Wire credit lines: "(Reporting by ...; Editing by ...)", "Reporting by ... in London; editing by ...", "Additional
// reporting by ...", "Writing by", "Compiled by": the byte spans (from the opening bracket or the line's first word
// to the closing bracket or the end of the line) whose names credit the article's makers, not people in the story.
std::vector<Span> WireCreditSpans(std::string_view text);

}  // namespace newsgraph::entities
