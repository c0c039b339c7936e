// Quotations: who said what.
//
//   newsgraph::Analysis a;
//   newsgraph::Segment(text, {}, &a);            // paragraphs, sentences, tokens
//   newsgraph::quotes::FindQuotes(text, &a);     // fills a.quotes
//
// What it finds, each with the words' byte span, its kind, the speaker's mention and the cue:
//   - direct quotations in quotation marks (curly or straight, nested, over several sentences, and over several
//     paragraphs when each opens a mark and only the last closes it);
//   - fragments: quoted words woven into the reporter's own sentence ("Europe needs to “step up”"), attributed to
//     the speaker of the reported speech around them; quoted titles and scare quotes without a speaker are left out;
//   - indirect speech: "X said (that) ...", "..., X said", "according to X, ...", "X vowed to ...".
// Speakers are found as a reader finds them: "X said", "said X", "X, the foreign minister, said:", "X told
// reporters", "in a statement, X said", "according to X", a colon after the speaker's sentence, the speaker of
// the previous quotation for a quotation that stands alone, "a spokesperson for X said", "the ministry said".
// A pronoun speaker ("he said") keeps its own span as `speaker` and the name it refers to as
// `speaker_antecedent`. Name mentions from an earlier tagger (Analysis::mentions) are used when present; without
// them, names are read from capitalisation, titles and given names.
//
// Thread-safe (the word lists are immutable after first use); time and memory linear in the number of tokens.
#pragma once

#include <string_view>

#include "newsgraph/document.h"

namespace newsgraph::quotes {

// Fills analysis->quotes (replacing what it held), in text order. `analysis` must hold the segmentation of `text`
// (newsgraph::Segment); analysis->mentions are used when an earlier stage filled them.
void FindQuotes(std::string_view text, Analysis* analysis);

}  // namespace newsgraph::quotes
