#include "events/where.h"

#include <algorithm>

#include "events/when.h"
#include "lang/dateline.h"
#include "text/token_search.h"
#include "util/date_values.h"

namespace newsgraph::events {
namespace {

constexpr std::string_view kPlacePrepositions[] = {"in", "at", "near", "off", "outside", "inside", "through", "across",
                                                   "throughout", "around"};
// Parts of a place named after "of" ("off the coast of Aceh", "patrolling the streets of Guayaquil"): the place.
constexpr std::string_view kPartsBeforeOf[] = {"coast", "shores", "streets", "outskirts", "suburbs", "centre", "center",
                                               "heart"};
// "south of Lampedusa", "40 km north of Kyiv": a place by its bearing.
constexpr std::string_view kBearings[] = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                                          "southwest", "north-east", "north-west", "south-east", "south-west"};
// Verbs of going or sending somewhere: their "to" phrase says where the event takes place ("will travel to Paris",
// "aid was delivered to Port-au-Prince").
constexpr std::string_view kMovementVerbs[] = {"travel", "fly",    "go",     "come",   "return",   "head",   "march",
                                               "move",   "deliver", "send",  "ship",   "airlift",  "deploy", "dispatch",
                                               "rush",   "sail",   "drive",  "deport", "extradite", "transfer",
                                               "evacuate", "walk"};
constexpr std::string_view kSituationNouns[] = {"crisis", "war", "conflict", "situation", "violence", "unrest",
                                               "tensions", "fighting", "insurgency", "famine", "outbreak"};
constexpr std::string_view kPlaceNouns[] = {"city", "town", "village", "capital", "port", "region", "province",
                                           "state", "island", "district"};
// What "the city", "the region" stand for: a populated place, a division of a country.
constexpr std::string_view kTownNouns[] = {"city", "town", "village", "capital", "port"};
constexpr std::string_view kAreaNouns[] = {"region", "province", "state", "district"};
// Words that may follow the end of a noun phrase ("in the city until Sunday", "in the state where").
constexpr std::string_view kAfterPhrase[] = {"or", "where", "when", "as", "until", "till", "since", "after", "before",
                                             "during", "amid", "overnight", "today", "yesterday", "tonight"};
// Words after an existential "there" ("there were no casualties", "there has been", "there seems").
constexpr std::string_view kAfterExistential[] = {"is", "are", "was", "were", "'s", "will", "would", "could", "may",
                                                  "might", "must", "should", "can", "has", "have", "had", "be",
                                                  "been", "seems", "seemed", "appears", "appeared", "remain",
                                                  "remains", "remained"};
// Parts of a town or a region, after its name ("Beirut's southern suburbs").
constexpr std::string_view kPartsOfPlaces[] = {"suburbs", "outskirts", "centre", "center", "airport", "border",
                                               "coast", "countryside", "area", "areas", "districts"};
// Courts and police forces, named by the town they sit in ("a Moscow court", "Lagos police").
constexpr std::string_view kLocalAuthorities[] = {"court", "courts", "tribunal", "judge", "magistrate", "magistrates",
                                                  "police", "prosecutor", "prosecutors"};
constexpr std::string_view kCompassWords[] = {"northern", "southern", "eastern", "western", "central",
                                              "north-eastern", "north-western", "south-eastern", "south-western",
                                              "northeastern", "northwestern", "southeastern", "southwestern"};

}  // namespace

PlaceReader::PlaceReader(std::string_view t, const lang::Words& w, const Analysis& an,
                         const std::vector<ReadEvent>& read)
    : text(t), a(an), words(w), lower(w.lower_tokens()), trigger(an.tokens.size(), 0) {
  const std::vector<std::string_view>& l = lower;
  for (const ReadEvent& e : read) {
    const bool state = e.trigger.cls == EventClass::kState || InList(l[e.trigger.token], kSituationNouns);
    trigger[e.trigger.token] = e.trigger.pos == EventPos::kVerb ? 1 : state ? 2 : 3;
  }
  for (size_t e = 0; e < a.entities.size(); ++e)
    for (const EntityMention& m : a.entities[e].mentions) entity_spans.emplace_back(m.span, static_cast<int32_t>(e));
  for (const Mention& m : a.mentions)
    if (m.entity >= 0) entity_spans.emplace_back(m.span, m.entity);
  std::sort(entity_spans.begin(), entity_spans.end(),
            [](const auto& x, const auto& y) { return x.first.start < y.first.start || (x.first.start == y.first.start && x.first.end > y.first.end); });
}

int32_t PlaceReader::EntityIn(Span span) const {
  auto it = std::lower_bound(entity_spans.begin(), entity_spans.end(), span.start,
                             [](const auto& x, uint32_t s) { return x.first.start < s; });
  int32_t best = -1;
  uint32_t best_size = 0;
  for (; it != entity_spans.end() && it->first.start < span.end; ++it)
    if (span.Contains(it->first) && it->first.size() >= best_size) {
      best = it->second;
      best_size = it->first.size();
    }
  return best;
}

uint32_t PlaceReader::EntityMentionEnd(uint32_t start, int32_t entity) const {
  for (auto it = std::lower_bound(entity_spans.begin(), entity_spans.end(), start,
                                  [](const auto& x, uint32_t s) { return x.first.start < s; });
       it != entity_spans.end() && it->first.start == start; ++it)
    if (it->second == entity) return it->first.end;  // the longest first
  return 0;
}

size_t PlaceReader::TokenAt(uint32_t start) const {
  return text::TokenAtOrAfter(a.tokens, start);
}

bool PlaceReader::AfterPlacePreposition(Span span) const {
  const size_t t = TokenAt(span.start);
  return t > 0 && t < a.tokens.size() && InList(lower[t - 1], kPlacePrepositions);
}

int32_t PlaceReader::EntityAfter(uint32_t t, const Sentence& s, EntityType type, uint32_t* end) const {
  uint32_t n = t + 1;
  while (n + 1 < s.token_end && n <= t + 2 && (words.Has(static_cast<int>(n), lang::kDeterminer) || InList(lower[n], kCompassWords))) ++n;
  // "the Ukrainian city of Odesa", "the port of Sudan": the place named after "of".
  for (uint32_t k = n; type == EntityType::kLocation && k + 2 < s.token_end && k <= n + 2; ++k)
    if ((InList(lower[k], kPlaceNouns) || InList(lower[k], kPartsBeforeOf)) && lower[k + 1] == "of") {
      n = k + 2;
      break;
    }
  if (n >= s.token_end) return -1;
  // "in Niger's Tillaberi region", "in northern Iraq's Qandil mountains": the place inside the place.
  if (type == EntityType::kLocation && n + 2 < s.token_end && lower[n + 1] == "'s" && LocationAt(n) >= 0 &&
      LocationAt(n + 2) >= 0)
    n += 2;
  // A mention of that type starting there, the longest ("the village of Robotyne in Zaporizhzhia region":
  // Robotyne, not the longer name after it), unless a capitalised word follows it ("an attack on Arizona Sen. John
  // McCain": a name of which the place is part); else the phrase's head.
  const uint32_t start = a.tokens[n].span.start;
  for (auto it = std::lower_bound(entity_spans.begin(), entity_spans.end(), start,
                                  [](const auto& x, uint32_t v) { return x.first.start < v; });
       it != entity_spans.end() && it->first.start == start; ++it)
    if (a.entities[it->second].type == type) {
      const size_t next = TokenAt(it->first.end);
      if (next < a.tokens.size() && a.tokens[next].kind == TokenKind::kWord &&
          lang::StartsUpper(a.tokens[next].span.In(text)))
        break;
      if (end) *end = it->first.end;
      return it->second;
    }
  const int32_t ent = EntityIn(Span{start, a.tokens[std::min(n + 3, s.token_end - 1)].span.end});
  if (ent >= 0 && a.entities[ent].type == type && MentionStartsAt(start, ent)) {
    if (end) *end = EntityMentionEnd(start, ent);
    return ent;
  }
  if (type == EntityType::kLocation && n > t + 1 && lower[n - 1] == "the") return PlaceNamedBefore(n, s);
  return -1;
}

bool PlaceReader::EndsObject(uint32_t end, const Sentence& s) const {
  size_t t = TokenAt(end);
  // "Ukraine's Odesa region", "Beirut's southern suburbs": words for a part of the place.
  if (t < s.token_end && lower[t] == "'s") ++t;
  for (int n = 0; n < 2 && t < s.token_end && (InList(lower[t], kPlaceNouns) || InList(lower[t], kCompassWords) ||
                                               InList(lower[t], kPartsOfPlaces));
       ++n)
    ++t;
  return t >= s.token_end || a.tokens[t].kind != TokenKind::kWord ||
         words.Has(static_cast<int>(t), lang::kPreposition | lang::kConjunction | lang::kTimeWord | lang::kAdverb);
}

int32_t PlaceReader::LocationAt(uint32_t t) const {
  const uint32_t start = a.tokens[t].span.start;
  for (auto it = std::lower_bound(entity_spans.begin(), entity_spans.end(), start,
                                  [](const auto& x, uint32_t s) { return x.first.start < s; });
       it != entity_spans.end() && it->first.start == start; ++it)
    if (a.entities[it->second].type == EntityType::kLocation) return it->second;
  return -1;
}

int32_t PlaceReader::PlaceBeforeWhere(uint32_t w, const Sentence& s) const {
  constexpr uint32_t kReach = 5;  // ", on Sunday," or "late on Tuesday" between the place and "where"
  for (uint32_t k = w; k-- > s.token_begin && k + kReach >= w;) {
    const uint32_t end = a.tokens[k].span.end;
    auto it = std::lower_bound(entity_spans.begin(), entity_spans.end(), end,
                               [](const auto& x, uint32_t v) { return x.first.start < v; });
    while (it != entity_spans.begin()) {
      --it;
      if (it->first.end < end) break;
      if (it->first.end == end && a.entities[it->second].type == EntityType::kLocation) return it->second;
    }
    if (k + 1 < w && !(lower[k] == "," || words.Has(static_cast<int>(k), lang::kTimeWord | lang::kPreposition) ||
                       a.tokens[k].kind == TokenKind::kNumber))
      return -1;
  }
  return -1;
}

int32_t PlaceReader::PlaceThere(uint32_t t, const Sentence& s) const {
  const size_t si = static_cast<size_t>(&s - a.sentences.data());
  const uint32_t from = a.sentences[si > 0 ? si - 1 : 0].span.start;
  auto it = std::lower_bound(entity_spans.begin(), entity_spans.end(), a.tokens[t].span.start,
                             [](const auto& x, uint32_t v) { return x.first.start < v; });
  while (it != entity_spans.begin() && (--it)->first.start >= from) {
    if (a.entities[it->second].type != EntityType::kLocation) continue;
    size_t k = TokenAt(it->first.start);
    while (k > 0 && (words.Has(static_cast<int>(k - 1), lang::kDeterminer) || InList(lower[k - 1], kCompassWords))) --k;
    if (k > 0 && (InList(lower[k - 1], kPlacePrepositions) || lower[k - 1] == "to" || lower[k - 1] == "into"))
      return it->second;
  }
  return -1;
}

int32_t PlaceReader::PlaceNamedBefore(uint32_t t, const Sentence& s) const {
  constexpr uint32_t kSentencesBack = 2;  // the sentence and the two before it
  const bool town = InList(lower[t], kTownNouns), area = InList(lower[t], kAreaNouns);
  // The noun must end its phrase: not "the city of Goma", "the state legislature", "the city's stadium".
  const bool ends = t + 1 >= s.token_end || a.tokens[t + 1].kind == TokenKind::kPunctuation ||
                    (lower[t + 1] != "of" && words.Has(static_cast<int>(t + 1), lang::kPreposition)) ||
                    InList(lower[t + 1], kClauseOpeners) || InList(lower[t + 1], kAfterPhrase);
  if ((!town && !area) || !ends) return -1;
  const size_t si = static_cast<size_t>(&s - a.sentences.data());
  const uint32_t from = a.sentences[si >= kSentencesBack ? si - kSentencesBack : 0].span.start;
  const uint32_t before = a.tokens[t].span.start;
  auto it = std::lower_bound(entity_spans.begin(), entity_spans.end(), before,
                             [](const auto& x, uint32_t v) { return x.first.start < v; });
  while (it != entity_spans.begin() && (--it)->first.start >= from) {
    const Entity& x = a.entities[it->second];
    if (x.type == EntityType::kLocation && x.feature == (town ? "city" : "region")) return it->second;
  }
  return -1;
}

int32_t PlaceReader::PlaceOf(const ReadEvent& e, std::string_view cameo) const {
  const Sentence& s = a.sentences[e.sentence];
  const uint32_t at = e.trigger.token;
  const bool attack = cameo.starts_with("18") || cameo.starts_with("19") || cameo.starts_with("20");
  bool movement = false;
  if (e.trigger.pos == EventPos::kVerb) {
    std::vector<std::string> stems;
    movement = LemmaIn(lower[at], kMovementVerbs, &stems);
  }
  // A participle right after a noun ("opened fire on a crowd of people protesting against prices in Ziguinchor")
  // describes the noun and stands in the event's own clause: it ends no phrase, and its words do not count.
  auto participle = [&](uint32_t t) {
    return lower[t].ends_with("ing") && t > at + 1 && a.tokens[t - 1].kind == TokenKind::kWord && !Verb(t - 1) &&
           !words.Has(static_cast<int>(t - 1), lang::kAuxiliary | lang::kPreposition | lang::kDeterminer |
                                                   lang::kAdverb | lang::kConjunction);
  };
  // "patrolling the streets of Guayaquil", "roamed the outskirts of Kherson": the parts of a place it is done in.
  if (e.trigger.pos == EventPos::kVerb && at + 4 < s.token_end && lower[at + 1] == "the" &&
      InList(lower[at + 2], kPartsBeforeOf) && lower[at + 3] == "of")
    if (const int32_t ent = PlaceAfter(at, s); ent >= 0) return ent;
  uint32_t reach = at + 12;
  for (uint32_t t = at + 1; t + 1 < s.token_end && t <= reach; ++t) {
    // "met and signed a deal in Paris": verbs joined by "and" share their place phrase.
    const bool joined = t == at + 2 && e.trigger.pos == EventPos::kVerb && (lower[at + 1] == "and" || lower[at + 1] == "or");
    if (Verb(t) && !joined && participle(t)) {
      reach = std::min<uint32_t>(reach + 4, at + 20);
      continue;
    }
    if ((Verb(t) && !joined) || (InList(lower[t], kClauseOpeners) && lower[t] != "and") || lower[t] == ",") break;
    // "blocked a resupply mission there": the place named before it (not "there were", "there has been").
    if (lower[t] == "there") {
      if (t + 1 < s.token_end && InList(lower[t + 1], kAfterExistential)) break;
      if (const int32_t ent = PlaceThere(t, s); ent >= 0) return ent;
      continue;
    }
    // "rescued 57 migrants south of Lampedusa": a bearing from a place.
    if (InList(lower[t], kBearings) && lower[t + 1] == "of" && t + 2 < s.token_end) {
      if (const int32_t ent = PlaceAfter(t + 1, s); ent >= 0) return ent;
      continue;
    }
    if (!InList(lower[t], kPlacePrepositions) && lower[t] != "into" && !(movement && lower[t] == "to") &&
        !(attack && (lower[t] == "on" || lower[t] == "against")))
      continue;
    if (t - 1 != at && trigger[t - 1] == 2) break;  // the phrase of another event noun
    if (const int32_t ent = PlaceAfter(t, s); ent >= 0) return ent;
  }
  // "Russian drones attacked Odesa", "shelled Ukraine's Kharkiv region", "bombed Beirut's southern suburbs": an
  // attack falls where its object is, a town or a region (not a country: "Russia attacked Ukraine").
  if (attack && e.trigger.pos == EventPos::kVerb) {
    uint32_t end = 0;
    const int32_t object = EntityAfter(at, s, EntityType::kLocation, &end);
    if (object >= 0 && a.entities[object].feature != "country" && EndsObject(end, s)) return object;
  }
  // In the subject: before the trigger, or for an event noun before the verb that brings it in ("Workers at the
  // Boeing plant in Seattle went on strike", "held talks"; only words between them).
  uint32_t from = at;
  if (e.trigger.pos == EventPos::kNoun)
    for (uint32_t t = at; t-- > s.token_begin && t + 3 >= at && a.tokens[t].kind == TokenKind::kWord;)
      if (Verb(t)) {
        if (t == s.token_begin || lower[t - 1] != "to") from = t;  // not "a meeting in London to discuss reforms"
        break;
      }
  for (uint32_t t = from; t-- > s.token_begin && t + 8 >= from;) {
    // "patrolling the streets of Guayaquil, where gunmen stormed a television station", "visited Odesa on Sunday,
    // where he pledged": a clause of "where" happens at the place it follows.
    if (lower[t] == "where") return PlaceBeforeWhere(t, s);
    if (Verb(t) || InList(lower[t], kClauseOpeners) || lower[t] == ",") break;
    // "police there detained a man": the place named before it.
    if (lower[t] == "there" && t + 1 == from && t > s.token_begin && a.tokens[t - 1].kind == TokenKind::kWord &&
        !words.Has(static_cast<int>(t - 1), lang::kPreposition | lang::kAuxiliary))
      if (const int32_t ent = PlaceThere(t, s); ent >= 0) return ent;
    if ((lower[t] == "in" || lower[t] == "at") && (t == s.token_begin || trigger[t - 1] != 2))
      if (const int32_t ent = PlaceAfter(t, s); ent >= 0) return ent;
    // "A Moscow court sentenced", "Lagos police arrested": a court or police force named by its town acts there
    // (not "Norfolk police chief Andy Hayman", "a High Court battle").
    if (t > s.token_begin && t + 1 < s.token_end && InList(lower[t], kLocalAuthorities) &&
        (Verb(t + 1) ||
         words.Has(static_cast<int>(t + 1), lang::kPreposition | lang::kAdverb | lang::kTimeWord | lang::kAuxiliary)))
      if (const int32_t ent = LocationAt(t - 1); ent >= 0 && a.entities[ent].feature != "country" &&
                                                 EntityMentionEnd(a.tokens[t - 1].span.start, ent) ==
                                                     a.tokens[t - 1].span.end)
        return ent;
  }
  return -1;
}

Dateline::Dateline(const PlaceReader& b, const std::vector<Event>& records) {
  const Analysis& a = b.a;
  const std::optional<Span>& line = b.words.dateline();
  if (!line || records.empty()) return;
  entity = b.EntityIn(*line);
  if (entity < 0 || a.entities[entity].type != EntityType::kLocation) {
    entity = -1;
    return;
  }
  const Entity& here = a.entities[entity];
  for (uint32_t s = 0; s < a.sentences.size() && !lead_end; ++s)
    if (a.sentences[s].span.end > line->start) lead_end = s + kLeadSentences;
  auto foreign = [&](int32_t e) {
    if (e == entity) return false;
    const Entity& x = a.entities[e];
    if (x.type == EntityType::kLocation)  // another place, unless the country or region the dateline lies in
      return !((x.feature == "country" && !x.country.empty() && x.country == here.country) ||
               (!here.admin1.empty() && x.name == here.admin1));
    return !x.country.empty() && !here.country.empty() && x.country != here.country;
  };
  elsewhere.assign(a.sentences.size(), 0);
  size_t s = 0;
  for (const auto& [span, e] : b.entity_spans) {
    while (s < a.sentences.size() && a.sentences[s].span.end <= span.start) ++s;
    if (s < a.sentences.size() && !elsewhere[s] && foreign(e)) elsewhere[s] = 1;
  }
}

bool Dateline::Places(const Event& rec, const std::optional<Date>& date) const {
  constexpr int64_t kRecentDays = 31;  // an event dated longer before the article happened anywhere
  if (entity < 0 || (rec.status != EventStatus::kHappened && rec.status != EventStatus::kOngoing)) return false;
  if (rec.mentions.front().sentence >= lead_end) return false;
  for (const EventMention& m : rec.mentions)
    if (elsewhere[m.sentence]) return false;
  int64_t d0, d1;
  return !(rec.date && rec.date->timex >= 0 && date && util::DayRange(rec.date->value, &d0, &d1) &&
           d1 + kRecentDays < date->ToDays());
}

}  // namespace newsgraph::events
