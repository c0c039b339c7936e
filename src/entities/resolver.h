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
//  5. Places: country codes, coordinates and feature kinds from the GeoNames-based gazetteer, preferring cities in
//     the countries the article names; place names acting as speakers or subjects ("Brussels has confirmed") are
//     marked as metonyms.
//  6. Salience from the mentions' number, kind and position; speakers of quotations linked to their entity.
#pragma once

#include <string_view>

#include "newsgraph/document.h"

namespace newsgraph::entities {

// Fills analysis->entities from analysis->mentions (and quotes' speakers), and sets Mention::entity and
// Quote::speaker_entity. `text` is the analysed text.
void ResolveEntities(std::string_view text, const Document& document, Analysis* analysis);

}  // namespace newsgraph::entities
