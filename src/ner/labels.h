// The tag set: four CoNLL entity types, encoded per token as BIO or BILOU.
//
// Labels are small integers: 0 is O; type t (0 PER, 1 ORG, 2 LOC, 3 MISC) has 1 + 2t (B), 2 + 2t (I) under BIO and
// 1 + 4t + {0 B, 1 I, 2 L, 3 U} under BILOU. BILOU is the default inside the model (Ratinov & Roth 2009 found it
// better than BIO); every output is converted to BIO (IOB2), the CoNLL format.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::ner {

inline constexpr int kNumTypes = 4;
inline constexpr int kMaxLabels = 1 + 4 * kNumTypes;

// "PER", "ORG", "LOC", "MISC"; -1 for anything else.
const char* TypeName(int type);
int TypeFromName(std::string_view name);
EntityType ToEntityType(int type);

enum class TagScheme : uint8_t { kBio = 0, kBilou = 1 };

// An entity as a token range [begin, end) of one sentence.
struct TokenSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  int type = 0;
  friend bool operator==(const TokenSpan&, const TokenSpan&) = default;
};

class LabelSet {
 public:
  explicit LabelSet(TagScheme scheme = TagScheme::kBilou);

  TagScheme scheme() const { return scheme_; }
  int size() const { return scheme_ == TagScheme::kBio ? 1 + 2 * kNumTypes : 1 + 4 * kNumTypes; }
  // 'O', 'B', 'I', 'L' or 'U'.
  char Prefix(int label) const;
  int Type(int label) const;  // -1 for O
  int Label(char prefix, int type) const;
  std::string Name(int label) const;  // "B-PER"

  // Valid transitions: e.g. I-PER never follows O under BIO; under BILOU a B must be closed by L.
  bool CanStart(int label) const;
  bool CanEnd(int label) const;
  bool CanFollow(int prev, int next) const;

  // Spans of a valid label sequence, and the labels of non-overlapping spans over n tokens.
  std::vector<TokenSpan> Decode(const std::vector<int>& labels) const;
  // The same over labels[0, n), into *spans (cleared first): for callers that reuse the vector.
  void Decode(const uint8_t* labels, size_t n, std::vector<TokenSpan>* spans) const;
  std::vector<int> Encode(const std::vector<TokenSpan>& spans, size_t n) const;

 private:
  template <typename T>
  void DecodeInto(const T* labels, size_t n, std::vector<TokenSpan>* spans) const;
  TagScheme scheme_;
};

// Spans of a sequence of IOB tags ("B-PER", "I-ORG", "O") read the way conlleval reads chunks: a chunk starts at B-X,
// at I-X after O or after another type, so both IOB1 and IOB2 (and stray I- tags) are accepted.
std::vector<TokenSpan> SpansFromIob(const std::vector<std::string>& tags);
// IOB2 tags of spans over n tokens.
std::vector<std::string> IobFromSpans(const std::vector<TokenSpan>& spans, size_t n);

}  // namespace newsgraph::ner
