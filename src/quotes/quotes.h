// Quotations: who said what.
//
//   newsgraph::Analysis a;
//   newsgraph::Segment(text, {}, &a);            // paragraphs, sentences, tokens
//   newsgraph::quotes::FindQuotes(text, &a);     // fills a.quotes (or, reusing memory: FindQuotes(text,
//                                                // lexicon, &scratch, &a) with a quotes::Scratch per thread)
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
// Thread safety: the word lists are immutable; each thread passes its own Scratch. Time and memory linear in the
// number of tokens.
#pragma once

#include <memory>
#include <string_view>

#include "lang/lexicon.h"
#include "lang/words.h"
#include "newsgraph/document.h"

namespace newsgraph::quotes {

class CueModel;  // quotes/cue_model.h

// The working memory of FindQuotes: one per thread, reused from document to document (a document then costs no
// allocation once its vectors have grown; a very large one gives its memory back).
class Scratch {
 public:
  Scratch();
  ~Scratch();
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

 private:
  friend void FindQuotes(std::string_view, const lang::Lexicon&, lang::Words*, Scratch*, Analysis*, const CueModel*);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Fills analysis->quotes (replacing what it held), in text order; reads nothing else but the segmentation of
// `text` (newsgraph::Segment) and the name mentions of an earlier stage (analysis->mentions), when it filled them.
// With a learned cue model (quotes/cue_model.h, models/quotes-cues-en.bin), it also finds reported speech and
// stances whose cue is not in the lexicon ("Critics assailed the plan", "his attacks on Clinton").
void FindQuotes(std::string_view text, const lang::Lexicon& lexicon, Scratch* scratch, Analysis* analysis,
                const CueModel* cues = nullptr);

// The same over the document's Words (lang/words.h), already read over `analysis` by the caller (the pipeline reads
// them once for every stage); FindQuotes notes in them which quotation each token is in (Words::quotations). Null
// `words`: FindQuotes reads its own.
void FindQuotes(std::string_view text, const lang::Lexicon& lexicon, lang::Words* words, Scratch* scratch,
                Analysis* analysis, const CueModel* cues = nullptr);

// The same with the embedded lexicon, no cue model and a scratch of its own: for tests and tools.
void FindQuotes(std::string_view text, Analysis* analysis);

}  // namespace newsgraph::quotes
