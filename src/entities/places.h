// Places on the map: the entity stage's last step, which gives every LOCATION entity that is a real place its
// GeoNames reading (point, id, feature class and code, country, admin1 region) with the document-level toponym
// resolver of src/lang/toponyms.h, over all the article's place names at once.
//
// What it does, after the entities are clustered (entities/resolver.h):
//  1. The dateline ("LONDON —", "ATHENS, Ga. (AP) —"; lang/dateline.h) is found and read as a place name; it joins the entity of the
//     same name ("LONDON" and "London" are one entity, named "London"), or makes one.
//  2. Place names the tagger missed or typed with low confidence, where the words around them say "place"
//     (lang::FindMissedToponyms: "residents of Kyogle", "northern NSW"), become LOCATION entities.
//  3. Names that are not places of the story are left unplaced: a place name that begins a newspaper's name ("the
//     Sydney Morning Herald": an organisation), a place in a title of nobility or of the church ("the Duke of
//     Edinburgh"), a quotation's speaker that is neither a country nor a metonym ("Warwick said": a person).
//  4. All place mentions are resolved together (the dateline anchoring them). A state abbreviation written after a
//     place ("Springfield, Ill.") qualifies it and is removed from the entities; it is never a place of its own.
//  5. Each LOCATION entity takes the reading of its best-founded mention (what the text writes next to it, then an
//     earlier qualified mention of the name, then the article's context); entities of one name read as one place
//     are merged.
#pragma once

#include <optional>
#include <string_view>

#include "entities/resolver.h"
#include "lang/gazetteer.h"
#include "newsgraph/document.h"

namespace newsgraph::entities {

// Step 5 of the entity stage (see above): reads analysis->tokens, sentences, mentions, timexes, quotes and entities;
// edits analysis->entities and *links (entities may be added, merged or removed; the links and roles follow).
// `dateline`: the place name of the article's dateline (lang::FindDateline, which lang::Words reads once per
// document), or none.
void PlaceEntities(std::string_view text, const lang::Gazetteer& gazetteer, const std::optional<Span>& dateline,
                   Analysis* analysis, EntityLinks* links);

}  // namespace newsgraph::entities
