// The output record (schema "newsgraph/3", documented field by field in docs/schema.md and
// docs/newsgraph.schema.json).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph {

inline constexpr const char* kSchemaVersion = "newsgraph/3";

struct JsonOptions {
  bool tokens = false;  // add the "tokens" array
  bool pretty = false;  // indent (one record no longer fits on one line)
};

// One record for an analysed document. Span texts are the document's bytes, with any invalid UTF-8 shown as U+FFFD.
std::string ToJson(const Document& document, const Analysis& analysis, const JsonOptions& options);

// The record for an input that could not be analysed: {"id", "line", "error"}; `line` < 0 leaves it out.
std::string ErrorJson(std::string_view id, int64_t line, const Status& status, bool pretty = false);

// The record for an input left out on purpose: {"id", "line", "skipped": reason, "language"}; a web page in a language
// not asked for gives reason "language" and its language code. `line` < 0 and an empty `language` are left out.
std::string SkippedJson(std::string_view id, int64_t line, std::string_view reason, std::string_view language,
                        bool pretty = false);

}  // namespace newsgraph
