// The quotation finder. Design, in the order FindQuotes runs:
//
// 1. Every token gets its word classes and shape bits once (lang::Words), so that the rules below are table
//    lookups. Quotation marks are paired (quote_marks.h).
// 2. Each quotation is direct or a fragment from its place in the sentence: it is direct when it starts a
//    sentence or follows a colon, a comma, a dash or a reporting verb ("said “...”", "said that “...”") and ends a
//    clause; it is a fragment when the reporter's sentence runs into it ("needs to “step up”", "called it a
//    “disaster”"). Direct quotations take their speaker from what follows them ("..." X said / said X / X, the
//    minister, said / according to X / — X), else from what precedes them (X said: "..."), else from the
//    context: the quotation before it in the paragraph, a colon ending the previous sentence, the previous
//    paragraph of the same speaker (interviews), a person introduced just before.
// 3. Indirect speech: a reporting verb with a speaker before it and its content after it ("said (that) ...",
//    "told reporters ...", "vowed to ..."), or before it ("..., X said."), and "according to X".
// 4. Fragments inside reported speech take its speaker; fragments without one are titles or scare quotes and
//    are dropped.
// 5. Pronoun speakers are resolved to the most recent name of the same gender (a title or a given name tells the
//    gender), preferring earlier speakers.
//
// Speakers are noun phrases, read without a parser by the English floor (lang/noun_phrase.h): a pronoun, a run of
// capitalised words (with titles, initials and particles: "Sen. Ted Cruz", "Ursula von der Leyen"), or a
// determiner phrase headed by a noun ("the ministry", "a spokesperson for the Home Office"). Every search is bounded
// by a sentence or a fixed number of tokens, so the whole is linear in the input.
#include "quotes/quotes.h"

#include <algorithm>
#include <climits>
#include <memory>
#include <vector>

#include "quotes/finder.h"
#include "text/token_search.h"
#include "text/unicode.h"

namespace newsgraph::quotes {
namespace internal {

void Finder::Run() {
  const size_t n = tokens_.size();
  a_.quotes.clear();
  regions_.clear();
  items_.clear();
  pending_.clear();
  names_.clear();
  mention_spans_.clear();
  if (n == 0) return;
  if (read_words_) w_.Read(text_, a_, lex_);
  else region_of_.assign(n, -1);
  ScanQuotations(text_, a_, &regions_);
  // Marks around no letter ("555-0199", “2-1”) hold a phone number, a code or a score: no quotation.
  std::erase_if(regions_, [&](const QuoteRegion& q) {
    for (uint32_t t = q.inner_begin; t < q.inner_end; ++t)
      for (const char c : tokens_[t].span.In(text_))
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80)) return false;
    return true;
  });
  for (size_t r = 0; r < regions_.size(); ++r)
    for (uint32_t t = regions_[r].open_begin; t < regions_[r].close_end; ++t) region_of_[t] = static_cast<int>(r);
  info_.assign(regions_.size(), RegionInfo{});
  used_verb_.assign(n, 0);
  CollectNames();
  for (size_t r = 0; r < regions_.size(); ++r) ClassifyRegion(static_cast<int>(r));
  for (size_t r = 0; r < regions_.size(); ++r)
    if (info_[r].direct) AttributeDirect(static_cast<int>(r));
  FindIndirect();
  for (Item& item : items_)  // in text order, so that a chain of standalone quotations passes its speaker on
    if (item.kind == QuoteKind::kDirect && !info_[item.region].attributed) FromContext(&item);
  for (size_t r = 0; r < regions_.size(); ++r)
    if (!info_[r].direct) AttributeFragment(static_cast<int>(r));
  ResolvePronouns();
  Output();
}

void Finder::CueOf(int v, int lo, int* b, int* e) const {
  bool had_aux = false;
  int j = w_.SkipAuxBack(v - 1, lo, &had_aux);
  int start = v;
  if (had_aux) {
    // Take in the auxiliary chain from its first auxiliary ("has also said", not "also has said").
    start = j + 1;
    while (start < v && !w_.Has(start, kAuxiliary)) ++start;
  }
  *b = start;
  *e = v + 1 + (w_[v].particle ? 1 : 0);
}

Gender Finder::GenderOfName(int b, int e) const {
  for (int t = b; t < e; ++t) {
    if (w_.Has(t, kMaleTitle)) return Gender::kMale;
    if (w_.Has(t, kFemaleTitle)) return Gender::kFemale;
    if (w_.Has(t, kTitle)) continue;
    const bool male = w_.Has(t, kMaleName), female = w_.Has(t, kFemaleName);
    if (male != female) return male ? Gender::kMale : Gender::kFemale;
    break;  // only the given name, the first word after titles, tells
  }
  return Gender::kUnknown;
}

void Finder::CollectNames() {
  names_.clear();
  if (!a_.mentions.empty()) {
    const int n = static_cast<int>(tokens_.size());
    for (const Mention& m : a_.mentions) {
      // The first token at or after the mention's start.
      int t = static_cast<int>(text::TokenAtOrAfter(tokens_, m.span.start));
      if (t >= n) break;
      int e = t;
      while (e < n && tokens_[e].span.end <= m.span.end) ++e;
      if (e == t) continue;
      int b = t;
      while (b - 1 >= 0 && w_.Has(b - 1, kTitle) && w_.Is(b - 1, kCap)) --b;  // the title tells the gender
      const bool person = m.type == EntityType::kPerson;
      names_.push_back(NameMention{t, e, person ? GenderOfName(b, e) : Gender::kUnknown, person});
    }
    // Resolution searches the names by position; a tagger need not give its mentions in order.
    std::sort(names_.begin(), names_.end(), [](const NameMention& x, const NameMention& y) { return x.b < y.b; });
    mention_spans_.clear();
    for (const Mention& m : a_.mentions)
      if (m.type == EntityType::kPerson || m.type == EntityType::kOrganization) mention_spans_.push_back(m.span);
    std::sort(mention_spans_.begin(), mention_spans_.end(),
              [](const Span& x, const Span& y) { return x.start < y.start; });
    return;
  }
  const int n = static_cast<int>(tokens_.size());
  std::vector<std::pair<std::string_view, Gender>> surnames;  // last word of people seen so far
  for (int i = 0; i < n;) {
    if (w_.InQuotation(i) || !(w_.IsNameWord(i) || w_.Has(i, kTitle))) {
      ++i;
      continue;
    }
    const Np np = np_.StartingAt(i, w_.SentenceEnd(i));
    if (!np || np.type != NpType::kName || np.b != i) {
      ++i;
      continue;
    }
    const int b = np.b, e = np.e;
    bool titled = false, given = false;
    for (int t = b; t < e; ++t) titled |= w_.Has(t, kTitle);
    given = w_.Has(b, kMaleName | kFemaleName) || (titled && e - b >= 2);
    Gender g = GenderOfName(b, e);
    const std::string_view last = tokens_[e - 1].span.In(text_);
    bool known = false;
    for (auto it = surnames.rbegin(); it != surnames.rend(); ++it)
      if (it->first == last) {
        known = true;
        if (g == Gender::kUnknown) g = it->second;
        break;
      }
    const bool sentence_start_single = (e - b == 1 && b == w_.SentenceBegin(b) && !known);
    const bool person = !sentence_start_single && (titled || given || known);
    if (person && e - b >= 1) {
      surnames.emplace_back(last, g);
      if (surnames.size() > 64) surnames.erase(surnames.begin());
    }
    names_.push_back(NameMention{b, e, g, person});
    i = e;
  }
}

Gender Finder::PronounGender(int i) const {
  if (w_.Has(i, kPronounHe)) return Gender::kMale;
  if (w_.Has(i, kPronounShe)) return Gender::kFemale;
  return Gender::kUnknown;
}

bool Finder::ResolvePronoun(int p, const Item& self, int* b, int* e) const {
  const bool personal = w_.Has(p, kPronounHe | kPronounShe);
  const Gender want = PronounGender(p);
  const uint32_t para = w_.ParagraphOf(p);
  const uint32_t lo_para = para >= 4 ? para - 4 : 0;
  if (!personal) {
    if (!w_.Has(p, kPronounIt | kPronounThey)) return false;
    // "it said", "they said": the last organisation or group that spoke.
    int steps = 0;
    for (auto it = items_.rbegin(); it != items_.rend() && steps < 64; ++it, ++steps) {
      if (&*it == &self || !it->speaker || it->speaker.b >= p) continue;
      if (w_.ParagraphOf(it->speaker.b) < lo_para) break;
      const bool one_person = it->speaker.type == NpType::kCommon && w_.Has(it->speaker.e - 1, kPersonNoun);
      if ((it->speaker.type == NpType::kCommon && !one_person) ||
          (it->speaker.type == NpType::kName && !IsPersonName(it->speaker))) {
        *b = it->speaker.b;
        *e = it->speaker.e;
        return true;
      }
    }
    return false;
  }
  // A person named before p, of the same gender where it is known: recent names first, earlier speakers and
  // sentence subjects before names in passing ("the Trump campaign" names nobody who speaks).
  auto upper = std::lower_bound(names_.begin(), names_.end(), p,
                                [](const NameMention& m, int pos) { return m.b < pos; });
  const NameMention* best = nullptr;
  int best_score = INT_MIN;
  int seen = 0;
  const int sentence = static_cast<int>(w_.SentenceOf(p));
  const int n = static_cast<int>(w_.size());
  for (auto it = upper; it != names_.begin() && seen < 40;) {
    --it;
    ++seen;
    if (w_.ParagraphOf(it->b) < lo_para) break;
    if (!it->person || (it->gender != Gender::kUnknown && it->gender != want)) continue;
    // A name used as a modifier ("the Trump campaign", "Clinton aides") is not the person speaking.
    if ((it->b > 0 && w_.Has(it->b - 1, kDeterminer)) ||
        (it->e < n && w_.Is(it->e, kLower) && w_.Has(it->e, kSpeakerNoun)))
      continue;
    int score = -3 * (sentence - static_cast<int>(w_.SentenceOf(it->b)));
    if (it->gender == want) score += 4;
    if (speaker_tok_[it->b]) score += 4;
    if (it->b == w_.SentenceBegin(it->b) ||
        (it->e < n && (w_.Has(it->e, kAuxiliary) || w_[it->e].verb != 0 || w_.Is(it->e, kComma))))
      score += 2;
    if (score > best_score) best = &*it, best_score = score;
  }
  if (!best) return false;
  *b = best->b;
  *e = best->e;
  return true;
}

bool Finder::IsPersonName(const Np& np) const {
  auto it = std::upper_bound(names_.begin(), names_.end(), np.b,
                             [](int pos, const NameMention& m) { return pos < m.b; });
  if (it == names_.begin()) return false;
  --it;
  return it->b <= np.b && np.e <= it->e && it->person;
}

void Finder::AttributeFragment(int r) {
  const QuoteRegion& q = regions_[r];
  const int b = static_cast<int>(q.inner_begin), e = static_cast<int>(q.inner_end);
  // A title ("on CNN's “New Day”", "the show “Last Week Tonight”", "in “The Apprentice”") names a work, not
  // words anyone said.
  const int open = static_cast<int>(q.open_begin);
  if (IsTitleCased(q) && open > 0 &&
      (w_.Is(open - 1, kPossessive) || w_.Has(open - 1, kPreposition | kDeterminer) || w_.IsContentWord(open - 1)))
    return;
  Item item;
  item.kind = QuoteKind::kFragment;
  item.region = r;
  item.content_b = b;
  item.content_e = e;
  // Inside reported speech: its speaker, unless a naming verb closer to it names another ("Cleveland sought the
  // convention in the hopes of shedding what Gilbert called “a perception problem”").
  auto upper = std::upper_bound(items_.begin(), items_.end(), b,
                                [](int pos, const Item& it) { return pos < it.content_b; });
  int steps = 0;
  for (auto it = upper; it != items_.begin() && steps < 16; ++steps) {
    --it;
    // Not a learned cue's content: a fragment there keeps the rules' reading (the model is scored on reported
    // speech, not on what it does to quotations).
    if (it->kind == QuoteKind::kIndirect && !it->learned && it->content_b <= b && e <= it->content_e &&
        !NamingVerbBetween(it->content_b, static_cast<int>(q.open_begin))) {
      item.speaker = it->speaker;
      item.cue_b = it->cue_b;
      item.cue_e = it->cue_e;
      item.antecedent_b = it->antecedent_b;
      item.antecedent_e = it->antecedent_e;
      pending_.push_back(item);
      return;
    }
  }
  // Governed by a reporting or naming verb earlier in the sentence ("called the plan a “disaster”").
  const int lo = w_.SentenceBegin(static_cast<int>(q.open_begin));
  for (int v = static_cast<int>(q.open_begin) - 1; v >= lo && v > static_cast<int>(q.open_begin) - 25; --v) {
    if (w_.InQuotation(v)) continue;
    if (w_.Is(v, kTerminal | kSemicolon)) break;
    if (!w_.IsReportingVerb(v, 0xFFFF) || IsPassive(w_, v, lo)) continue;
    Np np = np_.SubjectBefore(v, lo);
    if (!np && w_[v].form == VerbForm::kGerund) np = GerundSubject(v, lo);
    if (!np) continue;
    item.speaker = np;
    CueOf(v, lo, &item.cue_b, &item.cue_e);
    pending_.push_back(item);
    return;
  }
  // Followed by its attribution ("a “disaster,” he said").
  Item after = item;
  if (AttributeAfter(r, &after)) pending_.push_back(after);
}

bool Finder::NamingVerbBetween(int b, int e) const {
  for (int v = std::max(b, e - 6); v < e; ++v)
    if (w_.IsReportingVerb(v, kVerbNaming) && !w_.InQuotation(v) && np_.SubjectBefore(v, b)) return true;
  return false;
}

void Finder::ResolvePronouns() {
  for (Item& item : pending_) items_.push_back(item);
  pending_.clear();
  std::stable_sort(items_.begin(), items_.end(),
                   [](const Item& x, const Item& y) { return x.content_b < y.content_b; });
  speaker_tok_.assign(w_.size(), 0);
  for (const Item& item : items_)
    if (item.speaker.type == NpType::kName)
      for (int t = item.speaker.b; t < item.speaker.e; ++t) speaker_tok_[t] = 1;
  for (Item& item : items_) {
    if (item.speaker.type != NpType::kPronoun || item.antecedent_b >= 0) continue;
    int b, e;
    if (ResolvePronoun(item.speaker.b, item, &b, &e)) {
      item.antecedent_b = b;
      item.antecedent_e = e;
    }
  }
}

Span Finder::SpeakerSpan(const Np& np) const {
  Span s = SpanOf(np.b, np.e);
  if (np.type != NpType::kName || a_.mentions.empty()) return s;
  // The mention holding the phrase's last word (the head: "Antonio Costa" in "President of the European Council
  // Antonio Costa"), else another that overlaps it.
  auto it = std::upper_bound(mention_spans_.begin(), mention_spans_.end(), s.end - 1,
                             [](uint32_t pos, const Span& m) { return pos < m.start; });
  const Span* overlapping = nullptr;
  for (int steps = 0; it != mention_spans_.begin() && steps < 8; ++steps) {
    --it;
    if (!it->Overlaps(s)) {
      if (it->end <= s.start) break;
      continue;
    }
    if (it->start < s.end && s.end <= it->end) return *it;
    if (!overlapping) overlapping = &*it;
  }
  return overlapping ? *overlapping : s;
}

void Finder::Output() {
  a_.quotes.reserve(items_.size());
  for (const Item& item : items_) {
    if (!item.keep || item.content_e <= item.content_b) continue;
    Quote q;
    q.kind = item.kind;
    q.span = SpanOf(item.content_b, item.content_e);
    if (item.speaker) q.speaker = SpeakerSpan(item.speaker);
    if (item.cue_b >= 0 && item.cue_e > item.cue_b) q.cue = SpanOf(item.cue_b, item.cue_e);
    if (item.antecedent_b >= 0) q.speaker_antecedent = SpanOf(item.antecedent_b, item.antecedent_e);
    a_.quotes.push_back(q);
  }
}

}  // namespace internal

struct Scratch::Impl {
  internal::Workspace workspace;
};

Scratch::Scratch() : impl_(std::make_unique<Impl>()) {}
Scratch::~Scratch() = default;

void FindQuotes(std::string_view text, const lang::Lexicon& lexicon, Scratch* scratch, Analysis* analysis,
                const CueModel* cues) {
  FindQuotes(text, lexicon, nullptr, scratch, analysis, cues);
}

void FindQuotes(std::string_view text, const lang::Lexicon& lexicon, lang::Words* words, Scratch* scratch,
                Analysis* analysis, const CueModel* cues) {
  internal::Workspace& workspace = scratch->impl_->workspace;
  internal::Finder(text, analysis, lexicon, &workspace, cues, nullptr, words).Run();
  workspace.Trim();
}

void CollectCueCandidates(std::string_view text, const lang::Lexicon& lexicon, const CueModel* model,
                          Analysis* analysis, CueCandidates* out) {
  internal::Workspace workspace;
  internal::Finder(text, analysis, lexicon, &workspace, model, out).Run();
}

void FindQuotes(std::string_view text, Analysis* analysis) {
  Scratch scratch;
  FindQuotes(text, lang::Lexicon::Get(), &scratch, analysis);
}

}  // namespace newsgraph::quotes
