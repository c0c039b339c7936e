#include "eval/segment_eval.h"

#include <algorithm>
#include <set>
#include <utility>

namespace newsgraph::eval {
namespace {

template <typename T>
Counts Compare(const std::set<T>& gold, const std::set<T>& predicted) {
  Counts c;
  int64_t matched = 0;
  for (const T& p : predicted) matched += gold.count(p) ? 1 : 0;
  c.Add(static_cast<int64_t>(gold.size()), static_cast<int64_t>(predicted.size()), matched);
  return c;
}

std::string Context(const std::string& text, uint32_t at) {
  const uint32_t from = at > 60 ? at - 60 : 0;
  std::string s = text.substr(from, at - from) + " || " + text.substr(at, 60);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

}  // namespace

SegmentScores EvaluateSegmentation(const std::vector<ConlluDocument>& docs, const SegmenterOptions& options,
                                   size_t max_errors) {
  SegmentScores scores;
  Analysis analysis;
  for (const ConlluDocument& doc : docs) {
    Segment(doc.text, options, &analysis);
    std::set<std::pair<uint32_t, uint32_t>> gold_tokens, predicted_tokens, gold_sentences, predicted_sentences;
    std::set<uint32_t> gold_ends, predicted_ends, paragraph_ends;
    for (const auto& w : doc.words) gold_tokens.emplace(w.span.start, w.span.end);
    for (const auto& t : analysis.tokens) predicted_tokens.emplace(t.span.start, t.span.end);
    for (const auto& s : doc.sentences) {
      gold_sentences.emplace(s.start, s.end);
      gold_ends.insert(s.end);
    }
    for (const auto& s : analysis.sentences) {
      predicted_sentences.emplace(s.span.start, s.span.end);
      predicted_ends.insert(s.span.end);
    }
    for (const auto& p : doc.paragraphs) paragraph_ends.insert(p.end);
    std::set<uint32_t> gold_inner, predicted_inner;
    for (uint32_t e : gold_ends)
      if (!paragraph_ends.count(e)) gold_inner.insert(e);
    for (uint32_t e : predicted_ends)
      if (!paragraph_ends.count(e)) predicted_inner.insert(e);
    scores.tokens += Compare(gold_tokens, predicted_tokens);
    scores.sentences += Compare(gold_sentences, predicted_sentences);
    scores.boundaries += Compare(gold_ends, predicted_ends);
    scores.inner_boundaries += Compare(gold_inner, predicted_inner);
    for (const auto& [b, e] : gold_tokens)
      if (!predicted_tokens.count({b, e}) && scores.token_errors.size() < max_errors)
        scores.token_errors.push_back("gold token not found: " + doc.text.substr(b, e - b) + "   in: " + Context(doc.text, b));
    for (const auto& [b, e] : predicted_tokens)
      if (!gold_tokens.count({b, e}) && scores.token_errors.size() < max_errors)
        scores.token_errors.push_back("extra token: " + doc.text.substr(b, e - b) + "   in: " + Context(doc.text, b));
    for (uint32_t e : gold_inner)
      if (!predicted_inner.count(e) && scores.errors.size() < max_errors)
        scores.errors.push_back("missed: " + Context(doc.text, e));
    for (uint32_t e : predicted_inner)
      if (!gold_inner.count(e) && scores.errors.size() < max_errors)
        scores.errors.push_back("extra:  " + Context(doc.text, e));
  }
  return scores;
}

}  // namespace newsgraph::eval
