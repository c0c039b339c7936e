// Training of the part-of-speech tagger: an averaged perceptron (Collins 2002) over the features of pos/features.h,
// decoding greedily left to right as the tagger does (the tag history features see the tags the model itself gave,
// so training meets the errors tagging will make).
//
// The development documents choose the number of epochs (early stopping on UPOS accuracy); nothing else reads them,
// and the test documents are never seen.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "eval/conllu.h"
#include "ner/lexicon.h"
#include "newsgraph/status.h"
#include "pos/model.h"

namespace newsgraph::train {

struct PosTrainOptions {
  int max_epochs = 20;
  int patience = 3;           // stop after this many epochs without a better development accuracy
  int min_feature_count = 1;  // features seen fewer times in training are dropped
  uint64_t seed = 1;
  // Perceptrons (different sentence orders) whose weights are averaged; 3 gave EWT dev 0.9520 against 0.9519, with a
  // model a fifth larger.
  int ensemble = 1;
  std::string settings_note;  // recorded in the model's metadata (e.g. the command line)
  std::string data_note;      // what data (recorded in the metadata)
};

struct PosTrainResult {
  std::unique_ptr<pos::PosModel> model;
  double dev_accuracy = 0;  // UPOS accuracy on the development documents (the saved, quantized model)
  int epochs = 0;  // the most any member of the ensemble took
  double seconds = 0;
};

using PosProgressFn = std::function<void(std::string_view)>;

StatusOr<PosTrainResult> TrainPos(const std::vector<eval::ConlluDocument>& train,
                                  const std::vector<eval::ConlluDocument>& dev, ner::WordLexicon lexicon,
                                  const PosTrainOptions& options, const PosProgressFn& progress);

}  // namespace newsgraph::train
