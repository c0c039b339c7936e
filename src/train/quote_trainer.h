// Trains the quotation finder's learned cue model (quotes/cue_model.h) on PolNeAR: `newsgraph train quotes`.
//
// 1. Every training article is segmented and run through the finder's rules; each word they leave as a candidate
//    (quotes::CollectCueCandidates) is labelled a cue when it lies inside the Cue of a gold attribution whose
//    Content is not all in quotation marks (reported speech, beliefs and stances; direct quotations are the
//    rules' business).
// 2. The gate: the words labelled a cue at least `min_cue_count` times and in at least `min_cue_rate` of their
//    occurrences as candidates. Only candidates of gated words are kept.
// 3. A logistic model over their features, trained by AdaGrad for `epochs` passes in a fixed shuffled order
//    (deterministic), features seen in fewer than `min_feature_count` examples left out.
// 4. The threshold: each of `thresholds` is tried on the dev articles with the full scorer (eval/quote_eval.h),
//    and the one with the best indirect F1 is kept, the highest of those within 0.002 of it on a tie (a handful of
//    choices made on dev; train never sees dev).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "eval/polnear.h"
#include "newsgraph/status.h"
#include "quotes/cue_model.h"

namespace newsgraph::train {

struct QuoteTrainOptions {
  int epochs = 8;
  int min_cue_count = 3;
  float min_cue_rate = 0.1f;  // and in at least this share of its occurrences as a candidate
  int min_feature_count = 5;
  float learning_rate = 0.2f;
  std::vector<float> thresholds{0.3f, 0.4f, 0.5f, 0.6f, 0.7f};
  std::string settings_note;  // the command line, kept in the model's metadata
};

struct QuoteTrainResult {
  std::unique_ptr<quotes::CueModel> model;
  std::string report;  // dev figures of each threshold, and of the rules alone
  double seconds = 0;
};

StatusOr<QuoteTrainResult> TrainQuoteCues(const std::vector<eval::PolnearDocument>& train,
                                          const std::vector<eval::PolnearDocument>& dev,
                                          const QuoteTrainOptions& options,
                                          const std::function<void(std::string_view)>& say);

}  // namespace newsgraph::train
