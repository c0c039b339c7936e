// The events stage's work on one analysed document, in one place for the pipeline, the evaluation, the benchmarks
// and the fuzz target: triggers (the TimeBank-trained tagger, then the CAMEO dictionaries' event nouns and verbs the
// tagger passed over), the reader (verb groups, codes, participants, dates) and the records (coreference, entity
// links, status, place).
//
//   const newsgraph::events::EventExtractor extractor(model);
//   newsgraph::events::ExtractorScratch scratch;  // one per thread, reused
//   extractor.Extract(text, document_date, /*all=*/false, &scratch, &analysis);  // fills analysis.events
//
// Thread safety: an EventExtractor is immutable; each thread passes its own Scratch.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "events/reader.h"
#include "lang/words.h"
#include "events/scratch.h"
#include "events/trigger_tagger.h"
#include "newsgraph/document.h"
#include "pos/tagger.h"

namespace newsgraph::events {

// One thread's working memory: the readers' Scratch, and one document's tokens as text, the first token of each
// sentence (then the token count), the triggers and the events read.
struct ExtractorScratch {
  Scratch readers;
  std::vector<std::string_view> tokens;
  lang::Words english;  // the language floor's reading of the tokens, when the caller has none (lang/words.h)
  const lang::Words* words = nullptr;  // the reading Read used (`english` or the caller's)
  std::vector<uint32_t> sentence_begin;
  pos::Scratch pos;              // the part-of-speech tagger's cache
  std::vector<pos::Upos> tags;   // the tokens' parts of speech (empty without a POS model; X in untagged sentences)
  std::vector<uint32_t> tagged_end;  // per sentence: `tags` holds its tags up to this token (its start: none yet)
  std::vector<Trigger> triggers;
  std::vector<ReadEvent> read;
};

class EventExtractor {
 public:
  // `coder` and `actors`: the compiled-in dictionaries, or others in their format (PETRARCH's unit-test ones).
  // `pos_model`: the part-of-speech tagger's, run on the sentences of the dictionary verbs whose tags the dictionary
  // triggers ask for (on every sentence when the trigger model was trained with tags); null for none (a trigger
  // model with pos_tags then finds no trigger).
  explicit EventExtractor(const EventModel& model, const CameoCoder& coder = CameoCoder::Builtin(),
                          const ActorCoder& actors = ActorCoder::Builtin(), const pos::PosModel* pos_model = nullptr);

  // Reads the events of `analysis` (its tokens, sentences, mentions and time expressions) into scratch->read, in
  // text order; scratch->words is the reading of the tokens it used (their lower case: lower_tokens()). `words`: the document's lang::Words already read
  // over `analysis` (the pipeline's, shared with the quotation stage), or null to read them into the scratch.
  void Read(std::string_view text, const Analysis& analysis, const std::optional<Date>& date,
            ExtractorScratch* scratch, const lang::Words* words = nullptr) const;

  // Read, then analysis->events (replaced): with `all` one record per event, else those with a PLOVER type or an
  // entity participant.
  void Extract(std::string_view text, const std::optional<Date>& date, bool all, ExtractorScratch* scratch,
               Analysis* analysis, const lang::Words* words = nullptr) const;

 private:
  TriggerTagger tagger_;
  std::optional<pos::PosTagger> pos_tagger_;
  const CameoCoder& coder_;
  const ActorCoder& actors_;
  EventReader reader_;
};

}  // namespace newsgraph::events
