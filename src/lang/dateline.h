// The dateline of an article: the place name a news agency or paper writes before the story ("LONDON —",
// "ATHENS, Ga. (AP) —", "NEW DELHI:"), read once here for every stage that needs it: the entity stage makes it a
// place entity that anchors the article's other places (entities/places.h), the events stage places events the
// text does not place otherwise there (events/records.h).
//
// Pure functions; thread-safe.
#pragma once

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::lang {

// The word shape tests of capitalised names that the dateline reader uses (and the place step with it).
inline bool HasLower(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}
inline bool StartsUpper(std::string_view w) {
  if (w.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0xC3;  // an ASCII capital, or a Latin letter with a mark
}

// The span of the place name of the article's dateline ("LONDON" in "LONDON — Talks ..."; "ATHENS" in "ATHENS, Ga.
// (AP) —"), if the article starts one of its first paragraphs with one. The name is in capitals, or capitalised
// and followed at once by a dash (or, in capitals, a colon). `tokens` and `paragraphs` are the segmentation of
// `text`.
std::optional<Span> FindDateline(std::string_view text, const std::vector<Token>& tokens,
                                 const std::vector<Paragraph>& paragraphs);

}  // namespace newsgraph::lang
