#include "ner/weight_table.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <string>

namespace newsgraph::ner {

namespace {

void WriteMask(BinaryWriter* out, uint64_t mask, int bytes) {
  if (bytes == 2)
    out->U16(static_cast<uint16_t>(mask));
  else if (bytes == 4)
    out->U32(static_cast<uint32_t>(mask));
  else
    out->U64(mask);
}

uint64_t ReadMask(BinaryReader* in, int bytes) { return bytes == 2 ? in->U16() : bytes == 4 ? in->U32() : in->U64(); }

}  // namespace

void WeightTable::Add(uint64_t key, const float* row) {
  keys_.push_back(key);
  weights_.insert(weights_.end(), row, row + row_size_);
}

void WeightTable::Finish() {
  // Sorted by key: the file is the same whatever order training added them in.
  std::vector<uint32_t> order(keys_.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys_[a] < keys_[b]; });
  std::vector<uint64_t> keys(keys_.size());
  std::vector<float> weights(weights_.size());
  for (size_t k = 0; k < order.size(); ++k) {
    keys[k] = keys_[order[k]];
    std::copy_n(&weights_[static_cast<size_t>(order[k]) * row_size_], row_size_, &weights[k * row_size_]);
  }
  keys_ = std::move(keys);
  weights_ = std::move(weights);
  index_.Build(keys_);
}

void WeightTable::Write(BinaryWriter* out, int mask_bytes) const {
  float max_abs = 0;
  for (float w : weights_) max_abs = std::max(max_abs, std::fabs(w));
  const float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  BinaryWriter rows;
  uint32_t kept = 0;
  std::vector<int16_t> q(row_size_);
  for (size_t k = 0; k < keys_.size(); ++k) {
    uint64_t mask = 0;
    for (int j = 0; j < row_size_; ++j) {
      q[j] = static_cast<int16_t>(std::lround(weights_[k * row_size_ + j] / scale));
      if (q[j] != 0) mask |= uint64_t{1} << j;
    }
    if (mask == 0) continue;
    ++kept;
    rows.U64(keys_[k]);
    WriteMask(&rows, mask, mask_bytes);
    for (int j = 0; j < row_size_; ++j)
      if (q[j] != 0) rows.I16(q[j]);
  }
  out->U32(kept);
  out->F32(scale);
  out->Bytes(rows.data());
}

Status WeightTable::Read(BinaryReader* in, int mask_bytes, std::string_view what) {
  auto corrupt = [&](const char* problem) { return Status(StatusCode::kCorrupt, std::string(what) + " " + problem); };
  const uint32_t features = in->U32();
  const float scale = in->F32();
  if (!in->ok() || features > in->remaining() / static_cast<size_t>(8 + mask_bytes) || !(scale > 0) ||
      !std::isfinite(scale))
    return corrupt("has a bad feature table");
  keys_.clear();
  keys_.reserve(features);
  weights_.assign(static_cast<size_t>(features) * row_size_, 0.0f);
  for (uint32_t k = 0; k < features && in->ok(); ++k) {
    keys_.push_back(in->U64());
    const uint64_t mask = ReadMask(in, mask_bytes);
    if (row_size_ < 64 && (mask >> row_size_) != 0) return corrupt("has a bad feature row");
    float* row = &weights_[static_cast<size_t>(k) * row_size_];
    for (uint64_t m = mask; m != 0; m &= m - 1)  // the set bits, lowest first: most rows have few
      row[std::countr_zero(m)] = static_cast<float>(in->I16()) * scale;
  }
  if (!in->ok()) return corrupt("is truncated");
  for (size_t k = 1; k < keys_.size(); ++k)
    if (keys_[k] <= keys_[k - 1]) return corrupt("has unsorted feature keys");
  index_.Build(keys_);
  return Status::Ok();
}

}  // namespace newsgraph::ner
