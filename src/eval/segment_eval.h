// Scores tokens and sentences against gold CoNLL-U: `newsgraph eval segment --conllu FILE`.
#pragma once

#include <string>
#include <vector>

#include "eval/conllu.h"
#include "eval/metrics.h"
#include "newsgraph/text.h"

namespace newsgraph::eval {

struct SegmentScores {
  Counts tokens;               // exact token spans
  Counts sentences;            // exact sentence spans (the CoNLL 2018 shared task "Sentences" measure)
  Counts boundaries;           // sentence end offsets
  Counts inner_boundaries;     // sentence ends that are not paragraph ends (the hard ones)
  std::vector<std::string> errors;        // a sample of wrong sentence boundaries, with context
  std::vector<std::string> token_errors;  // a sample of gold tokens not found
};

SegmentScores EvaluateSegmentation(const std::vector<ConlluDocument>& docs, const SegmenterOptions& options,
                                   size_t max_errors = 0);

}  // namespace newsgraph::eval
