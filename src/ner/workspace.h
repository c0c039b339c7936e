// The per-thread scratch of the NER tagger (ner/tagger.h): internal, for the tagger and whoever keeps scratch for
// it (the pipeline's Workspace, core/workspace.h).
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <memory>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include "ner/decoder.h"
#include "ner/features.h"
#include "ner/model.h"
#include "util/hash.h"
#include "util/hot_rows.h"

namespace newsgraph::ner {

// The scratch of NerTagger::Tag: a cache of the word types seen so far (their features' weights under the
// tagger's model) and the buffers of one document. One per thread, reused from document to document (the cache is
// what makes tagging fast), with one model only: a workspace used with another model's tagger gives wrong results.
class NerWorkspace {
 public:
  struct Entry {
    TokenInfo info;
    float* vectors[4] = {nullptr, nullptr, nullptr, nullptr};  // per context-flags variant, in `pool`
    bool non_person = false;                // never inside a PER entity (NerModel::non_person_tokens)
    uint32_t uses = 0;                      // tokens found in the cache since it was cached (halved at each shrink)
    uint64_t hash = 0;                      // TokenHash of the word type
  };

  // Word types seen by this thread: open addressing on a 64-bit hash of the token's bytes. The hash stands for the
  // text, as the model's feature keys do: two of a cache's 40,000 types share one with odds under 1e-10, and the
  // lookup then reads one slot instead of two scattered ones.
  struct IndexSlot {
    uint64_t hash = 0;
    uint32_t entry = 0;  // 1 + index into entries; 0 marks an empty slot
  };
  std::vector<IndexSlot> index = std::vector<IndexSlot>(1 << 12);
  std::deque<Entry> entries;  // a deque: entries never move, so pointers to their vectors stay valid

  static uint64_t TokenHash(std::string_view s) { return util::HashShortKey(s); }
  // The entry of the word type with hash `h`, or -1.
  int64_t Find(uint64_t h) const {
    const size_t mask = index.size() - 1;
    for (size_t slot = h & mask;; slot = (slot + 1) & mask) {
      const IndexSlot& s = index[slot];
      if (s.entry == 0) return -1;
      if (s.hash == h) return s.entry - 1;
    }
  }
  void Prefetch(uint64_t h) const { __builtin_prefetch(&index[h & (index.size() - 1)]); }
  // Indexes entries[entry], whose hash is set.
  void Insert(uint32_t entry) {
    if ((entry + 1) * 2 > index.size()) {
      std::vector<IndexSlot> old(index.size() * 2);
      old.swap(index);
      for (const IndexSlot& s : old)
        if (s.entry != 0) Place(s);
    }
    Place(IndexSlot{entries[entry].hash, entry + 1});
  }
  void Place(const IndexSlot& s) {
    const size_t mask = index.size() - 1;
    size_t slot = s.hash & mask;
    while (index[slot].entry != 0) slot = (slot + 1) & mask;
    index[slot] = s;
  }
  // The cached vectors, per variant [stage][offset][label], in fixed blocks: growing never copies them (a doubling
  // vector would briefly hold three times its size). Blocks are kept once made: Shrink packs the kept vectors into
  // the first blocks and the cache grows again into the others, so that a long stream touches no fresh memory.
  static constexpr size_t kBlockFloats = size_t{1} << 18;
  std::vector<std::unique_ptr<float[]>> pool;
  size_t blocks_in_use = 0;  // pool[blocks_in_use - 1] is being filled
  size_t block_used = 0;     // floats used in it
  // `floats` zeroed floats (at most kBlockFloats, the same for every call: the model's vector size).
  float* Allocate(size_t floats) {
    float* v = Take(floats);
    std::fill(v, v + floats, 0.0f);
    return v;
  }
  float* Take(size_t floats) {
    if (blocks_in_use == 0 || block_used + floats > kBlockFloats) {
      if (blocks_in_use == pool.size()) pool.emplace_back(new float[kBlockFloats]);
      ++blocks_in_use;
      block_used = 0;
    }
    float* v = pool[blocks_in_use - 1].get() + block_used;
    block_used += floats;
    return v;
  }

  std::vector<uint64_t> hashes;    // per token
  std::vector<uint32_t> entry_of;  // per token
  std::vector<uint8_t> flags;      // per token
  std::vector<const WordForm*> forms;
  std::vector<const TokenInfo*> infos;
  std::vector<const float*> vectors;  // per token: its variant's vectors
  std::vector<float> emissions[2];
  std::vector<uint8_t> labels[2];
  std::vector<uint64_t> keys;
  std::vector<uint32_t> key_end;     // where each list of features in `keys` ends
  std::vector<const float*> found;   // the rows of `keys` or `lists.keys` (nullptr for unknown features)
  std::vector<float*> pending;       // vectors of word-type variants to sum from `keys`, one list per offset each
  KeyLists lists;
  std::vector<float> viterbi_scratch;
  SpanProbability span_probability;
  std::vector<TokenSpan> spans;
  std::vector<const WordForm*> sentence_forms;
  std::vector<uint8_t> sentence_flags;
  std::string normalized;

  // The frequent sentence and document features' rows (first-pass labels, casing trigrams, common bigrams,
  // gazetteer positions), close at hand.
  util::HotRows hot_rows;

  // Keeps the `keep` most used word types and drops the rest: a long stream of news keeps "the" and "said" cached
  // while the rare names that filled the cache make room.
  void Shrink(size_t keep, size_t vector_floats) {
    std::vector<uint32_t> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    keep = std::min(keep, order.size());
    std::nth_element(order.begin(), order.begin() + keep, order.end(),
                     [&](uint32_t a, uint32_t b) { return entries[a].uses > entries[b].uses; });
    order.resize(keep);
    std::sort(order.begin(), order.end());
    // The kept vectors move down in the order they sit in the pool (block, then offset): each lands at or before
    // its old place, on a place already vacated or its own.
    std::vector<std::pair<const float*, size_t>> bases;  // block start, block number
    for (size_t b = 0; b < pool.size(); ++b) bases.emplace_back(pool[b].get(), b);
    std::sort(bases.begin(), bases.end());
    struct Moved {
      size_t block;
      size_t offset;
      float** vector;
      bool operator<(const Moved& o) const { return block != o.block ? block < o.block : offset < o.offset; }
    };
    std::vector<Moved> moved;
    for (const uint32_t e : order) {
      for (float*& v : entries[e].vectors) {
        if (!v) continue;
        auto it = std::upper_bound(bases.begin(), bases.end(), std::make_pair(static_cast<const float*>(v), pool.size()));
        --it;
        moved.push_back(Moved{it->second, static_cast<size_t>(v - it->first), &v});
      }
    }
    std::sort(moved.begin(), moved.end());
    blocks_in_use = 0;
    block_used = 0;
    for (const Moved& m : moved) {
      float* to = Take(vector_floats);
      if (to != *m.vector) std::copy(*m.vector, *m.vector + vector_floats, to);
      *m.vector = to;
    }
    std::deque<Entry> old_entries = std::move(entries);
    entries.clear();
    index.assign(1 << 12, IndexSlot{});
    for (const uint32_t e : order) {
      const uint32_t id = static_cast<uint32_t>(entries.size());
      Entry& kept = entries.emplace_back(old_entries[e]);
      kept.uses /= 2;
      Insert(id);
    }
  }
};

}  // namespace newsgraph::ner
