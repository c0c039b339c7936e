#include "input/warc_reader.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <memory>

#include "input/html_article.h"
#include "input/html_scan.h"

namespace newsgraph::input {
namespace {

constexpr size_t kReadChunk = 1 << 16;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string Unbracket(std::string_view s) {
  s = Trim(s);
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  return std::string(s);
}

// End of a header block starting at `from` (the offset after its blank line), or npos. Accepts CRLF and bare LF.
size_t HeaderEnd(std::string_view text, size_t from) {
  for (size_t i = text.find('\n', from); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    if (i + 1 < text.size() && text[i + 1] == '\n') return i + 2;
    if (i + 2 < text.size() && text[i + 1] == '\r' && text[i + 2] == '\n') return i + 3;
  }
  return std::string_view::npos;
}

// Calls fn(name, value) for each "Name: value" line (continuation lines folded in).
template <typename Fn>
void ForEachHeader(std::string_view headers, Fn fn) {
  size_t i = 0;
  std::string name, value;
  bool have = false;
  while (i < headers.size()) {
    size_t end = headers.find('\n', i);
    if (end == std::string_view::npos) end = headers.size();
    std::string_view line = headers.substr(i, end - i);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    i = end + 1;
    if (line.empty()) continue;
    if ((line[0] == ' ' || line[0] == '\t') && have) {
      value += ' ';
      value += Trim(line);
      continue;
    }
    if (have) fn(name, value);
    const size_t colon = line.find(':');
    have = colon != std::string_view::npos;
    if (!have) continue;
    name.assign(Trim(line.substr(0, colon)));
    for (char& c : name) c = AsciiLowerChar(c);
    value.assign(Trim(line.substr(colon + 1)));
  }
  if (have) fn(name, value);
}

bool ParseLength(std::string_view s, uint64_t* out) {
  s = Trim(s);
  if (s.empty()) return false;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// Chunked transfer coding; false when the body is not validly chunked.
bool Dechunk(std::string_view body, std::string* out) {
  out->clear();
  size_t i = 0;
  while (i < body.size()) {
    size_t line_end = body.find('\n', i);
    if (line_end == std::string_view::npos) return false;
    std::string_view size_text = Trim(body.substr(i, line_end - i));
    const size_t semicolon = size_text.find(';');
    if (semicolon != std::string_view::npos) size_text = Trim(size_text.substr(0, semicolon));
    uint64_t size = 0;
    const auto r = std::from_chars(size_text.data(), size_text.data() + size_text.size(), size, 16);
    if (r.ec != std::errc() || r.ptr != size_text.data() + size_text.size()) return false;
    i = line_end + 1;
    if (size == 0) return true;
    if (size > body.size() - i) {
      out->append(body.substr(i));  // cut short: keep what is there
      return true;
    }
    out->append(body.substr(i, size));
    i += size;
    if (i < body.size() && body[i] == '\r') ++i;
    if (i < body.size() && body[i] == '\n') ++i;
  }
  return true;
}

}  // namespace

WarcReader::WarcReader(std::FILE* file, const WarcOptions& options)
    : options_(options), stream_(file, options.max_record_bytes + 2 * options.max_header_bytes + 64) {}

void WarcReader::Problem(uint64_t WarcStats::*counter, const std::string& what) {
  ++(stats_.*counter);
  if (stats_.first_error.empty())
    stats_.first_error = what + " (record at byte " + std::to_string(consumed_ + pos_) + " of the uncompressed stream)";
}

bool WarcReader::CheckStream() {
  Status error = stream_.TakeError();
  if (error.ok()) return false;
  // A record being skipped was counted already.
  if (!skipping_)
    Problem(error.code() == StatusCode::kTooLarge ? &WarcStats::too_large : &WarcStats::corrupt, error.message());
  // What was buffered belongs to the bad member: start afresh at the next one.
  consumed_ += size_;
  size_ = 0;
  pos_ = 0;
  return true;
}

// The buffer is never zero-filled and a record's block is never copied out of it (WarcRecord::block views it): the
// bytes are inflated once, where they stay until the next record. Live bytes move to the front only when the buffer
// would overflow, and it grows only when a record does not fit.
bool WarcReader::Fill(size_t want) {
  while (size_ - pos_ < want) {
    if (at_end_) return false;
    const size_t ask = std::max(want - (size_ - pos_), kReadChunk);
    if (size_ + ask > capacity_) {
      const size_t live = size_ - pos_;
      if (live + ask > capacity_) {
        const size_t capacity = std::max(live + ask, capacity_ * 2);
        std::unique_ptr<char[]> fresh = std::make_unique_for_overwrite<char[]>(capacity);
        if (live > 0) std::memcpy(fresh.get(), buffer_.get() + pos_, live);
        buffer_ = std::move(fresh);
        capacity_ = capacity;
      } else if (live > 0) {
        std::memmove(buffer_.get(), buffer_.get() + pos_, live);
      }
      consumed_ += pos_;
      pos_ = 0;
      size_ = live;
    }
    const size_t got = stream_.Read(buffer_.get() + size_, ask);
    size_ += got;
    if (CheckStream()) return false;
    if (got == 0) {
      at_end_ = true;
      return false;
    }
  }
  return true;
}

bool WarcReader::Skip(uint64_t bytes) {
  skipping_ = true;
  while (bytes > 0) {
    const size_t available = size_ - pos_;
    if (available == 0 && !Fill(1)) {
      skipping_ = false;
      return false;
    }
    const size_t take = static_cast<size_t>(std::min<uint64_t>(bytes, size_ - pos_));
    pos_ += take;
    bytes -= take;
  }
  skipping_ = false;
  return true;
}

bool WarcReader::Resync() {
  while (true) {
    const size_t at = Buffered().find("\nWARC/1.", pos_);
    if (at != std::string::npos) {
      pos_ = at + 1;
      return true;
    }
    // Keep a few bytes that may start the marker.
    if (size_ > pos_ + 8) pos_ = size_ - 8;
    const size_t before = size_;
    if (!Fill(size_ - pos_ + kReadChunk) && size_ == before) return false;
    if (size_ - pos_ >= 8 && Buffered().substr(pos_, 7) == "WARC/1.") return true;
  }
}

bool WarcReader::Next(WarcRecord* record) {
  while (true) {
    // Blank lines between records (the two CRLF after each block).
    while (true) {
      if (pos_ >= size_ && !Fill(1)) {
        if (size_ > pos_ || !at_end_) continue;  // a stream error dropped the buffer: go on
        return false;
      }
      const char c = buffer_[pos_];
      if (c != '\r' && c != '\n') break;
      ++pos_;
    }
    // The header block.
    size_t header_end;
    while ((header_end = HeaderEnd(Buffered(), pos_)) == std::string_view::npos) {
      if (size_ - pos_ > options_.max_header_bytes) break;
      if (!Fill(size_ - pos_ + kReadChunk)) break;
    }
    if (header_end == std::string::npos) {
      if (size_ == 0 && !at_end_) continue;  // a stream error: resume at the next member
      if (size_ - pos_ > options_.max_header_bytes) {
        Problem(&WarcStats::corrupt, "WARC header longer than " + std::to_string(options_.max_header_bytes) + " bytes");
        ++pos_;
        if (!Resync()) return false;
        continue;
      }
      if (size_ > pos_) Problem(&WarcStats::truncated, "WARC file ends inside a record header");
      pos_ = size_;
      return false;
    }
    const std::string_view headers = Buffered().substr(pos_, header_end - pos_);
    const size_t first_line_end = headers.find('\n');
    const std::string_view version = Trim(headers.substr(0, first_line_end));
    if (version.substr(0, 7) != "WARC/1.") {
      Problem(&WarcStats::corrupt, "not a WARC record header");
      if (!Resync()) return false;
      continue;
    }
    WarcRecord& r = *record;  // filled in place, so that its strings keep their capacity from record to record
    r.version.assign(version);
    r.type.clear();
    r.record_id.clear();
    r.target_uri.clear();
    r.date.clear();
    r.content_type.clear();
    r.offset = consumed_ + pos_;
    uint64_t length = 0;
    bool has_length = false, bad_length = false;
    ForEachHeader(headers.substr(first_line_end + 1), [&](const std::string& name, const std::string& value) {
      if (name == "warc-type") r.type = value;
      else if (name == "warc-record-id") r.record_id = Unbracket(value);
      else if (name == "warc-target-uri") r.target_uri = Unbracket(value);
      else if (name == "warc-date") r.date = value;
      else if (name == "content-type") r.content_type = value;
      else if (name == "content-length") {
        has_length = true;
        bad_length = !ParseLength(value, &length);
      }
    });
    if (!has_length || bad_length) {
      Problem(&WarcStats::corrupt, "WARC record without a valid Content-Length");
      pos_ = header_end;
      if (!Resync()) return false;
      continue;
    }
    pos_ = header_end;
    if (length > options_.max_record_bytes) {
      Problem(&WarcStats::too_large, "WARC record of " + std::to_string(length) + " bytes, over the limit of " +
                                         std::to_string(options_.max_record_bytes));
      if (!Skip(length)) {
        if (size_ == 0 && !at_end_) continue;
        return false;
      }
      continue;
    }
    if (!Fill(static_cast<size_t>(length))) {
      if (size_ == 0 && !at_end_) continue;  // the member was bad: counted, go on with the next
      Problem(&WarcStats::truncated, "WARC record cut short by the end of the file");
      pos_ = size_;
      return false;
    }
    r.block = Buffered().substr(pos_, static_cast<size_t>(length));
    pos_ += static_cast<size_t>(length);
    ++stats_.records;
    return true;
  }
}

StatusOr<HttpResponse> ParseHttpResponse(std::string_view block, size_t max_body) {
  HttpResponse response;
  NEWSGRAPH_RETURN_IF_ERROR(ParseHttpResponse(block, max_body, &response));
  return response;
}

Status ParseHttpResponse(std::string_view block, size_t max_body, HttpResponse* out) {
  HttpResponse& response = *out;
  response.status = 0;
  response.content_type.clear();
  response.body = {};
  if (block.substr(0, 5) != "HTTP/") return Status(StatusCode::kCorrupt, "no HTTP status line");
  const size_t line_end = block.find('\n');
  const std::string_view status_line = block.substr(0, line_end);
  const size_t space = status_line.find(' ');
  if (space == std::string_view::npos) return Status(StatusCode::kCorrupt, "HTTP status line without a status");
  const std::string_view code = Trim(status_line.substr(space + 1, 4));
  const auto r = std::from_chars(code.data(), code.data() + code.size(), response.status);
  if (r.ec != std::errc()) return Status(StatusCode::kCorrupt, "HTTP status that is not a number");
  size_t header_end = line_end == std::string_view::npos ? std::string_view::npos : HeaderEnd(block, line_end);
  if (header_end == std::string_view::npos) header_end = block.size();  // headers only
  std::string transfer, encoding;
  ForEachHeader(block.substr(line_end + 1, header_end - line_end - 1),
                [&](const std::string& name, const std::string& value) {
                  if (name == "content-type") response.content_type = value;
                  else if (name == "transfer-encoding") transfer = value;
                  else if (name == "content-encoding") encoding = value;
                });
  std::string_view body = block.substr(std::min(header_end, block.size()));
  std::string dechunked;
  if (FindCaseless(transfer, "chunked") != std::string_view::npos && Dechunk(body, &dechunked)) {
    response.decoded = std::move(dechunked);
    body = response.decoded;
  }
  for (char& c : encoding) c = AsciiLowerChar(c);
  if (encoding.empty() || encoding == "identity" || encoding == "none" || encoding == "utf-8") {
    if (body.size() > max_body)
      return Status(StatusCode::kTooLarge, "HTTP body of " + std::to_string(body.size()) + " bytes");
    response.body = body;
    return Status::Ok();
  }
  Compression format;
  if (encoding == "gzip" || encoding == "x-gzip") format = Compression::kGzip;
  else if (encoding == "deflate") format = Compression::kDeflate;
  else return Status(StatusCode::kInvalidArgument, "HTTP Content-Encoding '" + encoding + "' is not supported");
  // Archives often store the body already decoded while keeping the header: take it as it is then.
  if (format == Compression::kGzip && !LooksGzip(body)) {
    response.body = body.substr(0, max_body);
    return Status::Ok();
  }
  auto decoded = Decompress(body, format, max_body);
  if (!decoded.ok()) return decoded.status();
  response.decoded = std::move(*decoded);
  response.body = response.decoded;
  return Status::Ok();
}

const char* PageVerdictName(PageVerdict verdict) {
  switch (verdict) {
    case PageVerdict::kPage: return "page";
    case PageVerdict::kNotResponse: return "not a response";
    case PageVerdict::kNotHtml: return "not HTML";
    case PageVerdict::kNotOk: return "HTTP status not 200";
    case PageVerdict::kBadHttp: return "unreadable HTTP";
  }
  return "?";
}

PageVerdict ReadWarcPage(const WarcRecord& record, size_t max_body, WarcPage* page, Status* error) {
  const bool response = EqualsCaseless(record.type, "response");
  const bool resource = EqualsCaseless(record.type, "resource");
  if (!response && !resource) return PageVerdict::kNotResponse;
  page->url = record.target_uri;
  page->record_id = record.record_id;
  page->warc_date = record.date;
  std::string_view content_type;
  if (response) {
    HttpResponse http;
    http.decoded = std::move(page->decoded);  // reuse the page's buffer
    const Status status = ParseHttpResponse(record.block, max_body, &http);
    const bool own = !http.decoded.empty() && http.body.data() == http.decoded.data();
    page->decoded = std::move(http.decoded);
    page->html = own ? std::string_view(page->decoded) : http.body;
    if (!status.ok()) {
      if (error) *error = status;
      page->html = {};
      return PageVerdict::kBadHttp;
    }
    if (http.status != 200) return PageVerdict::kNotOk;
    page->content_type = std::move(http.content_type);
  } else {
    page->content_type = record.content_type;
    page->html = std::string_view(record.block).substr(0, max_body);
  }
  content_type = page->content_type;
  const bool html_type = FindCaseless(content_type, "html") != std::string_view::npos;
  if (!html_type && !(content_type.empty() || StartsWithCaseless(content_type, "text/plain") ||
                      StartsWithCaseless(content_type, "application/octet-stream")))
    return PageVerdict::kNotHtml;
  if (!html_type && !LooksLikeHtml(page->html)) return PageVerdict::kNotHtml;
  return PageVerdict::kPage;
}

}  // namespace newsgraph::input
