// The NER model: labels, feature options, lexical resources and the weights of one or two passes, read from and
// written to one binary file.
//
// File layout (all integers little-endian, written byte by byte so the file is the same on every machine):
//   magic "NGNERMDL" | u32 format version | u32 0x01020304 (byte-order check) | u64 feature-set fingerprint |
//   u64 payload size | u64 checksum of the payload (util/hash.h) | payload
// The payload holds, in order: metadata (training settings and scores, JSON text), the tag scheme, the feature
// options, the word lexicon, the gazetteer, the non-person tokens, the transition weights and the feature weights (int16 with one scale,
// only the non-zero entries of each row), the confidence temperature and self-test sentences with the labels this
// model gave them when it was saved; Load() tags them again and refuses a model that disagrees.
//
// A loaded NerModel is immutable and may be shared by any number of threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ner/decoder.h"
#include "ner/features.h"
#include "ner/labels.h"
#include "ner/lexicon.h"
#include "newsgraph/status.h"
#include "util/key_index.h"

namespace newsgraph::ner {

inline constexpr char kModelMagic[8] = {'N', 'G', 'N', 'E', 'R', 'M', 'D', 'L'};
inline constexpr uint32_t kFormatVersion = 1;
inline constexpr const char* kDefaultModelFile = "ner-en-news.bin";

// A sentence and the BIO tags the model gave it.
struct SelfTest {
  std::vector<std::string> tokens;
  std::vector<std::string> tags;
};

class NerModel {
 public:
  // Reads and checks a model file: kNotFound, kCorrupt (bad magic, size, checksum or self-test) or kVersionMismatch
  // (another format version or feature set), each with the path in the message.
  static StatusOr<std::unique_ptr<NerModel>> Load(const std::string& path);
  static StatusOr<std::unique_ptr<NerModel>> FromBytes(std::string_view bytes);
  std::string ToBytes() const;
  Status Save(const std::string& path) const;

  // Assembling a model (training).
  NerModel() = default;
  void SetStages(int stages);  // 1 or 2; resets the weights
  // Adds a feature's weights for every stage: stages() * labels.size() values.
  void AddFeature(uint64_t key, const float* weights);
  void FinishFeatures();  // builds the lookup table; call once after the last AddFeature
  float* transition_weights(int stage) { return &transitions_raw_[stage][0]; }  // L*L next, then L start, L end
  void FinishTransitions();  // applies the label set's constraints

  // Weights of `key`: stages() * labels.size() floats (stage 0 first), or nullptr for an unknown feature.
  const float* Row(uint64_t key) const {
    const int64_t row = index_.Find(key);
    return row < 0 ? nullptr : &weights_[static_cast<size_t>(row) * row_size_];
  }
  // rows[k] = Row(keys[k]) for k < n: the look-ups of a batch overlap their memory reads (util::KeyIndex::FindAll),
  // several times faster than one Row() each when the model is not in the cache.
  void Rows(const uint64_t* keys, size_t n, const float** rows) const {
    index_.FindRows(keys, n, weights_.data(), static_cast<size_t>(row_size_), rows);
  }
  int stages() const { return stages_; }
  int row_size() const { return row_size_; }
  size_t features() const { return keys_.size(); }
  const Transitions& transitions(int stage) const { return transitions_[stage]; }

  LabelSet labels{TagScheme::kBilou};
  FeatureOptions options;
  WordLexicon lexicon;
  Gazetteer gazetteer;
  // Tokens never inside a person's name (honorifics: "Mr", "Sir", ...), matched exactly: CoNLL leaves them out of the
  // name, but its training data has too few to learn it. The tagger forbids PER labels on them.
  std::vector<std::string> non_person_tokens;
  float temperature = 1;       // confidences are marginals of scores divided by this
  std::string metadata;        // JSON: training settings, data, scores
  std::vector<SelfTest> self_tests;

 private:
  Status ReadPayload(std::string_view payload);
  int stages_ = 0;
  int row_size_ = 0;
  std::vector<uint64_t> keys_;
  std::vector<float> weights_;
  util::KeyIndex index_;  // keys_[k] -> row k
  std::vector<float> transitions_raw_[2];
  Transitions transitions_[2];
};

}  // namespace newsgraph::ner
