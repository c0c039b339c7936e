// The quotation finder's working parts (internal to src/quotes/): what it builds while reading a document and the
// Finder class, whose rules live in one file per kind of attribution:
//   quotes.cc    the order of the passes (Run), cues, names and pronoun speakers, fragments, the output
//   direct.cc    direct quotations: direct or fragment, attribution after and before the marks, from the context
//   indirect.cc  indirect speech: reporting verbs with their content, "according to", headings, questions
//   learned.cc   cues of the learned model (quotes/cue_model.h) that the rules left: their features and content
// The design is described at the top of quotes.cc.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lang/clause.h"
#include "lang/lexicon.h"
#include "lang/noun_phrase.h"
#include "lang/words.h"
#include "newsgraph/document.h"
#include "quotes/cue_model.h"
#include "quotes/quote_marks.h"

namespace newsgraph::quotes::internal {

using namespace lang;  // NOLINT: the English floor's word classes are the finder's vocabulary

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
  bool learned = false;  // a cue of the learned model (learned.cc): no host for quoted fragments
};

// Per-region facts.
struct RegionInfo {
  bool direct = false;       // false: a fragment candidate
  bool attributed = false;   // a speaker or cue was found next to it
  int item = -1;
};

// Reported content is cut after this many tokens (a bound on the work per reporting verb).
inline constexpr int kMaxContentTokens = 250;

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
  std::vector<uint8_t> covered;     // tokens inside a content or a cue found so far (learned.cc)
  std::vector<uint64_t> features;   // one candidate's feature keys (learned.cc)

  // A very large document should not keep its memory for the rest of the thread's life.
  void Trim() {
    if (words.capacity() > (size_t{1} << 20)) *this = Workspace();
  }
};

class Finder {
 public:
  // `cues`: the learned cue model, or null for the rules alone. `collect`: instead of adding learned cues, list
  // every candidate with its features (training). `words`: the document's Words, already read over `a` (the
  // pipeline reads them once for every stage), or null to read them into the workspace.
  Finder(std::string_view text, Analysis* a, const Lexicon& lexicon, Workspace* w, const CueModel* cues = nullptr,
         CueCandidates* collect = nullptr, Words* words = nullptr)
      : text_(text), a_(*a), lex_(lexicon), cues_(cues), collect_(collect), tokens_(a->tokens),
        read_words_(words == nullptr), w_(words ? *words : w->words), np_(w_), regions_(w->regions),
        region_of_(w_.quotations()), info_(w->info), used_verb_(w->used_verb), names_(w->names), items_(w->items),
        pending_(w->pending), direct_(w->direct), speaker_tok_(w->speaker_tok),
        mention_spans_(w->mention_spans), covered_(w->covered), features_(w->features) {}

  void Run();

 private:
  // ---- Reporting verbs --------------------------------------------------------------------------------------

  // The cue span: the verb with the auxiliaries before it ("has said") and its particle ("pointed out").
  void CueOf(int v, int lo, int* b, int* e) const;

  // ---- Names and pronouns -----------------------------------------------------------------------------------

  Gender GenderOfName(int b, int e) const;

  // Names outside quotations, with their gender, for pronoun resolution. With tagger mentions, the PERSON
  // mentions; otherwise runs of capitalised words that look like people (a title, a given name, or the surname
  // of one seen before).
  void CollectNames();

  Gender PronounGender(int i) const;

  // The antecedent of the pronoun speaker at p: earlier speakers first, then earlier names, of the same gender.
  bool ResolvePronoun(int p, const Item& self, int* b, int* e) const;

  bool IsPersonName(const Np& np) const;

  // ---- Direct quotations ------------------------------------------------------------------------------------

  int WordCount(const QuoteRegion& r) const;

  // A hearer ending at p after a reporting verb that takes one: "telling pals", "told the BBC".
  bool HearerBefore(int p, int lo) const;

  // Decides whether a quotation stands as a direct quotation or is a fragment of the reporter's sentence.
  void ClassifyRegion(int r);

  // The attribution after a quotation: “...,” X said / said X / X, the minister, said / according to X / — X.
  bool AttributeAfter(int r, Item* item) const;

  // The attribution before a quotation: X said: “...” / X said, “...” / X told reporters on Tuesday: “...” /
  // X said that “...” / X: “...”.
  bool AttributeBefore(int r, Item* item) const;

  void AttributeDirect(int r);

  // Title case (lang::TitleCase): every word capitalised, function words may stay lower case.
  bool IsTitleCased(const QuoteRegion& q) const;

  // A quotation that stands alone takes its speaker from the context. `item` is in items_, which is in text
  // order.
  void FromContext(Item* item) const;

  // ---- Indirect speech --------------------------------------------------------------------------------------

  // Skips what may stand between a reporting verb and its content: a hearer ("told reporters"), time phrases
  // ("on Tuesday", "last week"), setting phrases ("in a statement", "in an interview with CNN").
  // Returns the first token of the content, or -1.
  int ContentStart(int v, int end) const;

  // A clause at k: a subject ("the plan", "Rubio", "58 percent", "voters") and a verb within a few words
  // ("the plan would fail", not "the word"), or three words or more (an irregular verb: "the weakness of the
  // economy made it risky", "people misunderstand Trump").
  bool LooksLikeClause(int k, int end, bool three_words_will_do) const;

  // True when reported content starting at c reads as a clause ("that ...", "the plan failed").
  bool IsClauseStart(int c, int end) const;

  // Where an object ends: at the end of its clause (a comma, a semicolon, a dash, "but").
  int ObjectEnd(int c, int end) const;

  // Where reported content ends: the end of its sentence, before a final full stop, or before a later
  // attribution (", adding", ", according to", ", X said").
  int ContentEnd(int c, int end) const;

  bool ContainedInIndirect(int b, int e) const;

  // The speaker of an -ing reporting verb after a comma ("..., adding that", "..., saying"): the last speaker of
  // the sentence, or its subject.
  Np GerundSubject(int v, int lo) const;

  // may_nest: the content may lie inside another's ("mocked his claim that ...": the claim inside the mockery).
  void AddIndirect(Np speaker, int cue_b, int cue_e, int b, int e, bool speaker_required = true,
                   bool may_nest = false);

  // The subject of the reporting verb at v when SubjectBefore finds none: the antecedent of "who" ("18% who say
  // ...", "Zuckerberg, who announced ..."), or the sentence's subject across a coordination ("She greeted
  // supporters and told them ...") or a relative clause ("Executives for Mondelez, which ..., say ...").
  Np FallbackSubject(int v, int lo) const;

  // A claim noun with its owner and a "that" clause: "his claim that ...", "Trump's insistence that ...".
  bool ClaimNoun(int n, int lo, int end);

  void FindIndirect();

  // "..., X said." / "..., said X." / "..., X said in a statement." / "X, Y said, Z."
  void FrontContent(int v, Np speaker, int cue_b, int cue_e, int lo, int end);

  // A paragraph that opens with a name and a colon: a headline or a transcript ("Clinton: Trump's view of the
  // world is 'dangerously wrong'", "KATE BOLDUAN: Why not debate?").
  void Heading(int lo, int end);

  // "In a poll released Tuesday, 45 percent of voters ...": the document or event speaks for the clause after it,
  // unless a reporting verb in that clause has its own speaker ("In a statement, the ministry said ...").
  void InSource(int lo, int end);

  // "Asked whether he would run, Smith said ...", "when asked about the merger": the question is the content;
  // its asker is named only by "asked by X".
  void AskedQuestion(int v, int end);

  // "according to X, ..." and "..., according to X".
  void According(int a, int lo, int end);

  // ---- Learned cues (learned.cc) ------------------------------------------------------------------------------

  // Scores the words the rules left with the cue model and adds those above its threshold, or lists them (collect_).
  void LearnedCues();

  // The feature keys of the candidate cue at v into features_ (FROZEN templates: quotes::kCueFeatureVersion).
  void CueFeatures(int v, int lo, int end, uint64_t word_key, const Np& subject, bool quoted);

  // The speaker of a learned cue at v: its subject, the owner of a noun ("his attacks on"), the speaker of a
  // gerund after a comma; none for "it" ("it seems", "it is expected to").
  Np LearnedSpeaker(int v, int lo) const;

  // The content of a learned cue at v: a "that" clause, an object or a preposition's object after it, or what
  // comes before ("..., critics believe").
  void AddLearned(int v, Np speaker, int lo, int end);

  // ---- Fragments --------------------------------------------------------------------------------------------

  void AttributeFragment(int r);

  // A naming verb with its own subject between b and e ("what Gilbert called").
  bool NamingVerbBetween(int b, int e) const;

  // ---- Output -----------------------------------------------------------------------------------------------

  void ResolvePronouns();

  Span SpanOf(int b, int e) const { return Span{tokens_[b].span.start, tokens_[e - 1].span.end}; }

  // With tagger mentions, a name speaker is the mention it overlaps.
  Span SpeakerSpan(const Np& np) const;

  void Output();

  std::string_view text_;
  Analysis& a_;
  const Lexicon& lex_;
  const CueModel* cues_;
  CueCandidates* collect_;
  const std::vector<Token>& tokens_;
  const bool read_words_;  // Run reads w_ (else it was read for this document)
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
  std::vector<uint8_t>& covered_;
  std::vector<uint64_t>& features_;
};

}  // namespace newsgraph::quotes::internal
