// Splitting lines of data and gold files into fields, as views into the line.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace newsgraph::util {

// Calls f(field) for the fields between separators, in order, empty ones kept: ("a\t\tb", '\t') -> "a", "", "b".
template <typename F>
void ForEachField(std::string_view text, char separator, F&& f) {
  size_t pos = 0;
  while (true) {
    const size_t next = text.find(separator, pos);
    f(text.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    if (next == std::string_view::npos) return;
    pos = next + 1;
  }
}

// The same fields in a vector: ("a\t\tb", '\t') -> {"a", "", "b"}.
inline std::vector<std::string_view> SplitFields(std::string_view text, char separator) {
  std::vector<std::string_view> fields;
  ForEachField(text, separator, [&](std::string_view field) { fields.push_back(field); });
  return fields;
}

// The same fields without a vector, for tables read line by line at start-up: the first N in *fields, the count of
// all of them returned.
template <size_t N>
size_t SplitFields(std::string_view text, char separator, std::array<std::string_view, N>* fields) {
  size_t count = 0;
  ForEachField(text, separator, [&](std::string_view field) {
    if (count < N) (*fields)[count] = field;
    ++count;
  });
  return count;
}

// Calls f(word) for the words between runs of spaces, in order: "  a  b " -> "a", "b".
template <typename F>
void ForEachWord(std::string_view text, F&& f) {
  size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    const size_t start = pos;
    while (pos < text.size() && text[pos] != ' ') ++pos;
    if (pos > start) f(text.substr(start, pos - start));
  }
}

// The same words in a vector: "  a  b " -> {"a", "b"}.
inline std::vector<std::string_view> SplitWords(std::string_view text) {
  std::vector<std::string_view> words;
  ForEachWord(text, [&](std::string_view w) { words.push_back(w); });
  return words;
}

}  // namespace newsgraph::util
