// CAMEO actor codes from PETRARCH2's Phoenix dictionaries (data/events/cameo_actors.tsv, cameo_agents.tsv) and the
// actors they lack or code for another time (data/events/cameo_actors_added.tsv, written for newsgraph): a
// phrase names an actor ("Barack Obama" USAGOV from 2009-01-20, "Syrian" SYR, "the United Nations" IGOUNO) and
// agent words add a sector ("rebels" ~REB, "minister" ~GOV): "Syrian rebels" is SYRREB; agents alone give "---REB".
//
// Thread safety: an ActorCoder is immutable after construction.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/hash_map.h"
#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph::events {

class ActorCoder {
 public:
  // `actors`: "phrase\tcode\tfirst day\tlast day" lines (YYYYMMDD, empty for open); `agents`: "phrase\tcode" lines.
  static StatusOr<std::unique_ptr<ActorCoder>> Create(std::string_view actors, std::string_view agents);
  // Several actor tables, read in order: a later undated code of a phrase is chosen over an earlier one.
  static StatusOr<std::unique_ptr<ActorCoder>> Create(std::initializer_list<std::string_view> actor_tables,
                                                      std::string_view agents);
  static const ActorCoder& Builtin();

  // The code of the words lower[begin, end) (lower-case tokens of a noun phrase): the longest actor phrase in them
  // (a dated code when `date` falls in its dates), followed by the codes of the agent words; "" when none is known.
  // Agents alone take the country of an "of" / "from" phrase that follows in `lower` ("the mayor of Nablus"), and
  // with `in_place` of an "in" phrase ("a court in Guyana"): not for words that name an entity, which says more.
  std::string Code(const std::vector<std::string_view>& lower, size_t begin, size_t end,
                   const std::optional<Date>& date, bool in_place = true) const;

  size_t actor_phrases() const { return actors_.size(); }
  size_t agent_phrases() const { return agents_.size(); }

 private:
  struct DatedCode {
    std::string code;
    int32_t first = 0, last = 0;  // YYYYMMDD; 0: open
  };
  // Phrases are keyed by a hash chained over their words (util/hash.h); every prefix of a phrase is kept too, so
  // that a match walks on only while some phrase continues: a trie without nodes.
  struct PhraseTable {
    // Chained hash of a phrase's first words -> 1 + the entry of the phrase they make, or 0 when they are only the
    // beginning of longer phrases.
    util::HashMap64<uint32_t> words;
    // A bit per hash of a phrase's first word (2^18 bits, 32 KB): most words begin no phrase, and the filter says so
    // without a look into the large `words`.
    std::vector<uint64_t> first_words;
    static constexpr unsigned kFirstWordBits = 18;
    static size_t FirstWordBit(uint64_t h) { return (h >> 40) & ((size_t{1} << kFirstWordBits) - 1); }
    bool MayBegin(uint64_t h) const {  // h: the chained hash of one word
      return !first_words.empty() && (first_words[FirstWordBit(h) / 64] >> (FirstWordBit(h) % 64)) & 1;
    }
    void Add(std::string_view phrase, uint32_t entry);
    // The entry of the longest phrase at lower[begin, end), its length in words in *words; -1 when none.
    int64_t Longest(const std::vector<std::string_view>& lower, size_t begin, size_t end, size_t* words) const;
  };
  static const std::string& PickCode(const std::vector<DatedCode>& codes, int32_t day);  // codes not empty
  PhraseTable actor_table_, agent_table_;
  std::vector<std::vector<DatedCode>> actors_;
  std::vector<std::string> agents_;
};

// A code that names a country or an organisation ("GBR", "USAGOV", "IGOUNO"), not an agent alone ("---GOV").
inline bool NamesActor(std::string_view code) { return code.size() >= 3 && !code.starts_with("---"); }

// A code that begins with no country: an international or non-state body's ("IGOUNO", "NGO...", "MNC...", "IMG..."),
// the media's ("MED": "the BBC") or a sector's or region's alone ("MUS", "ELI", "WEU").
inline bool BeginsWithNoCountry(std::string_view code) {
  for (std::string_view p : {"IGO", "NGO", "NGM", "MNC", "IMG", "UIS", "MED", "MUS", "MOS", "ELI", "WEU"})
    if (code.starts_with(p)) return true;
  return false;
}

// Whether agents of `sector` ("COP", "JUD", "LEG" ...) alone take the country of an "in" phrase after them ("a court
// in Guyana": GUYJUD): not soldiers nor refugees, who in a country are as often a foreign army's or another's people.
inline bool AgentTakesCountryOfItsPlace(std::string_view sector) { return sector != "MIL" && sector != "REF"; }

// CAMEO actor codes of a document's entities, computed once each: a role's country with the agent of its title
// ("Prime Minister" of "United Kingdom": GBRGOV) or its organisation ("President" of "European Commission":
// IGOEUREEC), as the article or the office-holder list gives it today; else the entity's name's ("Vladimir Putin",
// "Russia"), which the dictionaries may date to an earlier office, as they may the words at the event; else, for a
// place, the country the gazetteer puts it in ("Kherson": UKR).
//
// Thread safety: one per document and thread (it caches).
class EntityActors {
 public:
  EntityActors(const Analysis& a, const ActorCoder& actors, const std::optional<Date>& date)
      : a_(a),
        actors_(actors),
        date_(date),
        role_(a.entities.size()),
        name_(a.entities.size()),
        place_(a.entities.size()),
        title_(a.entities.size()) {}

  // The code for `entity` as a participant whose words at the event were coded `words` (a copy: it may be `words`).
  std::string Of(int32_t entity, const std::string& words);
  // `code` (an actor's: a country's, with an agent or not) with the agent of the title the article gives the person
  // `entity` without a country ("General David Petraeus": USAMIL), when it has one.
  std::string WithTitle(int32_t entity, const std::string& code);
  // The code of the entity's office alone (a role with a country or an organisation), or "".
  std::string RoleOf(int32_t entity);

 private:
  std::string Code(std::string_view phrase);
  std::string RoleCode(const Entity& entity);
  std::string PlaceCode(const Entity& entity);
  std::string TitleAgent(const Entity& entity);

  const Analysis& a_;
  const ActorCoder& actors_;
  const std::optional<Date>& date_;
  std::vector<std::optional<std::string>> role_, name_, place_, title_;
  std::vector<std::string> words_;
  std::vector<std::string_view> lower_;
};

}  // namespace newsgraph::events
