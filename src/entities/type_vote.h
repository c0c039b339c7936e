// The document-level type vote: one type for every mention of a name in an article, from the tagger's confident
// votes, the organisation lists (src/entities/organizations.h) and what the name's words say. A social network is
// not a place, a newspaper or a party not a person; "Heathrow Airport" is not a place in one sentence and a person
// in the next.
#pragma once

#include <string>
#include <vector>

#include "entities/knowledge.h"
#include "entities/organizations.h"
#include "entities/token_index.h"
#include "newsgraph/document.h"

namespace newsgraph::entities {

struct NameReading {
  std::string key;                 // the normalized name: mentions with equal keys get one type
  std::vector<std::string> words;  // its lower-case words
  EntityType tagged = EntityType::kMisc;
  float confidence = 0;  // the tagger's, 0 when unknown (counts as 1)
  bool knowledge = false;  // typed by knowledge already (a country, a listed organisation): not voted
  // Two words or more, the first no place, the last no kind of place ("Kanye West", not "Victoria Park", "Wisconsin
  // Trump" or "Beeson and Bush").
  bool person_shaped = false;
  bool given_name_first = false;  // person-shaped and starting with a given name
  bool known_place = false;       // the gazetteer knows the name as a place
};

// The type each name is read as (same order as `names`); a knowledge-typed name keeps its type. Besides the tagger's
// votes for the name itself, a person's full name supports its lone surname, and a name starting with a given name
// is supported by its lone surname ("Kanye West" tagged a place twice and "West" a person eleven times is a person), and a place
// reading of a name the gazetteer does not know weighs half when it starts with a given name.
std::vector<EntityType> VoteNameTypes(const std::vector<NameReading>& names, const OrganizationPriors& priors);

// Whether the gazetteer knows `name` (normalized) as a country, region or city.
bool IsPlaceName(const Knowledge& knowledge, std::string_view name);

// Two words or more, the first no country, region or city of 100,000 people ("Wisconsin Trump", "Washington Free
// Beacon"; but "Kanye West"), no word a kind of place or thing ("Victoria Park", "Beeson and Bush").
bool PersonShaped(const Knowledge& knowledge, const std::vector<std::string>& words);

// An all-capital tabloid word or phrase at tokens [b, e) ("EXCLUSIVE", "SHOCK HORROR"; "FURY" when the article writes
// "fury" at least as often), which is no name: every word in capitals of four letters or more, unknown to the lists,
// and a headline word, or one word written in lower case at least as often as in capitals (not "TBWA" and "tbwa").
bool IsShoutedName(const Knowledge& knowledge, const TokenIndex& index, std::string_view text,
                   const std::vector<Token>& tokens, size_t b, size_t e);

// How much a tagger vote weighs: its confidence, 1 when unknown.
inline double VoteWeight(float confidence) { return confidence > 0 ? confidence : 1.0; }

}  // namespace newsgraph::entities
