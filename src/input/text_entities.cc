#include "input/text_entities.h"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <charconv>

#include "text/unicode.h"

namespace newsgraph::input {
namespace {

// The code point of the reference starting at text[at] == '&', and its length; 0 when it is not one.
uint32_t Reference(std::string_view text, size_t at, size_t* length) {
  const size_t semicolon = text.find(';', at + 1);
  if (semicolon == std::string_view::npos || semicolon - at < 3 || semicolon - at > 12) return 0;
  const std::string_view body = text.substr(at + 1, semicolon - at - 1);
  *length = semicolon + 1 - at;
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    uint32_t cp = 0;
    const auto r = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
    if (digits.empty() || r.ec != std::errc() || r.ptr != digits.data() + digits.size()) return 0;
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return cp;
  }
  for (const char c : body)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return 0;
  const std::string name(body);
  const htmlEntityDesc* entity = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()));
  return entity ? entity->value : 0;
}

}  // namespace

bool DecodeTextEntities(std::string_view text, std::string* out, std::vector<EntityEdit>* edits) {
  edits->clear();
  size_t copied = 0;
  for (size_t at = text.find('&'); at != std::string_view::npos; at = text.find('&', at + 1)) {
    size_t length = 0;
    const uint32_t cp = Reference(text, at, &length);
    if (cp == 0) continue;
    if (edits->empty()) {
      out->clear();
      out->reserve(text.size());
    }
    out->append(text.substr(copied, at - copied));
    EntityEdit edit;
    edit.original = static_cast<uint32_t>(at);
    edit.original_size = static_cast<uint32_t>(length);
    edit.decoded = static_cast<uint32_t>(out->size());
    text::AppendUtf8(static_cast<char32_t>(cp), out);
    edit.decoded_size = static_cast<uint32_t>(out->size() - edit.decoded);
    edits->push_back(edit);
    copied = at + length;
    at += length - 1;
  }
  if (edits->empty()) return false;
  out->append(text.substr(copied));
  return true;
}

namespace {

class OffsetMapper {
 public:
  explicit OffsetMapper(const std::vector<EntityEdit>& edits) : edits_(edits) {}

  // An offset of the decoded copy in the text as given; `end`: an exclusive end (one inside or just after a reference
  // goes to the reference's end).
  uint32_t Map(uint32_t offset, bool end) const {
    // The last edit starting at or before `offset` (for an end: before it).
    auto it = std::upper_bound(edits_.begin(), edits_.end(), offset, [end](uint32_t value, const EntityEdit& e) {
      return end ? value <= e.decoded : value < e.decoded;
    });
    if (it == edits_.begin()) return offset;
    const EntityEdit& e = *(it - 1);
    if (offset < e.decoded + e.decoded_size || (end && offset == e.decoded + e.decoded_size))
      return end ? e.original + e.original_size : e.original;
    return offset - (e.decoded + e.decoded_size) + e.original + e.original_size;
  }
  void Span(newsgraph::Span* span) const {
    const uint32_t start = Map(span->start, false);
    span->end = span->end == span->start ? start : Map(span->end, true);
    span->start = start;
  }
  void Span(std::optional<newsgraph::Span>* span) const {
    if (*span) Span(&**span);
  }

 private:
  const std::vector<EntityEdit>& edits_;
};

}  // namespace

void MapSpansToOriginal(const std::vector<EntityEdit>& edits, Analysis* a) {
  const OffsetMapper m(edits);
  for (Paragraph& p : a->paragraphs) m.Span(&p.span);
  for (Sentence& s : a->sentences) m.Span(&s.span);
  for (Token& t : a->tokens) m.Span(&t.span);
  for (Mention& mention : a->mentions) m.Span(&mention.span);
  for (Entity& e : a->entities)
    for (EntityMention& mention : e.mentions) m.Span(&mention.span);
  for (Quote& q : a->quotes) {
    m.Span(&q.span);
    m.Span(&q.speaker);
    m.Span(&q.cue);
    m.Span(&q.speaker_antecedent);
  }
  for (Timex& t : a->timexes) m.Span(&t.span);
  for (Event& e : a->events) {
    for (EventMention& mention : e.mentions) m.Span(&mention.span);
    for (EventParticipant& participant : e.participants) m.Span(&participant.span);
  }
}

}  // namespace newsgraph::input
