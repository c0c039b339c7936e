#include "events/when.h"

#include <algorithm>
#include <cstdlib>

#include "text/token_search.h"
#include "util/date_values.h"

namespace newsgraph::events {

TimexTokens::TimexTokens(std::string_view text, const Analysis& a, const std::optional<Span>& line) {
  for (size_t k = 0; k < a.timexes.size(); ++k) {
    const size_t t = text::TokenEndingAfter(a.tokens, a.timexes[k].span.start);
    if (t < a.tokens.size()) by_token.emplace_back(static_cast<uint32_t>(t), static_cast<uint32_t>(k));
  }
  std::sort(by_token.begin(), by_token.end());
  // The dateline runs from its place name to the first dash within a few tokens ("NAIROBI, June 5 (Reuters) -").
  constexpr uint32_t kDatelineReach = 12;
  if (line) {
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

namespace {

// The number a count word or digits write ("a", "three", "48"), or -1.
int CountOf(std::string_view w) {
  static constexpr std::string_view kCounts[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                                 "nine", "ten"};
  if (w == "a" || w == "an" || w == "the") return 1;
  for (size_t i = 0; i < std::size(kCounts); ++i)
    if (w == kCounts[i]) return static_cast<int>(i);
  if (w.empty() || w.size() > 3) return -1;
  int n = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace

std::optional<CountedClause> CountedFrom(const Analysis& a, const std::vector<std::string_view>& lower,
                                         const Sentence& sentence, uint32_t first, EventPos pos,
                                         const std::vector<uint32_t>& other_triggers) {
  // Back from the clause's first token over its subject (or the noun's determiners) to "after" / "before".
  const uint32_t reach = pos == EventPos::kVerb ? 10 : 4;
  for (uint32_t k = first; k > sentence.token_begin + 1 && k + reach > first; --k) {
    const uint32_t w = k - 1;
    if (a.tokens[w].kind == TokenKind::kPunctuation && lower[w] != "'s" && lower[w] != "'" && lower[w] != "-") break;
    if (std::binary_search(other_triggers.begin(), other_triggers.end(), w)) break;
    if (lower[w] != "after" && lower[w] != "before") continue;
    const int sign = lower[w] == "after" ? -1 : 1;
    const std::string_view unit = lower[w - 1];
    int per = 0;
    if (unit == "day" || unit == "days") per = 1;
    else if (unit == "week" || unit == "weeks") per = 7;
    else if (unit == "hour" || unit == "hours") per = 0;
    else return std::nullopt;
    // "hours after", "just hours after": the same day; a day or a week needs its count ("days after" is vague).
    const int count = w >= sentence.token_begin + 2 ? CountOf(lower[w - 2]) : -1;
    if (per == 0)  // "hours after", "just hours after", "48 hours after"
      return CountedClause{w - 1 - (count >= 0 ? 1 : 0), count >= 24 ? sign * (count / 24) : 0};
    if (count < 1 || (lower[w - 2] == "the" && per != 1)) return std::nullopt;
    // "slash tariffs for 90 days after weekend talks", "within 30 days after": a duration or a deadline, no offset.
    if (w >= sentence.token_begin + 3 &&
        (lower[w - 3] == "for" || lower[w - 3] == "within" || lower[w - 3] == "to" || lower[w - 3] == "than"))
      return std::nullopt;
    return CountedClause{w - 2, sign * per * count};
  }
  return std::nullopt;
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
  // So is a participle of affiliation before "to" / "with" ("searched 14 premises [linked] to the minister on
  // Monday", "militants [loyal] to him"): a reduced relative, no verb of the clause.
  static constexpr std::string_view kAffiliated[] = {"linked", "tied", "connected", "affiliated", "associated",
                                                     "aligned", "allied", "loyal", "belonging"};
  auto participle = [&](uint32_t v) {
    if (v <= sentence.token_begin) return false;
    const bool affiliated = v + 1 < sentence.token_end && (lower[v + 1] == "to" || lower[v + 1] == "with") &&
                            std::find(std::begin(kAffiliated), std::end(kAffiliated), lower[v]) != std::end(kAffiliated);
    if (!lower[v].ends_with("ing") && !affiliated) return false;
    const uint32_t k = v - 1;
    if (a.tokens[k].kind == TokenKind::kPunctuation ||
        words.Has(static_cast<int>(k), lang::kAuxiliary | lang::kPreposition | lang::kDeterminer | lang::kAdverb |
                                           lang::kConjunction))
      return false;
    return k != trigger && !std::binary_search(other_triggers.begin(), other_triggers.end(), k);
  };
  // The first token of time expression k.
  auto timexes_token = [&](int32_t k) {
    const size_t t = text::TokenEndingAfter(a.tokens, a.timexes[k].span.start);  // as TimexTokens found it
    return t < a.tokens.size() ? static_cast<uint32_t>(t) : uint32_t{0};
  };
  // The verb a time expression after a preposition at token t dates: the nearest before it in the same stretch of
  // the sentence, participles passed over; none when a punctuation mark comes first.
  // "expelled six Indian diplomats, including High Commissioner Sanjay Kumar Verma, on Monday", "arrested Ali Khan, a
  // former minister, on Tuesday": an aside between two commas, with no trigger in it, that ends right before the
  // preposition of the time expression does not part the verb from it.
  auto parted = [&](uint32_t v, uint32_t t) {
    for (uint32_t k = v + 1; k < t; ++k) {
      if (a.tokens[k].kind != TokenKind::kPunctuation) continue;
      if (lower[k] != "," || t < 2 || lower[t - 2] != "," || k >= t - 2) return true;
      for (uint32_t j = k + 1; j < t - 2; ++j)
        if (a.tokens[j].kind == TokenKind::kPunctuation || std::binary_search(other_triggers.begin(), other_triggers.end(), j))
          return true;
      return false;
    }
    return false;
  };
  auto attached_verb = [&](uint32_t self, uint32_t t) -> int64_t {
    int64_t best_verb = -1;
    auto consider = [&](uint32_t v) {
      if (v < t && v >= sentence.token_begin && (best_verb < 0 || v > best_verb) && !participle(v) && !parted(v, t))
        best_verb = v;
    };
    consider(self);
    for (uint32_t o : other_triggers) consider(o);
    return best_verb;
  };
  // A past or present perfect verb, active and without a modal, is not dated after the document date by a time
  // expression after it: that dates something else ("called for a day of protest next Tuesday", "has barred
  // gatherings until Sunday"). (Not a participle of the passive: "the summit, chaired by the prime minister".)
  // Nor a verb that puts something on the calendar ("a summit planned for May 19", "scheduled for next week").
  static constexpr std::string_view kCalendarVerbs[] = {"plan", "schedule", "set", "slate", "expect"};
  int64_t today = 0;
  bool before_today = pos == EventPos::kVerb && document_date && !group.passive && group.modality.empty() &&
                      (group.tense == "PAST" || (group.tense == "PRESENT" && group.aspect == "PERFECTIVE")) &&
                      !(trigger + 1 < sentence.token_end && lower[trigger + 1] == "by");
  if (before_today) {
    std::vector<std::string> stems;
    before_today = !LemmaIn(lower[trigger], kCalendarVerbs, &stems);
  }
  if (before_today) today = document_date->ToDays();
  // A present perfect ("have released", "has been detained") does not take a time expression wholly before the
  // document date from a verb before it, unless after "since": English says "released last month", not "has released
  // last month" ("Gunmen who kidnapped 25 schoolgirls last month have released them": the kidnapping's month).
  const int64_t document_day = document_date ? document_date->ToDays() : 0;
  auto perfect = [&](uint32_t v) {  // another verb of the sentence (the trigger's group says its own)
    uint32_t b = v;
    if (b > sentence.token_begin && lower[b - 1] == "been") --b;
    if (b > sentence.token_begin && words.Has(static_cast<int>(b - 1), lang::kAdverb)) --b;
    return b > sentence.token_begin && (lower[b - 1] == "has" || lower[b - 1] == "have" || lower[b - 1] == "'ve");
  };
  const bool simple_past = pos == EventPos::kVerb && group.tense == "PAST" && group.aspect == "NONE";
  auto wholly_past = [&](uint32_t t, const Timex& x) {
    int64_t d0, d1;
    return document_date && (t == 0 || lower[t - 1] != "since") && util::DayRange(x.value, &d0, &d1) &&
           d1 < document_day;
  };
  const bool pluperfect = pos == EventPos::kVerb && group.tense == "PAST" && group.aspect == "PERFECTIVE";
  // The time before the trigger (an event noun in a phrase of "after", a past perfect) that bounds it (-1: none).
  int32_t bound_after = -1;
  // The time expression of the sentence that dates the verb or noun at token `v` (-1: none).
  auto date_of = [&](uint32_t v, EventPos v_pos, bool past) -> int32_t {
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
      // "marched to reject the results of last month's election", "prepare for next month's defence", "ahead of
      // Friday's meeting": a time in the genitive after such a preposition dates the noun it comes before, another
      // event, not the verb (but "won Sunday's race", "finished third in last Sunday's race": the verb's occasion).
      static constexpr std::string_view kOtherEventPrepositions[] = {"of", "for", "after", "before", "following",
                                                                    "into", "toward", "towards", "from",
                                                                    "over"};
      if (v_pos == EventPos::kVerb && t > sentence.token_begin && InList(lower[t - 1], kOtherEventPrepositions)) {
        const size_t after = text::TokenAtOrAfter(a.tokens, x.span.end);
        if (after < sentence.token_end && (lower[after] == "'s" || lower[after] == "’s" || lower[after] == "'"))
          continue;
      }
      int64_t d0, d1;
      if (past && t > v && util::DayRange(x.value, &d0, &d1) && d0 > today) continue;
      // "On Monday, police detained three protesters who had blocked the road", "In 2003, he said he had never won":
      // a past perfect is earlier than the time of a verb between it and a time before it, and does not take that
      // time but is bounded by it (bound_after).
      if (v == trigger && pluperfect && t < v) {
        const auto o = std::upper_bound(other_triggers.begin(), other_triggers.end(), t);
        if (o != other_triggers.end() && *o < v) {
          int64_t b0, b1;  // a calendar time ("PAST_REF" bounds nothing)
          if ((bound_after < 0 || t > timexes_token(bound_after)) && util::DayRange(x.value, &b0, &b1))
            bound_after = static_cast<int32_t>(k);
          continue;
        }
      }
      // "declared a state of emergency on Wednesday after two nights of riots": a time before an event noun in a
      // phrase of "after" or "following" right after the time dates what came after it, not the noun (a few words
      // back, no punctuation or other preposition but "of"), which happened on or before it (bound_after).
      if (v_pos == EventPos::kNoun && t < v) {
        bool earlier = false;
        for (uint32_t w = v; w > t + 1 && w + 6 > v && a.tokens[w - 1].kind != TokenKind::kPunctuation; --w) {
          if (lower[w - 1] == "after" || lower[w - 1] == "following") {
            earlier = text::TokenAtOrAfter(a.tokens, x.span.end) == w - 1;  // right after the time
            break;
          }
          if (lower[w - 1] != "of" && words.Has(static_cast<int>(w - 1), lang::kPreposition)) break;
        }
        if (earlier) {
          if (v == trigger && (bound_after < 0 || t > timexes_token(bound_after))) bound_after = static_cast<int32_t>(k);
          continue;
        }
      }
      const bool before_document = wholly_past(t, x);
      const int64_t distance = std::llabs(static_cast<int64_t>(t) - static_cast<int64_t>(v));
      const bool after_preposition =
          t > 0 && (words.Has(static_cast<int>(t - 1), lang::kPreposition) || lower[t - 1] == "since" ||
                    lower[t - 1] == "until");
      const int64_t attached = after_preposition && v_pos == EventPos::kVerb ? attached_verb(v, t) : -1;
      if (attached >= 0 && attached != v) continue;
      // "An attack on a convoy near Naqoura on Monday wounded": after a preposition, a few words after the noun with
      // no verb, auxiliary, relative word or punctuation between, the time expression is in the noun's own phrase.
      bool in_noun_phrase = after_preposition && v_pos == EventPos::kNoun && v < t && t < v + 16 &&
                            !punctuation_between(v, t);
      for (uint32_t k = v + 1; in_noun_phrase && k < t; ++k)
        in_noun_phrase = !words.Has(static_cast<int>(k), lang::kAuxiliary | lang::kWhWord | lang::kThat) &&
                         !std::binary_search(other_triggers.begin(), other_triggers.end(), k);
      // A time expression nearer another trigger on the same side dates that one: "said Tuesday it would meet".
      // (Only a verb of the same stretch of the sentence: "in London on Thursday, a trip that comes" keeps Thursday
      // for "meet".)
      bool nearer_other = false;
      for (uint32_t o : other_triggers) {
        if (attached == v || in_noun_phrase) break;
        if (o == v || (participle(o) && !participle(v)) || (v == trigger && simple_past && before_document && t > v && o > t && perfect(o)))
          continue;
        const bool same_side = (o < v) == (t < v);
        if (!same_side || std::llabs(static_cast<int64_t>(t) - static_cast<int64_t>(o)) >= distance) continue;
        if (!punctuation_between(t, o)) nearer_other = true;
      }
      if (nearer_other) continue;
      if (best < 0 || distance < best_distance) {
        best = static_cast<int32_t>(k);
        best_distance = distance;
      }
    }
    return best;
  };
  int32_t best = date_of(trigger, pos, before_today);
  // "Pakistan expelled an Indian diplomat on Tuesday, a day after New Delhi ordered ...": a counted clause or noun
  // without a time of its own is dated from the day of the event it is counted from, the nearest verb before the
  // count that has one (or, when the count opens the sentence, the first verb after its comma).
  const uint32_t first = pos == EventPos::kVerb ? std::clamp<uint32_t>(static_cast<uint32_t>(group.begin) +
                                                                           sentence.token_begin,
                                                                       sentence.token_begin, trigger)
                                                : trigger;
  // "a day after army officers seized power and detained him": a verb after "and" with its subject is counted from
  // the same event as the verb before it.
  auto counted_from = [&]() -> std::optional<CountedClause> {
    if (auto own = CountedFrom(a, lower, sentence, first, pos, other_triggers)) return own;
    if (pos != EventPos::kVerb || first < sentence.token_begin + 2 || lower[first - 1] != "and" ||
        lower[first - 2] == ",")
      return std::nullopt;
    const auto before = std::lower_bound(other_triggers.begin(), other_triggers.end(), first - 1);
    if (before == other_triggers.begin() || *(before - 1) + 8 < first || punctuation_between(*(before - 1), first))
      return std::nullopt;
    return CountedFrom(a, lower, sentence, *(before - 1), EventPos::kVerb, other_triggers);
  };
  if (const auto counted = counted_from()) {
    if (best >= 0 && timexes_token(best) < counted->at) best = -1;  // the time of the event it is counted from
    if (best < 0) {
      // The verb it is counted from, and the verb governing that one through "to" ("refused on Tuesday to withdraw
      // its tariffs, a day after").
      std::vector<uint32_t> anchors;
      if (counted->at == sentence.token_begin) {
        uint32_t comma = trigger;
        while (comma < sentence.token_end && lower[comma] != ",") ++comma;
        const auto next = std::upper_bound(other_triggers.begin(), other_triggers.end(), comma);
        if (next != other_triggers.end()) anchors.push_back(*next);
      } else {
        for (auto o = other_triggers.rbegin(); o != other_triggers.rend(); ++o) {
          if (*o >= counted->at) continue;
          anchors.push_back(*o);
          // Past the verb governing it through "to" or "-ing", to the next verb when those have no time ("said on
          // Wednesday he was not planning to fire Powell, a day after").
          if (anchors.size() == 3 || *o < 1 || (lower[*o - 1] != "to" && !lower[*o].ends_with("ing"))) break;
        }
      }
      int32_t from = -1;
      for (uint32_t o : anchors) {
        const int32_t x = date_of(o, EventPos::kVerb, false);
        const uint32_t at = x >= 0 ? timexes_token(x) : 0;
        if (x >= 0 && !(at >= counted->at && at <= trigger)) {  // not a time inside the counted clause
          from = x;
          break;
        }
      }
      // Else the last time expression before the count, when no verb stands between ("Pakistan on Tuesday expelled
      // a diplomat, a day after", the tagger taking "expelled" for no verb).
      if (from < 0 && counted->at > sentence.token_begin)
        for (auto at = std::lower_bound(timexes.by_token.begin(), timexes.by_token.end(),
                                        std::pair<uint32_t, uint32_t>(sentence.token_begin, 0));
             at != timexes.by_token.end() && at->first < counted->at; ++at) {
          const auto [t, x] = *at;
          if (t >= timexes.dateline_begin && t < timexes.dateline_end) continue;
          from = !anchors.empty() && anchors.front() > t ? -1 : static_cast<int32_t>(x);
        }
      int64_t d0, d1;
      if (from >= 0 && counted->days == 0) return EventDate{a.timexes[from].value, from, false};  // "hours after"
      if (from >= 0 && util::DayRange(a.timexes[from].value, &d0, &d1) && d0 == d1)
        return EventDate{Date::FromDays(d0 + counted->days).ToString(), -1, false};
    }
  }
  // A verb that shares the time of the verb before it: a verb of the same subject after "and" ("spoke by phone on
  // Wednesday and agreed to"), a participle after a comma (", blocking its adoption"), a clause of "as" or "while"
  // after a comma (", as demonstrators marched"). Only a time expression before it counts.
  if (best < 0 && pos == EventPos::kVerb) {
    const uint32_t begin = std::clamp<uint32_t>(static_cast<uint32_t>(group.begin) + sentence.token_begin,
                                                sentence.token_begin, trigger);
    uint32_t from = 0;  // the token before which the verb it shares the time of stands
    // ", injuring dozens, and detained 124 people": after a comma, a simple past verb right after "and" has the
    // subject of the verb before too, over participles after commas.
    const bool comma_and = begin > sentence.token_begin + 1 && lower[begin - 1] == "and" && lower[begin - 2] == "," &&
                           simple_past && begin == trigger &&
                           !(trigger + 1 < sentence.token_end && lower[trigger + 1] == "by");  // "and obtained by AP"
    if (begin > sentence.token_begin + 1 && lower[begin - 1] == "and" && (lower[begin - 2] != "," || comma_and) &&
        group.tense != "INFINITIVE")
      from = begin - 1;
    else if (begin > sentence.token_begin && group.tense == "PRESPART" && lower[begin - 1] == ",")
      from = begin - 1;
    else
      for (uint32_t b = begin; b > sentence.token_begin + 1 && b + 6 > begin; --b) {
        if (a.tokens[b - 1].kind == TokenKind::kPunctuation ||
            std::binary_search(other_triggers.begin(), other_triggers.end(), b - 1))
          break;
        if ((lower[b - 1] == "as" || lower[b - 1] == "while") && lower[b - 2] == ",") {
          from = b - 2;
          break;
        }
        // "were killed on Tuesday when police raided", "arrested 11 students on Monday as they marched", "visited
        // Odesa on Sunday, where he pledged": a clause of "when", of "as" with no comma (not "such as", "as well
        // as", "as long as") or of "where" after a comma happens at the time of the verb before.
        if (lower[b - 1] == "when" ||
            (lower[b - 1] == "where" && lower[b - 2] == ",") ||
            (lower[b - 1] == "as" && lower[b - 2] != "such" && lower[b - 2] != "well" && lower[b - 2] != "long" &&
             lower[b - 2] != "soon" && lower[b - 2] != "so" && lower[b - 2] != "as" &&
             lower[b - 2] != "same" && lower[b - 2] != "much" && lower[b - 2] != "in" &&
             !lower[b - 2].ends_with("ed") && !lower[b - 2].ends_with("wn") && !lower[b - 2].ends_with("en"))) {
          from = b - 1;
          break;
        }
      }
    // The verb before, or the verb that governs it through "to" ("refused on Thursday to back ..., blocking").
    // (After "and", a verb of the same form: "embarrassing X in a state she won eight years ago and upending" is
    // not dated by "won".)
    const bool coordinated = from > 0 && lower[from] == "and";
    constexpr int kGerundsPassed = 2;
    int gerunds_passed = 0;
    int64_t d0, d1;
    for (auto o = other_triggers.rbegin(); from > 0 && o != other_triggers.rend(); ++o) {
      if (*o >= from) continue;
      if (coordinated && lower[*o].ends_with("ing") != lower[trigger].ends_with("ing")) {
        if (comma_and && *o > sentence.token_begin && (lower[*o - 1] == "," || participle(*o))) continue;
        // "convicted Bolsonaro of plotting a coup and sentenced him": a gerund after a preposition is in the object
        // of the verb before it, no verb of the clause.
        // (At most a few, so that the look-back stays bounded.)
        if (*o > sentence.token_begin && lower[*o].ends_with("ing") && lower[*o - 1] != "to" &&
            words.Has(static_cast<int>(*o - 1), lang::kPreposition) && ++gerunds_passed <= kGerundsPassed)
          continue;
        break;
      }
      // Not the verb of a relative clause before the comma ("Ray Charles, who died last year, and thanked").
      if (comma_and && *o > sentence.token_begin && words.Has(static_cast<int>(*o - 1), lang::kWhWord | lang::kThat))
        break;
      const int32_t shared = date_of(*o, EventPos::kVerb, false);
      if (shared >= 0 && timexes_token(shared) < from && util::DayRange(a.timexes[shared].value, &d0, &d1)) best = shared;
      if (best >= 0 || *o < 1 || lower[*o - 1] != "to") break;
      from = *o;
    }
  }
  // "raided the offices of a rights group, seizing computers and files on Wednesday night": a past verb with no
  // time of its own shares the day the participle after a comma that tells how it was done is given ("on ..."; not
  // "calling it an early Christmas present", "winning him an Oscar in 1973").
  if (best < 0 && simple_past) {
    const auto next = std::upper_bound(other_triggers.begin(), other_triggers.end(), trigger);
    if (next != other_triggers.end() && *next > sentence.token_begin && lower[*next - 1] == "," &&
        lower[*next].ends_with("ing")) {
      const int32_t shared = date_of(*next, EventPos::kVerb, false);
      const uint32_t at = shared >= 0 ? timexes_token(shared) : 0;
      if (shared >= 0 && at > *next && lower[at - 1] == "on") best = shared;
    }
  }
  // "fired tear gas on Wednesday at doctors [marching] through the city", "opened fire on people [protesting] against
  // prices on Monday": a participle right after the noun it describes, with no time of its own, happens when the
  // verb whose phrase holds that noun does (no punctuation between; the time may stand after the participle, which
  // gives it to the verb).
  if (best < 0 && pos == EventPos::kVerb && group.tense == "PRESPART" && group.begin + sentence.token_begin == trigger &&
      participle(trigger)) {
    const auto before = std::lower_bound(other_triggers.begin(), other_triggers.end(), trigger);
    if (before != other_triggers.begin() && !punctuation_between(*(before - 1), trigger) && !participle(*(before - 1))) {
      const int32_t shared = date_of(*(before - 1), EventPos::kVerb, false);
      int64_t d0, d1;
      if (shared >= 0 && util::DayRange(a.timexes[shared].value, &d0, &d1)) best = shared;
    }
  }
  // "The European Union said on Monday it was suspending budget support": a past progressive with no time of its own
  // right after a reporting verb (its subject between, no punctuation) goes on at the time of the report.
  if (best < 0 && pos == EventPos::kVerb && group.tense == "PAST" && group.aspect == "PROGRESSIVE") {
    const uint32_t begin = std::clamp<uint32_t>(static_cast<uint32_t>(group.begin) + sentence.token_begin,
                                                sentence.token_begin, trigger);
    for (uint32_t k = begin; k > sentence.token_begin && k + 6 > begin; --k) {
      const uint32_t w = k - 1;
      const bool reporting = words.Has(static_cast<int>(w), lang::kReportingVerb);
      if (a.tokens[w].kind == TokenKind::kPunctuation ||
          (!reporting && std::binary_search(other_triggers.begin(), other_triggers.end(), w)))
        break;
      if (!reporting) continue;
      const int32_t shared = date_of(w, EventPos::kVerb, false);
      int64_t d0, d1;
      if (shared >= 0 && util::DayRange(a.timexes[shared].value, &d0, &d1)) best = shared;
      break;
    }
  }
  // "At least 20 people were killed when gunmen attacked a village on Sunday": a verb with no time of its own shares
  // the day of the clause of "when" that follows it in the same stretch of the sentence.
  if (best < 0 && pos == EventPos::kVerb) {
    const auto next = std::upper_bound(other_triggers.begin(), other_triggers.end(), trigger);
    if (next != other_triggers.end() && !punctuation_between(trigger, *next)) {
      uint32_t when = 0;
      for (uint32_t k = *next; k > trigger && k + 6 > *next; --k)
        if (lower[k - 1] == "when") {
          when = k - 1;
          break;
        }
      int64_t d0, d1;
      const int32_t shared = when > trigger ? date_of(*next, EventPos::kVerb, false) : -1;
      if (shared >= 0 && timexes_token(shared) > when && util::DayRange(a.timexes[shared].value, &d0, &d1))
        best = shared;
    }
  }
  // "Hamas freed three hostages on Sunday. Hours later, Israel released 90 prisoners": a sentence opening with "hours
  // (or minutes) later, before or after" happens on the day of the last single-day time of the sentence before.
  // So does a verb in the stretch of a sentence that says "hours later" or "that evening" ("Manele was sworn in hours
  // later", "Police fired tear gas at the marchers that evening").
  auto same_day_later = [&]() {
    const std::string_view w0 = lower[sentence.token_begin], w1 = lower[sentence.token_begin + 1];
    if (trigger > sentence.token_begin + 1 && (w0 == "hours" || w0 == "minutes" || w0 == "moments") &&
        (w1 == "later" || w1 == "before" || w1 == "after" || w1 == "earlier"))
      return true;
    // In the trigger's own stretch of the sentence (no punctuation between), a few words either way.
    constexpr uint32_t kStretch = 15;
    uint32_t lo = trigger, hi = trigger;
    while (lo > sentence.token_begin && lo + kStretch > trigger && a.tokens[lo - 1].kind != TokenKind::kPunctuation) --lo;
    while (hi + 1 < sentence.token_end && hi < trigger + kStretch && a.tokens[hi + 1].kind != TokenKind::kPunctuation) ++hi;
    for (uint32_t k = lo; k + 1 < sentence.token_end && k < hi; ++k) {
      if (k == trigger) continue;
      const std::string_view x = lower[k], y = lower[k + 1];
      if ((x == "hours" || x == "minutes" || x == "moments") && (y == "later" || y == "earlier")) return true;
      if (x == "that" && (y == "evening" || y == "night" || y == "morning" || y == "afternoon" || y == "day") &&
          (k + 2 >= sentence.token_end || a.tokens[k + 2].kind == TokenKind::kPunctuation ||
           words.Has(static_cast<int>(k + 2), lang::kConjunction)))
        return true;
    }
    return false;
  };
  if (best < 0 && sentence.token_begin + 2 < sentence.token_end) {
    if (same_day_later()) {
      // The sentences are in text order: the last that ends before this one, and its time expressions, by binary
      // search (a document of many "that evening" sentences stays linear).
      const auto after = std::partition_point(a.sentences.begin(), a.sentences.end(), [&](const Sentence& o) {
        return o.token_end <= sentence.token_begin;
      });
      const Sentence* previous = after == a.sentences.begin() ? nullptr : &*(after - 1);
      int64_t d0, d1;
      if (previous)
        for (auto at = std::lower_bound(timexes.by_token.begin(), timexes.by_token.end(),
                                        std::pair<uint32_t, uint32_t>(previous->token_begin, 0));
             at != timexes.by_token.end() && at->first < previous->token_end; ++at)
          if (const auto [t, k] = *at;
              !(t >= timexes.dateline_begin && t < timexes.dateline_end) &&
              (a.timexes[k].type == TimexType::kDate || a.timexes[k].type == TimexType::kTime) &&
              util::DayRange(a.timexes[k].value, &d0, &d1) && d0 == d1)
            best = static_cast<int32_t>(k);
    }
  }
  // "Finland seizes tanker after Baltic cable damage. Finnish police seized the oil tanker Eagle S ... on Thursday":
  // a headline's present-tense verb with no time of its own tells the news of the lead that follows, and happened
  // on the first single day that sentence names, on or before the document date (a later day dates a plan, not the
  // news); a headline is the text's first sentence (no question), its verb a simple present.
  int64_t today0 = 0, today1 = 0;
  if (best < 0 && pos == EventPos::kVerb && group.tense == "PRESENT" && group.aspect == "NONE" &&
      group.modality.empty() && a.sentences.size() > 1 && sentence.token_begin == a.sentences[0].token_begin &&
      lower[sentence.token_end - 1] != "?" &&
      document_date && util::DayRange(document_date->ToString(), &today0, &today1)) {
    const Sentence& lead = a.sentences[1];
    int64_t d0, d1;
    for (auto it = std::lower_bound(timexes.by_token.begin(), timexes.by_token.end(),
                                    std::pair<uint32_t, uint32_t>{lead.token_begin, 0});
         it != timexes.by_token.end() && it->first < lead.token_end; ++it) {
      const uint32_t k = it->second;
      if (it->first >= timexes.dateline_begin && it->first < timexes.dateline_end) continue;
      // Not a day in the genitive ("ahead of Saturday's match": another event's) nor a dateline's ("April 1 (UPI)").
      const size_t after = text::TokenAtOrAfter(a.tokens, a.timexes[k].span.end);
      if (after < lead.token_end && (lower[after] == "'s" || lower[after] == "’s" || lower[after] == "'" ||
                                     lower[after] == "("))
        continue;
      if ((a.timexes[k].type == TimexType::kDate || a.timexes[k].type == TimexType::kTime) &&
          util::DayRange(a.timexes[k].value, &d0, &d1) && d0 == d1) {
        if (d0 <= today0) best = static_cast<int32_t>(k);
        break;
      }
    }
  }
  if (best >= 0) return EventDate{a.timexes[best].value, best, false};
  // "on Wednesday after two nights of riots", "In 2003, he said he had never won": on or before that time.
  if (bound_after >= 0) return EventDate{a.timexes[bound_after].value, bound_after, true};
  if (!document_date) return std::nullopt;
  if (group.tense == "PAST" || (group.tense == "PRESENT" && group.aspect == "PERFECTIVE"))
    return EventDate{document_date->ToString(), -1, true};
  if (group.tense == "PRESENT" && pos != EventPos::kNoun) return EventDate{document_date->ToString(), -1, false};
  return std::nullopt;
}

}  // namespace newsgraph::events
