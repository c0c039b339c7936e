#include "pos/features.h"

#include "util/feature_key.h"
#include "util/hash.h"

namespace newsgraph::pos {

namespace {

// Template ids. FROZEN: they are part of every feature key; add new ids, never renumber.
enum Template : uint32_t {
  kBias = 1,
  kLower = 2,
  kPrefix = 3,
  kSuffix = 4,
  kShortShape = 5,
  kCasing = 6,
  kCluster = 7,
  kFlatCluster = 8,
  kNoCluster = 9,
  kPad = 10,
  kHyphenPart = 11,
  kPreviousTag = 20,
  kPreviousTags = 21,
  kFirstWord = 22,
  kWordPair = 23,
  kTagWord = 24,
  kCasingShare = 25,
};

constexpr uint64_t kSeed = 0x706f73;  // "pos": keeps these keys apart from the NER's and the event detector's

inline uint64_t Key(uint32_t tmpl, int offset, uint64_t value) { return util::FeatureKey(kSeed, tmpl, offset, value); }
inline uint64_t Key(uint32_t tmpl, int offset, std::string_view value) {
  return util::FeatureKey(kSeed, tmpl, offset, value);
}

// Prefix lengths of the cluster paths seen at each distance.
constexpr int kCenterPrefixes[] = {4, 6, 8, 10, 12};
constexpr int kNearPrefixes[] = {4, 8, 12};
constexpr int kFarPrefixes[] = {6};

}  // namespace

uint64_t PosFeatures::Fingerprint() {
  return util::HashString("upos features: window 2, clusters 4 6 8 10 12 / 4 8 12 / 6, affixes 1-4, tags t-1 t-2, word pairs, tag-word, casing shares",
                          kPosFeatureVersion);
}

void PosFeatures::Analyze(std::string_view token, PosWord* w) const {
  std::string normalized;
  const std::string_view norm = ner::NormalizeToken(token, &normalized) ? std::string_view(normalized) : token;
  ner::AnalyzeWord(norm, &w->form);
  w->lower_hash = util::HashString(w->form.lower);
  w->cluster = ner::FindCluster(lexicon_, norm, w->form);
  const ner::WordLexicon::Casing* c = lexicon_.FindCasing(w->form.lower);
  w->casing_share = c ? c->bucket : 7;
}

uint64_t PosFeatures::PadFeature(int offset) { return Key(kPad, offset, uint64_t{0}); }
uint64_t PosFeatures::PreviousTag(int previous) { return Key(kPreviousTag, 0, static_cast<uint64_t>(previous)); }
uint64_t PosFeatures::PreviousTags(int before_previous, int previous) {
  return Key(kPreviousTags, 0, static_cast<uint64_t>(before_previous * 32 + previous));
}
uint64_t PosFeatures::WordPair(int offset, uint64_t left, uint64_t right) {
  return Key(kWordPair, offset, util::HashCombine(left, right));
}
uint64_t PosFeatures::TagWord(int previous, uint64_t lower_hash) {
  return Key(kTagWord, 0, util::HashCombine(static_cast<uint64_t>(previous), lower_hash));
}
uint64_t PosFeatures::FirstWord(char casing) {
  return Key(kFirstWord, 0, static_cast<uint64_t>(static_cast<unsigned char>(casing)));
}

void PosFeatures::TypeFeatures(const PosWord& w, int offset, std::vector<uint64_t>* keys) const {
  const ner::WordForm& f = w.form;
  const uint64_t casing = static_cast<uint64_t>(static_cast<unsigned char>(f.casing));
  const int distance = offset < 0 ? -offset : offset;
  keys->push_back(Key(kLower, offset, w.lower_hash));
  // How often news writes the word capitalized, with how this token is written: "Apple" vs "The" vs "apple".
  if (distance <= 1) keys->push_back(Key(kCasingShare, offset, casing * 8 + w.casing_share));
  if (offset == 0) {
    keys->push_back(Key(kBias, 0, uint64_t{0}));
    for (int k = 1; k <= 4 && k <= f.length; ++k) {
      keys->push_back(Key(kSuffix, 0, util::HashString(ner::SuffixChars(f.lower, k), k)));
      if (k <= 3) keys->push_back(Key(kPrefix, 0, util::HashString(ner::PrefixChars(f.lower, k), k)));
    }
    keys->push_back(Key(kShortShape, 0, f.short_shape));
    keys->push_back(Key(kCasing, 0, casing * 16 + std::min<int>(f.length, 8)));
    // "write-downs", "well-known": the last part says what kind of word it is.
    if (const size_t hyphen = f.lower.rfind('-'); hyphen != std::string::npos && hyphen + 1 < f.lower.size())
      keys->push_back(Key(kHyphenPart, 0, std::string_view(f.lower).substr(hyphen + 1)));
  } else {
    keys->push_back(Key(kCasing, offset, casing));
    if (distance == 1) {
      keys->push_back(Key(kSuffix, offset, util::HashString(ner::SuffixChars(f.lower, 2), 2)));
      keys->push_back(Key(kSuffix, offset, util::HashString(ner::SuffixChars(f.lower, 3), 3)));
    }
  }
  if (w.cluster) {
    auto add = [&](const auto& prefixes) {
      for (int p : prefixes) keys->push_back(Key(kCluster, offset, ner::ClusterValue(*w.cluster, p)));
    };
    if (distance == 0)
      add(kCenterPrefixes);
    else if (distance == 1)
      add(kNearPrefixes);
    else
      add(kFarPrefixes);
    const int flats = distance == 0 ? 2 : 1;
    for (int k = 0; k < flats; ++k)
      if (w.cluster->flat[k] != ner::WordLexicon::kNoFlat)
        keys->push_back(Key(kFlatCluster, offset, static_cast<uint64_t>(k) << 16 | w.cluster->flat[k]));
  } else {
    keys->push_back(Key(kNoCluster, offset, casing));
  }
}

}  // namespace newsgraph::pos
