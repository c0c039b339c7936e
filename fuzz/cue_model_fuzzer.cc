// The quotation cue model loader (quotes/cue_model.h) on arbitrary bytes: a damaged or foreign file must give an
// error Status, never a crash. The seed is a cue model with an empty gate (its self-test sentences still run). Each
// input is loaded as it is, then again with the header's payload size and checksum recomputed, so that mutations
// reach the payload reader past the checksum.
#include <string>

#include "fuzz_util.h"
#include "quotes/cue_model.h"
#include "util/hash.h"

namespace {

constexpr size_t kSizeOffset = 24, kChecksumOffset = 32, kHeaderSize = 40;  // see CueModel::ToBytes

void Put64(std::string* bytes, size_t offset, uint64_t value) {
  for (int i = 0; i < 8; ++i) (*bytes)[offset + i] = static_cast<char>(value >> (8 * i));  // little-endian
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto model = newsgraph::quotes::CueModel::FromBytes(bytes);
  if (model.ok()) newsgraph::fuzz::Require(*model != nullptr, "a loaded model exists");
  if (bytes.size() >= kHeaderSize) {
    Put64(&bytes, kSizeOffset, bytes.size() - kHeaderSize);
    Put64(&bytes, kChecksumOffset, newsgraph::util::Checksum(bytes.data() + kHeaderSize, bytes.size() - kHeaderSize));
    auto resealed = newsgraph::quotes::CueModel::FromBytes(bytes);
    if (resealed.ok()) newsgraph::fuzz::Require(*resealed != nullptr, "a loaded model exists");
  }
  return 0;
}
