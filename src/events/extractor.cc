#include "events/extractor.h"

#include <algorithm>

#include "events/dictionary_triggers.h"
#include "events/records.h"

namespace newsgraph::events {
namespace {

// The tokens' parts of speech, tagged a sentence at a time when one of its tokens is first asked for. The tagger reads
// each sentence apart from the others (pos/tagger.h), so a sentence's tags are those of tagging the whole document.
class SentenceTags final : public TokenTags {
 public:
  SentenceTags(const pos::PosTagger& tagger, ExtractorScratch& s) : tagger_(tagger), s_(s) {}

  pos::Upos At(size_t token) override {
    const std::vector<uint32_t>& begin = s_.sentence_begin;
    if (token >= s_.tags.size() || token < begin.front()) return pos::Upos::kX;  // outside every sentence
    const size_t k = static_cast<size_t>(std::upper_bound(begin.begin(), begin.end(), token) - begin.begin()) - 1;
    if (!s_.tagged[k]) {
      s_.tagged[k] = 1;
      const size_t b = begin[k], e = std::min<size_t>(begin[k + 1], s_.tokens.size());
      s_.sentence_tokens.assign(s_.tokens.begin() + b, s_.tokens.begin() + e);
      tagger_.Tag(s_.sentence_tokens, {0, static_cast<uint32_t>(e - b)}, &s_.pos, &s_.sentence_tags);
      std::copy(s_.sentence_tags.begin(), s_.sentence_tags.end(), s_.tags.begin() + b);
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
  // Parts of speech: of every sentence for a trigger model trained with them, else of the sentences the dictionary
  // triggers ask about.
  s.tags.assign(s.tokens.size(), pos::Upos::kX);
  s.tagged.assign(s.sentence_begin.size() - 1, 0);
  if (pos_tagger_ && tagger_.model().pos_tags) {
    pos_tagger_->Tag(s.tokens, s.sentence_begin, &s.pos, &s.tags);
    s.tagged.assign(s.tagged.size(), 1);
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
  BuildEventRecords(text, *scratch->words, scratch->read, date, all, actors_, analysis);
}

}  // namespace newsgraph::events
