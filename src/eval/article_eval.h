// The article-body measure of the Zyte (Scrapinghub) article-extraction benchmark, exactly as its evaluate.py computes
// it: per page, the text is cut into tokens (runs of Python's Unicode \w: letters, numbers, '_'), the tokens into
// 4-token shingles counted with their multiplicity (a text of 1 to 3 tokens is one shingle of all of them, a text
// without tokens has none); tp/fp/fn are the shingle counts in common, only predicted and only in the truth, divided
// by their sum so that every page weighs the same. Precision is the mean over pages with tp + fp > 0, recall over
// pages with tp + fn > 0 (a page's precision or recall is 1 when fp = fn = 0), F1 = 2PR / (P + R). Accuracy is the
// share of pages whose token sequences are identical.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::eval {

// The \w+ runs of `text` (UTF-8; invalid bytes separate tokens).
std::vector<std::string_view> WordTokens(std::string_view text);

struct ShingleMatch {
  double tp = 0, fp = 0, fn = 0;  // normalised by their sum (all 0 when both texts have no shingle)
};
ShingleMatch MatchShingles(std::string_view truth, std::string_view prediction);

struct ArticleScores {
  double precision = 0, recall = 0, f1 = 0, accuracy = 0;
  size_t pages = 0;
};
ArticleScores AggregateArticleScores(const std::vector<ShingleMatch>& pages, const std::vector<bool>& exact);

// A page's precision and recall as the benchmark defines them.
double PagePrecision(const ShingleMatch& m);
double PageRecall(const ShingleMatch& m);

// ground-truth.json (or a prediction file in the same shape): {"<page id>": {"articleBody": "...", "url": "..."}}.
struct ArticleTruth {
  std::string body;
  std::string url;
};
StatusOr<std::map<std::string, ArticleTruth>> ReadArticleTruth(const std::string& path);

}  // namespace newsgraph::eval
