#include "quotes/cue_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "newsgraph/text.h"
#include "util/binary_io.h"
#include "util/hash.h"

namespace newsgraph::quotes {

namespace {

constexpr uint32_t kByteOrderMark = 0x01020304;
constexpr size_t kHeaderSize = 8 + 4 + 4 + 8 + 8 + 8;
constexpr uint64_t kWordSeed = 0x51c0e;  // FROZEN with kCueFeatureVersion

Status Corrupt(const std::string& what) { return Status(StatusCode::kCorrupt, "quotation cue model " + what); }

bool SortedUnique(const std::vector<uint64_t>& v) {
  for (size_t i = 1; i < v.size(); ++i)
    if (v[i] <= v[i - 1]) return false;
  return true;
}

// The probabilities of the candidates of one text, in text order.
std::vector<float> ScoreText(const CueModel& model, std::string_view text, const lang::Lexicon& lexicon) {
  Analysis a;
  Segment(text, {}, &a);
  CueCandidates c;
  CollectCueCandidates(text, lexicon, &model, &a, &c);
  std::vector<float> p;
  for (const CueCandidate& k : c.candidates) p.push_back(model.Probability(&c.keys[k.key_begin], k.key_end - k.key_begin));
  return p;
}

// A crude stem, so that the forms of a word share the gate and the word's features ("assails", "assailed",
// "assailing" -> "assail"; "argue", "argues", "argued" -> "argu"): -ing, -ed, -es, -s (not -ss), then a final -e,
// leaving three letters at least.
std::string_view Stem(std::string_view w) {
  auto strip = [&](std::string_view suffix, size_t keep) {
    if (w.size() >= suffix.size() + keep && w.ends_with(suffix)) {
      w.remove_suffix(suffix.size());
      return true;
    }
    return false;
  };
  const bool stripped = strip("ing", 3) || strip("ed", 3) || strip("es", 3);
  if (!stripped && !w.ends_with("ss")) strip("s", 3);
  strip("e", 3);
  return w;
}

}  // namespace

uint64_t CueModel::WordKey(std::string_view lower) { return util::HashString(Stem(lower), kWordSeed); }

namespace {
uint32_t TagOf(uint64_t key) {
  const uint32_t tag = static_cast<uint32_t>(key >> 32);
  return tag == 0 ? 1 : tag;
}
}  // namespace

void CueModel::KeyTable::Build(const std::vector<uint64_t>& k, const std::vector<float>* v) {
  size_t size = 16;
  while (size * 3 < k.size() * 4) size *= 2;  // at most three quarters full
  slots.assign(size, Slot{0, 1.0f});
  mask = size - 1;
  for (size_t i = 0; i < k.size(); ++i) {
    size_t slot = k[i] & mask;
    while (slots[slot].tag != 0) slot = (slot + 1) & mask;
    slots[slot] = Slot{TagOf(k[i]), v ? (*v)[i] : 1.0f};
  }
}

const float* CueModel::KeyTable::Find(uint64_t key) const {
  const uint32_t tag = TagOf(key);
  for (size_t slot = key & mask;; slot = (slot + 1) & mask) {
    if (slots[slot].tag == tag) return &slots[slot].value;
    if (slots[slot].tag == 0) return nullptr;
  }
}

void CueModel::BuildTables() {
  gate_table_.Build(gate_, nullptr);
  weight_table_.Build(keys_, &weights_);
}

bool CueModel::MayBeCue(uint64_t word_key) const { return gate_table_.Find(word_key) != nullptr; }

float CueModel::Probability(const uint64_t* features, size_t n) const {
  float z = bias_;
  for (size_t i = 0; i < n; ++i)
    if (const float* w = weight_table_.Find(features[i])) z += *w;
  return 1.0f / (1.0f + std::exp(-z));
}

void CueModel::Set(std::vector<uint64_t> keys, std::vector<float> weights, float bias, std::vector<uint64_t> gate) {
  keys_ = std::move(keys);
  weights_ = std::move(weights);
  bias_ = bias;
  gate_ = std::move(gate);
  BuildTables();
}

void CueModel::AddSelfTests(const std::vector<std::string>& sentences, const lang::Lexicon& lexicon) {
  for (const std::string& s : sentences) self_tests_.push_back({s, ScoreText(*this, s, lexicon)});
}

Status CueModel::CheckSelfTests(const lang::Lexicon& lexicon) const {
  for (const CueSelfTest& t : self_tests_) {
    const std::vector<float> p = ScoreText(*this, t.text, lexicon);
    bool same = p.size() == t.probabilities.size();
    for (size_t i = 0; same && i < p.size(); ++i) same = std::fabs(p[i] - t.probabilities[i]) < 1e-4f;
    if (!same) return Corrupt("fails its self-test on \"" + t.text + "\" (features changed without a new version?)");
  }
  return Status::Ok();
}

std::string CueModel::ToBytes() const {
  util::BinaryWriter p;
  p.Str(metadata);
  p.F32(threshold);
  p.F32(bias_);
  p.U32(static_cast<uint32_t>(gate_.size()));
  for (uint64_t k : gate_) p.U64(k);
  p.U32(static_cast<uint32_t>(keys_.size()));
  for (size_t i = 0; i < keys_.size(); ++i) {
    p.U64(keys_[i]);
    p.F32(weights_[i]);
  }
  p.U32(static_cast<uint32_t>(self_tests_.size()));
  for (const CueSelfTest& t : self_tests_) {
    p.Str(t.text);
    p.U32(static_cast<uint32_t>(t.probabilities.size()));
    for (float x : t.probabilities) p.F32(x);
  }
  util::BinaryWriter h;
  h.Bytes(std::string_view(kCueModelMagic, 8));
  h.U32(kCueModelFormatVersion);
  h.U32(kByteOrderMark);
  h.U64(kCueFeatureVersion);
  h.U64(p.data().size());
  h.U64(util::Checksum(p.data().data(), p.data().size()));
  h.Bytes(p.data());
  return std::move(h.data());
}

Status CueModel::Save(const std::string& path) const {
  const std::string bytes = ToBytes();
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status(StatusCode::kIoError, "cannot write " + tmp);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return Status(StatusCode::kIoError, "cannot write " + tmp);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0)
    return Status(StatusCode::kIoError, "cannot rename " + tmp + " to " + path);
  return Status::Ok();
}

StatusOr<std::unique_ptr<CueModel>> CueModel::FromBytes(std::string_view bytes) {
  if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kCueModelMagic, 8) != 0)
    return Corrupt("is not a newsgraph quotation cue model (bad magic number)");
  util::BinaryReader h(bytes.substr(8, kHeaderSize - 8));
  const uint32_t version = h.U32();
  const uint32_t bom = h.U32();
  const uint64_t feature_version = h.U64();
  const uint64_t size = h.U64();
  const uint64_t checksum = h.U64();
  if (bom != kByteOrderMark) return Corrupt("has a bad byte-order mark");
  if (version != kCueModelFormatVersion || feature_version != kCueFeatureVersion)
    return Status(StatusCode::kVersionMismatch,
                  "quotation cue model has format version " + std::to_string(version) + " and feature set " +
                      std::to_string(feature_version) + "; this newsgraph reads format " +
                      std::to_string(kCueModelFormatVersion) + ", feature set " + std::to_string(kCueFeatureVersion) +
                      " (retrain with `newsgraph train quotes`)");
  if (size != bytes.size() - kHeaderSize) return Corrupt("is truncated or has trailing bytes");
  const std::string_view payload = bytes.substr(kHeaderSize);
  if (util::Checksum(payload.data(), payload.size()) != checksum) return Corrupt("fails its checksum");
  util::BinaryReader in(payload);
  auto model = std::make_unique<CueModel>();
  model->metadata = std::string(in.Str());
  model->threshold = in.F32();
  model->bias_ = in.F32();
  const uint32_t gate = in.U32();
  if (!in.ok() || gate > in.remaining() / 8) return Corrupt("has a bad gate");
  model->gate_.resize(gate);
  for (uint64_t& k : model->gate_) k = in.U64();
  const uint32_t n = in.U32();
  if (!in.ok() || n > in.remaining() / 12) return Corrupt("has a bad weight table");
  model->keys_.resize(n);
  model->weights_.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    model->keys_[i] = in.U64();
    model->weights_[i] = in.F32();
  }
  const uint32_t tests = in.U32();
  if (!in.ok() || tests > 1000) return Corrupt("is truncated");
  model->self_tests_.resize(tests);
  for (CueSelfTest& t : model->self_tests_) {
    t.text = std::string(in.Str());
    // The self-test sentences are segmented, and the segmenter takes only valid UTF-8 (as the pipeline checks input).
    if (!IsValidUtf8(t.text)) return Corrupt("has a self-test sentence that is not UTF-8");
    const uint32_t m = in.U32();
    if (!in.ok() || m > in.remaining() / 4) return Corrupt("has a bad self-test");
    t.probabilities.resize(m);
    for (float& x : t.probabilities) x = in.F32();
  }
  if (!in.ok()) return Corrupt("is truncated");
  if (!in.AtEnd()) return Corrupt("has trailing bytes");
  if (!SortedUnique(model->keys_) || !SortedUnique(model->gate_)) return Corrupt("has unsorted keys");
  model->BuildTables();
  if (!(model->threshold > 0 && model->threshold < 1) || !std::isfinite(model->bias_))
    return Corrupt("has a bad threshold or bias");
  for (float w : model->weights_)
    if (!std::isfinite(w)) return Corrupt("has a weight that is not a number");
  NEWSGRAPH_RETURN_IF_ERROR(model->CheckSelfTests(lang::Lexicon::Get()));
  return model;
}

StatusOr<std::unique_ptr<CueModel>> CueModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Status(StatusCode::kNotFound,
                  "quotation cue model " + path + " not found (train one with `newsgraph train quotes`)");
  std::ostringstream s;
  s << in.rdbuf();
  auto model = FromBytes(s.str());
  if (!model.ok()) return Status(model.status().code(), model.status().message() + ": " + path);
  return model;
}

}  // namespace newsgraph::quotes
