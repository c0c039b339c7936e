// The envelope shared by newsgraph's model files (the NER tagger's, the event detector's):
//
//   8-byte magic | u32 format version | u32 0x01020304 (byte-order check) | u64 feature-set fingerprint |
//   u64 payload size | u64 checksum of the payload (util/hash.h) | payload
//
// all integers little-endian, written byte by byte so that a file is the same on every machine. Each model decides
// what its payload holds; this file only wraps and checks it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "newsgraph/status.h"

namespace newsgraph::ner {

inline constexpr size_t kModelHeaderSize = 8 + 4 + 4 + 8 + 8 + 8;

// The header and payload of a model file, as read.
struct ModelEnvelope {
  uint32_t version = 0;
  uint64_t fingerprint = 0;
  std::string_view payload;  // into the bytes given to OpenModelEnvelope
};

std::string WrapModelPayload(const char (&magic)[8], uint32_t version, uint64_t fingerprint, std::string_view payload);

// Checks magic, byte order, version, size and checksum. `what` names the model in messages ("NER model").
// Errors: kCorrupt (bad magic, byte-order mark, size or checksum), kVersionMismatch (another format version).
StatusOr<ModelEnvelope> OpenModelEnvelope(std::string_view bytes, const char (&magic)[8], uint32_t version,
                                          std::string_view what);

// The whole file; kNotFound with `missing_hint` appended when it cannot be opened.
StatusOr<std::string> ReadModelFile(const std::string& path, std::string_view what, std::string_view missing_hint);
// Writes through a temporary file renamed into place, so a reader never sees half a model.
Status WriteModelFile(const std::string& path, std::string_view bytes);

}  // namespace newsgraph::ner
