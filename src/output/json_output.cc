// The output record, written straight to a string by RapidJSON's streaming writer (no document tree: building one
// cost a sixth of the whole pipeline). Key order follows docs/schema.md. Span texts are sliced from the original
// bytes; a string that is not valid UTF-8 (only possible after repair, or in an id taken from a file name) is written
// with U+FFFD in place of the invalid bytes.
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <vector>
#include <cmath>

#include "newsgraph/json.h"
#include "newsgraph/text.h"

namespace newsgraph {
namespace {

// Appends `s` to `out` as a JSON string, escaped as RapidJSON's writer escapes it ('"', '\\' and the control
// characters, those without a short form as \u00XX with capital hex digits; every other byte as it is), but a run of
// bytes that need no escape at a time, found 8 bytes at a time: the record's strings (the article text above all)
// are most of its bytes, and the writer's own loop took some ten instructions a byte.
void AppendJsonString(std::string_view s, rapidjson::StringBuffer* out) {
  static constexpr char kShort[32] = {'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'b', 't', 'n', 'u', 'f', 'r', 'u', 'u',
                                      'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u'};
  static constexpr char kHex[] = "0123456789ABCDEF";
  auto plain = [](unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; };
  // Whether any of 8 bytes is below 0x20, '"' or '\\' (the classic zero-byte test on each of three masks).
  auto any_escape = [](uint64_t x) {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    const uint64_t quote = x ^ (kOnes * '"'), backslash = x ^ (kOnes * '\\');
    const uint64_t below = (x - kOnes * 0x20) & ~x;
    const uint64_t zero_quote = (quote - kOnes) & ~quote, zero_backslash = (backslash - kOnes) & ~backslash;
    return ((below | zero_quote | zero_backslash) & kHigh) != 0;
  };
  const size_t n = s.size();
  out->Reserve(n + 2);
  out->PutUnsafe('"');
  size_t i = 0;
  while (i < n) {
    const size_t run = i;
    while (i + 8 <= n) {
      uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      if (any_escape(x)) break;
      i += 8;
    }
    while (i < n && plain(static_cast<unsigned char>(s[i]))) ++i;
    if (i > run) std::memcpy(out->Push(i - run), s.data() + run, i - run);
    if (i == n) break;
    const unsigned char c = static_cast<unsigned char>(s[i++]);
    char* o = out->Push(c < 0x20 && kShort[c] == 'u' ? 6 : 2);
    *o++ = '\\';
    if (c >= 0x20) {
      *o = static_cast<char>(c);
    } else {
      *o++ = kShort[c];
      if (kShort[c] == 'u') {
        *o++ = '0';
        *o++ = '0';
        *o++ = kHex[c >> 4];
        *o = kHex[c & 0xF];
      }
    }
  }
  out->Put('"');
}

template <typename Writer>
class RecordWriter {
 public:
  RecordWriter(Writer& w, rapidjson::StringBuffer& out, std::string_view text) : w_(w), out_(out), text_(text) {}

  // Keys are literals that need no escaping, their length known at compile time: the writer puts the separator
  // before them (a key is a string to it), the quoted key is copied in whole.
  template <size_t N>
  void Key(const char (&key)[N]) {
    w_.RawValue("", 0, rapidjson::kStringType);
    char* out = out_.Push(N + 1);
    out[0] = '"';
    std::memcpy(out + 1, key, N - 1);
    out[N] = '"';
  }
  void String(std::string_view s) {
    // The writer puts the separator (and, indented, the line break) before the value; the string is added here.
    w_.RawValue("", 0, rapidjson::kStringType);
    if (IsValidUtf8(s)) {
      AppendJsonString(s, &out_);
    } else {
      AppendJsonString(RepairUtf8(s).text, &out_);
    }
  }
  void Uint(uint64_t v) { w_.Uint64(v); }
  void Int(int64_t v) { w_.Int64(v); }
  void Null() { w_.Null(); }
  void Bool(bool v) { w_.Bool(v); }
  // Shortest text that reads back as the same value (a float stays "0.93", not "0.9300000071525574").
  template <typename Float>
  void Number(Float v) {
    if (!std::isfinite(v)) {
      w_.Null();
      return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    w_.RawValue(buffer, static_cast<size_t>(result.ptr - buffer), rapidjson::kNumberType);
  }
  void NullableIndex(int32_t index) { index >= 0 ? Int(index) : Null(); }

  void SpanFields(const Span& span) {
    Key("start"), Uint(span.start);
    Key("end"), Uint(span.end);
    Key("text"), String(span.In(text_));
  }
  void SpanObject(const Span& span) {
    w_.StartObject();
    SpanFields(span);
    w_.EndObject();
  }
  template <size_t N, typename Items, typename WriteItem>
  void Array(const char (&key)[N], const Items& items, WriteItem write_item) {
    Key(key);
    w_.StartArray();
    for (const auto& item : items) {
      w_.StartObject();
      write_item(item);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void Record(const Document& document, const Analysis& a, const JsonOptions& options) {
    w_.StartObject();
    Key("schema"), String(kSchemaVersion);
    Key("id"), document.id.empty() ? Null() : String(document.id);
    Key("date"), document.date ? String(document.date->ToString()) : Null();
    if (!document.title.empty()) Key("title"), String(document.title);
    if (!document.url.empty()) Key("url"), String(document.url);
    Key("bytes"), Uint(text_.size());
    if (a.repaired_bytes > 0) Key("repaired_bytes"), Uint(a.repaired_bytes);

    if (document.source) {
      SourceObject(*document.source);
      Key("text"), String(text_);  // the extracted text, which the caller does not hold and every offset indexes
    }

    const std::vector<WebSource::Block>* blocks = document.source ? &document.source->blocks : nullptr;
    size_t block = 0;
    Array("paragraphs", a.paragraphs, [&](const Paragraph& p) {
      Key("start"), Uint(p.span.start);
      Key("end"), Uint(p.span.end);
      if (blocks) HtmlRange(*blocks, p.span, &block);
    });
    Array("sentences", a.sentences, [&](const Sentence& s) {
      Key("start"), Uint(s.span.start);
      Key("end"), Uint(s.span.end);
      Key("paragraph"), Uint(s.paragraph);
    });
    if (options.tokens) {
      Array("tokens", a.tokens, [&](const Token& t) {
        SpanFields(t.span);
        Key("kind"), String(TokenKindName(t.kind));
      });
    }
    Array("mentions", a.mentions, [&](const Mention& m) {
      SpanFields(m.span);
      Key("type"), String(EntityTypeName(m.type));
      Key("confidence"), Number(m.confidence);
      Key("entity"), NullableIndex(m.entity);
    });
    size_t entity_id = 0;
    Array("entities", a.entities, [&](const Entity& e) { EntityFields(entity_id++, e); });
    Array("quotes", a.quotes, [&](const Quote& q) { QuoteFields(q, a.entities); });
    Array("timexes", a.timexes, [&](const Timex& t) { TimexFields(t); });
    size_t event_id = 0;
    Array("events", a.events, [&](const Event& e) { EventFields(event_id++, e); });
    w_.EndObject();
  }

  void Skipped(std::string_view id, int64_t line, std::string_view reason, std::string_view language) {
    w_.StartObject();
    Key("schema"), String(kSchemaVersion);
    Key("id"), id.empty() ? Null() : String(id);
    if (line >= 0) Key("line"), Int(line);
    Key("skipped"), String(reason);
    if (!language.empty()) Key("language"), String(language);
    w_.EndObject();
  }

  void Error(std::string_view id, int64_t line, const Status& status) {
    w_.StartObject();
    Key("schema"), String(kSchemaVersion);
    Key("id"), id.empty() ? Null() : String(id);
    if (line >= 0) Key("line"), Int(line);
    Key("error"), String(status.ToString());
    w_.EndObject();
  }

 private:
  template <size_t N>
  void NullableString(const char (&key)[N], const std::string& value) {
    Key(key), value.empty() ? Null() : String(value);
  }

  void SourceObject(const WebSource& source) {
    Key("source");
    w_.StartObject();
    NullableString("url", source.url);
    NullableString("title", source.title);
    NullableString("date", source.published);
    Key("authors");
    w_.StartArray();
    for (const std::string& author : source.authors) String(author);
    w_.EndArray();
    NullableString("site", source.site);
    NullableString("language", source.language);
    NullableString("canonical_url", source.canonical_url);
    NullableString("section", source.section);
    w_.EndObject();
  }

  // The bytes of the page the paragraph came from: from the start of the first block it overlaps to the end of the
  // last (a paragraph is one block unless the segmenter split or joined them). *next: the first block not yet
  // passed, for paragraphs in text order.
  void HtmlRange(const std::vector<WebSource::Block>& blocks, const Span& span, size_t* next) {
    while (*next < blocks.size() && blocks[*next].text.end <= span.start && !blocks[*next].text.Overlaps(span))
      ++*next;
    size_t last = *next;
    while (last < blocks.size() && blocks[last].text.start < span.end) ++last;
    if (last == *next) return;
    Key("html");
    w_.StartObject();
    Key("start"), Uint(blocks[*next].html.start);
    Key("end"), Uint(std::max(blocks[*next].html.start, blocks[last - 1].html.end));
    w_.EndObject();
  }

  void EntityFields(size_t id, const Entity& e) {
    Key("id"), Uint(id);
    Key("type"), String(EntityTypeName(e.type));
    Key("name"), String(e.name);
    Array("mentions", e.mentions, [&](const EntityMention& m) {
      SpanFields(m.span);
      Key("kind"), String(EntityMentionKindName(m.kind));
      if (m.from_knowledge) Key("knowledge"), Bool(true);
    });
    Key("salience"), Number(e.salience);
    if (!e.roles.empty()) {
      Array("roles", e.roles, [&](const Role& r) {
        Key("title"), String(r.title);
        Key("of"), r.of.empty() ? Null() : String(r.of);
        if (r.of_entity >= 0) Key("of_entity"), Int(r.of_entity);
        if (r.from_knowledge) Key("knowledge"), Bool(true);
      });
    }
    if (!e.country.empty()) Key("country"), String(e.country);
    if (!e.feature.empty()) Key("feature"), String(e.feature);
    if (e.latitude && e.longitude) {
      Key("lat"), Number(*e.latitude);
      Key("lon"), Number(*e.longitude);
    }
    if (e.geonames_id) Key("geonames_id"), Uint(e.geonames_id);
    if (!e.feature_class.empty()) Key("feature_class"), String(e.feature_class);
    if (!e.feature_code.empty()) Key("feature_code"), String(e.feature_code);
    if (!e.admin1.empty()) Key("admin1"), String(e.admin1);
    if (!e.metonym_for.empty()) Key("metonym_for"), String(e.metonym_for);
  }

  void QuoteFields(const Quote& q, const std::vector<Entity>& entities) {
    SpanFields(q.span);
    Key("kind"), String(QuoteKindName(q.kind));
    Key("speaker");
    if (q.speaker) {
      w_.StartObject();
      SpanFields(*q.speaker);
      if (q.speaker_entity >= 0 && static_cast<size_t>(q.speaker_entity) < entities.size()) {
        Key("entity"), Int(q.speaker_entity);
        Key("name"), String(entities[q.speaker_entity].name);
      }
      if (q.speaker_antecedent) Key("antecedent"), SpanObject(*q.speaker_antecedent);
      w_.EndObject();
    } else {
      Null();
    }
    Key("cue"), q.cue ? SpanObject(*q.cue) : Null();
  }

  void TimexFields(const Timex& t) {
    SpanFields(t.span);
    Key("type"), String(TimexTypeName(t.type));
    Key("value"), String(t.value);
    Key("anchor"), String(t.anchor);
    if (!t.mod.empty()) Key("mod"), String(t.mod);
    if (!t.freq.empty()) Key("freq"), String(t.freq);
    if (!t.quant.empty()) Key("quant"), String(t.quant);
  }

  void EventFields(size_t id, const Event& e) {
    Key("id"), Uint(id);
    Key("type"), e.type.empty() ? Null() : String(e.type);
    Key("cameo"), e.cameo.empty() ? Null() : String(e.cameo);
    Key("quad_class"), e.quad_class > 0 ? Int(e.quad_class) : Null();
    Key("goldstein"), e.goldstein ? Number(*e.goldstein) : Null();
    Key("status"), String(EventStatusName(e.status));
    Key("reported_by"), NullableIndex(e.reported_by);
    Array("mentions", e.mentions, [&](const EventMention& m) {
      SpanFields(m.span);
      Key("sentence"), Uint(m.sentence);
    });
    Array("participants", e.participants, [&](const EventParticipant& p) {
      Key("entity"), NullableIndex(p.entity);
      Key("role"), String(EventRoleName(p.role));
      Key("start"), Uint(p.span.start);
      Key("end"), Uint(p.span.end);
      Key("actor"), p.actor.empty() ? Null() : String(p.actor);
    });
    Key("date");
    if (e.date) {
      w_.StartObject();
      Key("value"), String(e.date->value);
      Key("timex"), NullableIndex(e.date->timex);
      Key("on_or_before"), Bool(e.date->on_or_before);
      NullableString("until", e.date->until);
      w_.EndObject();
    } else {
      Null();
    }
    Key("place");
    if (e.place >= 0) {
      w_.StartObject();
      Key("entity"), Int(e.place);
      w_.EndObject();
    } else {
      Null();
    }
    Key("confidence"), Number(e.confidence);
  }

  Writer& w_;
  rapidjson::StringBuffer& out_;  // what w_ writes to
  std::string_view text_;
};

// Runs `write` with a compact or an indented writer and returns the text.
template <typename Write>
std::string WriteJson(bool pretty, std::string_view text, Write write) {
  // A record is a few times the size of its text: room for it at once instead of a dozen doublings and copies.
  rapidjson::StringBuffer buffer(nullptr, 4 * text.size() + 1024);
  if (pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', 2);
    RecordWriter record(writer, buffer, text);
    write(record);
  } else {
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    RecordWriter record(writer, buffer, text);
    write(record);
  }
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace

std::string ToJson(const Document& document, const Analysis& a, const JsonOptions& options) {
  return WriteJson(options.pretty, document.text, [&](auto& record) { record.Record(document, a, options); });
}

std::string SkippedJson(std::string_view id, int64_t line, std::string_view reason, std::string_view language,
                        bool pretty) {
  return WriteJson(pretty, {}, [&](auto& record) { record.Skipped(id, line, reason, language); });
}

std::string ErrorJson(std::string_view id, int64_t line, const Status& status, bool pretty) {
  return WriteJson(pretty, {}, [&](auto& record) { record.Error(id, line, status); });
}

}  // namespace newsgraph
