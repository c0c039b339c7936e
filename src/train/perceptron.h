// What the part-of-speech and event-trigger trainers share: the ids of the features kept for training
// (FeatureIds), the averaged perceptron (Collins 2002; AveragedPerceptron), and the loop that trains an ensemble of
// them for the epochs the development set chooses (TrainPerceptrons). Each trainer keeps its own examples, its own
// decoding (what `learn` does with a sentence) and its own development score.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

namespace newsgraph::train {

// Feature ids: the keys seen at least min_count times in training, then those Add()ed (features not in the
// training keys, such as a tagger's tag history). The id after the last, unknown(), is the zero row of keys dropped
// or unseen.
class FeatureIds {
 public:
  FeatureIds(const std::vector<uint64_t>& train_keys, int min_count);

  // The id of `key`, added if it has none.
  uint32_t Add(uint64_t key);
  // ids[k] = the id of keys[k], or unknown().
  void Map(const std::vector<uint64_t>& keys, std::vector<uint32_t>* ids) const;
  // Every key's id (without unknown()).
  const std::unordered_map<uint64_t, uint32_t>& ids() const { return id_; }
  uint32_t unknown() const { return static_cast<uint32_t>(key_of_.size()); }
  // Rows of a weight vector: the ids and the unknown feature.
  size_t rows() const { return key_of_.size() + 1; }
  size_t size() const { return key_of_.size(); }

  // Adds the rows of `weights` (row_size per id) that are not all zero to `model` (AddFeature(key, row)), then
  // FinishFeatures().
  template <typename Model>
  void Store(const std::vector<float>& weights, int row_size, Model* model) const {
    for (size_t f = 0; f < key_of_.size(); ++f) {
      const float* row = &weights[f * static_cast<size_t>(row_size)];
      if (std::any_of(row, row + row_size, [](float v) { return v != 0.0f; })) model->AddFeature(key_of_[f], row);
    }
    model->FinishFeatures();
  }

 private:
  std::unordered_map<uint64_t, uint32_t> id_;
  std::vector<uint64_t> key_of_;
};

// One averaged perceptron over `rows` feature ids of row_size weights each: w the current weights, u their sums
// weighted by time, c the time (the averaged weights are w - u / c).
class AveragedPerceptron {
 public:
  AveragedPerceptron(size_t rows, int row_size);

  // The current weights, row_size per feature id.
  const std::vector<float>& weights() const { return w_; }
  // Feature f's weight for `good` up by one, for `bad` down by one.
  void Update(uint32_t f, int good, int bad) {
    const size_t base = static_cast<size_t>(f) * static_cast<size_t>(row_size_);
    w_[base + good] += 1;
    w_[base + bad] -= 1;
    u_[base + good] += c_;
    u_[base + bad] -= c_;
  }
  // After each example, updated or not.
  void Tick() { c_ += 1; }
  // The averaged weights; the last row (the unknown feature, FeatureIds::unknown()) is zero.
  void Average(std::vector<float>* averaged) const;

 private:
  int row_size_;
  std::vector<float> w_;
  std::vector<double> u_;
  double c_ = 1;
};

struct PerceptronOptions {
  int max_epochs = 20;
  int patience = 3;  // stop after this many epochs without a better development score
  uint64_t seed = 1;
  int ensemble = 1;  // perceptrons (seeds seed, seed + 1, ...) whose weights are averaged
};

struct TrainedWeights {
  std::vector<float> weights;  // the average of the ensemble's chosen weights
  int epochs = 0;              // the most any member took
};

// Trains options.ensemble averaged perceptrons over `rows` feature ids (row_size weights each) and `sentences`
// training sentences. Each epoch goes through the sentences in a new random order, learn(perceptron, sentence) for
// each; then evaluate(averaged weights, epoch) scores the averaged weights on the development set (and reports it).
// A member keeps its best epoch's weights and stops after `patience` epochs without a better score.
TrainedWeights TrainPerceptrons(size_t rows, int row_size, size_t sentences, const PerceptronOptions& options,
                                const std::function<void(AveragedPerceptron&, uint32_t)>& learn,
                                const std::function<double(const std::vector<float>&, int)>& evaluate);

}  // namespace newsgraph::train
