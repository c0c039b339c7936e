// Scoring CAMEO / PLOVER event coding:
//   - PETRARCH validation records (PETR.UnitTest.records.xml with its toy dictionaries; UniversalPetrarch's
//     PETR2_GSR_validation.xml, real news, with the production dictionaries): each record is a sentence with gold
//     (source actor, target actor, event code) triples. Found: gold triples newsgraph codes exactly; extra: triples
//     it codes that are not gold, per record.
//   - PLOVER's gold records (PLOVER_GSR_CAMEO.json, the CAMEO manual's example sentences coded in PLOVER): the type
//     of the sentence's main event and its source and target actors. The 2016 records use older type names, read
//     as the 2021 table's (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT).
// newsgraph reads each sentence raw (its own tokens, names, triggers, participants); the parses in the files are
// not used.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "eval/events_eval.h"
#include "events/extractor.h"
#include "newsgraph/pipeline.h"

namespace newsgraph::eval {

struct Triple {
  std::string source, target, code;
  friend bool operator==(const Triple&, const Triple&) = default;
};

struct PetrarchRecord {
  std::string id, category, text;
  std::optional<Date> date;
  std::vector<Triple> gold;  // empty: the record codes no event
};
// Errors: kNotFound, kCorrupt (no <Sentence> records).
StatusOr<std::vector<PetrarchRecord>> ReadPetrarchRecords(const std::string& path);

struct PloverActor {
  std::string text, code;
};
struct PloverRecord {
  std::string id, type, text;  // type as the 2021 table names it
  std::optional<Date> date;
  std::vector<PloverActor> sources, targets;
  std::vector<std::string> event_texts;  // the "(EVT: ...)" spans of the markup
};
StatusOr<std::vector<PloverRecord>> ReadPloverRecords(const std::string& path);

// The half of a record set that is scored: every record (`all`), or the records at odd positions of the file
// (`dev`: 1st, 3rd ...; the ones looked at while writing rules) or at even positions (`held-out`: 2nd, 4th ...),
// so that a figure can say whether what was learnt on one half holds on the other. Errors: kInvalidArgument.
template <typename Record>
StatusOr<std::vector<Record>> SelectHalf(std::vector<Record> records, const std::string& half) {
  if (half == "all") return records;
  if (half != "dev" && half != "held-out") return Status(StatusCode::kInvalidArgument, "unknown half: " + half);
  std::vector<Record> kept;
  for (size_t i = half == "dev" ? 0 : 1; i < records.size(); i += 2) kept.push_back(std::move(records[i]));
  return kept;
}

// What is evaluated: the pipeline (names, time) and the events stage's reading (events/extractor.h).
struct EventCodingSystem {
  const Pipeline* pipeline = nullptr;
  const events::EventExtractor* extractor = nullptr;
};

// The events of one text; *analysis receives the pipeline's analysis.
std::vector<events::ReadEvent> ReadEvents(const EventCodingSystem& system, const std::string& text,
                                          const std::optional<Date>& date, Analysis* analysis);
// The (source, target, code) triples of a sentence's events, as PETRARCH codes them: an event with a code and a
// known source; a missing target is "---"; a paired code adds the reverse triple; a reporting verb ("said") is
// not coded when what it reports is.
std::vector<Triple> TriplesOf(const std::vector<events::ReadEvent>& events);

struct PetrarchScores {
  int64_t records = 0, gold = 0, found = 0, predicted = 0, extra = 0;
  int64_t empty_records = 0, empty_clean = 0;  // records coding no event, and those where newsgraph codes none
  std::map<std::string, Accuracy> found_by_category;
  std::vector<std::string> errors;
};
PetrarchScores EvaluatePetrarch(const std::vector<PetrarchRecord>& records, const EventCodingSystem& system,
                                size_t max_errors = 0);
std::string FormatPetrarchScores(const PetrarchScores& s);

struct PloverScores {
  int64_t records = 0;
  Accuracy type;             // the type of newsgraph's main event (the first one with a PLOVER type)
  Accuracy type_at_trigger;  // the type of the event whose trigger is in the gold's marked event text
  Accuracy source_text;      // records with a gold source: a source of the main event overlaps a gold source's words
  Accuracy source_code;      // ... its actor code's first three letters equal a gold source's code
  Accuracy target_text;      // records with a gold target: a target of the main event overlaps a gold target's words
  std::map<std::string, Accuracy> type_by_gold;
  std::vector<std::string> errors;
};
PloverScores EvaluatePlover(const std::vector<PloverRecord>& records, const EventCodingSystem& system,
                            size_t max_errors = 0);
std::string FormatPloverScores(const PloverScores& s);

}  // namespace newsgraph::eval
