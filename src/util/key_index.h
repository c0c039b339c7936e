// The rows of a linear model's features, found by their 64-bit keys: open addressing (key and row side by side, one
// cache line per probe) behind a Bloom filter small enough for the cache, since most keys a text produces (word
// bigrams above all) are not in the model. Built once from the keys; read-only and thread-safe afterwards.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsgraph::util {

class KeyIndex {
 public:
  // Indexes keys[k] as row k (keys distinct).
  void Build(const std::vector<uint64_t>& keys) {
    size_t size = 16;
    while (size < keys.size() * 2) size <<= 1;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (size_t k = 0; k < keys.size(); ++k) {
      size_t slot = static_cast<size_t>(keys[k]) & mask_;
      while (slots_[slot].row != 0) slot = (slot + 1) & mask_;
      slots_[slot] = Slot{keys[k], k + 1};
    }
    size_t bits = 1024;  // about 16 bits per key, two set by each
    while (bits < keys.size() * 16) bits <<= 1;
    bloom_.assign(bits / 64, 0);
    bloom_mask_ = bits - 1;
    for (uint64_t key : keys) {
      const uint64_t b1 = (key >> 24) & bloom_mask_, b2 = (key >> 44) & bloom_mask_;
      bloom_[b1 >> 6] |= uint64_t{1} << (b1 & 63);
      bloom_[b2 >> 6] |= uint64_t{1} << (b2 & 63);
    }
  }
  void Clear() {
    slots_.clear();
    bloom_.clear();
  }

  // The row of `key`, or -1.
  int64_t Find(uint64_t key) const {
    if (slots_.empty() || !MayHave(key)) return -1;
    return Probe(key);
  }

  // rows[k] = Find(keys[k]) for k < n. The memory reads of a batch's keys overlap (each stage of the look-up is
  // prefetched for all of them before any is read), which makes it several times faster than one Find per key when
  // the index is not in the cache: the first sight of a word type looks up some 50 features.
  void FindAll(const uint64_t* keys, size_t n, int64_t* rows) const {
    if (slots_.empty()) {
      for (size_t k = 0; k < n; ++k) rows[k] = -1;
      return;
    }
    constexpr size_t kBatch = 32;
    for (size_t b = 0; b < n; b += kBatch) {
      const size_t e = b + kBatch < n ? b + kBatch : n;
      for (size_t k = b; k < e; ++k) {
        const uint64_t b1 = (keys[k] >> 24) & bloom_mask_, b2 = (keys[k] >> 44) & bloom_mask_;
        __builtin_prefetch(&bloom_[b1 >> 6]);
        __builtin_prefetch(&bloom_[b2 >> 6]);
      }
      for (size_t k = b; k < e; ++k) {
        rows[k] = MayHave(keys[k]) ? 0 : -1;
        if (rows[k] == 0) __builtin_prefetch(&slots_[static_cast<size_t>(keys[k]) & mask_]);
      }
      for (size_t k = b; k < e; ++k)
        if (rows[k] == 0) rows[k] = Probe(keys[k]);
    }
  }

  // rows[k] = the weights of keys[k] (the row_size floats at weights + row * row_size, row from Find) or nullptr for
  // an unknown key, for k < n: FindAll in batches, each found row's first, middle and last cache lines prefetched.
  // A model's look-up of a word type's features (ner::NerModel, events::EventModel) goes through it.
  void FindRows(const uint64_t* keys, size_t n, const float* weights, size_t row_size, const float** rows) const {
    constexpr size_t kBatch = 64;
    int64_t found[kBatch];
    for (size_t b = 0; b < n; b += kBatch) {
      const size_t m = n - b < kBatch ? n - b : kBatch;
      FindAll(keys + b, m, found);
      for (size_t k = 0; k < m; ++k) {
        const float* row = found[k] < 0 ? nullptr : weights + static_cast<size_t>(found[k]) * row_size;
        rows[b + k] = row;
        if (row) {
          __builtin_prefetch(row);
          __builtin_prefetch(row + row_size / 2);
          __builtin_prefetch(row + row_size - 1);
        }
      }
    }
  }

 private:
  bool MayHave(uint64_t key) const {
    const uint64_t b1 = (key >> 24) & bloom_mask_, b2 = (key >> 44) & bloom_mask_;
    return ((bloom_[b1 >> 6] >> (b1 & 63)) & 1) && ((bloom_[b2 >> 6] >> (b2 & 63)) & 1);
  }
  int64_t Probe(uint64_t key) const {
    for (size_t slot = static_cast<size_t>(key) & mask_;; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (s.row == 0) return -1;
      if (s.key == key) return static_cast<int64_t>(s.row - 1);
    }
  }

  struct Slot {
    uint64_t key = 0;
    uint64_t row = 0;  // 1 + row; 0 marks an empty slot
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::vector<uint64_t> bloom_;
  uint64_t bloom_mask_ = 0;
};

}  // namespace newsgraph::util
