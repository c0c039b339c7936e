#include "eval/entity_eval.h"

#include "entities/knowledge.h"
#include "lang/lexicon.h"

#include <cctype>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace newsgraph::eval {
namespace {

using nlohmann::json;

struct GoldEntity {
  json spec;
  std::vector<Span> mentions;
};

// Places each gold mention at the next occurrence of its text after the entity's previous mention.
std::vector<GoldEntity> PlaceGold(const std::string& text, const json& entities, std::vector<std::string>* errors,
                                  const std::string& id) {
  std::vector<GoldEntity> out;
  for (const json& e : entities) {
    GoldEntity g{e, {}};
    size_t from = 0;
    for (const json& m : e["mentions"]) {
      const std::string surface = m.get<std::string>();
      auto word_char = [&](size_t i) { return std::isalnum(static_cast<unsigned char>(text[i])) != 0; };
      size_t pos = text.find(surface, from);
      while (pos != std::string::npos && ((pos > 0 && word_char(pos - 1)) ||
                                          (pos + surface.size() < text.size() && word_char(pos + surface.size()))))
        pos = text.find(surface, pos + 1);  // whole words only: "he" is not inside "Sánchez"
      if (pos == std::string::npos) {
        errors->push_back(id + ": gold mention \"" + surface + "\" not in the text");
        continue;
      }
      // Courtesy titles are outside mention spans in newsgraph's convention ("Ms von der Leyen" -> "von der
      // Leyen"; styles such as "Sir" stay in): cases may write them either way.
      size_t skip = 0;
      if (const size_t space = surface.find(' '); space != std::string::npos && e.value("type", "") == "PERSON" &&
          lang::Lexicon::Get().ClassifyTitleWords(entities::NormalizeName(surface.substr(0, space))) ==
              lang::TitleWord::kHonorific)
        skip = space + 1;
      g.mentions.push_back(Span{static_cast<uint32_t>(pos + skip), static_cast<uint32_t>(pos + surface.size())});
      from = pos + surface.size();
    }
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace

StatusOr<EntityCaseScores> EvaluateEntityCases(const Pipeline& pipeline, const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kNotFound, "cannot open " + path);
  EntityCaseScores scores;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const json c = json::parse(line, nullptr, false);
    if (c.is_discarded()) return Status(StatusCode::kCorrupt, path + ": malformed line");
    const std::string id = c.value("id", "?");
    Document doc;
    doc.id = id;
    doc.text = c["text"].get<std::string>();
    if (c.contains("date")) doc.date = *Date::Parse(c["date"].get<std::string>());
    StatusOr<Analysis> analysis = pipeline.Analyze(doc);
    if (!analysis.ok()) return analysis.status();
    ++scores.cases;

    const std::vector<GoldEntity> gold = PlaceGold(doc.text, c["entities"], &scores.errors, id);
    std::map<std::pair<uint32_t, uint32_t>, int> gold_entity_of, predicted_entity_of;
    for (size_t g = 0; g < gold.size(); ++g)
      for (const Span& s : gold[g].mentions) gold_entity_of[{s.start, s.end}] = static_cast<int>(g);
    for (size_t e = 0; e < analysis->entities.size(); ++e)
      for (const EntityMention& m : analysis->entities[e].mentions)
        predicted_entity_of[{m.span.start, m.span.end}] = static_cast<int>(e);

    for (const auto& [span, e] : predicted_entity_of) {
      if (gold_entity_of.count(span)) {
        scores.mentions.AddMatch();
      } else {
        scores.mentions.AddSpurious();
        scores.errors.push_back(id + ": extra mention \"" + doc.text.substr(span.first, span.second - span.first) +
                                "\" (" + analysis->entities[e].name + ")");
      }
    }
    for (const auto& [span, g] : gold_entity_of)
      if (!predicted_entity_of.count(span)) {
        scores.mentions.AddMissed();
        scores.errors.push_back(id + ": missed mention \"" + doc.text.substr(span.first, span.second - span.first) + "\"");
      }
    // Links: every pair of mentions put in one entity.
    auto links = [](const std::map<std::pair<uint32_t, uint32_t>, int>& of) {
      std::set<std::pair<std::pair<uint32_t, uint32_t>, std::pair<uint32_t, uint32_t>>> out;
      for (auto a = of.begin(); a != of.end(); ++a)
        for (auto b = std::next(a); b != of.end(); ++b)
          if (a->second == b->second) out.emplace(a->first, b->first);
      return out;
    };
    const auto gold_links = links(gold_entity_of), predicted_links = links(predicted_entity_of);
    for (const auto& l : predicted_links) gold_links.count(l) ? scores.links.AddMatch() : scores.links.AddSpurious();
    for (const auto& l : gold_links)
      if (!predicted_links.count(l)) {
        scores.links.AddMissed();
        scores.errors.push_back(id + ": not linked: \"" + doc.text.substr(l.first.first, l.first.second - l.first.first) +
                                "\" and \"" + doc.text.substr(l.second.first, l.second.second - l.second.first) + "\"");
      }

    // Facts about each gold entity, read from the predicted entity holding its first mention.
    for (const GoldEntity& g : gold) {
      if (g.mentions.empty()) continue;
      const auto found = predicted_entity_of.find({g.mentions[0].start, g.mentions[0].end});
      const Entity* e = found == predicted_entity_of.end() ? nullptr : &analysis->entities[found->second];
      auto check = [&](const std::string& what, const std::string& want, const std::string& got) {
        ++scores.facts;
        if (want == got) {
          ++scores.facts_right;
        } else {
          scores.errors.push_back(id + ": " + g.spec["name"].get<std::string>() + " " + what + ": want \"" + want +
                                  "\", got \"" + got + "\"");
        }
      };
      check("name", g.spec["name"], e ? e->name : "(no entity)");
      check("type", g.spec["type"], e ? EntityTypeName(e->type) : "");
      if (g.spec.contains("country")) check("country", g.spec["country"], e ? e->country : "");
      if (g.spec.contains("metonym_for")) check("metonym", g.spec["metonym_for"], e ? e->metonym_for : "");
      for (const json& role : g.spec.value("roles", json::array())) {
        const std::string title = role[0], of = role[1].is_null() ? "" : role[1].get<std::string>();
        std::string got;
        if (e)
          for (const Role& r : e->roles)
            if (r.title == title && (of.empty() || r.of == of)) got = title + " of " + of;
        check("role", title + " of " + of, got);
      }
    }
  }
  return scores;
}

}  // namespace newsgraph::eval
