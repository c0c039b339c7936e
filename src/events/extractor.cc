#include "events/extractor.h"

#include <algorithm>
#include <span>

#include "events/dictionary_triggers.h"
#include "events/records.h"

namespace newsgraph::events {
namespace {

// The tokens' parts of speech, tagged when first asked for, each sentence from its start up to the token asked about
// (pos::PosTagger::TagSpan), later asks going on from there. The tagger reads each sentence apart from the others,
// left to right, a token's tag depending only on the sentence up to two tokens after it: the tags are those of
// tagging the whole document, and a sentence's tokens after the last asked about are never tagged.
class SentenceTags final : public TokenTags {
 public:
  SentenceTags(const pos::PosTagger& tagger, ExtractorScratch& s) : tagger_(tagger), s_(s) {}

  pos::Upos At(size_t token) override {
    const std::vector<uint32_t>& begin = s_.sentence_begin;
    if (token >= s_.tags.size() || token < begin.front()) return pos::Upos::kX;  // outside every sentence
    const size_t k = static_cast<size_t>(std::upper_bound(begin.begin(), begin.end(), token) - begin.begin()) - 1;
    if (token >= s_.tagged_end[k]) {
      const size_t b = begin[k], e = std::min<size_t>(begin[k + 1], s_.tokens.size());
      tagger_.TagSpan(std::span(s_.tokens).subspan(b, e - b), s_.tagged_end[k] - b, token + 1 - b, &s_.pos,
                      s_.tags.data() + b);
      s_.tagged_end[k] = static_cast<uint32_t>(token + 1);
    }
    return s_.tags[token];
  }

 private:
  const pos::PosTagger& tagger_;
  ExtractorScratch& s_;
};

}  // namespace

EventExtractor::EventExtractor(const EventModel& model, const CameoCoder& coder, const ActorCoder& actors,
                               const pos::PosModel* pos_model)
    : tagger_(model), coder_(coder), actors_(actors), reader_(coder, actors, CameoCodes::Builtin(), &model.senses) {
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
  // Parts of speech: of every sentence for a trigger model trained with them, else of the sentences the dictionary
  // triggers ask about.
  s.tags.assign(s.tokens.size(), pos::Upos::kX);
  if (pos_tagger_ && tagger_.model().pos_tags) {
    pos_tagger_->Tag(s.tokens, s.sentence_begin, &s.pos, &s.tags);
    s.tagged_end.assign(s.sentence_begin.begin() + 1, s.sentence_begin.end());
  } else {
    s.tagged_end.assign(s.sentence_begin.begin(), s.sentence_begin.end() - 1);
  }
  tagger_.Tag(s.tokens, s.sentence_begin, &s.readers, &s.triggers, pos_tagger_ ? &s.tags : nullptr);
  if (!words) {
    s.english.Read(text, a, lang::Lexicon::Get());
    words = &s.english;
  }
  s.words = words;
  std::optional<SentenceTags> tags;
  if (pos_tagger_) tags.emplace(*pos_tagger_, s);
  AddDictionaryTriggers(s.tokens, *words, coder_, &s.readers, &s.triggers, tags ? &*tags : nullptr);
  reader_.Read(text, a, words->lower_tokens(), *words, s.triggers, date, &s.readers, &s.read);
}

void EventExtractor::Extract(std::string_view text, const std::optional<Date>& date, bool all, ExtractorScratch* scratch,
                             Analysis* analysis, const lang::Words* words) const {
  Read(text, *analysis, date, scratch, words);
  BuildEventRecords(text, *scratch->words, scratch->read, date, all, actors_, analysis,
                    scratch->readers.lower_hashes.size() == scratch->words->lower_tokens().size()
                        ? scratch->readers.lower_hashes.data()
                        : nullptr);
  scratch->readers.lower_hashes.clear();  // this document's: no later reader takes them for another's
}

}  // namespace newsgraph::events
