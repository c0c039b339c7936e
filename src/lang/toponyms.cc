#include "lang/toponyms.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <unordered_set>

#include "text/token_search.h"

namespace newsgraph::lang {
namespace {

// Counties carry no population in the gazetteer; they are weighed as a place of this many people (a middling
// English county), so that "Kent" alone is the county and "Kent, Wash." or Kent beside Seattle the city.
constexpr double kCountyPopulation = 500000;

// The support two places of one country lend each other for that alone (ToponymResolver::Relatedness).
constexpr double kSameCountry = 0.35;

// What the words around a name allow it to be.
enum class Restriction : uint8_t { kAny, kRegion, kTown };

// Words that, after a name or before "of", make it a first-level region ("Sichuan province", "the state of
// Victoria"). "county" is not among them: counties are not in the gazetteer.
bool IsRegionWord(std::string_view lower) {
  return lower == "state" || lower == "province" || lower == "region" || lower == "territory" || lower == "oblast" ||
         lower == "prefecture" || lower == "governorate" || lower == "krai" || lower == "emirate";
}
bool IsTownWord(std::string_view lower) { return lower == "city" || lower == "town" || lower == "village"; }
// Words before a name that make it a first-level region: "upstate New York" is in the state, not the city.
bool IsRegionAdjective(std::string_view lower) { return lower == "upstate" || lower == "downstate"; }

// A bare compass word names a part of the world the writer has in mind ("the West", "the Midwest"), not the town
// that bears it (West, Texas), unless a qualifier says so.
bool IsCompassName(std::string_view key) {
  static constexpr std::string_view kWords[] = {"west", "east", "north", "south", "midwest", "northeast",
                                                "northwest", "southeast", "southwest", "center", "centre"};
  return std::find(std::begin(kWords), std::end(kWords), key) != std::end(kWords);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return out;
}

// A mention's name as the resolver reads it.
struct Parsed {
  std::string key;  // normalized name
  std::string full_key;  // the whole mention's key, when a region word was cut off its end ("sichuan province")
  Restriction restriction = Restriction::kAny;
  std::vector<std::string> qualifier_keys;  // what may follow ", " ("new south wales", "ill"), longest first
};

Parsed Parse(const ToponymMention& m) {
  Parsed p;
  std::string_view text = m.text;
  // "Springfield, Ill." tagged as one name: the part after the comma qualifies.
  if (const size_t comma = text.find(','); comma != std::string_view::npos) {
    p.qualifier_keys.push_back(NormalizeKey(text.substr(comma + 1)));
    text = text.substr(0, comma);
  }
  p.key = NormalizeKey(text);
  // "Sichuan Province", "Victoria State": the region word is written as part of the name.
  if (const size_t space = p.key.rfind(' '); space != std::string::npos && IsRegionWord(p.key.substr(space + 1))) {
    p.full_key = p.key;
    p.key.resize(space);
    p.restriction = Restriction::kRegion;
  }
  const auto& a = m.after;
  if (!a.empty() && IsRegionWord(a[0])) p.restriction = Restriction::kRegion;  // lower case only: "Victoria state"
  if (!a.empty() && IsTownWord(a[0])) p.restriction = Restriction::kTown;      // "Quebec city"
  const auto& b = m.before;
  if (b.size() >= 2 && Lower(b[b.size() - 1]) == "of") {
    const std::string head = Lower(b[b.size() - 2]);
    if (IsRegionWord(head)) p.restriction = Restriction::kRegion;
    if (IsTownWord(head)) p.restriction = Restriction::kTown;
  }
  if (!b.empty() && IsRegionAdjective(Lower(b.back()))) p.restriction = Restriction::kRegion;
  if (p.qualifier_keys.empty() && a.size() >= 2 && a[0] == ",") {
    std::string joined;
    std::vector<std::string> keys;
    for (size_t n = 1; n < a.size() && n <= 3; ++n) {
      if (a[n] == "," || a[n] == "." || a[n] == ";" || a[n] == "(" || a[n] == ")") break;
      if (!joined.empty()) joined += ' ';
      joined += a[n];
      keys.push_back(NormalizeKey(joined));
    }
    std::reverse(keys.begin(), keys.end());
    p.qualifier_keys = std::move(keys);
  }
  return p;
}

bool IsPopulated(const Place& p) { return p.kind == PlaceKind::kPopulated; }

// One place name of the article that is resolved as a unit: the mentions that share its name and its qualifier.
struct Group {
  std::string key;
  Restriction restriction = Restriction::kAny;
  std::vector<size_t> mentions;  // none for a qualifier's group, which only lends support
  std::vector<uint32_t> candidates;
  std::vector<double> prior, probability;
  double weight = 1.0;
  bool fixed = false;  // decided by the text; probability is 1 on candidates[0]
  ToponymReading::Basis basis = ToponymReading::Basis::kContext;
};

}  // namespace

std::vector<ToponymMention> MakeToponymMentions(std::string_view text, const std::vector<Token>& tokens,
                                                const std::vector<Sentence>& sentences, std::span<const Span> spans) {
  constexpr size_t kBefore = 3, kAfter = 4;
  std::vector<ToponymMention> out;
  size_t sentence = 0;
  for (const Span& span : spans) {
    ToponymMention m;
    m.text = text.substr(span.start, span.end - span.start);
    m.begin = span.start;
    m.end = span.end;
    while (sentence + 1 < sentences.size() && sentences[sentence].span.end <= span.start) ++sentence;
    if (sentence < sentences.size()) m.sentence = static_cast<uint32_t>(sentence);
    const size_t first = text::TokenAtOrAfter(tokens, span.start);
    size_t last = first;
    while (last < tokens.size() && tokens[last].span.end <= span.end) ++last;
    const uint32_t s_begin = sentence < sentences.size() ? sentences[sentence].token_begin : 0;
    const uint32_t s_end = sentence < sentences.size() ? sentences[sentence].token_end : tokens.size();
    for (size_t t = first > kBefore ? first - kBefore : 0; t < first; ++t)
      if (t >= s_begin) m.before.push_back(text.substr(tokens[t].span.start, tokens[t].span.end - tokens[t].span.start));
    for (size_t t = last; t < s_end && t < last + kAfter; ++t)
      m.after.push_back(text.substr(tokens[t].span.start, tokens[t].span.end - tokens[t].span.start));
    out.push_back(std::move(m));
  }
  return out;
}

namespace {

bool IsLocativePreposition(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"in", "near", "from", "outside", "around", "across", "toward",
                                                "towards", "through", "via"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}
// Nouns after which "of X" names a place: "residents of Kyogle", "north of Perth". Titles ("mayor of") are not
// among them: a place in a title is not a toponym of the story.
bool IsPlaceOfNoun(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"residents", "resident", "town", "city", "village", "suburb",
                                                "suburbs", "outskirts", "north", "south", "east", "west",
                                                "northeast", "northwest", "southeast", "southwest", "streets",
                                                "centre", "center", "people", "parts", "areas", "county", "state",
                                                "province", "region", "capital", "heart", "edge"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}
bool IsCompassAdjective(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"northern", "southern", "eastern", "western", "central",
                                                "downtown", "northeastern", "northwestern", "southeastern",
                                                "southwestern", "rural", "suburban"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}
bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(word[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0xC3;  // an ASCII capital, or a Latin letter with a mark ("Écija")
}
// Marks with `bit` the tokens that the spans overlap (tokens and spans in text order or not: each span is found by
// binary search, so the cost is linear in the tokens the spans cover).
void MarkTokens(const std::vector<Token>& tokens, std::span<const Span> spans, uint8_t bit, std::vector<uint8_t>* marks) {
  for (const Span& s : spans) {
    for (size_t t = text::TokenEndingAfter(tokens, s.start); t < tokens.size() && tokens[t].span.start < s.end; ++t)
      (*marks)[t] |= bit;
  }
}

}  // namespace

std::vector<Span> FindMissedToponyms(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<Sentence>& sentences, std::span<const Span> known,
                                     std::span<const Span> blocked, const Gazetteer& gazetteer) {
  constexpr size_t kMaxWords = 4;
  std::vector<Span> found;
  auto word = [&](size_t t) { return tokens[t].span.In(text); };
  // Ends (byte offsets) of the places known so far, to see lists: "Lismore and Casino".
  std::unordered_set<uint32_t> place_ends;
  for (const Span& k : known) place_ends.insert(k.end);
  auto place_ends_at = [&](uint32_t end) { return place_ends.count(end) > 0; };
  // The tokens inside a known place (1) or a blocked name (2): no new place starts or overlaps them.
  constexpr uint8_t kKnown = 1, kBlocked = 2;
  std::vector<uint8_t> taken(tokens.size(), 0);
  MarkTokens(tokens, known, kKnown, &taken);
  MarkTokens(tokens, blocked, kBlocked, &taken);
  auto overlaps_taken = [&](size_t begin, size_t end) {
    return std::any_of(taken.begin() + static_cast<std::ptrdiff_t>(begin), taken.begin() + static_cast<std::ptrdiff_t>(end),
                       [](uint8_t m) { return m != 0; });
  };
  for (const Sentence& sentence : sentences) {
    for (size_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      if (tokens[t].kind != TokenKind::kWord || !StartsUpper(word(t)) || taken[t]) continue;
      // Only where the words around could say "place" (the tests below) is the gazetteer asked: a qualifier after
      // the run of capitalised words, or a preposition, compass word, "of" or list word before it, and no
      // capitalised word just before it.
      {
        size_t run = t;
        while (run < sentence.token_end && run < t + kMaxWords && tokens[run].kind == TokenKind::kWord &&
               StartsUpper(word(run)))
          ++run;
        const bool comma_after = run + 1 < sentence.token_end && word(run) == ",";
        const bool at_start = t == sentence.token_begin ||
                              (t == sentence.token_begin + 1 && tokens[t - 1].kind == TokenKind::kQuote);
        bool cue = false;
        if (!at_start) {
          const std::string_view before = word(t - 1);
          std::string prev(before.size() <= 12 ? before : std::string_view());
          for (char& c : prev) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
          const bool capital_before = tokens[t - 1].kind == TokenKind::kWord && StartsUpper(before) &&
                                      t - 1 != sentence.token_begin;
          cue = !capital_before && (IsLocativePreposition(prev) || IsCompassAdjective(prev) || prev == "of" ||
                                    prev == "and" || prev == "or" || prev == ",");
        }
        if (!comma_after && !cue) continue;
      }
      // The longest run of capitalised words from here that the gazetteer knows as a town, region or country.
      size_t end = 0;
      bool large_place = false;  // a region, a country or a town of 100,000 people or more
      for (size_t e = t + 1; e <= sentence.token_end && e <= t + kMaxWords; ++e) {
        if (tokens[e - 1].kind != TokenKind::kWord || !StartsUpper(word(e - 1))) break;
        const Span span{tokens[t].span.start, tokens[e - 1].span.end};
        bool place = false, large = false;
        for (const NameMatch& m : gazetteer.Lookup(span.In(text))) {
          const Place p = gazetteer.place(m.place);
          // Towns by their own names only (other names of towns are often words: "Canton"); regions and countries
          // also by their other names ("NSW", "U.K.").
          const bool region = p.kind == PlaceKind::kAdmin1 || p.kind == PlaceKind::kCountry ||
                              p.kind == PlaceKind::kAdmin2 || (p.kind == PlaceKind::kRegion && !p.country.empty());
          if (m.kind == NameKind::kAbbreviation || (m.kind == NameKind::kAlternate && !region)) continue;
          place |= p.kind == PlaceKind::kPopulated || region;
          large |= region || p.population >= 100000;
        }
        if (place) {
          end = e;
          large_place = large;
        }
      }
      if (end == 0) continue;
      const Span span{tokens[t].span.start, tokens[end - 1].span.end};
      // Not inside a longer capitalised name ("Casino Royale", "Perth Mint"), nor a name already found.
      const bool longer = end < sentence.token_end && tokens[end].kind == TokenKind::kWord && StartsUpper(word(end));
      if (longer || overlaps_taken(t, end)) {
        t = end - 1;
        continue;
      }
      // What the words around it say.
      const bool first = t == sentence.token_begin ||
                         (t == sentence.token_begin + 1 && tokens[t - 1].kind == TokenKind::kQuote);
      auto lower = [&](size_t k) {
        std::string w(word(k));
        for (char& c : w) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
        return w;
      };
      const std::string previous = t > sentence.token_begin ? lower(t - 1) : std::string();
      const bool place_of = previous == "of" && t >= sentence.token_begin + 2 && IsPlaceOfNoun(lower(t - 2));
      bool qualified = false;
      if (end + 1 < sentence.token_end && word(end) == ",") {
        for (const NameMatch& m : gazetteer.Lookup(word(end + 1))) {
          const PlaceKind k = gazetteer.place(m.place).kind;
          qualified |= k == PlaceKind::kAdmin1 || (k == PlaceKind::kCountry && m.kind != NameKind::kAbbreviation);
        }
      }
      // In a list after a known place: "Lismore and Casino"; after a comma only if the list goes on ("Macon,
      // Valdosta and Columbus", not "in Libya, Bolton said").
      const std::string next = end < sentence.token_end ? lower(end) : std::string();
      const bool list_goes_on = next == "," || next == "and" || next == "or";
      const bool in_list = t >= 2 && (previous == "and" || previous == "or" || (previous == "," && list_goes_on)) &&
                           place_ends_at(tokens[t - 2].span.end);
      // A preposition alone is weak evidence ("in Congress", "in God"): it places only regions, countries and large
      // towns, or names of several words. Headline capitals ("THE UNION") are not read.
      const bool several_words = end > t + 1;
      const bool preposition = IsLocativePreposition(previous) && (large_place || several_words);
      const std::string_view name = span.In(text);
      const bool shouting = name.size() > 3 && std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      // Part of a longer name ("Jeb Bush"), or a definite description ("the White House", "the Union").
      const bool after_name = t > sentence.token_begin && tokens[t - 1].kind == TokenKind::kWord &&
                              StartsUpper(word(t - 1)) && !first && t - 1 != sentence.token_begin;
      const bool after_the = previous == "the" && !large_place;
      const bool placed = !shouting && !after_name && !after_the &&
                          (qualified || (!first && (preposition || IsCompassAdjective(previous) || place_of || in_list)));
      if (placed) {
        found.push_back(span);
        place_ends.insert(span.end);
      }
      t = end - 1;
    }
  }
  std::sort(found.begin(), found.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  return found;
}

ToponymResolver::ToponymResolver(const Gazetteer& gazetteer, ToponymWeights weights)
    : g_(gazetteer), w_(weights) {}

ToponymResolver::Relation ToponymResolver::Relate(const Place& x, const Place& y) const {
  if (x.index == y.index) return {1.0, 0};
  if (x.index == kNoPlace || y.index == kNoPlace) return {};
  // Inside a named region is local support; inside a named country only country support (every US town is in
  // "the United States").
  const auto in_region = [](const Place& outer, const Place& inner) {
    return outer.kind == PlaceKind::kAdmin1 && inner.admin1 == outer.index;
  };
  const auto in_country = [](const Place& outer, const Place& inner) {
    return outer.kind == PlaceKind::kCountry && inner.country_place == outer.index;
  };
  // A town inside a named region shares its country too, as much as any other place of that country does: else
  // "Oklahoma" would lend Cleveland, Ohio the country support it denies Cleveland, Oklahoma.
  if (in_region(x, y) || in_region(y, x)) return {1.0, kSameCountry};
  if (in_country(x, y) || in_country(y, x)) return {0, 1.0};
  const auto worldwide = [](const Place& p) {
    return p.kind == PlaceKind::kContinent || (p.kind == PlaceKind::kRegion && p.country_place == kNoPlace);
  };
  if (worldwide(x) || worldwide(y)) return {};
  Relation r;
  // Nearness fades over a few hundred kilometres: ten degrees of latitude apart (1,100 km) is nothing. Within that,
  // the flat-Earth distance (longitude scaled by the cosine of the latitude) is close enough and costs no sine.
  if (const double dlat = std::abs(x.latitude - y.latitude); dlat < 10) {
    double dlon = std::abs(x.longitude - y.longitude);
    if (dlon > 180) dlon = 360 - dlon;
    constexpr double kKmPerDegree = 111.195;  // 6,371 km * pi / 180
    const double scale = std::cos((x.latitude + y.latitude) * (3.14159265358979323846 / 360));
    const double d = kKmPerDegree * std::hypot(dlat, dlon * scale) / w_.near_km;
    r.local = 1 / (1 + d * d);  // 0.94 at a quarter of near_km, 0.5 at near_km, 0.1 at three times it
  }
  if (x.admin1 != kNoPlace && x.admin1 == y.admin1) r.local = std::max(r.local, 0.8);
  if (x.country_place != kNoPlace && x.country_place == y.country_place) r.country = kSameCountry;
  return r;
}

double ToponymResolver::Relatedness(uint32_t a, uint32_t b) const {
  const Relation r = Relate(g_.place(a), g_.place(b));
  return std::max(r.local, r.country);
}

std::vector<ToponymReading> ToponymResolver::Resolve(std::span<const ToponymMention> mentions,
                                                     const ToponymMention* dateline) const {
  // The dateline is resolved as one more mention, at the end, with double weight.
  std::vector<ToponymMention> all(mentions.begin(), mentions.end());
  if (dateline) all.push_back(*dateline);
  const size_t n = all.size();
  std::vector<ToponymReading> readings(n);
  std::vector<Parsed> parsed(n);
  for (size_t i = 0; i < n; ++i) parsed[i] = Parse(all[i]);

  // Standing names: the gazetteer's readings of a key, abbreviations left out (they only qualify).
  auto standing = [&](const std::string& key) {
    std::vector<uint32_t> out;
    for (const NameMatch& m : g_.LookupKey(key))
      if (m.kind != NameKind::kAbbreviation && std::find(out.begin(), out.end(), m.place) == out.end())
        out.push_back(m.place);
    return out;
  };
  auto name_kind = [&](const std::string& key, uint32_t place) {
    NameKind best = NameKind::kAbbreviation;
    for (const NameMatch& m : g_.LookupKey(key))
      if (m.place == place && m.kind < best) best = m.kind;
    return best;
  };

  // 1. Qualifiers: the regions or countries a name's comma qualifier can be, and the mention that writes it.
  std::vector<std::vector<uint32_t>> within(n);
  std::vector<int32_t> qualifier_mention(n, -1);
  std::vector<bool> is_qualifier(n, false);
  for (size_t i = 0; i < n; ++i) {
    const std::vector<uint32_t> head = standing(parsed[i].key);
    for (const std::string& qkey : parsed[i].qualifier_keys) {
      std::vector<uint32_t> q;
      for (const NameMatch& m : g_.LookupKey(qkey)) {
        const Place place = g_.place(m.place);
        const bool region = place.kind == PlaceKind::kAdmin1, country = place.kind == PlaceKind::kCountry;
        if ((region || (country && m.kind != NameKind::kAbbreviation)) && std::find(q.begin(), q.end(), m.place) == q.end())
          q.push_back(m.place);
      }
      // A qualifier holds one of the name's readings, or the name is unknown ("Smallville, Kansas"); otherwise the
      // comma separates a list ("Ohio, Florida and Nevada").
      const bool holds = head.empty() || std::any_of(head.begin(), head.end(), [&](uint32_t c) {
        const Place place = g_.place(c);
        return place.kind != PlaceKind::kAdmin1 && place.kind != PlaceKind::kCountry &&
               (std::find(q.begin(), q.end(), place.admin1) != q.end() ||
                std::find(q.begin(), q.end(), place.country_place) != q.end());
      });
      if (q.empty() || !holds) continue;
      within[i] = std::move(q);
      // The next mention, if it is the qualifier itself ("Springfield, Illinois" tagged as two places).
      if (i + 1 < mentions.size() && all[i + 1].begin >= all[i].end && all[i + 1].begin <= all[i].end + 3 &&
          NormalizeKey(all[i + 1].text) == qkey) {
        qualifier_mention[i] = static_cast<int32_t>(i + 1);
        is_qualifier[i + 1] = true;
      }
      break;
    }
  }

  // 2. Candidates per mention, and groups of mentions read as one place.
  std::vector<Group> groups;
  std::map<std::string, std::vector<size_t>> groups_by_key;  // key -> groups
  std::vector<int32_t> group_of(n, -1);
  for (size_t i = 0; i < n; ++i) {
    const Parsed& p = parsed[i];
    if (is_qualifier[i]) continue;  // read with the place it qualifies
    if (IsCompassName(p.key) && within[i].empty()) continue;
    std::vector<uint32_t> candidates = standing(p.key);
    if (candidates.empty()) {
      // An abbreviation alone ("Ill." tagged by itself) qualifies the place just before it, or is nothing.
      if (!g_.LookupKey(p.key).empty()) {
        readings[i].abbreviation = true;
        if (i > 0 && all[i].begin <= all[i - 1].end + 3 && !is_qualifier[i - 1])
          readings[i].qualifies = static_cast<int32_t>(i - 1);
      }
      if (!p.full_key.empty()) candidates = standing(p.full_key);  // "Free State"
      if (candidates.empty() && !within[i].empty()) candidates = {within[i].front()};  // "Smallville, Kansas": Kansas
      if (candidates.empty()) continue;
    }
    // The words around the name.
    auto keep = [&](auto pred) {
      std::vector<uint32_t> kept;
      for (uint32_t c : candidates)
        if (pred(g_.place(c))) kept.push_back(c);
      return kept;
    };
    const size_t readings_before = candidates.size();
    if (p.restriction == Restriction::kRegion) {
      std::vector<uint32_t> regions =
          keep([](const Place& c) { return c.kind == PlaceKind::kAdmin1 || c.kind == PlaceKind::kAdmin2; });
      if (!regions.empty()) candidates = std::move(regions);
    } else if (p.restriction == Restriction::kTown) {
      std::vector<uint32_t> towns = keep(IsPopulated);
      if (!towns.empty()) candidates = std::move(towns);
    }
    const bool kind_told = candidates.size() < readings_before;
    bool fixed = false;
    if (!within[i].empty()) {
      const auto& q = within[i];
      std::vector<uint32_t> inside = keep([&](const Place& c) {
        return std::find(q.begin(), q.end(), c.admin1) != q.end() ||
               std::find(q.begin(), q.end(), c.country_place) != q.end();
      });
      if (!inside.empty()) candidates = std::move(inside);
      fixed = true;
    }
    // Group: same key and same qualifier reading set.
    int32_t group = -1;
    for (size_t gi : groups_by_key[p.key]) {
      const Group& other = groups[gi];
      const std::vector<size_t>& ms = other.mentions;
      const bool other_fixed = other.fixed;
      if (fixed == other_fixed && other.restriction == p.restriction && (!fixed || within[ms.front()] == within[i]))
        group = static_cast<int32_t>(gi);
    }
    if (group < 0) {
      group = static_cast<int32_t>(groups.size());
      groups.emplace_back();
      groups.back().key = p.key;
      groups.back().restriction = p.restriction;
      groups.back().candidates = std::move(candidates);
      groups.back().fixed = fixed;
      groups.back().basis =
          fixed || kind_told ? ToponymReading::Basis::kQualified : ToponymReading::Basis::kContext;
      groups_by_key[p.key].push_back(static_cast<size_t>(group));
    }
    groups[group].mentions.push_back(i);
    if (dateline && i == n - 1) groups[group].weight = w_.dateline;
    group_of[i] = group;
  }

  // The states and countries written as qualifiers lend their support too ("Paris, Texas" makes Clarksville Texan).
  for (size_t i = 0; i < n; ++i) {
    if (qualifier_mention[i] < 0) continue;
    Group support;
    support.key = NormalizeKey(all[qualifier_mention[i]].text);
    support.candidates = within[i];
    support.fixed = within[i].size() == 1;
    groups.push_back(std::move(support));
  }

  // 3. Priors, trimmed to the strongest readings of each name.
  constexpr size_t kMaxCandidates = 12;
  for (Group& gr : groups) {
    const std::string& key = gr.key;
    std::vector<std::pair<double, uint32_t>> scored;
    for (uint32_t c : gr.candidates) {
      const Place p = g_.place(c);
      double s = w_.population * std::log1p(static_cast<double>(p.population));
      switch (p.kind) {
        case PlaceKind::kContinent:
        case PlaceKind::kRegion: s = 18 * w_.population; break;
        case PlaceKind::kAdmin2: s = w_.population * std::log1p(kCountyPopulation) + w_.admin1; break;
        case PlaceKind::kCountry: s += w_.country; break;
        case PlaceKind::kAdmin1: s += w_.admin1; break;
        case PlaceKind::kPopulated:
          if (p.feature == "PPLC") s += w_.capital;
          else if (p.feature == "PPLA") s += w_.admin_seat;
          else if (p.feature == "PPLA2") s += w_.county_seat;
          else if (p.feature == "PPLX") s += w_.section;
          break;
      }
      if (name_kind(key, c) == NameKind::kAlternate) s += w_.alternate_name;
      if (p.kind == PlaceKind::kAdmin1 && gr.restriction != Restriction::kRegion) {
        // "New York": a city of the region's name of a million people, or a quarter of the region's, is what the
        // name means.
        for (uint32_t o : gr.candidates) {
          const Place city = g_.place(o);
          if (IsPopulated(city) && city.country_place == p.country_place &&
              (city.population >= 1000000 || city.population * 4 >= p.population)) {
            s -= w_.city_over_region;
            break;
          }
        }
      }
      scored.emplace_back(s, c);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    if (scored.size() > kMaxCandidates) scored.resize(kMaxCandidates);
    gr.candidates.clear();
    for (const auto& [s, c] : scored) {
      gr.candidates.push_back(c);
      gr.prior.push_back(s);
    }
  }

  // 4. Rounds of support: each reading's score is its prior plus what the other names' likely readings lend it.
  auto normalize = [](const std::vector<double>& scores) {
    std::vector<double> p(scores.size());
    if (scores.empty()) return p;
    const double top = *std::max_element(scores.begin(), scores.end());
    double sum = 0;
    for (size_t k = 0; k < scores.size(); ++k) sum += p[k] = std::exp(scores[k] - top);
    for (double& x : p) x /= sum;
    return p;
  };
  for (Group& gr : groups) {
    gr.probability = normalize(gr.prior);
    if (gr.fixed && gr.candidates.size() == 1) gr.probability = {1.0};
  }
  std::vector<std::vector<Place>> candidate_places(groups.size());
  for (size_t gi = 0; gi < groups.size(); ++gi)
    for (uint32_t c : groups[gi].candidates) candidate_places[gi].push_back(g_.place(c));
  for (int round = 0; round < w_.rounds; ++round) {
    // A place the article names twice ("Wisconsin" and "Madison, Wisconsin") lends its support once: of the groups
    // whose likely reading is the same place, only the weightiest (the first among equals) lends.
    std::vector<bool> lends(groups.size(), true);
    {
      std::map<uint32_t, size_t> lender;  // likely place -> the group that lends for it
      for (size_t hi = 0; hi < groups.size(); ++hi) {
        const Group& h = groups[hi];
        if (h.candidates.empty()) continue;
        const size_t top = static_cast<size_t>(
            std::max_element(h.probability.begin(), h.probability.end()) - h.probability.begin());
        if (h.probability[top] < 0.5) continue;
        const auto [it, fresh] = lender.emplace(h.candidates[top], hi);
        if (fresh) continue;
        if (h.weight > groups[it->second].weight) {
          lends[it->second] = false;
          it->second = hi;
        } else {
          lends[hi] = false;
        }
      }
    }
    std::vector<std::vector<double>> next(groups.size());
    for (size_t gi = 0; gi < groups.size(); ++gi) {
      const Group& gr = groups[gi];
      std::vector<double> scores = gr.prior;
      for (size_t k = 0; k < gr.candidates.size(); ++k) {
        if (round > 0 && gr.probability[k] < 1e-4) continue;  // out of the running: keeps its prior
        // Local support (inside, same region, near) adds up; sharing only a country counts up to a cap, so that a
        // foreign capital is not outvoted by a list of home states ("talks in Paris" in a story about Oklahoma).
        double local = 0, country = 0;
        for (size_t hi = 0; hi < groups.size(); ++hi) {
          if (hi == gi || !lends[hi]) continue;
          const Group& h = groups[hi];
          double best_local = 0, best_country = 0;
          for (size_t l = 0; l < h.candidates.size(); ++l) {
            if (h.probability[l] < 0.01 || h.candidates[l] == gr.candidates[k]) continue;
            const Relation r = Relate(candidate_places[gi][k], candidate_places[hi][l]);
            best_local = std::max(best_local, r.local * h.probability[l]);
            best_country = std::max(best_country, r.country * h.probability[l]);
          }
          local += h.weight * best_local;
          country += h.weight * best_country;
        }
        scores[k] += w_.support * (std::min(local, w_.local_cap) + std::min(country, w_.country_cap));
      }
      next[gi] = normalize(scores);
    }
    for (size_t gi = 0; gi < groups.size(); ++gi)
      if (!(groups[gi].fixed && groups[gi].candidates.size() == 1)) groups[gi].probability = std::move(next[gi]);
  }

  // 5. Readings: each group's most likely candidate; a bare name takes the reading of a qualified group of its
  // name ("Springfield" after "Springfield, Ill.").
  std::vector<uint32_t> choice(groups.size(), kNoPlace);
  std::vector<double> confidence(groups.size(), 0);
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const Group& gr = groups[gi];
    if (gr.candidates.empty()) continue;
    const size_t best = static_cast<size_t>(
        std::max_element(gr.probability.begin(), gr.probability.end()) - gr.probability.begin());
    choice[gi] = gr.candidates[best];
    confidence[gi] = gr.probability[best];
  }
  for (size_t i = 0; i < n; ++i) {
    const int32_t gi = group_of[i];
    if (gi < 0) continue;
    ToponymReading& r = readings[i];
    r.place = choice[gi];
    r.basis = groups[gi].basis;
    r.confidence = confidence[gi];
    if (!groups[gi].fixed) {
      for (size_t other : groups_by_key[parsed[i].key]) {
        if (groups[other].fixed && !groups[other].mentions.empty()) {
          r.place = choice[other];
          r.basis = ToponymReading::Basis::kSameName;
          r.confidence = confidence[other];
          break;
        }
      }
    }
    // The qualifier written after it: the region or country that holds the reading, a place of its own unless it
    // is an abbreviation.
    if (const int32_t q = qualifier_mention[i]; q >= 0 && r.place != kNoPlace) {
      const Place chosen = g_.place(r.place);
      const std::string qkey = NormalizeKey(all[q].text);
      uint32_t holder = kNoPlace;
      for (uint32_t c : within[i])
        if (c == chosen.admin1 || c == chosen.country_place || c == r.place) holder = c;
      if (holder == kNoPlace) holder = within[i].front();
      if (name_kind(qkey, holder) == NameKind::kAbbreviation) {
        readings[q].qualifies = static_cast<int32_t>(i);
        readings[q].abbreviation = true;
      } else {
        readings[q].place = holder;
        readings[q].basis = ToponymReading::Basis::kQualifier;
        readings[q].confidence = 1.0;
      }
    }
  }
  // Bare mentions of a name that was read as a qualifier in another country ("Georgia" after "Atlanta, Georgia")
  // take that reading; within one country the name keeps its own ("Brooklyn, New York" is the state, a bare
  // "New York" the city).
  for (size_t i = 0; i < n; ++i) {
    if (readings[i].basis != ToponymReading::Basis::kContext || readings[i].place == kNoPlace) continue;
    const std::string_view country = g_.place(readings[i].place).country;
    for (size_t j = 0; j < n; ++j) {
      if (readings[j].basis == ToponymReading::Basis::kQualifier && parsed[j].key == parsed[i].key &&
          g_.place(readings[j].place).country != country) {
        readings[i].place = readings[j].place;
        readings[i].basis = ToponymReading::Basis::kSameName;
        readings[i].confidence = 1.0;
        break;
      }
    }
  }
  readings.resize(mentions.size());
  return readings;
}

}  // namespace newsgraph::lang
