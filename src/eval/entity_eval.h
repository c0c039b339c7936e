// Scores the entity stage on hand-written cases (tests/fixtures/entities/cases.jsonl):
// `newsgraph eval entities --cases FILE`.
#pragma once

#include <string>
#include <vector>

#include "eval/metrics.h"
#include "newsgraph/pipeline.h"

namespace newsgraph::eval {

struct EntityCaseScores {
  int cases = 0;
  Counts mentions;  // entity mentions, exact span
  Counts links;     // pairs of mentions of one entity (mention clustering precision and recall)
  int facts = 0, facts_right = 0;  // names, types, countries, roles and metonyms the cases list
  std::vector<std::string> errors;
};

StatusOr<EntityCaseScores> EvaluateEntityCases(const Pipeline& pipeline, const std::string& path);

}  // namespace newsgraph::eval
