// Byte-level helpers shared by the HTML modules: ASCII case-insensitive search and a start-tag scanner over raw
// bytes (used for the charset prescan, before any parser runs). Header-only, thread-safe.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph::input {

inline bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
inline char AsciiLowerChar(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// `a` equals `lower` (already lower case) ignoring ASCII case.
inline bool EqualsCaseless(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (AsciiLowerChar(a[i]) != lower[i]) return false;
  return true;
}

inline bool StartsWithCaseless(std::string_view a, std::string_view lower) {
  return a.size() >= lower.size() && EqualsCaseless(a.substr(0, lower.size()), lower);
}

// First position >= from where `lower` (lower case, non-empty) occurs in `text` ignoring ASCII case, or npos.
inline size_t FindCaseless(std::string_view text, std::string_view lower, size_t from = 0) {
  if (lower.empty() || text.size() < lower.size()) return std::string_view::npos;
  const char first_lower = lower[0];
  const char first_upper = (first_lower >= 'a' && first_lower <= 'z') ? static_cast<char>(first_lower - 32) : first_lower;
  for (size_t i = from; i + lower.size() <= text.size(); ++i) {
    if (text[i] != first_lower && text[i] != first_upper) continue;
    if (EqualsCaseless(text.substr(i, lower.size()), lower)) return i;
  }
  return std::string_view::npos;
}

// A tag read from raw bytes at a '<': its name, attributes (raw values, quotes removed) and the offset after '>'.
// end == 0 when the tag is not closed within the bytes.
struct TagScan {
  std::string_view name;
  bool closing = false;
  std::vector<std::pair<std::string_view, std::string_view>> attributes;
  size_t end = 0;
};

inline TagScan ScanTag(std::string_view html, size_t lt) {
  TagScan tag;
  size_t i = lt + 1;
  const size_t n = html.size();
  if (i < n && html[i] == '/') {
    tag.closing = true;
    ++i;
  }
  const size_t name_start = i;
  while (i < n && !IsHtmlSpace(html[i]) && html[i] != '>' && html[i] != '/') ++i;
  tag.name = html.substr(name_start, i - name_start);
  if (tag.name.empty() || !((tag.name[0] | 0x20) >= 'a' && (tag.name[0] | 0x20) <= 'z')) {
    // "<!doctype", "<?xml", "< " and the like: skip to the next '>'.
    const size_t gt = html.find('>', lt + 1);
    tag.name = {};
    tag.end = gt == std::string_view::npos ? 0 : gt + 1;
    return tag;
  }
  while (i < n) {
    while (i < n && (IsHtmlSpace(html[i]) || html[i] == '/')) ++i;
    if (i >= n) break;
    if (html[i] == '>') {
      tag.end = i + 1;
      return tag;
    }
    const size_t attr_start = i;
    while (i < n && !IsHtmlSpace(html[i]) && html[i] != '>' && html[i] != '/' && html[i] != '=') ++i;
    const std::string_view name = html.substr(attr_start, i - attr_start);
    if (name.empty()) ++i;  // a stray '=' : skip it
    while (i < n && IsHtmlSpace(html[i])) ++i;
    std::string_view value;
    if (i < n && html[i] == '=') {
      ++i;
      while (i < n && IsHtmlSpace(html[i])) ++i;
      if (i < n && (html[i] == '"' || html[i] == '\'')) {
        const char quote = html[i++];
        const size_t close = html.find(quote, i);
        if (close == std::string_view::npos) return tag;
        value = html.substr(i, close - i);
        i = close + 1;
      } else {
        const size_t value_start = i;
        while (i < n && !IsHtmlSpace(html[i]) && html[i] != '>') ++i;
        value = html.substr(value_start, i - value_start);
      }
    }
    if (!name.empty()) tag.attributes.emplace_back(name, value);
  }
  return tag;
}

}  // namespace newsgraph::input
