#include "eval/polnear.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>

#include "text/unicode.h"
#include "util/split.h"

namespace newsgraph::eval {
namespace {

namespace fs = std::filesystem;

bool ParseInt(std::string_view s, uint32_t* out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// An annotation line starts with its id: T12, E3, #1, A2, R1, N1, then a tab.
bool IsAnnotationLine(std::string_view line) {
  if (line.empty() || std::string_view("TEAR#N").find(line[0]) == std::string_view::npos) return false;
  size_t i = 1;
  while (i < line.size() && text::IsAsciiDigit(line[i])) ++i;
  return i > 1 && i < line.size() && line[i] == '\t';
}

StatusOr<std::string> ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot read " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool IsOpeningMark(char32_t c) {
  return c == 0x201C || c == 0x2018 || c == '"' || c == '\'' || c == 0x00AB || c == 0x201E || c == '`' ||
         c == 0x201D;  // ” opening a quotation is a common typo
}
bool IsClosingMark(char32_t c) {
  return c == 0x201D || c == 0x2019 || c == '"' || c == '\'' || c == 0x00BB || c == 0x201C;
}

}  // namespace

StatusOr<std::vector<PolnearAttribution>> ParseBrat(std::string_view ann, std::string_view text) {
  // Code point index -> byte offset.
  std::vector<uint32_t> byte_of;
  byte_of.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size();) {
    byte_of.push_back(static_cast<uint32_t>(i));
    int len = 1;
    text::DecodeAt(text, i, &len);
    i += len;
  }
  byte_of.push_back(static_cast<uint32_t>(text.size()));

  struct TextBound {
    std::string type;
    std::vector<Span> spans;
  };
  std::unordered_map<std::string, TextBound> bounds;
  std::vector<std::vector<std::pair<std::string, std::string>>> events;
  for (std::string_view line : util::SplitFields(ann, '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!IsAnnotationLine(line)) continue;
    const auto fields = util::SplitFields(line, '\t');
    if (line[0] == 'T') {
      if (fields.size() < 2) return Status(StatusCode::kCorrupt, "bad brat line: " + std::string(line));
      const size_t space = fields[1].find(' ');
      if (space == std::string_view::npos) return Status(StatusCode::kCorrupt, "bad brat line: " + std::string(line));
      TextBound tb;
      tb.type = std::string(fields[1].substr(0, space));
      for (std::string_view range : util::SplitFields(fields[1].substr(space + 1), ';')) {
        const auto ends = util::SplitFields(range, ' ');
        uint32_t b = 0, e = 0;
        if (ends.size() != 2 || !ParseInt(ends[0], &b) || !ParseInt(ends[1], &e) || b > e)
          return Status(StatusCode::kCorrupt, "bad brat offsets: " + std::string(line));
        if (e >= byte_of.size())
          return Status(StatusCode::kCorrupt, "brat offset beyond the text: " + std::string(line));
        tb.spans.push_back(Span{byte_of[b], byte_of[e]});
      }
      bounds[std::string(fields[0])] = std::move(tb);
    } else if (line[0] == 'E') {
      if (fields.size() < 2) continue;
      std::vector<std::pair<std::string, std::string>> args;
      for (std::string_view arg : util::SplitFields(fields[1], ' ')) {
        const size_t colon = arg.find(':');
        if (colon == std::string_view::npos) continue;
        args.emplace_back(std::string(arg.substr(0, colon)), std::string(arg.substr(colon + 1)));
      }
      events.push_back(std::move(args));
    }
  }
  std::vector<PolnearAttribution> out;
  for (const auto& args : events) {
    PolnearAttribution a;
    bool is_attribution = false;
    for (const auto& [role, id] : args) {
      const auto it = bounds.find(id);
      if (it == bounds.end()) continue;
      const std::vector<Span>& spans = it->second.spans;
      if (role == "Attribution" || role == "Attribution-no-source") is_attribution = true;
      else if (role.rfind("Content", 0) == 0) a.content.insert(a.content.end(), spans.begin(), spans.end());
      else if (role.rfind("Source", 0) == 0) a.source.insert(a.source.end(), spans.begin(), spans.end());
      else if (role.rfind("Cue", 0) == 0) a.cue.insert(a.cue.end(), spans.begin(), spans.end());
    }
    if (!is_attribution || a.content.empty()) continue;
    std::sort(a.content.begin(), a.content.end(), [](const Span& x, const Span& y) { return x.start < y.start; });
    a.marks = MarksOf(text, a.content);
    out.push_back(std::move(a));
  }
  return out;
}

bool IsDirectContent(std::string_view text, const std::vector<Span>& content) {
  if (content.empty()) return false;
  size_t b = content.front().start, e = content.back().end;
  for (const Span& s : content) {
    b = std::min<size_t>(b, s.start);
    e = std::max<size_t>(e, s.end);
  }
  auto is_space = [&](size_t i) { return text[i] == ' ' || text[i] == '\n' || text[i] == '\t'; };
  while (b < e && is_space(b)) ++b;
  if (e - b > 5 && (text.substr(b, 5) == "that " || text.substr(b, 5) == "That ")) {
    b += 5;
    while (b < e && is_space(b)) ++b;
  }
  while (e > b && (is_space(e - 1) || std::string_view(",.;:").find(text[e - 1]) != std::string_view::npos)) --e;
  if (b >= e) return false;
  int len = 0;
  const bool opens = IsOpeningMark(text::DecodeAt(text, b, &len)) ||
                     (b > 0 && IsOpeningMark(text::DecodeAt(text, text::PreviousStart(text, b), &len)));
  const bool closes_inside = IsClosingMark(text::DecodeAt(text, text::PreviousStart(text, e), &len));
  bool closes_after = false;
  if (e < text.size()) {
    size_t k = e;
    if (std::string_view(",.?!").find(text[k]) != std::string_view::npos) ++k;  // ",”" outside the Content
    closes_after = k < text.size() && IsClosingMark(text::DecodeAt(text, k, &len));
  }
  return opens && (closes_inside || closes_after);
}

ContentMarks MarksOf(std::string_view text, const std::vector<Span>& content) {
  if (IsDirectContent(text, content)) return ContentMarks::kAll;
  for (const Span& s : content) {
    const std::string_view t = s.In(text);
    for (size_t i = 0; i < t.size();) {
      int len = 1;
      const char32_t c = text::DecodeAt(t, i, &len);
      if (c == 0x201C || c == 0x201D || c == '"' || c == 0x00AB || c == 0x00BB || c == 0x201E || c == 0x2018)
        return ContentMarks::kPartly;
      if (c == '\'' && i + 1 < t.size() && t[i + 1] == '\'') return ContentMarks::kPartly;
      i += len;
    }
  }
  return ContentMarks::kNone;
}

StatusOr<std::vector<PolnearDocument>> ReadPolnear(const std::string& dir) {
  const fs::path text_dir = fs::path(dir) / "text", ann_dir = fs::path(dir) / "attributions";
  std::error_code ec;
  if (!fs::is_directory(text_dir, ec) || !fs::is_directory(ann_dir, ec))
    return Status(StatusCode::kNotFound, dir + " has no text/ and attributions/ directories (a PolNeAR split)");
  // NAME_ANNOTATOR.ann: the annotator id follows the last underscore.
  std::map<std::string, std::map<std::string, fs::path>> by_article;
  for (const auto& entry : fs::directory_iterator(ann_dir, ec)) {
    const std::string file = entry.path().filename().string();
    if (file.size() < 5 || file.substr(file.size() - 4) != ".ann") continue;
    const std::string stem = file.substr(0, file.size() - 4);
    const size_t us = stem.rfind('_');
    if (us == std::string::npos) continue;
    by_article[stem.substr(0, us)][stem.substr(us + 1)] = entry.path();
  }
  if (ec) return Status(StatusCode::kIoError, "cannot list " + ann_dir.string() + ": " + ec.message());
  std::vector<PolnearDocument> docs;
  for (const auto& [name, annotators] : by_article) {
    PolnearDocument doc;
    doc.name = name;
    doc.annotator = annotators.begin()->first;
    auto text = ReadFile(text_dir / (name + ".txt"));
    if (!text.ok()) return text.status();
    doc.text = std::move(*text);
    auto ann = ReadFile(annotators.begin()->second);
    if (!ann.ok()) return ann.status();
    auto attributions = ParseBrat(*ann, doc.text);
    if (!attributions.ok())
      return Status(attributions.status().code(), annotators.begin()->second.string() + ": " +
                                                      attributions.status().message());
    doc.attributions = std::move(*attributions);
    docs.push_back(std::move(doc));
  }
  if (docs.empty()) return Status(StatusCode::kNotFound, "no PolNeAR annotations in " + ann_dir.string());
  return docs;
}

}  // namespace newsgraph::eval
