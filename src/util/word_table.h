// The one hash table of newsgraph's word lists: short keys (words, multi-word names) mapped to a record.
//
//   util::WordTable<Info> table;
//   table.Insert("said").classes |= kReportingVerb;   // built once, at load time
//   const Info* info = table.Find("said");            // then only read: thread-safe
//
// Open addressing over a power-of-two table of 64-bit slots (32 bits of hash, 32 bits of entry index), keys in one
// arena: a lookup is one hash, one probe that usually settles on the hash bits, and one comparison. Most words of a
// text are in no list, so a bit filter (8 bits a slot) answers for them before the table is touched. Records live
// in insertion order and keep their addresses once building is done (Insert may move them).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/hash.h"

namespace newsgraph::util {

template <typename Info>
class WordTable {
 public:
  // The record of `key`, value-initialised when the key is new.
  Info& Insert(std::string_view key) { return *Emplace(key).first; }
  // As Insert, and whether the key was new (for lists where the first line of a key wins).
  std::pair<Info*, bool> Emplace(std::string_view key) {
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    const uint64_t h = Hash(key);
    const size_t index = Slot(key, h);
    if (slots_[index] != 0) return {&entries_[(slots_[index] & 0xFFFFFFFFu) - 1].info, false};
    entries_.push_back(Entry{static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size()), Info{}});
    arena_.append(key);
    slots_[index] = (h & 0xFFFFFFFF00000000ull) | static_cast<uint32_t>(entries_.size());
    max_length_ = std::max(max_length_, key.size());
    SetFilter(h);
    return {&entries_.back().info, true};
  }

  // Room for `n` entries without growing (a loader that knows how many lines it reads).
  void Reserve(size_t n) {
    entries_.reserve(n);
    while ((n + 1) * 2 > slots_.size()) Grow();
  }

  const Info* Find(std::string_view key) const {
    if (slots_.empty() || key.size() > max_length_) return nullptr;
    return Find(key, Hash(key));
  }
  // As Find(key), with `h` = Hash(key) made by the caller (a word looked up in several tables).
  const Info* Find(std::string_view key, uint64_t h) const {
    if (slots_.empty() || key.size() > max_length_) return nullptr;
    if (!(filter_[(h >> 26) & (filter_.size() - 1)] & (uint64_t{1} << ((h >> 20) & 63)))) return nullptr;
    const uint64_t slot = slots_[Slot(key, h)];
    return slot ? &entries_[(slot & 0xFFFFFFFFu) - 1].info : nullptr;
  }

  size_t size() const { return entries_.size(); }
  size_t longest_key() const { return max_length_; }
  // Calls fn(key, info) for every entry, in insertion order.
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (const Entry& e : entries_) fn(KeyOf(e), e.info);
  }
  template <typename Fn>
  void ForEach(Fn&& fn) {
    for (Entry& e : entries_) fn(KeyOf(e), e.info);
  }

  static uint64_t Hash(std::string_view key) { return HashString(key); }

 private:
  struct Entry {
    uint32_t offset, length;
    Info info;
  };

  std::string_view KeyOf(const Entry& e) const { return std::string_view(arena_).substr(e.offset, e.length); }

  // Keys are short words: a byte loop beats a call to memcmp.
  bool Equal(const Entry& e, std::string_view key) const {
    if (e.length != key.size()) return false;
    const char* k = arena_.data() + e.offset;
    for (size_t i = 0; i < key.size(); ++i)
      if (k[i] != key[i]) return false;
    return true;
  }

  // The slot of `key`: where it is, or the empty slot where it would go.
  size_t Slot(std::string_view key, uint64_t h) const {
    const size_t mask = slots_.size() - 1;
    const uint64_t tag = h & 0xFFFFFFFF00000000ull;
    size_t i = h & mask;
    while (slots_[i] != 0) {
      if ((slots_[i] & 0xFFFFFFFF00000000ull) == tag && Equal(entries_[(slots_[i] & 0xFFFFFFFFu) - 1], key)) break;
      i = (i + 1) & mask;
    }
    return i;
  }

  void SetFilter(uint64_t h) { filter_[(h >> 26) & (filter_.size() - 1)] |= uint64_t{1} << ((h >> 20) & 63); }

  void Grow() {
    slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, 0);
    filter_.assign(slots_.size() / 8, 0);  // 8 bits a slot, at least 4 bits a key
    for (size_t e = 0; e < entries_.size(); ++e) {
      const std::string_view key = KeyOf(entries_[e]);
      const uint64_t h = Hash(key);
      slots_[Slot(key, h)] = (h & 0xFFFFFFFF00000000ull) | static_cast<uint32_t>(e + 1);
      SetFilter(h);
    }
  }

  std::vector<Entry> entries_;
  std::vector<uint64_t> slots_;
  std::vector<uint64_t> filter_;  // a power of two of 64-bit words
  std::string arena_;
  size_t max_length_ = 0;
};

}  // namespace newsgraph::util
