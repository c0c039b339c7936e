// Runs the entity resolver on hand-placed name mentions (as a tagger would give them): shared by the entity tests.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "entities/resolver.h"
#include "newsgraph/text.h"

namespace newsgraph::entities {

// Short names for the tests' tables.
constexpr auto PER = EntityType::kPerson;
constexpr auto ORG = EntityType::kOrganization;
constexpr auto LOC = EntityType::kLocation;
constexpr auto MISC = EntityType::kMisc;
using V = std::vector<std::string>;

struct Name {
  std::string surface;
  EntityType type;
  int occurrence = 0;  // which occurrence of `surface` in the text
  float confidence = 0.9f;  // the tagger's
};

inline Span Find(const std::string& text, const std::string& surface, int occurrence) {
  size_t pos = text.find(surface);
  for (int i = 0; i < occurrence && pos != std::string::npos; ++i) pos = text.find(surface, pos + 1);
  EXPECT_NE(pos, std::string::npos) << surface << " #" << occurrence;
  return Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + surface.size())};
}

struct Resolved {
  std::string text;
  Analysis analysis;
  const Entity* Named(const std::string& name) const {
    for (const Entity& e : analysis.entities)
      if (e.name == name) return &e;
    return nullptr;
  }
  std::vector<std::string> MentionTexts(const Entity& e) const {
    std::vector<std::string> out;
    for (const EntityMention& m : e.mentions) out.emplace_back(m.span.In(text));
    return out;
  }
};

inline Resolved Resolve(const std::string& text, const std::vector<Name>& names, const char* date = "2025-04-22",
                 std::vector<Quote> quotes = {}) {
  Resolved r;
  r.text = text;
  Segment(r.text, {}, &r.analysis);
  for (const Name& n : names) r.analysis.mentions.push_back(Mention{Find(text, n.surface, n.occurrence), n.type, n.confidence, -1});
  std::sort(r.analysis.mentions.begin(), r.analysis.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  r.analysis.quotes = std::move(quotes);
  Document doc;
  doc.text = text;
  if (date) doc.date = *Date::Parse(date);
  ResolveEntities(r.text, doc, &r.analysis);
  return r;
}

}  // namespace newsgraph::entities
