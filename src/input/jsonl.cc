#include "input/jsonl.h"

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <rapidjson/document.h>

#include "input/line_reader.h"
#include "input/web_source.h"
#include "newsgraph/batch.h"
#include "newsgraph/text.h"

namespace newsgraph {
namespace input {
namespace {

// The fields of a record that ParseJsonlRecord reads, as either parser found them.
struct Field {
  enum Kind { kAbsent, kNull, kString, kInteger, kOther } kind = kAbsent;
  std::string text;     // kString
  int64_t integer = 0;  // kInteger
};
enum FieldName { kId, kText, kHtml, kTitle, kUrl, kDate, kFields };
constexpr const char* kFieldNames[kFields] = {"id", "text", "html", "title", "url", "date"};

// The fields as nlohmann's parser reads them; false when the line is not valid JSON.
bool ReadFieldsSlowly(std::string_view line, bool* is_object, Field (&fields)[kFields]) {
  const nlohmann::json record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) return false;
  *is_object = record.is_object();
  if (!*is_object) return true;
  for (int f = 0; f < kFields; ++f) {
    const auto it = record.find(kFieldNames[f]);
    Field& out = fields[f];
    if (it == record.end()) {
      out.kind = Field::kAbsent;
    } else if (it->is_null()) {
      out.kind = Field::kNull;
    } else if (it->is_string()) {
      out.kind = Field::kString;
      out.text = it->get<std::string>();
    } else if (it->is_number_integer()) {
      out.kind = Field::kInteger;
      out.integer = it->get<int64_t>();
    } else {
      out.kind = Field::kOther;
    }
  }
  return true;
}

// The fields as RapidJSON reads them, for the lines where both parsers must agree: false (the slow parser decides)
// unless the line parses as an object without repeated keys (nlohmann keeps a repeated key's last value, RapidJSON
// finds its first), whose fields read here are strings or null, valid UTF-8 with no NUL byte (nlohmann stops there)
// and no escaped surrogate (RapidJSON lets a lone one through, nlohmann rejects it). RapidJSON's lexer is several
// times faster than nlohmann's, which builds each string a character at a time. (More than 32 keys: the slow
// parser too.)
bool ReadFieldsQuickly(std::string_view line, Field (&fields)[kFields]) {
  // A line that is valid UTF-8 has valid UTF-8 strings (their quotes cannot fall inside a character), as nlohmann
  // requires; checked here 8 bytes at a time rather than by RapidJSON a byte at a time.
  if (line.find('\0') != std::string_view::npos || !IsValidUtf8(line)) return false;
  for (size_t at = line.find("\\u"); at != std::string_view::npos; at = line.find("\\u", at + 2))
    if (at + 2 < line.size() && (line[at + 2] == 'd' || line[at + 2] == 'D')) return false;
  rapidjson::Document record;
  constexpr unsigned kFlags = rapidjson::kParseIterativeFlag;
  record.Parse<kFlags>(line.data(), line.size());
  if (record.HasParseError() || !record.IsObject() || record.MemberCount() > 32) return false;
  for (auto a = record.MemberBegin(); a != record.MemberEnd(); ++a)
    for (auto b = a + 1; b != record.MemberEnd(); ++b)
      if (a->name == b->name) return false;
  for (int f = 0; f < kFields; ++f) {
    const auto it = record.FindMember(kFieldNames[f]);
    Field& out = fields[f];
    if (it == record.MemberEnd()) {
      out.kind = Field::kAbsent;
    } else if (it->value.IsNull()) {
      out.kind = Field::kNull;
    } else if (it->value.IsString()) {
      out.kind = Field::kString;
      out.text.assign(it->value.GetString(), it->value.GetStringLength());
    } else {
      return false;
    }
  }
  return true;
}

// Optional string fields: absent or null is fine, another type is an error.
Status ReadString(Field& field, const char* key, std::string* out) {
  if (field.kind == Field::kAbsent || field.kind == Field::kNull) return Status::Ok();
  if (field.kind != Field::kString)
    return Status(StatusCode::kInvalidArgument, std::string("field \"") + key + "\" must be a string");
  *out = std::move(field.text);
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
  Field fields[kFields];
  bool is_object = true;
  if (!ReadFieldsQuickly(line, fields) && !ReadFieldsSlowly(line, &is_object, fields)) {
    out.document.id = RecoverId(line);
    out.status = Status(StatusCode::kInvalidArgument, "malformed JSON");
    return out;
  }
  if (!is_object) {
    out.status = Status(StatusCode::kInvalidArgument, "a record must be a JSON object");
    return out;
  }
  if (const Field& id = fields[kId]; id.kind != Field::kAbsent) {
    if (id.kind == Field::kString) {
      out.document.id = id.text;
    } else if (id.kind == Field::kInteger) {
      out.document.id = std::to_string(id.integer);
    } else if (id.kind != Field::kNull) {
      out.status = Status(StatusCode::kInvalidArgument, "field \"id\" must be a string or an integer");
      return out;
    }
  }
  Field& text = fields[kText];
  Field& html = fields[kHtml];
  const bool has_text = text.kind != Field::kAbsent;
  if (html.kind != Field::kAbsent && html.kind != Field::kNull) {
    if (html.kind != Field::kString || has_text) {
      out.status = Status(StatusCode::kInvalidArgument,
                          has_text ? "give \"text\" or \"html\", not both" : "field \"html\" must be a string");
      return out;
    }
    out.html = true;
    out.document.text = std::move(html.text);
  } else if (text.kind != Field::kString) {
    out.status = Status(StatusCode::kInvalidArgument, "field \"text\" (a string) is required");
    return out;
  } else {
    out.document.text = std::move(text.text);
  }
  std::string date;
  for (const auto& [f, field] : {std::pair{kTitle, &out.document.title}, std::pair{kUrl, &out.document.url},
                                 std::pair{kDate, &date}}) {
    out.status = ReadString(fields[f], kFieldNames[f], field);
    if (!out.status.ok()) return out;
  }
  if (!date.empty()) {
    StatusOr<Date> parsed = Date::Parse(date);
    if (!parsed.ok()) {
      out.status = parsed.status();
      return out;
    }
    out.document.date = *parsed;
    out.date_given = true;
  } else {
    out.document.date = default_date;
  }
  return out;
}


namespace {

class JsonlSource : public Source {
 public:
  JsonlSource(const std::string& path, const SourceOptions& options)
      : path_(path), options_(options), line_limit_(options.max_document_bytes * 2 + 4096) {
    file_ = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (file_ == nullptr) return;
    if (path != "-") {
      std::error_code ec;
      total_bytes_ = std::filesystem::file_size(path, ec);
    }
    const std::atomic<bool>* stop = options.stop;
    reader_ = std::make_unique<LineReader>(file_, line_limit_, [stop] { return stop && stop->load(); });
  }
  ~JsonlSource() override {
    if (file_ && file_ != stdin) std::fclose(file_);
  }

  bool Next(SourceItem* item) override {
    if (done_ || Stopped()) return false;
    *item = SourceItem();
    if (!reader_) {  // the file could not be opened: one error item
      done_ = true;
      item->status = Status(StatusCode::kIoError, "cannot open " + path_);
      return true;
    }
    while (!Stopped()) {
      const LineReader::Result result = reader_->Next(&line_);
      if (result == LineReader::Result::kEnd) break;
      if (result == LineReader::Result::kError) {
        if (Stopped()) break;
        done_ = true;
        item->status = Status(StatusCode::kIoError, "read error in " + path_);
        item->line = reader_->line_number() + 1;
        return true;
      }
      item->line = reader_->line_number();
      if (result == LineReader::Result::kTooLong) {
        item->status = Status(StatusCode::kTooLarge,
                              "line longer than " + std::to_string(line_limit_) + " bytes (--max-bytes)");
        return true;
      }
      if (line_.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank lines are not records
      ParsedRecord record = ParseJsonlRecord(line_, options_.default_date);
      item->document = std::move(record.document);
      item->status = std::move(record.status);
      item->bytes = item->status.ok() ? item->document.text.size() : line_.size();
      if (item->status.ok() && (record.html || options_.html)) {
        SetPage(item, std::move(item->document.text), "", options_);
        item->page->date_given = record.date_given;
      }
      return true;
    }
    done_ = true;
    return false;
  }

  uint64_t total_bytes() const override { return total_bytes_; }
  int64_t last_line() const override { return reader_ ? reader_->line_number() : -1; }

 private:
  bool Stopped() const { return options_.stop && options_.stop->load(); }

  std::string path_;
  SourceOptions options_;
  size_t line_limit_;
  std::FILE* file_ = nullptr;
  std::unique_ptr<LineReader> reader_;
  std::string line_;
  uint64_t total_bytes_ = 0;
  bool done_ = false;
};

}  // namespace
}  // namespace input

std::unique_ptr<Source> OpenJsonl(const std::string& path, const SourceOptions& options) {
  return std::make_unique<input::JsonlSource>(path, options);
}

}  // namespace newsgraph
