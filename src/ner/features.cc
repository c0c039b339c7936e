#include "ner/features.h"

#include <algorithm>
#include <array>

#include "util/feature_key.h"
#include "util/hash.h"

namespace newsgraph::ner {

namespace {

// Template ids. FROZEN: they are part of every feature key; add new ids, never renumber.
enum Template : uint32_t {
  kBias = 1,
  kWord = 2,
  kLower = 3,
  kPrefix = 4,
  kSuffix = 5,
  kShape = 6,
  kShortShape = 7,
  kCasing = 8,
  kFlag = 9,
  kCluster = 10,
  kNoCluster = 11,
  kCasingBucket = 12,
  kCountBucket = 13,
  kInitialCasing = 14,
  kInitialLower = 15,
  kInitialBucket = 16,
  kCapsLower = 17,
  kCapsCluster = 18,
  kCapsBucket = 19,
  kPad = 20,
  kFlatCluster = 21,
  kBigramLeft = 30,
  kBigramRight = 31,
  kCasingTrigram = 32,
  kGazetteer = 33,
  kGazetteerCapitalized = 34,
  kDocExact = 40,
  kDocExactMajority = 41,
  kDocLower = 42,
  kDocLowerMajority = 43,
  kStage1 = 44,
  kStage1Pair = 45,
  kContextAggregate = 46,
  kLowerElsewhere = 47,
  kDocPosition = 48,
};

inline uint64_t Key(uint32_t tmpl, int offset, uint64_t value) { return util::FeatureKey(0, tmpl, offset, value); }
inline uint64_t Key(uint32_t tmpl, int offset, std::string_view value) {
  return util::FeatureKey(0, tmpl, offset, value);
}

// 0: 1 occurrence, 1: 2-3, 2: 4 or more.
int CountBucket(int n) { return n <= 1 ? 0 : n <= 3 ? 1 : 2; }

}  // namespace

uint64_t FeatureOptions::Fingerprint() const { return util::HashString(ToString(), kFeatureSetVersion); }

std::string FeatureOptions::ToString() const {
  std::string s = "features v" + std::to_string(kFeatureSetVersion) + ": affixes 1-" + std::to_string(affix_length) +
                  ", window " + std::to_string(window) + ", cluster prefixes";
  for (int p : cluster_prefixes) {
    s += ' ';
    s += std::to_string(p);
  }
  s += bigrams ? ", bigrams" : "";
  s += gazetteer ? ", gazetteer" : "";
  s += clusters ? ", clusters" : "";
  s += casing ? ", casing" : "";
  return s;
}

void FeatureOptions::Write(BinaryWriter* out) const {
  out->U8(affix_length);
  out->U8(static_cast<uint8_t>(cluster_prefixes.size()));
  for (int p : cluster_prefixes) out->U8(static_cast<uint8_t>(p));
  out->U8(window);
  out->U8(static_cast<uint8_t>((bigrams ? 1 : 0) | (gazetteer ? 2 : 0) | (clusters ? 4 : 0) | (casing ? 8 : 0)));
}

Status FeatureOptions::Read(BinaryReader* in) {
  affix_length = in->U8();
  cluster_prefixes.resize(in->U8());
  for (int& p : cluster_prefixes) p = in->U8();
  for (int p : cluster_prefixes)
    if (p < 1 || p > 32) return Status(StatusCode::kCorrupt, "bad feature options");
  window = in->U8();
  const uint8_t bits = in->U8();
  bigrams = bits & 1;
  gazetteer = bits & 2;
  clusters = bits & 4;
  casing = bits & 8;
  if (!in->ok() || window > 2 || affix_length > 8) return Status(StatusCode::kCorrupt, "bad feature options");
  return Status::Ok();
}

void SentenceFlags(const std::vector<const WordForm*>& forms, std::vector<uint8_t>* flags) {
  flags->assign(forms.size(), 0);
  bool any_lower = false;
  int caps_words = 0;
  for (const WordForm* f : forms) {
    any_lower |= (f->flags & kHasLower) != 0;
    caps_words += f->casing == 'A';
  }
  const uint8_t caps = !any_lower && caps_words >= 2 ? kCapsSentence : 0;
  bool initial_done = false;
  for (size_t i = 0; i < forms.size(); ++i) {
    uint8_t f = caps;
    if (!initial_done && !(forms[i]->flags & kNoAlnum)) {
      f |= kSentenceInitial;
      initial_done = true;
    }
    (*flags)[i] = f;
  }
}

void FeatureExtractor::AnalyzeForm(std::string_view norm, TokenInfo* info) const {
  info->norm.assign(norm);
  AnalyzeWord(norm, &info->form);
  info->exact_key = util::HashString(norm, 0x6578);
  info->lower_key = Gazetteer::TokenKey(info->form.lower);
  info->lower_hash = util::HashString(info->form.lower);
  info->cluster = nullptr;
  info->caps_cluster = nullptr;
  info->casing_bucket = 7;
  // Clusters were learned on text with digits replaced by 0.
  std::string digits;
  std::string_view form = norm;
  if (info->form.flags & kHasDigit) {
    digits.assign(norm);
    for (char& c : digits)
      if (c >= '0' && c <= '9') c = '0';
    form = digits;
  }
  if (options_.clusters) {
    info->cluster = lexicon_.FindWord(form);
    if (!info->cluster && info->form.casing == 'A') info->cluster = lexicon_.FindWord(TitleCase(form));
    if (!info->cluster && info->form.casing != 'l') info->cluster = lexicon_.FindWord(info->form.lower);
  }
  const WordLexicon::Casing* casing = lexicon_.FindCasing(info->form.lower);
  if (casing) {
    if (options_.casing) info->casing_bucket = casing->bucket;
    if (options_.clusters) info->caps_cluster = lexicon_.FindWord(casing->truecase);
  }
  if (!info->caps_cluster) info->caps_cluster = info->cluster;
}

void FeatureExtractor::Analyze(std::string_view token, uint8_t flags, TokenInfo* info) const {
  std::string normalized;
  AnalyzeForm(NormalizeToken(token, &normalized) ? std::string_view(normalized) : token, info);
  info->flags = flags;
}

uint64_t FeatureExtractor::PadFeature(int offset) { return Key(kPad, offset, uint64_t{0}); }

void FeatureExtractor::IdentityKeys(const TokenInfo& info, uint64_t* exact, uint64_t* lower) {
  *exact = Key(kWord, 0, info.norm);
  *lower = Key(kLower, 0, info.lower_hash);
}

void FeatureExtractor::TypeFeatures(const TokenInfo& t, int offset, std::vector<uint64_t>* keys) const {
  const WordForm& f = t.form;
  const uint64_t lower_hash = t.lower_hash;
  const uint64_t casing = static_cast<uint64_t>(static_cast<unsigned char>(f.casing));
  if (offset == 0) {
    keys->push_back(Key(kBias, 0, uint64_t{0}));
    keys->push_back(Key(kWord, 0, t.norm));
    keys->push_back(Key(kLower, 0, lower_hash));
    for (int k = 1; k <= options_.affix_length && k <= f.length; ++k) {
      keys->push_back(Key(kPrefix, 0, util::HashString(PrefixChars(f.lower, k), k)));
      keys->push_back(Key(kSuffix, 0, util::HashString(SuffixChars(f.lower, k), k)));
    }
    keys->push_back(Key(kShape, 0, f.shape));
    keys->push_back(Key(kShortShape, 0, f.short_shape));
    keys->push_back(Key(kCasing, 0, casing * 16 + std::min<int>(f.length, 5)));
    for (uint16_t bit : {kHasDigit, kHasHyphen, kHasPeriod, kHasApostrophe, kAllDigits, kHasOther, kNoAlnum})
      if (f.flags & bit) keys->push_back(Key(kFlag, 0, uint64_t{bit}));
    if (t.cluster) {
      for (int p : options_.cluster_prefixes) keys->push_back(Key(kCluster, 0, ClusterValue(*t.cluster, p)));
      for (int k = 0; k < WordLexicon::kMaxFlat; ++k)
        if (t.cluster->flat[k] != WordLexicon::kNoFlat)
          keys->push_back(Key(kFlatCluster, 0, static_cast<uint64_t>(k) << 16 | t.cluster->flat[k]));
      keys->push_back(Key(kCountBucket, 0, uint64_t{t.cluster->count_bucket}));
    } else if (options_.clusters) {
      keys->push_back(Key(kNoCluster, 0, casing));
    }
    if (options_.casing) keys->push_back(Key(kCasingBucket, 0, casing * 16 + t.casing_bucket));
    if (t.flags & kSentenceInitial) {
      keys->push_back(Key(kInitialCasing, 0, casing));
      keys->push_back(Key(kInitialLower, 0, lower_hash));
      if (options_.casing) keys->push_back(Key(kInitialBucket, 0, casing * 16 + t.casing_bucket));
    }
    if (t.flags & kCapsSentence) {
      keys->push_back(Key(kCapsLower, 0, lower_hash));
      if (t.caps_cluster) {
        for (int p : options_.cluster_prefixes) keys->push_back(Key(kCapsCluster, 0, ClusterValue(*t.caps_cluster, p)));
        for (int k = 0; k < WordLexicon::kMaxFlat; ++k)
          if (t.caps_cluster->flat[k] != WordLexicon::kNoFlat)
            keys->push_back(Key(kCapsCluster, 0, (uint64_t{1} << 50) | static_cast<uint64_t>(k) << 16 | t.caps_cluster->flat[k]));
      }
      if (options_.casing) keys->push_back(Key(kCapsBucket, 0, uint64_t{t.casing_bucket}));
    }
    return;
  }
  const int distance = offset < 0 ? -offset : offset;
  keys->push_back(Key(kLower, offset, lower_hash));
  keys->push_back(Key(kCasing, offset, casing * 16 + std::min<int>(f.length, 5)));
  if (distance == 1) {
    keys->push_back(Key(kShortShape, offset, f.short_shape));
    if (options_.casing) keys->push_back(Key(kCasingBucket, offset, casing * 16 + t.casing_bucket));
    if (t.flags & kCapsSentence) keys->push_back(Key(kCapsLower, offset, lower_hash));
  }
  const WordLexicon::Word* cluster = (t.flags & kCapsSentence) ? t.caps_cluster : t.cluster;
  if (cluster) {
    const size_t prefixes = distance == 1 ? options_.cluster_prefixes.size() : std::min<size_t>(2, options_.cluster_prefixes.size());
    for (size_t k = 0; k < prefixes; ++k)
      keys->push_back(Key(kCluster, offset, ClusterValue(*cluster, options_.cluster_prefixes[k])));
    const int flats = distance == 1 ? WordLexicon::kMaxFlat : 1;
    for (int k = 0; k < flats; ++k)
      if (cluster->flat[k] != WordLexicon::kNoFlat)
        keys->push_back(Key(kFlatCluster, offset, static_cast<uint64_t>(k) << 16 | cluster->flat[k]));
  }
}

void FeatureExtractor::SentenceFeatures(const TokenInfo* const* tokens, const uint8_t* flags, size_t n,
                                        KeyLists* out) const {
  // Gazetteer matches first, as (token, key) pairs.
  std::vector<std::pair<uint32_t, uint64_t>>& hits = out->gazetteer_hits;
  std::vector<uint64_t>& token_keys = out->token_keys;
  hits.clear();
  if (options_.gazetteer && gazetteer_.num_lists() > 0) {
    token_keys.resize(n);
    for (size_t i = 0; i < n; ++i) token_keys[i] = tokens[i]->lower_key;
    gazetteer_.Match(token_keys.data(), n, [&](int list, size_t b, size_t e) {
      // Capitalized: every token with a letter starts with a capital (or the sentence is in capitals); lists of
      // names mostly need this, lists of lower-case words (titles) do not care.
      bool capitalized = true;
      for (size_t k = b; k < e; ++k) {
        const TokenInfo& t = *tokens[k];
        if ((t.form.flags & (kHasUpper | kHasLower)) && !(t.form.flags & kInitialUpper) && !(flags[k] & kCapsSentence))
          capitalized = false;
      }
      for (size_t k = b; k < e; ++k) {
        const char position = e - b == 1 ? 'U' : k == b ? 'B' : k + 1 == e ? 'L' : 'I';
        const uint64_t value = static_cast<uint64_t>(list) * 256 + static_cast<uint64_t>(position);
        hits.emplace_back(static_cast<uint32_t>(k), Key(kGazetteer, 0, value));
        if (capitalized) hits.emplace_back(static_cast<uint32_t>(k), Key(kGazetteerCapitalized, 0, value));
      }
    });
    // By token; a token inside several matches of one list gets each (list, position) once.
    std::sort(hits.begin(), hits.end());
    hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
  }
  size_t h = 0;
  for (size_t i = 0; i < n; ++i) {
    const TokenInfo& t = *tokens[i];
    if (options_.bigrams) {
      const uint64_t here = t.lower_hash;
      const uint64_t left = i > 0 ? tokens[i - 1]->lower_hash : 1;
      const uint64_t right = i + 1 < n ? tokens[i + 1]->lower_hash : 2;
      out->keys.push_back(Key(kBigramLeft, 0, util::HashCombine(left, here)));
      out->keys.push_back(Key(kBigramRight, 0, util::HashCombine(here, right)));
    }
    const uint64_t c_left = i > 0 ? static_cast<unsigned char>(tokens[i - 1]->form.casing) : '^';
    const uint64_t c_right = i + 1 < n ? static_cast<unsigned char>(tokens[i + 1]->form.casing) : '$';
    out->keys.push_back(Key(kCasingTrigram, 0, (c_left << 16) | (static_cast<uint64_t>(static_cast<unsigned char>(t.form.casing)) << 8) | c_right));
    while (h < hits.size() && hits[h].first == i) out->keys.push_back(hits[h++].second);
    out->EndToken();
  }
}

void WordCounts::Start(size_t n) {
  size_t size = 16;
  while (size < 2 * n + 2) size <<= 1;
  if (slots_.size() < size) {
    slots_.assign(size, Slot{});
    generation_ = 0;
  }
  mask_ = size - 1;
  if (++generation_ == 0) {  // after 4 billion documents: clear once
    std::fill(slots_.begin(), slots_.end(), Slot{});
    generation_ = 1;
  }
}

namespace {

// Counters of WordCounts: the first-pass kinds (O and the four types), positions inside first-pass entities (type
// and place), occurrences in lower case.
constexpr int kKinds = 0;
constexpr int kPositions = 8;
constexpr int kLowerCase = 5;

void AggregateFeatures(const uint16_t* all, int own, uint32_t tmpl, uint32_t majority_tmpl,
                       std::vector<uint64_t>* keys) {
  std::array<int, 5> other;
  int total = 0;
  for (int k = 0; k < 5; ++k) {
    other[k] = all[k] - (k == own ? 1 : 0);
    total += other[k];
  }
  if (total <= 0) return;
  int best = 0;
  for (int k = 0; k < 5; ++k) {
    if (other[k] > 0) keys->push_back(Key(tmpl, 0, static_cast<uint64_t>(k)));
    if (other[k] > other[best]) best = k;
  }
  const bool unanimous = other[best] == total;
  keys->push_back(Key(majority_tmpl, 0, static_cast<uint64_t>(best * 16 + CountBucket(total) * 2 + (unanimous ? 1 : 0))));
}

}  // namespace

void FeatureExtractor::DocumentFeatures(const TokenInfo* const* tokens, const uint8_t* stage1, size_t n,
                                        const std::vector<uint32_t>& sentence_begin, const LabelSet& labels,
                                        KeyLists* out) const {
  DocumentScratch& scratch = out->document;
  // Which tokens take part: anything with a capital letter, and anything the first pass put inside a name.
  WordCounts& exact = scratch.exact;
  WordCounts& lower = scratch.lower;
  exact.Start(n);
  lower.Start(n);
  auto kind = [&](size_t i) { return labels.Type(stage1[i]) + 1; };  // 0 = O
  // Occurrences of each capitalized form (for context aggregation) and lower-case forms seen in lower case.
  std::vector<uint32_t>& sentence_of = scratch.sentence_of;
  sentence_of.assign(n, 0);
  for (size_t s = 0; s + 1 < sentence_begin.size(); ++s)
    for (uint32_t t = sentence_begin[s]; t < sentence_begin[s + 1] && t < n; ++t) sentence_of[t] = static_cast<uint32_t>(s);
  // Where each token sits in its first-pass entity (0 single, 1 first, 2 inside, 3 last), counted per form and type.
  std::vector<uint8_t>& position = scratch.position;
  position.assign(n, 0);
  for (size_t s = 0; s + 1 < sentence_begin.size(); ++s) {
    const uint32_t b = sentence_begin[s], e = std::min<uint32_t>(sentence_begin[s + 1], static_cast<uint32_t>(n));
    if (e <= b) continue;
    labels.Decode(stage1 + b, e - b, &scratch.spans);
    for (const TokenSpan& sp : scratch.spans)
      for (uint32_t k = sp.begin; k < sp.end; ++k)
        position[b + k] = sp.end - sp.begin == 1 ? 0 : k == sp.begin ? 1 : k + 1 == sp.end ? 3 : 2;
  }
  std::vector<std::pair<uint64_t, uint32_t>>& occurrences = scratch.occurrences;  // (exact key, token), capitalized
  occurrences.clear();
  for (size_t i = 0; i < n; ++i) {
    const TokenInfo& t = *tokens[i];
    const bool upper = (t.form.flags & kHasUpper) != 0;
    if (!upper && (t.form.flags & kHasLower)) ++lower.At(t.lower_key)[kLowerCase];
    if (!upper && stage1[i] == 0) continue;
    WordCounts::Counts& counts = exact.At(t.exact_key);
    ++counts[kKinds + kind(i)];
    if (stage1[i] != 0) ++counts[kPositions + (kind(i) - 1) * 4 + position[i]];
    if (upper) {
      ++lower.At(t.lower_key)[kKinds + kind(i)];
      occurrences.emplace_back(t.exact_key, static_cast<uint32_t>(i));
    }
  }
  std::sort(occurrences.begin(), occurrences.end());
  // For each capitalized token: its place in `occurrences`.
  std::vector<int32_t>& occurrence_of = scratch.occurrence_of;
  occurrence_of.assign(n, -1);
  for (size_t k = 0; k < occurrences.size(); ++k) occurrence_of[occurrences[k].second] = static_cast<int32_t>(k);
  // Where each form's run of occurrences starts, found once: walking back from every occurrence would be quadratic
  // in the number of occurrences of a form.
  std::vector<uint32_t>& group_start = scratch.group_start;
  group_start.resize(occurrences.size());
  for (size_t k = 0; k < occurrences.size(); ++k)
    group_start[k] = k > 0 && occurrences[k - 1].first == occurrences[k].first ? group_start[k - 1] : static_cast<uint32_t>(k);
  std::vector<uint64_t>& context = scratch.context;
  size_t sentence = 0;
  for (size_t i = 0; i < n; ++i) {
    while (sentence + 1 < sentence_begin.size() && sentence_begin[sentence + 1] <= i) ++sentence;
    const size_t s_begin = sentence_begin[sentence];
    const size_t s_end = sentence + 1 < sentence_begin.size() ? sentence_begin[sentence + 1] : n;
    const TokenInfo& t = *tokens[i];
    const bool upper = (t.form.flags & kHasUpper) != 0;
    if (upper || stage1[i] != 0) {
      const WordCounts::Counts& counts = exact.At(t.exact_key);
      AggregateFeatures(&counts[kKinds], kind(i), kDocExact, kDocExactMajority, &out->keys);
      const uint16_t* p = &counts[kPositions];
      const int own = stage1[i] != 0 ? (kind(i) - 1) * 4 + position[i] : -1;
      for (int k = 0; k < 16; ++k)
        if (p[k] > (k == own ? 1 : 0)) out->keys.push_back(Key(kDocPosition, 0, static_cast<uint64_t>(k)));
    }
    if (upper) {
      const WordCounts::Counts& counts = lower.At(t.lower_key);
      AggregateFeatures(&counts[kKinds], kind(i), kDocLower, kDocLowerMajority, &out->keys);
      if (counts[kLowerCase] > 0 && !(t.flags & kCapsSentence)) out->keys.push_back(Key(kLowerElsewhere, 0, uint64_t{1}));
    }
    // Context aggregation (Ratinov & Roth 2009): the words around the other occurrences of this capitalized form.
    if (upper && occurrence_of[i] >= 0) {
      const uint64_t key = t.exact_key;
      const size_t first = group_start[occurrence_of[i]];
      context.clear();
      int others = 0;
      for (size_t k = first; k < occurrences.size() && occurrences[k].first == key && others < 8; ++k) {
        const uint32_t j = occurrences[k].second;
        if (j == i) continue;
        ++others;
        for (int d : {-2, -1, 1, 2}) {
          const int64_t c = static_cast<int64_t>(j) + d;
          if (c < 0 || c >= static_cast<int64_t>(n) || sentence_of[c] != sentence_of[j]) continue;
          context.push_back(Key(kContextAggregate, d, tokens[c]->lower_hash));
        }
      }
      std::sort(context.begin(), context.end());
      context.erase(std::unique(context.begin(), context.end()), context.end());
      out->keys.insert(out->keys.end(), context.begin(), context.end());
    }
    const uint64_t here = stage1[i];
    const uint64_t left = i > s_begin ? stage1[i - 1] : 255;
    const uint64_t right = i + 1 < s_end ? stage1[i + 1] : 255;
    out->keys.push_back(Key(kStage1, 0, here));
    out->keys.push_back(Key(kStage1, -1, left));
    out->keys.push_back(Key(kStage1, 1, right));
    out->keys.push_back(Key(kStage1Pair, 0, (left << 8) | here));
    out->EndToken();
  }
}

}  // namespace newsgraph::ner
