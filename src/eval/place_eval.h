// Scores geoparsing: `newsgraph eval places --gold FILE`.
//
// Gold (JSONL, one document a line; tests/fixtures/places/README.md):
//   {"id": "...", "text": "..."  or  "text_path": "data/polnear/dev/text/x.txt" (relative to the shared data folder),
//    "date": "2016-03-01", "dateline": [start, end] (optional),
//    "toponyms": [{"span": [start, end], "name": "Springfield", "geonameid": 4250542, "lat": 39.80, "lon": -89.64}]}
// Spans are UTF-8 byte offsets; "name" must equal the text at the span (checked).
//
// The measures are the standard ones of geoparsing (Gritta, Pilehvar, Limsopatham & Collier, "What's missing in
// geographical parsing?", Lang. Resources & Evaluation 2018; and "A Pragmatic Guide to Geoparsing Evaluation", 2019):
//  - toponym recognition: precision, recall and F1 of the toponym spans (exact match);
//  - toponym resolution, over the gold toponyms whose span a predicted toponym overlaps: accuracy@161 km (the share
//    of errors of at most 161 km, 100 miles), the AUC of the error curve (the trapezoid area under the sorted
//    ln(1 + error km), divided by ln(20039) and by the count less one: 0 is perfect, 1 every error half the Earth
//    away), and the mean and median error. A recognised toponym left without coordinates counts 20,039 km.
// Predicted toponyms are the pipeline's LOCATION entity mentions (names, not pronouns or titles).
#pragma once

#include <string>
#include <vector>

#include "eval/metrics.h"
#include "lang/toponyms.h"
#include "newsgraph/pipeline.h"

namespace newsgraph::eval {

inline constexpr double kMaxErrorKm = 20039;  // half the Earth's circumference

// How coordinates are chosen for the predicted toponyms.
enum class PlaceResolver {
  kEntities,  // the entity stage's own lat/lon (what newsgraph outputs)
  kToponyms,  // the document-level resolver of src/lang/toponyms over the same spans
};

// Which spans are resolved.
enum class PlaceMentions {
  kPipeline,  // the pipeline's LOCATION mentions (recognition and resolution together)
  kGold,      // the gold spans (resolution alone; recognition is then perfect by construction)
};

struct PlaceEvalOptions {
  std::string gold;
  std::string shared_dir;  // where "text_path" is found
  PlaceResolver resolver = PlaceResolver::kEntities;
  PlaceMentions mentions = PlaceMentions::kPipeline;
  lang::ToponymWeights weights;  // of the toponyms resolver (to choose them on development sets)
  bool recover_missed = true;    // kToponyms with kPipeline: add the place names the tagger missed
                                 // (lang::FindMissedToponyms)
};

struct PlaceScores {
  int documents = 0, skipped = 0;  // skipped: the text is in the shared data folder and it is absent
  Counts recognition;
  std::vector<double> errors_km;   // one per resolved gold toponym
  std::vector<std::string> notes;  // each miss, extra and error over 161 km

  double AccuracyAt161() const;
  double Auc() const;
  double MeanErrorKm() const;
  double MedianErrorKm() const;
};

// Gritta et al.'s AUC of the error curve for these errors (km); 0 for fewer than two.
double ErrorCurveAuc(std::vector<double> errors_km);

StatusOr<PlaceScores> EvaluatePlaces(const Pipeline& pipeline, const PlaceEvalOptions& options);

}  // namespace newsgraph::eval
