#include "events/records.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <tuple>

#include "util/split.h"

namespace newsgraph::events {
namespace {

// Words before a noun that say it is still to come, or still going on.
constexpr std::string_view kPlannedCues[] = {"planned",  "expected",  "upcoming",  "proposed", "forthcoming",
                                             "scheduled", "next",     "future",    "possible", "potential",
                                             "annual",   "due"};
constexpr std::string_view kOngoingCues[] = {"ongoing", "continuing", "current", "continued"};
constexpr std::string_view kHypotheticalModals[] = {"could", "might", "may", "would", "should", "can"};
constexpr size_t kCorefWindow = 200;
constexpr uint32_t kGoverningReach = 12;  // words between a verb and the infinitive it governs ("is due to ...")  // records an event mention may corefer with (an article has fewer)
constexpr std::string_view kPlacePrepositions[] = {"in", "at", "near", "outside", "inside", "through", "across",
                                                   "throughout"};
constexpr std::string_view kSituationNouns[] = {"crisis", "war", "conflict", "situation", "violence", "unrest",
                                               "tensions", "fighting", "insurgency", "famine", "outbreak"};
constexpr std::string_view kPlaceNouns[] = {"city", "town", "village", "capital", "port", "region", "province",
                                           "state", "island", "district"};
constexpr std::string_view kPrepositions[] = {"in", "at", "on", "for", "with", "to", "of", "by", "from", "into",
                                             "about", "over", "against", "during", "after", "before"};
constexpr std::string_view kArticles[] = {"the", "a", "an"};
constexpr std::string_view kCompassWords[] = {"northern", "southern", "eastern", "western", "central",
                                              "north-eastern", "north-western", "south-eastern", "south-western",
                                              "northeastern", "northwestern", "southeastern", "southwestern"};
constexpr std::string_view kClauseOpeners[] = {"that", "which", "who", "while", "because", "but", "and", ";", ":"};

// What makes two mentions the same kind of happening: the noun without a plural "s", or a verb's stem; a gerund
// noun is its verb ("meeting" -> "meet").
std::string KeyOf(std::string_view lower, EventPos pos) {
  std::string w(lower);
  if (pos == EventPos::kVerb) {
    std::vector<std::string> stems;
    VerbLexicon::Get().Lemmas(w, &stems);
    return stems.empty() ? w : stems.front();
  }
  if (w.size() > 5 && w.ends_with("ing")) return w.substr(0, w.size() - 3);
  if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss")) w.pop_back();
  return w;
}

// A date as a comparable range of days [first, last], for the values a time expression gives: a day, an ISO week,
// a month, a year. False for anything else (durations, PRESENT_REF ...).
bool DayRange(std::string_view v, int64_t* first, int64_t* last) {
  auto num = [&](size_t at, size_t n, int* out) {
    if (at + n > v.size()) return false;
    int x = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (v[i] < '0' || v[i] > '9') return false;
      x = x * 10 + (v[i] - '0');
    }
    *out = x;
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!num(0, 4, &y)) return false;
  if (v.size() == 4) {
    *first = Date{y, 1, 1}.ToDays(), *last = Date{y, 12, 31}.ToDays();
    return true;
  }
  if (v.size() == 8 && v[4] == '-' && v[5] == 'W' && num(6, 2, &d)) {  // ISO week: its Monday .. Sunday
    const Date jan4{y, 1, 4};
    *first = jan4.ToDays() - (jan4.Weekday() - 1) + 7 * (d - 1);
    *last = *first + 6;
    return true;
  }
  if (v.size() < 7 || v[4] != '-' || !num(5, 2, &m) || m < 1 || m > 12) return false;
  if (v.size() == 7) {
    *first = Date{y, m, 1}.ToDays(), *last = Date{y, m, Date::DaysInMonth(y, m)}.ToDays();
    return true;
  }
  if (v.size() == 10 && v[7] == '-' && num(8, 2, &d) && Date::IsValid(y, m, d)) {
    *first = *last = Date{y, m, d}.ToDays();
    return true;
  }
  return false;
}

template <typename A, typename B>
bool DatesAgree(const std::optional<A>& a, const std::optional<B>& b) {
  if (!a || !b || a->on_or_before || b->on_or_before) return true;
  int64_t a0, a1, b0, b1;
  if (!DayRange(a->value, &a0, &a1) || !DayRange(b->value, &b0, &b1)) return a->value == b->value;
  return a0 <= b1 && b0 <= a1;
}

// The more specific of two dates: a time expression's over the document date's bound, a day over a month.
template <typename A, typename B>
bool MoreSpecific(const A& a, const B& b) {
  if (a.on_or_before != b.on_or_before) return !a.on_or_before;
  int64_t a0, a1, b0, b1;
  const bool ra = DayRange(a.value, &a0, &a1), rb = DayRange(b.value, &b0, &b1);
  if (ra != rb) return ra;
  return ra && a1 - a0 < b1 - b0;
}

struct Builder {
  std::string_view text;
  const Analysis& a;
  const std::optional<Date>& date;
  const std::vector<std::string_view>& lower;  // per token, normalized lower case
  // Every entity mention (names, titles, nominals, pronouns) by start offset, with its entity.
  std::vector<std::pair<Span, int32_t>> entity_spans;
  // The quotations by start offset, with their index; quote_reach[q]: the furthest end of quotations 0..q.
  std::vector<std::pair<Span, int32_t>> quotes;
  std::vector<uint32_t> quote_reach;

  Builder(std::string_view t, const std::vector<std::string_view>& l, const Analysis& an,
          const std::optional<Date>& d)
      : text(t), a(an), date(d), lower(l) {
    for (size_t e = 0; e < a.entities.size(); ++e)
      for (const EntityMention& m : a.entities[e].mentions) entity_spans.emplace_back(m.span, static_cast<int32_t>(e));
    for (const Mention& m : a.mentions)
      if (m.entity >= 0) entity_spans.emplace_back(m.span, m.entity);
    std::sort(entity_spans.begin(), entity_spans.end(),
              [](const auto& x, const auto& y) { return x.first.start < y.first.start || (x.first.start == y.first.start && x.first.end > y.first.end); });
    for (size_t q = 0; q < a.quotes.size(); ++q) quotes.emplace_back(a.quotes[q].span, static_cast<int32_t>(q));
    std::sort(quotes.begin(), quotes.end(), [](const auto& x, const auto& y) {
      return std::tuple(x.first.start, y.first.end, x.second) < std::tuple(y.first.start, x.first.end, y.second);
    });
    quote_reach.resize(quotes.size());
    for (size_t q = 0; q < quotes.size(); ++q)
      quote_reach[q] = std::max(quotes[q].first.end, q > 0 ? quote_reach[q - 1] : 0);
  }

  // The quotation that contains `span` (the one that starts last, if they nest), or -1.
  int32_t QuoteOf(Span span) const {
    size_t q = static_cast<size_t>(std::upper_bound(quotes.begin(), quotes.end(), span.start,
                                                    [](uint32_t s, const auto& x) { return s < x.first.start; }) -
                                   quotes.begin());
    while (q-- > 0 && quote_reach[q] >= span.end)
      if (quotes[q].first.Contains(span)) return quotes[q].second;
    return -1;
  }

  // The entity of the longest mention inside `span`, the later of two as long: the phrase's head ("the President
  // of the European Commission" over "European Commission"; "US President Donald Trump": "Donald Trump").
  int32_t EntityIn(Span span) const {
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

  // Whether the words of `span` follow a place preposition ("in", "at", "near" ...).
  bool AfterPlacePreposition(Span span) const {
    const auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), span.start,
                                     [](const Token& t, uint32_t start) { return t.span.start < start; });
    const size_t t = static_cast<size_t>(it - a.tokens.begin());
    return t > 0 && t < a.tokens.size() && InList(lower[t - 1], kPlacePrepositions);
  }

  // Whether a mention of entity `e` starts at byte `start` ("in New York": at "New").
  bool MentionStartsAt(int32_t e, uint32_t start) const {
    auto it = std::lower_bound(entity_spans.begin(), entity_spans.end(), start,
                               [](const auto& x, uint32_t s) { return x.first.start < s; });
    for (; it != entity_spans.end() && it->first.start == start; ++it)
      if (it->second == e) return true;
    return false;
  }

  int32_t EntityOf(const events::EventParticipant& p) const {
    if (int32_t e = EntityIn(p.span); e >= 0) return e;
    if (p.mention >= 0 && static_cast<size_t>(p.mention) < a.mentions.size() && a.mentions[p.mention].entity >= 0 &&
        !p.pronoun)
      return a.mentions[p.mention].entity;
    if (p.antecedent) return EntityIn(*p.antecedent);
    return -1;
  }

  // The location entity named right after the preposition at token t ("in New York", "at a checkpoint in northern
  // Nigeria" from the second "in"; an article, a compass adjective and "the city of" passed over), or -1.
  int32_t PlaceAfter(uint32_t t, const Sentence& s) const {
    uint32_t n = t + 1;
    while (n + 1 < s.token_end && n <= t + 2 && (InList(lower[n], kArticles) || InList(lower[n], kCompassWords))) ++n;
    // "the Ukrainian city of Odesa", "the port of Sudan": the place named after "of".
    for (uint32_t k = n; k + 2 < s.token_end && k <= n + 2; ++k)
      if (InList(lower[k], kPlaceNouns) && lower[k + 1] == "of") {
        n = k + 2;
        break;
      }
    if (n >= s.token_end) return -1;
    const int32_t ent = EntityIn(Span{a.tokens[n].span.start, a.tokens[std::min(n + 3, s.token_end - 1)].span.end});
    if (ent >= 0 && a.entities[ent].type == EntityType::kLocation && MentionStartsAt(ent, a.tokens[n].span.start))
      return ent;
    return -1;
  }

  // Where the event at `e` happened, as the text says it: a location after a place preposition in the trigger's
  // clause ("met in New York", "marched through Nairobi"; "on" too for attacks: "an attack on Odesa"), up to the
  // next verbal trigger, clause opener (not "and": a verb after it is a trigger) or comma, within 12 words, unless the phrase belongs to another event noun
  // for a state of affairs ("to discuss the crisis in Haiti"); else one in the subject before the trigger ("Protesters in Belgrade have
  // been blocking"). trigger[t]: as BuildEventRecords makes it.
  int32_t PlaceOf(const ReadEvent& e, std::string_view cameo, const std::vector<uint8_t>& trigger) const {
    const Sentence& s = a.sentences[e.sentence];
    const uint32_t at = e.trigger.token;
    const bool attack = cameo.starts_with("18") || cameo.starts_with("19") || cameo.starts_with("20");
    for (uint32_t t = at + 1; t + 1 < s.token_end && t <= at + 12; ++t) {
      if (trigger[t] == 1 || (InList(lower[t], kClauseOpeners) && lower[t] != "and") || lower[t] == ",") break;
      if (!InList(lower[t], kPlacePrepositions) && !(attack && (lower[t] == "on" || lower[t] == "against"))) continue;
      if (t - 1 != at && trigger[t - 1] == 2) break;  // the phrase of another event noun
      if (const int32_t ent = PlaceAfter(t, s); ent >= 0) return ent;
    }
    for (uint32_t t = at; t-- > s.token_begin && t + 8 >= at;) {
      if (trigger[t] == 1 || InList(lower[t], kClauseOpeners) || lower[t] == ",") break;
      if ((lower[t] == "in" || lower[t] == "at") && (t == s.token_begin || trigger[t - 1] != 2))
        if (const int32_t ent = PlaceAfter(t, s); ent >= 0) return ent;
    }
    return -1;
  }

  EventStatus StatusOf(const ReadEvent& e, const std::vector<ReadEvent>& read, size_t k) const {
    const VerbGroup& g = e.group;
    if (g.negated) return EventStatus::kNegated;
    if (!g.modality.empty() && InList(g.modality, kHypotheticalModals)) return EventStatus::kHypothetical;
    if (e.intent || g.tense == "FUTURE") return EventStatus::kPlanned;
    const uint32_t t = e.trigger.token;
    const Sentence& s = a.sentences[e.sentence];
    if (e.trigger.pos != EventPos::kVerb) {
      for (uint32_t b = t; b > s.token_begin && b + 4 > t; --b) {
        if (InList(lower[b - 1], kPlannedCues)) return EventStatus::kPlanned;
        if (InList(lower[b - 1], kOngoingCues)) return EventStatus::kOngoing;
      }
      if (t + 1 < s.token_end && InList(lower[t + 1], kPlannedCues)) return EventStatus::kPlanned;  // "summit planned for"
    } else if (g.tense == "PRESENT" && (g.aspect == "PROGRESSIVE" || g.aspect == "PERFECTIVE_PROGRESSIVE")) {
      return EventStatus::kOngoing;
    } else if (g.tense == "INFINITIVE" || g.tense == "NONE") {
      // "is due to meet", "wants to improve": the governing verb's status.
      for (size_t j = k; j-- > 0 && read[j].sentence == e.sentence && read[j].trigger.token + kGoverningReach >= t;)
        if (read[j].trigger.pos == EventPos::kVerb && read[j].trigger.token < t) {
          if (read[j].intent || read[j].group.tense == "FUTURE") return EventStatus::kPlanned;
          break;
        }
      for (uint32_t b = g.begin + s.token_begin; b > s.token_begin && b + 4 > g.begin + s.token_begin; --b)
        if (InList(lower[b - 1], kPlannedCues)) return EventStatus::kPlanned;
    }
    // A noun governed by a present perfect over a stretch of time ("have been locked in discussions" in recent
    // months) is still going on.
    if (e.trigger.pos == EventPos::kNoun)
      for (size_t j = k; j-- > 0 && read[j].sentence == e.sentence && read[j].trigger.token + 4 >= t;)
        if (read[j].trigger.pos == EventPos::kVerb) {
          if (read[j].group.tense == "PRESENT" && read[j].group.aspect != "NONE") return EventStatus::kOngoing;
          break;
        }
    // Dated after the document date: still to come.
    int64_t d0, d1;
    if (e.date && !e.date->on_or_before && date && DayRange(e.date->value, &d0, &d1) && d0 > date->ToDays())
      return EventStatus::kPlanned;
    return EventStatus::kHappened;
  }
};

bool ByStart(const EventMention& x, const EventMention& y) { return x.span.start < y.span.start; }

void AddParticipant(Event* r, int32_t entity, EventRole role, Span span, std::string_view actor = {}) {
  if (entity < 0) return;
  for (const newsgraph::EventParticipant& p : r->participants)
    if (p.entity == entity) return;
  r->participants.push_back({entity, role, span, std::string(actor)});
}

// A code that names a country or an organisation ("GBR", "USAGOV", "IGOUNO"), not an agent alone ("---GOV").
bool NamesActor(std::string_view code) { return code.size() >= 3 && !code.starts_with("---"); }

// CAMEO actor codes of entities, computed once each: a role's country with the agent of its title ("Prime
// Minister" of "United Kingdom": GBRGOV) or its organisation ("President" of "European Commission": IGOEUREEC), as
// the article or the office-holder list gives it today; else the entity's name's ("Vladimir Putin", "Russia"), which
// the dictionaries may date to an earlier office, as they may the words at the event.
class EntityActors {
 public:
  EntityActors(const Analysis& a, const ActorCoder& actors, const std::optional<Date>& date)
      : a_(a), actors_(actors), date_(date), role_(a.entities.size()), name_(a.entities.size()) {}

  // The code for a participant whose words at the event were coded `words`.
  const std::string& Of(int32_t entity, const std::string& words) {
    if (!role_[entity]) role_[entity] = RoleCode(a_.entities[entity]);
    if (NamesActor(*role_[entity])) return *role_[entity];
    if (NamesActor(words)) return words;
    if (!name_[entity]) name_[entity] = Code(a_.entities[entity].name);
    return NamesActor(*name_[entity]) ? *name_[entity] : words;
  }

 private:
  std::string Code(std::string_view phrase) {
    words_.clear();
    for (std::string_view w : util::SplitWords(phrase)) {
      std::string& out = words_.emplace_back(w);
      for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    lower_.assign(words_.begin(), words_.end());
    return actors_.Code(lower_, 0, lower_.size(), date_);
  }
  std::string RoleCode(const Entity& entity) {
    for (const Role& role : entity.roles) {
      if (role.of.empty()) continue;
      const std::string of = Code(role.of);
      if (!NamesActor(of)) continue;
      if (of.size() > 3) return of;  // an organisation's code says all
      const std::string agent = Code(role.title);
      return agent.starts_with("---") ? of + agent.substr(3) : of;
    }
    return "";
  }

  const Analysis& a_;
  const ActorCoder& actors_;
  const std::optional<Date>& date_;
  std::vector<std::optional<std::string>> role_, name_;
  std::vector<std::string> words_;
  std::vector<std::string_view> lower_;
};

}  // namespace

void AddDictionaryTriggers(const std::vector<std::string_view>& tokens, const std::vector<std::string_view>& lower,
                           const CameoCoder& coder, Scratch* scratch, std::vector<Trigger>* triggers) {
  constexpr std::string_view kBeforeVerb[] = {"to", "will", "would", "could", "may", "might", "shall", "must"};
  std::vector<Trigger> added;
  size_t next = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    while (next < triggers->size() && (*triggers)[next].token < i) ++next;
    const unsigned char first = tokens[i].empty() ? 0 : static_cast<unsigned char>(tokens[i][0]);
    if (first < 'a' || first > 'z' || (next < triggers->size() && (*triggers)[next].token == i)) continue;
    Trigger t;
    t.token = static_cast<uint32_t>(i);
    t.cls = EventClass::kOccurrence;
    t.confidence = 0.5f;
    if (auto c = coder.CodeNoun(lower, i, &scratch->coder); c && !c->code.empty() &&
                                                             std::string_view(c->block).ends_with(lower[i])) {
      t.pos = EventPos::kNoun;
      added.push_back(t);
    } else if (i > 0 && InList(lower[i - 1], kBeforeVerb) && coder.CodeVerb(lower, i, i, i + 1, &scratch->coder)) {
      t.pos = EventPos::kVerb;
      added.push_back(t);
    }
  }
  if (added.empty()) return;
  triggers->insert(triggers->end(), added.begin(), added.end());
  std::sort(triggers->begin(), triggers->end(), [](const Trigger& a, const Trigger& b) { return a.token < b.token; });
}

void BuildEventRecords(std::string_view text, const std::vector<std::string_view>& lower,
                       const std::vector<ReadEvent>& read, const std::optional<Date>& date, bool all,
                       const ActorCoder& actors, Analysis* analysis) {
  Analysis& a = *analysis;
  a.events.clear();
  if (read.empty()) return;
  const Builder b(text, lower, a, date);
  // 1: a verbal trigger; 2: a noun for a state of affairs ("the crisis", "the war"), whose "in" phrase is its own;
  // 3: another nominal one.
  std::vector<uint8_t> trigger(a.tokens.size(), 0);
  for (const ReadEvent& e : read)
    trigger[e.trigger.token] = e.trigger.pos == EventPos::kVerb ? 1
                               : e.trigger.cls == EventClass::kState || InList(lower[e.trigger.token], kSituationNouns)
                                   ? 2
                                   : 3;

  // "a summit planned for May 19": the participle right after an event noun dates the noun and is no event of
  // its own; "the imposition of import tariffs": an event noun in the "of" phrase of another is the same event.
  std::vector<std::optional<events::EventDate>> noun_date(read.size());
  std::vector<int> same_as(read.size(), -1);
  for (size_t k = 0; k + 1 < read.size(); ++k) {
    const ReadEvent& n = read[k];
    if (n.trigger.pos != EventPos::kNoun) continue;
    const ReadEvent& v = read[k + 1];
    if (v.trigger.token == n.trigger.token + 1 && v.trigger.pos == EventPos::kVerb &&
        (v.group.tense == "PASTPART" || v.group.tense == "PAST") &&
        v.date && v.date->timex >= 0) {
      noun_date[k] = v.date;
      same_as[k + 1] = static_cast<int>(k);
    }
    for (size_t j = k + 1; j < read.size() && read[j].trigger.token <= n.trigger.token + 4; ++j)
      if (read[j].trigger.pos == EventPos::kNoun && b.lower[n.trigger.token + 1] == "of" && same_as[j] < 0)
        same_as[j] = static_cast<int>(k);
  }
  // "launched a missile attack", "imposed new sanctions": the light verb took the noun's code (the reader marks
  // the noun merged); the noun is one more mention of the verb's event.
  for (size_t k = 1; k < read.size(); ++k) {
    if (!read[k].merged || read[k].trigger.pos != EventPos::kNoun || same_as[k] >= 0) continue;
    for (size_t j = k; j-- > 0 && read[j].sentence == read[k].sentence && read[j].trigger.token + 4 >= read[k].trigger.token;)
      if (read[j].trigger.pos == EventPos::kVerb) {
        // Its object, not a noun behind a preposition ("the changes we can make in an important summit").
        bool object = true;
        for (uint32_t t = read[j].trigger.token + 1; t < read[k].trigger.token; ++t)
          object = object && !InList(b.lower[t], kPrepositions);
        if (object) same_as[k] = static_cast<int>(j);
        break;
      }
  }
  std::vector<Event> records;
  std::vector<std::string> keys;            // per record
  std::vector<int> record_of(read.size(), -1);
  for (size_t k = 0; k < read.size(); ++k) {
    ReadEvent e_copy;
    if (noun_date[k]) {
      e_copy = read[k];
      e_copy.date = noun_date[k];
    }
    const ReadEvent& e = noun_date[k] ? e_copy : read[k];
    const std::string key = KeyOf(b.lower[e.trigger.token], e.trigger.pos);
    const EventStatus status = b.StatusOf(e, read, k);
    const bool coded = !e.merged && e.code && (!e.cameo.empty() || !e.cameo_reverse.empty());
    int32_t source = -1;
    for (const auto& p : e.participants)
      if (p.role == ParticipantRole::kSource && (source = b.EntityOf(p)) >= 0) break;
    // An earlier record this mention is one more mention of.
    int target = same_as[k] >= 0 ? record_of[same_as[k]] : -1;
    const bool joined = target >= 0;
    if (target < 0 && (e.trigger.cls == EventClass::kOccurrence || e.trigger.cls == EventClass::kIAction))
      // The last kCorefWindow records only: linear time on a huge document.
      for (size_t r = records.size(); r-- > 0 && r + kCorefWindow >= records.size();) {
        if (keys[r] != key) continue;
        const Event& rec = records[r];
        const bool nominal = e.trigger.pos == EventPos::kNoun;
        if (!nominal && !(e.date && rec.date && !e.date->on_or_before && !rec.date->on_or_before)) continue;
        if (!DatesAgree(e.date, rec.date)) continue;
        if ((rec.status == EventStatus::kHappened) != (status == EventStatus::kHappened)) continue;
        bool other_source = false;
        for (const auto& p : rec.participants)
          if (p.role == EventRole::kSource && source >= 0 && p.entity != source) other_source = true;
        if (other_source) continue;
        target = static_cast<int>(r);
        break;
      }
    Event* rec;
    if (target >= 0) {
      rec = &records[target];
    } else {
      records.emplace_back();
      keys.push_back(key);
      rec = &records.back();
      rec->status = status;
      target = static_cast<int>(records.size()) - 1;
    }
    record_of[k] = target;
    if (joined && e.trigger.pos == EventPos::kVerb) {  // a participle that only dates the noun
      if (e.date && (!rec->date || MoreSpecific(*e.date, *rec->date)))
        rec->date = newsgraph::EventDate{e.date->value, e.date->timex, e.date->on_or_before};
      continue;
    }
    rec->mentions.push_back({e.span, e.sentence});
    rec->confidence = std::max(rec->confidence, e.trigger.confidence);
    if (coded && (rec->cameo.empty() || (joined && e.trigger.pos == EventPos::kNoun))) {
      rec->cameo = e.code->code;
      rec->type = e.code->plover;
      rec->quad_class = e.code->quad_class;
      rec->goldstein = e.code->goldstein;
    }
    if (e.date && (!rec->date || MoreSpecific(*e.date, *rec->date))) {
      rec->date = newsgraph::EventDate{e.date->value, e.date->timex, e.date->on_or_before};
      if (status != EventStatus::kHappened) rec->status = status;
    }
    for (const auto& p : e.participants) {
      const int32_t entity = b.EntityOf(p);
      // "met in New York", "a protest in Goma": where it happened, not on whom (the place, below).
      if (p.role != ParticipantRole::kSource && entity >= 0 && a.entities[entity].type == EntityType::kLocation &&
          b.AfterPlacePreposition(p.span))
        continue;
      AddParticipant(rec, entity, p.role == ParticipantRole::kSource ? EventRole::kSource : EventRole::kTarget, p.span,
                     p.actor);
    }
    // "leaders have been locked in discussions", "engaged in talks": the noun's actors are the verb's.
    if (e.trigger.pos == EventPos::kNoun && rec->participants.empty())
      for (size_t j = k; j-- > 0 && read[j].sentence == e.sentence;) {
        const ReadEvent& v = read[j];
        if (v.trigger.pos != EventPos::kVerb || v.trigger.token + 3 < e.trigger.token) break;
        if (b.lower[v.trigger.token + 1] != "in") break;
        for (const auto& p : v.participants) AddParticipant(rec, b.EntityOf(p), EventRole::kSource, p.span, p.actor);
        break;
      }
    if (rec->place < 0) rec->place = b.PlaceOf(e, rec->cameo, trigger);
    // "is due to visit Washington": a visit's place is the place visited.
    if (rec->place < 0 && (rec->cameo.starts_with("042") || key == "visit" || key == "tour"))
      for (const auto& p : rec->participants)
        if (p.role == EventRole::kTarget && a.entities[p.entity].type == EntityType::kLocation) rec->place = p.entity;
    if (rec->reported_by < 0) rec->reported_by = b.QuoteOf(e.span);
  }
  // Verbs with an "at <event noun>" phrase: their participants join that event, and their mention too, unless the
  // verb is coded as another kind of event.
  std::vector<bool> dropped(records.size(), false);
  for (size_t k = 0; k < read.size(); ++k) {
    const ReadEvent& e = read[k];
    if (e.trigger.pos != EventPos::kVerb) continue;
    const Sentence& s = a.sentences[e.sentence];
    int noun_record = -1;
    uint32_t at = 0;
    for (uint32_t t = e.trigger.token + 1; t + 1 < s.token_end && t <= e.trigger.token + 20 && noun_record < 0; ++t) {
      if (trigger[t] == 1 && t != e.trigger.token) break;
      if (b.lower[t] != "at") continue;
      at = t;
      for (size_t j = k + 1; j < read.size() && read[j].trigger.token <= t + 3; ++j)
        if (read[j].trigger.token > t && read[j].trigger.pos == EventPos::kNoun) noun_record = record_of[j];
    }
    const int own = record_of[k];
    if (noun_record < 0 || own == noun_record || records[own].mentions.size() > 1) continue;
    Event& into = records[noun_record];
    // Only taking part in it ("host X at the summit", "spoke at the rally"): a verb coded otherwise is its own event
    // ("arrested 20 students at a rally"); an intent ("will host", coded 03x) is taking part to come.
    const Event& verb_record = records[own];
    if (!verb_record.type.empty() && verb_record.type != into.type && !verb_record.cameo.starts_with("03")) continue;
    for (const newsgraph::EventParticipant& p : records[own].participants)
      AddParticipant(&into, p.entity, p.role == EventRole::kSource ? EventRole::kSource : EventRole::kParticipant,
                     p.span, p.actor);
    // Everyone named between the verb and "at" ("host X as well as Y at the summit") takes part.
    const Span between{a.tokens[e.trigger.token].span.end, a.tokens[at].span.start};
    const auto first = std::lower_bound(b.entity_spans.begin(), b.entity_spans.end(), between.start,
                                        [](const auto& x, uint32_t v) { return x.first.start < v; });
    for (auto it = first; it != b.entity_spans.end() && it->first.start < between.end; ++it) {
      const auto& [span, entity] = *it;
      if (!between.Contains(span)) continue;
      bool inside_another = false;  // "European Council" of "President of the European Council Antonio Costa"
      for (auto other = first; other != b.entity_spans.end() && other->first.start < between.end; ++other)
        if (between.Contains(other->first) && other->first.Contains(span) && !(other->first == span))
          inside_another = true;
      if (!inside_another) AddParticipant(&into, entity, EventRole::kParticipant, span);
    }
    into.mentions.push_back(records[own].mentions.front());  // put in text order below
    if (into.status == EventStatus::kHappened) into.status = records[own].status;
    dropped[own] = true;
  }
  EntityActors entity_actors(a, actors, date);
  for (size_t r = 0; r < records.size(); ++r) {
    if (dropped[r]) continue;
    Event& rec = records[r];
    if (!all && rec.type.empty() && rec.participants.empty()) continue;
    for (newsgraph::EventParticipant& p : rec.participants) {
      if (rec.cameo.empty()) {
        p.actor.clear();
        continue;
      }
      p.actor = entity_actors.Of(p.entity, p.actor);
    }
    if (!std::is_sorted(rec.mentions.begin(), rec.mentions.end(), ByStart))
      std::sort(rec.mentions.begin(), rec.mentions.end(), ByStart);
    a.events.push_back(std::move(rec));
  }
}

}  // namespace newsgraph::events
