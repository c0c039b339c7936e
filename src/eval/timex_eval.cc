#include "eval/timex_eval.h"

#include <algorithm>
#include <cstdio>

#include "newsgraph/text.h"
#include "timex/timex.h"

namespace newsgraph::eval {
namespace {

uint32_t Overlap(const Span& a, const Span& b) {
  const uint32_t start = std::max(a.start, b.start), end = std::min(a.end, b.end);
  return end > start ? end - start : 0;
}

std::string Quoted(const std::string& text, const Span& span) {
  std::string s = "[";
  s.append(span.In(text));
  s.push_back(']');
  return s;
}

std::string Context(const std::string& text, const Span& span) {
  const uint32_t from = span.start > 50 ? span.start - 50 : 0;
  const uint32_t to = std::min<uint32_t>(static_cast<uint32_t>(text.size()), span.end + 50);
  std::string s = text.substr(from, span.start - from) + "[[" + std::string(span.In(text)) + "]]" +
                  text.substr(span.end, to - span.end);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

}  // namespace

void ScoreTimexes(const TimemlDocument& doc, const std::vector<GoldTimex>& predicted, size_t max_errors,
                  TimexScores* scores) {
  const std::vector<GoldTimex>& gold = doc.timexes;
  auto error = [&](const std::string& line) {
    if (scores->errors.size() < max_errors) scores->errors.push_back(doc.id + "\t" + line);
  };
  for (const GoldTimex& g : gold) ++scores->by_type[g.type].gold;
  for (const GoldTimex& p : predicted) ++scores->by_type[p.type].predicted;

  // Strict: equal spans.
  int64_t strict = 0;
  for (const GoldTimex& g : gold)
    for (const GoldTimex& p : predicted)
      if (p.span == g.span) {
        ++strict;
        break;
      }
  scores->strict.Add(static_cast<int64_t>(gold.size()), static_cast<int64_t>(predicted.size()), strict);

  // Relaxed: one-to-one by overlap, the largest overlaps first (ties: the earlier gold timex).
  struct Pair {
    uint32_t overlap;
    size_t gold, predicted;
  };
  std::vector<Pair> pairs;
  for (size_t g = 0; g < gold.size(); ++g)
    for (size_t p = 0; p < predicted.size(); ++p)
      if (const uint32_t overlap = Overlap(gold[g].span, predicted[p].span)) pairs.push_back({overlap, g, p});
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.overlap > b.overlap; });
  std::vector<int> match_of_predicted(predicted.size(), -1);
  std::vector<int> match_of_gold(gold.size(), -1);
  for (const Pair& pair : pairs) {
    if (match_of_gold[pair.gold] >= 0 || match_of_predicted[pair.predicted] >= 0) continue;
    match_of_gold[pair.gold] = static_cast<int>(pair.predicted);
    match_of_predicted[pair.predicted] = static_cast<int>(pair.gold);
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    const GoldTimex& gt = gold[g];
    if (match_of_gold[g] < 0) {
      scores->relaxed.AddMissed();
      error("MISSED\t" + Quoted(doc.text, gt.span) + "\t" + gt.type + " " + gt.value + "\t" +
            Context(doc.text, gt.span));
      continue;
    }
    const GoldTimex& pt = predicted[match_of_gold[g]];
    scores->relaxed.AddMatch();
    ++scores->by_type[gt.type].gold_found;
    ++scores->by_type[pt.type].predicted_correct;
    if (pt.type == gt.type) ++scores->type_correct;
    if (pt.value == gt.value) {
      ++scores->value_correct;
      ++scores->by_type[gt.type].value_correct;
    } else {
      error("VALUE\t" + Quoted(doc.text, gt.span) + "\tgold " + gt.type + " " + gt.value + ", got " + pt.type + " " +
            pt.value + "\t" + Context(doc.text, gt.span));
    }
    if (!(pt.span == gt.span))
      error("EXTENT\t" + Quoted(doc.text, gt.span) + "\tgot " + Quoted(doc.text, pt.span) + "\t" +
            Context(doc.text, gt.span));
  }
  for (size_t p = 0; p < predicted.size(); ++p) {
    if (match_of_predicted[p] >= 0) continue;
    scores->relaxed.AddSpurious();
    const GoldTimex& pt = predicted[p];
    error("SPURIOUS\t" + Quoted(doc.text, pt.span) + "\t" + pt.type + " " + pt.value + "\t" +
          Context(doc.text, pt.span));
  }
}

TimexScores EvaluateTimexes(const std::vector<TimemlDocument>& docs, size_t max_errors) {
  TimexScores scores;
  Analysis analysis;
  for (const TimemlDocument& doc : docs) {
    Segment(doc.text, SegmenterOptions{}, &analysis);
    std::vector<GoldTimex> predicted;
    for (const Timex& t : timex::FindTimexes(doc.text, analysis, doc.creation))
      predicted.push_back(GoldTimex{t.span, TimexTypeName(t.type), t.value, t.mod, ""});
    ScoreTimexes(doc, predicted, max_errors, &scores);
  }
  return scores;
}

std::string FormatTimexScores(const TimexScores& s) {
  std::string out;
  char line[256];
  out += "strict extent:   " + FormatCounts(s.strict) + "\n";
  out += "relaxed extent:  " + FormatCounts(s.relaxed) + "\n";
  std::snprintf(line, sizeof line, "type:            F1 %.4f  (correct %lld; accuracy on relaxed matches %.4f)\n",
                s.type_f1(), static_cast<long long>(s.type_correct),
                s.relaxed.matched() ? static_cast<double>(s.type_correct) / s.relaxed.matched() : 0.0);
  out += line;
  std::snprintf(line, sizeof line, "value:           F1 %.4f  (correct %lld; accuracy on relaxed matches %.4f)\n",
                s.value_f1(), static_cast<long long>(s.value_correct),
                s.relaxed.matched() ? static_cast<double>(s.value_correct) / s.relaxed.matched() : 0.0);
  out += line;
  out += "by type (relaxed extent; P over predictions of the type, R over gold of the type):\n";
  for (const auto& [type, t] : s.by_type) {
    std::snprintf(line, sizeof line, "  %-9s P %.4f  R %.4f  F1 %.4f  value F1 %.4f  (gold %lld, predicted %lld)\n",
                  type.c_str(), t.precision(), t.recall(), t.f1(), t.value_f1(), static_cast<long long>(t.gold),
                  static_cast<long long>(t.predicted));
    out += line;
  }
  return out;
}

}  // namespace newsgraph::eval
