// One line of --jsonl input: {"id": ..., "text": ..., "date": ..., "title": ..., "url": ...}; only "text" is
// required.
#pragma once

#include <optional>
#include <string_view>

#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph::input {

struct ParsedRecord {
  Document document;  // the id is filled in whenever it could be read, also on error
  Status status;
};

// `default_date` is used when the record has no "date" (or it is null).
ParsedRecord ParseJsonlRecord(std::string_view line, const std::optional<Date>& default_date);

}  // namespace newsgraph::input
