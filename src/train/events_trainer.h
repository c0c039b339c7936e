// Training of the event-trigger detector: a multiclass averaged perceptron (Collins 2002) over the features of
// events/trigger_features.h, one decision per token (TimeBank's triggers are single tokens), with a second head that
// learns the part of speech of gold triggers.
//
// The development documents choose the number of epochs (early stopping on strict trigger F1), a bias on "no event"
// (precision against recall) and the confidence temperature; nothing else reads them, and the test documents are
// never seen.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "eval/timex_timeml.h"
#include "events/trigger_model.h"
#include "ner/lexicon.h"
#include "newsgraph/status.h"
#include "pos/model.h"

namespace newsgraph::train {

struct EventTrainOptions {
  int max_epochs = 30;
  int patience = 5;            // stop after this many epochs without a better development F1
  int min_feature_count = 1;   // features seen fewer times in training are dropped
  uint64_t seed = 1;
  int ensemble = 3;            // perceptrons (different sentence orders) whose weights are averaged
  // With a POS model the detector also learns from each token's and its neighbours' parts of speech.
  const pos::PosModel* pos_model = nullptr;
  std::string settings_note;   // recorded in the model's metadata (e.g. the command line)
  std::string data_note;       // what data and split (recorded in the metadata)
};

struct EventTrainResult {
  std::unique_ptr<events::EventModel> model;
  double dev_f1 = 0;  // token-level strict trigger F1 on the development documents with the chosen settings
  int epochs = 0;
  float none_bias = 0;
  double seconds = 0;
};

using EventProgressFn = std::function<void(std::string_view)>;

StatusOr<EventTrainResult> TrainEvents(const std::vector<eval::TimemlDocument>& train,
                                       const std::vector<eval::TimemlDocument>& dev, ner::WordLexicon lexicon,
                                       events::SenseLexicon senses,
                                       const EventTrainOptions& options, const EventProgressFn& progress);

}  // namespace newsgraph::train
