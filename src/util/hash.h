// The one hash of newsgraph: word tables (util/word_table.h), the NER model's feature keys and gazetteer trie, and
// the model file's checksum.
//
// FROZEN: the NER model's feature keys, its feature-set fingerprint and its checksum are computed with these
// functions. Any change to them changes every key of every trained model; bump ner::kFormatVersion and retrain if
// you must. Word tables only need a good spread and may use any of them.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsgraph::util {

// The splitmix64 finalizer: a bijective mix of 64 bits.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// FNV-1a 64 over the bytes, then mixed; `seed` separates namespaces.
inline uint64_t HashString(std::string_view s, uint64_t seed = 0) {
  uint64_t h = 0xcbf29ce484222325ULL ^ Mix64(seed);
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return Mix64(h);
}

// The 8 bytes at `p` as a little-endian number: one load on a little-endian host (where assembling it byte by byte
// cost the model checksums a shift and an or a byte: 62M instructions at start-up), the same value everywhere.
inline uint64_t LoadLittleEndian64(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
  return w;
}

inline uint64_t HashCombine(uint64_t a, uint64_t b) { return Mix64(a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6))); }

// Checksum of a byte range (8 bytes at a time, little-endian reads): fast enough for tens of MB at load time.
inline uint64_t Checksum(const char* data, size_t size) {
  uint64_t h = 0x6e6577736772ULL ^ size;  // "newsgr"
  size_t i = 0;
  for (; i + 8 <= size; i += 8) h = Mix64(h ^ LoadLittleEndian64(data + i)) + 0x9e3779b97f4a7c15ULL;
  uint64_t tail = 0;
  for (int b = 0; i < size; ++i, ++b) tail |= static_cast<uint64_t>(static_cast<unsigned char>(data[i])) << (8 * b);
  return Mix64(h ^ tail ^ 0xff);
}

// A fast hash of a short key, 8 bytes at a time, for in-memory caches that never store it (the NER tagger's cache
// of word types). Not frozen.
inline uint64_t HashShortKey(std::string_view s) {
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 31;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, s.data() + i, s.size() - i);
  h = (h ^ tail) * 0x94d049bb133111ebULL;
  return h ^ (h >> 29);
}

}  // namespace newsgraph::util
