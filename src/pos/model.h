// The part-of-speech model: per token one of the 17 UPOS tags (pos/tags.h), learned by `newsgraph train pos` from
// Universal Dependencies English-EWT (src/train/pos_trainer.h).
//
// File layout: the envelope of ner/model_file.h (magic "NGPOSMDL", format version, byte-order check, feature-set
// fingerprint, payload size, checksum), then the payload: metadata (training settings, data and scores, JSON text),
// the word lexicon (clusters), the feature weights (ner/weight_table.h, a 32-bit mask per row) and self-test
// sentences with the tags the model gave them when saved; Load() tags them again and refuses a model that disagrees.
//
// A loaded PosModel is immutable and may be shared by any number of threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ner/lexicon.h"
#include "ner/weight_table.h"
#include "newsgraph/status.h"
#include "pos/tags.h"

namespace newsgraph::pos {

inline constexpr char kPosModelMagic[8] = {'N', 'G', 'P', 'O', 'S', 'M', 'D', 'L'};
inline constexpr uint32_t kPosFormatVersion = 1;
inline constexpr const char* kDefaultPosModelFile = "pos-en.bin";

// A sentence and the tags (Upos values) the model gave its tokens.
struct PosSelfTest {
  std::vector<std::string> tokens;
  std::vector<uint8_t> tags;
};

class PosModel {
 public:
  // Reads and checks a model file: kNotFound, kCorrupt (bad magic, size, checksum or self-test) or kVersionMismatch
  // (another format version or feature set), each with the path in the message.
  static StatusOr<std::unique_ptr<PosModel>> Load(const std::string& path);
  static StatusOr<std::unique_ptr<PosModel>> FromBytes(std::string_view bytes);
  std::string ToBytes() const;
  Status Save(const std::string& path) const;

  // Assembling a model (training): add every feature's kTagCount weights, then FinishFeatures() once.
  void AddFeature(uint64_t key, const float* row) { weights_.Add(key, row); }
  void FinishFeatures() { weights_.Finish(); }

  // The kTagCount weights of `key`, or nullptr for a feature the model does not know.
  const float* Row(uint64_t key) const { return weights_.Row(key); }
  void Rows(const uint64_t* keys, size_t n, const float** rows) const { weights_.Rows(keys, n, rows); }
  size_t features() const { return weights_.size(); }

  ner::WordLexicon lexicon;  // word clusters
  std::string metadata;      // JSON: training settings, data, scores
  std::vector<PosSelfTest> self_tests;

 private:
  ner::WeightTable weights_{kTagCount};
};

}  // namespace newsgraph::pos
