#include "events/when.h"

#include <algorithm>
#include <cstdlib>

#include "lang/dateline.h"
#include "text/token_search.h"

namespace newsgraph::events {

TimexTokens::TimexTokens(std::string_view text, const Analysis& a) {
  for (size_t k = 0; k < a.timexes.size(); ++k) {
    const size_t t = text::TokenEndingAfter(a.tokens, a.timexes[k].span.start);
    if (t < a.tokens.size()) by_token.emplace_back(static_cast<uint32_t>(t), static_cast<uint32_t>(k));
  }
  std::sort(by_token.begin(), by_token.end());
  // The dateline runs from its place name to the first dash within a few tokens ("NAIROBI, June 5 (Reuters) -").
  constexpr uint32_t kDatelineReach = 12;
  if (const std::optional<Span> line = lang::FindDateline(text, a.tokens, a.paragraphs)) {
    const auto first = static_cast<uint32_t>(text::TokenEndingAfter(a.tokens, line->start));
    for (uint32_t t = first; t < a.tokens.size() && t < first + kDatelineReach; ++t) {
      const std::string_view w = a.tokens[t].span.In(text);
      if (w == "-" || w == "—" || w == "–" || w == "--") {
        dateline_begin = first;
        dateline_end = t + 1;
        break;
      }
    }
  }
}

std::optional<EventDate> DateOf(const Analysis& a, const lang::Words& words, const TimexTokens& timexes,
                                uint32_t trigger, const Sentence& sentence, const VerbGroup& group, EventPos pos,
                                const std::vector<uint32_t>& other_triggers, const std::optional<Date>& document_date) {
  const std::vector<std::string_view>& lower = words.lower_tokens();
  auto punctuation_between = [&](uint32_t x, uint32_t y) {
    for (uint32_t k = std::min(x, y) + 1; k < std::max(x, y); ++k)
      if (a.tokens[k].kind == TokenKind::kPunctuation) return true;
    return false;
  };
  // A participle after a noun ("people protesting against prices"): an "-ing" form right after a word that is no
  // auxiliary, preposition, determiner or verb ("were protesting", "of blowing up", "stopped paying" are verbs).
  auto participle = [&](uint32_t v) {
    if (!lower[v].ends_with("ing") || v <= sentence.token_begin) return false;
    const uint32_t k = v - 1;
    if (a.tokens[k].kind == TokenKind::kPunctuation ||
        words.Has(static_cast<int>(k), lang::kAuxiliary | lang::kPreposition | lang::kDeterminer | lang::kAdverb |
                                           lang::kConjunction))
      return false;
    return k != trigger && !std::binary_search(other_triggers.begin(), other_triggers.end(), k);
  };
  // The verb a time expression after a preposition at token t dates: the nearest before it in the same stretch of
  // the sentence, participles passed over; none when a punctuation mark comes first.
  auto attached_verb = [&](uint32_t t) -> int64_t {
    int64_t best_verb = -1;
    auto consider = [&](uint32_t v) {
      if (v < t && v >= sentence.token_begin && (best_verb < 0 || v > best_verb) && !participle(v) &&
          !punctuation_between(v, t))
        best_verb = v;
    };
    consider(trigger);
    for (uint32_t o : other_triggers) consider(o);
    return best_verb;
  };
  int32_t best = -1;
  int64_t best_distance = 0;
  const auto first = std::lower_bound(timexes.by_token.begin(), timexes.by_token.end(),
                                      std::pair<uint32_t, uint32_t>(sentence.token_begin, 0));
  for (auto at = first; at != timexes.by_token.end() && at->first < sentence.token_end; ++at) {
    const auto [t, k] = *at;
    const Timex& x = a.timexes[k];
    if ((x.type != TimexType::kDate && x.type != TimexType::kTime) || x.value.empty() ||
        (t >= timexes.dateline_begin && t < timexes.dateline_end))
      continue;
    const int64_t distance = std::llabs(static_cast<int64_t>(t) - static_cast<int64_t>(trigger));
    const bool after_preposition =
        t > 0 && (words.Has(static_cast<int>(t - 1), lang::kPreposition) || lower[t - 1] == "since" ||
                  lower[t - 1] == "until");
    const int64_t attached = after_preposition && pos == EventPos::kVerb ? attached_verb(t) : -1;
    if (attached >= 0 && attached != trigger) continue;
    // A time expression nearer another trigger on the same side dates that one: "said Tuesday it would meet".
    // (Only a verb of the same stretch of the sentence: "in London on Thursday, a trip that comes" keeps Thursday
    // for "meet".)
    bool nearer_other = false;
    for (uint32_t o : other_triggers) {
      if (attached == trigger) break;
      if (o == trigger || (participle(o) && !participle(trigger))) continue;
      const bool same_side = (o < trigger) == (t < trigger);
      if (!same_side || std::llabs(static_cast<int64_t>(t) - static_cast<int64_t>(o)) >= distance) continue;
      if (!punctuation_between(t, o)) nearer_other = true;
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
