#include "events/extractor.h"

#include "events/dictionary_triggers.h"
#include "events/records.h"

namespace newsgraph::events {

EventExtractor::EventExtractor(const EventModel& model, const CameoCoder& coder, const ActorCoder& actors,
                               const pos::PosModel* pos_model)
    : tagger_(model), coder_(coder), actors_(actors), reader_(coder, actors, CameoCodes::Builtin()) {
  if (pos_model) pos_tagger_.emplace(*pos_model);
}

void EventExtractor::Read(std::string_view text, const Analysis& a, const std::optional<Date>& date,
                          ExtractorScratch* scratch, const lang::Words* words) const {
  ExtractorScratch& s = *scratch;
  s.tokens.clear();
  s.sentence_begin.clear();
  s.read.clear();
  for (const Token& t : a.tokens) s.tokens.push_back(t.span.In(text));
  for (const Sentence& sentence : a.sentences) s.sentence_begin.push_back(sentence.token_begin);
  s.sentence_begin.push_back(static_cast<uint32_t>(a.tokens.size()));
  s.tags.clear();
  if (pos_tagger_) pos_tagger_->Tag(s.tokens, s.sentence_begin, &s.pos, &s.tags);
  tagger_.Tag(s.tokens, s.sentence_begin, &s.readers, &s.triggers, pos_tagger_ ? &s.tags : nullptr);
  if (!words) {
    s.english.Read(text, a, lang::Lexicon::Get());
    words = &s.english;
  }
  s.words = words;
  AddDictionaryTriggers(s.tokens, *words, coder_, &s.readers, &s.triggers, pos_tagger_ ? &s.tags : nullptr);
  reader_.Read(text, a, words->lower_tokens(), *words, s.triggers, date, &s.readers, &s.read);
}

void EventExtractor::Extract(std::string_view text, const std::optional<Date>& date, bool all, ExtractorScratch* scratch,
                             Analysis* analysis, const lang::Words* words) const {
  Read(text, *analysis, date, scratch, words);
  BuildEventRecords(text, *scratch->words, scratch->read, date, all, actors_, analysis);
}

}  // namespace newsgraph::events
