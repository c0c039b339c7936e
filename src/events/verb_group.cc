#include "events/verb_group.h"

#include <algorithm>
#include <iterator>


namespace newsgraph::events {

namespace {

// Whether the word at `k` is one of `list`.
template <size_t N>
bool LowerIn(const lang::Words& words, int k, const std::string_view (&list)[N]) {
  return std::any_of(std::begin(list), std::end(list), [&](std::string_view x) { return words.Lower(k, x); });
}

// Whether the past form at `v`, right after a noun, is the finite verb of the clause that noun opens, no reduced
// relative on it: "..., ” Kelly charged in her assault" (not "Seven men charged with violating sanctions
// [appeared] in court", "the father of a first-grader killed at Sandy Hook": a relative on an object, or on a
// subject with its own verb later). The noun phrase before `v` starts the sentence or follows punctuation (a
// quotation's end, a comma), a conjunction or "that", and no auxiliary, modal or past-tense verb follows `v` in the
// sentence, which ends with a full stop (a headline drops its "is": "Japanese mogul arrested for fraud").
bool ClauseOwnVerb(const lang::Words& words, int v, int sentence_begin, int end) {
  // A headline, or a line with no full stop (a title: "Japanese mogul arrested for fraud"), drops its "is".
  int last = end - 1;
  while (last > v && words.Is(last, lang::kQuoteMark | lang::kCloseBracket)) --last;
  if (words.IsHeadline(words.SentenceOf(v)) || !words.Is(last, lang::kTerminal)) return false;
  const lang::VerbLexicon& verbs = lang::VerbLexicon::Get();
  const std::vector<std::string_view>& lower = words.lower_tokens();
  auto past = [&](int k) {
    const lang::VerbForm form = verbs.FormOf(lower[k]);
    return words.Is(k, lang::kLower) && (form == lang::VerbForm::kPast || form == lang::VerbForm::kPastTense ||
                                         form == lang::VerbForm::kPastParticiple);
  };
  // Back to the first word of the noun phrase, over names, numbers, possessives and a determiner that opens it (a
  // lower-case word before the noun may be a verb, "freed [men] charged": the phrase is then taken to end there).
  int j = v - 1;
  while (j > sentence_begin && !words.Has(j, lang::kDeterminer) &&
         (words.Is(j - 1, lang::kCap | lang::kNumber | lang::kPossessive) || words.Has(j - 1, lang::kDeterminer)) &&
         !words.Has(j - 1, lang::kFunctionClasses & ~lang::kDeterminer) && !words.Has(j - 1, lang::kOpener))
    --j;
  // (A quotation mark opens a clause at the sentence's start or after punctuation, "animals,” Kelly"; not around a
  // modifier: "the \"2 million-plus\" people deported".)
  const bool quote = j > sentence_begin && words.Is(j - 1, lang::kQuoteMark) &&
                     (j - 1 == sentence_begin || words.Is(j - 2, lang::kPunct));
  const bool opens = j == sentence_begin || words.Is(j - 1, lang::kPunct) || quote ||
                     words.Has(j - 1, lang::kConjunction | lang::kThat);
  if (!opens) return false;
  for (int k = v + 1; k < end; ++k) {
    if (words.Has(k, lang::kAuxiliary) && !words.Lower(k, "to")) return false;
    // A past form after a word that may end a noun phrase ("men charged with violating sanctions appeared"), not
    // an adjective after a determiner or a possessive ("the embattled candidate").
    if (past(k) && !words.Has(k - 1, lang::kDeterminer | lang::kPreposition) && !words.Is(k - 1, lang::kPossessive))
      return false;
  }
  return true;
}

}  // namespace

VerbGroup TimeMLGroup(const lang::Words& words, uint32_t trigger, uint32_t sentence_begin, EventPos pos) {
  const lang::VerbGroup g = lang::ReadVerbGroup(words, static_cast<int>(trigger), pos == EventPos::kVerb);
  VerbGroup out;
  out.begin = static_cast<size_t>(std::max<int>(g.first, static_cast<int>(sentence_begin)) - sentence_begin);
  out.negated = g.negated;
  if (pos == EventPos::kNoun) {
    out.negated |= trigger > sentence_begin && words.Lower(static_cast<int>(trigger) - 1, "no");
    return out;
  }
  static constexpr std::string_view kTense[] = {"NONE", "PRESENT", "PAST", "FUTURE", "INFINITIVE", "PRESPART",
                                                "PASTPART"};
  static constexpr std::string_view kAspect[] = {"NONE", "PERFECTIVE", "PROGRESSIVE", "PERFECTIVE_PROGRESSIVE"};
  out.tense = kTense[static_cast<int>(g.tense)];
  out.aspect = kAspect[static_cast<int>(g.aspect)];
  out.modality = g.modal;
  out.passive = g.passive;
  // "12 people detained by soldiers", "embassy workers held hostage by Iran": a participle right after a noun, with
  // no auxiliary, followed by an agent's "by" (not an amount: "sales increased by 5%"), is a passive, a reduced
  // relative clause on that noun.
  const int v = static_cast<int>(trigger), end = words.SentenceEnd(v), sb = static_cast<int>(sentence_begin);
  // An agent's "by" at `by`: not an amount or a manner ("by 5%", "by a third", "by about", "by more than").
  static constexpr std::string_view kAmountOrManner[] = {"a", "about", "more", "nearly", "up", "as"};
  auto agent_at = [&](int by) {
    return by + 1 < end && words.Lower(by, "by") && !words.Is(by + 1, lang::kNumber) &&
           !LowerIn(words, by + 1, kAmountOrManner);
  };
  if (!out.passive && g.first == v && lang::MayBeParticiple(g.form) && v > static_cast<int>(sentence_begin) &&
      words.Is(v - 1, lang::kWord) && !words.Has(v - 1, lang::kAuxiliary | lang::kDeterminer | lang::kPreposition |
                                                          lang::kConjunction | lang::kAdverb | lang::kWhWord |
                                                          lang::kThat) &&
      !words.IsSubjectPronoun(v - 1)) {
    int by = v + 1;
    if (by < end && (words.Lower(by, "hostage") || words.Lower(by, "captive") || words.Lower(by, "prisoner"))) ++by;
    const bool agent = agent_at(by);
    // Without "by": a verb of force or justice done to people, which always takes its object when active, followed
    // by a preposition ("seven men charged with violating sanctions", "terror suspects detained without trial",
    // "three soldiers killed in the attack"; not "arrested at least 10").
    static constexpr std::string_view kDoneToPeople[] = {
        "charged", "accused", "convicted", "suspected", "sentenced", "jailed", "imprisoned", "detained", "arrested",
        "killed", "wounded", "injured", "abducted", "kidnapped", "held", "deported", "executed"};
    // (Not a particle or an amount: "held on to win", "held off", "killed about 10,000 people", "at least 10".)
    static constexpr std::string_view kParticlesOrAmounts[] = {"about", "around", "over", "up", "off", "on",
                                                               "out", "back", "down", "nearly", "some"};
    const bool done_to = v + 1 < end && words.Has(v + 1, lang::kPreposition) &&
                         !LowerIn(words, v + 1, kParticlesOrAmounts) &&
                         !(v + 2 < end && (words.Is(v + 2, lang::kNumber) || words.Lower(v + 2, "least") ||
                                           words.Lower(v + 2, "most"))) &&
                         LowerIn(words, v, kDoneToPeople);
    if (agent || (done_to && !ClauseOwnVerb(words, v, sb, end))) {
      out.passive = true;
      out.tense = "PASTPART";
    }
  }
  // "The film, directed by Paul Schrader, will be screened", "Directed by John Carpenter, it made": a participle
  // at the sentence's start or after a comma, followed by an agent's "by", is a passive too.
  if (!out.passive && g.first == v && lang::MayBeParticiple(g.form) &&
      (v == sb || words.Is(v - 1, lang::kComma)) && agent_at(v + 1)) {
    out.passive = true;
    out.tense = "PASTPART";
  }
  // "was shot and killed by an officer", "after being arrested and beaten by agents": a participle joined by "and"
  // or "or" to a passive one shares its auxiliary, when no object of its own follows it (a preposition, a "by"
  // phrase, punctuation or the end: not "was elected and served two terms"). Before "by" the passive may be a few
  // words back ("are run by the Direct Marketing Association and backed by EU directives").
  if (!out.passive && g.first == v && lang::MayBeParticiple(g.form) && v >= sb + 2 &&
      (words.Lower(v - 1, "and") || words.Lower(v - 1, "or")) &&
      (v + 1 >= end || words.Has(v + 1, lang::kPreposition) || words.Is(v + 1, lang::kPunct))) {
    const int reach = agent_at(v + 1) ? 10 : 0;
    for (int k = v - 2; k >= sb && k >= v - 2 - reach; --k) {
      if (words.Is(k, lang::kPunct | lang::kQuoteMark) ||
          words.Has(k, lang::kConjunction | lang::kWhWord | lang::kThat))
        break;
      if (!words.Is(k, lang::kLower) ||
          !lang::MayBeParticiple(lang::VerbLexicon::Get().FormOf(words.lower_tokens()[k])))
        continue;
      if (lang::ReadVerbGroup(words, k, true).passive) {
        out.passive = true;
        out.tense = "PASTPART";
      }
      break;  // the nearest participle decides
    }
  }
  return out;
}

}  // namespace newsgraph::events
