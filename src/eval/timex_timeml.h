// Reading TimeML documents (TimeBank, TempEval-3): the raw text of the TEXT element with the TIMEX3 tags found in it
// as byte spans, and the document creation time from the TIMEX3 whose functionInDocument is CREATION_TIME.
//
// Only the TEXT element is returned and scored: the DCT itself lives in the header (DCT element), so it is never a
// timex to find. Tags inside TEXT other than TIMEX3 (EVENT, SIGNAL ...) are dropped; XML entities are decoded.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph::eval {

struct GoldTimex {
  Span span;  // into TimemlDocument::text
  std::string type;
  std::string value;
  std::string mod;
};

struct TimemlDocument {
  std::string id;                // the file name without extension
  std::string text;              // the TEXT element as plain text
  std::optional<Date> creation;  // the DCT (its calendar date)
  std::vector<GoldTimex> timexes;
};

// Errors: kCorrupt when the document has no TEXT element or its tags do not nest.
StatusOr<TimemlDocument> ParseTimeml(std::string_view xml, std::string id);

// Every *.tml file of `dir` (not macOS "._" metadata files), sorted by name. Errors: kNotFound, kIoError, or the first
// file that does not parse.
StatusOr<std::vector<TimemlDocument>> ReadTimemlDirectory(const std::string& dir);

}  // namespace newsgraph::eval
