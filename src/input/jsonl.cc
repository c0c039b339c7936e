#include "input/jsonl.h"

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "input/line_reader.h"
#include "input/web_source.h"
#include "newsgraph/batch.h"

namespace newsgraph {
namespace input {
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
  const auto html = record.find("html");
  if (html != record.end() && !html->is_null()) {
    if (!html->is_string() || text != record.end()) {
      out.status = Status(StatusCode::kInvalidArgument,
                          text != record.end() ? "give \"text\" or \"html\", not both" : "field \"html\" must be a string");
      return out;
    }
    out.html = true;
    out.document.text = html->get<std::string>();
  } else if (text == record.end() || !text->is_string()) {
    out.status = Status(StatusCode::kInvalidArgument, "field \"text\" (a string) is required");
    return out;
  } else {
    out.document.text = text->get<std::string>();
  }
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
