#include "input/line_reader.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace newsgraph::input {

bool LineReader::Fill() {
  if (eof_) return false;
  if (begin_ == end_) begin_ = end_ = 0;
  // read(2), not fread: it returns what a pipe holds now, so that a slow producer's records are processed as they
  // arrive, and a signal interrupts it.
  ssize_t n;
  do {
    n = read(fileno(file_), buffer_.data() + end_, buffer_.size() - end_);
  } while (n < 0 && errno == EINTR && !(stop_requested_ && stop_requested_()));
  if (n < 0) {
    error_ = true;
    return false;
  }
  if (n == 0) {
    eof_ = true;
    return false;
  }
  end_ += static_cast<size_t>(n);
  bytes_read_ += static_cast<uint64_t>(n);
  return true;
}

LineReader::Result LineReader::Next(std::string* line) {
  line->clear();
  bool too_long = false;
  bool any = false;
  while (true) {
    if (begin_ == end_ && !Fill()) {
      if (error_) return Result::kError;
      if (!any) return Result::kEnd;
      break;  // last line without a newline
    }
    any = true;
    const char* start = buffer_.data() + begin_;
    const auto* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
    const size_t take = nl ? static_cast<size_t>(nl - start) : end_ - begin_;
    if (!too_long) {
      if (line->size() + take > max_line_bytes_) {
        too_long = true;  // stop collecting; the rest of the line is read and dropped
      } else {
        line->append(start, take);
      }
    }
    begin_ += take;
    if (nl) {
      ++begin_;
      break;
    }
  }
  ++line_number_;
  if (!too_long && !line->empty() && line->back() == '\r') line->pop_back();
  return too_long ? Result::kTooLong : Result::kLine;
}

}  // namespace newsgraph::input
