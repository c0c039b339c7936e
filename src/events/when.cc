#include "events/when.h"

#include <algorithm>
#include <cstdlib>

namespace newsgraph::events {

TimexTokens::TimexTokens(const Analysis& a) {
  for (size_t k = 0; k < a.timexes.size(); ++k) {
    const auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), a.timexes[k].span.start,
                                     [](const Token& t, uint32_t start) { return t.span.end <= start; });
    if (it != a.tokens.end()) by_token.emplace_back(static_cast<uint32_t>(it - a.tokens.begin()), static_cast<uint32_t>(k));
  }
  std::sort(by_token.begin(), by_token.end());
}

std::optional<EventDate> DateOf(const Analysis& a, const TimexTokens& timexes, uint32_t trigger,
                                const Sentence& sentence, const VerbGroup& group, EventPos pos,
                                const std::vector<uint32_t>& other_triggers, const std::optional<Date>& document_date) {
  int32_t best = -1;
  int64_t best_distance = 0;
  const auto first = std::lower_bound(timexes.by_token.begin(), timexes.by_token.end(),
                                      std::pair<uint32_t, uint32_t>(sentence.token_begin, 0));
  for (auto at = first; at != timexes.by_token.end() && at->first < sentence.token_end; ++at) {
    const auto [t, k] = *at;
    const Timex& x = a.timexes[k];
    if ((x.type != TimexType::kDate && x.type != TimexType::kTime) || x.value.empty()) continue;
    const int64_t distance = std::llabs(static_cast<int64_t>(t) - static_cast<int64_t>(trigger));
    // A time expression nearer another trigger on the same side dates that one: "said on Tuesday it would meet".
    // (Only a verb of the same stretch of the sentence: "in London on Thursday, a trip that comes" keeps Thursday
    // for "meet".)
    bool nearer_other = false;
    for (uint32_t o : other_triggers) {
      if (o == trigger) continue;
      const bool same_side = (o < trigger) == (t < trigger);
      if (!same_side || std::llabs(static_cast<int64_t>(t) - static_cast<int64_t>(o)) >= distance) continue;
      bool punctuation = false;
      for (uint32_t k = std::min(t, o); k < std::max(t, o) && !punctuation; ++k)
        punctuation = a.tokens[k].kind == TokenKind::kPunctuation;
      if (!punctuation) nearer_other = true;
    }
    if (nearer_other) continue;
    if (best < 0 || distance < best_distance) {
      best = static_cast<int32_t>(k);
      best_distance = distance;
    }
  }
  if (best >= 0) return EventDate{a.timexes[best].value, best, false};
  if (!document_date) return std::nullopt;
  if (group.tense == "PAST" || (group.tense == "PRESENT" && group.aspect == "PERFECTIVE"))
    return EventDate{document_date->ToString(), -1, true};
  if (group.tense == "PRESENT" && pos != EventPos::kNoun) return EventDate{document_date->ToString(), -1, false};
  return std::nullopt;
}

}  // namespace newsgraph::events
