// What the event-trigger detector knows about each token: its word type (form, affixes, shape, word clusters) seen
// from two tokens either side, and a few features of its sentence context (word bigrams, the word before the verb
// group) and WordNet supersenses (events/senses.h).
//
// Every feature is a 64-bit key: the hash of its template, its offset and its value (ner/hash.h, frozen). Training
// (src/train/events_trainer.cc) and tagging (events/trigger_tagger.cc) extract features only through this file, so
// they cannot disagree; a change to any template must change kTriggerFeatureVersion, which model files record.
//
// Thread safety: a TriggerFeatures is immutable; its methods may be called from many threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "events/senses.h"
#include "ner/lexicon.h"
#include "ner/word_shape.h"
#include "pos/tags.h"

namespace newsgraph::events {

// Bump with any change to the templates; models refuse to load under another version.
inline constexpr uint32_t kTriggerFeatureVersion = 2;

// Neighbours seen on each side of a token.
inline constexpr int kTriggerWindow = 2;

// What the context features need of a word: small, copied per token.
struct WordSummary {
  uint64_t lower_hash = 0;
  uint64_t suffix2_hash = 0;  // of its last two characters, lower case
  const ner::WordLexicon::Word* cluster = nullptr;
  char casing = 'n';          // ner::WordForm::casing
  bool adverb_like = false;   // skipped when looking for the word before a verb group ("has not yet")
  bool has_letter = false;    // only words with a letter can be triggers
};

// One word type as the features see it.
struct TriggerWord {
  std::string norm;  // the token with typographic quotes and dashes made ASCII (ner::NormalizeToken)
  ner::WordForm form;
  WordSummary summary;
  const SenseLexicon::Senses* senses = nullptr;  // of the word or of its stem ("losses" -> "loss")
};

class TriggerFeatures {
 public:
  TriggerFeatures(const ner::WordLexicon& lexicon, const SenseLexicon& senses) : lexicon_(lexicon), senses_(senses) {}

  // `stems`: working memory for the word's stems.
  void Analyze(std::string_view token, TriggerWord* word, std::vector<std::string>* stems) const;

  // Features of `word` seen from `offset` (-kTriggerWindow..kTriggerWindow), appended to *keys. Their weights depend
  // on the word type only, so the tagger caches their sums per type.
  void TypeFeatures(const TriggerWord& word, int offset, std::vector<uint64_t>* keys) const;
  // The feature of a position outside the sentence seen from `offset`.
  static uint64_t PadFeature(int offset);
  // The feature every word has (among its TypeFeatures at offset 0).
  static uint64_t BiasFeature();
  // Features of token i of a sentence that depend on more than one token, appended to *keys. `tags`: the sentence's
  // part-of-speech tags (pos::PosTagger), or null for a model without them.
  static void ContextFeatures(const WordSummary* words, const pos::Upos* tags, size_t n, size_t i,
                              std::vector<uint64_t>* keys);
  // A fingerprint of the feature set (version and templates; with or without the part-of-speech features), stored in
  // model files.
  static uint64_t Fingerprint(bool pos_tags);

 private:
  const ner::WordLexicon& lexicon_;
  const SenseLexicon& senses_;
};

}  // namespace newsgraph::events
