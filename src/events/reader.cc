#include "events/reader.h"

#include <algorithm>

namespace newsgraph::events {

void EventReader::Read(std::string_view text, const Analysis& a, const std::vector<Trigger>& triggers,
                       const std::optional<Date>& document_date, std::vector<ReadEvent>* out) const {
  if (triggers.empty()) return;
  // Per token: the mention and the time expression covering it.
  std::vector<int32_t> mention_of(a.tokens.size(), -1);
  std::vector<uint8_t> in_time(a.tokens.size(), 0);
  std::vector<uint32_t> timex_token(a.timexes.size(), UINT32_MAX);
  auto first_token = [&](uint32_t offset) {
    return static_cast<size_t>(std::lower_bound(a.tokens.begin(), a.tokens.end(), offset,
                                                [](const Token& t, uint32_t o) { return t.span.end <= o; }) -
                               a.tokens.begin());
  };
  for (size_t m = 0; m < a.mentions.size(); ++m)
    for (size_t t = first_token(a.mentions[m].span.start); t < a.tokens.size() && a.tokens[t].span.start < a.mentions[m].span.end; ++t)
      mention_of[t] = static_cast<int32_t>(m);
  for (size_t k = 0; k < a.timexes.size(); ++k) {
    const size_t t0 = first_token(a.timexes[k].span.start);
    if (t0 < a.tokens.size()) timex_token[k] = static_cast<uint32_t>(t0);
    for (size_t t = t0; t < a.tokens.size() && a.tokens[t].span.start < a.timexes[k].span.end; ++t) in_time[t] = 1;
  }

  SentenceWords words;
  std::vector<std::string> lower_store;
  std::vector<uint32_t> verbs_here;
  std::vector<ParticipantSpan> spans;
  size_t next = 0;  // the first trigger not yet read
  for (size_t si = 0; si < a.sentences.size() && next < triggers.size(); ++si) {
    const Sentence& s = a.sentences[si];
    if (triggers[next].token >= s.token_end) continue;
    size_t last = next;
    while (last < triggers.size() && triggers[last].token < s.token_end) ++last;
    // The sentence as the readers see it.
    const size_t n = s.token_end - s.token_begin;
    lower_store.resize(n);
    words.lower.resize(n);
    words.text.resize(n);
    words.mention.resize(n);
    words.verb.assign(n, 0);
    words.time.resize(n);
    words.punctuation.resize(n);
    for (size_t i = 0; i < n; ++i) {
      const Token& t = a.tokens[s.token_begin + i];
      words.text[i] = t.span.In(text);
      lower_store[i] = NormalizedLower(words.text[i]);
      words.mention[i] = mention_of[s.token_begin + i];
      words.time[i] = in_time[s.token_begin + i];
      words.punctuation[i] = t.kind == TokenKind::kPunctuation || t.kind == TokenKind::kQuote;
    }
    for (size_t i = 0; i < n; ++i) words.lower[i] = lower_store[i];
    verbs_here.clear();
    for (size_t k = next; k < last; ++k)
      if (triggers[k].pos == EventPos::kVerb) {
        words.verb[triggers[k].token - s.token_begin] = 1;
        verbs_here.push_back(triggers[k].token);
      }
    for (size_t k = next; k < last; ++k) {
      const Trigger& trig = triggers[k];
      const size_t i = trig.token - s.token_begin;
      ReadEvent e;
      e.trigger = trig;
      e.sentence = static_cast<uint32_t>(si);
      e.group = ReadVerbGroup(words.lower, i, trig.pos);
      std::optional<Coding> coding = trig.pos == EventPos::kNoun ? coder_.CodeNoun(words.lower, i)
                                                                 : coder_.CodeVerb(words.lower, i, e.group.begin, n);
      size_t verb_end = i + 1;
      if (coding) {
        e.cameo = coding->code;
        e.cameo_reverse = coding->reverse;
        e.code = codes_.Find(!e.cameo.empty() ? e.cameo : e.cameo_reverse);
        verb_end = std::max<size_t>(verb_end, coding->verb_end);
      }
      e.span = Span{a.tokens[trig.token].span.start, a.tokens[s.token_begin + verb_end - 1].span.end};
      spans.clear();
      FindParticipants(words, i, verb_end, e.group, trig.pos, &spans);
      // Target candidates: the best rank that names a known actor, else the first.
      int chosen_rank = -1;
      for (const ParticipantSpan& p : spans)
        if (p.role == ParticipantRole::kTarget && (chosen_rank < 0 || p.rank < chosen_rank) &&
            !actors_.Code(words.lower, p.begin, p.end, document_date).empty())
          chosen_rank = p.rank;
      if (chosen_rank < 0) chosen_rank = 0;
      for (const ParticipantSpan& p : spans) {
        if (p.role == ParticipantRole::kTarget && p.rank != chosen_rank) continue;
        EventParticipant ep;
        ep.span = Span{a.tokens[s.token_begin + p.begin].span.start, a.tokens[s.token_begin + p.end - 1].span.end};
        ep.role = p.role;
        ep.actor = actors_.Code(words.lower, p.begin, p.end, document_date);
        for (size_t t = p.begin; t < p.end && ep.mention < 0; ++t) ep.mention = words.mention[t];
        e.participants.push_back(std::move(ep));
      }
      e.date = DateOf(a, timex_token, trig.token, s, e.group, trig.pos, verbs_here, document_date);
      out->push_back(std::move(e));
    }
    next = last;
  }
}

}  // namespace newsgraph::events
