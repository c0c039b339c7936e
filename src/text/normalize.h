// Typographic characters made ASCII, so that raw web text compares with word lists, dictionaries and ASCII training
// data: the name tagger's features, the language floor's lower-case tokens (lang/words.h). Pure functions.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::text {

// Typographic quotes and apostrophes become ASCII (’ -> ', “ ” -> "), dashes become "-" (a run of dashes "--"),
// the ellipsis "..." and a no-break space " ". Returns false (and leaves `out` untouched) when the token needs no
// change, which is the common case.
bool NormalizeToken(std::string_view token, std::string* out);

}  // namespace newsgraph::text
