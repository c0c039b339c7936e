// The document-level type vote: one type for every mention of a name in an article, from the tagger's confident
// votes, the organisation lists (src/entities/organizations.h) and what the name's words say. A social network is
// not a place, a newspaper or a party not a person; "Heathrow Airport" is not a place in one sentence and a person
// in the next.
#pragma once

#include <string>
#include <vector>

#include "entities/organizations.h"
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

// How much a tagger vote weighs: its confidence, 1 when unknown.
inline double VoteWeight(float confidence) { return confidence > 0 ? confidence : 1.0; }

}  // namespace newsgraph::entities
