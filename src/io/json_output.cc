// The output record. Key order follows docs/schema.md; span texts are sliced from the original bytes and any
// invalid UTF-8 in them is replaced on output (only possible when the document was analysed with repair on).
#include <nlohmann/json.hpp>

#include "newsgraph/json.h"

namespace newsgraph {
namespace {

using Json = nlohmann::ordered_json;

Json SpanJson(std::string_view text, const Span& span) {
  Json j;
  j["start"] = span.start;
  j["end"] = span.end;
  j["text"] = std::string(span.In(text));
  return j;
}

std::string Dump(const Json& j, bool pretty) {
  return j.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

Json TimexJson(std::string_view text, const Timex& t) {
  Json j = SpanJson(text, t.span);
  j["type"] = TimexTypeName(t.type);
  j["value"] = t.value;
  j["anchor"] = t.anchor;
  if (!t.mod.empty()) j["mod"] = t.mod;
  if (!t.freq.empty()) j["freq"] = t.freq;
  if (!t.quant.empty()) j["quant"] = t.quant;
  return j;
}

Json QuoteJson(std::string_view text, const Quote& q, const std::vector<Entity>& entities) {
  Json j = SpanJson(text, q.span);
  j["kind"] = QuoteKindName(q.kind);
  if (q.speaker) {
    Json s = SpanJson(text, *q.speaker);
    if (q.speaker_entity >= 0 && static_cast<size_t>(q.speaker_entity) < entities.size()) {
      s["entity"] = q.speaker_entity;
      s["name"] = entities[q.speaker_entity].name;
    }
    if (q.speaker_antecedent) s["antecedent"] = SpanJson(text, *q.speaker_antecedent);
    j["speaker"] = std::move(s);
  } else {
    j["speaker"] = nullptr;
  }
  j["cue"] = q.cue ? SpanJson(text, *q.cue) : Json(nullptr);
  return j;
}

Json EntityJson(std::string_view text, size_t index, const Entity& e) {
  Json j;
  j["id"] = index;
  j["type"] = EntityTypeName(e.type);
  j["name"] = e.name;
  Json mentions = Json::array();
  for (const EntityMention& m : e.mentions) {
    Json mj = SpanJson(text, m.span);
    mj["kind"] = EntityMentionKindName(m.kind);
    if (m.from_knowledge) mj["knowledge"] = true;
    mentions.push_back(std::move(mj));
  }
  j["mentions"] = std::move(mentions);
  j["salience"] = e.salience;
  if (!e.roles.empty()) {
    Json roles = Json::array();
    for (const Role& r : e.roles) {
      Json role;
      role["title"] = r.title;
      role["of"] = r.of.empty() ? Json(nullptr) : Json(r.of);
      if (r.of_entity >= 0) role["of_entity"] = r.of_entity;
      if (r.from_knowledge) role["knowledge"] = true;
      roles.push_back(std::move(role));
    }
    j["roles"] = std::move(roles);
  }
  if (!e.country.empty()) j["country"] = e.country;
  if (!e.feature.empty()) j["feature"] = e.feature;
  if (e.latitude && e.longitude) {
    j["lat"] = *e.latitude;
    j["lon"] = *e.longitude;
  }
  if (!e.metonym_for.empty()) j["metonym_for"] = e.metonym_for;
  return j;
}

Json EventJson(std::string_view text, const Event& e) {
  Json j = SpanJson(text, e.span);
  j["kind"] = e.kind;
  j["status"] = e.status;
  j["participants"] = e.participants;
  j["place"] = e.place >= 0 ? Json(e.place) : Json(nullptr);
  j["timex"] = e.timex >= 0 ? Json(e.timex) : Json(nullptr);
  return j;
}

}  // namespace

std::string ToJson(const Document& document, const Analysis& a, const JsonOptions& options) {
  const std::string_view text = document.text;
  Json j;
  j["schema"] = kSchemaVersion;
  j["id"] = document.id.empty() ? Json(nullptr) : Json(document.id);
  j["date"] = document.date ? Json(document.date->ToString()) : Json(nullptr);
  if (!document.title.empty()) j["title"] = document.title;
  if (!document.url.empty()) j["url"] = document.url;
  j["bytes"] = text.size();
  if (a.repaired_bytes > 0) j["repaired_bytes"] = a.repaired_bytes;

  Json paragraphs = Json::array();
  for (const Paragraph& p : a.paragraphs) {
    Json pj;
    pj["start"] = p.span.start;
    pj["end"] = p.span.end;
    paragraphs.push_back(std::move(pj));
  }
  j["paragraphs"] = std::move(paragraphs);

  Json sentences = Json::array();
  for (const Sentence& s : a.sentences) {
    Json sj;
    sj["start"] = s.span.start;
    sj["end"] = s.span.end;
    sj["paragraph"] = s.paragraph;
    sentences.push_back(std::move(sj));
  }
  j["sentences"] = std::move(sentences);

  if (options.tokens) {
    Json tokens = Json::array();
    for (const Token& t : a.tokens) {
      Json tj = SpanJson(text, t.span);
      tj["kind"] = TokenKindName(t.kind);
      tokens.push_back(std::move(tj));
    }
    j["tokens"] = std::move(tokens);
  }

  Json mentions = Json::array();
  for (const Mention& m : a.mentions) {
    Json mj = SpanJson(text, m.span);
    mj["type"] = EntityTypeName(m.type);
    mj["confidence"] = m.confidence;
    mj["entity"] = m.entity >= 0 ? Json(m.entity) : Json(nullptr);
    mentions.push_back(std::move(mj));
  }
  j["mentions"] = std::move(mentions);

  Json entities = Json::array();
  for (size_t i = 0; i < a.entities.size(); ++i) entities.push_back(EntityJson(text, i, a.entities[i]));
  j["entities"] = std::move(entities);

  Json quotes = Json::array();
  for (const Quote& q : a.quotes) quotes.push_back(QuoteJson(text, q, a.entities));
  j["quotes"] = std::move(quotes);

  Json timexes = Json::array();
  for (const Timex& t : a.timexes) timexes.push_back(TimexJson(text, t));
  j["timexes"] = std::move(timexes);

  Json events = Json::array();
  for (const Event& e : a.events) events.push_back(EventJson(text, e));
  j["events"] = std::move(events);

  return Dump(j, options.pretty);
}

std::string ErrorJson(std::string_view id, int64_t line, const Status& status, bool pretty) {
  Json j;
  j["schema"] = kSchemaVersion;
  j["id"] = id.empty() ? Json(nullptr) : Json(std::string(id));
  if (line >= 0) j["line"] = line;
  j["error"] = status.ToString();
  return Dump(j, pretty);
}

}  // namespace newsgraph
