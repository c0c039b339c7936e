#include "lang/clause.h"

#include <algorithm>
#include <string>
#include <vector>

#include "lang/noun_phrase.h"
#include "lang/verbs.h"

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

namespace {

constexpr std::string_view kModals[] = {"would", "could", "may", "might", "must", "should", "can", "ought"};
constexpr std::string_view kFutureAux[] = {"will", "shall", "'ll", "wo"};  // "wo" of "wo n't"
constexpr std::string_view kHaveAux[] = {"have", "has", "had", "'ve", "having"};
constexpr std::string_view kBeAux[] = {"be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m"};
constexpr std::string_view kDoAux[] = {"do", "does", "did"};
constexpr std::string_view kNegations[] = {"not", "n't", "never"};
constexpr std::string_view kGroupAdverbs[] = {"also", "still", "already", "just", "yet", "now", "even", "only",
                                              "further", "again", "ever", "soon", "then", "probably", "certainly"};
// Contracted auxiliaries kept as one token: the auxiliary they hold, and negation.
struct Contraction {
  std::string_view word, aux;
};
constexpr Contraction kContractions[] = {
    {"don't", "do"},        {"doesn't", "does"},    {"didn't", "did"},        {"won't", "will"}, {"can't", "can"},
    {"couldn't", "could"},  {"wouldn't", "would"},  {"shouldn't", "should"},  {"isn't", "is"},   {"aren't", "are"},
    {"wasn't", "was"},      {"weren't", "were"},    {"hasn't", "has"},        {"haven't", "have"}, {"hadn't", "had"},
    {"mustn't", "must"},    {"mightn't", "might"},  {"cannot", "can"}};

bool IsGroupAdverb(std::string_view w) { return InList(w, kGroupAdverbs) || (w.size() > 4 && w.ends_with("ly")); }

// The present or past tense a finite auxiliary carries ("has", "is", "does"; "had", "was", "did").
Tense FiniteTense(std::string_view w) {
  if (w == "has" || w == "have" || w == "'ve" || w == "is" || w == "are" || w == "am" || w == "'s" || w == "'re" ||
      w == "'m" || w == "do" || w == "does")
    return Tense::kPresent;
  if (w == "had" || w == "was" || w == "were" || w == "did") return Tense::kPast;
  return Tense::kUnknown;
}

// The word at t in lower case (’ as '); `buf` holds it when Words did not keep it (a long word).
std::string_view LowerAt(const Words& w, int t, char (&buf)[64]) {
  const Word& word = w[t];
  if (word.lower_len > 0) return {word.lower, word.lower_len};
  std::string_view out;
  return LowerWord(w.tokens()[t].span.In(w.text()), buf, sizeof buf, &out) ? out : std::string_view();
}

}  // namespace

VerbGroup ReadVerbGroup(const Words& w, int v, bool verb) {
  VerbGroup g;
  const int lo = w.SentenceBegin(v);
  char buf[64];
  std::string_view modal, last_aux;
  bool future = false, to = false, have = false, been = false, be = false, get = false;
  Tense finite = Tense::kUnknown;
  int j = v;
  while (j > lo && v - j < 6) {
    const std::string_view word = LowerAt(w, j - 1, buf);
    std::string_view aux = word;
    bool negation = InList(word, kNegations);
    for (const Contraction& c : kContractions)
      if (word == c.word) {
        aux = c.aux;
        negation = true;
      }
    if (word == "ca") aux = "can";  // "ca n't"
    const bool is_modal = InList(aux, kModals), is_future = InList(aux, kFutureAux), is_have = InList(aux, kHaveAux),
               is_be = InList(aux, kBeAux), is_do = InList(aux, kDoAux),
               is_get = (aux == "get" || aux == "got" || aux == "gets") && j + 1 == v;
    if (negation && aux == word) {
      g.negated = true;
    } else if (is_modal || is_future || is_have || is_be || is_do || is_get) {
      g.negated |= negation;
      if (is_modal && modal.empty())
        for (std::string_view m : kModals)
          if (m == aux) modal = m;  // the list's own string: it outlives the words
      future |= is_future;
      have |= is_have;
      been |= aux == "been";
      be |= is_be && aux != "been";
      get |= is_get;
      if (last_aux.empty()) last_aux = aux;  // a listed word: Words or the lists keep it
      if (const Tense t = FiniteTense(aux); t != Tense::kUnknown) finite = t;  // the leftmost finite auxiliary wins
    } else if (word == "to") {
      to = true;
      --j;
      break;  // "to" opens the group
    } else if (!IsGroupAdverb(word)) {
      break;
    }
    --j;
  }
  // Leading adverbs are not part of the group.
  while (j < v && IsGroupAdverb(LowerAt(w, j, buf))) ++j;
  g.first = j;
  g.infinitive = to;
  g.modal = modal;
  g.finite = future ? Tense::kFuture : finite;
  if (verb) g.form = VerbLexicon::Get().FormOf(LowerAt(w, v, buf));
  const bool participle = MayBeParticiple(g.form);
  const bool gerund = g.form == VerbForm::kGerund;
  const bool being = last_aux == "being";
  // The auxiliary nearest the verb decides: "was / has been / is being imposed", "got arrested".
  g.passive = participle && (InList(last_aux, kBeAux) || get);
  if (have) g.aspect = Aspect::kPerfect;
  if (gerund && (be || been)) g.aspect = have ? Aspect::kPerfectProgressive : Aspect::kProgressive;
  if (gerund && being) g.aspect = Aspect::kSimple;
  if (being && participle) g.aspect = Aspect::kProgressive;  // "are being issued"
  if (!modal.empty()) {
    g.tense = GroupTense::kNone;
  } else if (future) {
    g.tense = GroupTense::kFuture;
  } else if (to) {
    g.tense = GroupTense::kInfinitive;
  } else if (finite != Tense::kUnknown) {
    g.tense = finite == Tense::kPast ? GroupTense::kPast : GroupTense::kPresent;
  } else if (verb) {
    switch (g.form) {
      case VerbForm::kPast:
      case VerbForm::kPastTense: g.tense = GroupTense::kPast; break;
      case VerbForm::kPastParticiple: g.tense = GroupTense::kPastParticiple; break;
      case VerbForm::kGerund: g.tense = GroupTense::kPresentParticiple; break;
      default: g.tense = GroupTense::kPresent;
    }
  }
  return g;
}

Clause ReadClause(const Words& w, int v) { return ReadClauseAt(w, v, 0); }

namespace {

Clause ReadClauseAt(const Words& w, int v, int depth) {
  Clause c;
  const int lo = w.SentenceBegin(v), hi = w.SentenceEnd(v);
  c.quoted = w.InQuotation(v);
  c.group = ReadVerbGroup(w, v);
  const VerbGroup& g = c.group;
  // The group's auxiliaries, adverbs and negation ("has not yet been"), without the "to" of an infinitive.
  const int first = g.infinitive ? g.first + 1 : g.first;
  c.negated = g.negated;
  if (!g.modal.empty())
    if (const ClauseWord* m = w.lexicon().FindClauseWord(g.modal)) c.modality = ModalityOf(m->flags);
  c.tense = g.finite;
  c.aspect = g.aspect;
  c.passive = g.passive || IsPassive(w, v, lo);

  // The cue words the tense reads below: around the verb, and around the "to" of an infinitive (only these, so that
  // reading every verb of a long sentence stays linear).
  const bool infinitive = g.infinitive && g.first > lo;
  const int from = infinitive ? g.first : v;
  const CueRange range = TenseAroundReads(w.lexicon(), hi - lo, from - lo, v - lo + 1, 12);
  const int clo = lo + static_cast<int>(range.first);
  std::string arena;
  const std::vector<CueWord> cues = SentenceCues(w, clo, lo + static_cast<int>(range.last), &arena);
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
