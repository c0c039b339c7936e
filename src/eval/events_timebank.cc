#include "eval/events_timebank.h"

#include <algorithm>
#include <fstream>

#include "newsgraph/text.h"
#include "text/token_search.h"

namespace newsgraph::eval {

StatusOr<std::map<std::string, std::string>> ReadTimebankSplit(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kNotFound, "split file " + path + " not found");
  std::map<std::string, std::string> split;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    const std::string part = tab == std::string::npos ? "" : line.substr(tab + 1);
    if (part != "train" && part != "dev" && part != "test")
      return Status(StatusCode::kCorrupt, path + ":" + std::to_string(number) + ": expected \"<document>\\t<train|dev|test>\"");
    split[line.substr(0, tab)] = part;
  }
  return split;
}

StatusOr<std::vector<TimemlDocument>> SelectPart(std::vector<TimemlDocument> docs,
                                                 const std::map<std::string, std::string>& split,
                                                 const std::string& part) {
  std::vector<TimemlDocument> out;
  for (TimemlDocument& d : docs) {
    const auto it = split.find(d.id);
    if (it == split.end()) return Status(StatusCode::kCorrupt, "document " + d.id + " is not in the split");
    if (part == "all" || it->second == part) out.push_back(std::move(d));
  }
  return out;
}

std::vector<int> EventOfToken(const TimemlDocument& doc, const std::vector<Token>& tokens, int* unaligned) {
  std::vector<int> event_of(tokens.size(), -1);
  for (size_t e = 0; e < doc.events.size(); ++e) {
    const Span span = doc.events[e].span;
    const size_t t = text::TokenAtOrAfter(tokens, span.start);
    if (t < tokens.size() && tokens[t].span == span)
      event_of[t] = static_cast<int>(e);
    else
      ++*unaligned;
  }
  return event_of;
}

AlignedTimeml AlignEvents(const TimemlDocument& doc) {
  AlignedTimeml a;
  Segment(doc.text, SegmenterOptions{}, &a.segmentation);
  a.event_of = EventOfToken(doc, a.segmentation.tokens, &a.unaligned);
  return a;
}

}  // namespace newsgraph::eval
