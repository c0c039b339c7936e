// Reads a stream line by line with a bound on line length, so that one giant line can neither exhaust memory nor
// stop a batch: it is skipped and reported as too long, and reading goes on with the next line.
#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace newsgraph::input {

class LineReader {
 public:
  // Does not take ownership of `file`; reads its descriptor directly (nothing may have been read through the FILE).
  // A read interrupted by a signal is retried unless `stop_requested` (if given) returns true; then Next() returns
  // kError.
  LineReader(std::FILE* file, size_t max_line_bytes, std::function<bool()> stop_requested = nullptr)
      : file_(file), max_line_bytes_(max_line_bytes), stop_requested_(std::move(stop_requested)) {}

  enum class Result { kLine, kTooLong, kEnd, kError };
  // Reads the next line (without its '\n' or "\r\n") into *line. kTooLong: the line was over the limit and has been
  // skipped (*line holds some of its first bytes). A last line without '\n' is still a line.
  Result Next(std::string* line);

  int64_t line_number() const { return line_number_; }  // 1-based number of the line last returned
  uint64_t bytes_read() const { return bytes_read_; }

 private:
  bool Fill();

  std::FILE* file_;
  size_t max_line_bytes_;
  std::function<bool()> stop_requested_;
  std::vector<char> buffer_ = std::vector<char>(size_t{1} << 20);
  size_t begin_ = 0, end_ = 0;
  bool eof_ = false;
  bool error_ = false;
  int64_t line_number_ = 0;
  uint64_t bytes_read_ = 0;
};

}  // namespace newsgraph::input
