#include "events/actors.h"

#include "events/verb_group.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "lang/gazetteer.h"
#include "text/unicode.h"
#include "util/hash.h"
#include "util/lines.h"
#include "util/split.h"
#include "util/word_table.h"

namespace newsgraph::embedded {
extern const std::string_view events_cameo_actors;
extern const std::string_view events_cameo_actors_added;
extern const std::string_view events_cameo_agents;
extern const std::string_view events_cameo_agents_added;
}  // namespace newsgraph::embedded

namespace newsgraph::events {

namespace {

int32_t ParseDay(std::string_view s) {
  int32_t v = 0;
  if (s.empty() || std::from_chars(s.data(), s.data() + s.size(), v).ec != std::errc()) return 0;
  return v;
}

constexpr uint64_t kPhraseSeed = 0x6163746f72ULL;  // "actor"

uint64_t Chain(uint64_t h, std::string_view word) { return util::HashCombine(h, util::HashString(word)); }

}  // namespace

void ActorCoder::PhraseTable::Add(std::string_view phrase, uint32_t entry) {
  uint64_t h = kPhraseSeed;
  bool first = true;
  util::ForEachWord(phrase, [&](std::string_view word) {  // no vector per phrase: the lists are long
    h = Chain(h, word);
    words[h];  // a prefix (0) unless already a phrase
    if (first) {
      if (first_words.empty()) first_words.assign((size_t{1} << kFirstWordBits) / 64, 0);
      first_words[FirstWordBit(h) / 64] |= uint64_t{1} << (FirstWordBit(h) % 64);
      first = false;
    }
  });
  uint32_t& value = words[h];
  if (value == 0) value = entry + 1;  // the first entry of a phrase listed twice keeps it
}

int64_t ActorCoder::PhraseTable::Longest(const std::vector<std::string_view>& lower, size_t begin, size_t end,
                                         size_t* words) const {
  int64_t best = -1;
  uint64_t h = kPhraseSeed;
  for (size_t t = begin; t < end; ++t) {
    h = Chain(h, lower[t]);
    if (t == begin && !MayBegin(h)) break;
    const uint32_t* found = this->words.Find(h);
    if (!found) break;
    if (*found != 0) {
      best = *found - 1;
      *words = t + 1 - begin;
    }
  }
  return best;
}

StatusOr<std::unique_ptr<ActorCoder>> ActorCoder::Create(std::string_view actors, std::string_view agents) {
  return Create({actors}, agents);
}

StatusOr<std::unique_ptr<ActorCoder>> ActorCoder::Create(std::initializer_list<std::string_view> actor_tables,
                                                         std::string_view agents) {
  std::unique_ptr<ActorCoder> coder(new ActorCoder());
  Status status = Status::Ok();
  util::WordTable<uint32_t> actor_entry;  // phrase -> its entry in actors_
  size_t lines = 0;
  for (std::string_view actors : actor_tables)
    lines += static_cast<size_t>(std::count(actors.begin(), actors.end(), '\n'));
  actor_entry.Reserve(lines);
  coder->actors_.reserve(lines);
  for (std::string_view actors : actor_tables) util::ForEachDataLine(actors, [&](std::string_view line) {
    std::array<std::string_view, 4> f;
    const size_t fields = util::SplitFields(line, '\t', &f);
    if (fields < 2 || f[0].empty() || f[1].empty()) {
      status = Status(StatusCode::kCorrupt, "bad actor line: " + std::string(line));
      return;
    }
    DatedCode c{std::string(f[1]), fields > 2 ? ParseDay(f[2]) : 0, fields > 3 ? ParseDay(f[3]) : 0};
    auto [entry, added] = actor_entry.Emplace(f[0]);
    if (added) {
      *entry = static_cast<uint32_t>(coder->actors_.size());
      coder->actors_.emplace_back();
      coder->actor_table_.Add(f[0], *entry);
    }
    coder->actors_[*entry].push_back(std::move(c));
  });
  if (!status.ok()) return status;
  util::ForEachDataLine(agents, [&](std::string_view line) {
    std::array<std::string_view, 2> f;
    const size_t fields = util::SplitFields(line, '\t', &f);
    if (fields < 2 || f[0].empty() || f[1].find('~') == std::string_view::npos) {
      status = Status(StatusCode::kCorrupt, "bad agent line: " + std::string(line));
      return;
    }
    coder->agent_table_.Add(f[0], static_cast<uint32_t>(coder->agents_.size()));
    coder->agents_.emplace_back(f[1]);
  });
  if (!status.ok()) return status;
  return coder;
}

const ActorCoder& ActorCoder::Builtin() {
  static const ActorCoder* coder = [] {
    // The added agent words after the dictionary's (one table: the dictionary's ends with a newline).
    static const std::string agents =
        std::string(embedded::events_cameo_agents) + std::string(embedded::events_cameo_agents_added);
    auto created = Create({embedded::events_cameo_actors, embedded::events_cameo_actors_added}, agents);
    // Compiled-in data, checked by the tests.
    return created.ok() ? created->release() : new ActorCoder();
  }();
  return *coder;
}

// The code whose dates hold the day (YYYYMMDD, 0 for none); else the undated one; else the one held most recently
// before the day, or the first after it (the latest without a day).
const std::string& ActorCoder::PickCode(const std::vector<DatedCode>& codes, int32_t day) {
  const DatedCode* pick = nullptr;
  for (const DatedCode& c : codes)
    if (day && (c.first || c.last) && (!c.first || c.first <= day) && (!c.last || day <= c.last)) pick = &c;
  if (!pick)
    for (const DatedCode& c : codes)
      if (!c.first && !c.last) pick = &c;
  // No code for the day: the role held most recently before it ("David Petraeus" in 2008 is not yet the CIA
  // director of 2011), else the first one after it.
  if (!pick && day)
    for (const DatedCode& c : codes)
      if (c.last && c.last < day && (!pick || c.last > pick->last)) pick = &c;
  if (!pick)
    for (const DatedCode& c : codes)
      if (!pick || (day ? c.first < pick->first : c.first > pick->first)) pick = &c;
  return pick->code;
}

std::string ActorCoder::Code(const std::vector<std::string_view>& lower, size_t begin, size_t end,
                             const std::optional<Date>& date, bool in_place) const {
  end = std::min(end, lower.size());
  std::string actor;
  std::vector<std::string> suffixes, prefixes;
  const int32_t day = date ? date->year * 10000 + date->month * 100 + date->day : 0;
  // Agent words that often only qualify a thing ("military aid", "government buildings", "police station"): when
  // they are all the phrase has and its last word is none of them, the phrase names no actor.
  static constexpr std::string_view kQualifiers[] = {"military", "government", "police", "rebel", "opposition", "army",
                                                     "security", "civilian", "judicial", "diplomatic", "media", "labor",
                                                     "labour", "business", "refugee"};
  // Military nouns the agent dictionaries leave out because they name a thing as often as an actor ("market
  // forces", "fuel tanks"): a country's or an international body's ("Russian forces", "Israeli tanks", "the UN's
  // forces") are its military (not a group's: "Hamas forces" is Hamas). Not "jets" (the New York Jets) nor "think
  // tanks".
  static constexpr std::string_view kMilitaryHeads[] = {"forces", "force", "tanks", "drones", "gunships", "missiles",
                                                        "helicopters"};
  bool qualifiers_only = true, last_is_agent = false;
  const bool military_head =
      end > begin && InList(lower[end - 1], kMilitaryHeads) && (end - begin < 2 || lower[end - 2] != "think");
  for (size_t t = begin; t < end;) {
    size_t n = 0;
    if (actor.empty()) {
      if (const int64_t a = actor_table_.Longest(lower, t, end, &n); a >= 0) {
        actor = PickCode(actors_[a], day);
        t += n;
        continue;
      }
    }
    if (const int64_t g = agent_table_.Longest(lower, t, end, &n); g >= 0) {
      const std::string& code = agents_[g];
      const size_t tilde = code.find('~');
      std::string sector = tilde == 0 ? code.substr(1) : code.substr(0, tilde);
      auto& list = tilde == 0 ? suffixes : prefixes;
      if (!sector.empty() && std::find(list.begin(), list.end(), sector) == list.end() && list.size() < 2)
        list.push_back(std::move(sector));
      qualifiers_only = qualifiers_only && n == 1 && InList(lower[t], kQualifiers);
      last_is_agent = t + n == end;
      t += n;
      continue;
    }
    ++t;
  }
  if (military_head && (actor.size() == 3 || actor.starts_with("IGO")) && suffixes.empty() && prefixes.empty())
    suffixes.push_back("MIL");
  if (actor.empty() && suffixes.empty() && prefixes.empty()) return "";
  if (actor.empty() && qualifiers_only && !last_is_agent) return "";
  // Agents without a country take the country of an "of" / "from" phrase right after them: "the mayor of Nablus",
  // "ministers from the Georgian government"; and of an "in" phrase near them ("a court in Guyana", "police in
  // Lahore", "activists in Hong Kong"), as PETRARCH codes them (AgentTakesCountryOfItsPlace).
  const bool of = end + 1 < lower.size() && (lower[end] == "of" || lower[end] == "from");
  const bool in = in_place && end + 1 < lower.size() && lower[end] == "in" && !suffixes.empty() &&
                  std::all_of(suffixes.begin(), suffixes.end(),
                              [](const std::string& s) { return AgentTakesCountryOfItsPlace(s); });
  if (actor.empty() && (of || in)) {
    const size_t reach = of ? 8 : 4;
    for (size_t t = end + 1; t < lower.size() && t <= end + reach && actor.empty(); ++t) {
      const std::string_view w = lower[t];
      if (w == "," || w == ";" || w == ":" || w == "(" || w == ")" || w == "\"" || w == "who" || w == "which") break;
      size_t n = 0;
      if (const int64_t a = actor_table_.Longest(lower, t, std::min(lower.size(), end + 1 + reach), &n); a >= 0) {
        actor = PickCode(actors_[a], day).substr(0, 3);
        // A place in a country, not an international body's seat ("in the EU") nor a group's ("in Hamas").
        if (in && BeginsWithNoCountry(actor)) {
          actor.clear();
          break;
        }
      }
    }
  }
  std::string code;
  for (const std::string& p : prefixes) code += p;
  code += actor.empty() ? "---" : actor;
  for (const std::string& s : suffixes)
    if (code.size() < s.size() || code.compare(code.size() - s.size(), s.size(), s) != 0) code += s;
  return code;
}

std::string EntityActors::Of(int32_t entity, const std::string& words) {
  if (std::string role = RoleOf(entity); !role.empty()) {
    // A title no agent word codes ("Secretary of State John Kerry" USA): the name's code when it says more of the
    // same country (the dictionaries' "John Kerry" USAGOV).
    if (role.size() == 3) {
      if (!name_[entity]) name_[entity] = Code(a_.entities[entity].name);
      if (name_[entity]->size() > 3 && name_[entity]->starts_with(role)) return *name_[entity];
    }
    return role;
  }
  const std::string* known = nullptr;
  if (NamesActor(words)) {
    known = &words;
  } else {
    if (!name_[entity]) name_[entity] = Code(a_.entities[entity].name);
    if (NamesActor(*name_[entity])) known = &*name_[entity];
  }
  if (known) return WithTitle(entity, *known);
  if (!place_[entity]) place_[entity] = PlaceCode(a_.entities[entity]);
  return NamesActor(*place_[entity]) ? *place_[entity] : words;
}

// A person's title the article gives without a country says the agent today, as the dictionaries' dated code of the
// name may not ("General David Petraeus", the CIA director of 2011-12 in them: USAMIL): the name's country with the
// title's agent.
std::string EntityActors::WithTitle(int32_t entity, const std::string& code) {
  if (!title_[entity]) title_[entity] = TitleAgent(a_.entities[entity]);
  const size_t size = code.size();
  if (!title_[entity]->empty() && (size == 3 || size == 6) && NamesActor(code) && !BeginsWithNoCountry(code) &&
      code.compare(3, std::string::npos, *title_[entity]) != 0)
    return code.substr(0, 3) + *title_[entity];
  return code;
}

// The agent code of a person's titles that name no country or organisation, when they agree on one of the sectors
// of an office ("General": MIL; "Opposition leader": OPP; "Foreign Minister": GOV; "Former Senator": ELI); "" else.
std::string EntityActors::TitleAgent(const Entity& entity) {
  if (entity.type != EntityType::kPerson) return "";
  std::string agent;
  for (const Role& role : entity.roles) {
    if (!role.of.empty() || role.title.empty()) continue;
    const std::string title = text::LowerCase(role.title);
    std::string code = Code(role.title);
    code = code.size() == 6 && code.starts_with("---") ? code.substr(3) : "";
    // An office held no more is an elite's, as the dictionaries code "former president".
    if (!code.empty() && (title.starts_with("former ") || title.starts_with("ex-"))) code = "ELI";
    // An army's rank the agent words leave out for its other senses ("general election", "Attorney General").
    if (title == "general" || title == "gen" || title == "brigadier general" || title == "brigadier") code = "MIL";
    // Only the sectors of an office of one's own: a spokesman (MED in the dictionaries) speaks for another, a
    // lawyer (JUD) is no judge, a "Deputy Leader" no police deputy (COP).
    if (code != "GOV" && code != "MIL" && code != "LEG" && code != "ELI" && code != "OPP") continue;
    if (!agent.empty() && agent != code) return "";  // titles of several sectors ("General", "President"): none
    agent = std::move(code);
  }
  return agent;
}

std::string EntityActors::RoleOf(int32_t entity) {
  if (!role_[entity]) role_[entity] = RoleCode(a_.entities[entity]);
  return NamesActor(*role_[entity]) ? *role_[entity] : std::string();
}

// A place the dictionaries do not name ("Kherson", "Avdiivka") stands, as PETRARCH codes the cities it knows, for
// the country it lies in: the code of that country's name.
std::string EntityActors::PlaceCode(const Entity& entity) {
  // Towns and regions ("Sindh province"), not areas across borders ('L') nor seas ('H': "the Red Sea").
  if (entity.type != EntityType::kLocation || entity.country.size() != 2 ||
      (entity.feature_class != "P" && entity.feature_class != "A"))
    return "";
  const lang::Gazetteer& gazetteer = lang::Gazetteer::Get();
  const uint32_t country = gazetteer.CountryByCode(entity.country);
  if (country == lang::kNoPlace) return "";
  const std::string code = Code(gazetteer.place(country).name);
  return code.size() == 3 ? code : "";
}

std::string EntityActors::Code(std::string_view phrase) {
  words_.clear();
  for (std::string_view w : util::SplitWords(phrase)) words_.push_back(NormalizedLower(w));  // as the reader's words
  lower_.assign(words_.begin(), words_.end());
  return actors_.Code(lower_, 0, lower_.size(), date_);
}

std::string EntityActors::RoleCode(const Entity& entity) {
  for (const Role& role : entity.roles) {
    if (role.of.empty()) continue;
    const std::string of = Code(role.of);
    if (!NamesActor(of)) continue;
    if (of.size() > 3) return of;  // an organisation's code says all
    const std::string agent = Code(role.title);
    if (agent.starts_with("---")) return of + agent.substr(3);
    // Every office of the office-holder list is a government's ("Secretary of State", which no agent word codes).
    return role.from_knowledge ? of + "GOV" : of;
  }
  return "";
}

}  // namespace newsgraph::events
