#include "io/jsonl.h"

#include <nlohmann/json.hpp>

namespace newsgraph::io {
namespace {

// Optional string fields: absent or null is fine, another type is an error.
Status ReadString(const nlohmann::json& record, const char* key, std::string* out) {
  const auto it = record.find(key);
  if (it == record.end() || it->is_null()) return Status::Ok();
  if (!it->is_string())
    return Status(StatusCode::kInvalidArgument, std::string("field \"") + key + "\" must be a string");
  *out = it->get<std::string>();
  return Status::Ok();
}

// For an error record, the id of a line that is not valid JSON, when its start still reads `{"id": "..."` or
// `{"id": 12`: users match errors to their records by it.
std::string RecoverId(std::string_view line) {
  const size_t key = line.find("\"id\"");
  if (key == std::string_view::npos || key > 16) return "";
  size_t pos = line.find_first_not_of(" \t", key + 4);
  if (pos == std::string_view::npos || line[pos] != ':') return "";
  pos = line.find_first_not_of(" \t", pos + 1);
  if (pos == std::string_view::npos) return "";
  size_t end = pos;
  if (line[pos] == '"') {
    for (end = pos + 1; end < line.size() && line[end] != '"'; ++end)
      if (line[end] == '\\') ++end;
    if (end >= line.size()) return "";
    const nlohmann::json id = nlohmann::json::parse(line.substr(pos, end + 1 - pos), nullptr, false);
    return id.is_string() ? id.get<std::string>() : "";
  }
  while (end < line.size() && line[end] >= '0' && line[end] <= '9') ++end;
  return std::string(line.substr(pos, end - pos));
}

}  // namespace

ParsedRecord ParseJsonlRecord(std::string_view line, const std::optional<Date>& default_date) {
  ParsedRecord out;
  const nlohmann::json record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) {
    out.document.id = RecoverId(line);
    out.status = Status(StatusCode::kInvalidArgument, "malformed JSON");
    return out;
  }
  if (!record.is_object()) {
    out.status = Status(StatusCode::kInvalidArgument, "a record must be a JSON object");
    return out;
  }
  if (const auto id = record.find("id"); id != record.end()) {
    if (id->is_string()) {
      out.document.id = id->get<std::string>();
    } else if (id->is_number_integer()) {
      out.document.id = std::to_string(id->get<int64_t>());
    } else if (!id->is_null()) {
      out.status = Status(StatusCode::kInvalidArgument, "field \"id\" must be a string or an integer");
      return out;
    }
  }
  const auto text = record.find("text");
  if (text == record.end() || !text->is_string()) {
    out.status = Status(StatusCode::kInvalidArgument, "field \"text\" (a string) is required");
    return out;
  }
  out.document.text = text->get<std::string>();
  std::string date;
  for (const auto& [key, field] : {std::pair{"title", &out.document.title}, std::pair{"url", &out.document.url},
                                   std::pair{"date", &date}}) {
    out.status = ReadString(record, key, field);
    if (!out.status.ok()) return out;
  }
  if (!date.empty()) {
    StatusOr<Date> parsed = Date::Parse(date);
    if (!parsed.ok()) {
      out.status = parsed.status();
      return out;
    }
    out.document.date = *parsed;
  } else {
    out.document.date = default_date;
  }
  return out;
}

}  // namespace newsgraph::io
