// The learned cue model of the quotation finder: which words, beyond the reporting verbs of the lexicon, attribute
// what follows them to someone ("Critics assailed the plan", "Sanders appears to lead", "his attacks on Clinton",
// "voters are looking for a change"). Trained by `newsgraph train quotes` on PolNeAR train (src/train/
// quote_trainer.h) and read from the models directory (models/quotes-cues-en.bin) by the pipeline's resources.
//
// How the finder uses it (quotes/learned.cc): after the rules have found direct quotations and indirect speech,
// every lower-case word outside quotations, outside the content already found and not itself a cue, whose word is
// in the model's gate (words seen as cues in training), is scored by a logistic model over its word, its neighbours
// and its subject; above the model's threshold it becomes a cue and its content is read after it by the same rules
// as for a reporting verb (a "that" clause, an object, the object of a preposition).
//
// File layout (integers little-endian, util/binary_io.h; the same envelope as the NER model, ner/model.h):
//   magic "NGQCUEML" | u32 format version | u32 0x01020304 | u64 feature-set version | u64 payload size |
//   u64 checksum of the payload (util/hash.h) | payload
// The payload: metadata (training command and figures, text), the threshold, the bias, the gate (sorted word
// keys), the weights (sorted keys with a float each) and self-test sentences with the probability the model gave
// each of their candidates when it was saved; FromBytes() scores them again and refuses a model that disagrees (a
// change to the features that was not versioned).
//
// A loaded CueModel is immutable and may be shared by any number of threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/lexicon.h"
#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph::quotes {

inline constexpr char kCueModelMagic[8] = {'N', 'G', 'Q', 'C', 'U', 'E', 'M', 'L'};
inline constexpr uint32_t kCueModelFormatVersion = 1;
// FROZEN: the feature templates of quotes/learned.cc (CueFeatures) and their hash seeds. Changing either changes
// every key of a trained model: bump this and retrain (`newsgraph train quotes`).
inline constexpr uint64_t kCueFeatureVersion = 1;
inline constexpr const char* kCueModelFile = "quotes-cues-en.bin";

// A sentence and the probability the model gave each candidate cue in it (in text order).
struct CueSelfTest {
  std::string text;
  std::vector<float> probabilities;
};

class CueModel {
 public:
  // Reads and checks a model file: kNotFound, kCorrupt (bad magic, size, checksum or self-test) or kVersionMismatch,
  // each with the path in the message.
  static StatusOr<std::unique_ptr<CueModel>> Load(const std::string& path);
  static StatusOr<std::unique_ptr<CueModel>> FromBytes(std::string_view bytes);
  std::string ToBytes() const;
  Status Save(const std::string& path) const;

  // The key of a word (lower case) in the gate and in the word features: the key of its crude stem, so that the
  // forms of a word share them ("assails", "assailed", "assailing"). FROZEN with kCueFeatureVersion.
  static uint64_t WordKey(std::string_view lower);
  bool MayBeCue(uint64_t word_key) const;
  // The probability that the candidate with these feature keys is a cue.
  float Probability(const uint64_t* features, size_t n) const;

  // Assembling a model (training): keys sorted and unique, one weight each; the gate sorted and unique.
  void Set(std::vector<uint64_t> keys, std::vector<float> weights, float bias, std::vector<uint64_t> gate);
  // Scores each sentence with this model and keeps the scores as self-tests (call after Set and the threshold).
  void AddSelfTests(const std::vector<std::string>& sentences, const lang::Lexicon& lexicon);

  std::string metadata;    // how it was trained and what it scored
  float threshold = 0.5f;  // a candidate above this probability is a cue
  size_t features() const { return keys_.size(); }
  size_t gate_size() const { return gate_.size(); }

 private:
  // An open-addressing table of keys, for lookups without binary search: a document asks it some twenty times per
  // candidate. A slot holds the key's high 32 bits (0 marks an empty slot) beside its value, 8 bytes, so that the
  // weight table (40,000 keys in 64 Ki slots, 512 KiB) stays in the cache; its low bits choose the first slot. Two
  // keys that share both are the same key to it (with 40,000 keys, once in some 10^5 models), and an unknown key
  // is taken for a known one once in some 10^9 lookups: the self-tests would show a model that suffers from it.
  struct KeyTable {
    struct Slot {
      uint32_t tag;
      float value;
    };
    std::vector<Slot> slots;
    uint64_t mask = 0;
    void Build(const std::vector<uint64_t>& k, const std::vector<float>* v);
    const float* Find(uint64_t key) const;
  };
  void BuildTables();
  Status CheckSelfTests(const lang::Lexicon& lexicon) const;
  KeyTable gate_table_, weight_table_;
  float bias_ = 0;
  std::vector<uint64_t> gate_;
  std::vector<uint64_t> keys_;
  std::vector<float> weights_;
  std::vector<CueSelfTest> self_tests_;
};

// A candidate cue and its features, for training: the token's byte span and the feature keys the finder computes
// for it at run time.
struct CueCandidate {
  Span token;
  uint32_t key_begin = 0, key_end = 0;  // its feature keys in CueCandidates::keys, the word's key first
};
struct CueCandidates {
  std::vector<CueCandidate> candidates;
  std::vector<uint64_t> keys;
  void clear() {
    candidates.clear();
    keys.clear();
  }
};

// Runs the finder's rules on a segmented text and lists every candidate cue they leave (all of them when `model` is
// null, else those in its gate), with its features, without adding learned cues.
void CollectCueCandidates(std::string_view text, const lang::Lexicon& lexicon, const CueModel* model,
                          Analysis* analysis, CueCandidates* out);

}  // namespace newsgraph::quotes
