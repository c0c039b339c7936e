// Who's who: turns the tagger's mentions into one entity per real person, organisation and place.
//
// Design. A reader links mentions in a few steps, and so does this stage:
//  1. Names. Each name mention is read without its honorifics ("Sir", "Ms") and put into its canonical form
//     through what we know (countries and their other names, organisations and their acronyms, metonyms).
//  2. Clusters. Longer names are placed first, so that "Starmer", "Keir" and "von der Leyen" join the full name
//     they are part of; other names join on equal canonical forms or acronyms ("EU" = "European Union").
//  3. Roles, from the words around a name: "US President Donald Trump", "President of the European Council
//     Antonio Costa", "Antonio Costa, President of the European Council", "Britain's prime minister, Keir Starmer".
//  4. Titles and nominals without a name: "the Prime Minister" joins the person the article gives that role, or,
//     failing that, the office holder on the article's date from data/entities/office_holders.tsv when that person
//     is named in the article (marked as knowledge); "the bloc" joins the European Union when it is named.
//  5. Places: country codes and feature kinds from the place knowledge; place names acting as speakers or subjects
//     ("Brussels has confirmed") are marked as metonyms. The points, GeoNames ids and admin regions come after, from
//     the document-level toponym resolver (entities/places.h), which the entity stage runs next.
//  6. Salience from the mentions' number, kind and position; speakers of quotations linked to their entity.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "entities/knowledge.h"
#include "lang/lexicon.h"
#include "newsgraph/document.h"

namespace newsgraph::entities {

// Which entity each name mention and each quotation's speaker is (indexes into Analysis::entities, -1 for none): the
// entity stage's answer about the other stages' findings, which the pipeline's linking step writes into them
// (Mention::entity, Quote::speaker_entity).
struct EntityLinks {
  std::vector<int32_t> mention_entity;  // per Analysis::mentions
  std::vector<int32_t> speaker_entity;  // per Analysis::quotes
};

// Fills analysis->entities from analysis->mentions (and the quotations' speakers) and *links; reads nothing else of
// the mentions and quotations and writes nothing into them. `text` is the analysed text.
void ResolveEntities(std::string_view text, const Document& document, const Knowledge& knowledge,
                     const lang::Lexicon& lexicon, Analysis* analysis, EntityLinks* links);

// Writes the links into the mentions and quotations.
void ApplyEntityLinks(const EntityLinks& links, Analysis* analysis);

// Both, and the places on the map (entities/places.h), with the embedded knowledge, lexicon and gazetteer: for tests
// and tools.
void ResolveEntities(std::string_view text, const Document& document, Analysis* analysis);

}  // namespace newsgraph::entities
