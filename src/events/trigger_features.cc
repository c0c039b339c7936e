#include "events/trigger_features.h"

#include <algorithm>

#include "events/verb_group.h"
#include "util/feature_key.h"
#include "util/hash.h"

namespace newsgraph::events {

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
  kSenseNoun = 12,
  kSenseVerb = 13,
  kSenseAdjective = 14,
  kSensePair = 15,
  kSenseBit = 16,
  kNoSense = 17,
  kBigramLeft = 20,
  kBigramRight = 21,
  kBeforeGroup = 22,
  kBeforeGroupSuffix = 23,
  kSentenceStart = 24,
  kClusterBigram = 25,
  kPosTag = 26,
  kPosTagPair = 27,
  kPosTagWord = 28,
};

constexpr uint64_t kSeed = 0x657674;  // "evt": keeps these keys apart from the NER's

inline uint64_t Key(uint32_t tmpl, int offset, uint64_t value) { return util::FeatureKey(kSeed, tmpl, offset, value); }
inline uint64_t Key(uint32_t tmpl, int offset, std::string_view value) {
  return util::FeatureKey(kSeed, tmpl, offset, value);
}

using ner::ClusterValue;

// Prefix lengths of the cluster paths (the clusters are 12 levels deep) seen at each distance.
constexpr int kCenterPrefixes[] = {4, 6, 8, 10, 12};
constexpr int kNearPrefixes[] = {6, 10};
constexpr int kFarPrefixes[] = {8};

// Words skipped when looking for what comes before a verb group: "has not yet been", "will also".
bool AdverbLike(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"not",  "n't",   "also",  "still", "already", "never", "just",
                                                "yet",  "now",   "even",  "only",  "further", "again", "ever",
                                                "soon", "later", "often", "then",  "thus",    "once"};
  if (lower.size() > 4 && lower.substr(lower.size() - 2) == "ly") return true;
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

}  // namespace

uint64_t TriggerFeatures::Fingerprint(bool pos_tags) {
  // Version 1 had no part-of-speech features: a model without them keeps its fingerprint.
  constexpr std::string_view kBase =
      "event trigger features: window 2, clusters 4 6 8 10 12 / 6 10 / 8, affixes 1-4, WordNet supersenses";
  std::string templates(kBase);
  if (pos_tags) templates += ", UPOS -1 0 1, pairs, tag-word";
  return util::HashString(templates, pos_tags ? 2 : 1);
}

void TriggerFeatures::Analyze(std::string_view token, TriggerWord* w, std::vector<std::string>* stems) const {
  std::string normalized;
  w->norm.assign(ner::NormalizeToken(token, &normalized) ? std::string_view(normalized) : token);
  ner::AnalyzeWord(w->norm, &w->form);
  WordSummary& s = w->summary;
  s.lower_hash = util::HashString(w->form.lower);
  s.suffix2_hash = util::HashString(ner::SuffixChars(w->form.lower, 2));
  s.casing = w->form.casing;
  s.adverb_like = AdverbLike(w->form.lower);
  s.has_letter = (w->form.flags & (ner::kHasUpper | ner::kHasLower)) != 0;
  // WordNet senses of the word, else of its likeliest stem ("losses" -> "loss", "planned" -> "plan").
  w->senses = senses_.Find(w->form.lower);
  if (!w->senses) {
    VerbLexicon::Get().Lemmas(w->form.lower, stems);
    for (const std::string& l : *stems)
      if ((w->senses = senses_.Find(l))) break;
  }
  s.cluster = ner::FindCluster(lexicon_, w->norm, w->form);
}

uint64_t TriggerFeatures::PadFeature(int offset) { return Key(kPad, offset, uint64_t{0}); }

uint64_t TriggerFeatures::BiasFeature() { return Key(kBias, 0, uint64_t{0}); }

void TriggerFeatures::TypeFeatures(const TriggerWord& w, int offset, std::vector<uint64_t>* keys) const {
  const ner::WordForm& f = w.form;
  const uint64_t casing = static_cast<uint64_t>(static_cast<unsigned char>(f.casing));
  const int distance = offset < 0 ? -offset : offset;
  const WordSummary& s = w.summary;
  keys->push_back(Key(kLower, offset, s.lower_hash));
  if (w.senses && distance <= 1) {
    const SenseLexicon::Senses& n = *w.senses;
    keys->push_back(Key(kSenseNoun, offset, static_cast<uint64_t>(n.noun + 1)));
    keys->push_back(Key(kSenseVerb, offset, static_cast<uint64_t>(n.verb + 1)));
    if (offset == 0) {
      keys->push_back(Key(kSenseAdjective, 0, static_cast<uint64_t>(n.adjective + 1)));
      keys->push_back(Key(kSensePair, 0, static_cast<uint64_t>((n.noun + 1) * 64 + n.verb + 1)));
      for (uint64_t m = n.mask; m; m &= m - 1) keys->push_back(Key(kSenseBit, 0, static_cast<uint64_t>(__builtin_ctzll(m))));
    }
  } else if (distance <= 1) {
    keys->push_back(Key(kNoSense, offset, static_cast<uint64_t>(static_cast<unsigned char>(w.form.casing))));
  }
  if (offset == 0) {
    keys->push_back(BiasFeature());
    for (int k = 1; k <= 4 && k <= f.length; ++k) {
      keys->push_back(Key(kSuffix, 0, util::HashString(ner::SuffixChars(f.lower, k), k)));
      if (k <= 3) keys->push_back(Key(kPrefix, 0, util::HashString(ner::PrefixChars(f.lower, k), k)));
    }
    keys->push_back(Key(kShortShape, 0, f.short_shape));
    keys->push_back(Key(kCasing, 0, casing * 16 + std::min<int>(f.length, 8)));
    // "write-downs", "cease-fire": the last part says what kind of word it is.
    if (const size_t hyphen = f.lower.rfind('-'); hyphen != std::string::npos && hyphen + 1 < f.lower.size())
      keys->push_back(Key(kHyphenPart, 0, std::string_view(f.lower).substr(hyphen + 1)));
  } else {
    keys->push_back(Key(kCasing, offset, casing));
    if (distance == 1) keys->push_back(Key(kSuffix, offset, s.suffix2_hash));
  }
  if (s.cluster) {
    auto add = [&](const auto& prefixes) {
      for (int p : prefixes) keys->push_back(Key(kCluster, offset, ClusterValue(*s.cluster, p)));
    };
    if (distance == 0)
      add(kCenterPrefixes);
    else if (distance == 1)
      add(kNearPrefixes);
    else
      add(kFarPrefixes);
    const int flats = distance == 2 ? 1 : 2;
    for (int k = 0; k < flats; ++k)
      if (s.cluster->flat[k] != ner::WordLexicon::kNoFlat)
        keys->push_back(Key(kFlatCluster, offset, static_cast<uint64_t>(k) << 16 | s.cluster->flat[k]));
  } else {
    keys->push_back(Key(kNoCluster, offset, casing));
  }
}

void TriggerFeatures::ContextFeatures(const WordSummary* words, const pos::Upos* tags, size_t n, size_t i,
                                      std::vector<uint64_t>* keys) {
  const WordSummary& w = words[i];
  if (tags) {  // the token's part of speech and its neighbours': "held/VERB talks/NOUN", "the/DET strike/NOUN"
    auto tag = [&](int64_t j) {
      return j < 0 || j >= static_cast<int64_t>(n) ? uint64_t{pos::kTagCount} : static_cast<uint64_t>(tags[j]);
    };
    const int64_t k = static_cast<int64_t>(i);
    for (int d = -1; d <= 1; ++d) keys->push_back(Key(kPosTag, d, tag(k + d)));
    keys->push_back(Key(kPosTagPair, -1, tag(k - 1) * 32 + tag(k)));
    keys->push_back(Key(kPosTagPair, 1, tag(k) * 32 + tag(k + 1)));
    keys->push_back(Key(kPosTagWord, 0, util::HashCombine(tag(k), w.lower_hash)));
  }
  const uint64_t left = i > 0 ? words[i - 1].lower_hash : 1;
  const uint64_t right = i + 1 < n ? words[i + 1].lower_hash : 2;
  keys->push_back(Key(kBigramLeft, 0, util::HashCombine(left, w.lower_hash)));
  keys->push_back(Key(kBigramRight, 0, util::HashCombine(w.lower_hash, right)));
  // The word before the verb group: "to" / "will" / "the" before "has not yet moved" decide much.
  size_t j = i;
  int skipped = 0;
  while (j > 0 && words[j - 1].adverb_like && skipped < 3) {
    --j;
    ++skipped;
  }
  if (skipped > 0) {
    const uint64_t before = j > 0 ? words[j - 1].lower_hash : 1;
    keys->push_back(Key(kBeforeGroup, 0, before));
    keys->push_back(Key(kBeforeGroupSuffix, 0, util::HashCombine(before, w.suffix2_hash)));
  }
  if (i == 0) keys->push_back(Key(kSentenceStart, 0, static_cast<uint64_t>(static_cast<unsigned char>(w.casing))));
  if (i > 0 && words[i - 1].cluster && w.cluster)
    keys->push_back(Key(kClusterBigram, 0,
                        util::HashCombine(ClusterValue(*words[i - 1].cluster, 6), ClusterValue(*w.cluster, 8))));
}

}  // namespace newsgraph::events
