// Precision, recall and F1: the one score type of every evaluation.
//
// With one-to-one matching (exact spans, conlleval chunks, relaxed timex pairs) each match counts once on each side:
// Add(gold, predicted, matched). With overlap matching (PolNeAR attributions) a gold item is found by any
// prediction that overlaps it and a prediction is correct when it overlaps any gold item, so the two numerators
// are counted apart.
#pragma once

#include <cstdint>
#include <string>

namespace newsgraph::eval {

struct Counts {
  int64_t gold = 0;
  int64_t predicted = 0;
  int64_t gold_found = 0;         // gold items some prediction matches: recall's numerator
  int64_t predicted_correct = 0;  // predictions that match some gold item: precision's numerator

  // One-to-one matching: `matched` of the gold and predicted items are paired.
  void Add(int64_t gold_items, int64_t predicted_items, int64_t matched) {
    gold += gold_items;
    predicted += predicted_items;
    gold_found += matched;
    predicted_correct += matched;
  }
  void AddMatch() { Add(1, 1, 1); }
  void AddMissed() { Add(1, 0, 0); }     // a gold item no prediction matches
  void AddSpurious() { Add(0, 1, 0); }   // a prediction that matches no gold item
  // For one-to-one counts.
  int64_t matched() const { return predicted_correct; }
  int64_t missed() const { return gold - gold_found; }
  int64_t spurious() const { return predicted - predicted_correct; }

  double precision() const { return predicted ? static_cast<double>(predicted_correct) / predicted : 0.0; }
  double recall() const { return gold ? static_cast<double>(gold_found) / gold : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  // TempEval-3's attribute F1 (relaxed F1 x attribute accuracy): 2 * correct / (gold + predicted).
  double AttributeF1(int64_t correct) const {
    return gold + predicted ? 2.0 * correct / (gold + predicted) : 0.0;
  }
  Counts& operator+=(const Counts& o) {
    gold += o.gold;
    predicted += o.predicted;
    gold_found += o.gold_found;
    predicted_correct += o.predicted_correct;
    return *this;
  }
};

// "P 0.9912  R 0.9874  F1 0.9893  (gold 25094, predicted 25000, correct 24800)"
std::string FormatCounts(const Counts& c);

}  // namespace newsgraph::eval
