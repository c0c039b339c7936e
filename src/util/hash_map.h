// The companion of util::WordTable for keys that are already 64-bit hashes (util/hash.h) rather than words: a phrase
// matched word by word through chained hashes (HashCombine of each word's HashString), a pair of words, or a cache
// keyed by a word's hash. One array of slots, so that a lookup reads one cache line. Key 0 is reserved (it marks an
// empty slot); callers never produce it (HashString and HashCombine outputs are mixed, and a zero is remapped by
// Normalize). For word keys use WordTable, which keeps and compares the key itself.
//
// Not thread-safe for writing; a built map may be read from many threads.
#pragma once

#include <cstdint>
#include <vector>

namespace newsgraph::util {

template <typename V>
class HashMap64 {
 public:
  static uint64_t Normalize(uint64_t key) { return key == 0 ? 1 : key; }

  // Inserts or returns the existing value's slot.
  V& operator[](uint64_t key) {
    key = Normalize(key);
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    size_t i = key & (slots_.size() - 1);
    while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & (slots_.size() - 1);
    if (slots_[i].key == 0) {
      slots_[i].key = key;
      slots_[i].value = V{};
      ++size_;
    }
    return slots_[i].value;
  }
  const V* Find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    key = Normalize(key);
    for (size_t i = key & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].key == key) return &slots_[i].value;
      if (slots_[i].key == 0) return nullptr;
    }
  }
  size_t size() const { return size_; }
  void Clear() {
    slots_.clear();
    size_ = 0;
  }

 private:
  struct Slot {
    uint64_t key = 0;
    V value{};
  };
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    size_ = 0;
    for (const Slot& s : old)
      if (s.key != 0) (*this)[s.key] = s.value;
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace newsgraph::util
