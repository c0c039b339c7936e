// Where each written word of an article occurs, built once per article: the entity stage looks up repeats of names
// and acronyms through it in time linear in the article, whatever its length.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "newsgraph/document.h"
#include "util/word_table.h"

namespace newsgraph::entities {

class TokenIndex {
 public:
  // Indexes the words starting with a capital (or a non-ASCII letter) at once, the others on the first lookup of a
  // word starting with a lower-case letter (rare: names start with capitals).
  TokenIndex(std::string_view text, const std::vector<Token>& tokens);
  // The tokens whose text is exactly `word` (case-sensitive), in order; empty when none.
  std::vector<size_t> Find(std::string_view word) const;
  // Where the token sequence `words` starts, in order (case-sensitive, whole tokens).
  std::vector<size_t> FindSequence(const std::vector<std::string_view>& words) const;

 private:
  // The tokens of each distinct word, grouped by word and in text order within a group: built in time linear in the
  // article (a hash of the words and a counting sort), where sorting (word, token) pairs grew as n log n and, on a
  // document that repeats one word a million times, with a slow comparison of equal words at every step.
  struct Positions {
    util::WordTable<uint32_t> group;  // word -> group (no allocation per word)
    std::vector<uint32_t> begin;      // group g's tokens are tokens[begin[g], begin[g + 1])
    std::vector<size_t> tokens;
  };
  // Indexes the word tokens for which `take(word)` holds.
  template <typename Take>
  void Build(Take take, Positions* positions) const;
  static std::vector<size_t> Lookup(const Positions& positions, std::string_view word);
  std::string_view text_;
  const std::vector<Token>& tokens_;
  Positions positions_;
  mutable Positions lower_positions_;  // see the constructor
  mutable bool lower_built_ = false;
};

// Names written in an article and the entity each belongs to (a name two entities share belongs to none), and where
// else they stand alone: not inside a longer capitalised run ("The ZRA" is not one), not one common word ("May",
// "Will") or one word starting a sentence (an acronym may).
class NameOwners {
 public:
  void Add(std::vector<std::string_view> words, int owner);
  // Calls fn(first token, end token, owner) for each standalone occurrence of an owned name; `sentence_start(t)`
  // tells whether token t starts a sentence, `common(word)` whether a word is a common word.
  void ForEachOccurrence(const TokenIndex& index, std::string_view text, const std::vector<Token>& tokens,
                         const std::function<bool(size_t)>& sentence_start,
                         const std::function<bool(std::string_view)>& common,
                         const std::function<void(size_t, size_t, int)>& fn) const;

 private:
  std::map<std::vector<std::string_view>, int> owner_;
};

}  // namespace newsgraph::entities
