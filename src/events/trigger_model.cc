#include "events/trigger_model.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "events/trigger_features.h"
#include "events/trigger_tagger.h"
#include "ner/binary_io.h"
#include "ner/model_file.h"

namespace newsgraph::events {

namespace {

constexpr std::array<const char*, kClassCount> kClassNames = {
    "NONE", "OCCURRENCE", "REPORTING", "I_ACTION", "I_STATE", "STATE", "ASPECTUAL", "PERCEPTION"};
constexpr std::array<const char*, kPosCount> kPosNames = {"VERB", "NOUN", "ADJECTIVE", "OTHER"};

Status Corrupt(const std::string& what) { return Status(StatusCode::kCorrupt, "event model " + what); }

}  // namespace

const char* EventClassName(EventClass c) {
  const auto i = static_cast<size_t>(c);
  return i < kClassNames.size() ? kClassNames[i] : "NONE";
}

std::optional<EventClass> ParseEventClass(std::string_view name) {
  for (size_t i = 1; i < kClassNames.size(); ++i)
    if (name == kClassNames[i]) return static_cast<EventClass>(i);
  return std::nullopt;
}

const char* EventPosName(EventPos p) {
  const auto i = static_cast<size_t>(p);
  return i < kPosNames.size() ? kPosNames[i] : "OTHER";
}

EventPos ParseEventPos(std::string_view name) {
  for (size_t i = 0; i < kPosNames.size(); ++i)
    if (name == kPosNames[i]) return static_cast<EventPos>(i);
  return EventPos::kOther;
}

void EventModel::AddFeature(uint64_t key, const float* row) { weights_.Add(key, row); }

void EventModel::FinishFeatures() { weights_.Finish(); }

std::string EventModel::ToBytes() const {
  ner::BinaryWriter p;
  p.Str(metadata);
  lexicon.Write(&p);
  senses.Write(&p);
  p.F32(temperature);
  weights_.Write(&p, 2);  // a 16-bit mask per row (kRowSize = 12)
  p.U32(static_cast<uint32_t>(self_tests.size()));
  for (const EventSelfTest& t : self_tests) {
    p.U32(static_cast<uint32_t>(t.tokens.size()));
    for (size_t i = 0; i < t.tokens.size(); ++i) {
      p.Str(t.tokens[i]);
      p.U8(i < t.labels.size() ? t.labels[i] : 0);
      if (pos_tags) p.U8(i < t.tags.size() ? static_cast<uint8_t>(t.tags[i]) : 0);
    }
  }
  return ner::WrapModelPayload(kEventModelMagic, kEventFormatVersion, TriggerFeatures::Fingerprint(pos_tags), p.data());
}

Status EventModel::Save(const std::string& path) const { return ner::WriteModelFile(path, ToBytes()); }

Status EventModel::ReadPayload(std::string_view payload) {
  ner::BinaryReader in(payload);
  metadata = std::string(in.Str());
  NEWSGRAPH_RETURN_IF_ERROR(lexicon.Read(&in));
  NEWSGRAPH_RETURN_IF_ERROR(senses.Read(&in));
  temperature = in.F32();
  if (!in.ok() || !(temperature > 0) || !std::isfinite(temperature)) return Corrupt("has a bad feature table");
  NEWSGRAPH_RETURN_IF_ERROR(weights_.Read(&in, 2, "event model"));
  const uint32_t tests = in.U32();
  if (!in.ok() || tests > 1000) return Corrupt("is truncated");
  self_tests.assign(tests, {});
  for (EventSelfTest& t : self_tests) {
    const uint32_t n = in.U32();
    if (n > in.remaining()) return Corrupt("has a bad self-test");
    for (uint32_t i = 0; i < n; ++i) {
      t.tokens.emplace_back(in.Str());
      t.labels.push_back(in.U8());
      if (pos_tags) t.tags.push_back(static_cast<pos::Upos>(in.U8() % pos::kTagCount));
    }
  }
  if (!in.ok()) return Corrupt("is truncated");
  if (!in.AtEnd()) return Corrupt("has trailing bytes");
  return Status::Ok();
}

StatusOr<std::unique_ptr<EventModel>> EventModel::FromBytes(std::string_view bytes) {
  auto envelope = ner::OpenModelEnvelope(bytes, kEventModelMagic, kEventFormatVersion, "event model");
  if (!envelope.ok()) return envelope.status();
  // The feature sets this build extracts: without or with tags.
  int feature_set = -1;
  for (int f = 0; f < 2 && feature_set < 0; ++f)
    if (envelope->fingerprint == TriggerFeatures::Fingerprint(f == 1)) feature_set = f;
  if (feature_set < 0)
    return Status(StatusCode::kVersionMismatch,
                  "event model was trained with another feature set; this newsgraph extracts event-trigger features v" +
                      std::to_string(kTriggerFeatureVersion) + ": retrain the model");
  auto model = std::make_unique<EventModel>();
  model->pos_tags = feature_set == 1;
  NEWSGRAPH_RETURN_IF_ERROR(model->ReadPayload(envelope->payload));
  // Self-test: the model must still tag its own sentences as it did when it was saved.
  if (!model->self_tests.empty()) {
    TriggerTagger tagger(*model);
    newsgraph::events::Scratch scratch;
    std::vector<Trigger> triggers;
    for (const EventSelfTest& t : model->self_tests) {
      std::vector<std::string_view> tokens(t.tokens.begin(), t.tokens.end());
      tagger.Tag(tokens, {0, static_cast<uint32_t>(tokens.size())}, &scratch, &triggers,
                 model->pos_tags ? &t.tags : nullptr);
      std::vector<uint8_t> labels(tokens.size(), 0);
      for (const Trigger& g : triggers) labels[g.token] = static_cast<uint8_t>(g.cls);
      if (labels != t.labels) {
        std::string sentence;
        for (const std::string& tok : t.tokens) sentence += (sentence.empty() ? "" : " ") + tok;
        return Corrupt("fails its self-test on \"" + sentence + "\"");
      }
    }
  }
  return model;
}

StatusOr<std::unique_ptr<EventModel>> EventModel::Load(const std::string& path, const pos::PosModel* pos_model) {
  auto bytes = ner::ReadModelFile(path, "event model", " (train one with `newsgraph train events`)");
  if (!bytes.ok()) return bytes.status();
  auto model = FromBytes(*bytes);
  if (!model.ok()) return Status(model.status().code(), model.status().message() + ": " + path);
  if ((*model)->pos_tags) {
    if (!pos_model) {
      const size_t slash = path.find_last_of('/');
      const std::string pos_path =
          (slash == std::string::npos ? std::string() : path.substr(0, slash + 1)) + pos::kDefaultPosModelFile;
      auto loaded = pos::PosModel::Load(pos_path);
      if (!loaded.ok())
        return Status(loaded.status().code(), "event model " + path + " was trained with parts of speech and needs " +
                                                  "the part-of-speech model beside it: " + loaded.status().message());
      (*model)->own_pos_model_ = std::move(*loaded);
      pos_model = (*model)->own_pos_model_.get();
    }
    (*model)->pos_model_ = pos_model;
  }
  return model;
}

}  // namespace newsgraph::events
