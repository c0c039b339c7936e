// The event-trigger model: per token, a TimeML event class (or none) and, for a trigger, its part of speech; learned
// by `newsgraph train events` from TimeBank's EVENT annotations (src/train/events_trainer.h).
//
// File layout: the envelope of ner/model_file.h (magic "NGEVTMDL", format version, byte-order check, feature-set
// fingerprint, payload size, checksum), then the payload: metadata (training settings, split and scores, JSON text),
// the word lexicon (clusters), the WordNet supersenses, the confidence temperature, the feature weights (int16 with one scale, sorted by key,
// only the non-zero entries of each row) and self-test sentences with the labels the model gave them when saved;
// Load() tags them again and refuses a model that disagrees.
//
// A loaded EventModel is immutable and may be shared by any number of threads.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/senses.h"
#include "ner/lexicon.h"
#include "ner/weight_table.h"
#include "newsgraph/status.h"
#include "pos/model.h"
#include "pos/tags.h"

namespace newsgraph::events {

// TimeML event classes; kNone is "not an event".
enum class EventClass : uint8_t {
  kNone = 0,
  kOccurrence,
  kReporting,
  kIAction,
  kIState,
  kState,
  kAspectual,
  kPerception,
};
inline constexpr int kClassCount = 8;
const char* EventClassName(EventClass c);  // "OCCURRENCE", ...; "NONE" for kNone
std::optional<EventClass> ParseEventClass(std::string_view name);

// The part of speech of a trigger, as TimeML's MAKEINSTANCE gives it.
enum class EventPos : uint8_t { kVerb = 0, kNoun, kAdjective, kOther };
inline constexpr int kPosCount = 4;
const char* EventPosName(EventPos p);  // "VERB", "NOUN", "ADJECTIVE", "OTHER"
EventPos ParseEventPos(std::string_view name);  // PREPOSITION and anything unknown are kOther

// A feature's weights: kClassCount class scores, then kPosCount part-of-speech scores.
inline constexpr int kRowSize = kClassCount + kPosCount;

inline constexpr char kEventModelMagic[8] = {'N', 'G', 'E', 'V', 'T', 'M', 'D', 'L'};
inline constexpr uint32_t kEventFormatVersion = 1;
inline constexpr const char* kDefaultEventModelFile = "events-en.bin";

// A sentence and the class labels (EventClass values) the model gave its tokens.
struct EventSelfTest {
  std::vector<std::string> tokens;
  std::vector<uint8_t> labels;
  std::vector<pos::Upos> tags;  // the part-of-speech tags it was tagged with (a model with pos_tags only)
};

class EventModel {
 public:
  // Reads and checks a model file: kNotFound, kCorrupt (bad magic, size, checksum or self-test) or kVersionMismatch
  // (another format version or feature set), each with the path in the message. A model trained with parts of speech
  // gets `pos_model` (the caller's, which must outlive it), else the POS model beside it (pos::kDefaultPosModelFile
  // in the same directory), which it then owns: its TriggerTagger tags text whose caller gives no tags.
  static StatusOr<std::unique_ptr<EventModel>> Load(const std::string& path, const pos::PosModel* pos_model = nullptr);
  static StatusOr<std::unique_ptr<EventModel>> FromBytes(std::string_view bytes);
  std::string ToBytes() const;
  // The POS model a model with pos_tags tags with when its caller gives no tags (Load sets it); null for none.
  const pos::PosModel* pos_model() const { return pos_model_; }
  void set_pos_model(const pos::PosModel* pos_model) { pos_model_ = pos_model; }
  Status Save(const std::string& path) const;

  // Assembling a model (training): add every feature's kRowSize weights, then FinishFeatures() once.
  void AddFeature(uint64_t key, const float* row);
  void FinishFeatures();

  // The kRowSize weights of `key`, or nullptr for a feature the model does not know.
  const float* Row(uint64_t key) const { return weights_.Row(key); }
  // rows[k] = Row(keys[k]) for k < n, the look-ups overlapped (util::KeyIndex::FindAll) and the rows prefetched.
  void Rows(const uint64_t* keys, size_t n, const float** rows) const { weights_.Rows(keys, n, rows); }
  size_t features() const { return weights_.size(); }

  ner::WordLexicon lexicon;  // word clusters
  SenseLexicon senses;       // WordNet supersenses
  float temperature = 1;     // confidences are softmax(scores / temperature)
  bool pos_tags = false;     // its features include the tokens' parts of speech (pos::PosTagger's UPOS tags)
  std::string metadata;      // JSON: training settings, split, scores
  std::vector<EventSelfTest> self_tests;

 private:
  Status ReadPayload(std::string_view payload);
  ner::WeightTable weights_{kRowSize};
  const pos::PosModel* pos_model_ = nullptr;
  std::unique_ptr<pos::PosModel> own_pos_model_;  // the one Load read beside the model, when not given one
};

}  // namespace newsgraph::events
