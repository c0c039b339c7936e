// Indirect speech: reporting verbs with their content, "according to", headings and questions (the
// finder: quotes/finder.h).
#include <algorithm>
#include <vector>

#include "quotes/finder.h"

namespace newsgraph::quotes::internal {

namespace {

// Nouns that name what someone claims, with a "that" clause after them.
constexpr std::string_view kClaimNouns[] = {
    "claim",      "claims",     "assertion",  "assertions", "allegation", "allegations", "accusation",
    "accusations", "contention", "insistence", "suggestion", "argument",   "warning",     "warnings",
    "promise",    "pledge",     "prediction", "belief",     "view",       "admission",   "statement",
    "declaration", "assurance",  "assurances", "vow",        "complaint",  "concern",     "concerns"};

bool IsClaimNoun(const Words& w, int n) {
  const std::string_view word(w[n].lower, w[n].lower_len);
  for (std::string_view c : kClaimNouns)
    if (word == c) return true;
  return false;
}

}  // namespace

int Finder::ContentStart(int v, int end) const {
  const Word& t = w_[v];
  int k = v + 1 + (t.particle ? 1 : 0);
  if (k >= end) return -1;
  // Look ahead for a complementizer "that" behind adverbials and a hearer.
  for (int j = k; j < end && j < k + 12; ++j) {
    if (w_.Lower(j, "that")) {
      // "mocked his claim that ...": the claim is his ("said in a statement that ..." is the speaker's own).
      if (j - 2 >= k && IsClaimNoun(w_, j - 1) &&
          (w_.Is(j - 2, kPossessive) || w_.Lower(j - 2, "his") || w_.Lower(j - 2, "her") || w_.Lower(j - 2, "their")))
        break;
      int c = j + 1;
      while (c < end && w_.Lower(c, "that")) ++c;  // "said that that"
      return c < end ? c : -1;
    }
    if (w_.InQuotation(j) || w_.Is(j, kPunct) || w_.IsReportingVerb(j, 0xFFFF) || w_.Has(j, kAuxiliary | kWhWord))
      break;
    if (!(w_.Has(j, kPreposition | kDeterminer | kTimeWord | kAdverb) || w_.IsNameWord(j) || w_.IsContentWord(j) ||
          w_.IsObjectPronoun(j) || w_.Is(j, kNumber | kPossessive)))
      break;
  }
  if ((t.verb & kVerbObject) && k < end) {
    // The hearer: "told him", "told reporters on Tuesday", "warned voters that".
    int h = -1;
    if (w_.IsObjectPronoun(k) && !w_.Lower(k, "it")) {
      h = k + 1;
    } else {
      Np np = np_.StartingAt(k, end);
      if (np && np.type != NpType::kPronoun) h = np.e;
    }
    if (h > k && h < end) {
      while (h < end && (w_.Has(h, kTimeWord) || ((w_.Lower(h, "on") || w_.Lower(h, "last") || w_.Lower(h, "this")) &&
                                               h + 1 < end && w_.Has(h + 1, kTimeWord))))
        ++h;
      if (h < end && (w_.Is(h, kColon) || w_.Lower(h, "to") || w_.Lower(h, "that") ||
                      w_.Has(h, kWhWord | kDeterminer) || w_.IsSubjectPronoun(h) || w_.IsNameWord(h)))
        k = w_.Lower(h, "that") ? h + 1 : h;
    }
  }
  // Time phrases.
  for (int steps = 0; k < end && steps < 4; ++steps) {
    if (w_.Has(k, kTimeWord) || (w_.Is(k, kNumber) && k + 1 < end && w_.Has(k + 1, kTimeWord))) {
      ++k;
    } else if ((w_.Lower(k, "on") || w_.Lower(k, "last") || w_.Lower(k, "this") || w_.Lower(k, "next") ||
                w_.Lower(k, "earlier") || w_.Lower(k, "late")) &&
               k + 1 < end && w_.Has(k + 1, kTimeWord)) {
      k += 2;
    } else {
      break;
    }
  }
  if (k >= end) return -1;
  if (w_.Is(k, kColon)) return k + 1 < end ? k + 1 : -1;
  if (w_.Is(k, kComma) && k + 1 < end && w_.InQuotation(k + 1)) return -1;
  if (w_.Is(k, kComma) && (t.verb & kVerbIndirect) && k + 1 < end) {
    // "Mr. Rosenthal said, union voters almost always ...": a clause after the comma.
    const int c = k + 1;
    if (w_[c].verb == 0 && (w_.IsSubjectPronoun(c) || LooksLikeClause(c, end, (t.verb & kVerbDirect) != 0))) return c;
    return -1;
  }
  if ((w_.Lower(k, "no") || w_.Lower(k, "yes")) && k + 1 < end && w_.IsSentenceEnd(k + 1)) return k;  // "said no"
  if (t.verb & kVerbToInf) {
    if (w_.Lower(k, "to") && k + 1 < end && w_.Is(k + 1, kLower) && !w_.Has(k + 1, kDeterminer)) return k;
    if (t.verb & kVerbObject) {  // urged Congress to act
      Np np = np_.StartingAt(k, end);
      if (np && np.e + 1 < end && w_.Lower(np.e, "to") && w_.Is(np.e + 1, kLower)) return k;
    }
  }
  if ((t.verb & kVerbQuestion) && (w_.Lower(k, "whether") || w_.Lower(k, "if") || w_.Has(k, kWhWord))) return k;
  if ((t.verb & kVerbWeak) && (w_.Lower(k, "whether") || w_.Has(k, kWhWord))) return k;
  if (t.verb & kVerbAs) {  // "sees golf courses as wasted space"
    bool as = false;
    for (int j = k + 1; j < end && j < k + 10 && !as && !w_.Is(j, kPunct); ++j) as = w_.Lower(j, "as");
    if (!as) return -1;
  }
  if (!(t.verb & kVerbIndirect)) {
    // A stance or topic: the object ("endorsed Trump", "called for a ban", "criticized him").
    // A finding: "the poll found Clinton with a lead", "polls show a tight race" (not "find themselves", "proved
    // wrong").
    if ((t.verb & kVerbWeak) && !(t.verb & kVerbNominal) &&
        (w_.Has(k, kDeterminer) || w_.IsNameWord(k) || w_.IsQuantity(k)) && !w_.Lower(k, "it"))
      return k;
    if ((t.verb & kVerbNominal) &&
        (w_.Has(k, kDeterminer) || w_.IsNameWord(k) || w_.IsQuantity(k) || w_.IsContentWord(k) ||
         w_.IsObjectPronoun(k) || w_.Has(k, kWhWord) || w_.InQuotation(k)))
      return k;
    return -1;
  }
  // A clause: it starts with a subject...
  if (w_.IsSubjectPronoun(k) || w_.Lower(k, "there") || w_.Lower(k, "this") || w_.Lower(k, "these")) return k;
  if (w_.Is(k, kLower) && w_[k].form == VerbForm::kOther && w_[k].lower_len > 4 &&
      std::string_view(w_[k].lower, w_[k].lower_len).ends_with("ing") && !w_.Has(k, kFunctionClasses))
    return k;  // "said having Trump at the top ... puts"
  return LooksLikeClause(k, end, (t.verb & kVerbDirect) != 0) ? k : -1;
}

bool Finder::LooksLikeClause(int k, int end, bool three_words_will_do) const {
  int subject = k;
  if (w_.Lower(k, "about") || w_.Lower(k, "nearly") || w_.Lower(k, "almost") || w_.Lower(k, "only") ||
      w_.Lower(k, "more"))
    ++subject;
  if (subject >= end || !(w_.Has(subject, kDeterminer) || w_.IsNameWord(subject) || w_.IsQuantity(subject) ||
                          w_.IsBarePlural(subject) || w_.IsContentWord(subject)))
    return false;
  for (int j = subject + 1; j < end && j < subject + 12; ++j) {
    if (w_.Has(j, kAuxiliary) ||
        (w_.Is(j, kLower) && !w_.Has(j, kFunctionClasses | kTimeWord) && !w_.IsContentWordNoun(j)))
      return true;
    if (w_.InQuotation(j)) return true;  // "said Rubio “has failed ...”"
    if (w_.Is(j, kPunct)) break;
  }
  if (!three_words_will_do) return false;
  int words = 0;
  for (int j = k; j < end && !w_.Is(j, kPunct); ++j) words += w_.Is(j, kWord | kNumber) ? 1 : 0;
  return words >= 3;
}

bool Finder::IsClauseStart(int c, int end) const {
  if (c > 0 && (w_.Lower(c - 1, "that") || w_.Is(c - 1, kColon))) return true;
  if (w_.Has(c, kWhWord) || w_.Lower(c, "whether") || w_.Lower(c, "to")) return true;
  for (int j = c + 1; j < end && j < c + 12; ++j) {
    if (w_.Has(j, kAuxiliary)) return true;
    if (w_.Is(j, kPunct) || w_.InQuotation(j)) break;
  }
  return w_.IsSubjectPronoun(c);
}

int Finder::ObjectEnd(int c, int end) const {
  end = std::min(end, c + kMaxContentTokens);
  int e = c + 1;
  while (e < end && !w_.Is(e, kComma | kSemicolon | kDash | kTerminal | kColon) && !w_.Lower(e, "but") &&
         !w_.InQuotation(e))
    ++e;
  if (e < end && w_.InQuotation(e)) {  // a quotation inside the object stays in it
    const int r = region_of_[e];
    e = std::min(end, static_cast<int>(regions_[r].close_end));
    while (e < end && !w_.Is(e, kComma | kSemicolon | kDash | kTerminal | kColon)) ++e;
  }
  return e;
}

int Finder::ContentEnd(int c, int end) const {
  end = std::min(end, c + kMaxContentTokens);
  int e = end;
  for (int j = c + 1; j < end; ++j) {
    if (w_.Is(j, kSemicolon)) {
      e = j;
      break;
    }
    if (w_.Is(j, kComma) && j + 1 < end) {
      const int n = j + 1;
      if (w_.Lower(n, "according") || (w_.IsReportingVerb(n, 0xFFFF) && w_[n].form == VerbForm::kGerund)) {
        e = j;
        break;
      }
      if (w_.IsReportingVerb(n, kVerbDirect | kVerbIndirect)) {  // ..., said X
        e = j;
        break;
      }
      Np np = np_.StartingAt(n, std::min(end, n + 8));
      if (np && np.e < end && w_.IsReportingVerb(w_.SkipAuxForward(np.e, end), kVerbDirect | kVerbIndirect)) {
        e = j;
        break;
      }
    }
  }
  while (e > c && w_.Is(e - 1, kTerminal | kComma | kColon | kDash)) --e;
  return e;
}

bool Finder::ContainedInIndirect(int b, int e) const {
  int steps = 0;
  for (auto it = items_.rbegin(); it != items_.rend() && steps < 8; ++it, ++steps)
    if (it->kind == QuoteKind::kIndirect && it->content_b <= b && e <= it->content_e) return true;
  return false;
}

Np Finder::GerundSubject(int v, int lo) const {
  const Item* best = nullptr;
  int steps = 0;
  for (auto it = items_.rbegin(); it != items_.rend() && steps < 16; ++it, ++steps)
    if (it->speaker && it->speaker.b >= lo && it->speaker.b < v && (!best || it->speaker.b > best->speaker.b))
      best = &*it;
  if (best) return best->speaker;
  Np np = np_.SentenceSubject(lo);
  if (np && np.e <= v) return np;
  return Np{};
}

void Finder::AddIndirect(Np speaker, int cue_b, int cue_e, int b, int e, bool speaker_required, bool may_nest) {
  if (e - b < 1 || (!speaker && speaker_required)) return;
  // "For tickets call ...": a phrase after an opening preposition is no subject; the verb is an imperative.
  if (speaker && speaker.b > 0 && speaker.b - 1 == w_.SentenceBegin(speaker.b) && w_.Has(speaker.b - 1, kPreposition) &&
      speaker.e <= cue_b)
    return;
  // "declined to comment", "refused to elaborate on the matter": nothing was said.
  if (w_.Lower(b, "to") && b + 1 < e && e - b <= 5 && cue_b >= 0) {
    static constexpr std::string_view kSilent[] = {"comment", "elaborate", "speculate", "say", "respond", "discuss",
                                                   "confirm", "answer"};
    const std::string_view next(w_[b + 1].lower, w_[b + 1].lower_len);
    for (std::string_view word : kSilent)
      if (next == word) return;
  }
  bool word = false;
  for (int t = b; t < e && !word; ++t) word = w_.Is(t, kWord);
  if (!word) return;
  // All of it one direct quotation: that quotation is the statement.
  const int r = region_of_[b];
  if (r >= 0 && info_[r].direct && static_cast<int>(regions_[r].close_end) >= e) return;
  if (!may_nest && ContainedInIndirect(b, e)) return;
  Item item;
  item.kind = QuoteKind::kIndirect;
  item.content_b = b;
  item.content_e = e;
  item.speaker = speaker;
  item.cue_b = cue_b;
  item.cue_e = cue_e;
  for (int t = cue_b; t < cue_e; ++t) used_verb_[t] = 1;
  items_.push_back(item);
}

Np Finder::FallbackSubject(int v, int lo) const {
  const int j = w_.SkipAuxBack(v - 1, lo);
  if (j < lo) return Np{};
  if (w_.Lower(j, "who")) {
    const bool comma = j - 1 >= lo && w_.Is(j - 1, kComma);
    // "..., said Pierre de Vos, a professor at the University of Cape Town, who likened ...": the speaker named
    // before in the sentence, not the last noun of the apposition.
    if (comma) {
      const Item* best = nullptr;
      int steps = 0;
      for (auto it = items_.rbegin(); it != items_.rend() && steps < 8; ++it, ++steps)
        if (it->speaker && it->speaker.b >= lo && it->speaker.e <= j && (!best || it->speaker.b > best->speaker.b))
          best = &*it;
      if (best) return best->speaker;
    }
    const int k = comma ? j - 2 : j - 1;
    if (k < lo) return Np{};
    Np np = np_.EndingAt(k, lo);
    if (!np || np.type == NpType::kPronoun || (np.b - 1 >= lo && w_.Has(np.b - 1, kPreposition))) return Np{};
    return np;
  }
  if (!(w_.Lower(j, "and") || w_.Lower(j, "but") || w_.Is(j, kComma))) return Np{};
  Np np = np_.SentenceSubject(lo);
  if (!np || np.e > j || j - np.e > 40) return Np{};  // a subject close enough to read (and a bound on the work)
  // Not across another reporting verb: "X said the plan, which Y backed, ..." belongs to X's content.
  for (int t = np.e; t < j; ++t)
    if (w_.IsReportingVerb(t, kVerbDirect | kVerbIndirect) || w_.InQuotation(t)) return Np{};
  return np;
}


bool Finder::ClaimNoun(int n, int lo, int end) {
  if (n + 2 >= end || !w_.Lower(n + 1, "that") || !w_.Is(n, kLower)) return false;
  if (!IsClaimNoun(w_, n)) return false;
  // Its owner: "his claim", "Trump's repeated claim", "the senator's assertion".
  int k = n - 1;
  if (k >= lo && w_.Is(k, kLower) && w_.IsContentWord(k) && !w_.Has(k, kFunctionClasses)) --k;  // an adjective
  if (k < lo) return false;
  Np owner;
  if (w_.Lower(k, "his") || w_.Lower(k, "her") || w_.Lower(k, "their")) {
    owner = Np{k, k + 1, NpType::kPronoun};
  } else if (w_.Is(k, kPossessive) && k - 1 >= lo) {
    owner = np_.EndingAt(k - 1, lo);
    if (owner.type == NpType::kPronoun) return false;
  }
  if (!owner) return false;
  // In subject position ("said Rubio's claim that X is “simply not true”") the clause cannot be told from the
  // sentence's own; only an object claim is taken ("mocked his claim that ...").
  const int ob = owner.b;
  if (ob == lo || w_.Lower(ob - 1, "that") || w_.Is(ob - 1, kComma | kColon | kQuoteMark) ||
      w_.IsReportingVerb(ob - 1, kVerbIndirect) || w_.Has(ob - 1, kTimeWord))
    return false;
  const int c = n + 2;
  if (!(w_.IsSubjectPronoun(c) || LooksLikeClause(c, end, false))) return false;
  const size_t before = items_.size();
  AddIndirect(owner, n, n + 1, c, ContentEnd(c, end), true, /*may_nest=*/true);  // inside "mocked his claim ..."
  return items_.size() > before;
}

void Finder::FindIndirect() {
  std::vector<Item>& direct = direct_;
  direct.clear();
  direct.swap(items_);
  size_t next_direct = 0;
  for (uint32_t s = 0; s < a_.sentences.size(); ++s) {
    const int lo = static_cast<int>(a_.sentences[s].token_begin), end = static_cast<int>(a_.sentences[s].token_end);
    // Direct quotations starting before the end of this sentence come first; the list is sorted at the end.
    while (next_direct < direct.size() && direct[next_direct].content_b < end) {
      items_.push_back(direct[next_direct++]);
    }
    if (lo == w_.ParagraphBegin(w_.ParagraphOf(lo))) Heading(lo, end);
    if (w_.Lower(lo, "in")) InSource(lo, end);
    for (int v = lo; v < end; ++v) {
      if (w_.InQuotation(v) || used_verb_[v]) continue;
      if (w_.Lower(v, "according") && v + 1 < end && w_.Lower(v + 1, "to")) {
        According(v, lo, end);
        continue;
      }
      if (v + 1 < end && w_.Lower(v + 1, "that") && ClaimNoun(v, lo, end)) continue;
      if (w_.Lower(v, "asked") && (v == lo || w_.Lower(v - 1, "when") || w_.Lower(v - 1, "after") ||
                                   w_.Lower(v - 1, "being") || w_.Is(v - 1, kComma))) {
        AskedQuestion(v, end);
        continue;
      }
      if (!w_.IsReportingVerb(v, kVerbIndirect | kVerbWeak | kVerbToInf | kVerbQuestion | kVerbNominal)) continue;
      if (IsPassive(w_, v, lo)) continue;
      Np speaker;
      const int j = w_.SkipAuxBack(v - 1, lo);
      const int after = v + 1 + (w_[v].particle ? 1 : 0);
      if (w_[v].form == VerbForm::kGerund) {
        if (j >= lo && w_.Is(j, kComma)) speaker = GerundSubject(v, lo);
        else if (j >= lo && w_.Has(j, kAuxiliary)) speaker = np_.SubjectBefore(v, lo);  // "is saying"
        else if (j >= lo && (w_.IsNameWord(j) || w_.IsBarePlural(j)) &&
                 ((w_[v].verb & kVerbNominal) || (j > lo && w_.Lower(j - 1, "with"))))
          speaker = np_.EndingAt(j, lo);  // "voters supporting Trump", "with Donald Trump tweeting that ..."
        else continue;
      } else if (j >= lo && w_.Is(j, kComma) && (w_[v].verb & kVerbIndirect)) {
        // "..., said Dante Scala, a political scientist." is inverted; "X, the minister, said ..." is not.
        // A common noun phrase after the verb speaks only when a speaker noun heads it ("said the ministry");
        // "X, a member of the union, said the talks failed" is not inverted.
        const Np inverted = np_.StartingAt(after, end);
        bool speaks = inverted.type != NpType::kCommon;
        for (int t = inverted.b; t < inverted.e && !speaks; ++t) speaks = w_.Has(t, kSpeakerNoun);
        if (inverted && speaks && (inverted.e >= end || w_.Is(inverted.e, kComma | kTerminal | kOpenBracket))) {
          int cue_b, cue_e;
          CueOf(v, lo, &cue_b, &cue_e);
          FrontContent(v, Np{}, cue_b, cue_e, lo, end);
          continue;
        }
        speaker = np_.SubjectBefore(v, lo);
      } else {
        speaker = np_.SubjectBefore(v, lo);
      }
      int cue_b, cue_e;
      CueOf(v, lo, &cue_b, &cue_e);
      const int c = ContentStart(v, end);
      if (c >= 0 && !speaker) speaker = FallbackSubject(v, lo);
      if (c >= 0) {
        // An object as content ends with its clause ("endorsed Trump in June, but ...").
        const bool object = !(w_[v].verb & (kVerbIndirect | kVerbWeak | kVerbQuestion)) || !IsClauseStart(c, end);
        if (speaker) AddIndirect(speaker, cue_b, cue_e, c, object ? ObjectEnd(c, end) : ContentEnd(c, end));
        continue;
      }
      // "which critics said was discriminatory", "moves that he said improved the economy"
      if (speaker && speaker.b - 1 >= lo && w_.Is(speaker.b - 1, kLower) &&
          (w_.Lower(speaker.b - 1, "which") || w_.Lower(speaker.b - 1, "that") || w_.Lower(speaker.b - 1, "what")) &&
          after < end && !w_.Is(after, kPunct)) {
        AddIndirect(speaker, cue_b, cue_e, speaker.b - 1, ObjectEnd(after, end));
        continue;
      }
      if (w_[v].verb & (kVerbDirect | kVerbIndirect)) FrontContent(v, speaker, cue_b, cue_e, lo, end);
    }
  }
  while (next_direct < direct.size()) items_.push_back(direct[next_direct++]);
  if (cues_ || collect_) LearnedCues();
  std::stable_sort(items_.begin(), items_.end(),
                   [](const Item& x, const Item& y) { return x.content_b < y.content_b; });
  for (size_t i = 0; i < items_.size(); ++i)
    if (items_[i].region >= 0) info_[items_[i].region].item = static_cast<int>(i);
}

void Finder::FrontContent(int v, Np speaker, int cue_b, int cue_e, int lo, int end) {
  int attribution_b;
  if (speaker && speaker.e <= v) {
    attribution_b = speaker.b;
  } else {
    // inverted: ", said X"
    const int after = v + 1 + (w_[v].particle ? 1 : 0);
    speaker = np_.StartingAt(after, end);
    if (!speaker) return;
    attribution_b = v;
    cue_b = v;
  }
  int before = cue_b < attribution_b ? cue_b : attribution_b;
  // A role before the name: "..., Republican candidate Ben Carson said".
  for (int k = before - 1, steps = 0; k >= lo && steps < 5 && !w_.Is(k, kComma | kQuoteMark); --k, ++steps) {
    if (!(w_.IsContentWord(k) || w_.IsNameWord(k) || w_.Has(k, kDeterminer) || w_.Is(k, kPossessive))) break;
    if (k - 1 >= lo && w_.Is(k - 1, kComma | kQuoteMark)) {
      before = k;
      break;
    }
  }
  if (before - 1 < lo) return;
  // The content ends at a comma, or at a quotation closed after its comma ("... “a disaster,” X said").
  int comma;
  if (w_.Is(before - 1, kComma)) {
    comma = before - 1;
  } else if (w_.Is(before - 1, kQuoteMark) && region_of_[before - 1] >= 0 &&
             w_.Is(static_cast<int>(regions_[region_of_[before - 1]].inner_end) - 1, kComma | kTerminal)) {
    comma = before;
  } else {
    return;
  }
  // What follows the attribution: nothing but setting phrases up to the end, or a comma and more content; an
  // object after the verb ("Later, he added trucks") makes it no attribution of what came before.
  int k = std::max(cue_e, speaker.e);
  if (k < end &&
      !(w_.Is(k, kTerminal | kComma | kNumber | kOpenBracket) || w_.Has(k, kPreposition | kTimeWord | kAdverb) ||
        ((w_[v].verb & kVerbObject) &&
         (w_.IsNameWord(k) || w_.Has(k, kDeterminer) || w_.IsObjectPronoun(k) || w_.IsContentWord(k)))))
    return;
  bool more = false;
  for (int steps = 0; k < end && steps < 12; ++k, ++steps) {
    if (w_.Is(k, kTerminal)) break;
    if (w_.Is(k, kComma)) {
      // "The plan, he said, is dead": the clause goes on. "..., he said, after talks collapsed": an adverbial.
      more = k + 1 < end && (w_.Has(k + 1, kAuxiliary) || (w_.IsContentWord(k + 1) && !w_.IsContentWordNoun(k + 1)));
      break;
    }
    if (w_.InQuotation(k)) return;
    if (!(w_.Has(k, kPreposition | kDeterminer | kTimeWord | kAdverb) || w_.IsNameWord(k) || w_.IsContentWord(k) ||
          w_.Is(k, kNumber | kPossessive)))
      return;
  }
  int b = lo;
  while (b < comma && w_.Is(b, kQuoteMark | kOpenBracket)) ++b;
  if (b >= comma) return;
  const int r = region_of_[b];
  if (r >= 0 && info_[r].direct && static_cast<int>(regions_[r].close_end) >= comma) return;  // “...,” X said
  int e = comma;
  if (more) {
    e = std::min(end, b + kMaxContentTokens);
    while (e > b && w_.Is(e - 1, kTerminal)) --e;
  }
  AddIndirect(speaker, cue_b, cue_e, b, e);
}

void Finder::Heading(int lo, int end) {
  Np np = np_.StartingAt(lo, end);
  if (np.type != NpType::kName || np.e + 1 >= end || !w_.Is(np.e, kColon) || np.e - np.b > 5) return;
  if (np.e - np.b == 1) {
    // One word: a known person or an all-capitals transcript name ("TRUMP:"), not "Contributing:" or "Q:".
    const std::string_view w = tokens_[np.b].span.In(text_);
    bool caps = w.size() > 1;
    for (const char c : w) caps &= !(c >= 'a' && c <= 'z');
    if (!caps && !IsPersonName(np)) return;
  }
  int words = 0;
  for (int t = np.e + 1; t < end; ++t) words += w_.Is(t, kWord) ? 1 : 0;
  if (words < 3) return;
  const int c = np.e + 1;
  if (w_.InQuotation(c) && static_cast<int>(regions_[region_of_[c]].close_end) >= end - 1) return;  // a quotation
  int e = std::min(end, c + kMaxContentTokens);
  while (e > c && w_.Is(e - 1, kTerminal)) --e;
  AddIndirect(np, np.e, np.e + 1, c, e);
}

void Finder::InSource(int lo, int end) {
  int comma = lo + 1;
  while (comma < end && comma < lo + 14 && !w_.Is(comma, kComma | kTerminal) && !w_.InQuotation(comma)) ++comma;
  if (comma >= end || !w_.Is(comma, kComma) || comma + 2 >= end) return;
  Np np = np_.EndingAt(comma - 1, lo + 1);
  if (!np || np.b != lo + 1 || np.type == NpType::kPronoun) {
    // "In a national USA TODAY/Suffolk University Poll": a name-like head after a determiner.
    if (!w_.Has(lo + 1, kDeterminer)) return;
    np = Np{lo + 1, comma, NpType::kCommon};
  }
  bool source = false;
  for (int t = np.b; t < np.e; ++t) source |= w_.Has(t, kSpeakerNoun) && !w_.Lower(t, "court");
  if (!source) return;
  for (int t = comma + 1; t < end && t < comma + 10; ++t)
    if (w_.IsReportingVerb(t, kVerbDirect | kVerbIndirect | kVerbWeak | kVerbNominal | kVerbToInf)) return;
  const int e = ContentEnd(comma + 1, end);
  AddIndirect(np, lo, lo + 1, comma + 1, e);
}

void Finder::AskedQuestion(int v, int end) {
  int k = v + 1;
  Np asker;
  if (k < end && w_.Lower(k, "by")) {
    asker = np_.StartingAt(k + 1, end);
    if (asker) k = asker.e;
  }
  // Setting phrases: "at a briefing Monday", "on Thursday".
  for (int steps = 0; k < end && steps < 8 && !(w_.Lower(k, "about") || w_.Lower(k, "whether") || w_.Lower(k, "if") ||
                                                  w_.Has(k, kWhWord) || w_.Lower(k, "to"));
       ++k, ++steps) {
    if (w_.Is(k, kPunct) || w_.InQuotation(k)) return;
  }
  if (k >= end || !(w_.Lower(k, "about") || w_.Lower(k, "whether") || w_.Lower(k, "if") || w_.Has(k, kWhWord)))
    return;
  const int c = w_.Lower(k, "about") ? k + 1 : k;
  const int e = ObjectEnd(c, end);
  AddIndirect(asker, v, v + 1, c, e, /*speaker_required=*/false);
}

void Finder::According(int a, int lo, int end) {
  Np np = np_.StartingAt(a + 2, end);
  if (!np) {
    // "according to recent data from comScore", "according to reports emerging in the news media": the source
    // is the phrase up to the next comma.
    int k = a + 2;
    while (k < end && k < a + 14 && !w_.Is(k, kComma | kTerminal | kSemicolon) && !w_.InQuotation(k)) ++k;
    if (k == a + 2 || !(w_.Is(a + 2, kWord))) return;
    np = Np{a + 2, k, NpType::kCommon};
  }
  int k = np.e;
  // The source may run on ("the Roper Center for Public Opinion Research").
  while (k < end && !w_.Is(k, kComma | kTerminal | kSemicolon) && !w_.InQuotation(k) && k < np.e + 10) ++k;
  int b, e;
  int first = lo;
  while (first < a && w_.Is(first, kQuoteMark | kOpenBracket)) ++first;
  if (first == a || (a - 1 >= lo && !w_.Is(a - 1, kComma))) {
    // At the start: the content follows.
    if (k >= end || !w_.Is(k, kComma)) return;
    b = k + 1;
    e = ContentEnd(b, end);
  } else {
    b = first;
    e = a - 1;
  }
  if (b >= e) return;
  const int r = region_of_[b];
  if (r >= 0 && info_[r].direct && static_cast<int>(regions_[r].close_end) >= e) return;
  AddIndirect(np, a, a + 2, b, e);
}

}  // namespace newsgraph::quotes::internal
