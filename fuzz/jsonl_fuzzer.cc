// The JSONL input path: the bounded line reader over arbitrary bytes, then each line as a record.
#include <cstdio>
#include <string>

#include "fuzz_util.h"
#include "input/jsonl.h"
#include "input/line_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::FILE* file = fmemopen(const_cast<uint8_t*>(data), size, "rb");
  if (!file) return 0;
  newsgraph::input::LineReader reader(file, 4096);
  std::string line;
  int64_t lines = 0;
  while (true) {
    const auto result = reader.Next(&line);
    if (result == newsgraph::input::LineReader::Result::kEnd || result == newsgraph::input::LineReader::Result::kError) break;
    ++lines;
    newsgraph::fuzz::Require(reader.line_number() == lines, "line numbers count every line");
    if (result == newsgraph::input::LineReader::Result::kTooLong) continue;
    newsgraph::fuzz::Require(line.size() <= 4096, "line bound");
    const auto record = newsgraph::input::ParseJsonlRecord(line, newsgraph::Date{2025, 1, 1});
    if (record.status.ok()) newsgraph::fuzz::Require(record.document.date.has_value(), "default date applies");
  }
  std::fclose(file);
  return 0;
}
