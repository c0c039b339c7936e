// What the part-of-speech tagger knows about each token: the word types (form, affixes, shape, casing, how often news
// capitalizes the word, word clusters) of the token and of two tokens either side, each seen from its offset, and a
// few cheap context features: the tags already given to the one and two tokens before (the tagger goes left to
// right), the word with the tag before, the word pairs the token makes with each neighbour, and the casing of a
// sentence's first word.
//
// Every feature is a 64-bit key: the hash of its template, its offset and its value (util/hash.h, frozen). Training
// (src/train/pos_trainer.cc) and tagging (pos/tagger.cc) extract features only through this file; a change to any
// template must change kPosFeatureVersion, which model files record.
//
// Thread safety: a PosFeatures is immutable; its methods may be called from many threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ner/lexicon.h"
#include "ner/word_shape.h"
#include "pos/tags.h"

namespace newsgraph::pos {

inline constexpr uint32_t kPosFeatureVersion = 1;
inline constexpr int kPosWindow = 2;  // neighbours seen on each side
inline constexpr int kNoTag = kTagCount;  // the "tag" before a sentence's first token

// One word type as the features see it.
struct PosWord {
  ner::WordForm form;
  uint64_t lower_hash = 0;  // of form.lower
  uint8_t casing_share = 7;  // ner::WordLexicon::CasingBucket of the word in news (7: unknown)
  const ner::WordLexicon::Word* cluster = nullptr;
};

class PosFeatures {
 public:
  explicit PosFeatures(const ner::WordLexicon& lexicon) : lexicon_(lexicon) {}

  void Analyze(std::string_view token, PosWord* word) const;
  // Features of `word` seen from `offset` (-kPosWindow..kPosWindow), appended to *keys: they depend on the word type
  // only, so the tagger caches their sums per type.
  void TypeFeatures(const PosWord& word, int offset, std::vector<uint64_t>* keys) const;
  // The feature of a position outside the sentence seen from `offset`.
  static uint64_t PadFeature(int offset);
  // The tag history: the tag of the token before (kNoTag at the start), and of the two before.
  static uint64_t PreviousTag(int previous);
  static uint64_t PreviousTags(int before_previous, int previous);
  // Two adjacent words by their lower_hash (kOutside beyond the sentence): offset -1 pairs a token with the one before,
  // +1 with the one after.
  static constexpr uint64_t kOutside = 1;
  static uint64_t WordPair(int offset, uint64_t left, uint64_t right);
  // The tag of the token before with the token's own word.
  static uint64_t TagWord(int previous, uint64_t lower_hash);
  // A sentence's first word, by its casing ('n', 'l', 'u', ... of ner::WordForm).
  static uint64_t FirstWord(char casing);
  // A fingerprint of the feature set (version and templates), stored in model files.
  static uint64_t Fingerprint();

 private:
  const ner::WordLexicon& lexicon_;
};

}  // namespace newsgraph::pos
