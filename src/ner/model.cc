#include "ner/model.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "ner/binary_io.h"
#include "ner/model_file.h"
#include "ner/tagger.h"

namespace newsgraph::ner {

namespace {

Status Corrupt(const std::string& what) { return Status(StatusCode::kCorrupt, "NER model " + what); }

}  // namespace

void NerModel::SetStages(int stages) {
  stages_ = stages;
  row_size_ = stages * labels.size();
  keys_.clear();
  weights_.clear();
  index_.Clear();
  const int L = labels.size();
  for (int s = 0; s < 2; ++s) transitions_raw_[s].assign(L * L + 2 * L, 0.0f);
}

void NerModel::AddFeature(uint64_t key, const float* weights) {
  keys_.push_back(key);
  weights_.insert(weights_.end(), weights, weights + row_size_);
}

void NerModel::FinishFeatures() {
  index_.Build(keys_);
}

void NerModel::FinishTransitions() {
  const int L = labels.size();
  for (int s = 0; s < 2; ++s) {
    if (transitions_raw_[s].size() != static_cast<size_t>(L * L + 2 * L)) transitions_raw_[s].assign(L * L + 2 * L, 0.0f);
    const float* raw = transitions_raw_[s].data();
    transitions_[s] = Transitions::Constrained(labels, raw, raw + L * L, raw + L * L + L);
  }
}

std::string NerModel::ToBytes() const {
  BinaryWriter p;
  p.Str(metadata);
  p.U8(static_cast<uint8_t>(labels.scheme()));
  options.Write(&p);
  lexicon.Write(&p);
  gazetteer.Write(&p);
  p.U32(static_cast<uint32_t>(non_person_tokens.size()));
  for (const std::string& t : non_person_tokens) p.Str(t);
  const int L = labels.size();
  p.U8(static_cast<uint8_t>(stages_));
  p.U8(static_cast<uint8_t>(L));
  for (int s = 0; s < stages_; ++s)
    for (float w : transitions_raw_[s]) p.F32(w);
  // Feature weights: int16 with one scale, sorted by key, each row as a bit mask of its non-zero entries.
  float max_abs = 0;
  for (float w : weights_) max_abs = std::max(max_abs, std::fabs(w));
  const float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<uint32_t> order(keys_.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys_[a] < keys_[b]; });
  std::vector<int16_t> q(row_size_);
  size_t kept = 0;
  BinaryWriter rows;
  for (uint32_t k : order) {
    uint64_t mask = 0;
    for (int j = 0; j < row_size_; ++j) {
      q[j] = static_cast<int16_t>(std::lround(weights_[static_cast<size_t>(k) * row_size_ + j] / scale));
      if (q[j] != 0) mask |= uint64_t{1} << j;
    }
    if (mask == 0) continue;
    ++kept;
    rows.U64(keys_[k]);
    rows.U64(mask);
    for (int j = 0; j < row_size_; ++j)
      if (q[j] != 0) rows.I16(q[j]);
  }
  p.U32(static_cast<uint32_t>(kept));
  p.F32(scale);
  p.Bytes(rows.data());
  p.F32(temperature);
  p.U32(static_cast<uint32_t>(self_tests.size()));
  for (const SelfTest& t : self_tests) {
    p.U32(static_cast<uint32_t>(t.tokens.size()));
    for (size_t i = 0; i < t.tokens.size(); ++i) {
      p.Str(t.tokens[i]);
      p.Str(i < t.tags.size() ? t.tags[i] : "O");
    }
  }

  return WrapModelPayload(kModelMagic, kFormatVersion, options.Fingerprint(), p.data());
}

Status NerModel::Save(const std::string& path) const { return WriteModelFile(path, ToBytes()); }

Status NerModel::ReadPayload(std::string_view payload) {
  BinaryReader in(payload);
  metadata = std::string(in.Str());
  const uint8_t scheme = in.U8();
  if (scheme > 1) return Corrupt("has an unknown tag scheme");
  labels = LabelSet(static_cast<TagScheme>(scheme));
  NEWSGRAPH_RETURN_IF_ERROR(options.Read(&in));
  NEWSGRAPH_RETURN_IF_ERROR(lexicon.Read(&in));
  NEWSGRAPH_RETURN_IF_ERROR(gazetteer.Read(&in));
  const uint32_t non_person = in.U32();
  if (non_person > 10000) return Corrupt("has a bad token list");
  non_person_tokens.clear();
  for (uint32_t i = 0; i < non_person && in.ok(); ++i) non_person_tokens.emplace_back(in.Str());
  const int stages = in.U8();
  const int L = in.U8();
  if (stages < 1 || stages > 2 || L != labels.size()) return Corrupt("has a bad stage or label count");
  SetStages(stages);
  for (int s = 0; s < stages; ++s)
    for (float& w : transitions_raw_[s]) w = in.F32();
  const uint32_t features = in.U32();
  const float scale = in.F32();
  if (!in.ok() || features > in.remaining() / 16 || !(scale > 0) || !std::isfinite(scale))
    return Corrupt("has a bad feature table");
  keys_.reserve(features);
  weights_.assign(static_cast<size_t>(features) * row_size_, 0.0f);
  for (uint32_t k = 0; k < features && in.ok(); ++k) {
    keys_.push_back(in.U64());
    const uint64_t mask = in.U64();
    if (row_size_ < 64 && (mask >> row_size_) != 0) return Corrupt("has a bad feature row");
    float* row = &weights_[static_cast<size_t>(k) * row_size_];
    for (int j = 0; j < row_size_; ++j)
      if (mask & (uint64_t{1} << j)) row[j] = static_cast<float>(in.I16()) * scale;
  }
  temperature = in.F32();
  const uint32_t tests = in.U32();
  if (!in.ok() || tests > 1000) return Corrupt("is truncated");
  self_tests.resize(tests);
  for (SelfTest& t : self_tests) {
    const uint32_t n = in.U32();
    if (n > in.remaining()) return Corrupt("has a bad self-test");
    for (uint32_t i = 0; i < n; ++i) {
      t.tokens.emplace_back(in.Str());
      t.tags.emplace_back(in.Str());
    }
  }
  if (!in.ok()) return Corrupt("is truncated");
  if (!in.AtEnd()) return Corrupt("has trailing bytes");
  for (size_t k = 1; k < keys_.size(); ++k)
    if (keys_[k] <= keys_[k - 1]) return Corrupt("has unsorted feature keys");
  FinishFeatures();
  FinishTransitions();
  return Status::Ok();
}

StatusOr<std::unique_ptr<NerModel>> NerModel::FromBytes(std::string_view bytes) {
  auto envelope = OpenModelEnvelope(bytes, kModelMagic, kFormatVersion, "NER model");
  if (!envelope.ok()) return envelope.status();
  const uint64_t fingerprint = envelope->fingerprint;
  const std::string_view payload = envelope->payload;
  auto model = std::make_unique<NerModel>();
  NEWSGRAPH_RETURN_IF_ERROR(model->ReadPayload(payload));
  if (model->options.Fingerprint() != fingerprint)
    return Status(StatusCode::kVersionMismatch,
                  "NER model was trained with another feature set (" + model->options.ToString() +
                      " under a different feature-set version); this newsgraph extracts feature set v" +
                      std::to_string(kFeatureSetVersion) + ": retrain the model");
  // Self-test: the model must still tag its own sentences as it did when it was saved.
  if (!model->self_tests.empty()) {
    NerTagger tagger(*model);
    for (const SelfTest& t : model->self_tests) {
      NerInput input;
      for (const std::string& tok : t.tokens) input.tokens.push_back(tok);
      input.sentence_begin = {0, static_cast<uint32_t>(input.tokens.size())};
      std::vector<NerEntity> entities;
      tagger.Tag(input, &entities, NerTagOptions{.stages = 2, .confidence = false});
      std::vector<TokenSpan> spans;
      for (const NerEntity& e : entities) spans.push_back({e.begin, e.end, e.type});
      if (IobFromSpans(spans, input.tokens.size()) != t.tags) {
        std::string sentence;
        for (const std::string& tok : t.tokens) sentence += (sentence.empty() ? "" : " ") + tok;
        return Corrupt("fails its self-test on \"" + sentence + "\"");
      }
    }
  }
  return model;
}

StatusOr<std::unique_ptr<NerModel>> NerModel::Load(const std::string& path) {
  auto bytes = ReadModelFile(path, "NER model", " (train one with `newsgraph train ner`)");
  if (!bytes.ok()) return bytes.status();
  auto model = FromBytes(*bytes);
  if (!model.ok()) return Status(model.status().code(), model.status().message() + ": " + path);
  return model;
}

}  // namespace newsgraph::ner
