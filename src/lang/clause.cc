#include "lang/clause.h"

#include <algorithm>
#include <string>
#include <vector>

#include "lang/noun_phrase.h"

namespace newsgraph::lang {
namespace {

bool IsPastAuxiliary(std::string_view w) { return w == "was" || w == "were" || w == "had" || w == "been"; }
bool IsBe(std::string_view w) { return w == "be" || w == "been" || w == "being" || w == "is" || w == "are"; }

// Words [lo, hi) of a sentence as CueWords, for the tense cues; `arena` holds the lower-case texts.
std::vector<CueWord> SentenceCues(const Words& w, int lo, int hi, std::string* arena) {
  arena->clear();
  arena->reserve(w.tokens()[hi - 1].span.end - w.tokens()[lo].span.start);
  std::vector<CueWord> cues(hi - lo);
  char buf[64];
  for (int t = lo; t < hi; ++t) {
    CueWord& c = cues[t - lo];
    std::string_view lower;
    if (LowerWord(w.tokens()[t].span.In(w.text()), buf, sizeof buf, &lower)) {
      const size_t at = arena->size();
      arena->append(lower);
      c.lower = std::string_view(*arena).substr(at);
    }
    c.word = w.Is(t, kWord);
    c.punct = w.Is(t, kPunct);
    c.capitalized = w.Is(t, kCap);
    c.determiner = w.Has(t, kDeterminer);
  }
  return cues;
}

uint8_t FlagsOf(const Words& w, int t) {
  const Word& word = w[t];
  const ClauseWord* c = w.lexicon().FindClauseWord(std::string_view(word.lower, word.lower_len));
  return c ? c->flags : 0;
}

bool IsHave(const Words& w, int t) {
  return w.Lower(t, "has") || w.Lower(t, "have") || w.Lower(t, "had") || w.Lower(t, "having") || w.Lower(t, "'ve");
}
bool IsBeForm(const Words& w, int t) {
  return w.Lower(t, "is") || w.Lower(t, "are") || w.Lower(t, "am") || w.Lower(t, "was") || w.Lower(t, "were") ||
         w.Lower(t, "be") || w.Lower(t, "been") || w.Lower(t, "being") || w.Lower(t, "'s") || w.Lower(t, "'re") ||
         w.Lower(t, "'m");
}

// The tense a finite auxiliary gives its group.
Tense AuxiliaryTense(const Words& w, int t) {
  if (w.Lower(t, "will") || w.Lower(t, "shall") || w.Lower(t, "'ll") || w.Lower(t, "wo")) return Tense::kFuture;
  if (w.Lower(t, "was") || w.Lower(t, "were") || w.Lower(t, "had") || w.Lower(t, "did")) return Tense::kPast;
  if (w.Lower(t, "is") || w.Lower(t, "are") || w.Lower(t, "am") || w.Lower(t, "has") || w.Lower(t, "have") ||
      w.Lower(t, "does") || w.Lower(t, "do") || w.Lower(t, "'s") || w.Lower(t, "'re") || w.Lower(t, "'m"))
    return Tense::kPresent;
  return Tense::kUnknown;
}

Modality ModalityOf(uint8_t flags) {
  if (flags & kClausePossible) return Modality::kPossible;
  if (flags & kClauseNecessary) return Modality::kNecessary;
  if (flags & kClauseConditional) return Modality::kConditional;
  return Modality::kNone;
}

// A reporting verb that reports the clause from [first, v]: before it in the sentence ("X said (that) ..."), or
// after it (", X said", ", said X").
int ReportingVerb(const Words& w, int first, int v, int lo, int hi) {
  for (int k = first - 1; k >= lo && k > first - 40; --k) {
    if (w.Is(k, kSemicolon)) break;
    if (w.IsReportingVerb(k, kVerbDirect | kVerbIndirect | kVerbWeak)) return k;
  }
  const NounPhrases np(w);
  for (int k = v + 1; k + 1 < hi && k < v + 40; ++k) {
    if (w.Is(k, kSemicolon)) break;
    if (!w.Is(k, kComma)) continue;
    if (w.IsReportingVerb(k + 1, kVerbDirect | kVerbIndirect)) return k + 1;  // ", said X"
    const Np speaker = np.StartingAt(k + 1, hi);
    if (speaker && speaker.e < hi) {
      const int verb = w.SkipAuxForward(speaker.e, hi);
      if (w.IsReportingVerb(verb, kVerbDirect | kVerbIndirect)) return verb;  // ", X said"
    }
  }
  return -1;
}

}  // namespace

Tense TenseCueAt(const Lexicon& lexicon, std::span<const CueWord> words, size_t i) {
  const CueWord& p = words[i];
  if (!p.word) return Tense::kUnknown;
  if (p.lower == "next" && i + 1 < words.size() && words[i + 1].lower == "to") return Tense::kUnknown;  // "next to"
  Tense tense = Tense::kUnknown;
  const ClauseWord* w = lexicon.FindClauseWord(p.lower);
  if (w) {
    for (const TenseCue* phrase : w->phrases) {
      if (i + phrase->words.size() > words.size()) continue;
      bool ok = true;
      for (size_t k = 1; k < phrase->words.size() && ok; ++k) ok = words[i + k].lower == phrase->words[k];
      if (ok) {
        tense = phrase->tense;
        break;
      }
    }
    if (tense == Tense::kUnknown) tense = w->tense;
  }
  if (tense == Tense::kUnknown && ((w && w->not_past) || p.closed)) return Tense::kUnknown;
  const std::string_view s = p.lower;
  if (tense == Tense::kUnknown && !p.capitalized && s.size() >= 5 && s.ends_with("ed")) {
    // After a determiner (and an adverb) it is an adjective: "a (still) unspecified date", "the proposed merger".
    const bool adverb_before = i > 1 && (words[i - 1].lower == "still" || words[i - 1].lower == "very" ||
                                         words[i - 1].lower == "most" || words[i - 1].lower.ends_with("ly"));
    if ((i > 0 && words[i - 1].determiner) || (adverb_before && words[i - 2].determiner)) return Tense::kUnknown;
    tense = Tense::kPast;
  }
  // "will be paid", "is owned": a participle, whose auxiliary carries the tense.
  if (tense == Tense::kPast && i > 0 && IsBe(words[i - 1].lower)) return Tense::kUnknown;
  // A future seen from the past ("was due to", "had been scheduled") says nothing about the document date.
  if (tense == Tense::kFuture && i > 0 &&
      (IsPastAuxiliary(words[i - 1].lower) || (i > 1 && IsPastAuxiliary(words[i - 2].lower))))
    return Tense::kPresent;
  return tense;
}

namespace {

// "A concert scheduled for Sunday": a participle right after a noun is a reduced relative clause, not the verb of
// the clause.
bool AfterNoun(std::span<const CueWord> words, size_t q) {
  if (q == 0 || !words[q].lower.ends_with("ed")) return false;
  const CueWord& n = words[q - 1];
  static constexpr std::string_view kNotNouns[] = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that"};
  for (std::string_view w : kNotNouns)
    if (n.lower == w) return false;
  return n.word && !n.closed && !n.determiner && !n.capitalized;
}

// A past verb after [end, ...) before the clause's next punctuation ("... for Sunday was called off").
bool PastVerbAfter(const Lexicon& lexicon, std::span<const CueWord> words, size_t end, int window) {
  for (size_t i = end; i < words.size() && i < end + window && !words[i].punct; ++i)
    if (Tense t = TenseCueAt(lexicon, words, i); t != Tense::kUnknown) return t == Tense::kPast;
  return false;
}

}  // namespace

Tense TenseAround(const Lexicon& lexicon, std::span<const CueWord> words, size_t begin, size_t end, int window) {
  for (int d = 1; d <= window && begin >= static_cast<size_t>(d); ++d) {
    const CueWord& p = words[begin - d];
    if (p.punct && (p.lower == ";" || p.lower == ":")) break;
    if (Tense t = TenseCueAt(lexicon, words, begin - d); t != Tense::kUnknown) {
      // "A concert scheduled for Sunday was called off": the main verb dates the clause.
      if (t == Tense::kFuture && AfterNoun(words, begin - d) && PastVerbAfter(lexicon, words, end, window))
        return Tense::kPast;
      return t;
    }
  }
  for (size_t i = end; i < words.size() && i < end + window; ++i) {
    if (Tense t = TenseCueAt(lexicon, words, i); t != Tense::kUnknown) return t;
  }
  return Tense::kUnknown;
}

CueRange TenseAroundReads(const Lexicon& lexicon, size_t n, size_t begin, size_t end, int window) {
  // TenseCueAt looks two words back from a cue and a phrase's length forward.
  const size_t back = static_cast<size_t>(window) + 2, forward = static_cast<size_t>(window) + lexicon.longest_tense_cue();
  return CueRange{begin > back ? begin - back : 0, std::min(n, end + forward)};
}

namespace {

// How many governing verbs an infinitive's reading climbs ("wants to try to plan to meet"): enough for real
// clauses, and a chain of a million "to"s costs a bounded depth, not a stack overflow.
constexpr int kMaxGoverning = 4;

Clause ReadClauseAt(const Words& w, int v, int depth);

}  // namespace

Clause ReadClause(const Words& w, int v) { return ReadClauseAt(w, v, 0); }

namespace {

Clause ReadClauseAt(const Words& w, int v, int depth) {
  Clause c;
  const int lo = w.SentenceBegin(v), hi = w.SentenceEnd(v);
  c.quoted = w.InQuotation(v);
  // The verb group: auxiliaries, adverbs and negation before the verb ("has not yet been").
  int first = v;
  for (int j = v - 1, steps = 0; j >= lo && steps < 6; --j, ++steps) {
    const bool negation = FlagsOf(w, j) & kClauseNegation;
    if (!w.Is(j, kLower) || !(w.Has(j, kAuxiliary | kAdverb) || negation || w.EndsWith(j, "ly"))) break;
    first = j;
  }
  bool have = false, been = false;
  for (int j = first; j < v; ++j) {
    const uint8_t flags = FlagsOf(w, j);
    c.negated |= (flags & kClauseNegation) != 0;
    if (c.modality == Modality::kNone) c.modality = ModalityOf(flags);
    if (c.tense == Tense::kUnknown && w.Has(j, kAuxiliary)) c.tense = AuxiliaryTense(w, j);
    have |= IsHave(w, j);
    been |= w.Lower(j, "been");
  }
  const bool gerund = w.EndsWith(v, "ing") && w[v].lower_len > 4;
  const bool be_before = v - 1 >= first && IsBeForm(w, v - 1);
  if (have && gerund && been) c.aspect = Aspect::kPerfectProgressive;
  else if (have) c.aspect = Aspect::kPerfect;
  else if (gerund && be_before) c.aspect = Aspect::kProgressive;

  // The cue words the tense reads below: around the verb, and around the "to" of an infinitive (only these, so that
  // reading every verb of a long sentence stays linear).
  const bool infinitive = first - 1 > lo && w.Lower(first - 1, "to");
  const int from = infinitive ? first - 1 : v;
  const CueRange range = TenseAroundReads(w.lexicon(), hi - lo, from - lo, v - lo + 1, 12);
  const int clo = lo + static_cast<int>(range.first);
  std::string arena;
  const std::vector<CueWord> cues = SentenceCues(w, clo, lo + static_cast<int>(range.last), &arena);
  // A participle after a form of "be": "was imposed", "have been held" (the lexicon knows the forms of reporting
  // verbs; other verbs by "-ed" or an irregular past of the cue list).
  const ClauseWord* own = w.lexicon().FindClauseWord(cues[v - clo].lower);
  const bool participle =
      w[v].form == VerbForm::kPast ||
      (w[v].form == VerbForm::kOther && (w.EndsWith(v, "ed") || (own && own->tense == Tense::kPast)));
  int before = v - 1;
  while (before > first && w.Has(before, kAdverb)) --before;
  c.passive = IsPassive(w, v, lo) ||
              (participle && before >= first && before < v && IsBeForm(w, before) && !w.Lower(before, "'s"));
  // An infinitive takes its tense, intention and denial from the verb that governs it: "is due to meet", "plans
  // to meet", "refused to pay".
  if (infinitive && depth < kMaxGoverning) {
    const int to = first - 1;
    int governor = to - 1;
    while (governor > lo && w.Is(governor, kLower) && w.Has(governor, kAdverb)) --governor;
    const uint8_t flags = FlagsOf(w, governor);
    if (flags & kClauseIntended) c.modality = Modality::kIntended;
    const Clause outer = ReadClauseAt(w, governor, depth + 1);
    c.negated |= outer.negated || (flags & kClauseNegative);
    if (c.tense == Tense::kUnknown) c.tense = TenseAround(w.lexicon(), cues, to - clo, to - clo + 1, 4);
    if (c.tense == Tense::kUnknown) c.tense = outer.tense;
    c.reported_by = outer.reported_by;
    c.quoted |= outer.quoted;
    if (c.reported_by < 0 && !c.quoted) c.reported_by = ReportingVerb(w, governor, v, lo, hi);
    return c;
  }
  if (c.tense == Tense::kUnknown && first == v) {
    c.tense = TenseCueAt(w.lexicon(), cues, v - clo);
    // "meets", "says": a present verb after its subject.
    if (c.tense == Tense::kUnknown && w.Is(v, kLower) && w.EndsWith(v, "s") && !w.EndsWith(v, "ss") && v > lo &&
        !w.Has(v - 1, kDeterminer))
      c.tense = Tense::kPresent;
  }
  if (c.tense == Tense::kUnknown) c.tense = TenseAround(w.lexicon(), cues, v - clo, v - clo + 1, 12);
  c.reported_by = ReportingVerb(w, first, v, lo, hi);
  return c;
}

}  // namespace

bool IsPassive(const Words& w, int v, int lo) {
  if (w[v].form != VerbForm::kPast) return false;
  int j = v - 1;
  int steps = 0;
  while (j >= lo && steps < 3 && w.Is(j, kLower) && w.Has(j, kAdverb)) --j, ++steps;
  if (j < lo) return false;
  return w.Lower(j, "is") || w.Lower(j, "are") || w.Lower(j, "was") || w.Lower(j, "were") || w.Lower(j, "be") ||
         w.Lower(j, "been") || w.Lower(j, "being") || w.Lower(j, "'s");
}

}  // namespace newsgraph::lang
