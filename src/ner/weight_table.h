// The feature weights of a linear model, found by 64-bit feature key: `row_size` floats per key, indexed by
// util::KeyIndex, and stored in model files as int16 with one scale, sorted by key, each row as a bit mask of its
// non-zero entries followed by those entries (rows that round to zero are left out). The event-trigger model and the
// part-of-speech model keep their weights in one; the table is what their files share after the envelope
// (ner/model_file.h).
//
// Built once (Add, then Finish) or read; immutable and thread-safe afterwards.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "ner/binary_io.h"
#include "newsgraph/status.h"
#include "util/key_index.h"

namespace newsgraph::ner {

class WeightTable {
 public:
  explicit WeightTable(int row_size = 1) : row_size_(row_size) {}

  int row_size() const { return row_size_; }
  size_t size() const { return keys_.size(); }

  // Assembling (training): add every feature's row_size weights, then Finish() once (sorts by key and indexes).
  void Add(uint64_t key, const float* row);
  void Finish();

  // The row_size weights of `key`, or nullptr for a feature the table does not hold.
  const float* Row(uint64_t key) const {
    const int64_t row = index_.Find(key);
    return row < 0 ? nullptr : &weights_[static_cast<size_t>(row) * row_size_];
  }
  // rows[k] = Row(keys[k]) for k < n, the look-ups overlapped (util::KeyIndex::FindRows).
  void Rows(const uint64_t* keys, size_t n, const float** rows) const {
    index_.FindRows(keys, n, weights_.data(), static_cast<size_t>(row_size_), rows);
  }

  // `mask_bytes` (2, 4 or 8, at least row_size bits) is the width of each row's mask in the file.
  void Write(BinaryWriter* out, int mask_bytes) const;
  // Errors: kCorrupt, the message starting with `what` ("event model").
  Status Read(BinaryReader* in, int mask_bytes, std::string_view what);

 private:
  int row_size_;
  std::vector<uint64_t> keys_;
  std::vector<float> weights_;
  util::KeyIndex index_;  // keys_[k] -> row k
};

}  // namespace newsgraph::ner
