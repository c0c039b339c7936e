// Pairs quotation marks into quotations, over the tokens of a segmented document.
//
// Marks: “ ” ‘ ’ „ ‚ « » ‹ › " ' and the typewriter pairs `` '' (two tokens each). Curly marks say which way they
// face, but writers and converters get them wrong ("Frozen“, ”Mr. Trump at the start of a paragraph), so the
// direction comes from what surrounds a mark (a space before and a letter after opens) and the glyph only breaks
// ties; a straight " that could go either way closes an open quotation, otherwise opens one. A ’ or ' that closes
// nothing is an apostrophe (students’, goin’). Quotations nest (‘…’ inside “…”); only the outermost are returned.
// The multi-paragraph convention is kept: a paragraph that leaves a quotation open and a next paragraph that
// starts with an opening mark continue one quotation, which ends at the first closing mark; otherwise the
// quotation ends, unclosed, with its paragraph. Straight quotes glued to "=" (HTML attributes) are not quotations.
//
// One pass over the tokens with a stack: linear time whatever the marks (10,000 unbalanced openers included).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::quotes {

struct QuoteRegion {
  uint32_t open_begin = 0;  // first token of the opening mark
  uint32_t inner_begin = 0;  // first token inside (one past the opening mark)
  uint32_t inner_end = 0;    // one past the last token inside (the closing mark, or the paragraph's end)
  uint32_t close_end = 0;    // one past the closing mark (== inner_end when unclosed)
  uint32_t first_paragraph = 0;
  uint32_t last_paragraph = 0;
  bool closed = true;
  bool single = false;  // delimited by single marks
};

// Appends the outermost quotations of `analysis` (segmented `text`) to *out, in text order.
void ScanQuotations(std::string_view text, const Analysis& analysis, std::vector<QuoteRegion>* out);

}  // namespace newsgraph::quotes
