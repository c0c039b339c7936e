// Direct quotations: direct or fragment, and who said them (the finder: quotes/finder.h).
#include <algorithm>
#include <vector>

#include "quotes/finder.h"

namespace newsgraph::quotes::internal {

int Finder::WordCount(const QuoteRegion& r) const {
  int n = 0;
  for (uint32_t t = r.inner_begin; t < r.inner_end; ++t) n += w_.Is(t, kWord | kNumber) ? 1 : 0;
  return n;
}

bool Finder::HearerBefore(int p, int lo) const {
  if (!(w_.IsObjectPronoun(p) || w_.IsBarePlural(p) || w_.IsNameWord(p) || w_.IsContentWordNoun(p))) return false;
  for (int k = p - 1; k >= lo && k >= p - 3; --k) {
    if (w_.IsReportingVerb(k, kVerbDirect) && (w_[k].verb & kVerbObject)) return true;
    if (!(w_.Has(k, kDeterminer) || w_.IsNameWord(k) || w_.IsContentWord(k) || w_.Is(k, kPossessive))) return false;
  }
  return false;
}

void Finder::ClassifyRegion(int r) {
  const QuoteRegion& q = regions_[r];
  const int open = static_cast<int>(q.open_begin);
  const int para_begin = w_.ParagraphBegin(q.first_paragraph);
  bool start_ok = true;
  if (open > para_begin) {
    const int p = open - 1;
    if (w_.Is(p, kComma | kColon | kSemicolon | kDash | kOpenBracket | kTerminal | kQuoteMark)) {
      start_ok = true;
    } else if (w_.IsReportingVerb(p, kVerbDirect | kVerbQuestion)) {
      start_ok = true;  // said “...”
    } else if (HearerBefore(p, para_begin)) {
      start_ok = true;  // telling pals ‘...’, told reporters “...”
    } else if (w_.Lower(p, "that")) {
      // said that “...”: direct when a reporting verb governs the "that"
      start_ok = false;
      for (int k = p - 1; k >= para_begin && k >= p - 6; --k) {
        if (w_.IsReportingVerb(k, kVerbDirect | kVerbIndirect | kVerbWeak)) {
          start_ok = true;
          break;
        }
        if (!(w_.Lower(k, "that") || w_.Has(k, kTimeWord | kAdverb | kPreposition | kDeterminer) ||
              w_.IsNameWord(k) || w_.IsObjectPronoun(k) || w_.IsContentWord(k)))
          break;
      }
    } else if (w_.Has(p, kConjunction) && p - 1 > para_begin && w_.Is(p - 1, kQuoteMark) && region_of_[p - 1] >= 0 &&
               region_of_[p - 1] < r && info_[region_of_[p - 1]].direct) {
      start_ok = true;  // “...” and “...”
    } else {
      start_ok = false;
    }
  }
  bool end_ok = true;
  const int last_inner = static_cast<int>(q.inner_end) - 1;
  const int after = static_cast<int>(q.close_end);
  const int para_end = w_.ParagraphEnd(q.last_paragraph);
  if (q.closed && after < para_end && !w_.Is(last_inner, kComma | kTerminal | kColon | kDash | kSemicolon)) {
    if (w_.Is(after, kPunct | kQuoteMark)) end_ok = true;
    else if (w_.IsReportingVerb(after, kVerbDirect | kVerbIndirect)) end_ok = true;
    else if (w_.Has(after, kConjunction) && after + 1 < para_end && w_.Is(after + 1, kQuoteMark)) end_ok = true;
    else if (w_.Has(after, kCuePhraseStart)) end_ok = true;
    else {
      // “...” he said / “...” Smith told reporters
      Np np = np_.StartingAt(after, std::min(para_end, after + 10));
      end_ok = np && np.e < para_end && w_.IsReportingVerb(w_.SkipAuxForward(np.e, para_end), 0xFFFF);
    }
  }
  info_[r].direct = start_ok && end_ok;
}

bool Finder::AttributeAfter(int r, Item* item) const {
  const QuoteRegion& q = regions_[r];
  if (!q.closed) return false;
  const int para_end = w_.ParagraphEnd(q.last_paragraph);
  int i = static_cast<int>(q.close_end);
  // Stray marks: three apostrophes close ' and ''; an inch mark (6’2”,”) closes too early.
  for (int steps = 0; i < para_end && steps < 3 && !w_.InQuotation(i) &&
                      (w_.Is(i, kQuoteMark) || (w_.Is(i, kComma) && i + 1 < para_end && w_.Is(i + 1, kQuoteMark)));
       ++steps)
    ++i;
  if (i >= para_end) {
    // "- Clinton." as a paragraph of its own after the quotation.
    if (q.last_paragraph + 1 >= a_.paragraphs.size()) return false;
    const int next = w_.ParagraphBegin(q.last_paragraph + 1), next_end = w_.ParagraphEnd(q.last_paragraph + 1);
    if (!w_.Is(next, kDash)) return false;
    Np np = np_.StartingAt(next + 1, next_end);
    if (np.type != NpType::kName || !(np.e >= next_end || (np.e + 1 == next_end && w_.Is(np.e, kTerminal))))
      return false;
    item->speaker = np;
    item->cue_b = next;
    item->cue_e = next + 1;
    return true;
  }
  const int last_inner = static_cast<int>(q.inner_end) - 1;
  // A quotation that ends its sentence with a full stop is followed by a new sentence, which may belong to the
  // next quotation ("“... wrong.” Smith added: “...”"); only a lower-case continuation attributes it.
  const bool ended = w_.Is(last_inner, kTerminal) && text_[tokens_[last_inner].span.start] == '.';
  if (w_.Is(i, kComma)) ++i;
  if (i >= para_end) return false;
  const int hi = std::min(para_end, i + 40);
  if (w_.Is(i, kDash)) {
    Np np = np_.StartingAt(i + 1, hi);
    if (np.type == NpType::kName && (np.e >= para_end || w_.Is(np.e, kComma | kTerminal | kOpenBracket))) {
      item->speaker = np;
      item->cue_b = i;
      item->cue_e = i + 1;
      return true;
    }
    return false;
  }
  if (ended && !w_.Is(i, kLower)) return false;
  if (w_.IsReportingVerb(i, kVerbDirect | kVerbIndirect)) {  // said X
    const int after_verb = i + 1 + (w_[i].particle ? 1 : 0);
    Np np = np_.StartingAt(after_verb, hi);
    if (np) {
      item->speaker = np;
      item->cue_b = i;
      item->cue_e = after_verb;
      return true;
    }
    return false;
  }
  if (w_.Lower(i, "according") && i + 1 < hi && w_.Lower(i + 1, "to")) {
    Np np = np_.StartingAt(i + 2, hi);
    if (np) {
      item->speaker = np;
      item->cue_b = i;
      item->cue_e = i + 2;
      return true;
    }
    return false;
  }
  Np np = np_.StartingAt(i, hi);
  int k = np ? np.e : i;
  if (np && k < hi && w_.Is(k, kOpenBracket)) {  // Ted Cruz (R-Texas) said
    int c = k + 1;
    while (c < hi && c < k + 10 && !w_.Is(c, kCloseBracket)) ++c;
    if (c < hi && w_.Is(c, kCloseBracket)) k = c + 1;
  }
  if (np && k < hi && w_.Is(k, kComma)) {  // X, the foreign minister, said
    int c = k + 1;
    while (c < hi && c < k + 30 && !w_.Is(c, kComma | kQuoteMark | kTerminal | kColon)) ++c;
    if (c < hi && w_.Is(c, kComma)) k = c + 1;
  }
  int steps = 0;
  while (np && k < hi && steps < 3 && w_.Is(k, kLower) && w_.Has(k, kAuxiliary | kAdverb) &&
         !w_.Has(k, kReportingVerb))
    ++k, ++steps;
  if (np && k < hi && w_.IsReportingVerb(k, kVerbDirect | kVerbIndirect | kVerbWeak)) {
    item->speaker = np;
    CueOf(k, np.e, &item->cue_b, &item->cue_e);
    return true;
  }
  // A longer subject: "Clinton campaign manager Robby Mook said", "the Vatican spokesman, Federico Lombardi,
  // said": find the verb, then read the subject back from it.
  for (k = i; k < hi && k < i + 28; ++k) {
    if (w_.IsReportingVerb(k, kVerbDirect | kVerbIndirect | kVerbWeak)) {
      Np subject = np_.SubjectBefore(k, i);
      if (!subject) return false;
      item->speaker = subject;
      CueOf(k, subject.e, &item->cue_b, &item->cue_e);
      return true;
    }
    if (w_.InQuotation(k)) {  // a short quotation inside the subject ("wearing “Ted Cruz” pins")
      const QuoteRegion& inner = regions_[region_of_[k]];
      if (inner.inner_end - inner.inner_begin > 4) return false;
      k = static_cast<int>(inner.close_end) - 1;
      continue;
    }
    if (w_.Is(k, kColon | kSemicolon | kQuoteMark | kDash) || w_.IsSentenceEnd(k)) return false;
    if (!(w_.IsNameWord(k) || w_.Is(k, kLower | kNumber | kWord) || w_.IsQuantity(k) ||
          w_.Is(k, kPossessive | kComma | kInitial | kOpenBracket | kCloseBracket | kTerminal)))
      return false;
  }
  return false;
}

bool Finder::AttributeBefore(int r, Item* item) const {
  const QuoteRegion& q = regions_[r];
  const int open = static_cast<int>(q.open_begin);
  int lo = w_.SentenceBegin(open);
  int j = open - 1;
  const int para_begin = w_.ParagraphBegin(q.first_paragraph);
  if (j < lo) {
    // The quotation opens its sentence: a colon ending the previous sentence introduces it.
    if (open <= 0) return false;
    const int prev = open - 1;
    if (!w_.Is(prev, kColon) || w_.InQuotation(prev)) return false;
    if (prev < para_begin && w_.ParagraphOf(prev) + 1 != q.first_paragraph) return false;
    lo = w_.SentenceBegin(prev);
    j = prev;
  }
  const bool colon = w_.Is(j, kColon);
  if (w_.Is(j, kColon | kComma | kDash)) --j;
  while (j >= lo && w_.Lower(j, "that")) --j;
  int verb = -1;
  for (int k = j; k >= lo && k > j - 14; --k) {
    if (w_.InQuotation(k) || w_.Is(k, kQuoteMark | kTerminal | kSemicolon)) break;
    if (w_.IsReportingVerb(k, kVerbDirect | kVerbIndirect | kVerbWeak | kVerbQuestion) ||
        (k == lo && w_.Lower(k, "said"))) {  // "Said Comey, “...”"
      verb = k;
      break;
    }
  }
  if (verb >= 0) {
    Np np;
    if (w_[verb].form == VerbForm::kGerund) {
      // "..., she said, recalling her own experience: “...”", "endorsed Clinton, saying, “...”": the speaker of
      // the clause the participle hangs on; "a voice over saying: “...”": the phrase before it.
      if (verb - 1 >= lo && !w_.Is(verb - 1, kComma)) np = np_.EndingAt(verb - 1, lo);
      if (!np) np = GerundSubject(verb, lo);
    } else {
      np = np_.SubjectBefore(verb, lo);
      if (!np) {
        const int after_verb = verb + 1 + (w_[verb].particle ? 1 : 0);
        np = np_.StartingAt(after_verb, j + 1);  // "Said Smith:" / "..., said Smith, “..."
      }
    }
    if (np) {
      item->speaker = np;
      CueOf(verb, lo, &item->cue_b, &item->cue_e);
      return true;
    }
    return false;
  }
  for (int a = j - 1; a >= lo && a > j - 14; --a) {  // "According to the Trump campaign, “...”"
    if (w_.InQuotation(a) || w_.Is(a, kQuoteMark | kTerminal | kSemicolon)) break;
    if (w_.Lower(a, "according") && w_.Lower(a + 1, "to")) {
      Np np = np_.StartingAt(a + 2, j + 1);
      if (np) {
        item->speaker = np;
        item->cue_b = a;
        item->cue_e = a + 2;
        return true;
      }
      break;
    }
  }
  if (j >= lo && w_.Has(j, kSpeakerNoun) && w_.Is(j, kLower) &&
      (w_.Lower(j, "statement") || w_.Lower(j, "tweet") || w_.Lower(j, "letter") || w_.Lower(j, "memo") ||
       w_.Lower(j, "email"))) {
    // "Trump issued a statement, “...”": the subject of the sentence issued it.
    Np np = np_.SentenceSubject(lo);
    if (np && np.e <= j) {
      item->speaker = np;
      item->cue_b = j;
      item->cue_e = j + 1;
      return true;
    }
  }
  if (colon) {
    // "Smith: “...”", "Trump on Twitter: “...”", "Here's Clinton in December 1992: “...”"
    Np np = np_.SentenceSubject(lo);
    if (!np || np.type == NpType::kCommon) {
      np = Np{};
      for (int k = lo; k <= j && !np; ++k)
        if (w_.IsNameWord(k) && !(k == lo && w_.Has(k, kOpener))) np = np_.StartingAt(k, j + 1);
      if (np.type != NpType::kName) np = Np{};
    }
    if (np) {
      item->speaker = np;
      item->cue_b = j + 1;
      item->cue_e = j + 2;
      return true;
    }
  }
  return false;
}

void Finder::AttributeDirect(int r) {
  const QuoteRegion& q = regions_[r];
  Item item;
  item.kind = QuoteKind::kDirect;
  item.region = r;
  item.content_b = static_cast<int>(q.inner_begin);
  item.content_e = static_cast<int>(q.inner_end);
  bool found = false;
  // “A” and “B”: B shares A's attribution.
  const int open = static_cast<int>(q.open_begin);
  if (open >= 2 && w_.Has(open - 1, kConjunction) && region_of_[open - 2] >= 0 && region_of_[open - 2] < r &&
      info_[region_of_[open - 2]].item >= 0) {
    const Item& prev = items_[info_[region_of_[open - 2]].item];
    if (prev.speaker) {
      item.speaker = prev.speaker;
      item.cue_b = prev.cue_b;
      item.cue_e = prev.cue_e;
      found = true;
    }
  }
  if (!found) {
    found = AttributeAfter(r, &item);
    // “Acme said in a statement: “...”, according to data from X": the source of figures named after the
    // quotation does not take it from the speaker who introduced it.
    if (found && item.cue_b >= 0 && w_.Lower(item.cue_b, "according")) {
      Item before = item;
      if (AttributeBefore(r, &before) && before.cue_b >= 0 && !w_.Lower(before.cue_b, "according")) item = before;
    }
  }
  if (!found) found = AttributeBefore(r, &item);
  info_[r].attributed = found;
  if (!found) {
    // Short unattributed quotations are titles, names and slogans ("Nightly News", “Sanity”), not speech.
    const int words = WordCount(q);
    const int last_inner = static_cast<int>(q.inner_end) - 1;
    const bool sentence_like = w_.Is(last_inner, kTerminal) || words >= 6;
    if (words <= 3 && !w_.Is(last_inner, kTerminal)) {
      info_[r].direct = false;
      return;
    }
    if (!sentence_like && IsTitleCased(q)) {
      info_[r].direct = false;
      return;
    }
  }
  for (int t = item.cue_b; t >= 0 && t < item.cue_e; ++t) used_verb_[t] = 1;
  info_[r].item = static_cast<int>(items_.size());
  items_.push_back(item);
}

bool Finder::IsTitleCased(const QuoteRegion& q) const {
  int words = 0, caps = 0;
  for (uint32_t t = q.inner_begin; t < q.inner_end; ++t) {
    if (!w_.Is(t, kWord)) continue;
    ++words;
    if (w_.Is(t, kCap) || w_.Has(t, kPreposition | kDeterminer | kConjunction)) ++caps;
  }
  return words > 0 && caps == words;
}

void Finder::FromContext(Item* item) const {
  const QuoteRegion& q = regions_[item->region];
  const int open = static_cast<int>(q.open_begin);
  const uint32_t para = q.first_paragraph;
  // The last attributed statement before it, in this paragraph or (when the quotation opens its paragraph)
  // in the previous one.
  const bool opens_paragraph = open == w_.ParagraphBegin(para);
  const Item* first = items_.data();
  int steps = 0;
  for (const Item* it = item; it != first && steps < 32; ++steps) {
    --it;
    const uint32_t p_end = w_.ParagraphOf(std::max(it->content_b, it->content_e - 1));
    if (p_end != para && !(opens_paragraph && p_end + 1 == para)) break;
    if (!it->speaker) continue;
    item->speaker = it->speaker;
    item->antecedent_b = it->antecedent_b;
    item->antecedent_e = it->antecedent_e;
    if (p_end == para) {
      item->cue_b = it->cue_b;
      item->cue_e = it->cue_e;
    }
    return;
  }
  // A person introduced in the sentence before ("Iowa State University's Dianne Bystrom agreed. “...”"), or in
  // the last sentence of the previous paragraph ("Mr. Smith has seen it all before.").
  int lo;
  if (!opens_paragraph) {
    const uint32_t s = w_.SentenceOf(open);
    if (s == 0 || static_cast<int>(a_.sentences[s].token_begin) != open || a_.sentences[s - 1].paragraph != para)
      return;
    lo = static_cast<int>(a_.sentences[s - 1].token_begin);
  } else {
    if (para == 0) return;
    const Paragraph& prev = a_.paragraphs[para - 1];
    lo = static_cast<int>(a_.sentences[prev.sentence_end - 1].token_begin);
  }
  if (w_.InQuotation(lo)) return;
  Np np = np_.SentenceSubject(lo);
  if (np && (np.type == NpType::kName || np.type == NpType::kPronoun) &&
      (np.type == NpType::kPronoun ? w_.Has(np.b, kPronounHe | kPronounShe) : IsPersonName(np)))
    item->speaker = np;
}

}  // namespace newsgraph::quotes::internal
