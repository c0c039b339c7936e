// TimeBank as event-trigger data: the document split (train / dev / test) and the gold EVENT tags aligned to
// newsgraph's tokens, shared by `newsgraph train events` and `newsgraph eval events`.
//
// The split is a file of "<document id>\t<part>" lines (data/events/timebank-split.tsv, built by
// scripts/build_events_data.py by a fixed rule: the first 8 hex digits of SHA-1(document id) mod 10: 0-1 test,
// 2 dev, 3-9 train).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "eval/timex_timeml.h"
#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph::eval {

// Document id -> "train", "dev" or "test". Errors: kNotFound, kCorrupt (a line without a known part).
StatusOr<std::map<std::string, std::string>> ReadTimebankSplit(const std::string& path);

// The documents of `docs` in `part` ("train", "dev", "test", or "all"); kCorrupt when a document is not in the split
// (a split that does not cover the corpus would silently shrink a part).
StatusOr<std::vector<TimemlDocument>> SelectPart(std::vector<TimemlDocument> docs,
                                                 const std::map<std::string, std::string>& split,
                                                 const std::string& part);

// A TimeML document segmented by newsgraph, with each token's gold event.
struct AlignedTimeml {
  Analysis segmentation;          // paragraphs, sentences, tokens of doc.text
  std::vector<int> event_of;      // per token: index into doc.events whose span equals the token's, or -1
  int unaligned = 0;              // gold events whose span is no token's span
};
AlignedTimeml AlignEvents(const TimemlDocument& doc);
// The same alignment against tokens made elsewhere (a pipeline's); counts unaligned events into *unaligned.
std::vector<int> EventOfToken(const TimemlDocument& doc, const std::vector<Token>& tokens, int* unaligned);

}  // namespace newsgraph::eval
