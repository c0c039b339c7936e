#include "lang/clause.h"

namespace newsgraph::lang {

bool IsPassive(const Words& w, int v, int lo) {
  if (w[v].form != VerbForm::kPast) return false;
  int j = v - 1;
  int steps = 0;
  while (j >= lo && steps < 3 && w.Is(j, kLower) && w.Has(j, kAdverb)) --j, ++steps;
  if (j < lo) return false;
  return w.Lower(j, "is") || w.Lower(j, "are") || w.Lower(j, "was") || w.Lower(j, "were") || w.Lower(j, "be") ||
         w.Lower(j, "been") || w.Lower(j, "being") || w.Lower(j, "'s");
}

}  // namespace newsgraph::lang
