#include "entities/places.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "entities/acronyms.h"
#include "lang/dateline.h"
#include "lang/toponyms.h"
#include "text/token_search.h"

namespace newsgraph::entities {
namespace {

using lang::HasLower;
using lang::StartsUpper;

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return out;
}

template <size_t N>
bool IsOneOf(std::string_view lower, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), lower) != words.end();
}

// The last word of a newspaper's or broadcaster's name: a place name before it names the paper, not a place of the
// story ("the Sydney Morning Herald", "the Irish Times" is not Ireland's).
bool IsMediaWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 30> kWords = {
      "herald", "times", "post", "tribune", "gazette", "journal", "chronicle", "telegraph", "guardian", "star",
      "news", "mail", "express", "observer", "independent", "courier", "examiner", "advertiser", "bulletin",
      "register", "review", "standard", "press", "inquirer", "dispatch", "sentinel", "mercury", "statesman",
      "enquirer", "argus"};
  return IsOneOf(lower, kWords);
}

// Titles of nobility and of the churches: the place in "the Duke of Edinburgh" or "the Archbishop of Canterbury"
// is part of a person's title, not a place of the story.
bool IsTitleOfPlace(std::string_view lower) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "duke", "duchess", "earl", "countess", "marquess", "marquis", "prince", "princess", "baron", "baroness",
      "archbishop", "bishop", "viscount", "viscountess", "archdeacon", "dean"};
  return IsOneOf(lower, kWords);
}

// The raw salience of an entity's mentions, as the resolver's Finish weighs them (entities/resolver.h).
double RawSalience(const Entity& e, int quotes, uint32_t first_paragraph_end) {
  double score = quotes;
  for (const EntityMention& m : e.mentions) {
    double w = m.kind == EntityMentionKind::kName ? 1.0 : m.kind == EntityMentionKind::kTitle ? 0.8 : 0.6;
    if (m.span.start < first_paragraph_end) w *= 1.5;
    score += w;
  }
  return score;
}

// How well founded one reading of an entity is: the strongest basis of its names, how many have it, its confidence.
struct Choice {
  int strength = 0, count = 0;
  double confidence = 0;
};

// How well founded a reading is: what the text writes next to the name first, the article's context last.
int Strength(lang::ToponymReading::Basis b) {
  switch (b) {
    case lang::ToponymReading::Basis::kQualified: return 4;
    case lang::ToponymReading::Basis::kQualifier: return 3;
    case lang::ToponymReading::Basis::kSameName: return 2;
    case lang::ToponymReading::Basis::kContext: return 1;
    case lang::ToponymReading::Basis::kNone: return 0;
  }
  return 0;
}

class Placer {
 public:
  Placer(std::string_view text, const lang::Gazetteer& g, const std::optional<Span>& dateline, Analysis* a,
         EntityLinks* links)
      : text_(text), g_(g), line_(dateline), a_(*a), links_(*links), entities_(a->entities) {
    touched_.assign(entities_.size(), false);
    tagged_.resize(a_.mentions.size());
    for (size_t m = 0; m < tagged_.size(); ++m) tagged_[m] = m;
    std::stable_sort(tagged_.begin(), tagged_.end(),
                     [&](size_t x, size_t y) { return a_.mentions[x].span.start < a_.mentions[y].span.start; });
    votes_.assign(entities_.size(), {0, 0, 0, 0});
    for (size_t m = 0; m < a_.mentions.size() && m < links_.mention_entity.size(); ++m)
      if (const int32_t e = links_.mention_entity[m]; e >= 0 && static_cast<size_t>(e) < votes_.size())
        ++votes_[e][static_cast<int>(a_.mentions[m].type) & 3];
  }

  void Run() {
    const uint32_t first_paragraph_end = a_.paragraphs.empty() ? 0 : a_.paragraphs[0].span.end;
    std::vector<int> quotes = QuoteCounts();
    double best = 0;
    for (size_t e = 0; e < entities_.size(); ++e)
      best = std::max(best, RawSalience(entities_[e], quotes[e], first_paragraph_end));

    RegionsTypedAsOrganizations();
    NamesThatAreNotPlaces();
    NamedWaters();
    AddDateline();
    AddMissedPlaces();
    TownsTypedAsOthers();
    Resolve();
    SpeakersAreNotPlaces();
    MergeSamePlaces();
    Compact(best, first_paragraph_end);
  }

 private:
  std::string_view Word(size_t t) const {
    return t < a_.tokens.size() ? a_.tokens[t].span.In(text_) : std::string_view();
  }
  bool Capitalized(size_t t) const {
    return t < a_.tokens.size() && a_.tokens[t].kind == TokenKind::kWord && StartsUpper(Word(t));
  }
  bool SentenceStartsAt(size_t t) const {
    const auto it = std::upper_bound(a_.sentences.begin(), a_.sentences.end(), t,
                                     [](size_t x, const Sentence& s) { return x < s.token_end; });
    return it != a_.sentences.end() && it->token_begin == t;
  }
  size_t SentenceEnd(size_t t) const {
    const auto it = std::upper_bound(a_.sentences.begin(), a_.sentences.end(), t,
                                     [](size_t x, const Sentence& s) { return x < s.token_end; });
    return it == a_.sentences.end() ? a_.tokens.size() : it->token_end;
  }
  // The first token that overlaps byte offset `offset` or comes after it.
  size_t TokenOver(uint32_t offset) const {
    return text::TokenEndingAfter(a_.tokens, offset);
  }

  std::vector<int> QuoteCounts() const {
    std::vector<int> quotes(entities_.size(), 0);
    for (const int32_t e : links_.speaker_entity)
      if (e >= 0 && static_cast<size_t>(e) < quotes.size()) ++quotes[e];
    return quotes;
  }

  int32_t NewEntity(EntityType type, Span span) {
    Entity e;
    e.type = type;
    e.name = std::string(span.In(text_));
    e.mentions.push_back(EntityMention{span, EntityMentionKind::kName, false});
    entities_.push_back(std::move(e));
    touched_.push_back(true);
    Relink(span, static_cast<int32_t>(entities_.size() - 1));
    return static_cast<int32_t>(entities_.size() - 1);
  }
  // The tagger's mentions inside `span` now name entity `e` (-1: none).
  void Relink(Span span, int32_t e) {
    auto it = std::lower_bound(tagged_.begin(), tagged_.end(), span.start,
                               [&](size_t m, uint32_t o) { return a_.mentions[m].span.start < o; });
    for (; it != tagged_.end() && a_.mentions[*it].span.start < span.end; ++it)
      if (span.Contains(a_.mentions[*it].span) && *it < links_.mention_entity.size()) links_.mention_entity[*it] = e;
  }
  // The tagger's mention with exactly this span, or null.
  const Mention* Tagged(Span span) const {
    auto it = std::lower_bound(tagged_.begin(), tagged_.end(), span.start,
                               [&](size_t m, uint32_t o) { return a_.mentions[m].span.start < o; });
    for (; it != tagged_.end() && a_.mentions[*it].span.start == span.start; ++it)
      if (a_.mentions[*it].span == span) return &a_.mentions[*it];
    return nullptr;
  }
  // Entity e's mention covering byte `offset` (its mentions are in text order), or null.
  EntityMention* MentionOver(size_t e, uint32_t offset) {
    auto& ms = entities_[e].mentions;
    auto it = std::upper_bound(ms.begin(), ms.end(), offset,
                               [](uint32_t o, const EntityMention& m) { return o < m.span.start; });
    if (it == ms.begin()) return nullptr;
    --it;
    return it->span.start <= offset && offset < it->span.end ? &*it : nullptr;
  }
  // Notes the mention gone (Sweep drops it): erasing one by one would be quadratic in a long document.
  void RemoveMention(size_t e, Span span) {
    gone_.emplace_back(e, span);
    touched_[e] = true;
    Relink(span, -1);
  }
  void Sweep() {
    if (gone_.empty()) return;
    auto order = [](const std::pair<size_t, Span>& x, const std::pair<size_t, Span>& y) {
      return std::tie(x.first, x.second.start, x.second.end) < std::tie(y.first, y.second.start, y.second.end);
    };
    std::sort(gone_.begin(), gone_.end(), order);
    for (auto g = gone_.begin(); g != gone_.end();) {
      const size_t e = g->first;
      auto last = g;
      while (last != gone_.end() && last->first == e) ++last;
      auto& ms = entities_[e].mentions;
      ms.erase(std::remove_if(ms.begin(), ms.end(),
                              [&](const EntityMention& m) {
                                return std::binary_search(g, last, std::make_pair(e, m.span), order);
                              }),
               ms.end());
      g = last;
    }
    gone_.clear();
  }
  // Which entity's mention covers each token (the first found), for EntityAt.
  void IndexOwners() {
    owner_.assign(a_.tokens.size(), -1);
    for (size_t e = 0; e < entities_.size(); ++e)
      for (const EntityMention& m : entities_[e].mentions)
        for (size_t t = TokenOver(m.span.start); t < a_.tokens.size() && a_.tokens[t].span.start < m.span.end; ++t)
          if (owner_[t] < 0) owner_[t] = static_cast<int32_t>(e);
  }
  bool HasNameMention(const Entity& e) const {
    return std::any_of(e.mentions.begin(), e.mentions.end(),
                       [](const EntityMention& m) { return m.kind == EntityMentionKind::kName; });
  }
  static void ClearPlace(Entity* e) {
    e->latitude.reset();
    e->longitude.reset();
    e->geonames_id = 0;
    e->feature_class.clear();
    e->feature_code.clear();
    e->admin1.clear();
  }
  // The entity holding a mention that overlaps `span` when IndexOwners last ran, or -1.
  int32_t EntityAt(Span span) const {
    for (size_t t = TokenOver(span.start); t < owner_.size() && a_.tokens[t].span.start < span.end; ++t)
      if (owner_[t] >= 0) return owner_[t];
    return -1;
  }

  // Whether quotation q's speaker is entity e's name itself ("Warwick said", "the Kremlin said"), not a phrase
  // around it ("officials in Georgia said") nor a name after a preposition or in a list ("voters from Macon and
  // Perry say", where the quotation stage took the last name for the speaker).
  // Each entity's name mentions by start, for SpeaksByName: one pass over the mentions instead of one per quotation.
  std::vector<std::vector<Span>> NamesByStart() const {
    std::vector<std::vector<Span>> names(entities_.size());
    for (size_t e = 0; e < entities_.size(); ++e) {
      for (const EntityMention& m : entities_[e].mentions)
        if (m.kind == EntityMentionKind::kName) names[e].push_back(m.span);
      std::sort(names[e].begin(), names[e].end(), [](const Span& x, const Span& y) { return x.start < y.start; });
    }
    return names;
  }

  // Whether quotation q's speaker is entity e's name (`names`: e's name mentions by start), not a place named
  // inside the speaker phrase.
  bool SpeaksByName(size_t q, const std::vector<Span>& names) const {
    if (q >= a_.quotes.size() || !a_.quotes[q].speaker) return false;
    const Span s = *a_.quotes[q].speaker;
    // The dateline's name stands before the story, outside its clauses: a speaker found there ("SYDNEY, June 3
    // (Reuters) - The court ordered the airline to pay", the sentence's first name taken for the subject) is a
    // misreading, not a person who speaks.
    if (dateline_ && s.Overlaps(*dateline_)) return false;
    // Only a name that contains the speaker (it starts at or before it) or ends with it (it starts inside it).
    auto it = std::upper_bound(names.begin(), names.end(), s.start,
                               [](uint32_t start, const Span& m) { return start < m.start; });
    if (it != names.begin()) --it;
    for (; it != names.end() && it->start < std::max(s.end, s.start + 1); ++it) {
      const Span m = *it;
      const bool name = m.Contains(s) || (s.Contains(m) && m.end == s.end &&
                                          LowerAscii(text_.substr(s.start, m.start - s.start)) == "the ");
      if (!name) continue;
      const size_t t = text::TokenAtOrAfter(a_.tokens, s.start);
      static constexpr std::array<std::string_view, 16> kBefore = {
          "in", "at", "from", "around", "near", "across", "of", "and", "or", ",", "to", "outside", "throughout",
          "for", "with", "between"};
      return t == 0 || !IsOneOf(LowerAscii(Word(t - 1)), kBefore);
    }
    return false;
  }

  // A place that speaks is a person the tagger mistook ("Warwick said"), unless it is read as a country or a
  // first-level region ("Texas said in a filing"), or is a metonym ("Washington said", "Brussels has confirmed").
  void SpeakersAreNotPlaces() {
    const std::vector<std::vector<Span>> names = NamesByStart();
    for (size_t q = 0; q < a_.quotes.size() && q < links_.speaker_entity.size(); ++q) {
      const int32_t id = links_.speaker_entity[q];
      if (id < 0) continue;
      Entity& e = entities_[id];
      if (e.type != EntityType::kLocation || !e.metonym_for.empty()) continue;
      if (place_[id] != lang::kNoPlace) {
        const lang::PlaceKind kind = g_.place(place_[id]).kind;
        if (kind == lang::PlaceKind::kCountry || kind == lang::PlaceKind::kAdmin1) continue;
      }
      if (!SpeaksByName(q, names[id])) continue;
      const std::array<int, 4> votes = static_cast<size_t>(id) < votes_.size() ? votes_[id] : std::array<int, 4>{};
      e.type = votes[static_cast<int>(EntityType::kOrganization)] > votes[static_cast<int>(EntityType::kPerson)]
                   ? EntityType::kOrganization
                   : EntityType::kPerson;
      e.feature.clear();
      e.country.clear();
      ClearPlace(&e);
      place_[id] = lang::kNoPlace;
      touched_[id] = true;
    }
  }

  // A region whose name ends in an organisation's word ("West Bank") is a place when the tagger typed every
  // mention of it LOCATION and the gazetteer knows the whole name as a region or country.
  void RegionsTypedAsOrganizations() {
    for (size_t e = 0; e < entities_.size(); ++e) {
      // Names of several words only: the organisation-word rule reads the last of them ("VA" is an organisation by
      // knowledge, whatever the tagger says).
      if (entities_[e].type != EntityType::kOrganization || entities_[e].name.find(' ') == std::string::npos) continue;
      const std::array<int, 4>& v = votes_[e];
      const int located = v[static_cast<int>(EntityType::kLocation)];
      if (located == 0 || located != v[0] + v[1] + v[2] + v[3]) continue;
      bool region = false;
      for (const lang::NameMatch& m : g_.Lookup(entities_[e].name)) {
        const lang::Place p = g_.place(m.place);
        region |= m.kind != lang::NameKind::kAbbreviation &&
                  (p.kind == lang::PlaceKind::kAdmin1 || p.kind == lang::PlaceKind::kCountry ||
                   (p.kind == lang::PlaceKind::kRegion && !p.country.empty()));
      }
      if (!region) continue;
      entities_[e].type = EntityType::kLocation;
      touched_[e] = true;
    }
  }

  // Place names inside a newspaper's name or a title are taken out of the places.
  void NamesThatAreNotPlaces() {
    IndexOwners();
    const size_t count = entities_.size();  // new organisations are not read again
    for (size_t e = 0; e < count; ++e) {
      if (entities_[e].type != EntityType::kLocation) continue;
      const std::vector<EntityMention> mentions = entities_[e].mentions;
      for (const EntityMention& m : mentions) {
        if (m.kind != EntityMentionKind::kName) continue;
        const size_t begin = text::TokenAtOrAfter(a_.tokens, m.span.start);
        size_t end = text::TokenAtOrAfter(a_.tokens, m.span.end);
        // "the Duke of Edinburgh"
        if (begin >= 2 && LowerAscii(Word(begin - 1)) == "of" && IsTitleOfPlace(LowerAscii(Word(begin - 2)))) {
          excluded_.push_back(m.span);
          RemoveMention(e, m.span);
          continue;
        }
        // "a writer for The Atlantic": a sea or ocean is never written with a capital "The" inside a sentence; a
        // publication is.
        if (begin < end && Word(begin) == "The" && !SentenceStartsAt(begin) && WaterName(m.span.In(text_))) {
          excluded_.push_back(m.span);
          RemoveMention(e, m.span);
          NewEntity(EntityType::kOrganization, m.span);
          continue;
        }
        // "the Sydney Morning Herald": capitalised words after the place, the last a newspaper's.
        const size_t stop = std::min(SentenceEnd(begin), end + 4);
        size_t k = end;
        while (k < stop && Capitalized(k) && a_.tokens[k].space_before) ++k;
        if (k == end || !IsMediaWord(LowerAscii(Word(k - 1)))) continue;
        const Span paper{m.span.start, a_.tokens[k - 1].span.end};
        excluded_.push_back(paper);
        RemoveMention(e, m.span);
        // The paper's entity, if the tagger found the rest of its name; else a new organisation.
        int32_t org = -1;
        for (size_t t = end; t < k && org < 0; ++t) {
          const int32_t o = owner_[t];
          if (o < 0 || static_cast<size_t>(o) == e || entities_[o].type == EntityType::kLocation) continue;
          EntityMention* om = MentionOver(static_cast<size_t>(o), a_.tokens[t].span.start);
          if (!om || !paper.Contains(om->span)) continue;
          if (entities_[o].name == om->span.In(text_)) entities_[o].name = std::string(paper.In(text_));
          om->span = paper;
          org = o;
          touched_[o] = true;
          Relink(paper, org);
        }
        if (org < 0) NewEntity(EntityType::kOrganization, paper);
      }
    }
    Sweep();
  }

  // A word inside a place's name that is not capitalised: "Strait of Hormuz", "Bab el-Mandeb".
  bool NameLink(size_t t) const {
    static constexpr std::array<std::string_view, 8> kLinks = {"of", "el", "al", "de", "del", "la", "du", "da"};
    if (t >= a_.tokens.size() || a_.tokens[t].kind != TokenKind::kWord) return false;
    const std::string_view w = Word(t);
    return IsOneOf(w, kLinks) || (w.size() > 3 && w[2] == '-' && (w[0] == 'e' || w[0] == 'a') && w[1] == 'l' &&
                                  StartsUpper(w.substr(3)));  // "el-Mandeb", "al-Mandab"
  }
  // Whether the gazetteer knows `name` as a body of water, a shoal or reef, or an island group.
  bool WaterName(std::string_view name) const {
    for (const lang::NameMatch& m : g_.Lookup(name)) {
      const lang::Place p = g_.place(m.place);
      const char c = p.feature_class();
      if (m.kind != lang::NameKind::kAbbreviation && (c == 'H' || c == 'T')) return true;
    }
    return false;
  }

  // Seas, straits, lakes, shoals and island groups named in two words or more ("the Strait of Hormuz", "Second
  // Thomas Shoal", "Bab el-Mandeb", "English Channel"): the tagger types many as organisations or people, or takes
  // only part of the name. A name the gazetteer knows as one (data/places/waters.tsv) becomes a place entity of its
  // own, taking the words from what the tagger found there, unless it is part of a longer capitalised name ("the
  // Black Sea Fleet", "Lake Victoria Basin Commission").
  void NamedWaters() {
    constexpr size_t kMaxWords = 6;
    std::vector<Span> found;
    for (const Sentence& sentence : a_.sentences) {
      for (size_t t = sentence.token_begin; t + 1 < sentence.token_end; ++t) {
        if (!Capitalized(t) || LowerAscii(Word(t)) == "the") continue;
        size_t run = t + 1;
        while (run < sentence.token_end && run < t + kMaxWords && (Capitalized(run) || NameLink(run))) ++run;
        for (size_t end = run; end >= t + 2; --end) {
          const bool last = Capitalized(end - 1) || (NameLink(end - 1) && Word(end - 1).size() > 3);  // not "of"
          if (!last) continue;
          if (end < sentence.token_end && Capitalized(end)) break;  // inside a longer name
          const Span span{a_.tokens[t].span.start, a_.tokens[end - 1].span.end};
          if (!WaterName(span.In(text_))) continue;
          found.push_back(span);
          t = end - 1;
          break;
        }
      }
    }
    if (found.empty()) return;
    IndexOwners();
    std::vector<Span> fresh;
    for (const Span& w : found) {
      if (std::any_of(excluded_.begin(), excluded_.end(), [&](const Span& x) { return x.Overlaps(w); })) continue;
      bool known = false, inside_longer = false;
      std::vector<std::pair<size_t, Span>> over;
      for (size_t t = TokenOver(w.start); t < owner_.size() && a_.tokens[t].span.start < w.end; ++t) {
        const int32_t o = owner_[t];
        if (o < 0) continue;
        for (const EntityMention& m : entities_[o].mentions) {
          if (!m.span.Overlaps(w)) continue;
          if (m.span == w && entities_[o].type == EntityType::kLocation) known = true;
          else if (m.span != w && m.span.Contains(w)) inside_longer = true;
          else over.emplace_back(static_cast<size_t>(o), m.span);
        }
      }
      if (known || inside_longer) continue;
      std::sort(over.begin(), over.end(), [](const auto& x, const auto& y) {
        return std::tie(x.first, x.second.start, x.second.end) < std::tie(y.first, y.second.start, y.second.end);
      });
      over.erase(std::unique(over.begin(), over.end()), over.end());
      for (const auto& [o, span] : over) RemoveMention(o, span);
      fresh.push_back(w);
    }
    Sweep();
    AddPlaces(fresh);
  }

  // A town the tagger typed as a person or an organisation, sure of itself ("raided Jenin and Tulkarm", "captured
  // Goma and Bukavu", "in Khan Younis, Rafah and Deir al-Balah"): a name the gazetteer knows as a town of 15,000
  // people or more (by another name, of 50,000 or more) or a first-level region, every mention of which stands in a
  // list beside a place or after a locative preposition ("in", "near"), never possessive, of an entity with no role
  // that speaks no quotation, is that place.
  void TownsTypedAsOthers() {
    std::vector<bool> speaks(entities_.size(), false);
    for (const int32_t q : links_.speaker_entity)
      if (q >= 0 && static_cast<size_t>(q) < speaks.size()) speaks[q] = true;
    IndexOwners();
    // A known town in a list: the neighbour is a place entity whose name is itself a town or a region of a country
    // the name's towns are in ("Jenin and Tulkarm"; not "Chorley, Herve (McKoy 45)"), in a sentence that is no
    // table of names (a line-up: parentheses and many commas).
    auto location_at = [&](size_t t, const std::string& name) {
      if (t >= owner_.size() || owner_[t] < 0 || entities_[owner_[t]].type != EntityType::kLocation) return false;
      const std::vector<std::string> theirs = TownCountries(entities_[owner_[t]].name), ours = TownCountries(name);
      return std::any_of(ours.begin(), ours.end(),
                         [&](const std::string& c) { return std::find(theirs.begin(), theirs.end(), c) != theirs.end(); });
    };
    auto table = [&](size_t t) {
      const size_t end = SentenceEnd(t);
      size_t begin = t;
      while (begin > 0 && SentenceEnd(begin - 1) == end) --begin;
      int commas = 0;
      bool parenthesis = false;
      for (size_t k = begin; k < end; ++k) {
        commas += Word(k) == "," || Word(k) == ";";
        parenthesis |= Word(k) == "(";
      }
      return parenthesis && commas >= 4;
    };
    for (size_t e = 0; e < entities_.size() && e < speaks.size(); ++e) {
      Entity& en = entities_[e];
      if (en.type == EntityType::kLocation || speaks[e] || !en.roles.empty() || !HasNameMention(en)) continue;
      if (!TownName(en.name)) continue;
      bool evidence = true;
      for (const EntityMention& m : en.mentions) {
        const size_t begin = TokenOver(m.span.start), end = text::TokenAtOrAfter(a_.tokens, m.span.end);
        if (m.kind != EntityMentionKind::kName || begin >= end || m.span.In(text_) != en.name ||
            (end < a_.tokens.size() && (Word(end) == "'s" || Word(end) == "\u2019s" || Capitalized(end)))) {
          evidence = false;
          break;
        }
        const std::string before = begin > 0 ? LowerAscii(Word(begin - 1)) : std::string();
        // The name ends its phrase ("in Goma.", "in Goma on Monday"; not "In London, Brent crude fell").
        static constexpr std::array<std::string_view, 22> kAfterPlace = {
            "on", "in", "at", "and", "or", "to", "after", "before", "since", "last", "this", "as",
            "where", "when", "for", "with", "by", "from", "near", "during", "until", "over"};
        const bool phrase_ends = end >= a_.tokens.size() || a_.tokens[end].kind != TokenKind::kWord ||
                                 !std::islower(static_cast<unsigned char>(Word(end)[0])) ||
                                 IsOneOf(Word(end), kAfterPlace);
        const bool list = phrase_ends && !table(begin) &&
                          (((before == "and" || before == ",") && begin >= 2 && location_at(begin - 2, en.name)) ||
                           (end + 1 < a_.tokens.size() && (Word(end) == "and" || Word(end) == ",") &&
                            location_at(end + 1, en.name)));
        const bool preposition = (before == "in" || before == "near" || before == "outside") && phrase_ends;
        if (!list && !preposition) {
          evidence = false;
          break;
        }
      }
      if (!evidence) continue;
      en.type = EntityType::kLocation;
      en.feature.clear();
      touched_[e] = true;
    }
  }
  // The countries of the towns (15,000 people or more) and regions `name` names.
  std::vector<std::string> TownCountries(std::string_view name) const {
    std::vector<std::string> out;
    for (const lang::NameMatch& m : g_.Lookup(name)) {
      const lang::Place p = g_.place(m.place);
      if (m.kind == lang::NameKind::kAbbreviation || p.country.empty()) continue;
      if (p.kind == lang::PlaceKind::kAdmin1 || p.kind == lang::PlaceKind::kCountry ||
          (p.kind == lang::PlaceKind::kPopulated && p.population >= 15000))
        out.emplace_back(p.country);
    }
    return out;
  }
  bool TownName(std::string_view name) const {
    for (const lang::NameMatch& m : g_.Lookup(name)) {
      const lang::Place p = g_.place(m.place);
      if (m.kind == lang::NameKind::kAbbreviation) continue;
      if (p.kind == lang::PlaceKind::kAdmin1 && m.kind == lang::NameKind::kPrimary) return true;
      if (p.kind == lang::PlaceKind::kPopulated &&
          p.population >= (m.kind == lang::NameKind::kPrimary ? 15000 : 50000))
        return true;
    }
    return false;
  }

  // Whether the gazetteer knows the name as a city of 100,000 people or more, or a capital.
  bool LargeCity(std::string_view name) const {
    constexpr uint32_t kLarge = 100000;
    for (const lang::NameMatch& m : g_.Lookup(name)) {
      const lang::Place p = g_.place(m.place);
      if (m.kind != lang::NameKind::kAbbreviation && p.kind == lang::PlaceKind::kPopulated &&
          (p.population >= kLarge || p.feature == "PPLC"))
        return true;
    }
    return false;
  }

  // Whether the gazetteer knows the name as a place of its own (not only as an abbreviation).
  bool KnownPlace(std::string_view name) const {
    for (const lang::NameMatch& m : g_.Lookup(name))
      if (m.kind != lang::NameKind::kAbbreviation) return true;
    return false;
  }

  void AddDateline() {
    const std::optional<Span>& line = line_;
    if (!line || !KnownPlace(line->In(text_))) return;
    // "NEW DELHI:" is a dateline, "BOOM:" or "WATCH:" a headline's cry: a name before a colon is a city's only when
    // the gazetteer knows a large one of that name.
    if (const size_t after = text::TokenAtOrAfter(a_.tokens, line->end);
        after < a_.tokens.size() && Word(after) == ":" && !LargeCity(line->In(text_)))
      return;
    IndexOwners();
    const int32_t holder = EntityAt(*line);
    if (holder >= 0 && entities_[holder].type == EntityType::kLocation) {
      dateline_ = line;
      return;
    }
    if (holder >= 0) {
      Entity& other = entities_[holder];
      // A capitalised name the tagger typed otherwise and also names elsewhere is what the tagger says.
      const bool only_here = std::all_of(other.mentions.begin(), other.mentions.end(), [&](const EntityMention& m) {
        return m.kind != EntityMentionKind::kName || m.span.Overlaps(*line);
      });
      if (!only_here && HasLower(line->In(text_))) return;
      for (const EntityMention& m : std::vector<EntityMention>(other.mentions))
        if (m.span.Overlaps(*line)) RemoveMention(static_cast<size_t>(holder), m.span);
      Sweep();
    }
    dateline_ = line;
    NewEntity(EntityType::kLocation, *line);
  }

  // Place names the tagger missed, or typed otherwise without confidence, where the words around them say "place".
  void AddMissedPlaces() {
    constexpr float kSure = 0.8f;
    std::vector<Span> known, blocked = excluded_;
    // Entities of other types whose every name is an unsure guess of the tagger may be places.
    std::vector<bool> unsure(entities_.size(), false);
    for (size_t e = 0; e < entities_.size(); ++e) {
      const Entity& en = entities_[e];
      if (en.type == EntityType::kLocation || !en.roles.empty()) continue;
      bool all_unsure = HasNameMention(en);
      for (const EntityMention& m : en.mentions) {
        if (m.kind != EntityMentionKind::kName) {
          all_unsure = false;
          continue;
        }
        const Mention* tagged = Tagged(m.span);
        all_unsure &= tagged && tagged->confidence < kSure;
      }
      unsure[e] = all_unsure;
    }
    const std::vector<std::vector<Span>> names = NamesByStart();
    for (size_t q = 0; q < links_.speaker_entity.size(); ++q) {
      const int32_t s = links_.speaker_entity[q];
      if (s >= 0 && static_cast<size_t>(s) < unsure.size() && SpeaksByName(q, names[s])) unsure[s] = false;
    }
    for (size_t e = 0; e < entities_.size(); ++e)
      for (const EntityMention& m : entities_[e].mentions)
        (entities_[e].type == EntityType::kLocation ? known : unsure[e] ? known_unsure_ : blocked).push_back(m.span);
    for (const Mention& m : a_.mentions)
      if (m.type != EntityType::kLocation && m.confidence >= kSure) blocked.push_back(m.span);
    for (const Timex& t : a_.timexes) blocked.push_back(t.span);
    // A wire credit line ("(Reporting by Tom Brown in London; ...)") tells where the reporter was, not the story.
    for (const Span& credit : WireCreditSpans(text_)) blocked.push_back(credit);
    std::sort(known.begin(), known.end(), [](const Span& x, const Span& y) { return x.start < y.start; });
    const std::vector<Span> found = lang::FindMissedToponyms(text_, a_.tokens, a_.sentences, known, blocked, g_);
    if (found.empty()) return;
    IndexOwners();
    // An unsure entity becomes a place when all its names are found as places; otherwise it stays what it was.
    std::vector<int> names_found(entities_.size(), 0);
    std::vector<Span> fresh;
    for (const Span& s : found) {
      const int32_t holder = EntityAt(s);
      if (holder < 0) {
        fresh.push_back(s);
      } else if (unsure[holder]) {
        ++names_found[holder];
      }
    }
    for (size_t e = 0; e < unsure.size(); ++e) {
      if (!unsure[e] || names_found[e] == 0) continue;
      Entity& en = entities_[e];
      const auto names = std::count_if(en.mentions.begin(), en.mentions.end(),
                                       [](const EntityMention& m) { return m.kind == EntityMentionKind::kName; });
      if (names_found[e] != names) continue;
      en.type = EntityType::kLocation;
      en.feature.clear();
      touched_[e] = true;
    }
    AddPlaces(fresh);
  }

  // Place entities for new place names: one entity per name, which a place entity of that name already known is
  // (its mentions kept in text order).
  void AddPlaces(const std::vector<Span>& spans) {
    std::unordered_map<std::string, size_t> by_key;
    for (size_t e = 0; e < entities_.size(); ++e)
      if (entities_[e].type == EntityType::kLocation) by_key.emplace(lang::NormalizeKey(entities_[e].name), e);
    std::vector<bool> joined(entities_.size(), false);
    for (const Span& s : spans) {
      const std::string key = lang::NormalizeKey(s.In(text_));
      if (const auto it = by_key.find(key); it != by_key.end()) {
        entities_[it->second].mentions.push_back(EntityMention{s, EntityMentionKind::kName, false});
        if (it->second < joined.size()) joined[it->second] = true;
        touched_[it->second] = true;
        Relink(s, static_cast<int32_t>(it->second));
        continue;
      }
      by_key.emplace(key, static_cast<size_t>(NewEntity(EntityType::kLocation, s)));
    }
    for (size_t e = 0; e < joined.size(); ++e)
      if (joined[e])
        std::sort(entities_[e].mentions.begin(), entities_[e].mentions.end(),
                  [](const EntityMention& x, const EntityMention& y) { return x.span.start < y.span.start; });
  }

  void Resolve() {
    struct Named {
      Span span;
      size_t entity;
    };
    std::vector<Named> names;
    for (size_t e = 0; e < entities_.size(); ++e) {
      if (entities_[e].type != EntityType::kLocation) continue;
      for (const EntityMention& m : entities_[e].mentions)
        if (m.kind == EntityMentionKind::kName) names.push_back(Named{m.span, e});
    }
    std::sort(names.begin(), names.end(), [](const Named& x, const Named& y) { return x.span.start < y.span.start; });
    std::vector<Span> spans;
    for (const Named& n : names) spans.push_back(n.span);
    const std::vector<lang::ToponymMention> mentions = lang::MakeToponymMentions(text_, a_.tokens, a_.sentences, spans);
    std::optional<lang::ToponymMention> line;
    if (dateline_) line = lang::MakeToponymMentions(text_, a_.tokens, a_.sentences, std::span(&*dateline_, 1)).front();
    const lang::ToponymResolver resolver(g_);
    // An article is read at once; a document of thousands of place names (a book, a list) in windows of a few
    // hundred, which keeps the resolver's pairwise support linear in the document's length.
    constexpr size_t kWindow = 512;
    std::vector<lang::ToponymReading> readings;
    for (size_t from = 0; from < mentions.size(); from += kWindow) {
      const size_t count = std::min(kWindow, mentions.size() - from);
      std::vector<lang::ToponymReading> part =
          resolver.Resolve(std::span(mentions).subspan(from, count), line ? &*line : nullptr);
      for (lang::ToponymReading& r : part)
        if (r.qualifies >= 0) r.qualifies += static_cast<int32_t>(from);
      readings.insert(readings.end(), part.begin(), part.end());
    }

    // Each entity's best-founded reading: strength, then how many of its names have it, then confidence.
    std::vector<std::map<uint32_t, Choice>> choices(entities_.size());
    for (size_t i = 0; i < names.size(); ++i) {
      const lang::ToponymReading& r = readings[i];
      if (r.abbreviation) {
        RemoveMention(names[i].entity, names[i].span);  // "Ill.": qualifies the place before it, or nothing
        continue;
      }
      if (r.place == lang::kNoPlace) continue;
      Choice& c = choices[names[i].entity][r.place];
      c.strength = std::max(c.strength, Strength(r.basis));
      ++c.count;
      c.confidence = std::max(c.confidence, r.confidence);
    }
    Sweep();
    place_.assign(entities_.size(), lang::kNoPlace);
    for (size_t e = 0; e < entities_.size(); ++e) {
      if (entities_[e].type != EntityType::kLocation) continue;
      const Choice* best = nullptr;
      for (const auto& [place, c] : choices[e]) {
        if (!best || std::tie(c.strength, c.count, c.confidence) > std::tie(best->strength, best->count, best->confidence)) {
          best = &c;
          place_[e] = place;
        }
      }
    }
    DropUnsupportedSmallTowns(choices);
    for (size_t e = 0; e < entities_.size(); ++e)
      if (entities_[e].type == EntityType::kLocation) SetPlace(&entities_[e], place_[e]);
  }

  // A small town chosen by the prior alone, in a country none of the article's other places is in, is a guess: "the
  // Republic" beside Ireland and Paris is not Republic, Missouri. A town the text qualifies ("Republic, Missouri"),
  // or one in a country the article names, stays.
  void DropUnsupportedSmallTowns(const std::vector<std::map<uint32_t, Choice>>& choices) {
    constexpr uint32_t kSmallTown = 50000;
    for (size_t e = 0; e < entities_.size(); ++e) {
      if (place_[e] == lang::kNoPlace) continue;
      const lang::Place p = g_.place(place_[e]);
      if (p.kind != lang::PlaceKind::kPopulated || p.population >= kSmallTown) continue;
      if (choices[e].at(place_[e]).strength > Strength(lang::ToponymReading::Basis::kContext)) continue;
      bool shared = false;
      for (size_t o = 0; o < entities_.size() && !shared; ++o)
        shared = o != e && place_[o] != lang::kNoPlace && g_.place(place_[o]).country == p.country;
      if (!shared) place_[e] = lang::kNoPlace;
    }
  }

  void SetPlace(Entity* e, uint32_t index) const {
    if (index == lang::kNoPlace) {
      ClearPlace(e);
      return;
    }
    const lang::Place p = g_.place(index);
    e->latitude = std::round(p.latitude * 1e5) / 1e5;
    e->longitude = std::round(p.longitude * 1e5) / 1e5;
    e->geonames_id = p.geonames_id;
    e->feature_class = std::string(1, p.feature_class());
    e->feature_code = std::string(p.feature);
    if (!p.country.empty()) e->country = std::string(p.country);
    else if (e->feature_class == "H" || e->feature_class == "T") e->country.clear();  // not the "Red Sea" state's
    e->admin1 = p.admin1 != lang::kNoPlace ? std::string(g_.place(p.admin1).name) : std::string();
    e->feature = p.kind == lang::PlaceKind::kCountry     ? "country"
                 : p.kind == lang::PlaceKind::kPopulated ? "city"
                 : e->feature_class == "H"               ? "water"
                                                         : "region";
    // A name written in capitals ("LONDON" in a dateline) is named as the gazetteer names the place.
    if (!HasLower(e->name) && e->name.size() > 3 && lang::NormalizeKey(e->name) == lang::NormalizeKey(p.name))
      e->name = std::string(p.name);
  }

  // Entities of one name read as one place are one entity ("LONDON" in the dateline and "London").
  void MergeSamePlaces() {
    std::map<std::pair<uint32_t, std::string>, size_t> first;
    merged_into_.assign(entities_.size(), -1);
    for (size_t e = 0; e < entities_.size(); ++e) {
      if (entities_[e].type != EntityType::kLocation || place_[e] == lang::kNoPlace) continue;
      const auto key = std::make_pair(place_[e], lang::NormalizeKey(entities_[e].name));
      const auto [it, fresh] = first.emplace(key, e);
      if (fresh) continue;
      Entity& into = entities_[it->second];
      if (!HasLower(into.name)) into.name = entities_[e].name;
      for (const EntityMention& m : entities_[e].mentions) into.mentions.push_back(m);
      std::sort(into.mentions.begin(), into.mentions.end(),
                [](const EntityMention& x, const EntityMention& y) { return x.span.start < y.span.start; });
      entities_[e].mentions.clear();
      merged_into_[e] = static_cast<int32_t>(it->second);
      touched_[it->second] = true;
    }
  }

  // Drops entities left without mentions, puts them in order of their first mention again, and makes the links
  // and roles follow; the salience of changed entities is weighed anew against the article's best.
  void Compact(double best, uint32_t first_paragraph_end) {
    std::vector<size_t> order;
    for (size_t e = 0; e < entities_.size(); ++e)
      if (!entities_[e].mentions.empty() && HasNameMention(entities_[e])) order.push_back(e);
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      return entities_[x].mentions.front().span.start < entities_[y].mentions.front().span.start;
    });
    std::vector<int32_t> new_index(entities_.size(), -1);
    for (size_t i = 0; i < order.size(); ++i) new_index[order[i]] = static_cast<int32_t>(i);
    for (size_t e = 0; e < entities_.size(); ++e)
      if (merged_into_.size() > e && merged_into_[e] >= 0) new_index[e] = new_index[merged_into_[e]];
    auto remap = [&](int32_t& i) {
      if (i >= 0) i = static_cast<size_t>(i) < new_index.size() ? new_index[i] : -1;
    };
    for (int32_t& i : links_.mention_entity) remap(i);
    for (int32_t& i : links_.speaker_entity) remap(i);
    const std::vector<int> quotes = QuoteCountsAfter(new_index, order.size());
    std::vector<Entity> out;
    out.reserve(order.size());
    for (const size_t e : order) {
      Entity& en = entities_[e];
      for (Role& r : en.roles) remap(r.of_entity);
      if (touched_[e] && best > 0)
        en.salience = std::round(std::min(1.0, RawSalience(en, quotes[out.size()], first_paragraph_end) / best) * 1000) / 1000;
      out.push_back(std::move(en));
    }
    entities_ = std::move(out);
  }
  std::vector<int> QuoteCountsAfter(const std::vector<int32_t>&, size_t count) const {
    std::vector<int> quotes(count, 0);
    for (const int32_t e : links_.speaker_entity)
      if (e >= 0 && static_cast<size_t>(e) < count) ++quotes[e];
    return quotes;
  }

  std::string_view text_;
  const lang::Gazetteer& g_;
  const std::optional<Span>& line_;  // the dateline's place name
  Analysis& a_;
  EntityLinks& links_;
  std::vector<Entity>& entities_;
  std::vector<bool> touched_;
  std::vector<size_t> tagged_;                  // the tagger's mentions in text order
  std::vector<std::array<int, 4>> votes_;       // per entity (as the resolver left them): the tagger's types
  std::vector<int32_t> owner_;                  // see IndexOwners
  std::vector<std::pair<size_t, Span>> gone_;   // mentions to drop (entity, span)
  std::vector<Span> excluded_;      // names in a paper's name or a title: never places
  std::vector<Span> known_unsure_;  // names of entities that may be places the tagger typed otherwise
  std::optional<Span> dateline_;
  std::vector<uint32_t> place_;     // per entity: its gazetteer reading
  std::vector<int32_t> merged_into_;
};

}  // namespace

void PlaceEntities(std::string_view text, const lang::Gazetteer& gazetteer, const std::optional<Span>& dateline,
                   Analysis* analysis, EntityLinks* links) {
  Placer(text, gazetteer, dateline, analysis, links).Run();
}

}  // namespace newsgraph::entities
