// Bounded decompression (zlib): whole buffers (a .html.gz page, an HTTP body sent with Content-Encoding: gzip or
// deflate) and the streaming reader under the WARC reader. Every output is capped, so that a gzip bomb costs at most
// the cap in memory and time, and reports kTooLarge. Thread-safe (no shared state).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <memory>
#include <vector>

struct inflate_state;  // ISA-L (isa-l/igzip_lib.h)

#include "newsgraph/status.h"

namespace newsgraph::input {

inline bool LooksGzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
         static_cast<unsigned char>(bytes[1]) == 0x8B;
}

enum class Compression { kGzip, kDeflate };  // kDeflate: zlib-wrapped, or raw deflate as some servers send it

// Decompresses all members of a gzip buffer (or one deflate stream). Errors: kTooLarge past max_output bytes,
// kCorrupt for bad or truncated data.
StatusOr<std::string> Decompress(std::string_view data, Compression format, size_t max_output);

// Bytes of a file, plain or gzip (detected by its first bytes; any number of members, as WARC files have one per
// record), delivered in pieces. Inflates with ISA-L (Debian libisal: twice zlib's speed, which keeps WARC reading
// under a tenth of the extraction's time). A member that inflates past max_member_output, or corrupt compressed data, is
// reported once (Error) and reading resumes at the next gzip member found in the compressed bytes, so that one bad
// record loses only itself.
class ByteStream {
 public:
  ByteStream(std::FILE* file, size_t max_member_output);
  ~ByteStream();
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  // Writes up to `want` bytes at `out`; returns how many (0 at the end of the input, or at an error: see TakeError).
  size_t Read(char* out, size_t want);
  // The error that stopped the last Read (then cleared); ok when there was none.
  Status TakeError();
  bool gzip() const { return gzip_; }
  // A new member started since the last call (gzip input only): record boundaries are member boundaries in WARC files.
  bool TakeMemberStart();
  uint64_t compressed_bytes() const { return compressed_; }
  uint64_t output_bytes() const { return produced_; }

 private:
  bool FillInput();
  bool Resync();  // skips to the next gzip header in the compressed bytes
  void Consume(size_t n);

  std::FILE* file_;
  size_t max_member_output_;
  bool gzip_ = false;
  bool started_ = false;
  bool eof_ = false;
  bool in_member_ = false;
  bool member_start_ = false;
  std::unique_ptr<inflate_state> isal_;
  std::vector<unsigned char> in_;
  const unsigned char* next_in_ = nullptr;
  size_t avail_in_ = 0;
  size_t member_output_ = 0;
  uint64_t member_begin_ = 0;  // offset in the file where the current member starts
  uint64_t compressed_ = 0;
  uint64_t produced_ = 0;
  Status error_;
};

}  // namespace newsgraph::input
