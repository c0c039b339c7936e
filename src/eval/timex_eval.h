// The TempEval-3 time-expression measures (UzZaman et al., 2013), computed here from scratch:
//   - strict extent: a predicted timex is correct when its span equals a gold span;
//   - relaxed extent: when it overlaps one (one-to-one: each gold timex matches at most one prediction, the
//     largest overlaps paired first);
//   - type and value: among relaxed matches, the attribute equals the gold one. TempEval-3 reports attribute F1 =
//     relaxed F1 x attribute accuracy, which is 2 * correct / (predicted + gold).
// Per type: precision over predictions of that type, recall over gold timexes of that type, and value F1 over
// both.
//
//   `newsgraph eval timex --timeml DIR` scores newsgraph on every .tml file of DIR, each resolved against its DCT.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "eval/metrics.h"
#include "eval/timex_timeml.h"

namespace newsgraph::eval {

// Per type: gold and predicted of that type, gold_found and predicted_correct by relaxed matches of either type.
struct TimexTypeScores : Counts {
  int64_t value_correct = 0;
  double value_f1() const { return AttributeF1(value_correct); }
};

struct TimexScores {
  Counts strict;
  Counts relaxed;
  int64_t type_correct = 0;   // relaxed matches whose type is the gold type
  int64_t value_correct = 0;  // relaxed matches whose value is the gold value

  double type_f1() const { return relaxed.AttributeF1(type_correct); }
  double value_f1() const { return relaxed.AttributeF1(value_correct); }

  std::map<std::string, TimexTypeScores> by_type;  // keyed by TimeML type
  std::vector<std::string> errors;                 // a sample, each with its document and context
};

// Scores one document's predictions against its gold timexes and adds to `scores`. Up to `max_errors` error lines
// are kept in scores->errors in all.
void ScoreTimexes(const TimemlDocument& doc, const std::vector<GoldTimex>& predicted, size_t max_errors,
                  TimexScores* scores);

// Runs the time-expression stage on every document (segmented with the default options, resolved against its DCT)
// and scores it.
TimexScores EvaluateTimexes(const std::vector<TimemlDocument>& docs, size_t max_errors = 0);

// The report `newsgraph eval timex` prints.
std::string FormatTimexScores(const TimexScores& scores);

}  // namespace newsgraph::eval
