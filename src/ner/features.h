// The tagger's features: what it knows about each token, its neighbours, the sentence and the document.
//
// Every feature is a 64-bit key: the hash of its template, its offset and its value (util/hash.h, frozen). Features
// are in three families, split so that tagging stays fast:
//   * word-type features: functions of one token's text and two context flags (sentence-initial, all-caps
//     sentence), seen from an offset -2..2. Their weight sums are cached per word type at run time.
//   * sentence features: word bigrams, a casing trigram and gazetteer matches (which span tokens).
//   * document features, for the second pass only: how the first pass labelled the other occurrences of the
//     word in the document, and the first-pass labels around the token.
// Training (src/train) and tagging (ner/tagger.cc) both extract features only through this file, so they cannot
// disagree; a change to any template must change kFeatureSetVersion (the fingerprint stored in model files).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ner/binary_io.h"
#include "ner/labels.h"
#include "ner/lexicon.h"
#include "ner/word_shape.h"
#include "newsgraph/status.h"

namespace newsgraph::ner {

// Bump with any change to the templates below; models record it and refuse to load under another version.
inline constexpr uint32_t kFeatureSetVersion = 1;

// Choices that shape the feature set, fixed at training time and stored in the model.
struct FeatureOptions {
  uint8_t affix_length = 4;                         // prefixes and suffixes of 1..affix_length characters
  std::vector<int> cluster_prefixes{4, 8, 12};      // lengths of cluster-path prefixes (1-32)
  uint8_t window = 2;                               // neighbours seen on each side (at most 2)
  bool bigrams = true;
  bool gazetteer = true;
  bool clusters = true;
  bool casing = true;  // casing statistics from unlabeled text

  // Identifies the feature set: kFeatureSetVersion and these options.
  uint64_t Fingerprint() const;
  std::string ToString() const;
  void Write(BinaryWriter* out) const;
  Status Read(BinaryReader* in);
};

enum ContextFlag : uint8_t {
  kSentenceInitial = 1,  // the first word or number of its sentence
  kCapsSentence = 2,     // a headline in capitals: no lower-case letter in the sentence
};

// Context flags of each token of a sentence, from the tokens' forms.
void SentenceFlags(const std::vector<const WordForm*>& forms, std::vector<uint8_t>* flags);

// One token as the features see it; at run time one per word type and context flags.
struct TokenInfo {
  std::string norm;  // normalized token (ner/word_shape.h)
  WordForm form;
  uint8_t flags = 0;  // ContextFlag
  const WordLexicon::Word* cluster = nullptr;       // the cluster of the token (or of its title/lower case)
  const WordLexicon::Word* caps_cluster = nullptr;  // in capitals headlines: the cluster of the usual written form
  uint8_t casing_bucket = 7;                        // WordLexicon::CasingBucket, 7 when unknown
  uint64_t lower_key = 0;                           // Gazetteer::TokenKey(form.lower)
  uint64_t lower_hash = 0;                          // HashString(form.lower)
  uint64_t exact_key = 0;                           // hash of norm
};

// Counters per word key for the document features of one document: open addressing over a table kept from one
// document to the next, its slots marked with the document's number, so that a new document clears nothing and
// touches no fresh memory.
class WordCounts {
 public:
  static constexpr int kCounters = 24;
  using Counts = std::array<uint16_t, kCounters>;
  // Starts a document that looks up at most n distinct keys: every count reads zero.
  void Start(size_t n);
  // The counters of `key` (zeros when it is new to the document).
  Counts& At(uint64_t key) {
    size_t i = key & mask_;
    while (slots_[i].generation == generation_ && slots_[i].key != key) i = (i + 1) & mask_;
    Slot& s = slots_[i];
    if (s.generation != generation_) {
      s.generation = generation_;
      s.key = key;
      s.counts.fill(0);
    }
    return s.counts;
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t generation = 0;  // the document that filled the slot; 0 never
    Counts counts{};
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  uint32_t generation_ = 0;
};

// The buffers of DocumentFeatures, reused from one document to the next.
struct DocumentScratch {
  WordCounts exact;  // by exact key: first-pass kinds [0, 5), positions in first-pass entities [8, 24)
  WordCounts lower;  // by lower-case key: first-pass kinds of capitalized tokens [0, 5), lower-case occurrences [5]
  std::vector<uint32_t> sentence_of;
  std::vector<std::pair<uint64_t, uint32_t>> occurrences;
  std::vector<int32_t> occurrence_of;
  std::vector<uint32_t> group_start;
  std::vector<uint8_t> position;
  std::vector<int> sentence_labels;
  std::vector<TokenSpan> spans;
  std::vector<uint64_t> context;
};

// Feature keys per token of a sentence or document: keys[begin[i], begin[i + 1]).
struct KeyLists {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> begin{0};
  // Scratch of SentenceFeatures, kept with the lists so that a caller reusing them reuses it too.
  std::vector<std::pair<uint32_t, uint64_t>> gazetteer_hits;  // (token, key)
  std::vector<uint64_t> token_keys;
  DocumentScratch document;  // of DocumentFeatures
  void Clear() {
    keys.clear();
    begin.assign(1, 0);
  }
  void EndToken() { begin.push_back(static_cast<uint32_t>(keys.size())); }
  size_t tokens() const { return begin.size() - 1; }
};

class FeatureExtractor {
 public:
  FeatureExtractor(const FeatureOptions& options, const WordLexicon& lexicon, const Gazetteer& gazetteer)
      : options_(options), lexicon_(lexicon), gazetteer_(gazetteer) {}

  // Fills *info for `token` (raw token text) with context flags.
  void Analyze(std::string_view token, uint8_t flags, TokenInfo* info) const;
  // As Analyze, when the form is already computed (flags are set separately).
  void AnalyzeForm(std::string_view norm, TokenInfo* info) const;

  // Word-type features of `info` seen from `offset` in -window..window (appended).
  void TypeFeatures(const TokenInfo& info, int offset, std::vector<uint64_t>* keys) const;
  // The feature of a position outside the sentence seen from `offset`.
  static uint64_t PadFeature(int offset);
  // The keys that identify the word itself at offset 0 (its exact and lower-case forms); training drops them at
  // random ("word dropout") so that the model learns to tag names it has never seen.
  static void IdentityKeys(const TokenInfo& info, uint64_t* exact, uint64_t* lower);

  // Sentence features of every token of a sentence (bigrams, casing trigram, gazetteer matches); appends one key
  // list per token to *out.
  void SentenceFeatures(const TokenInfo* const* tokens, const uint8_t* flags, size_t n, KeyLists* out) const;

  // Document features of every token of a document, given the first-pass labels of all its tokens; `sentence_begin` holds the first token of each sentence and the end. Appends one key list per token.
  void DocumentFeatures(const TokenInfo* const* tokens, const uint8_t* stage1_labels, size_t n,
                        const std::vector<uint32_t>& sentence_begin, const LabelSet& labels, KeyLists* out) const;

  const FeatureOptions& options() const { return options_; }

 private:
  const FeatureOptions& options_;
  const WordLexicon& lexicon_;
  const Gazetteer& gazetteer_;
};

}  // namespace newsgraph::ner
