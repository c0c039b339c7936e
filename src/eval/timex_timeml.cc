#include "eval/timex_timeml.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/unicode.h"

namespace newsgraph::eval {
namespace {

// The value of attribute `name` in a tag's text (`<TIMEX3 tid="t1" type="DATE" ...>`), or "".
std::string Attribute(std::string_view tag, std::string_view name) {
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    const bool word_start = pos > 0 && (tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n');
    size_t eq = pos + name.size();
    while (eq < tag.size() && tag[eq] == ' ') ++eq;
    if (word_start && eq < tag.size() && tag[eq] == '=') {
      size_t quote = eq + 1;
      while (quote < tag.size() && tag[quote] == ' ') ++quote;
      if (quote < tag.size() && (tag[quote] == '"' || tag[quote] == '\'')) {
        const size_t close = tag.find(tag[quote], quote + 1);
        if (close != std::string_view::npos) return std::string(tag.substr(quote + 1, close - quote - 1));
      }
    }
    pos += name.size();
  }
  return "";
}

// Decodes the entity at body[pos] == '&' into `out`; returns the bytes consumed (0 when it is not an entity).
size_t DecodeEntity(std::string_view body, size_t pos, std::string* out) {
  const size_t semi = body.find(';', pos);
  if (semi == std::string_view::npos || semi - pos > 10) return 0;
  const std::string_view name = body.substr(pos + 1, semi - pos - 1);
  static const std::pair<std::string_view, char> kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
  for (const auto& [n, c] : kNamed)
    if (name == n) {
      out->push_back(c);
      return semi - pos + 1;
    }
  if (name.size() >= 2 && name[0] == '#') {
    char32_t cp = 0;
    const bool hex = name[1] == 'x' || name[1] == 'X';
    for (size_t i = hex ? 2 : 1; i < name.size(); ++i) {
      const char c = name[i];
      int digit = -1;
      if (c >= '0' && c <= '9')
        digit = c - '0';
      else if (hex && c >= 'a' && c <= 'f')
        digit = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F')
        digit = c - 'A' + 10;
      if (digit < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(digit);
      if (cp > 0x10FFFF) return 0;
    }
    text::AppendUtf8(cp, out);
    return semi - pos + 1;
  }
  return 0;
}

}  // namespace

std::string XmlAttribute(std::string_view tag, std::string_view name) { return Attribute(tag, name); }

std::string DecodeXmlText(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '&')
      if (const size_t used = DecodeEntity(text, i, &out)) {
        i += used;
        continue;
      }
    out.push_back(text[i++]);
  }
  return out;
}

StatusOr<TimemlDocument> ParseTimeml(std::string_view xml, std::string id) {
  TimemlDocument doc;
  doc.id = std::move(id);
  // The DCT: the first TIMEX3 tag whose functionInDocument is CREATION_TIME, wherever it is.
  for (size_t pos = xml.find("<TIMEX3"); pos != std::string_view::npos; pos = xml.find("<TIMEX3", pos + 1)) {
    const size_t close = xml.find('>', pos);
    if (close == std::string_view::npos) break;
    const std::string_view tag = xml.substr(pos, close - pos);
    if (Attribute(tag, "functionInDocument") != "CREATION_TIME") continue;
    if (auto date = Date::Parse(Attribute(tag, "value")); date.ok()) doc.creation = *date;
    doc.creation_tid = Attribute(tag, "tid");
    break;
  }
  const size_t open = xml.find("<TEXT>");
  const size_t end = xml.rfind("</TEXT>");
  if (open == std::string_view::npos || end == std::string_view::npos || end < open)
    return Status(StatusCode::kCorrupt, doc.id + ": no <TEXT> element");
  const std::string_view body = xml.substr(open + 6, end - open - 6);
  std::optional<GoldTimex> current;
  std::optional<GoldEvent> event;
  // Gold spans sometimes include surrounding spaces; the extent is the words.
  auto trim = [&](Span* span) {
    while (span->start < span->end && doc.text[span->start] == ' ') ++span->start;
    while (span->end > span->start && doc.text[span->end - 1] == ' ') --span->end;
  };
  for (size_t i = 0; i < body.size();) {
    const char c = body[i];
    if (c == '&') {
      if (const size_t used = DecodeEntity(body, i, &doc.text)) {
        i += used;
        continue;
      }
      doc.text.push_back(c);
      ++i;
      continue;
    }
    if (c != '<') {
      doc.text.push_back(c);
      ++i;
      continue;
    }
    const size_t close = body.find('>', i);
    if (close == std::string_view::npos) return Status(StatusCode::kCorrupt, doc.id + ": unterminated tag");
    const std::string_view tag = body.substr(i, close - i + 1);
    if (tag.rfind("<TIMEX3", 0) == 0) {
      if (current) return Status(StatusCode::kCorrupt, doc.id + ": nested TIMEX3");
      GoldTimex t;
      t.span.start = static_cast<uint32_t>(doc.text.size());
      t.type = Attribute(tag, "type");
      t.value = Attribute(tag, "value");
      t.mod = Attribute(tag, "mod");
      t.tid = Attribute(tag, "tid");
      if (tag.size() >= 2 && tag[tag.size() - 2] == '/') {
        t.span.end = t.span.start;  // an empty TIMEX3 (a non-consuming one): nothing to find in the text
      } else {
        current = std::move(t);
      }
    } else if (tag.rfind("</TIMEX3", 0) == 0) {
      if (!current) return Status(StatusCode::kCorrupt, doc.id + ": </TIMEX3> without <TIMEX3>");
      current->span.end = static_cast<uint32_t>(doc.text.size());
      trim(&current->span);
      if (!current->span.empty()) doc.timexes.push_back(std::move(*current));
      current.reset();
    } else if (tag.rfind("<EVENT", 0) == 0 && (tag.size() == 6 || tag[6] == ' ' || tag[6] == '>')) {
      if (event) return Status(StatusCode::kCorrupt, doc.id + ": nested EVENT");
      event.emplace();
      event->span.start = static_cast<uint32_t>(doc.text.size());
      event->eid = Attribute(tag, "eid");
      event->cls = Attribute(tag, "class");
    } else if (tag.rfind("</EVENT", 0) == 0) {
      if (!event) return Status(StatusCode::kCorrupt, doc.id + ": </EVENT> without <EVENT>");
      event->span.end = static_cast<uint32_t>(doc.text.size());
      trim(&event->span);
      if (!event->span.empty()) doc.events.push_back(std::move(*event));
      event.reset();
    }
    i = close + 1;
  }
  if (current) return Status(StatusCode::kCorrupt, doc.id + ": unterminated TIMEX3");
  if (event) return Status(StatusCode::kCorrupt, doc.id + ": unterminated EVENT");
  // After the text: the first instance of each event, and the temporal links.
  const std::string_view tail = xml.substr(end);
  for (size_t pos = tail.find("<MAKEINSTANCE"); pos != std::string_view::npos;
       pos = tail.find("<MAKEINSTANCE", pos + 1)) {
    const size_t close = tail.find('>', pos);
    if (close == std::string_view::npos) break;
    const std::string_view tag = tail.substr(pos, close - pos);
    const std::string eid = Attribute(tag, "eventID");
    for (GoldEvent& e : doc.events) {
      if (e.eid != eid || !e.eiid.empty()) continue;
      e.eiid = Attribute(tag, "eiid");
      e.tense = Attribute(tag, "tense");
      e.aspect = Attribute(tag, "aspect");
      e.polarity = Attribute(tag, "polarity");
      e.modality = Attribute(tag, "modality");
      e.pos = Attribute(tag, "pos");
      break;
    }
  }
  for (size_t pos = tail.find("<TLINK"); pos != std::string_view::npos; pos = tail.find("<TLINK", pos + 1)) {
    const size_t close = tail.find('>', pos);
    if (close == std::string_view::npos) break;
    const std::string_view tag = tail.substr(pos, close - pos);
    GoldTlink link;
    link.rel = Attribute(tag, "relType");
    link.from = Attribute(tag, "eventInstanceID");
    if (link.from.empty()) {
      link.from = Attribute(tag, "timeID");
      link.from_time = true;
    }
    link.to = Attribute(tag, "relatedToEventInstance");
    if (link.to.empty()) {
      link.to = Attribute(tag, "relatedToTime");
      link.to_time = true;
    }
    if (!link.from.empty() && !link.to.empty()) doc.tlinks.push_back(std::move(link));
  }
  return doc;
}

StatusOr<std::vector<TimemlDocument>> ReadTimemlDirectory(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return Status(StatusCode::kNotFound, dir + ": not a directory");
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    // "._x.tml" files are macOS metadata shipped beside some copies of the corpus, not TimeML.
    if (entry.path().extension() == ".tml" && entry.path().filename().string().rfind("._", 0) != 0)
      files.push_back(entry.path());
  if (ec) return Status(StatusCode::kIoError, dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  std::vector<TimemlDocument> docs;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status(StatusCode::kIoError, path.string() + ": cannot read");
    std::ostringstream s;
    s << in.rdbuf();
    auto doc = ParseTimeml(s.str(), path.stem().string());
    if (!doc.ok()) return doc.status();
    docs.push_back(std::move(*doc));
  }
  return docs;
}

}  // namespace newsgraph::eval
