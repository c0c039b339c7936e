// Training of the NER tagger: an averaged structured perceptron (Collins 2002) over the features of ner/features.h,
// with exact Viterbi decoding under the label set's constraints, in two stages (Ratinov & Roth 2009): the first
// stage sees one sentence at a time; the second also sees how the first labelled the other occurrences of each word
// in the document. The second stage is trained on first-stage labels of the training documents predicted by models
// that did not see them (k-fold jackknifing), so that it learns how far to trust them.
//
// Epochs are chosen on the development set (early stopping on entity F1); nothing else reads it.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "eval/ner_conll.h"
#include "ner/model.h"
#include "newsgraph/status.h"

namespace newsgraph::train {

struct NerTrainOptions {
  ner::TagScheme scheme = ner::TagScheme::kBilou;
  ner::FeatureOptions features;
  int max_epochs = 30;
  int patience = 4;            // stop after this many epochs without a better development F1
  int stages = 2;
  int folds = 5;               // jackknife folds for the second stage
  int min_feature_count = 1;   // features seen fewer times in training are dropped
  int threads = 2;
  uint64_t seed = 1;
  float word_dropout = 0;      // share of capitalized training words that lose their identity features per epoch
  int ensemble = 1;            // perceptrons (different sentence orders) averaged into each stage's weights
  float pa_c = 0;              // > 0: passive-aggressive (PA-I) updates with this cap instead of perceptron steps
  float prune = 0;             // drop features whose largest absolute weight is below this share of the largest
  std::string settings_note;   // recorded in the model's metadata (e.g. the command line)
};

// Lexical resources for training: everything the model will carry.
struct NerResources {
  ner::WordLexicon lexicon;
  ner::Gazetteer gazetteer;
  std::string description;  // what was loaded, for the metadata
};

// Word clusters in the Brown-cluster "paths" format: "<bits>\t<word>\t<count>" per line.
Status LoadClusters(const std::string& path, ner::WordLexicon* lexicon, std::string* description);
// Casing statistics: "<lower>\t<lower-case count>\t<capitalized count>\t<usual form>" per line.
Status LoadCasing(const std::string& path, ner::WordLexicon* lexicon, std::string* description);
// Name lists: every "<list>.txt" of `dir`, one name per line ('#' starts a comment line); names are tokenized with
// newsgraph's tokenizer and matched case-insensitively.
Status LoadGazetteers(const std::string& dir, ner::Gazetteer* gazetteer, std::string* description);

// Progress lines for the command-line tool ("stage 1 epoch 3: dev F1 88.12").
using ProgressFn = std::function<void(std::string_view)>;

struct NerTrainResult {
  std::unique_ptr<ner::NerModel> model;
  double dev_f1[2] = {0, 0};  // per stage, with the best epoch
  int epochs[2] = {0, 0};
  double seconds = 0;
};

StatusOr<NerTrainResult> TrainNer(const eval::ConllFile& train, const eval::ConllFile& dev, NerResources resources,
                                  const NerTrainOptions& options, const ProgressFn& progress);

}  // namespace newsgraph::train
