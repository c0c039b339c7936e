// Reading the line-oriented data files under data/: '#' starts a comment line, blank lines are skipped,
// trailing '\r' and spaces are dropped.
#pragma once

#include <string_view>

namespace newsgraph::util {

template <typename Fn>
void ForEachDataLine(std::string_view content, Fn&& fn) {
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    fn(line);
  }
}

}  // namespace newsgraph::util
