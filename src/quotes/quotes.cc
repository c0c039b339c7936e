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
#include <cstring>
#include <optional>
#include <vector>

#include "lang/clause.h"
#include "lang/lexicon.h"
#include "lang/noun_phrase.h"
#include "lang/words.h"
#include "quotes/quote_marks.h"
#include "text/unicode.h"

namespace newsgraph::quotes {
namespace {

using namespace lang;  // NOLINT: the word classes are this file's vocabulary

// A name in the text, for pronoun resolution.
struct NameMention {
  int b, e;  // token range
  Gender gender;
  bool person;
};

// A quotation or reported statement being built.
struct Item {
  QuoteKind kind = QuoteKind::kDirect;
  int region = -1;               // index into regions for direct quotations and fragments
  int content_b = 0, content_e = 0;  // token range of the content (inner tokens for quotations)
  Np speaker;
  int cue_b = -1, cue_e = -1;  // token range of the cue
  int antecedent_b = -1, antecedent_e = -1;
  bool keep = true;
};

// Per-region facts.
struct RegionInfo {
  bool direct = false;       // false: a fragment candidate
  bool attributed = false;   // a speaker or cue was found next to it
  int item = -1;
};

// Reported content is cut after this many tokens (a bound on the work per reporting verb).
constexpr int kMaxContentTokens = 250;

// The scratch space of one thread (quotes::Scratch), reused from one document to the next so that a document costs
// no allocation once the vectors have grown (RE2 and fastText keep per-thread state the same way).
struct Workspace {
  Words words;
  std::vector<QuoteRegion> regions;
  std::vector<RegionInfo> info;
  std::vector<uint8_t> used_verb;
  std::vector<NameMention> names;
  std::vector<Item> items;
  std::vector<Item> pending;
  std::vector<Item> direct;
  std::vector<uint8_t> speaker_tok;
  std::vector<Span> mention_spans;

  // A very large document should not keep its memory for the rest of the thread's life.
  void Trim() {
    if (words.capacity() > (size_t{1} << 20)) *this = Workspace();
  }
};

class Finder {
 public:
  Finder(std::string_view text, Analysis* a, const Lexicon& lexicon, Workspace* w)
      : text_(text), a_(*a), lex_(lexicon), tokens_(a->tokens), w_(w->words), np_(w->words), regions_(w->regions),
        region_of_(w->words.quotations()), info_(w->info), used_verb_(w->used_verb), names_(w->names), items_(w->items),
        pending_(w->pending), direct_(w->direct), speaker_tok_(w->speaker_tok),
        mention_spans_(w->mention_spans) {}

  void Run() {
    const size_t n = tokens_.size();
    a_.quotes.clear();
    regions_.clear();
    items_.clear();
    pending_.clear();
    names_.clear();
    mention_spans_.clear();
    if (n == 0) return;
    w_.Read(text_, a_, lex_);
    ScanQuotations(text_, a_, &regions_);
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

 private:
  // ---- Reporting verbs --------------------------------------------------------------------------------------

  // The cue span: the verb with the auxiliaries before it ("has said") and its particle ("pointed out").
  void CueOf(int v, int lo, int* b, int* e) const {
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

  // ---- Names and pronouns -----------------------------------------------------------------------------------

  Gender GenderOfName(int b, int e) const {
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

  // Names outside quotations, with their gender, for pronoun resolution. With tagger mentions, the PERSON
  // mentions; otherwise runs of capitalised words that look like people (a title, a given name, or the surname
  // of one seen before).
  void CollectNames() {
    names_.clear();
    if (!a_.mentions.empty()) {
      const int n = static_cast<int>(tokens_.size());
      for (const Mention& m : a_.mentions) {
        // The first token at or after the mention's start.
        int t = static_cast<int>(std::lower_bound(tokens_.begin(), tokens_.end(), m.span.start,
                                                  [](const Token& tok, uint32_t pos) { return tok.span.start < pos; }) -
                                 tokens_.begin());
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

  Gender PronounGender(int i) const {
    if (w_.Has(i, kPronounHe)) return Gender::kMale;
    if (w_.Has(i, kPronounShe)) return Gender::kFemale;
    return Gender::kUnknown;
  }

  // The antecedent of the pronoun speaker at p: earlier speakers first, then earlier names, of the same gender.
  bool ResolvePronoun(int p, const Item& self, int* b, int* e) const {
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

  bool IsPersonName(const Np& np) const {
    auto it = std::upper_bound(names_.begin(), names_.end(), np.b,
                               [](int pos, const NameMention& m) { return pos < m.b; });
    if (it == names_.begin()) return false;
    --it;
    return it->b <= np.b && np.e <= it->e && it->person;
  }

  // ---- Direct quotations ------------------------------------------------------------------------------------

  int WordCount(const QuoteRegion& r) const {
    int n = 0;
    for (uint32_t t = r.inner_begin; t < r.inner_end; ++t) n += w_.Is(t, kWord | kNumber) ? 1 : 0;
    return n;
  }

  // Decides whether a quotation stands as a direct quotation or is a fragment of the reporter's sentence.
  void ClassifyRegion(int r) {
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

  // The attribution after a quotation: “...,” X said / said X / X, the minister, said / according to X / — X.
  bool AttributeAfter(int r, Item* item) const {
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

  // The attribution before a quotation: X said: “...” / X said, “...” / X told reporters on Tuesday: “...” /
  // X said that “...” / X: “...”.
  bool AttributeBefore(int r, Item* item) const {
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

  void AttributeDirect(int r) {
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
    if (!found) found = AttributeAfter(r, &item);
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

  // Title case (lang::TitleCase): every word capitalised, function words may stay lower case.
  bool IsTitleCased(const QuoteRegion& q) const {
    int words = 0, caps = 0;
    for (uint32_t t = q.inner_begin; t < q.inner_end; ++t) {
      if (!w_.Is(t, kWord)) continue;
      ++words;
      if (w_.Is(t, kCap) || w_.Has(t, kPreposition | kDeterminer | kConjunction)) ++caps;
    }
    return words > 0 && caps == words;
  }

  // A quotation that stands alone takes its speaker from the context. `item` is in items_, which is in text
  // order.
  void FromContext(Item* item) const {
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

  // ---- Indirect speech --------------------------------------------------------------------------------------

  // Skips what may stand between a reporting verb and its content: a hearer ("told reporters"), time phrases
  // ("on Tuesday", "last week"), setting phrases ("in a statement", "in an interview with CNN").
  // Returns the first token of the content, or -1.
  int ContentStart(int v, int end) const {
    const Word& t = w_[v];
    int k = v + 1 + (t.particle ? 1 : 0);
    if (k >= end) return -1;
    // Look ahead for a complementizer "that" behind adverbials and a hearer.
    for (int j = k; j < end && j < k + 12; ++j) {
      if (w_.Lower(j, "that")) {
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

  // A clause at k: a subject ("the plan", "Rubio", "58 percent", "voters") and a verb within a few words
  // ("the plan would fail", not "the word"), or three words or more (an irregular verb: "the weakness of the
  // economy made it risky", "people misunderstand Trump").
  bool LooksLikeClause(int k, int end, bool three_words_will_do) const {
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

  // True when reported content starting at c reads as a clause ("that ...", "the plan failed").
  bool IsClauseStart(int c, int end) const {
    if (c > 0 && (w_.Lower(c - 1, "that") || w_.Is(c - 1, kColon))) return true;
    if (w_.Has(c, kWhWord) || w_.Lower(c, "whether") || w_.Lower(c, "to")) return true;
    for (int j = c + 1; j < end && j < c + 12; ++j) {
      if (w_.Has(j, kAuxiliary)) return true;
      if (w_.Is(j, kPunct) || w_.InQuotation(j)) break;
    }
    return w_.IsSubjectPronoun(c);
  }

  // Where an object ends: at the end of its clause (a comma, a semicolon, a dash, "but").
  int ObjectEnd(int c, int end) const {
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

  // Where reported content ends: the end of its sentence, before a final full stop, or before a later
  // attribution (", adding", ", according to", ", X said").
  int ContentEnd(int c, int end) const {
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

  bool ContainedInIndirect(int b, int e) const {
    int steps = 0;
    for (auto it = items_.rbegin(); it != items_.rend() && steps < 8; ++it, ++steps)
      if (it->kind == QuoteKind::kIndirect && it->content_b <= b && e <= it->content_e) return true;
    return false;
  }

  // The speaker of an -ing reporting verb after a comma ("..., adding that", "..., saying"): the last speaker of
  // the sentence, or its subject.
  Np GerundSubject(int v, int lo) const {
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

  void AddIndirect(Np speaker, int cue_b, int cue_e, int b, int e, bool speaker_required = true) {
    if (e - b < 1 || (!speaker && speaker_required)) return;
    bool word = false;
    for (int t = b; t < e && !word; ++t) word = w_.Is(t, kWord);
    if (!word) return;
    // All of it one direct quotation: that quotation is the statement.
    const int r = region_of_[b];
    if (r >= 0 && info_[r].direct && static_cast<int>(regions_[r].close_end) >= e) return;
    if (ContainedInIndirect(b, e)) return;
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

  void FindIndirect() {
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
    std::stable_sort(items_.begin(), items_.end(),
                     [](const Item& x, const Item& y) { return x.content_b < y.content_b; });
    for (size_t i = 0; i < items_.size(); ++i)
      if (items_[i].region >= 0) info_[items_[i].region].item = static_cast<int>(i);
  }

  // "..., X said." / "..., said X." / "..., X said in a statement." / "X, Y said, Z."
  void FrontContent(int v, Np speaker, int cue_b, int cue_e, int lo, int end) {
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

  // A paragraph that opens with a name and a colon: a headline or a transcript ("Clinton: Trump's view of the
  // world is 'dangerously wrong'", "KATE BOLDUAN: Why not debate?").
  void Heading(int lo, int end) {
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

  // "In a poll released Tuesday, 45 percent of voters ...": the document or event speaks for the clause after it,
  // unless a reporting verb in that clause has its own speaker ("In a statement, the ministry said ...").
  void InSource(int lo, int end) {
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

  // "Asked whether he would run, Smith said ...", "when asked about the merger": the question is the content;
  // its asker is named only by "asked by X".
  void AskedQuestion(int v, int end) {
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

  // "according to X, ..." and "..., according to X".
  void According(int a, int lo, int end) {
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

  // ---- Fragments --------------------------------------------------------------------------------------------

  void AttributeFragment(int r) {
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
      if (it->kind == QuoteKind::kIndirect && it->content_b <= b && e <= it->content_e &&
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

  // A naming verb with its own subject between b and e ("what Gilbert called").
  bool NamingVerbBetween(int b, int e) const {
    for (int v = std::max(b, e - 6); v < e; ++v)
      if (w_.IsReportingVerb(v, kVerbNaming) && !w_.InQuotation(v) && np_.SubjectBefore(v, b)) return true;
    return false;
  }

  // ---- Output -----------------------------------------------------------------------------------------------

  void ResolvePronouns() {
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

  Span SpanOf(int b, int e) const { return Span{tokens_[b].span.start, tokens_[e - 1].span.end}; }

  // With tagger mentions, a name speaker is the mention it overlaps.
  Span SpeakerSpan(const Np& np) const {
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

  void Output() {
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

  std::string_view text_;
  Analysis& a_;
  const Lexicon& lex_;
  const std::vector<Token>& tokens_;
  Words& w_;
  const NounPhrases np_;
  std::vector<QuoteRegion>& regions_;
  std::vector<int>& region_of_;  // the quotation of each token (w_.quotations())
  std::vector<RegionInfo>& info_;
  std::vector<uint8_t>& used_verb_;
  std::vector<NameMention>& names_;
  std::vector<Item>& items_;
  std::vector<Item>& pending_;
  std::vector<Item>& direct_;            // direct quotations while indirect speech is found
  std::vector<uint8_t>& speaker_tok_;    // tokens of name speakers, for pronoun resolution
  std::vector<Span>& mention_spans_;     // the tagger's PERSON and ORGANIZATION mentions, by start
};

}  // namespace

struct Scratch::Impl {
  Workspace workspace;
};

Scratch::Scratch() : impl_(std::make_unique<Impl>()) {}
Scratch::~Scratch() = default;

void FindQuotes(std::string_view text, const lang::Lexicon& lexicon, Scratch* scratch, Analysis* analysis) {
  Workspace& workspace = scratch->impl_->workspace;
  Finder(text, analysis, lexicon, &workspace).Run();
  workspace.Trim();
}

void FindQuotes(std::string_view text, Analysis* analysis) {
  Scratch scratch;
  FindQuotes(text, Lexicon::Get(), &scratch, analysis);
}

}  // namespace newsgraph::quotes
