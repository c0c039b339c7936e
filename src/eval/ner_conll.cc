#include "eval/ner_conll.h"

#include <fstream>
#include <sstream>

namespace newsgraph::eval {

namespace {

std::vector<std::string_view> Columns(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) cols.push_back(line.substr(start, i - start));
  }
  return cols;
}

}  // namespace

size_t ConllDocument::tokens() const {
  size_t n = 0;
  for (const auto& s : sentences) n += s.words.size();
  return n;
}

size_t ConllFile::sentences() const {
  size_t n = 0;
  for (const auto& d : documents) n += d.sentences.size();
  return n;
}

size_t ConllFile::tokens() const {
  size_t n = 0;
  for (const auto& d : documents) n += d.tokens();
  return n;
}

StatusOr<ConllFile> ParseConll(std::string_view content) {
  ConllFile file;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    file.lines.emplace_back(line);
    pos = end + 1;
  }
  size_t columns = 0;
  bool in_sentence = false;
  auto document = [&]() -> ConllDocument& {
    if (file.documents.empty()) file.documents.emplace_back();
    return file.documents.back();
  };
  for (size_t l = 0; l < file.lines.size(); ++l) {
    const std::vector<std::string_view> cols = Columns(file.lines[l]);
    if (cols.empty()) {
      in_sentence = false;
      continue;
    }
    if (cols[0] == "-DOCSTART-") {
      file.documents.emplace_back();
      in_sentence = false;
      continue;
    }
    if (columns == 0) columns = cols.size();
    if (cols.size() != columns)
      return Status(StatusCode::kInvalidArgument, "line " + std::to_string(l + 1) + " has " +
                                                      std::to_string(cols.size()) + " columns, expected " +
                                                      std::to_string(columns));
    ConllDocument& doc = document();
    if (!in_sentence) {
      doc.sentences.emplace_back();
      in_sentence = true;
    }
    ConllSentence& s = doc.sentences.back();
    s.words.emplace_back(cols[0]);
    if (cols.size() >= 2) s.tags.emplace_back(cols.back());
    s.lines.push_back(l);
  }
  // Documents without sentences (a -DOCSTART- at the end) carry nothing.
  std::erase_if(file.documents, [](const ConllDocument& d) { return d.sentences.empty(); });
  return file;
}

StatusOr<ConllFile> ReadConllFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  auto file = ParseConll(s.str());
  if (!file.ok()) return Status(file.status().code(), path + ": " + file.status().message());
  return file;
}

}  // namespace newsgraph::eval
