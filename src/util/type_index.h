// The index of a per-thread cache of word types (the event-trigger tagger's and the part-of-speech tagger's weight
// sums per type): open addressing on the token's hash (util::HashShortKey), the hash kept beside the entry number so
// that a probe reads one slot, and a use count per type so that a full cache keeps its most used types. The caller
// keeps the entries in its own arrays (entry k of Insert is its k-th element) and moves them when Shrink says.
//
// Thread safety: one thread at a time.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsgraph::util {

class TypeIndex {
 public:
  // The entry of the type with hash `h` (its use counted), or -1.
  int64_t Find(uint64_t h) {
    const size_t mask = index_.size() - 1;
    for (size_t slot = h & mask;; slot = (slot + 1) & mask) {
      Slot& s = index_[slot];
      if (s.entry == 0) return -1;
      if (s.hash == h) {
        ++s.uses;
        return s.entry - 1;
      }
    }
  }
  void Prefetch(uint64_t h) const { __builtin_prefetch(&index_[h & (index_.size() - 1)]); }
  // Indexes `entry` (the caller's array now holding `entries` types) under hash `h`.
  void Insert(uint64_t h, uint32_t entry, size_t entries) {
    if ((entries + 1) * 2 > index_.size()) {  // keep the table at most half full
      std::vector<Slot> old(index_.size() * 2);
      old.swap(index_);
      for (const Slot& s : old)
        if (s.entry != 0) Place(s);
    }
    Place(Slot{h, entry + 1, 1});
  }
  // Keeps the `keep` most used types: a long stream of news keeps "the" and "said" while the rare names that filled
  // the cache make room. Calls move(from, to) for each kept entry, `to` counting up from 0 (to <= from), and returns
  // how many are kept: the caller then shrinks its arrays to that.
  template <typename Move>
  size_t Shrink(size_t keep, Move move) {
    std::vector<Slot> used;
    for (const Slot& s : index_)
      if (s.entry != 0) used.push_back(s);
    if (keep < used.size()) {
      std::nth_element(used.begin(), used.begin() + static_cast<std::ptrdiff_t>(keep), used.end(),
                       [](const Slot& a, const Slot& b) { return a.uses > b.uses; });
      used.resize(keep);
    }
    std::sort(used.begin(), used.end(), [](const Slot& a, const Slot& b) { return a.entry < b.entry; });
    std::fill(index_.begin(), index_.end(), Slot{});
    uint32_t kept = 0;  // moved down in place, in their order
    for (const Slot& s : used) {
      move(s.entry - 1, kept);
      Place(Slot{s.hash, ++kept, s.uses / 2});
    }
    return kept;
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t entry = 0;  // 1 + entry; 0 marks an empty slot
    uint32_t uses = 0;   // tokens found since the type was cached (halved at each shrink)
  };
  void Place(const Slot& s) {
    const size_t mask = index_.size() - 1;
    size_t slot = s.hash & mask;
    while (index_[slot].entry != 0) slot = (slot + 1) & mask;
    index_[slot] = s;
  }
  std::vector<Slot> index_ = std::vector<Slot>(1 << 16);
};

}  // namespace newsgraph::util
