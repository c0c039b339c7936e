// Reading TimeML documents (TimeBank, TempEval-3): the raw text of the TEXT element with the TIMEX3 and EVENT tags
// found in it as byte spans, the document creation time from the TIMEX3 whose functionInDocument is CREATION_TIME,
// and the event instances (MAKEINSTANCE) and temporal links (TLINK) that follow the text.
//
// Only the TEXT element is returned and scored: the DCT itself lives in the header (DCT element), so it is never a
// timex to find. Other tags inside TEXT (SIGNAL ...) are dropped; XML entities are decoded.
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
  std::string tid;  // "t12"
};

// An EVENT tag with the attributes of its first MAKEINSTANCE (TimeML 1.2 keeps tense, aspect, polarity, modality and
// part of speech on the instance); the instance fields are empty when the event has none.
struct GoldEvent {
  Span span;        // into TimemlDocument::text
  std::string eid;  // "e1"
  std::string cls;  // OCCURRENCE, REPORTING, I_ACTION, I_STATE, STATE, ASPECTUAL, PERCEPTION
  std::string eiid;  // "ei375"
  std::string tense, aspect, polarity, modality, pos;
};

// A TLINK between event instances (eiid) and times (tid).
struct GoldTlink {
  std::string rel;  // BEFORE, IS_INCLUDED, ...
  std::string from, to;  // an eiid or a tid
  bool from_time = false, to_time = false;
};

struct TimemlDocument {
  std::string id;                // the file name without extension
  std::string text;              // the TEXT element as plain text
  std::optional<Date> creation;  // the DCT (its calendar date)
  std::vector<GoldTimex> timexes;
  std::vector<GoldEvent> events;  // in text order
  std::vector<GoldTlink> tlinks;
  std::string creation_tid;  // the tid of the DCT ("t0")
};

// Errors: kCorrupt when the document has no TEXT element or its TIMEX3 or EVENT tags do not nest.
StatusOr<TimemlDocument> ParseTimeml(std::string_view xml, std::string id);

// Helpers shared with the other XML gold readers: the value of attribute `name` in a tag's text
// (`<TIMEX3 tid="t1" ...>`, "" when absent), and text with its XML entities decoded.
std::string XmlAttribute(std::string_view tag, std::string_view name);
std::string DecodeXmlText(std::string_view text);

// Every *.tml file of `dir` (not macOS "._" metadata files), sorted by name. Errors: kNotFound, kIoError, or the first
// file that does not parse.
StatusOr<std::vector<TimemlDocument>> ReadTimemlDirectory(const std::string& dir);

}  // namespace newsgraph::eval
