// A direct-mapped cache of a linear model's weight rows, one per thread: the frequent features of a text (common
// bigrams, casing patterns, cluster pairs) stay close at hand instead of probing the model's large table each time.
// `Model` has `const float* Row(uint64_t key) const` (nullptr for an unknown key); the rows live as long as it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsgraph::util {

class HotRows {
 public:
  static constexpr size_t kSlots = 8192;

  template <typename Model>
  const float* Row(const Model& model, uint64_t key) {
    const size_t slot = Slot(key);
    if (keys_[slot] == key && key != 0) return rows_[slot];
    const float* row = model.Row(key);
    keys_[slot] = key;
    rows_[slot] = row;
    return row;
  }

  // rows[k] = Row(model, keys[k]) for k < n; the keys not cached here are looked up together, with
  // `void Model::Rows(const uint64_t* keys, size_t n, const float** rows) const`, which may overlap their reads.
  template <typename Model>
  void Rows(const Model& model, const uint64_t* keys, size_t n, const float** rows) {
    miss_at_.clear();
    miss_keys_.clear();
    for (size_t k = 0; k < n; ++k) {
      const size_t slot = Slot(keys[k]);
      if (keys_[slot] == keys[k] && keys[k] != 0) {
        rows[k] = rows_[slot];
      } else {
        miss_at_.push_back(k);
        miss_keys_.push_back(keys[k]);
      }
    }
    miss_rows_.resize(miss_keys_.size());
    model.Rows(miss_keys_.data(), miss_keys_.size(), miss_rows_.data());
    for (size_t m = 0; m < miss_at_.size(); ++m) {
      const size_t slot = Slot(miss_keys_[m]);
      keys_[slot] = miss_keys_[m];
      rows_[slot] = rows[miss_at_[m]] = miss_rows_[m];
    }
  }

 private:
  static size_t Slot(uint64_t key) { return static_cast<size_t>(key >> 20) & (kSlots - 1); }
  std::vector<uint64_t> keys_ = std::vector<uint64_t>(kSlots, 0);
  std::vector<const float*> rows_ = std::vector<const float*>(kSlots, nullptr);
  std::vector<size_t> miss_at_;  // Rows(): where the keys not cached here are, the keys and their rows
  std::vector<uint64_t> miss_keys_;
  std::vector<const float*> miss_rows_;
};

}  // namespace newsgraph::util
