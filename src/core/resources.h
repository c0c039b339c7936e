// What a Pipeline loads once and its stages share, read-only: the NER model and the quotation cue model (read from
// the models directory; the Pipeline owns them) and the embedded tables (English word lists, time words, place and organisation knowledge).
// The embedded tables are constants of the build that no option changes: each is built once for the process on
// first use, like a static table, and the Resources hold references to them, so that every stage gets what it reads
// from here and none reaches for a global. Loading them here makes a broken table an error of Pipeline::Create,
// not of the first document.
#pragma once

#include <memory>
#include <string>

#include "entities/knowledge.h"
#include "events/trigger_model.h"
#include "lang/gazetteer.h"
#include "lang/lexicon.h"
#include "ner/model.h"
#include "pos/model.h"
#include "newsgraph/pipeline.h"
#include "quotes/cue_model.h"
#include "timex/lexicon.h"

namespace newsgraph::internal {

struct Resources {
  PipelineOptions options;
  std::string models_dir;
  const lang::Lexicon& english;
  const timex::Lexicon& time_words;
  const entities::Knowledge& knowledge;
  const lang::Gazetteer& places;  // GeoNames places for the entity stage's last step (entities/places.h)
  std::unique_ptr<ner::NerModel> ner_model;
  std::unique_ptr<quotes::CueModel> cue_model;  // models/quotes-cues-en.bin
  std::unique_ptr<events::EventModel> event_model;  // the event-trigger detector (models/events-en.bin)
  std::unique_ptr<pos::PosModel> pos_model;  // the part-of-speech tagger the events stage runs (models/pos-en.bin)

  // Loads and checks every resource; the errors name the file and how to point to it.
  static StatusOr<std::unique_ptr<Resources>> Load(const PipelineOptions& options);
};

}  // namespace newsgraph::internal
