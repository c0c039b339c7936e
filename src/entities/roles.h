// How a role's title is written in the output: in title case, abbreviations written out ("Sen." -> "Senator",
// "Det. Sgt." -> "Detective Sergeant", "Cllr" -> "Councillor"), so that "Sen. Sanders" and "the senator" share a role.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/lexicon.h"

namespace newsgraph::entities {

// `lower_words`: the title's words, lower case, without full stops ("sen"; "lt", "col").
std::string RoleTitle(const std::vector<std::string>& lower_words);

// A council title or an office word written short ("Cllr", "Ald.", "Sgt.", "Sen."), not an acronym ("CPL", "GEN"):
// a title, not part of a name nor a name of its own. `kind`: how the lexicon reads the word.
bool IsWrittenShort(std::string_view word, lang::TitleWord kind);

}  // namespace newsgraph::entities
