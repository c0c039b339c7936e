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
    const size_t slot = static_cast<size_t>(key >> 20) & (kSlots - 1);
    if (keys_[slot] == key && key != 0) return rows_[slot];
    const float* row = model.Row(key);
    keys_[slot] = key;
    rows_[slot] = row;
    return row;
  }

 private:
  std::vector<uint64_t> keys_ = std::vector<uint64_t>(kSlots, 0);
  std::vector<const float*> rows_ = std::vector<const float*>(kSlots, nullptr);
};

}  // namespace newsgraph::util
