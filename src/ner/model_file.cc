#include "ner/model_file.h"

#include <cstdio>
#include <cstring>
#include <fstream>

#include "ner/binary_io.h"
#include "util/hash.h"

namespace newsgraph::ner {

namespace {
constexpr uint32_t kByteOrderMark = 0x01020304;
}  // namespace

std::string WrapModelPayload(const char (&magic)[8], uint32_t version, uint64_t fingerprint, std::string_view payload) {
  BinaryWriter h;
  h.Bytes(std::string_view(magic, 8));
  h.U32(version);
  h.U32(kByteOrderMark);
  h.U64(fingerprint);
  h.U64(payload.size());
  h.U64(util::Checksum(payload.data(), payload.size()));
  h.Bytes(payload);
  return std::move(h.data());
}

StatusOr<ModelEnvelope> OpenModelEnvelope(std::string_view bytes, const char (&magic)[8], uint32_t version,
                                          std::string_view what) {
  auto corrupt = [&](const std::string& message) {
    return Status(StatusCode::kCorrupt, std::string(what) + " " + message);
  };
  if (bytes.size() < kModelHeaderSize || std::memcmp(bytes.data(), magic, 8) != 0)
    return corrupt("is not a newsgraph " + std::string(what) + " (bad magic number)");
  BinaryReader h(bytes.substr(8, kModelHeaderSize - 8));
  ModelEnvelope e;
  e.version = h.U32();
  const uint32_t bom = h.U32();
  e.fingerprint = h.U64();
  const uint64_t size = h.U64();
  const uint64_t checksum = h.U64();
  if (bom != kByteOrderMark) return corrupt("has a bad byte-order mark");
  if (e.version != version)
    return Status(StatusCode::kVersionMismatch, std::string(what) + " has format version " + std::to_string(e.version) +
                                                    ", this newsgraph reads version " + std::to_string(version) +
                                                    " (retrain or update)");
  if (size != bytes.size() - kModelHeaderSize)
    return corrupt("is truncated or has trailing bytes (payload " + std::to_string(bytes.size() - kModelHeaderSize) +
                   " bytes, header says " + std::to_string(size) + ")");
  e.payload = bytes.substr(kModelHeaderSize);
  if (util::Checksum(e.payload.data(), e.payload.size()) != checksum) return corrupt("fails its checksum");
  return e;
}

StatusOr<std::string> ReadModelFile(const std::string& path, std::string_view what, std::string_view missing_hint) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in)
    return Status(StatusCode::kNotFound, std::string(what) + " file " + path + " not found" + std::string(missing_hint));
  // Read at its size in one go: streaming it into a growing string copied every byte twice more and touched twice
  // the memory.
  const std::streamoff size = in.tellg();
  if (size < 0) return Status(StatusCode::kIoError, "cannot read " + path);
  std::string bytes(static_cast<size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), size) || in.gcount() != size) return Status(StatusCode::kIoError, "cannot read " + path);
  return bytes;
}

Status WriteModelFile(const std::string& path, std::string_view bytes) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status(StatusCode::kIoError, "cannot write " + tmp);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return Status(StatusCode::kIoError, "cannot write " + tmp);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return Status(StatusCode::kIoError, "cannot rename " + tmp + " to " + path);
  return Status::Ok();
}

}  // namespace newsgraph::ner
