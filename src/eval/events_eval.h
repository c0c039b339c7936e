// Scoring the event-trigger detector against TimeBank (TempEval-3's event measures, computed here from scratch):
//   - strict extent: a predicted trigger is correct when its span equals a gold EVENT span;
//   - relaxed extent: when it overlaps one (one-to-one);
//   - class accuracy: among strict matches, the TimeML class equals the gold one (TempEval-3 reports class F1 =
//     strict F1 x class accuracy);
//   - attributes (part of speech, tense, aspect, polarity, modality) of strict matches against the event's first
//     MAKEINSTANCE;
//   - dates derived from TLINKs: a gold event included in (IS_INCLUDED, DURING, SIMULTANEOUS, IDENTITY) a DATE or
//     TIME expression (the DCT included) is dated by its value; one only BEFORE the DCT is "on or before" it. Among
//     strict matches with such a gold date, the share that newsgraph dates the same way.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "eval/metrics.h"
#include "eval/timex_timeml.h"
#include "events/trigger_tagger.h"
#include "pos/tagger.h"
#include "newsgraph/pipeline.h"

namespace newsgraph::eval {

struct Accuracy {
  int64_t correct = 0, total = 0;
  double value() const { return total ? static_cast<double>(correct) / total : 0.0; }
  void Add(bool ok) {
    ++total;
    correct += ok;
  }
};
// "0.8731 (1234/1413)"
std::string FormatAccuracy(const Accuracy& a);

struct TimebankEventScores {
  Counts strict, relaxed;
  Accuracy cls, pos, tense, aspect, polarity, modality;
  Accuracy date_included;  // gold: included in a time expression
  Accuracy date_before;    // gold: only before the document date
  std::map<std::string, Counts> by_class;  // strict, per class (a prediction counts for its own class)
  int64_t unaligned = 0;   // gold events that are no token of newsgraph's tokenizer (strict misses by construction)
  std::vector<std::string> errors;
};

// Tags every document (the time expressions come from `pipeline`, run with each document's DCT; without a pipeline,
// dates are not scored) and scores it. `pos_tagger` gives the parts of speech a model with pos_tags needs.
TimebankEventScores EvaluateTimebankEvents(const std::vector<TimemlDocument>& docs, const events::TriggerTagger& tagger,
                                           const pos::PosTagger* pos_tagger, const Pipeline* pipeline,
                                           size_t max_errors = 0);

std::string FormatTimebankEventScores(const TimebankEventScores& s);

}  // namespace newsgraph::eval
