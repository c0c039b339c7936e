// PolNeAR (Newell, Margolin & Ruths, LREC 2018): news articles with every attribution annotated in brat standoff
// format: a Source (who), a Cue ("said"), a Content (what), tied by an Attribution event.
//
//   auto docs = eval::ReadPolnear("../shared/data/polnear/dev");   // DIR/text/*.txt, DIR/attributions/*.ann
//
// brat offsets count Unicode code points; they are converted to UTF-8 byte offsets into the text as read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph::eval {

// How much of a Content is inside quotation marks.
enum class ContentMarks : uint8_t {
  kNone,   // indirect: "Sanders said the plan would fail"
  kPartly, // mixed: "Sanders said the plan was “a fantasy”"
  kAll,    // direct: "“The plan is a fantasy,” Sanders said"
};

struct PolnearAttribution {
  std::vector<Span> content;  // byte spans, in text order (a Content may be discontinuous; Content2 is added here)
  std::vector<Span> source;   // empty for attributions without a source
  std::vector<Span> cue;
  ContentMarks marks = ContentMarks::kNone;
  bool direct() const { return marks == ContentMarks::kAll; }
};

struct PolnearDocument {
  std::string name;       // the article's file name without ".txt"
  std::string annotator;  // the annotator id of the .ann file used
  std::string text;
  std::vector<PolnearAttribution> attributions;
};

// Parses a brat .ann file for `text`. Lines that are not annotations (continuations of a covered text that
// spans lines) are skipped; an offset beyond the text is an error.
StatusOr<std::vector<PolnearAttribution>> ParseBrat(std::string_view ann, std::string_view text);

// True when the content's words are inside quotation marks: from its first to its last character (spaces and
// a final , . ; : trimmed, and a leading complementizer "that" skipped), it opens with a quotation mark or
// directly follows one, and closes with one or directly precedes one. PolNeAR's annotators sometimes took the
// marks into the Content and sometimes not, and sometimes took a "that" in.
bool IsDirectContent(std::string_view text, const std::vector<Span>& content);

// kAll when IsDirectContent, kPartly when the Content holds a double quotation mark (“ ” " '' « » „) or an opening
// single one (‘), else kNone.
ContentMarks MarksOf(std::string_view text, const std::vector<Span>& content);

// Reads DIR/text/NAME.txt and DIR/attributions/NAME_ANNOTATOR.ann. Articles annotated by several annotators are
// scored against one of them, the annotator id that sorts first, so that results are reproducible.
StatusOr<std::vector<PolnearDocument>> ReadPolnear(const std::string& dir);

}  // namespace newsgraph::eval
