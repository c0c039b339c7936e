#include "input/warc_gzip.h"

#include <isa-l/igzip_lib.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace newsgraph::input {
namespace {

constexpr size_t kInputChunk = 1 << 18;
constexpr size_t kOutputChunk = 1 << 16;

Status TooLarge(size_t max_output) {
  return Status(StatusCode::kTooLarge, "decompressed data over " + std::to_string(max_output) + " bytes");
}

// One pass of zlib over `data` with the given window bits; *consumed tells how far the (first) stream went.
Status InflateAll(std::string_view data, int window_bits, size_t max_output, std::string* out) {
  z_stream z{};
  if (inflateInit2(&z, window_bits) != Z_OK) return Status(StatusCode::kInternal, "zlib: cannot initialise");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(std::min<size_t>(data.size(), UINT32_MAX));
  Status status;
  while (true) {
    const size_t before = out->size();
    const size_t room = std::min(kOutputChunk, max_output + 1 - std::min(max_output + 1, before));
    if (room == 0) {
      status = TooLarge(max_output);
      break;
    }
    out->resize(before + room);
    z.next_out = reinterpret_cast<Bytef*>(out->data() + before);
    z.avail_out = static_cast<uInt>(room);
    const int r = inflate(&z, Z_NO_FLUSH);
    out->resize(before + room - z.avail_out);
    if (out->size() > max_output) {
      status = TooLarge(max_output);
      break;
    }
    if (r == Z_STREAM_END) {
      // gzip: another member may follow (skip zero padding).
      while (z.avail_in > 0 && *z.next_in == 0) {
        ++z.next_in;
        --z.avail_in;
      }
      if (window_bits > 15 && z.avail_in >= 2 && z.next_in[0] == 0x1F && z.next_in[1] == 0x8B) {
        inflateReset(&z);
        continue;
      }
      break;
    }
    if (r == Z_OK) continue;
    if (r == Z_BUF_ERROR && z.avail_in == 0) {
      status = Status(StatusCode::kCorrupt, "compressed data cut short");
      break;
    }
    status = Status(StatusCode::kCorrupt, std::string("compressed data invalid: ") + (z.msg ? z.msg : "zlib error"));
    break;
  }
  inflateEnd(&z);
  return status;
}

}  // namespace

StatusOr<std::string> Decompress(std::string_view data, Compression format, size_t max_output) {
  std::string out;
  if (format == Compression::kGzip) {
    NEWSGRAPH_RETURN_IF_ERROR(InflateAll(data, 15 + 16, max_output, &out));
    return out;
  }
  // "deflate" is meant to be zlib-wrapped, but servers also send raw deflate.
  const bool zlib_header = data.size() >= 2 && (static_cast<unsigned char>(data[0]) & 0x0F) == 8 &&
                           ((static_cast<unsigned char>(data[0]) << 8) | static_cast<unsigned char>(data[1])) % 31 == 0;
  NEWSGRAPH_RETURN_IF_ERROR(InflateAll(data, zlib_header ? 15 : -15, max_output, &out));
  return out;
}

ByteStream::ByteStream(std::FILE* file, size_t max_member_output)
    : file_(file), max_member_output_(max_member_output), isal_(std::make_unique<inflate_state>()) {
  in_.resize(kInputChunk);
  next_in_ = in_.data();
}

ByteStream::~ByteStream() = default;

bool ByteStream::FillInput() {
  if (eof_) return false;
  if (avail_in_ > 0 && next_in_ != in_.data()) std::memmove(in_.data(), next_in_, avail_in_);
  next_in_ = in_.data();
  const size_t got = std::fread(in_.data() + avail_in_, 1, in_.size() - avail_in_, file_);
  if (got == 0) {
    eof_ = true;
    return false;
  }
  avail_in_ += got;
  compressed_ += got;
  return true;
}

bool ByteStream::Resync() {
  in_member_ = false;
  while (true) {
    // Look for 1F 8B 08 (a gzip header with the deflate method) in what is buffered.
    const unsigned char* p = next_in_;
    const unsigned char* end = p + avail_in_;
    for (; p + 3 <= end; ++p) {
      if (p[0] == 0x1F && p[1] == 0x8B && p[2] == 0x08) {
        avail_in_ -= static_cast<size_t>(p - next_in_);
        next_in_ = p;
        return true;
      }
    }
    // Keep the last two bytes: they may start a header.
    const size_t keep = std::min<size_t>(avail_in_, 2);
    next_in_ += avail_in_ - keep;
    avail_in_ = keep;
    if (!FillInput()) {
      avail_in_ = 0;  // the end: no header follows, drop what is left
      return false;
    }
  }
}

Status ByteStream::TakeError() {
  Status e = std::move(error_);
  error_ = Status();
  return e;
}

bool ByteStream::TakeMemberStart() {
  const bool s = member_start_;
  member_start_ = false;
  return s;
}

void ByteStream::Consume(size_t n) {
  next_in_ += n;
  avail_in_ -= n;
}

size_t ByteStream::Read(char* out, size_t want) {
  if (!started_) {
    started_ = true;
    while (avail_in_ < 2 && FillInput()) {
    }
    gzip_ = avail_in_ >= 2 && next_in_[0] == 0x1F && next_in_[1] == 0x8B;
  }
  if (want == 0) return 0;
  if (!gzip_) {
    if (avail_in_ == 0 && !FillInput()) return 0;
    const size_t n = std::min(want, avail_in_);
    std::memcpy(out, next_in_, n);
    Consume(n);
    produced_ += n;
    return n;
  }
  size_t got = 0;
  while (got == 0) {
    if (!in_member_) {
      // Zero bytes of padding between members are allowed; anything else is garbage to skip.
      while (true) {
        if (avail_in_ < 3 && !FillInput() && avail_in_ == 0) return 0;
        while (avail_in_ > 0 && *next_in_ == 0) Consume(1);
        if (avail_in_ == 0) continue;
        if (avail_in_ < 3 && FillInput()) continue;
        break;
      }
      if (!(avail_in_ >= 3 && next_in_[0] == 0x1F && next_in_[1] == 0x8B && next_in_[2] == 0x08)) {
        error_ = Status(StatusCode::kCorrupt, "bytes that are not gzip between gzip members");
        if (!Resync()) return 0;
        member_start_ = true;
        return 0;
      }
      isal_inflate_init(isal_.get());
      isal_->crc_flag = ISAL_GZIP;
      member_begin_ = compressed_ - avail_in_;
      in_member_ = true;
      member_output_ = 0;
      member_start_ = true;
    }
    if (avail_in_ == 0 && !FillInput()) {
      error_ = Status(StatusCode::kCorrupt, "gzip member cut short at the end of the file");
      in_member_ = false;
      return got;
    }
    // Past the member's bound by at most one byte, so that a bomb is caught without inflating further.
    const size_t room = std::min<size_t>({want - got, max_member_output_ + 1 - member_output_, UINT32_MAX});
    const size_t offered = std::min<size_t>(avail_in_, UINT32_MAX);
    isal_->next_in = const_cast<uint8_t*>(next_in_);
    isal_->avail_in = static_cast<uint32_t>(offered);
    isal_->next_out = reinterpret_cast<uint8_t*>(out + got);
    isal_->avail_out = static_cast<uint32_t>(room);
    const int r = isal_inflate(isal_.get());
    Consume(offered - isal_->avail_in);
    const size_t produced = room - isal_->avail_out;
    got += produced;
    produced_ += produced;
    member_output_ += produced;
    if (member_output_ > max_member_output_) {
      error_ = Status(StatusCode::kTooLarge,
                      "a gzip member inflates past " + std::to_string(max_member_output_) + " bytes");
      if (Resync()) member_start_ = true;
      return got;
    }
    if (r == ISAL_DECOMP_OK || r == ISAL_END_INPUT || r == ISAL_OUT_OVERFLOW) {
      if (isal_->block_state == ISAL_BLOCK_FINISH) in_member_ = false;
      continue;
    }
    error_ = Status(StatusCode::kCorrupt, "corrupt gzip data (ISA-L error " + std::to_string(r) + ")");
    // Resume at the next member header: the one ISA-L stopped at (it reports a bad checksum after reading the whole
    // member), else after this member's start.
    if (avail_in_ > 0 && compressed_ - avail_in_ == member_begin_) Consume(1);
    if (Resync()) member_start_ = true;
    return got;
  }
  return got;
}

}  // namespace newsgraph::input
