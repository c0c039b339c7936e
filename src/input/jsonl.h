// JSON Lines input: ParseJsonlRecord reads one line, {"id": ..., "text": ..., "date": ..., "title": ..., "url": ...}
// with only "text" required, or a web page {"id", "html", "date", "url"} with only "html" required; jsonl.cc also holds the Source over a file or standard input (OpenJsonl in
// newsgraph/batch.h), which reads lines with a bound on their length (input/line_reader.h).
#pragma once

#include <optional>
#include <string_view>

#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph::input {

struct ParsedRecord {
  Document document;  // the id is filled in whenever it could be read, also on error
  Status status;
  bool html = false;        // the line gave "html" (a web page) instead of "text": document.text holds the page
  bool date_given = false;  // the line gave its own "date"
};

// `default_date` is used when the record has no "date" (or it is null).
ParsedRecord ParseJsonlRecord(std::string_view line, const std::optional<Date>& default_date);

}  // namespace newsgraph::input
