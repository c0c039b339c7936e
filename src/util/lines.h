// Reading text line by line: every line of a text (Lines), and the line-oriented data files under data/
// (ForEachDataLine: '#' starts a comment line, blank lines are skipped, trailing '\r' and spaces are dropped).
#pragma once

#include <string_view>

namespace newsgraph::util {

// The lines of a text, each without its '\n' and a trailing '\r':
//   util::Lines lines(text);
//   for (std::string_view line; lines.Next(&line);) ...
class Lines {
 public:
  explicit Lines(std::string_view content) : content_(content) {}
  bool Next(std::string_view* line) {
    if (pos_ >= content_.size()) return false;
    size_t nl = content_.find('\n', pos_);
    if (nl == std::string_view::npos) nl = content_.size();
    *line = content_.substr(pos_, nl - pos_);
    pos_ = nl + 1;
    if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
    return true;
  }

 private:
  std::string_view content_;
  size_t pos_ = 0;
};

template <typename Fn>
void ForEachDataLine(std::string_view content, Fn&& fn) {
  Lines lines(content);
  for (std::string_view line; lines.Next(&line);) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    fn(line);
  }
}

}  // namespace newsgraph::util
