// Splitting lines of data and gold files into fields, as views into the line.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace newsgraph::util {

// The fields between separators, empty ones kept: ("a\t\tb", '\t') -> {"a", "", "b"}.
inline std::vector<std::string_view> SplitFields(std::string_view text, char separator) {
  std::vector<std::string_view> fields;
  size_t pos = 0;
  while (true) {
    const size_t next = text.find(separator, pos);
    fields.push_back(text.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    if (next == std::string_view::npos) return fields;
    pos = next + 1;
  }
}

// The same fields without a vector, for tables read line by line at start-up: the first N in *fields, the count of
// all of them returned.
template <size_t N>
size_t SplitFields(std::string_view text, char separator, std::array<std::string_view, N>* fields) {
  size_t count = 0, pos = 0;
  while (true) {
    const size_t next = text.find(separator, pos);
    if (count < N) (*fields)[count] = text.substr(pos, next == std::string_view::npos ? next : next - pos);
    ++count;
    if (next == std::string_view::npos) return count;
    pos = next + 1;
  }
}

// The words between runs of spaces: "  a  b " -> {"a", "b"}.
inline std::vector<std::string_view> SplitWords(std::string_view text) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    const size_t start = pos;
    while (pos < text.size() && text[pos] != ' ') ++pos;
    if (pos > start) words.push_back(text.substr(start, pos - start));
  }
  return words;
}

}  // namespace newsgraph::util
