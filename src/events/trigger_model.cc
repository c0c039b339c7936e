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

void EventModel::AddFeature(uint64_t key, const float* row) {
  keys_.push_back(key);
  weights_.insert(weights_.end(), row, row + kRowSize);
}

void EventModel::FinishFeatures() {
  // Sorted by key: the file is the same whatever order training added them in.
  std::vector<uint32_t> order(keys_.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys_[a] < keys_[b]; });
  std::vector<uint64_t> keys(keys_.size());
  std::vector<float> weights(weights_.size());
  for (size_t k = 0; k < order.size(); ++k) {
    keys[k] = keys_[order[k]];
    std::copy_n(&weights_[static_cast<size_t>(order[k]) * kRowSize], kRowSize, &weights[k * kRowSize]);
  }
  keys_ = std::move(keys);
  weights_ = std::move(weights);
  index_.Build(keys_);
}

std::string EventModel::ToBytes() const {
  ner::BinaryWriter p;
  p.Str(metadata);
  lexicon.Write(&p);
  senses.Write(&p);
  p.F32(temperature);
  // Weights: int16 with one scale, each row as a bit mask of its non-zero entries; rows that round to zero are
  // left out.
  float max_abs = 0;
  for (float w : weights_) max_abs = std::max(max_abs, std::fabs(w));
  const float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  ner::BinaryWriter rows;
  uint32_t kept = 0;
  int16_t q[kRowSize];
  for (size_t k = 0; k < keys_.size(); ++k) {
    uint32_t mask = 0;
    for (int j = 0; j < kRowSize; ++j) {
      q[j] = static_cast<int16_t>(std::lround(weights_[k * kRowSize + j] / scale));
      if (q[j] != 0) mask |= 1u << j;
    }
    if (mask == 0) continue;
    ++kept;
    rows.U64(keys_[k]);
    rows.U16(static_cast<uint16_t>(mask));
    for (int j = 0; j < kRowSize; ++j)
      if (q[j] != 0) rows.I16(q[j]);
  }
  p.U32(kept);
  p.F32(scale);
  p.Bytes(rows.data());
  p.U32(static_cast<uint32_t>(self_tests.size()));
  for (const EventSelfTest& t : self_tests) {
    p.U32(static_cast<uint32_t>(t.tokens.size()));
    for (size_t i = 0; i < t.tokens.size(); ++i) {
      p.Str(t.tokens[i]);
      p.U8(i < t.labels.size() ? t.labels[i] : 0);
    }
  }
  return ner::WrapModelPayload(kEventModelMagic, kEventFormatVersion, TriggerFeatures::Fingerprint(), p.data());
}

Status EventModel::Save(const std::string& path) const { return ner::WriteModelFile(path, ToBytes()); }

Status EventModel::ReadPayload(std::string_view payload) {
  ner::BinaryReader in(payload);
  metadata = std::string(in.Str());
  NEWSGRAPH_RETURN_IF_ERROR(lexicon.Read(&in));
  NEWSGRAPH_RETURN_IF_ERROR(senses.Read(&in));
  temperature = in.F32();
  const uint32_t features = in.U32();
  const float scale = in.F32();
  if (!in.ok() || features > in.remaining() / 10 || !(scale > 0) || !std::isfinite(scale) || !(temperature > 0) ||
      !std::isfinite(temperature))
    return Corrupt("has a bad feature table");
  keys_.clear();
  keys_.reserve(features);
  weights_.assign(static_cast<size_t>(features) * kRowSize, 0.0f);
  for (uint32_t k = 0; k < features && in.ok(); ++k) {
    keys_.push_back(in.U64());
    const uint16_t mask = in.U16();
    if ((mask >> kRowSize) != 0) return Corrupt("has a bad feature row");
    float* row = &weights_[static_cast<size_t>(k) * kRowSize];
    for (int j = 0; j < kRowSize; ++j)
      if (mask & (1u << j)) row[j] = static_cast<float>(in.I16()) * scale;
  }
  const uint32_t tests = in.U32();
  if (!in.ok() || tests > 1000) return Corrupt("is truncated");
  self_tests.assign(tests, {});
  for (EventSelfTest& t : self_tests) {
    const uint32_t n = in.U32();
    if (n > in.remaining()) return Corrupt("has a bad self-test");
    for (uint32_t i = 0; i < n; ++i) {
      t.tokens.emplace_back(in.Str());
      t.labels.push_back(in.U8());
    }
  }
  if (!in.ok()) return Corrupt("is truncated");
  if (!in.AtEnd()) return Corrupt("has trailing bytes");
  for (size_t k = 1; k < keys_.size(); ++k)
    if (keys_[k] <= keys_[k - 1]) return Corrupt("has unsorted feature keys");
  FinishFeatures();
  return Status::Ok();
}

StatusOr<std::unique_ptr<EventModel>> EventModel::FromBytes(std::string_view bytes) {
  auto envelope = ner::OpenModelEnvelope(bytes, kEventModelMagic, kEventFormatVersion, "event model");
  if (!envelope.ok()) return envelope.status();
  if (envelope->fingerprint != TriggerFeatures::Fingerprint())
    return Status(StatusCode::kVersionMismatch,
                  "event model was trained with another feature set; this newsgraph extracts event-trigger features v" +
                      std::to_string(kTriggerFeatureVersion) + ": retrain the model");
  auto model = std::make_unique<EventModel>();
  NEWSGRAPH_RETURN_IF_ERROR(model->ReadPayload(envelope->payload));
  // Self-test: the model must still tag its own sentences as it did when it was saved.
  if (!model->self_tests.empty()) {
    TriggerTagger tagger(*model);
    newsgraph::events::Scratch scratch;
    std::vector<Trigger> triggers;
    for (const EventSelfTest& t : model->self_tests) {
      std::vector<std::string_view> tokens(t.tokens.begin(), t.tokens.end());
      tagger.Tag(tokens, {0, static_cast<uint32_t>(tokens.size())}, &scratch, &triggers);
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

StatusOr<std::unique_ptr<EventModel>> EventModel::Load(const std::string& path) {
  auto bytes = ner::ReadModelFile(path, "event model", " (train one with `newsgraph train events`)");
  if (!bytes.ok()) return bytes.status();
  auto model = FromBytes(*bytes);
  if (!model.ok()) return Status(model.status().code(), model.status().message() + ": " + path);
  return model;
}

}  // namespace newsgraph::events
