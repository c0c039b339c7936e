// Scores quotations against PolNeAR: `newsgraph eval quotes --polnear DIR`.
//
// PolNeAR attributions fall in three classes by their Content (eval::MarksOf): direct (all of it inside
// quotation marks), mixed (partly quoted: `said the plan was “a fantasy”`) and indirect (no marks).
// Matching is by overlap: a prediction is correct when it overlaps a gold Content of its class, a gold Content
// is found when a prediction of its class overlaps it (a Content split by "he said" into two quotations counts
// once found, and both quotations correct).
//
// Direct quotations: gold = direct attributions. Predictions = quotations in marks, `direct` and `fragment`
// (PolNeAR takes the quoted words of "called it a “disaster”" as a direct Content; we call them a fragment).
// A quotation that overlaps no direct Content but lies in a mixed or indirect one is set aside, neither right
// nor wrong: the annotators took it into a larger Content of reported speech. The strict figure counts only
// `direct` predictions and counts every one that overlaps no direct Content as wrong.
// Indirect attributions: gold = mixed and indirect attributions. Predictions = `indirect` quotes; a mixed
// attribution is also found by a quotation in marks inside it.
//
// Speaker accuracy is over the gold attributions that were found and have a Source: the prediction overlapping
// the gold Content most must have a speaker that overlaps the Source (or whose resolved antecedent does), or
// name the same entity: when the gold Source is a pronoun, the entity is named by the nearest non-pronoun Source
// annotated before it; when the predicted speaker is a pronoun, by its resolved antecedent; two names are the
// same entity when their last words are (case aside: "Donald Trump" and "Trump").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "eval/metrics.h"
#include "eval/polnear.h"
#include "newsgraph/document.h"
#include "newsgraph/status.h"
#include "quotes/cue_model.h"

namespace newsgraph::eval {

// Counts by overlap: gold_found and predicted_correct are counted apart (see eval/metrics.h).
using OverlapCounts = Counts;

struct AccuracyCounts {
  int64_t total = 0, correct = 0;
  double accuracy() const { return total ? static_cast<double>(correct) / total : 0.0; }
};

struct QuoteScores {
  OverlapCounts direct;
  int64_t direct_set_aside = 0;  // quotations in marks inside a mixed or indirect Content (not in `direct`)
  OverlapCounts direct_strict;
  OverlapCounts indirect;
  AccuracyCounts direct_speakers;
  AccuracyCounts indirect_speakers;
  int64_t fragments = 0;          // predicted fragments
  int64_t fragments_in_gold = 0;  // ... inside some gold Content
  std::vector<std::string> errors;  // a sample of misses, false positives and wrong speakers, with context
  // How many errors of each kind were seen ([0] direct, [1] indirect); `errors` keeps the first few of each.
  size_t missed[2] = {0, 0}, false_positives[2] = {0, 0}, wrong_speakers[2] = {0, 0};
};

// "P 0.9912  R 0.9874  F1 0.9893  (gold 410: found 405; predicted 420: correct 416)"
std::string FormatOverlap(const OverlapCounts& c);

// Adds the scores of one document's predictions to *scores; keeps up to max_errors examples of each kind of error.
void ScoreQuotes(const PolnearDocument& gold, const std::vector<Quote>& predicted, size_t max_errors,
                 QuoteScores* scores);

struct QuoteEvalOptions {
  bool quotes_only = false;  // segmentation and the quotation finder only, without the other pipeline stages
  size_t max_errors = 0;
  std::string models_dir;    // PipelineOptions::models_dir of the full pipeline, and of the cue model
  bool no_cue_model = false; // with quotes_only: the rules alone, without the learned cue model
  const quotes::CueModel* cue_model = nullptr;  // with quotes_only: this model instead of the models directory's
};

// Analyses every document (the full pipeline, or only the quotation finder) and scores it.
StatusOr<QuoteScores> EvaluateQuotes(const std::vector<PolnearDocument>& docs, const QuoteEvalOptions& options);

}  // namespace newsgraph::eval
