// Precision, recall and F1 from counts, shared by every evaluation.
#pragma once

#include <cstdint>
#include <string>

namespace newsgraph::eval {

struct Counts {
  int64_t true_positives = 0;
  int64_t false_positives = 0;  // predicted, not in gold
  int64_t false_negatives = 0;  // in gold, not predicted

  int64_t predicted() const { return true_positives + false_positives; }
  int64_t gold() const { return true_positives + false_negatives; }
  double precision() const { return predicted() ? static_cast<double>(true_positives) / predicted() : 0.0; }
  double recall() const { return gold() ? static_cast<double>(true_positives) / gold() : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  Counts& operator+=(const Counts& o) {
    true_positives += o.true_positives;
    false_positives += o.false_positives;
    false_negatives += o.false_negatives;
    return *this;
  }
};

// "P 0.9912  R 0.9874  F1 0.9893  (gold 25094, predicted 25000, correct 24800)"
std::string FormatCounts(const Counts& c);

}  // namespace newsgraph::eval
