// Bytes of a web page in, valid UTF-8 out: the charset is taken from a byte-order mark, the HTTP Content-Type, a
// <meta> declaration or, when none is given or the one given does not fit the bytes, detected (uchardet); the
// conversion uses iconv (glibc). An OffsetMap leads every offset of the UTF-8 copy back to the bytes as given, so
// that an element's range can be reported in the page itself.
//
//   auto decoded = newsgraph::input::DecodeHtml(bytes, "iso-8859-1");   // the HTTP charset, or ""
//   if (decoded.ok()) Parse(decoded->text());                           // valid UTF-8 without NUL bytes
//
// The rule for a declaration that contradicts the bytes: bytes that are valid UTF-8 and hold multi-byte sequences are
// UTF-8 whatever the page says (Latin-1 text is practically never valid UTF-8), and bytes that are not valid UTF-8
// while declared UTF-8 are given to the detector. All functions are thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::input {

// Offsets of a converted copy led back to the original bytes: checkpoints (copy offset, original offset) at which the
// two agree exactly; between checkpoints the distance from the last one is carried over, capped by the next one.
// Every '<' and every byte after a '>' is a checkpoint, so element ranges map exactly.
class OffsetMap {
 public:
  bool identity() const { return points_.empty() && shift_ == 0; }
  void Add(uint32_t copy, uint32_t original);  // checkpoints in increasing order
  void SetShift(uint32_t shift) { shift_ = shift; }  // bytes dropped before the copy's start (a byte-order mark)
  void Clear() { points_.clear(); }
  uint32_t ToOriginal(uint32_t copy) const;

 private:
  uint32_t Map(uint32_t copy) const;
  std::vector<std::pair<uint32_t, uint32_t>> points_;
  uint32_t shift_ = 0;
};

enum class CharsetSource : uint8_t {
  kDefault,    // nothing declared, the bytes are valid UTF-8 (plain ASCII included)
  kBom,        // a byte-order mark
  kHttp,       // the Content-Type header's charset
  kMeta,       // <meta charset> or <meta http-equiv="Content-Type">
  kUtf8Bytes,  // another charset declared, but the bytes are valid UTF-8 with multi-byte sequences
  kDetected,   // declared charset missing, unknown or contradicted by the bytes: uchardet's guess
};
const char* CharsetSourceName(CharsetSource source);

class DecodedHtml {
 public:
  // Valid UTF-8, NUL bytes turned into spaces: the bytes as given when they needed no change, else the converted copy.
  std::string_view text() const { return owned_ ? std::string_view(storage_) : input_; }
  // Offset in text() -> offset in the bytes as given.
  uint32_t ToOriginal(uint32_t offset) const {
    const uint32_t original = map_.ToOriginal(offset);
    return original < original_size_ ? original : original_size_;
  }

  std::string charset;  // WHATWG name, lower case: "utf-8", "windows-1252", "shift_jis"
  CharsetSource source = CharsetSource::kDefault;
  std::string declared;  // what the HTTP header or the page declared, normalised ("" when nothing)
  uint32_t replaced = 0;  // bytes that could not be converted, each group replaced by U+FFFD

 private:
  friend StatusOr<DecodedHtml> DecodeHtml(std::string_view, std::string_view);
  std::string_view input_;
  uint32_t original_size_ = 0;
  std::string storage_;
  bool owned_ = false;
  OffsetMap map_;
};

// "text/html; charset=ISO-8859-1" -> "windows-1252" (normalised); "" when the value names none.
std::string CharsetFromContentType(std::string_view content_type);

// The charset a <meta> element declares in the page's head (the HTML5 prescan, over at most `limit` bytes), normalised,
// or "".
std::string SniffMetaCharset(std::string_view html, size_t limit = 16384);

// Lower-cased WHATWG name for a label ("latin1" -> "windows-1252", "UTF8" -> "utf-8"); labels it does not know are
// returned lower-cased for iconv to try.
std::string NormalizeCharset(std::string_view label);

// Decodes a page. `http_charset` is the Content-Type's charset parameter (or the whole header value), "" if unknown.
// The result views `bytes` when they are already valid UTF-8 without NUL bytes: keep them alive. Errors: kTooLarge
// over 4 GiB (offsets are 32-bit).
StatusOr<DecodedHtml> DecodeHtml(std::string_view bytes, std::string_view http_charset);

}  // namespace newsgraph::input
