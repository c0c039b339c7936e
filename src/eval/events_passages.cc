#include "eval/events_passages.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>

namespace newsgraph::eval {

namespace {

using nlohmann::json;

std::string Folded(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::optional<std::string> OptionalString(const json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  return j[key].get<std::string>();
}

// The first whole-word occurrence of `words` in `text`.
std::optional<Span> FindWords(const std::string& text, const std::string& words) {
  auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (size_t at = text.find(words); at != std::string::npos; at = text.find(words, at + 1)) {
    const size_t end = at + words.size();
    if ((at == 0 || !word_char(text[at - 1])) && (end == text.size() || !word_char(text[end])))
      return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(end)};
  }
  return std::nullopt;
}

// The entity (its name, its mentions, or `words` said at the event) and the gold name contain one another.
bool Names(const std::string& text, const Entity& entity, std::string_view words, const std::string& gold) {
  const std::string g = Folded(gold);
  auto match = [&](std::string_view candidate) {
    const std::string c = Folded(candidate);
    return !c.empty() && (c.find(g) != std::string::npos || (c.size() >= 3 && g.find(c) != std::string::npos));
  };
  if (match(entity.name) || match(words)) return true;
  for (const EntityMention& m : entity.mentions)
    if (match(m.span.In(text))) return true;
  return false;
}

bool HasParticipant(const std::string& text, const Analysis& a, const Event& e, EventRole role,
                    const std::string& gold) {
  for (const EventParticipant& p : e.participants) {
    if (p.role != role || p.entity >= static_cast<int32_t>(a.entities.size())) continue;
    if (p.entity < 0 ? Names(text, Entity{}, p.span.In(text), gold)
                     : Names(text, a.entities[p.entity], p.span.In(text), gold))
      return true;
  }
  return false;
}

}  // namespace

StatusOr<std::vector<Passage>> ReadPassages(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, path + " not found");
  std::vector<Passage> out;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    const std::string where = path + ":" + std::to_string(number) + ": ";
    try {
      const json j = json::parse(line);
      Passage p;
      p.id = j.at("id").get<std::string>();
      p.text = j.at("text").get<std::string>();
      if (auto date = OptionalString(j, "date")) {
        auto parsed = Date::Parse(*date);
        if (!parsed.ok()) return Status(StatusCode::kCorrupt, where + parsed.status().message());
        p.date = *parsed;
      }
      for (const json& g : j.at("events")) {
        PassageEvent e;
        e.trigger = g.at("trigger").get<std::string>();
        if (!FindWords(p.text, e.trigger)) return Status(StatusCode::kCorrupt, where + "no \"" + e.trigger + "\"");
        e.type = OptionalString(g, "type");
        e.status = OptionalString(g, "status");
        e.source = OptionalString(g, "source");
        e.target = OptionalString(g, "target");
        e.date = OptionalString(g, "date");
        e.place = OptionalString(g, "place");
        if (g.contains("on_or_before")) e.on_or_before = g["on_or_before"].get<bool>();
        p.events.push_back(std::move(e));
      }
      out.push_back(std::move(p));
    } catch (const json::exception& e) {
      return Status(StatusCode::kCorrupt, where + e.what());
    }
  }
  if (out.empty()) return Status(StatusCode::kCorrupt, path + ": no passages");
  return out;
}

PassageScores EvaluatePassages(const std::vector<Passage>& passages, const Pipeline& pipeline, size_t max_errors) {
  PassageScores s;
  auto error = [&](const Passage& p, const std::string& what) {
    if (s.errors.size() < max_errors) s.errors.push_back(p.id + " " + what);
  };
  for (const Passage& p : passages) {
    ++s.passages;
    Document doc;
    doc.text = p.text;
    doc.date = p.date;
    auto analysed = pipeline.Analyze(doc);
    if (!analysed.ok()) {
      error(p, "ANALYSIS " + analysed.status().message());
      continue;
    }
    const Analysis& a = *analysed;
    std::vector<Span> triggers;
    for (const PassageEvent& g : p.events) triggers.push_back(*FindWords(p.text, g.trigger));
    for (const Event& e : a.events) {
      if (e.type.empty()) continue;
      ++s.typed_listed;
      const bool gold = std::any_of(triggers.begin(), triggers.end(), [&](const Span& t) {
        return std::any_of(e.mentions.begin(), e.mentions.end(), [&](const EventMention& m) { return m.span.Overlaps(t); });
      });
      if (!gold) {
        ++s.typed_extra;
        error(p, "EXTRA " + e.type + " \"" + std::string(e.mentions[0].span.In(p.text)) + "\"");
      }
    }
    for (size_t i = 0; i < p.events.size(); ++i) {
      const PassageEvent& g = p.events[i];
      const Event* found = nullptr;
      for (const Event& e : a.events)
        for (const EventMention& m : e.mentions)
          if (!found && m.span.Overlaps(triggers[i])) found = &e;
      s.found.Add(found != nullptr);
      if (!found) {
        error(p, "MISSED \"" + g.trigger + "\"");
        s.all_right.Add(false);
        continue;
      }
      bool all = true;
      auto score = [&](Accuracy* acc, bool right, const std::string& field, const std::string& got) {
        acc->Add(right);
        all = all && right;
        if (!right) error(p, field + " \"" + g.trigger + "\": got " + got);
      };
      if (g.type) score(&s.type, found->type == *g.type, "TYPE", found->type.empty() ? "none" : found->type);
      const std::string status = EventStatusName(found->status);
      if (g.status) score(&s.status, status == *g.status, "STATUS", status);
      if (g.source) score(&s.source, HasParticipant(p.text, a, *found, EventRole::kSource, *g.source), "SOURCE", "other");
      if (g.target) score(&s.target, HasParticipant(p.text, a, *found, EventRole::kTarget, *g.target), "TARGET", "other");
      if (g.date || g.on_or_before) {
        const bool right = found->date && (!g.date || found->date->value.rfind(*g.date, 0) == 0) &&
                           (!g.on_or_before || found->date->on_or_before == *g.on_or_before);
        score(&s.date, right, "DATE", found->date ? found->date->value + (found->date->on_or_before ? " (on or before)" : "")
                                                  : "none");
      }
      if (g.place) {
        const bool known = found->place >= 0 && static_cast<size_t>(found->place) < a.entities.size();
        score(&s.place, known && Names(p.text, a.entities[found->place], {}, *g.place), "PLACE",
              known ? a.entities[found->place].name : "none");
      }
      s.all_right.Add(all);
    }
  }
  return s;
}

std::string FormatPassageScores(const PassageScores& s) {
  std::string out = std::to_string(s.passages) + " passages\n";
  out += "events found:        " + FormatAccuracy(s.found) + "\n";
  out += "type (PLOVER):       " + FormatAccuracy(s.type) + "\n";
  out += "status:              " + FormatAccuracy(s.status) + "\n";
  out += "source:              " + FormatAccuracy(s.source) + "\n";
  out += "target:              " + FormatAccuracy(s.target) + "\n";
  out += "date:                " + FormatAccuracy(s.date) + "\n";
  out += "place:               " + FormatAccuracy(s.place) + "\n";
  out += "every field right:   " + FormatAccuracy(s.all_right) + "\n";
  out += "typed events listed that match no gold event: " + std::to_string(s.typed_extra) + " of " +
         std::to_string(s.typed_listed) + "\n";
  return out;
}

}  // namespace newsgraph::eval
