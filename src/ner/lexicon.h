// Lexical knowledge the tagger carries inside its model file: word clusters and casing statistics learned without
// labels from news text, and gazetteers (lists of place, person, organisation and other names).
//
// Both are immutable after loading and safe to share between threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ner/binary_io.h"
#include "ner/word_shape.h"
#include "newsgraph/status.h"
#include "util/word_table.h"

namespace newsgraph::ner {

// "paris" -> "Paris" (ASCII first letter only): the truecase code 1 of the model file.
std::string CapitalizeFirstAscii(std::string_view s);

// Word forms of unlabeled news text: a path in a binary cluster hierarchy (its prefixes are coarser clusters) and,
// per lower-case form, how often it is written capitalized where case is not forced.

class WordLexicon {
 public:
  static constexpr int kMaxFlat = 6;
  static constexpr uint16_t kNoFlat = 0xFFFF;
  struct Word {
    uint32_t path = 0;   // the cluster path, first bit in the most significant of the `depth` low bits
    uint8_t depth = 0;   // 0: no cluster
    uint8_t count_bucket = 0;  // floor(log2(count + 1)), at most 31
    uint16_t flat[kMaxFlat] = {kNoFlat, kNoFlat, kNoFlat, kNoFlat, kNoFlat, kNoFlat};  // ids in flat clusterings of growing size
  };
  struct Casing {
    uint8_t bucket = 0;  // 0 never capitalized ... 5 always (mid-sentence, outside headlines); see CasingBucket
    std::string truecase;  // the most frequent written form
  };

  // `bits` is a string of '0' and '1' (as in Brown-cluster path files), at most 32 long.
  void AddWord(std::string_view form, std::string_view bits, uint64_t count, const std::vector<int>& flat = {});
  void AddCasing(std::string_view lower, uint64_t lower_count, uint64_t capitalized_count, std::string_view truecase);

  const Word* FindWord(std::string_view form) const;
  const Casing* FindCasing(std::string_view lower) const;
  size_t words() const { return tables_->words.size(); }
  size_t casings() const { return tables_->casing.size(); }
  int max_depth() const { return tables_->max_depth; }
  int flat_clusterings() const { return tables_->flat_count; }

  // The bucket of the share of capitalized occurrences: <1%, <10%, <50%, <90%, <99%, >=99%, and 6 when the form
  // is too rare (fewer than 3 occurrences) to say.
  static uint8_t CasingBucket(uint64_t lower_count, uint64_t capitalized_count);

  void Write(BinaryWriter* out) const;
  // Reads a lexicon written by Write. The tables are shared with any other lexicon of this process read from the
  // same bytes (the NER and part-of-speech models carry the same lexicon): the second model's load reads through
  // them without building its own.
  Status Read(BinaryReader* in);
  // Whether this lexicon and `other` use the same tables (both read from the same bytes, neither changed since).
  bool SharesTablesWith(const WordLexicon& other) const { return tables_ == other.tables_; }

 private:
  struct Tables {
    util::WordTable<Word> words;
    util::WordTable<Casing> casing;
    int max_depth = 0;
    int flat_count = 0;
    std::string source;  // the bytes Read built them from; empty when built with AddWord and AddCasing
  };
  // The tables, for a change: copied first when another lexicon may read them.
  Tables& Mutable();
  Status Parse(BinaryReader* in, Tables* t);

  std::shared_ptr<Tables> tables_ = std::make_shared<Tables>();
};

// A feature value for the prefix of `length` bits of a word's cluster path (the whole path when it is shorter): the
// NER, event-trigger and part-of-speech features all key clusters this way. FROZEN (part of trained models' keys).
inline uint64_t ClusterValue(const WordLexicon::Word& w, int length) {
  const int depth = length < w.depth ? length : w.depth;
  const uint64_t prefix = w.depth > depth ? (w.path >> (w.depth - depth)) : w.path;
  return (static_cast<uint64_t>(length) << 40) | (static_cast<uint64_t>(depth) << 32) | prefix;
}

// The cluster of a normalized token (`form` its ner::AnalyzeWord): its written form with digits as 0, for an
// all-capitals word its title-case form ("JAPAN" -> "Japan"), else its lower case; nullptr if none has one.
const WordLexicon::Word* FindCluster(const WordLexicon& lexicon, std::string_view norm, const WordForm& form);

// Name lists matched over token sequences, case-insensitively (tokens are compared in lower case); at most 32 lists.
// A trie over token hashes: a match walks at most `max_entry_tokens` tokens from each start.
class Gazetteer {
 public:
  static constexpr int kMaxLists = 32;
  static constexpr int kMaxEntryTokens = 10;

  // Returns the list's index, adding the list if new; -1 when there are already kMaxLists lists.
  int AddList(std::string_view name);
  // `tokens` in lower case (as produced by WordForm::lower).
  void AddEntry(int list, const std::vector<std::string>& tokens);

  int num_lists() const { return static_cast<int>(list_names_.size()); }
  const std::string& list_name(int list) const { return list_names_[list]; }
  size_t entries() const { return entries_.size(); }
  int ListIndex(std::string_view name) const;

  // Hash of a lower-case token as the trie keys it.
  static uint64_t TokenKey(std::string_view lower);

  // Calls fn(list, begin, end) for every entry matching token_keys[begin, end) (every list, every length).
  template <typename Fn>
  void Match(const uint64_t* token_keys, size_t n, Fn&& fn) const {
    for (size_t i = 0; i < n; ++i) {
      uint32_t node = 0;
      for (size_t j = i; j < n && j - i < static_cast<size_t>(kMaxEntryTokens); ++j) {
        const int64_t next = Next(node, token_keys[j]);
        if (next < 0) break;
        node = static_cast<uint32_t>(next);
        uint32_t mask = end_masks_[node];
        while (mask) {
          const int list = __builtin_ctz(mask);
          mask &= mask - 1;
          fn(list, i, j + 1);
        }
      }
    }
  }

  // True when `lower` is the first token of some entry (a cheap pre-check).
  bool StartsEntry(uint64_t token_key) const { return Next(0, token_key) >= 0; }

  void Write(BinaryWriter* out) const;
  Status Read(BinaryReader* in);

 private:
  struct Entry {
    uint8_t list;
    std::string tokens;  // joined by ' '
  };
  static uint64_t EdgeKey(uint32_t node, uint64_t token_key);
  void Insert(int list, const std::vector<std::string_view>& tokens);
  // The child of `node` along `token_key`, or -1. The trie's edges live in one open-addressing table.
  int64_t Next(uint32_t node, uint64_t token_key) const {
    const uint64_t key = EdgeKey(node, token_key);
    const size_t mask = edges_.size() - 1;
    for (size_t slot = key & mask;; slot = (slot + 1) & mask) {
      const Edge& e = edges_[slot];
      if (e.child == 0) return -1;
      if (e.key == key) return e.child;
    }
  }
  void AddEdge(uint64_t key, uint32_t child);
  // The child of `node` along `token_key`, added when missing.
  uint32_t Child(uint32_t node, uint64_t token_key);

  struct Edge {
    uint64_t key = 0;
    uint32_t child = 0;  // 0 marks an empty slot (the root is nobody's child)
  };
  std::vector<std::string> list_names_;
  std::vector<Entry> entries_;
  std::vector<Edge> edges_ = std::vector<Edge>(16);
  size_t edge_count_ = 0;
  std::vector<uint32_t> end_masks_{0};
};

}  // namespace newsgraph::ner
