// Streaming WARC reader (ISO 28500, WARC/1.0 and 1.1): plain files or gzip with one member per record (what crawlers
// and Common Crawl's CC-NEWS write), one record in memory at a time, inflated once into a buffer that the record views.
//
//   std::FILE* f = std::fopen("news.warc.gz", "rb");
//   newsgraph::input::WarcReader reader(f);
//   newsgraph::input::WarcRecord record;
//   while (reader.Next(&record)) {
//     newsgraph::input::WarcPage page;
//     if (ReadWarcPage(record, {}, &page) == newsgraph::input::PageVerdict::kPage) ... page.html, page.url ...
//   }
//   // reader.stats(): records read, and those skipped as corrupt, truncated or too large
//
// Bad input never stops the reader for good: a record whose header is not WARC, whose length is missing, whose gzip
// member is corrupt or inflates past the limit is counted and skipped, and reading resumes at the next record (the
// next gzip member, or the next "WARC/1." line). Not thread-safe; one reader per file.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "input/warc_gzip.h"
#include "newsgraph/status.h"

namespace newsgraph::input {

struct WarcOptions {
  size_t max_record_bytes = 64u << 20;  // a record block larger than this is skipped and counted as too large
  size_t max_header_bytes = 1u << 16;   // WARC and HTTP headers
};

struct WarcRecord {
  std::string version;       // "WARC/1.0", "WARC/1.1"
  std::string type;          // WARC-Type: "response", "resource", "request", "warcinfo", "metadata", ...
  std::string record_id;     // WARC-Record-ID, angle brackets removed
  std::string target_uri;    // WARC-Target-URI, angle brackets removed (WARC/1.0 examples wrote them)
  std::string date;          // WARC-Date as written
  std::string content_type;  // Content-Type of the block ("application/http; msgtype=response", "text/html")
  // The record's content block (Content-Length bytes): a view into the reader's buffer, valid until its next Next()
  // (the bytes are inflated once and never copied; keep a copy to hold them longer).
  std::string_view block;
  uint64_t offset = 0;       // where the record starts in the uncompressed stream
};

struct WarcStats {
  uint64_t records = 0;    // records read whole
  uint64_t corrupt = 0;    // headers that are not WARC, bad Content-Length, corrupt gzip data
  uint64_t truncated = 0;  // a record cut short by the end of the file
  uint64_t too_large = 0;  // records over max_record_bytes (or a gzip member inflating past it), skipped
  std::string first_error; // the first problem met, for the summary
};

class WarcReader {
 public:
  explicit WarcReader(std::FILE* file, const WarcOptions& options = {});
  // Reads the next record into *record; false at the end of the input.
  bool Next(WarcRecord* record);
  const WarcStats& stats() const { return stats_; }
  uint64_t compressed_bytes() const { return stream_.compressed_bytes(); }

 private:
  bool Fill(size_t want);  // makes at least `want` bytes available after pos_ (false at the end)
  void Problem(uint64_t WarcStats::*counter, const std::string& what);
  bool Resync();           // moves pos_ to the next line starting "WARC/1."
  bool CheckStream();      // takes a stream error: counts it, drops the buffer; true when there was one
  bool Skip(uint64_t bytes);

  WarcOptions options_;
  ByteStream stream_;
  std::string_view Buffered() const { return {buffer_.get(), size_}; }

  std::unique_ptr<char[]> buffer_;  // inflated bytes [0, size_) of capacity_, not zero-filled; [pos_, size_) unread
  size_t size_ = 0;
  size_t capacity_ = 0;
  size_t pos_ = 0;
  uint64_t consumed_ = 0;  // bytes dropped from the buffer's front
  bool at_end_ = false;
  bool skipping_ = false;  // inside a record already counted as too large
  WarcStats stats_;
};

// An HTTP response as a WARC response record holds it.
struct HttpResponse {
  int status = 0;
  std::string content_type;  // the Content-Type header as written
  std::string decoded;       // the body when it had to be de-chunked or decompressed
  std::string_view body;     // the body: a view into the block parsed, or into `decoded`
};

// Parses the block of a response record. Errors: kCorrupt (no status line), kTooLarge (a body inflating past
// max_body), kInvalidArgument (a Content-Encoding other than gzip, deflate or identity).
StatusOr<HttpResponse> ParseHttpResponse(std::string_view block, size_t max_body);
// The same into *response, reusing its buffer (`body` views `block` or response->decoded).
Status ParseHttpResponse(std::string_view block, size_t max_body, HttpResponse* response);

enum class PageVerdict {
  kPage,         // an HTML page to analyse
  kNotResponse,  // a request, metadata, warcinfo... record
  kNotHtml,      // a response or resource that is not HTML (images, scripts, JSON)
  kNotOk,        // an HTTP status other than 200
  kBadHttp,      // an HTTP message that cannot be read (see the error)
};
const char* PageVerdictName(PageVerdict verdict);

struct WarcPage {
  std::string url;           // WARC-Target-URI
  std::string record_id;     // WARC-Record-ID
  std::string warc_date;     // WARC-Date
  std::string content_type;  // the HTTP (or resource) Content-Type, for its charset
  std::string_view html;     // views the record's block (or `decoded`): valid until the reader's next Next()
  std::string decoded;       // a body that had to be de-chunked or decompressed
};

// Takes a record as a page when it is a `response` with status 200 and an HTML body, or an HTML `resource`.
PageVerdict ReadWarcPage(const WarcRecord& record, size_t max_body, WarcPage* page, Status* error = nullptr);

}  // namespace newsgraph::input
