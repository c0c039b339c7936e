#include "train/perceptron.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <utility>

namespace newsgraph::train {

FeatureIds::FeatureIds(const std::vector<uint64_t>& train_keys, int min_count) {
  std::unordered_map<uint64_t, uint32_t> count;
  for (uint64_t k : train_keys) ++count[k];
  for (const auto& [k, c] : count)
    if (static_cast<int>(c) >= min_count) Add(k);
}

uint32_t FeatureIds::Add(uint64_t key) {
  const auto [it, added] = id_.emplace(key, static_cast<uint32_t>(key_of_.size()));
  if (added) key_of_.push_back(key);
  return it->second;
}

void FeatureIds::Map(const std::vector<uint64_t>& keys, std::vector<uint32_t>* ids) const {
  ids->resize(keys.size());
  for (size_t k = 0; k < keys.size(); ++k) {
    const auto it = id_.find(keys[k]);
    (*ids)[k] = it == id_.end() ? unknown() : it->second;
  }
}

AveragedPerceptron::AveragedPerceptron(size_t rows, int row_size)
    : row_size_(row_size), w_(rows * static_cast<size_t>(row_size), 0.0f), u_(w_.size(), 0.0) {}

void AveragedPerceptron::Average(std::vector<float>* averaged) const {
  averaged->resize(w_.size());
  for (size_t k = 0; k < w_.size(); ++k) (*averaged)[k] = static_cast<float>(w_[k] - u_[k] / c_);
  std::fill(averaged->end() - row_size_, averaged->end(), 0.0f);
}

namespace {

// One averaged perceptron, its epochs chosen on the development set: the weights and the epoch.
std::pair<std::vector<float>, int> TrainOne(size_t rows, int row_size, size_t sentences, uint64_t seed,
                                            const PerceptronOptions& options,
                                            const std::function<void(AveragedPerceptron&, uint32_t)>& learn,
                                            const std::function<double(const std::vector<float>&, int)>& evaluate) {
  AveragedPerceptron perceptron(rows, row_size);
  std::vector<float> averaged, best_w;
  std::vector<uint32_t> order(sentences);
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(seed);
  double best_score = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= options.max_epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (uint32_t s : order) learn(perceptron, s);
    perceptron.Average(&averaged);
    const double score = evaluate(averaged, epoch);
    if (score > best_score) {
      best_score = score;
      best_epoch = epoch;
      best_w = averaged;
    } else if (epoch - best_epoch >= options.patience) {
      break;
    }
  }
  return {std::move(best_w), best_epoch};
}

}  // namespace

TrainedWeights TrainPerceptrons(size_t rows, int row_size, size_t sentences, const PerceptronOptions& options,
                                const std::function<void(AveragedPerceptron&, uint32_t)>& learn,
                                const std::function<double(const std::vector<float>&, int)>& evaluate) {
  // An ensemble of perceptrons that saw the sentences in different orders, their averaged weights averaged.
  TrainedWeights result;
  result.weights.assign(rows * static_cast<size_t>(row_size), 0.0f);
  for (int member = 0; member < options.ensemble; ++member) {
    const auto [w, epoch] =
        TrainOne(rows, row_size, sentences, options.seed + static_cast<uint64_t>(member), options, learn, evaluate);
    for (size_t k = 0; k < w.size(); ++k) result.weights[k] += w[k] / static_cast<float>(options.ensemble);
    result.epochs = std::max(result.epochs, epoch);
  }
  return result;
}

}  // namespace newsgraph::train
