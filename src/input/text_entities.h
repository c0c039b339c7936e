// HTML character references left in plain text ("Tom &amp; Jerry", "&quot;No&quot;, he said", "&#8217;"), decoded
// for the analysis while every offset still indexes the text as given: the analysis runs on a decoded copy and its
// spans are led back through the edits (MapSpansToOriginal). Thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::input {

// One reference replaced: [original, original + original_size) in the text as given became
// [decoded, decoded + decoded_size) in the copy.
struct EntityEdit {
  uint32_t original = 0, original_size = 0;
  uint32_t decoded = 0, decoded_size = 0;
};

// Decodes the named (HTML 4, as libxml2 knows them, ending in ';') and numeric (&#8217; &#x2019;) references of
// `text` into *out, the edits in *edits; false (and nothing written) when there is none, so that a text without
// references is analysed exactly as before. Invalid numeric references (0, surrogates, past U+10FFFF) stay as written.
bool DecodeTextEntities(std::string_view text, std::string* out, std::vector<EntityEdit>* edits);

// Leads every span of `analysis`, found in the decoded copy, back to the text as given: a span starting or ending
// inside a decoded reference widens to the whole reference.
void MapSpansToOriginal(const std::vector<EntityEdit>& edits, Analysis* analysis);

}  // namespace newsgraph::input
