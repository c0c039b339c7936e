// The quotation finder. Design, in the order FindQuotes runs:
//
// 1. Every token gets its word classes (lang/lexicon.h) and shape bits once, so that the rules below are table
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
// Noun phrases are read without a parser: a speaker is a pronoun, a run of capitalised words (with titles,
// initials and particles: "Sen. Ted Cruz", "Ursula von der Leyen"), or a determiner phrase headed by a noun
// ("the ministry", "a spokesperson for the Home Office"). Every search is bounded by a sentence or a fixed number
// of tokens, so the whole is linear in the input.
#include "quotes/quotes.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <optional>
#include <vector>

#include "lang/lexicon.h"
#include "quotes/quote_marks.h"
#include "text/unicode.h"

namespace newsgraph::quotes {
namespace {

using namespace lang;  // NOLINT: the word classes are this file's vocabulary

enum Shape : uint32_t {
  kWord = 1u << 0,
  kCap = 1u << 1,     // starts with an upper-case letter
  kLower = 1u << 2,   // starts with a lower-case letter
  kNumber = 1u << 3,
  kPunct = 1u << 4,
  kQuoteMark = 1u << 5,
  kComma = 1u << 6,
  kColon = 1u << 7,
  kTerminal = 1u << 8,  // . ! ? …
  kDash = 1u << 9,      // - – — ―
  kOpenBracket = 1u << 10,
  kCloseBracket = 1u << 11,
  kPossessive = 1u << 12,  // 's ’s
  kInitial = 1u << 13,     // "C." of "Robert C. Scott"
  kSemicolon = 1u << 14,
  kAbbrevDot = 1u << 15,  // a word ending in "." ("Sen.", "Jr.")
};

struct Tok {
  uint32_t cls = 0;
  uint32_t shape = 0;
  uint16_t verb = 0;
  VerbForm form = VerbForm::kOther;
  uint8_t particle = 0;  // 1 when the verb's particle follows it ("called for")
  char lower[16] = {};  // the word in lower case when it fits, for exact comparisons
  uint8_t lower_len = 0;
};

enum class NpType : uint8_t { kNone, kName, kPronoun, kCommon };

struct Np {
  int b = -1, e = -1;  // token range [b, e)
  NpType type = NpType::kNone;
  explicit operator bool() const { return type != NpType::kNone; }
};

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

// Per-thread scratch space, reused from one document to the next so that a document costs no allocation once
// the vectors have grown (RE2 and fastText keep per-thread state the same way).
struct Workspace {
  std::vector<Tok> toks;
  std::vector<uint32_t> sentence_of;
  std::vector<QuoteRegion> regions;
  std::vector<int> region_of;
  std::vector<RegionInfo> info;
  std::vector<uint8_t> used_verb;
  std::vector<NameMention> names;
  std::vector<Item> items;
  std::vector<Item> pending;
  std::vector<Item> direct;
  std::vector<uint8_t> speaker_tok;
  std::vector<uint8_t> headline;
  std::vector<Span> mention_spans;

  // A very large document should not keep its memory for the rest of the thread's life.
  void Trim() {
    if (toks.capacity() > (size_t{1} << 20)) *this = Workspace();
  }
};

class Finder {
 public:
  Finder(std::string_view text, Analysis* a, const Lexicon& lexicon, Workspace* w)
      : text_(text), a_(*a), lex_(lexicon), tokens_(a->tokens), toks_(w->toks), sentence_of_(w->sentence_of), regions_(w->regions),
        region_of_(w->region_of), info_(w->info), used_verb_(w->used_verb), names_(w->names), items_(w->items),
        pending_(w->pending), direct_(w->direct), speaker_tok_(w->speaker_tok), headline_(w->headline),
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
    Classify();
    MarkHeadlines();
    ScanQuotations(text_, a_, &regions_);
    region_of_.assign(n, -1);
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
  // ---- Token classes ----------------------------------------------------------------------------------------

  void Classify() {
    const size_t n = tokens_.size();
    toks_.assign(n, Tok{});
    sentence_of_.assign(n, 0);
    for (uint32_t s = 0; s < a_.sentences.size(); ++s)
      for (uint32_t t = a_.sentences[s].token_begin; t < a_.sentences[s].token_end; ++t) sentence_of_[t] = s;
    char buf[32];
    headline_.assign(a_.sentences.size(), 0);
    for (size_t i = 0; i < n; ++i) {
      const Token& t = tokens_[i];
      Tok& k = toks_[i];
      const std::string_view w = t.span.In(text_);
      const unsigned char c0 = static_cast<unsigned char>(w[0]);
      switch (t.kind) {
        case TokenKind::kWord: {
          k.shape |= kWord;
          char32_t first = c0;
          if (c0 >= 0x80) {
            int len = 0;
            first = text::DecodeAt(text_, t.span.start, &len);
          }
          if (text::IsUpper(first)) k.shape |= kCap;
          else if (text::IsLower(first)) k.shape |= kLower;
          if (w.size() > 1 && w.back() == '.') {
            k.shape |= kAbbrevDot;
            if (w.size() == 2 && (k.shape & kCap)) k.shape |= kInitial;
          }
          if ((w.size() == 2 && (w == "'s" || w == "'S")) || w == "\u2019s") k.shape |= kPossessive;
          std::string_view lower;
          if (LowerWord(w, buf, sizeof buf, &lower)) {
            if (lower.size() <= sizeof k.lower) {
              std::memcpy(k.lower, lower.data(), lower.size());
              k.lower_len = static_cast<uint8_t>(lower.size());
            }
            if (const WordInfo* info = lex_.Find(lower)) {
              k.cls = info->classes;
              k.verb = info->verb;
              k.form = info->form;
              // A phrasal use ("called for") when its particle follows, else the bare verb ("called").
              for (uint8_t u = 0; u < info->phrasal_count && i + 1 < n; ++u) {
                if (EqualsIgnoringCase(tokens_[i + 1].span.In(text_), lex_.Particle(info->phrasal[u].particle))) {
                  k.verb = info->phrasal[u].verb;
                  k.particle = 1;
                  break;
                }
              }
            } else if (lower.size() > 2 && lower.back() == '.') {
              // "Sen." is listed without its full stop.
              if (const WordInfo* info2 = lex_.Find(lower.substr(0, lower.size() - 1)))
                k.cls = info2->classes & (kTitle | kMaleTitle | kFemaleTitle);
            }
          }
          break;
        }
        case TokenKind::kNumber:
          k.shape |= kNumber;
          break;
        case TokenKind::kQuote:
          k.shape |= kQuoteMark;
          break;
        case TokenKind::kPunctuation: {
          k.shape |= kPunct;
          int len = 0;
          const char32_t c = text::DecodeAt(text_, t.span.start, &len);
          if (c == ',') k.shape |= kComma;
          else if (c == ':') k.shape |= kColon;
          else if (c == ';') k.shape |= kSemicolon;
          else if (c == '.' || c == '!' || c == '?' || c == 0x2026) k.shape |= kTerminal;
          else if (c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2015) k.shape |= kDash;
          else if (c == '(' || c == '[' || c == '{') k.shape |= kOpenBracket;
          else if (c == ')' || c == ']' || c == '}') k.shape |= kCloseBracket;
          break;
        }
        default:
          break;
      }
    }
  }

  static bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (text::AsciiLower(a[i]) != b[i]) return false;
    return true;
  }

  bool EndsWith(int i, std::string_view suffix) const {
    const Tok& t = toks_[i];
    return t.lower_len >= suffix.size() &&
           std::string_view(t.lower, t.lower_len).substr(t.lower_len - suffix.size()) == suffix;
  }

  bool Is(int i, uint32_t shape) const { return (toks_[i].shape & shape) != 0; }
  bool Has(int i, uint32_t cls) const { return (toks_[i].cls & cls) != 0; }
  bool Lower(int i, std::string_view w) const {
    const Tok& t = toks_[i];
    if (t.lower_len != w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if (t.lower[k] != w[k]) return false;
    return true;
  }
  bool InRegion(int i) const { return region_of_[i] >= 0; }
  int SentenceBegin(int i) const { return static_cast<int>(a_.sentences[sentence_of_[i]].token_begin); }
  int SentenceEnd(int i) const { return static_cast<int>(a_.sentences[sentence_of_[i]].token_end); }
  uint32_t ParagraphOf(int i) const { return a_.sentences[sentence_of_[i]].paragraph; }
  int ParagraphBegin(uint32_t p) const {
    return static_cast<int>(a_.sentences[a_.paragraphs[p].sentence_begin].token_begin);
  }
  int ParagraphEnd(uint32_t p) const {
    return static_cast<int>(a_.sentences[a_.paragraphs[p].sentence_end - 1].token_end);
  }

  // A full stop, "!" or "?" that is not followed by a comma (the comma makes it an abbreviation: "R-Ky., said").
  bool IsSentenceEnd(int i) const {
    return Is(i, kTerminal) && !(i + 1 < static_cast<int>(toks_.size()) && Is(i + 1, kComma));
  }

  // A personal pronoun that can be a subject ("he", not "him").
  bool IsSubjectPronoun(int i) const {
    if (!Has(i, kPersonalPronoun)) return false;
    return Lower(i, "he") || Lower(i, "she") || Lower(i, "they") || Lower(i, "it") || Lower(i, "i") ||
           Lower(i, "we") || Lower(i, "you");
  }
  bool IsObjectPronoun(int i) const {
    return Lower(i, "him") || Lower(i, "her") || Lower(i, "them") || Lower(i, "us") || Lower(i, "me") ||
           Lower(i, "you") || Lower(i, "it");
  }

  static constexpr uint32_t kFunctionClasses = kDeterminer | kAuxiliary | kPreposition | kConjunction | kWhWord |
                                               kThat | kPersonalPronoun;

  // A capitalised word that can be part of a name.
  bool IsNameWord(int i) const {
    if (!Is(i, kCap)) return false;
    if (Has(i, kTimeWord)) return false;
    if (headline_[sentence_of_[i]] && toks_[i].verb != 0 && i != SentenceBegin(i)) return false;
    if ((Has(i, kOpener) || EndsWith(i, "ly")) && (SentenceBegin(i) == i || Is(i - 1, kQuoteMark | kOpenBracket)))
      return false;  // "Meanwhile", "Immediately"
    if (Has(i, kFunctionClasses | kAdverb) && !Has(i, kTitle)) {
      // "May", "Will", "Bill" and initials stay names inside a run; sentence-initial function words never are.
      if (Has(i, kMaleName | kFemaleName) && SentenceBegin(i) != i) return true;
      return false;
    }
    return true;
  }

  // A number or a quantity word ("58", "Twenty-four", "percent", "majority").
  bool IsQuantity(int i) const {
    if (Is(i, kNumber)) return true;
    if (Has(i, kNumberWord)) return true;
    const Tok& t = toks_[i];
    const std::string_view w(t.lower, t.lower_len);
    const size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash == 0) return false;
    const WordInfo* first = lex_.Find(w.substr(0, dash));
    return first && (first->classes & kNumberWord);
  }

  // A lower-case plural noun that can speak without a determiner ("respondents said", "Democrats argued").
  bool IsBarePlural(int i) const {
    const Tok& t = toks_[i];
    if (!Is(i, kWord) || t.lower_len < 4 || (t.cls & (kFunctionClasses | kReportingVerb | kTimeWord))) return false;
    const std::string_view w(t.lower, t.lower_len);
    return w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i';
  }

  // A lower-case content word (noun or adjective) inside a common noun phrase.
  bool IsContentWord(int i) const {
    if (!Is(i, kLower)) {
      // "46-year-old", "9/11": a word that starts with a digit
      if (!Is(i, kWord) || Is(i, kCap) || !text::IsAsciiDigit(text_[tokens_[i].span.start])) return false;
      return true;
    }
    if (Has(i, kFunctionClasses | kTimeWord)) return false;
    // A reporting verb is a noun after a determiner or a possessive ("Cruz's thinking", "the report").
    if (toks_[i].verb != 0 && !Has(i, kSpeakerNoun) && !(i > 0 && (Is(i - 1, kPossessive) || Has(i - 1, kDeterminer))))
      return false;
    return true;
  }

  // ---- Noun phrases -----------------------------------------------------------------------------------------

  // The name or noun phrase ending at token j (inclusive), not starting before lo.
  Np NpEndingAt(int j, int lo) const {
    Np np;
    if (j < lo) return np;
    if (IsSubjectPronoun(j)) return Np{j, j + 1, NpType::kPronoun};
    int end = j + 1;
    if (Is(j, kCloseBracket)) {  // "Sen. Ted Cruz (R-Texas)"
      int k = j - 1;
      while (k >= lo && k > j - 8 && !Is(k, kOpenBracket)) --k;
      if (k < lo || k <= j - 8 || k - 1 < lo) return np;
      j = k - 1;
      end = j + 1;
      if (!IsNameWord(j)) return np;
    }
    if (IsNameWord(j) || (Is(j, kInitial))) {
      int k = j;
      while (k - 1 >= lo && k > j - 10) {
        const int p = k - 1;
        if (IsNameWord(p) || Is(p, kInitial)) {
          k = p;
        } else if (Has(p, kNameParticle) && Is(p, kLower) && p - 1 >= lo &&
                   (IsNameWord(p - 1) || (Has(p - 1, kNameParticle) && p - 2 >= lo && IsNameWord(p - 2)))) {
          k = p;  // "von der Leyen"
        } else if (Lower(p, "of") && p - 1 >= lo && IsNameWord(p - 1)) {
          k = p;  // "Secretary of State John Kerry", "Bank of England"
        } else if (Lower(p, "the") && p - 2 >= lo && Lower(p - 1, "of") && IsNameWord(p - 2)) {
          k = p - 1;  // "President of the European Council"
        } else {
          break;
        }
      }
      if (!IsNameWord(j) && k == j) return np;
      np = TrimName(Np{k, end, NpType::kName});
      return ExtendSpeakerOf(np, lo);
    }
    if (IsContentWord(j) || IsQuantity(j)) {
      int k = j;
      bool quantity = IsQuantity(j);
      while (k - 1 >= lo && k > j - 10) {
        const int p = k - 1;
        if (IsContentWord(p) || IsNameWord(p) || Is(p, kPossessive) || IsQuantity(p)) {
          quantity |= IsQuantity(p);
          k = p;
        } else if ((Lower(p, "of") || Lower(p, "in")) && p - 1 >= lo && (IsQuantity(p - 1) || Has(p - 1, kDeterminer))) {
          k = p;  // "58 percent of voters", "one in four", "many in the crowd"
        } else if (Lower(p, "of") && p - 1 >= lo && IsContentWord(p - 1) && !Has(p - 1, kSpeakerNounOf)) {
          k = p;  // "supporters of reform", "the secretary of state"
        } else if (Lower(p, "out") && k < j && Lower(k, "of")) {
          k = p;  // "four out of 10 voters"
        } else {
          break;
        }
      }
      if (quantity && k - 1 >= lo && (Lower(k - 1, "about") || Lower(k - 1, "nearly") || Lower(k - 1, "almost") ||
                                      Lower(k - 1, "roughly") || Lower(k - 1, "around") || Lower(k - 1, "only")))
        --k;  // "about four in 10 voters"
      // "the Clinton campaign's spokesman": the possessor belongs to the phrase.
      bool det = false;
      if (k - 1 >= lo && Has(k - 1, kDeterminer)) {
        --k;
        det = true;
      }
      det |= Has(k, kDeterminer);
      bool speakerish = false;
      for (int t = k; t <= j; ++t) speakerish |= Has(t, kSpeakerNoun);
      // Without a determiner, a speaker noun ("officials said"), a quantity ("58 percent said") or a plural
      // ("respondents said") can speak.
      if (!det && !speakerish && !quantity && !IsBarePlural(j)) {
        // "former secretary of state": the head is before "of".
        if (k - 2 >= lo && (Lower(k - 1, "of") || Lower(k - 1, "for")) && Has(k - 2, kSpeakerNounOf)) {
          Np head = NpEndingAt(k - 2, lo);
          if (head) return Np{head.b, end, NpType::kCommon};
        }
        return np;
      }
      np = Np{k, end, NpType::kCommon};
      return ExtendSpeakerOf(np, lo);
    }
    return np;
  }

  // "European Council Antonio Costa" -> "Antonio Costa": a given name after a capitalised word that is not a
  // title starts the person's name, when a surname follows it.
  Np TrimName(Np np) const {
    for (int t = np.b + 1; t + 1 < np.e; ++t) {
      if (!Has(t, kMaleName | kFemaleName) || !IsNameWord(t + 1)) continue;
      if (Has(t - 1, kTitle | kMaleName | kFemaleName) || Is(t - 1, kInitial) || !IsNameWord(t - 1)) continue;
      return Np{t, np.e, NpType::kName};
    }
    return np;
  }

  // "a spokesperson for the Home Office": np is "Home Office"; take in the head that speaks for it.
  Np ExtendSpeakerOf(Np np, int lo) const {
    int k = np.b;
    if (k - 1 >= lo && Has(k - 1, kDeterminer)) --k;
    if (k - 2 < lo || !(Lower(k - 1, "for") || Lower(k - 1, "of") || Lower(k - 1, "at"))) return np;
    const int head = k - 2;
    if (!Has(head, kSpeakerNounOf) || !Is(head, kLower)) return np;
    Np outer = NpEndingAt(head, lo);
    if (!outer || outer.type != NpType::kCommon) {
      // "spokesperson for X" without a determiner
      outer = Np{head, head + 1, NpType::kCommon};
    }
    return Np{outer.b, np.e, NpType::kCommon};
  }

  // The name or noun phrase starting at token j, ending before hi.
  Np NpStartingAt(int j, int hi) const {
    Np np;
    if (j >= hi) return np;
    if (IsSubjectPronoun(j)) return Np{j, j + 1, NpType::kPronoun};
    if (IsNameWord(j) || Is(j, kInitial)) {
      int k = j + 1;
      while (k < hi && k < j + 10) {
        if (IsNameWord(k) || Is(k, kInitial)) ++k;
        else if (Has(k, kNameParticle) && Is(k, kLower) && k + 1 < hi &&
                 (IsNameWord(k + 1) || (Has(k + 1, kNameParticle) && k + 2 < hi && IsNameWord(k + 2))))
          ++k;  // "von der Leyen"
        else if (Lower(k, "of") && k + 1 < hi && IsNameWord(k + 1)) ++k;
        else if (Lower(k, "of") && k + 2 < hi && Lower(k + 1, "the") && IsNameWord(k + 2)) k += 2;
        else break;
      }
      while (k > j + 1 && !IsNameWord(k - 1) && !Is(k - 1, kInitial)) --k;  // no trailing "of"
      np = TrimName(Np{j, k, NpType::kName});
      return ExtendForward(np, hi);
    }
    int k = j;
    bool det = false;
    if (Has(k, kDeterminer) && !IsSubjectPronoun(k)) {
      det = true;
      ++k;
    }
    const int content = k;
    while (k < hi && k < content + 8) {
      // After a speaker noun a lower-case word that is no speaker noun is the verb: "a party spokesman played
      // down ...", "the company cut jobs"; "the party spokesman" and "the company's chief" go on.
      if (k > content && Has(k - 1, kSpeakerNoun) && Is(k, kLower) && IsContentWord(k) && !Has(k, kSpeakerNoun))
        break;
      if (IsContentWord(k) || IsNameWord(k) || Is(k, kPossessive | kNumber | kInitial) || IsQuantity(k)) {
        ++k;
      } else if (Lower(k, "of") && k > content && k + 1 < hi &&
                 (IsContentWord(k + 1) || IsNameWord(k + 1) || Has(k + 1, kDeterminer))) {
        k += Has(k + 1, kDeterminer) ? 2 : 1;  // "master of ceremonies", "one of those advisers"
      } else {
        break;
      }
    }
    if (k == content) return np;
    bool speakerish = false;
    for (int t = content; t < k; ++t) speakerish |= Has(t, kSpeakerNoun);
    if (!det && !speakerish) {
      // "former Massachusetts congressman Barney Frank": a role before a name; the name speaks.
      int name_b = k;
      while (name_b - 1 >= content && IsNameWord(name_b - 1)) --name_b;
      if (name_b < k && name_b > content && k - name_b >= 2) return ExtendForward(Np{name_b, k, NpType::kName}, hi);
      return np;
    }
    // The phrase ends with its head: a name run at the end ("White House press secretary Josh Earnest") is the
    // name of the speaker.
    np = Np{j, k, NpType::kCommon};
    int name_b = k;
    while (name_b - 1 >= content && IsNameWord(name_b - 1)) --name_b;
    if (name_b < k && name_b > content && !Is(name_b - 1, kPossessive)) np = Np{name_b, k, NpType::kName};
    return ExtendForward(np, hi);
  }

  // "the foreign minister, Jane Doe" -> Jane Doe; "a spokesperson for the ministry" -> the whole.
  Np ExtendForward(Np np, int hi) const {
    if (np.type == NpType::kCommon && np.e + 1 < hi && (Lower(np.e, "for") || Lower(np.e, "of")) &&
        Has(np.e - 1, kSpeakerNounOf)) {
      Np inner = NpStartingAt(np.e + 1, hi);
      if (inner && inner.type != NpType::kPronoun) return Np{np.b, inner.e, NpType::kCommon};
    }
    if (np.type == NpType::kCommon && np.e + 1 < hi && Is(np.e, kComma)) {
      Np name = NpStartingAt(np.e + 1, hi);
      if (name.type == NpType::kName && (name.e >= hi || Is(name.e, kComma | kTerminal))) return name;
    }
    return np;
  }

  // Skips auxiliaries and adverbs backwards from j; returns the first other token.
  int SkipAuxBack(int j, int lo, bool* had_aux = nullptr) const {
    int steps = 0;
    while (j >= lo && steps < 4 && Is(j, kLower) &&
           (Has(j, kAuxiliary | kAdverb) || Lower(j, "itself") || Lower(j, "himself") || Lower(j, "herself") ||
            Lower(j, "themselves") || (toks_[j].lower_len > 3 && toks_[j].lower[toks_[j].lower_len - 1] == 'y' &&
                                            toks_[j].lower[toks_[j].lower_len - 2] == 'l'))) {
      if (had_aux && Has(j, kAuxiliary)) *had_aux = true;
      --j;
      ++steps;
    }
    return j;
  }

  // The subject of the verb at v: "X said", "X has also said", "X, the foreign minister, said", "X (R-Texas)
  // said". Coordinated verbs ("... but said") take the subject of the sentence.
  Np SubjectBefore(int v, int lo) const {
    int j = SkipAuxBack(v - 1, lo);
    if (j < lo) return Np{};
    if (Is(j, kComma) && j - 1 >= lo && Is(j - 1, kCloseBracket)) {
      Np np = NpEndingAt(j - 1, lo);  // "Sen. Jack Reed (D-R.I.), said"
      if (np) return np;
    }
    if (Is(j, kComma)) {
      // Appositions and inserted clauses between commas ("Sanders, meanwhile, who has no such endorsements, said").
      int segments = 0, segment_end = j;
      for (int k = j - 1; k >= lo && k > j - 40 && segments < 3; --k) {
        if (Is(k, kQuoteMark | kColon | kSemicolon) || IsSentenceEnd(k) || InRegion(k)) break;
        if (Is(k, kComma)) {
          ++segments;
          Np np = NpEndingAt(k - 1, lo);
          // "Carson's business manager, Armstrong Williams, stated": the name between the commas.
          Np inner = NpStartingAt(k + 1, segment_end);
          const bool inner_name =
              inner.type == NpType::kName &&
              (inner.e == segment_end || (Is(inner.e, kOpenBracket) && Is(segment_end - 1, kCloseBracket)));
          if (np && (np.b == lo || !Has(np.b - 1, kPreposition))) {
            // "Scottish Finance Minister, Tom McCabe, said": the name, not the role before it.
            if (segments == 1 && inner_name && (np.type != NpType::kName || Has(np.e - 1, kPersonNoun | kTitle)))
              return inner;
            return np;
          }
          if (inner_name) return inner;  // "..., Gov. John Kasich (R-OH), said"
          segment_end = k;
        }
      }
      return Np{};
    }
    if ((Lower(j, "who") || Lower(j, "which") || Lower(j, "that")) && j - 1 >= lo) {
      // "Barkley, who said ...", "the report, which notes", "a headline that said"
      Np np = NpEndingAt(Is(j - 1, kComma) ? j - 2 : j - 1, lo);
      if (np.type == NpType::kName || np.type == NpType::kCommon) return np;
      return Np{};
    }
    if (Lower(j, "to") && j - 1 >= lo) {
      // An infinitive: "The email went on to say", "declined to say": the subject of the verb before "to".
      int k = j - 1;
      for (int steps = 0; k > lo && steps < 3 && Is(k, kLower) && !Has(k, kDeterminer | kPreposition | kConjunction) &&
                          !IsSubjectPronoun(k);
           ++steps)
        --k;
      if (Lower(k, "on") || Lower(k, "up")) --k;
      if (k >= lo && k < j - 1) return SubjectBefore(k + 1, lo);
      return Np{};
    }
    if (Has(j, kConjunction) && (Lower(j, "and") || Lower(j, "but"))) {
      // Coordinated verbs share a subject: "Lazar said he welcomed it and added", "declined ..., but said".
      if (j - 1 < lo || !Is(j - 1, kComma | kLower | kCap | kNumber | kCloseBracket | kDash)) return Np{};
      for (int k = j - 1; k >= lo && k > j - 30; --k) {
        if (InRegion(k) || Is(k, kSemicolon)) break;
        if (toks_[k].verb != 0 && toks_[k].form != VerbForm::kGerund && Is(k, kLower)) {
          const int before = SkipAuxBack(k - 1, lo);
          if (before >= lo && !Is(before, kComma) && !Has(before, kConjunction)) {
            Np np = NpEndingAt(before, lo);
            if (np) return np;
          }
        }
      }
      return SentenceSubject(lo);
    }
    if (IsObjectPronoun(j) && !IsSubjectPronoun(j) && j - 2 >= lo && Has(j - 1, kPreposition)) {
      Np outer = NpEndingAt(j - 2, lo);  // "a source close to him said"
      if (!outer && IsContentWord(j - 2)) outer = NpEndingAt(j - 3, lo);
      if (outer && outer.type != NpType::kPronoun) return Np{outer.b, j + 1, outer.type};
      return Np{};
    }
    Np np = NpEndingAt(j, lo);
    if (!np) return np;
    // An object of a preposition belongs to the phrase before it: "a report by the ministry said", "People in Fort
    // Pierce said".
    if (np.b - 1 >= lo && Has(np.b - 1, kPreposition) && !Has(np.b - 1, kDeterminer)) {
      if (Lower(np.b - 1, "for") || Lower(np.b - 1, "of")) return np;  // handled by ExtendSpeakerOf
      Np outer = NpEndingAt(np.b - 2, lo);
      if (outer && outer.type != NpType::kPronoun) return Np{outer.b, np.e, outer.type};
      return Np{};
    }
    return np;
  }

  // The subject of a sentence: its first noun phrase, after a leading adverbial that ends with a comma.
  Np SentenceSubject(int lo) const {
    const int end = SentenceEnd(lo);
    int j = lo;
    while (j < end && Is(j, kQuoteMark | kOpenBracket)) ++j;
    if (j >= end) return Np{};
    Np np = NpStartingAt(j, end);
    if (np && np.e < end && !Is(np.e, kComma)) return np;
    // After a leading adverbial ("On Thursday, after remaining neutral, Warren appeared ...").
    int commas = 0;
    for (int k = j; k < end && k < j + 40 && commas < 3; ++k) {
      if (InRegion(k) || IsSentenceEnd(k) || Is(k, kSemicolon)) break;
      if (Is(k, kComma)) {
        ++commas;
        Np after = NpStartingAt(k + 1, end);
        if (after && after.e < end && !Is(after.e, kComma)) return after;
      }
    }
    return np;
  }

  // ---- Reporting verbs --------------------------------------------------------------------------------------

  // A finite or participle reporting verb at i with any of `flags`.
  bool IsReportingVerb(int i, uint16_t flags) const {
    const Tok& t = toks_[i];
    if (!(t.cls & kReportingVerb) || !(t.verb & flags)) return false;
    // In a headline every word is capitalised ("Glenn Beck Says Trump Poses A Threat").
    if (!(t.shape & kLower) && !(headline_[sentence_of_[i]] && i != SentenceBegin(i))) return false;
    if (i > 0) {
      // "the report", "his remarks", "a tweet": a noun, not a verb.
      if (Has(i - 1, kDeterminer) && !Has(i - 1, kPersonalPronoun)) return false;
      if (Is(i - 1, kPossessive) || (Is(i - 1, kNumber) && toks_[i].form == VerbForm::kPresent3)) return false;  // "50 states"
      // "strong support", "public support": a noun after an adjective or a singular noun.
      if ((t.verb & kVerbAlsoNoun) && t.form == VerbForm::kBase && IsContentWord(i - 1) && !IsBarePlural(i - 1) &&
          !Has(i - 1, kSpeakerNoun) && !EndsWith(i - 1, "ly"))
        return false;
    }
    return true;
  }

  // A headline: the only sentence of its paragraph, in title case ("Former Clinton Pollster Says Clinton Is In
  // Trouble In California Primaries").
  void MarkHeadlines() {
    for (const Paragraph& p : a_.paragraphs) {
      if (p.sentence_end != p.sentence_begin + 1) continue;
      const Sentence& s = a_.sentences[p.sentence_begin];
      int words = 0, caps = 0;
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
        if (!Is(t, kWord)) continue;
        ++words;
        caps += Is(t, kCap) ? 1 : 0;
      }
      if (words >= 4 && caps * 10 >= words * 8) headline_[p.sentence_begin] = 1;
    }
  }

  // True when the verb at v is passive ("is expected", "was told").
  bool IsPassive(int v, int lo) const {
    if (toks_[v].form != VerbForm::kPast) return false;
    int j = v - 1;
    int steps = 0;
    while (j >= lo && steps < 3 && Is(j, kLower) && Has(j, kAdverb)) --j, ++steps;
    if (j < lo) return false;
    return Lower(j, "is") || Lower(j, "are") || Lower(j, "was") || Lower(j, "were") || Lower(j, "be") ||
           Lower(j, "been") || Lower(j, "being") || Lower(j, "'s");
  }

  // The cue span: the verb with the auxiliaries before it ("has said") and its particle ("pointed out").
  void CueOf(int v, int lo, int* b, int* e) const {
    bool had_aux = false;
    int j = SkipAuxBack(v - 1, lo, &had_aux);
    int start = v;
    if (had_aux) {
      // Take in the auxiliary chain from its first auxiliary ("has also said", not "also has said").
      start = j + 1;
      while (start < v && !Has(start, kAuxiliary)) ++start;
    }
    *b = start;
    *e = v + 1 + (toks_[v].particle ? 1 : 0);
  }

  // ---- Names and pronouns -----------------------------------------------------------------------------------

  Gender GenderOfName(int b, int e) const {
    for (int t = b; t < e; ++t) {
      if (Has(t, kMaleTitle)) return Gender::kMale;
      if (Has(t, kFemaleTitle)) return Gender::kFemale;
      if (Has(t, kTitle)) continue;
      const bool male = Has(t, kMaleName), female = Has(t, kFemaleName);
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
        while (b - 1 >= 0 && Has(b - 1, kTitle) && Is(b - 1, kCap)) --b;  // the title tells the gender
        const bool person = m.type == EntityType::kPerson;
        names_.push_back(NameMention{t, e, person ? GenderOfName(b, e) : Gender::kUnknown, person});
      }
      // Resolution searches the names by position; a tagger need not give its mentions in order.
      std::sort(names_.begin(), names_.end(), [](const NameMention& x, const NameMention& y) { return x.b < y.b; });
      mention_spans_.clear();
      for (const Mention& m : a_.mentions)
        if (m.type == EntityType::kPerson || m.type == EntityType::kOrganization) mention_spans_.push_back(m.span);
      std::sort(mention_spans_.begin(), mention_spans_.end(), [](const Span& x, const Span& y) { return x.start < y.start; });
      return;
    }
    const int n = static_cast<int>(tokens_.size());
    std::vector<std::pair<std::string_view, Gender>> surnames;  // last word of people seen so far
    for (int i = 0; i < n;) {
      if (InRegion(i) || !(IsNameWord(i) || Has(i, kTitle))) {
        ++i;
        continue;
      }
      const Np np = NpStartingAt(i, SentenceEnd(i));
      if (!np || np.type != NpType::kName || np.b != i) {
        ++i;
        continue;
      }
      const int b = np.b, e = np.e;
      bool titled = false, given = false;
      for (int t = b; t < e; ++t) titled |= Has(t, kTitle);
      given = Has(b, kMaleName | kFemaleName) || (titled && e - b >= 2);
      Gender g = GenderOfName(b, e);
      const std::string_view last = tokens_[e - 1].span.In(text_);
      bool known = false;
      for (auto it = surnames.rbegin(); it != surnames.rend(); ++it)
        if (it->first == last) {
          known = true;
          if (g == Gender::kUnknown) g = it->second;
          break;
        }
      const bool sentence_start_single = (e - b == 1 && b == SentenceBegin(b) && !known);
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
    if (Has(i, kPronounHe)) return Gender::kMale;
    if (Has(i, kPronounShe)) return Gender::kFemale;
    return Gender::kUnknown;
  }

  // The antecedent of the pronoun speaker at p: earlier speakers first, then earlier names, of the same gender.
  bool ResolvePronoun(int p, const Item& self, int* b, int* e) const {
    const bool personal = Has(p, kPronounHe | kPronounShe);
    const Gender want = PronounGender(p);
    const uint32_t para = ParagraphOf(p);
    const uint32_t lo_para = para >= 4 ? para - 4 : 0;
    if (!personal) {
      if (!Has(p, kPronounIt | kPronounThey)) return false;
      // "it said", "they said": the last organisation or group that spoke.
      int steps = 0;
      for (auto it = items_.rbegin(); it != items_.rend() && steps < 64; ++it, ++steps) {
        if (&*it == &self || !it->speaker || it->speaker.b >= p) continue;
        if (ParagraphOf(it->speaker.b) < lo_para) break;
        const bool one_person = it->speaker.type == NpType::kCommon && Has(it->speaker.e - 1, kPersonNoun);
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
    const int sentence = static_cast<int>(sentence_of_[p]);
    const int n = static_cast<int>(toks_.size());
    for (auto it = upper; it != names_.begin() && seen < 40;) {
      --it;
      ++seen;
      if (ParagraphOf(it->b) < lo_para) break;
      if (!it->person || (it->gender != Gender::kUnknown && it->gender != want)) continue;
      // A name used as a modifier ("the Trump campaign", "Clinton aides") is not the person speaking.
      if ((it->b > 0 && Has(it->b - 1, kDeterminer)) || (it->e < n && Is(it->e, kLower) && Has(it->e, kSpeakerNoun)))
        continue;
      int score = -3 * (sentence - static_cast<int>(sentence_of_[it->b]));
      if (it->gender == want) score += 4;
      if (speaker_tok_[it->b]) score += 4;
      if (it->b == SentenceBegin(it->b) ||
          (it->e < n && (Has(it->e, kAuxiliary) || toks_[it->e].verb != 0 || Is(it->e, kComma))))
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
    for (uint32_t t = r.inner_begin; t < r.inner_end; ++t) n += Is(t, kWord | kNumber) ? 1 : 0;
    return n;
  }

  // Decides whether a quotation stands as a direct quotation or is a fragment of the reporter's sentence.
  void ClassifyRegion(int r) {
    const QuoteRegion& q = regions_[r];
    const int open = static_cast<int>(q.open_begin);
    const int para_begin = ParagraphBegin(q.first_paragraph);
    bool start_ok = true;
    if (open > para_begin) {
      const int p = open - 1;
      if (Is(p, kComma | kColon | kSemicolon | kDash | kOpenBracket | kTerminal | kQuoteMark)) {
        start_ok = true;
      } else if (IsReportingVerb(p, kVerbDirect | kVerbQuestion)) {
        start_ok = true;  // said “...”
      } else if (Lower(p, "that")) {
        // said that “...”: direct when a reporting verb governs the "that"
        start_ok = false;
        for (int k = p - 1; k >= para_begin && k >= p - 6; --k) {
          if (IsReportingVerb(k, kVerbDirect | kVerbIndirect | kVerbWeak)) {
            start_ok = true;
            break;
          }
          if (!(Lower(k, "that") || Has(k, kTimeWord | kAdverb | kPreposition | kDeterminer) || IsNameWord(k) ||
                IsObjectPronoun(k) || IsContentWord(k)))
            break;
        }
      } else if (Has(p, kConjunction) && p - 1 > para_begin && Is(p - 1, kQuoteMark) && region_of_[p - 1] >= 0 &&
                 region_of_[p - 1] < r && info_[region_of_[p - 1]].direct) {
        start_ok = true;  // “...” and “...”
      } else {
        start_ok = false;
      }
    }
    bool end_ok = true;
    const int last_inner = static_cast<int>(q.inner_end) - 1;
    const int after = static_cast<int>(q.close_end);
    const int para_end = ParagraphEnd(q.last_paragraph);
    if (q.closed && after < para_end && !Is(last_inner, kComma | kTerminal | kColon | kDash | kSemicolon)) {
      if (Is(after, kPunct | kQuoteMark)) end_ok = true;
      else if (IsReportingVerb(after, kVerbDirect | kVerbIndirect)) end_ok = true;
      else if (Has(after, kConjunction) && after + 1 < para_end && Is(after + 1, kQuoteMark)) end_ok = true;
      else if (Has(after, kCuePhraseStart)) end_ok = true;
      else {
        // “...” he said / “...” Smith told reporters
        Np np = NpStartingAt(after, std::min(para_end, after + 10));
        end_ok = np && np.e < para_end && IsReportingVerb(SkipAuxForward(np.e, para_end), 0xFFFF);
      }
    }
    info_[r].direct = start_ok && end_ok;
  }

  int SkipAuxForward(int j, int hi) const {
    int steps = 0;
    while (j < hi && steps < 3 && Is(j, kLower) && Has(j, kAuxiliary | kAdverb) && !Has(j, kReportingVerb)) ++j, ++steps;
    return std::min(j, hi - 1);
  }

  // The attribution after a quotation: “...,” X said / said X / X, the minister, said / according to X / — X.
  bool AttributeAfter(int r, Item* item) const {
    const QuoteRegion& q = regions_[r];
    if (!q.closed) return false;
    const int para_end = ParagraphEnd(q.last_paragraph);
    int i = static_cast<int>(q.close_end);
    // Stray marks: three apostrophes close ' and ''; an inch mark (6’2”,”) closes too early.
    for (int steps = 0; i < para_end && steps < 3 && !InRegion(i) && (Is(i, kQuoteMark) ||
                                                                      (Is(i, kComma) && i + 1 < para_end && Is(i + 1, kQuoteMark)));
         ++steps)
      ++i;
    if (i >= para_end) {
      // "- Clinton." as a paragraph of its own after the quotation.
      if (q.last_paragraph + 1 >= a_.paragraphs.size()) return false;
      const int next = ParagraphBegin(q.last_paragraph + 1), next_end = ParagraphEnd(q.last_paragraph + 1);
      if (!Is(next, kDash)) return false;
      Np np = NpStartingAt(next + 1, next_end);
      if (np.type != NpType::kName || !(np.e >= next_end || (np.e + 1 == next_end && Is(np.e, kTerminal)))) return false;
      item->speaker = np;
      item->cue_b = next;
      item->cue_e = next + 1;
      return true;
    }
    const int last_inner = static_cast<int>(q.inner_end) - 1;
    // A quotation that ends its sentence with a full stop is followed by a new sentence, which may belong to the
    // next quotation ("“... wrong.” Smith added: “...”"); only a lower-case continuation attributes it.
    const bool ended = Is(last_inner, kTerminal) && text_[tokens_[last_inner].span.start] == '.';
    if (Is(i, kComma)) ++i;
    if (i >= para_end) return false;
    const int hi = std::min(para_end, i + 40);
    if (Is(i, kDash)) {
      Np np = NpStartingAt(i + 1, hi);
      if (np.type == NpType::kName && (np.e >= para_end || Is(np.e, kComma | kTerminal | kOpenBracket))) {
        item->speaker = np;
        item->cue_b = i;
        item->cue_e = i + 1;
        return true;
      }
      return false;
    }
    if (ended && !Is(i, kLower)) return false;
    if (IsReportingVerb(i, kVerbDirect | kVerbIndirect)) {  // said X
      const int after_verb = i + 1 + (toks_[i].particle ? 1 : 0);
      Np np = NpStartingAt(after_verb, hi);
      if (np) {
        item->speaker = np;
        item->cue_b = i;
        item->cue_e = after_verb;
        return true;
      }
      return false;
    }
    if (Lower(i, "according") && i + 1 < hi && Lower(i + 1, "to")) {
      Np np = NpStartingAt(i + 2, hi);
      if (np) {
        item->speaker = np;
        item->cue_b = i;
        item->cue_e = i + 2;
        return true;
      }
      return false;
    }
    Np np = NpStartingAt(i, hi);
    int k = np ? np.e : i;
    if (np && k < hi && Is(k, kOpenBracket)) {  // Ted Cruz (R-Texas) said
      int c = k + 1;
      while (c < hi && c < k + 10 && !Is(c, kCloseBracket)) ++c;
      if (c < hi && Is(c, kCloseBracket)) k = c + 1;
    }
    if (np && k < hi && Is(k, kComma)) {  // X, the foreign minister, said
      int c = k + 1;
      while (c < hi && c < k + 30 && !Is(c, kComma | kQuoteMark | kTerminal | kColon)) ++c;
      if (c < hi && Is(c, kComma)) k = c + 1;
    }
    int steps = 0;
    while (np && k < hi && steps < 3 && Is(k, kLower) && Has(k, kAuxiliary | kAdverb) && !Has(k, kReportingVerb))
      ++k, ++steps;
    if (np && k < hi && IsReportingVerb(k, kVerbDirect | kVerbIndirect | kVerbWeak)) {
      item->speaker = np;
      CueOf(k, np.e, &item->cue_b, &item->cue_e);
      return true;
    }
    // A longer subject: "Clinton campaign manager Robby Mook said", "the Vatican spokesman, Federico Lombardi,
    // said": find the verb, then read the subject back from it.
    for (k = i; k < hi && k < i + 28; ++k) {
      if (IsReportingVerb(k, kVerbDirect | kVerbIndirect | kVerbWeak)) {
        Np subject = SubjectBefore(k, i);
        if (!subject) return false;
        item->speaker = subject;
        CueOf(k, subject.e, &item->cue_b, &item->cue_e);
        return true;
      }
      if (InRegion(k)) {  // a short quotation inside the subject ("wearing “Ted Cruz” pins")
        const QuoteRegion& inner = regions_[region_of_[k]];
        if (inner.inner_end - inner.inner_begin > 4) return false;
        k = static_cast<int>(inner.close_end) - 1;
        continue;
      }
      if (Is(k, kColon | kSemicolon | kQuoteMark | kDash) || IsSentenceEnd(k)) return false;
      if (!(IsNameWord(k) || Is(k, kLower | kNumber | kWord) || IsQuantity(k) ||
            Is(k, kPossessive | kComma | kInitial | kOpenBracket | kCloseBracket | kTerminal)))
        return false;
    }
    return false;
  }

  // The attribution before a quotation: X said: “...” / X said, “...” / X told reporters on Tuesday: “...” /
  // X said that “...” / X: “...”.
  bool AttributeBefore(int r, Item* item) const {
    const QuoteRegion& q = regions_[r];
    const int open = static_cast<int>(q.open_begin);
    int lo = SentenceBegin(open);
    int j = open - 1;
    const int para_begin = ParagraphBegin(q.first_paragraph);
    if (j < lo) {
      // The quotation opens its sentence: a colon ending the previous sentence introduces it.
      if (open <= 0) return false;
      const int prev = open - 1;
      if (!Is(prev, kColon) || InRegion(prev)) return false;
      if (prev < para_begin && ParagraphOf(prev) + 1 != q.first_paragraph) return false;
      lo = SentenceBegin(prev);
      j = prev;
    }
    const bool colon = Is(j, kColon);
    if (Is(j, kColon | kComma | kDash)) --j;
    while (j >= lo && Lower(j, "that")) --j;
    int verb = -1;
    for (int k = j; k >= lo && k > j - 14; --k) {
      if (InRegion(k) || Is(k, kQuoteMark | kTerminal | kSemicolon)) break;
      if (IsReportingVerb(k, kVerbDirect | kVerbIndirect | kVerbWeak | kVerbQuestion) ||
          (k == lo && Lower(k, "said"))) {  // "Said Comey, “...”"
        verb = k;
        break;
      }
    }
    if (verb >= 0) {
      Np np;
      if (toks_[verb].form == VerbForm::kGerund) {
        // "..., she said, recalling her own experience: “...”", "endorsed Clinton, saying, “...”": the speaker of
        // the clause the participle hangs on; "a voice over saying: “...”": the phrase before it.
        if (verb - 1 >= lo && !Is(verb - 1, kComma)) np = NpEndingAt(verb - 1, lo);
        if (!np) np = GerundSubject(verb, lo);
      } else {
        np = SubjectBefore(verb, lo);
        if (!np) {
          const int after_verb = verb + 1 + (toks_[verb].particle ? 1 : 0);
          np = NpStartingAt(after_verb, j + 1);  // "Said Smith:" / "..., said Smith, “..."
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
      if (InRegion(a) || Is(a, kQuoteMark | kTerminal | kSemicolon)) break;
      if (Lower(a, "according") && Lower(a + 1, "to")) {
        Np np = NpStartingAt(a + 2, j + 1);
        if (np) {
          item->speaker = np;
          item->cue_b = a;
          item->cue_e = a + 2;
          return true;
        }
        break;
      }
    }
    if (j >= lo && Has(j, kSpeakerNoun) && Is(j, kLower) &&
        (Lower(j, "statement") || Lower(j, "tweet") || Lower(j, "letter") || Lower(j, "memo") || Lower(j, "email"))) {
      // "Trump issued a statement, “...”": the subject of the sentence issued it.
      Np np = SentenceSubject(lo);
      if (np && np.e <= j) {
        item->speaker = np;
        item->cue_b = j;
        item->cue_e = j + 1;
        return true;
      }
    }
    if (colon) {
      // "Smith: “...”", "Trump on Twitter: “...”", "Here's Clinton in December 1992: “...”"
      Np np = SentenceSubject(lo);
      if (!np || np.type == NpType::kCommon) {
        np = Np{};
        for (int k = lo; k <= j && !np; ++k)
          if (IsNameWord(k) && !(k == lo && Has(k, kOpener))) np = NpStartingAt(k, j + 1);
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
    if (open >= 2 && Has(open - 1, kConjunction) && region_of_[open - 2] >= 0 && region_of_[open - 2] < r &&
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
      const bool sentence_like = Is(last_inner, kTerminal) || words >= 6;
      if (words <= 3 && !Is(last_inner, kTerminal)) {
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
      if (!Is(t, kWord)) continue;
      ++words;
      if (Is(t, kCap) || Has(t, kPreposition | kDeterminer | kConjunction)) ++caps;
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
    const bool opens_paragraph = open == ParagraphBegin(para);
    const Item* first = items_.data();
    int steps = 0;
    for (const Item* it = item; it != first && steps < 32; ++steps) {
      --it;
      const uint32_t p_end = ParagraphOf(std::max(it->content_b, it->content_e - 1));
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
      const uint32_t s = sentence_of_[open];
      if (s == 0 || static_cast<int>(a_.sentences[s].token_begin) != open || a_.sentences[s - 1].paragraph != para) return;
      lo = static_cast<int>(a_.sentences[s - 1].token_begin);
    } else {
      if (para == 0) return;
      const Paragraph& prev = a_.paragraphs[para - 1];
      lo = static_cast<int>(a_.sentences[prev.sentence_end - 1].token_begin);
    }
    if (InRegion(lo)) return;
    Np np = SentenceSubject(lo);
    if (np && (np.type == NpType::kName || np.type == NpType::kPronoun) &&
        (np.type == NpType::kPronoun ? Has(np.b, kPronounHe | kPronounShe) : IsPersonName(np)))
      item->speaker = np;
  }

  // ---- Indirect speech --------------------------------------------------------------------------------------

  // Skips what may stand between a reporting verb and its content: a hearer ("told reporters"), time phrases
  // ("on Tuesday", "last week"), setting phrases ("in a statement", "in an interview with CNN").
  // Returns the first token of the content, or -1.
  int ContentStart(int v, int end) const {
    const Tok& t = toks_[v];
    int k = v + 1 + (t.particle ? 1 : 0);
    if (k >= end) return -1;
    // Look ahead for a complementizer "that" behind adverbials and a hearer.
    for (int j = k; j < end && j < k + 12; ++j) {
      if (Lower(j, "that")) {
        int c = j + 1;
        while (c < end && Lower(c, "that")) ++c;  // "said that that"
        return c < end ? c : -1;
      }
      if (InRegion(j) || Is(j, kPunct) || IsReportingVerb(j, 0xFFFF) || Has(j, kAuxiliary | kWhWord)) break;
      if (!(Has(j, kPreposition | kDeterminer | kTimeWord | kAdverb) || IsNameWord(j) || IsContentWord(j) ||
            IsObjectPronoun(j) || Is(j, kNumber | kPossessive)))
        break;
    }
    if ((t.verb & kVerbObject) && k < end) {
      // The hearer: "told him", "told reporters on Tuesday", "warned voters that".
      int h = -1;
      if (IsObjectPronoun(k) && !Lower(k, "it")) {
        h = k + 1;
      } else {
        Np np = NpStartingAt(k, end);
        if (np && np.type != NpType::kPronoun) h = np.e;
      }
      if (h > k && h < end) {
        while (h < end && (Has(h, kTimeWord) || ((Lower(h, "on") || Lower(h, "last") || Lower(h, "this")) &&
                                                 h + 1 < end && Has(h + 1, kTimeWord))))
          ++h;
        if (h < end && (Is(h, kColon) || Lower(h, "to") || Lower(h, "that") || Has(h, kWhWord | kDeterminer) ||
                        IsSubjectPronoun(h) || IsNameWord(h)))
          k = Lower(h, "that") ? h + 1 : h;
      }
    }
    // Time phrases.
    for (int steps = 0; k < end && steps < 4; ++steps) {
      if (Has(k, kTimeWord) || (Is(k, kNumber) && k + 1 < end && Has(k + 1, kTimeWord))) {
        ++k;
      } else if ((Lower(k, "on") || Lower(k, "last") || Lower(k, "this") || Lower(k, "next") || Lower(k, "earlier") ||
                  Lower(k, "late")) &&
                 k + 1 < end && Has(k + 1, kTimeWord)) {
        k += 2;
      } else {
        break;
      }
    }
    if (k >= end) return -1;
    if (Is(k, kColon)) return k + 1 < end ? k + 1 : -1;
    if (Is(k, kComma) && k + 1 < end && InRegion(k + 1)) return -1;
    if (Is(k, kComma) && (t.verb & kVerbIndirect) && k + 1 < end) {
      // "Mr. Rosenthal said, union voters almost always ...": a clause after the comma.
      const int c = k + 1;
      if (toks_[c].verb == 0 && (IsSubjectPronoun(c) || LooksLikeClause(c, end, (t.verb & kVerbDirect) != 0))) return c;
      return -1;
    }
    if ((Lower(k, "no") || Lower(k, "yes")) && k + 1 < end && IsSentenceEnd(k + 1)) return k;  // "said no"
    if (t.verb & kVerbToInf) {
      if (Lower(k, "to") && k + 1 < end && Is(k + 1, kLower) && !Has(k + 1, kDeterminer)) return k;
      if (t.verb & kVerbObject) {  // urged Congress to act
        Np np = NpStartingAt(k, end);
        if (np && np.e + 1 < end && Lower(np.e, "to") && Is(np.e + 1, kLower)) return k;
      }
    }
    if ((t.verb & kVerbQuestion) && (Lower(k, "whether") || Lower(k, "if") || Has(k, kWhWord))) return k;
    if ((t.verb & kVerbWeak) && (Lower(k, "whether") || Has(k, kWhWord))) return k;
    if (t.verb & kVerbAs) {  // "sees golf courses as wasted space"
      bool as = false;
      for (int j = k + 1; j < end && j < k + 10 && !as && !Is(j, kPunct); ++j) as = Lower(j, "as");
      if (!as) return -1;
    }
    if (!(t.verb & kVerbIndirect)) {
      // A stance or topic: the object ("endorsed Trump", "called for a ban", "criticized him").
      if ((t.verb & kVerbNominal) && (Has(k, kDeterminer) || IsNameWord(k) || IsQuantity(k) || IsContentWord(k) ||
                                      IsObjectPronoun(k) || Has(k, kWhWord) || InRegion(k)))
        return k;
      return -1;
    }
    // A clause: it starts with a subject...
    if (IsSubjectPronoun(k) || Lower(k, "there") || Lower(k, "this") || Lower(k, "these")) return k;
    if (Is(k, kLower) && toks_[k].form == VerbForm::kOther && toks_[k].lower_len > 4 &&
        std::string_view(toks_[k].lower, toks_[k].lower_len).ends_with("ing") && !Has(k, kFunctionClasses))
      return k;  // "said having Trump at the top ... puts"
    return LooksLikeClause(k, end, (t.verb & kVerbDirect) != 0) ? k : -1;
  }

  // A clause at k: a subject ("the plan", "Rubio", "58 percent", "voters") and a verb within a few words
  // ("the plan would fail", not "the word"), or three words or more (an irregular verb: "the weakness of the
  // economy made it risky", "people misunderstand Trump").
  bool LooksLikeClause(int k, int end, bool three_words_will_do) const {
    int subject = k;
    if (Lower(k, "about") || Lower(k, "nearly") || Lower(k, "almost") || Lower(k, "only") || Lower(k, "more")) ++subject;
    if (subject >= end || !(Has(subject, kDeterminer) || IsNameWord(subject) || IsQuantity(subject) ||
                            IsBarePlural(subject) || IsContentWord(subject)))
      return false;
    for (int j = subject + 1; j < end && j < subject + 12; ++j) {
      if (Has(j, kAuxiliary) || (Is(j, kLower) && !Has(j, kFunctionClasses | kTimeWord) && !IsContentWordNoun(j)))
        return true;
      if (InRegion(j)) return true;  // "said Rubio “has failed ...”"
      if (Is(j, kPunct)) break;
    }
    if (!three_words_will_do) return false;
    int words = 0;
    for (int j = k; j < end && !Is(j, kPunct); ++j) words += Is(j, kWord | kNumber) ? 1 : 0;
    return words >= 3;
  }

  // True when reported content starting at c reads as a clause ("that ...", "the plan failed").
  bool IsClauseStart(int c, int end) const {
    if (c > 0 && (Lower(c - 1, "that") || Is(c - 1, kColon))) return true;
    if (Has(c, kWhWord) || Lower(c, "whether") || Lower(c, "to")) return true;
    for (int j = c + 1; j < end && j < c + 12; ++j) {
      if (Has(j, kAuxiliary)) return true;
      if (Is(j, kPunct) || InRegion(j)) break;
    }
    return IsSubjectPronoun(c);
  }

  // Where an object ends: at the end of its clause (a comma, a semicolon, a dash, "but").
  int ObjectEnd(int c, int end) const {
    end = std::min(end, c + kMaxContentTokens);
    int e = c + 1;
    while (e < end && !Is(e, kComma | kSemicolon | kDash | kTerminal | kColon) && !Lower(e, "but") && !InRegion(e)) ++e;
    if (e < end && InRegion(e)) {  // a quotation inside the object stays in it
      const int r = region_of_[e];
      e = std::min(end, static_cast<int>(regions_[r].close_end));
      while (e < end && !Is(e, kComma | kSemicolon | kDash | kTerminal | kColon)) ++e;
    }
    return e;
  }

  // A rough noun test for the clause check: words ending in a verb inflection are verbs ("failed", "needs").
  bool IsContentWordNoun(int j) const {
    const Tok& t = toks_[j];
    if (t.lower_len < 3) return true;
    const std::string_view w(t.lower, t.lower_len);
    if (t.cls & kReportingVerb) return false;
    if (w.size() > 2 && w.substr(w.size() - 2) == "ed") return false;
    if (w.back() == 's' && w.size() > 3 && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i')
      return false;  // "needs", "wants": probably a verb after a subject
    return true;
  }

  // Where reported content ends: the end of its sentence, before a final full stop, or before a later
  // attribution (", adding", ", according to", ", X said").
  int ContentEnd(int c, int end) const {
    end = std::min(end, c + kMaxContentTokens);
    int e = end;
    for (int j = c + 1; j < end; ++j) {
      if (Is(j, kSemicolon)) {
        e = j;
        break;
      }
      if (Is(j, kComma) && j + 1 < end) {
        const int n = j + 1;
        if (Lower(n, "according") || (IsReportingVerb(n, 0xFFFF) && toks_[n].form == VerbForm::kGerund)) {
          e = j;
          break;
        }
        if (IsReportingVerb(n, kVerbDirect | kVerbIndirect)) {  // ..., said X
          e = j;
          break;
        }
        Np np = NpStartingAt(n, std::min(end, n + 8));
        if (np && np.e < end && IsReportingVerb(SkipAuxForward(np.e, end), kVerbDirect | kVerbIndirect)) {
          e = j;
          break;
        }
      }
    }
    while (e > c && Is(e - 1, kTerminal | kComma | kColon | kDash)) --e;
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
    Np np = SentenceSubject(lo);
    if (np && np.e <= v) return np;
    return Np{};
  }

  void AddIndirect(Np speaker, int cue_b, int cue_e, int b, int e, bool speaker_required = true) {
    if (e - b < 1 || (!speaker && speaker_required)) return;
    bool word = false;
    for (int t = b; t < e && !word; ++t) word = Is(t, kWord);
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
      if (lo == ParagraphBegin(ParagraphOf(lo))) Heading(lo, end);
      if (Lower(lo, "in")) InSource(lo, end);
      for (int v = lo; v < end; ++v) {
        if (InRegion(v) || used_verb_[v]) continue;
        if (Lower(v, "according") && v + 1 < end && Lower(v + 1, "to")) {
          According(v, lo, end);
          continue;
        }
        if (Lower(v, "asked") && (v == lo || Lower(v - 1, "when") || Lower(v - 1, "after") || Lower(v - 1, "being") ||
                                  Is(v - 1, kComma))) {
          AskedQuestion(v, end);
          continue;
        }
        if (!IsReportingVerb(v, kVerbIndirect | kVerbWeak | kVerbToInf | kVerbQuestion | kVerbNominal)) continue;
        if (IsPassive(v, lo)) continue;
        Np speaker;
        const int j = SkipAuxBack(v - 1, lo);
        const int after = v + 1 + (toks_[v].particle ? 1 : 0);
        if (toks_[v].form == VerbForm::kGerund) {
          if (j >= lo && Is(j, kComma)) speaker = GerundSubject(v, lo);
          else if (j >= lo && Has(j, kAuxiliary)) speaker = SubjectBefore(v, lo);  // "is saying"
          else if (j >= lo && (IsNameWord(j) || IsBarePlural(j)) &&
                   ((toks_[v].verb & kVerbNominal) || (j > lo && Lower(j - 1, "with"))))
            speaker = NpEndingAt(j, lo);  // "voters supporting Trump", "with Donald Trump tweeting that ..."
          else continue;
        } else if (j >= lo && Is(j, kComma) && (toks_[v].verb & kVerbIndirect)) {
          // "..., said Dante Scala, a political scientist." is inverted; "X, the minister, said ..." is not.
          // A common noun phrase after the verb speaks only when a speaker noun heads it ("said the ministry");
          // "X, a member of the union, said the talks failed" is not inverted.
          const Np inverted = NpStartingAt(after, end);
          bool speaks = inverted.type != NpType::kCommon;
          for (int t = inverted.b; t < inverted.e && !speaks; ++t) speaks = Has(t, kSpeakerNoun);
          if (inverted && speaks && (inverted.e >= end || Is(inverted.e, kComma | kTerminal | kOpenBracket))) {
            int cue_b, cue_e;
            CueOf(v, lo, &cue_b, &cue_e);
            FrontContent(v, Np{}, cue_b, cue_e, lo, end);
            continue;
          }
          speaker = SubjectBefore(v, lo);
        } else {
          speaker = SubjectBefore(v, lo);
        }
        int cue_b, cue_e;
        CueOf(v, lo, &cue_b, &cue_e);
        const int c = ContentStart(v, end);
        if (c >= 0) {
          // An object as content ends with its clause ("endorsed Trump in June, but ...").
          const bool object = !(toks_[v].verb & (kVerbIndirect | kVerbWeak | kVerbQuestion)) || !IsClauseStart(c, end);
          if (speaker) AddIndirect(speaker, cue_b, cue_e, c, object ? ObjectEnd(c, end) : ContentEnd(c, end));
          continue;
        }
        // "which critics said was discriminatory", "moves that he said improved the economy"
        if (speaker && speaker.b - 1 >= lo && Is(speaker.b - 1, kLower) &&
            (Lower(speaker.b - 1, "which") || Lower(speaker.b - 1, "that") || Lower(speaker.b - 1, "what")) &&
            after < end && !Is(after, kPunct)) {
          AddIndirect(speaker, cue_b, cue_e, speaker.b - 1, ObjectEnd(after, end));
          continue;
        }
        if (toks_[v].verb & (kVerbDirect | kVerbIndirect)) FrontContent(v, speaker, cue_b, cue_e, lo, end);
      }
    }
    while (next_direct < direct.size()) items_.push_back(direct[next_direct++]);
    std::stable_sort(items_.begin(), items_.end(), [](const Item& x, const Item& y) { return x.content_b < y.content_b; });
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
      const int after = v + 1 + (toks_[v].particle ? 1 : 0);
      speaker = NpStartingAt(after, end);
      if (!speaker) return;
      attribution_b = v;
      cue_b = v;
    }
    int before = cue_b < attribution_b ? cue_b : attribution_b;
    // A role before the name: "..., Republican candidate Ben Carson said".
    for (int k = before - 1, steps = 0; k >= lo && steps < 5 && !Is(k, kComma | kQuoteMark); --k, ++steps) {
      if (!(IsContentWord(k) || IsNameWord(k) || Has(k, kDeterminer) || Is(k, kPossessive))) break;
      if (k - 1 >= lo && Is(k - 1, kComma | kQuoteMark)) {
        before = k;
        break;
      }
    }
    if (before - 1 < lo) return;
    // The content ends at a comma, or at a quotation closed after its comma ("... “a disaster,” X said").
    int comma;
    if (Is(before - 1, kComma)) {
      comma = before - 1;
    } else if (Is(before - 1, kQuoteMark) && region_of_[before - 1] >= 0 &&
               Is(static_cast<int>(regions_[region_of_[before - 1]].inner_end) - 1, kComma | kTerminal)) {
      comma = before;
    } else {
      return;
    }
    // What follows the attribution: nothing but setting phrases up to the end, or a comma and more content; an
    // object after the verb ("Later, he added trucks") makes it no attribution of what came before.
    int k = std::max(cue_e, speaker.e);
    if (k < end && !(Is(k, kTerminal | kComma | kNumber | kOpenBracket) || Has(k, kPreposition | kTimeWord | kAdverb) ||
                     ((toks_[v].verb & kVerbObject) &&
                      (IsNameWord(k) || Has(k, kDeterminer) || IsObjectPronoun(k) || IsContentWord(k)))))
      return;
    bool more = false;
    for (int steps = 0; k < end && steps < 12; ++k, ++steps) {
      if (Is(k, kTerminal)) break;
      if (Is(k, kComma)) {
        // "The plan, he said, is dead": the clause goes on. "..., he said, after talks collapsed": an adverbial.
        more = k + 1 < end && (Has(k + 1, kAuxiliary) || (IsContentWord(k + 1) && !IsContentWordNoun(k + 1)));
        break;
      }
      if (InRegion(k)) return;
      if (!(Has(k, kPreposition | kDeterminer | kTimeWord | kAdverb) || IsNameWord(k) || IsContentWord(k) ||
            Is(k, kNumber | kPossessive)))
        return;
    }
    int b = lo;
    while (b < comma && Is(b, kQuoteMark | kOpenBracket)) ++b;
    if (b >= comma) return;
    const int r = region_of_[b];
    if (r >= 0 && info_[r].direct && static_cast<int>(regions_[r].close_end) >= comma) return;  // “...,” X said
    int e = comma;
    if (more) {
      e = std::min(end, b + kMaxContentTokens);
      while (e > b && Is(e - 1, kTerminal)) --e;
    }
    AddIndirect(speaker, cue_b, cue_e, b, e);
  }

  // A paragraph that opens with a name and a colon: a headline or a transcript ("Clinton: Trump's view of the
  // world is 'dangerously wrong'", "KATE BOLDUAN: Why not debate?").
  void Heading(int lo, int end) {
    Np np = NpStartingAt(lo, end);
    if (np.type != NpType::kName || np.e + 1 >= end || !Is(np.e, kColon) || np.e - np.b > 5) return;
    if (np.e - np.b == 1) {
      // One word: a known person or an all-capitals transcript name ("TRUMP:"), not "Contributing:" or "Q:".
      const std::string_view w = tokens_[np.b].span.In(text_);
      bool caps = w.size() > 1;
      for (const char c : w) caps &= !(c >= 'a' && c <= 'z');
      if (!caps && !IsPersonName(np)) return;
    }
    int words = 0;
    for (int t = np.e + 1; t < end; ++t) words += Is(t, kWord) ? 1 : 0;
    if (words < 3) return;
    const int c = np.e + 1;
    if (InRegion(c) && static_cast<int>(regions_[region_of_[c]].close_end) >= end - 1) return;  // a quotation
    int e = std::min(end, c + kMaxContentTokens);
    while (e > c && Is(e - 1, kTerminal)) --e;
    AddIndirect(np, np.e, np.e + 1, c, e);
  }

  // "In a poll released Tuesday, 45 percent of voters ...": the document or event speaks for the clause after it,
  // unless a reporting verb in that clause has its own speaker ("In a statement, the ministry said ...").
  void InSource(int lo, int end) {
    int comma = lo + 1;
    while (comma < end && comma < lo + 14 && !Is(comma, kComma | kTerminal) && !InRegion(comma)) ++comma;
    if (comma >= end || !Is(comma, kComma) || comma + 2 >= end) return;
    Np np = NpEndingAt(comma - 1, lo + 1);
    if (!np || np.b != lo + 1 || np.type == NpType::kPronoun) {
      // "In a national USA TODAY/Suffolk University Poll": a name-like head after a determiner.
      if (!Has(lo + 1, kDeterminer)) return;
      np = Np{lo + 1, comma, NpType::kCommon};
    }
    bool source = false;
    for (int t = np.b; t < np.e; ++t) source |= Has(t, kSpeakerNoun) && !Lower(t, "court");
    if (!source) return;
    for (int t = comma + 1; t < end && t < comma + 10; ++t)
      if (IsReportingVerb(t, kVerbDirect | kVerbIndirect | kVerbWeak | kVerbNominal | kVerbToInf)) return;
    const int e = ContentEnd(comma + 1, end);
    AddIndirect(np, lo, lo + 1, comma + 1, e);
  }

  // "Asked whether he would run, Smith said ...", "when asked about the merger": the question is the content;
  // its asker is named only by "asked by X".
  void AskedQuestion(int v, int end) {
    int k = v + 1;
    Np asker;
    if (k < end && Lower(k, "by")) {
      asker = NpStartingAt(k + 1, end);
      if (asker) k = asker.e;
    }
    // Setting phrases: "at a briefing Monday", "on Thursday".
    for (int steps = 0; k < end && steps < 8 && !(Lower(k, "about") || Lower(k, "whether") || Lower(k, "if") ||
                                                    Has(k, kWhWord) || Lower(k, "to"));
         ++k, ++steps) {
      if (Is(k, kPunct) || InRegion(k)) return;
    }
    if (k >= end || !(Lower(k, "about") || Lower(k, "whether") || Lower(k, "if") || Has(k, kWhWord))) return;
    const int c = Lower(k, "about") ? k + 1 : k;
    const int e = ObjectEnd(c, end);
    AddIndirect(asker, v, v + 1, c, e, /*speaker_required=*/false);
  }

  // "according to X, ..." and "..., according to X".
  void According(int a, int lo, int end) {
    Np np = NpStartingAt(a + 2, end);
    if (!np) {
      // "according to recent data from comScore", "according to reports emerging in the news media": the source
      // is the phrase up to the next comma.
      int k = a + 2;
      while (k < end && k < a + 14 && !Is(k, kComma | kTerminal | kSemicolon) && !InRegion(k)) ++k;
      if (k == a + 2 || !(Is(a + 2, kWord))) return;
      np = Np{a + 2, k, NpType::kCommon};
    }
    int k = np.e;
    // The source may run on ("the Roper Center for Public Opinion Research").
    while (k < end && !Is(k, kComma | kTerminal | kSemicolon) && !InRegion(k) && k < np.e + 10) ++k;
    int b, e;
    int first = lo;
    while (first < a && Is(first, kQuoteMark | kOpenBracket)) ++first;
    if (first == a || (a - 1 >= lo && !Is(a - 1, kComma))) {
      // At the start: the content follows.
      if (k >= end || !Is(k, kComma)) return;
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
        (Is(open - 1, kPossessive) || Has(open - 1, kPreposition | kDeterminer) || IsContentWord(open - 1)))
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
    const int lo = SentenceBegin(static_cast<int>(q.open_begin));
    for (int v = static_cast<int>(q.open_begin) - 1; v >= lo && v > static_cast<int>(q.open_begin) - 25; --v) {
      if (InRegion(v)) continue;
      if (Is(v, kTerminal | kSemicolon)) break;
      if (!IsReportingVerb(v, 0xFFFF) || IsPassive(v, lo)) continue;
      Np np = SubjectBefore(v, lo);
      if (!np && toks_[v].form == VerbForm::kGerund) np = GerundSubject(v, lo);
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
      if (IsReportingVerb(v, kVerbNaming) && !InRegion(v) && SubjectBefore(v, b)) return true;
    return false;
  }

  // ---- Output -----------------------------------------------------------------------------------------------

  void ResolvePronouns() {
    for (Item& item : pending_) items_.push_back(item);
    pending_.clear();
    std::stable_sort(items_.begin(), items_.end(), [](const Item& x, const Item& y) { return x.content_b < y.content_b; });
    speaker_tok_.assign(toks_.size(), 0);
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
  std::vector<Tok>& toks_;
  std::vector<uint32_t>& sentence_of_;
  std::vector<QuoteRegion>& regions_;
  std::vector<int>& region_of_;
  std::vector<RegionInfo>& info_;
  std::vector<uint8_t>& used_verb_;
  std::vector<NameMention>& names_;
  std::vector<Item>& items_;
  std::vector<Item>& pending_;
  std::vector<Item>& direct_;            // direct quotations while indirect speech is found
  std::vector<uint8_t>& speaker_tok_;    // tokens of name speakers, for pronoun resolution
  std::vector<uint8_t>& headline_;       // per sentence: a title-case headline
  std::vector<Span>& mention_spans_;     // the tagger's PERSON and ORGANIZATION mentions, by start
};

}  // namespace

void FindQuotes(std::string_view text, Analysis* analysis) {
  thread_local Workspace workspace;
  Finder(text, analysis, Lexicon::Get(), &workspace).Run();
  workspace.Trim();
}

}  // namespace newsgraph::quotes
