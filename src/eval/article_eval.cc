#include "eval/article_eval.h"

#include <utf8proc.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>

namespace newsgraph::eval {
namespace {

// Python's str \w: isalnum() (categories L*, and the numeric types, i.e. N*) or '_'.
bool IsWordChar(utf8proc_int32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// Shingles of 4 tokens joined by a space (a character no token holds), with their counts.
std::unordered_map<std::string, int> Shingles(std::string_view text) {
  const std::vector<std::string_view> tokens = WordTokens(text);
  std::unordered_map<std::string, int> counts;
  if (tokens.empty()) return counts;
  const size_t n = 4;
  const size_t shingles = tokens.size() >= n ? tokens.size() - n + 1 : 1;
  for (size_t i = 0; i < shingles; ++i) {
    std::string key;
    for (size_t k = i; k < std::min(i + n, tokens.size()); ++k) {
      if (k > i) key.push_back(' ');
      key.append(tokens[k]);
    }
    ++counts[key];
  }
  return counts;
}

}  // namespace

std::vector<std::string_view> WordTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  const auto* s = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto n = static_cast<utf8proc_ssize_t>(text.size());
  utf8proc_ssize_t i = 0, start = -1;
  while (i < n) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t length = utf8proc_iterate(s + i, n - i, &c);
    if (length <= 0) {  // an invalid byte: not a word character
      c = -1;
      length = 1;
    }
    const bool word = c >= 0 && IsWordChar(c);
    if (word && start < 0) start = i;
    if (!word && start >= 0) {
      tokens.push_back(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
      start = -1;
    }
    i += length;
  }
  if (start >= 0) tokens.push_back(text.substr(static_cast<size_t>(start)));
  return tokens;
}

ShingleMatch MatchShingles(std::string_view truth, std::string_view prediction) {
  const auto t = Shingles(truth);
  const auto p = Shingles(prediction);
  ShingleMatch m;
  for (const auto& [key, count] : t) {
    auto it = p.find(key);
    const int predicted = it == p.end() ? 0 : it->second;
    m.tp += std::min(count, predicted);
    m.fn += std::max(0, count - predicted);
    m.fp += std::max(0, predicted - count);
  }
  for (const auto& [key, count] : p)
    if (!t.count(key)) m.fp += count;
  const double sum = m.tp + m.fp + m.fn;
  if (sum > 0) {
    m.tp /= sum;
    m.fp /= sum;
    m.fn /= sum;
  }
  return m;
}

double PagePrecision(const ShingleMatch& m) {
  if (m.fp == 0 && m.fn == 0) return 1;
  if (m.tp == 0 && m.fp == 0) return 0;
  return m.tp / (m.tp + m.fp);
}

double PageRecall(const ShingleMatch& m) {
  if (m.fp == 0 && m.fn == 0) return 1;
  if (m.tp == 0 && m.fn == 0) return 0;
  return m.tp / (m.tp + m.fn);
}

ArticleScores AggregateArticleScores(const std::vector<ShingleMatch>& pages, const std::vector<bool>& exact) {
  ArticleScores s;
  s.pages = pages.size();
  double precision = 0, recall = 0;
  size_t precision_pages = 0, recall_pages = 0;
  for (const ShingleMatch& m : pages) {
    if (m.tp + m.fp > 0) {
      precision += PagePrecision(m);
      ++precision_pages;
    }
    if (m.tp + m.fn > 0) {
      recall += PageRecall(m);
      ++recall_pages;
    }
  }
  s.precision = precision_pages ? precision / precision_pages : 0;
  s.recall = recall_pages ? recall / recall_pages : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  size_t same = 0;
  for (bool e : exact) same += e;
  s.accuracy = exact.empty() ? 0 : static_cast<double>(same) / exact.size();
  return s;
}

StatusOr<std::map<std::string, ArticleTruth>> ReadArticleTruth(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  nlohmann::json json = nlohmann::json::parse(buffer.str(), nullptr, false);
  if (json.is_discarded() || !json.is_object())
    return Status(StatusCode::kInvalidArgument, path + ": not a JSON object of pages");
  std::map<std::string, ArticleTruth> pages;
  for (const auto& [key, value] : json.items()) {
    if (!value.is_object()) return Status(StatusCode::kInvalidArgument, path + ": page " + key + " is not an object");
    ArticleTruth t;
    if (value.contains("articleBody") && value["articleBody"].is_string()) t.body = value["articleBody"];
    if (value.contains("url") && value["url"].is_string()) t.url = value["url"];
    pages.emplace(key, std::move(t));
  }
  return pages;
}

}  // namespace newsgraph::eval
