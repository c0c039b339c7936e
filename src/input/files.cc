#include "input/files.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <vector>

#include "input/warc_gzip.h"
#include "input/web_source.h"
#include "newsgraph/batch.h"

namespace newsgraph {
namespace input {

namespace fs = std::filesystem;

bool EndsWithCaseless(std::string_view name, std::string_view suffix) {
  if (name.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    const char c = name[name.size() - suffix.size() + i];
    if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != suffix[i]) return false;
  }
  return true;
}

std::vector<std::string> ListFiles(const std::vector<std::string>& paths, const std::vector<std::string>& extensions) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    if (path != "-" && fs::is_directory(path)) {
      std::vector<std::string> found;
      std::error_code ec;
      for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        const std::string name = it->path().filename().string();
        for (const std::string& extension : extensions)
          if (EndsWithCaseless(name, extension)) {
            found.push_back(it->path().string());
            break;
          }
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(path);
    }
  }
  return files;
}

Status ReadWholeFile(const std::string& path, size_t max_bytes, std::string* text) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) return Status(StatusCode::kIoError, "cannot read " + path + ": " + ec.message());
  if (size > max_bytes)
    return Status(StatusCode::kTooLarge, path + " has " + std::to_string(size) + " bytes, over the limit of " +
                                             std::to_string(max_bytes) + " (--max-bytes)");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kIoError, "cannot open " + path);
  text->resize(size);
  in.read(text->data(), static_cast<std::streamsize>(size));
  if (static_cast<size_t>(in.gcount()) != size) return Status(StatusCode::kIoError, "cannot read " + path);
  return Status::Ok();
}

namespace {

class FileSource : public Source {
 public:
  FileSource(std::vector<std::string> files, const SourceOptions& options)
      : files_(std::move(files)), options_(options) {
    for (const std::string& file : files_) {
      std::error_code ec;
      if (file != "-") total_bytes_ += fs::file_size(file, ec);
    }
  }

  bool Next(SourceItem* item) override {
    while (true) {
      if (options_.stop && options_.stop->load()) return false;
      if (jsonl_) {  // inside a .jsonl file given or found in a directory
        if (jsonl_->Next(item)) return true;
        jsonl_.reset();
      }
      if (next_ == files_.size()) return false;
      const std::string& file = files_[next_++];
      if (file != "-" && EndsWithCaseless(file, ".jsonl") && fs::is_regular_file(file)) {
        jsonl_ = OpenJsonl(file, options_);
        continue;
      }
      *item = SourceItem();
      item->document.id = file == "-" ? "" : file;
      item->document.date = options_.default_date;
      std::error_code ec;
      if (file == "-") {
        item->status = ReadStandardInput(&item->document.text, &item->bytes);
      } else if (!fs::exists(file, ec)) {
        item->status = Status(StatusCode::kNotFound, "no such file or directory: " + file);
        return true;
      } else {
        item->status = ReadWholeFile(file, options_.max_document_bytes, &item->document.text);
        if (item->status.ok()) item->bytes = item->document.text.size();
      }
      if (item->status.ok() && LooksGzip(item->document.text)) {
        StatusOr<std::string> inflated =
            Decompress(item->document.text, Compression::kGzip, options_.max_document_bytes);
        item->document.text = std::string();
        if (!inflated.ok()) {
          item->status = inflated.status();
          return true;
        }
        item->document.text = std::move(*inflated);
        item->bytes = item->document.text.size();
      }
      if (item->status.ok() && (options_.html || LooksLikeHtml(item->document.text)))
        SetPage(item, std::move(item->document.text), "", options_);
      return true;
    }
  }

  int64_t last_line() const override { return jsonl_ ? jsonl_->last_line() : -1; }

  uint64_t total_bytes() const override { return total_bytes_; }

 private:
  // Standard input, whose size is not known in advance: never more than the limit is held; past it the rest is
  // counted and dropped, and the item carries the error the pipeline gives a document over the limit.
  Status ReadStandardInput(std::string* text, uint64_t* bytes) const {
    std::vector<char> chunk(size_t{1} << 16);
    uint64_t total = 0;
    while (const size_t n = std::fread(chunk.data(), 1, chunk.size(), stdin)) {
      total += n;
      if (total <= options_.max_document_bytes) text->append(chunk.data(), n);
    }
    *bytes = total;
    if (std::ferror(stdin)) return Status(StatusCode::kIoError, "cannot read standard input");
    if (total <= options_.max_document_bytes) return Status::Ok();
    *text = std::string();
    return Status(StatusCode::kTooLarge, "document of " + std::to_string(total) + " bytes is over the limit of " +
                                             std::to_string(options_.max_document_bytes) + " bytes");
  }

  std::vector<std::string> files_;
  SourceOptions options_;
  std::unique_ptr<Source> jsonl_;
  size_t next_ = 0;
  uint64_t total_bytes_ = 0;
};

class DocumentSource : public Source {
 public:
  explicit DocumentSource(std::vector<Document> documents) : documents_(std::move(documents)) {}
  bool Next(SourceItem* item) override {
    if (next_ == documents_.size()) return false;
    *item = SourceItem();
    item->document = std::move(documents_[next_++]);
    item->bytes = item->document.text.size();
    return true;
  }

 private:
  std::vector<Document> documents_;
  size_t next_ = 0;
};

}  // namespace
}  // namespace input

StatusOr<std::unique_ptr<Source>> OpenFiles(const std::vector<std::string>& paths, const SourceOptions& options) {
  // A path that does not exist is an error item in its place, so that one typo does not stop a batch; when none
  // exists, the command was surely mistyped: an error before reading anything.
  bool any = paths.empty();
  for (const std::string& path : paths) any = any || path == "-" || std::filesystem::exists(path);
  if (!any) return Status(StatusCode::kNotFound, "no such file or directory: " + paths.front());
  std::vector<std::string> files =
      input::ListFiles(paths, {".txt", ".htm", ".html", ".htm.gz", ".html.gz", ".jsonl"});
  return std::unique_ptr<Source>(new input::FileSource(std::move(files), options));
}

std::unique_ptr<Source> SourceOfDocuments(std::vector<Document> documents) {
  return std::make_unique<input::DocumentSource>(std::move(documents));
}

}  // namespace newsgraph
