// The per-thread cache of a greedy tagger that scores a token from the features of the word types in a window around
// it (the part-of-speech tagger's and the event-trigger tagger's): per word type, what the tagger keeps of it (its
// `Entry`) and the sums of the weights of its features seen from each offset of the window, so that a word type's
// features are extracted and looked up once, not at every token. The tagger keeps one in its per-thread workspace,
// fills it chunk by chunk (Fill) and reads the sums of a token's neighbours from it.
//
//   util::TypeCache<Entry, kWindow, kRowSize> cache(40000);
//   cache.Fill(model, &hot_rows, tokens.data(), tokens.size(),
//              [&](std::string_view token, Entry* e) { features.Analyze(token, &word); e->casing = ...; },
//              [&](int offset, std::vector<uint64_t>* keys) { features.TypeFeatures(word, offset, keys); });
//   const float* sums = cache.token_sum(i + 1, +1);  // token i+1 as the right neighbour (offset +1) of token i
//
// Also here: the lists of feature keys such a tagger looks up together (KeyLists), the chunks of sentences it tags
// at a time (ChunkEnd) and the check that a workspace holds the sums of the tagger using it (OwnedWorkspace).
//
// Thread safety: one thread at a time.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "util/hash.h"
#include "util/hot_rows.h"
#include "util/type_index.h"

namespace newsgraph::util {

// sum[y] += row[y] for y < kRow, four floats at a time (each sum the same as one at a time): left to itself, GCC
// added the trigger tagger's rows of 12 one float at a time (a load, an add and a store each).
template <int kRow>
inline void AddRow(const float* row, float* sum) {
  using Float4 = float __attribute__((vector_size(16)));
  int y = 0;
  for (; y + 4 <= kRow; y += 4) {
    Float4 s, r;
    std::memcpy(&s, sum + y, sizeof s);
    std::memcpy(&r, row + y, sizeof r);
    s += r;
    std::memcpy(sum + y, &s, sizeof s);
  }
  for (; y < kRow; ++y) sum[y] += row[y];
}

// Lists of feature keys looked up in a model together (their reads overlap), the rows of each list then added into
// one sum of kRow floats.
template <int kRow>
class KeyLists {
 public:
  void Clear() {
    keys_.clear();
    key_end_.clear();
  }
  // Where the current list's keys go; EndList() closes it.
  std::vector<uint64_t>* keys() { return &keys_; }
  void EndList() { key_end_.push_back(static_cast<uint32_t>(keys_.size())); }
  size_t size() const { return key_end_.size(); }

  // Looks up every key (through `hot`, util::HotRows), then adds the rows of list k into sum_of(k), list by list and
  // each list in order.
  template <typename Model, typename SumOf>
  void AddRows(HotRows* hot, const Model& model, SumOf sum_of) {
    found_.resize(keys_.size());
    hot->Rows(model, keys_.data(), keys_.size(), found_.data());
    for (size_t list = 0, k = 0; list < key_end_.size(); ++list) {
      float* sum = sum_of(list);
      for (; k < key_end_[list]; ++k)
        if (const float* row = found_[k]) AddRow<kRow>(row, sum);
    }
  }

 private:
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> key_end_;  // where each list in keys_ ends
  std::vector<const float*> found_;  // the rows of keys_ (or nullptr)
};

template <typename Entry, int kWindow, int kRow>
class TypeCache {
 public:
  static constexpr int kOffsets = 2 * kWindow + 1;

  // Before a chunk that could overflow `max_types`, the cache keeps its most used half (util::TypeIndex::Shrink);
  // within one chunk it grows as needed.
  explicit TypeCache(size_t max_types) : max_types_(max_types) {
    entries_.reserve(max_types);
    sums_.reserve(max_types);
  }

  // Caches the word types of tokens[0, n) and notes each token's type (token, token_sum). A new type is analysed once:
  // analyze(token, Entry*) fills its entry (and whatever the tagger keeps for the next call), then
  // type_features(offset, std::vector<uint64_t>* keys) appends its features seen from each offset -kWindow..kWindow.
  // The features of the chunk's new types are looked up together, after the chunk. Returns the first new type: the
  // new ones are [that, size()).
  template <typename Model, typename Analyze, typename TypeFeatures>
  size_t Fill(const Model& model, HotRows* hot, const std::string_view* tokens, size_t n, Analyze analyze,
              TypeFeatures type_features) {
    if (entries_.size() + n > max_types_) Shrink(max_types_ / 2 > n ? max_types_ / 2 - n : 0);
    // The hashes first, each slot fetched ahead of its probe.
    hashes_.resize(n);
    type_of_.resize(n);
    for (size_t i = 0; i < n; ++i) {
      hashes_[i] = HashShortKey(tokens[i]);
      types_.Prefetch(hashes_[i]);
    }
    const size_t first_new = entries_.size();
    lists_.Clear();
    for (size_t i = 0; i < n; ++i) {
      const uint64_t h = hashes_[i];
      int64_t e = types_.Find(h);
      if (e < 0) {
        e = static_cast<int64_t>(entries_.size());
        analyze(tokens[i], &entries_.emplace_back());
        sums_.emplace_back();
        for (int d = -kWindow; d <= kWindow; ++d) {
          type_features(d, lists_.keys());
          lists_.EndList();
        }
        types_.Insert(h, static_cast<uint32_t>(e), entries_.size());
      }
      type_of_[i] = static_cast<uint32_t>(e);
    }
    lists_.AddRows(hot, model, [&](size_t list) { return sums_[first_new + list / kOffsets].at[list % kOffsets]; });
    return first_new;
  }

  size_t size() const { return entries_.size(); }
  Entry& entry(size_t type) { return entries_[type]; }
  // The kRow weight sums of a type's features seen from `offset` (-kWindow..kWindow).
  const float* sum(size_t type, int offset) const { return sums_[type].at[offset + kWindow]; }
  // The same of the type of token i of the last Fill.
  const Entry& token(size_t i) const { return entries_[type_of_[i]]; }
  const float* token_sum(size_t i, int offset) const { return sums_[type_of_[i]].at[offset + kWindow]; }

  // Adds to sum[0, kRow) the sums of tokens i - kWindow .. i + kWindow of the last Fill, each seen from its offset,
  // in that order; a token outside [begin, end) (the sentence; they may reach outside the chunk) adds
  // pad[offset + kWindow] instead. The rows are chosen first, then added one after another: with the choice inside
  // the adding loop the compiler added one float at a time.
  void AddWindow(std::ptrdiff_t i, std::ptrdiff_t begin, std::ptrdiff_t end, const float (*pad)[kRow],
                 float* sum) const {
    const float* rows[kOffsets];
    for (int d = -kWindow; d <= kWindow; ++d) {
      const std::ptrdiff_t j = i + d;
      rows[d + kWindow] = j < begin || j >= end ? pad[d + kWindow] : token_sum(static_cast<size_t>(j), d);
    }
    for (const float* row : rows) AddRow<kRow>(row, sum);
  }

 private:
  struct Sums {
    float at[kOffsets][kRow] = {};
  };
  void Shrink(size_t keep) {
    const size_t kept = types_.Shrink(keep, [&](uint32_t from, uint32_t to) {
      entries_[to] = entries_[from];
      sums_[to] = sums_[from];
    });
    entries_.resize(kept);
    sums_.resize(kept);
  }

  size_t max_types_;
  std::vector<Entry> entries_;
  std::vector<Sums> sums_;  // of entries_[k]
  TypeIndex types_;         // word type -> k
  std::vector<uint64_t> hashes_;   // per token of the chunk
  std::vector<uint32_t> type_of_;  // per token of the chunk
  KeyLists<kRow> lists_;           // the features of the chunk's new types
};

// The sentences [from, returned) that make the chunk starting at sentence `from`: whole sentences, at most
// `max_tokens` tokens (unless one sentence is longer). `sentence_begin`: each sentence's first token, then the end.
inline size_t ChunkEnd(const std::vector<uint32_t>& sentence_begin, size_t from, size_t max_tokens) {
  size_t to = from + 1;
  while (to + 1 < sentence_begin.size() && sentence_begin[to + 1] - sentence_begin[from] <= max_tokens) ++to;
  return to;
}

// A new id for a tagger, whose per-thread workspace notes whose weights it holds.
inline uint64_t NewOwnerId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1);
}

// The workspace in *slot (made on first use), afresh if it held the sums of another owner than `owner` (a
// `Workspace` has a member `uint64_t owner`).
template <typename Workspace>
Workspace& OwnedWorkspace(std::unique_ptr<Workspace>* slot, uint64_t owner) {
  if (!*slot) *slot = std::make_unique<Workspace>();
  Workspace& ws = **slot;
  if (ws.owner != owner) {
    ws = Workspace();
    ws.owner = owner;
  }
  return ws;
}

}  // namespace newsgraph::util
