#include "eval/metrics.h"

#include <cstdio>

namespace newsgraph::eval {

std::string FormatCounts(const Counts& c) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "P %.4f  R %.4f  F1 %.4f  (gold %lld, predicted %lld, correct %lld)", c.precision(),
                c.recall(), c.f1(), static_cast<long long>(c.gold), static_cast<long long>(c.predicted),
                static_cast<long long>(c.predicted_correct));
  return buf;
}

}  // namespace newsgraph::eval
