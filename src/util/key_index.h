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
    if (slots_.empty()) return -1;
    const uint64_t b1 = (key >> 24) & bloom_mask_, b2 = (key >> 44) & bloom_mask_;
    if (!((bloom_[b1 >> 6] >> (b1 & 63)) & 1) || !((bloom_[b2 >> 6] >> (b2 & 63)) & 1)) return -1;
    for (size_t slot = static_cast<size_t>(key) & mask_;; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (s.row == 0) return -1;
      if (s.key == key) return static_cast<int64_t>(s.row - 1);
    }
  }

 private:
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
