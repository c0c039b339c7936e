#include "events/records.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>
#include <tuple>

#include "events/fitting.h"
#include "events/participants.h"
#include "events/where.h"
#include "lang/lexicon.h"
#include "util/date_values.h"
#include "util/word_table.h"

namespace newsgraph::events {
namespace {

// Words before a noun that say it is still to come, or still going on.
constexpr std::string_view kPlannedCues[] = {"planned",  "expected",  "upcoming",  "proposed", "forthcoming",
                                             "scheduled", "next",     "future",    "possible", "potential",
                                             "annual",   "due"};
constexpr std::string_view kOngoingCues[] = {"ongoing", "continuing", "current", "continued"};
// Verbs of planning or plotting whose object or "to" infinitive is still to come ("families plan a sit-in",
// "charged with plotting to attack a synagogue").
constexpr std::string_view kPlanningVerbs[] = {"plan", "plans", "planning", "plot", "plots", "plotting", "plotted"};
constexpr std::string_view kHypotheticalModals[] = {"could", "might", "may", "would", "should", "can", "must",
                                                    "ought"};
// Words before "to" that announce what follows it ("is to meet", "is set to", "are going to", "is likely to").
constexpr std::string_view kPlannedBeforeTo[] = {"is",       "are",   "was",   "were",   "am",    "be",
                                                 "set",      "going", "likely", "poised", "about", "bound"};
// Words before "to" that say the event goes on ("continues to fight", "kept firing").
constexpr std::string_view kOngoingBeforeTo[] = {"continue", "continues", "continued", "continuing", "keep",
                                                 "keeps",    "kept",      "still"};
// Verbs whose object event happens with them: held, signed, launched, received talks, a deal, an attack, aid.
constexpr std::string_view kPerformingVerbs[] = {
    "hold", "holds", "held", "holding", "conduct", "conducted", "stage", "staged", "launch", "launched", "sign", "signed",
    "reach", "reached", "bring", "brought", "receive", "received", "get", "got", "getting", "see", "seen", "saw",
    "make", "made", "give", "gave", "given", "carry", "carried", "face", "faces", "faced", "hear", "heard"};
// Verbs that say the event they govern did not happen ("refused to meet", "failed to agree", "denied attacking",
// "denied that troops had fired").
constexpr std::string_view kNegatingGovernors[] = {
    "refuse", "refused", "refuses", "refusing", "fail",   "failed", "fails",  "failing", "decline", "declined",
    "declines", "deny",  "denied",  "denies",   "denying", "avoid", "avoided", "avoids"};
// Words that open a condition: an event in its clause, and a "would" of its sentence, is hypothetical.
constexpr std::string_view kConditions[] = {"if", "unless", "whether", "otherwise", "suppose", "supposing"};
// Auxiliaries that open a yes-no question ("Will the talks go ahead?").
constexpr std::string_view kQuestionOpeners[] = {"is",   "are",   "was",    "were",   "will", "would", "could",
                                                 "can",  "should", "did",   "does",   "do",   "has",   "have",
                                                 "had",  "may",   "might",  "shall",  "must"};
// Verbs that say when or how an event noun takes place rather than name a happening of their own ("a trip that
// comes weeks before", "the talks began on Monday", "the summit will be held in Brussels", "took place", "the ceasefire
// took effect").
constexpr std::string_view kEventPredicates[] = {"come",     "happen", "occur", "begin",  "start", "end",
                                                 "continue", "follow", "last",  "resume", "conclude", "finish"};
// ... and, in the passive, verbs that put it on the calendar ("the talks are planned for June", "will be held").
constexpr std::string_view kPassivePredicates[] = {"hold", "plan", "schedule", "expect", "set", "slate"};
// Verbs that only bring in the event noun of their "in" phrase ("locked in talks", "engaged in negotiations").
constexpr std::string_view kSupportVerbs[] = {"lock", "engage", "involve", "embroil", "mire", "bog", "entangle",
                                              "deadlock", "catch"};
// Verb + particle idioms that name no happening ("could look like", "sounds like", "makes sense").
constexpr std::pair<std::string_view, std::string_view> kIdioms[] = {
    {"look", "like"}, {"looks", "like"}, {"looked", "like"}, {"sound", "like"}, {"sounds", "like"},
    {"seem", "like"}, {"seems", "like"}, {"feel", "like"},   {"make", "sense"}, {"makes", "sense"},
    {"made", "sense"}, {"mean", "that"}, {"means", "that"}, {"according", "to"}};
constexpr size_t kCorefWindow = 200;
constexpr uint32_t kGoverningReach = 12;  // words between a verb and the infinitive it governs ("is due to ...")  // records an event mention may corefer with (an article has fewer)

// What makes two mentions the same kind of happening: the noun without a plural "s", or a verb's stem; a gerund
// noun is its verb ("meeting" -> "meet").
// `stems` is working memory.
std::string KeyOf(std::string_view lower, EventPos pos, std::vector<std::string>* stems) {
  std::string w(lower);
  if (pos == EventPos::kVerb) {
    VerbLexicon::Get().Lemmas(w, stems);
    return stems->empty() ? w : stems->front();
  }
  if (w.size() > 5 && w.ends_with("ing")) return w.substr(0, w.size() - 3);
  if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss")) w.pop_back();
  return w;
}

template <typename A, typename B>
bool DatesAgree(const std::optional<A>& a, const std::optional<B>& b) {
  if (!a || !b || a->on_or_before || b->on_or_before) return true;
  int64_t a0, a1, b0, b1;
  if (!util::DayRange(a->value, &a0, &a1) || !util::DayRange(b->value, &b0, &b1)) return a->value == b->value;
  return a0 <= b1 && b0 <= a1;
}

// The more specific of two dates: a time expression's over the document date's bound, a day over a month.
template <typename A, typename B>
bool MoreSpecific(const A& a, const B& b) {
  if (a.on_or_before != b.on_or_before) return !a.on_or_before;
  int64_t a0 = 0, a1 = 0, b0 = 0, b1 = 0;
  const bool ra = util::DayRange(a.value, &a0, &a1), rb = util::DayRange(b.value, &b0, &b1);
  if (ra != rb) return ra;
  return ra && a1 - a0 < b1 - b0;
}

// Whether token t says its sentence is about a game: a score ("1-0", "6-4", not "a 5-4 ruling") or a word of sport.
bool SportsWord(const std::vector<std::string_view>& lower, uint32_t t, uint32_t end, const uint64_t* hashes) {
  // Every token of every document is asked: one hash lookup (whose bit filter answers for most words), and the
  // score check only for a token that starts with a digit.
  static const auto* kSportWords = [] {
    auto* table = new util::WordTable<uint8_t>();
    for (std::string_view w :
         {"match", "tournament", "championship", "striker", "midfielder", "goalkeeper", "innings", "wicket", "wickets",
          "semi-final", "semi-finals", "quarter-final", "quarter-finals", "playoff", "playoffs", "tiebreak",
          "touchdown", "touchdowns", "half-time", "stoppage-time", "equaliser", "equalizer", "seeded", "derby",
          "scoreline", "hat-trick", "cup", "medal", "medals", "olympics", "athletics", "athletes"})
      table->Insert(w) = 1;
    return table;
  }();
  static constexpr std::string_view kCounts[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                 "ten"};
  static constexpr std::string_view kVoteWords[] = {"ruling", "decision", "vote", "majority", "verdict", "margin"};
  const std::string_view w = lower[t];
  if (w.empty()) return false;
  if (hashes ? kSportWords->Find(w, hashes[t]) : kSportWords->Find(w)) return true;
  // "four goals", "3 goals" (not "the goals of the talks").
  if ((w == "goals" || w == "goal") && t > 0 &&
      (InList(lower[t - 1], kCounts) || (!lower[t - 1].empty() && lower[t - 1][0] >= '0' && lower[t - 1][0] <= '9')))
    return true;
  // A score: two numbers of one or two digits joined by a hyphen.
  if (w[0] < '0' || w[0] > '9') return false;
  const size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 2 || w.size() - dash - 1 == 0 || w.size() - dash - 1 > 2)
    return false;
  for (size_t c = 0; c < w.size(); ++c)
    if (c != dash && (w[c] < '0' || w[c] > '9')) return false;
  return !(t + 1 < end && InList(lower[t + 1], kVoteWords));
}

// Whether a time expression is a bare weekday ("Friday", "Friday night"), defined below.
bool BareWeekday(std::string_view text, const Timex& x);

struct Builder : PlaceReader {
  const std::optional<Date>& date;
  // The quotations by start offset, with their index; quote_reach[q]: the furthest end of quotations 0..q.
  std::vector<std::pair<Span, int32_t>> quotes;
  std::vector<uint32_t> quote_reach;
  // Per token: the first condition word (kConditions) at or after it in its sentence, or UINT32_MAX.
  std::vector<uint32_t> next_condition;
  // Per sentence: about a game ("beat Newcastle 1-0", "blasted four goals"), where verbs code nothing; every
  // sentence of a page with kSportsPage such sentences, a fifth of its sentences or more, is.
  std::vector<uint8_t> sports;
  static constexpr int kSportsPage = 3;

  Builder(std::string_view t, const lang::Words& w, const Analysis& an, const std::optional<Date>& d,
          const std::vector<ReadEvent>& read, const uint64_t* lower_hashes)
      : PlaceReader(t, w, an, read), date(d) {
    const std::vector<std::string_view>& l = lower;
    sports.assign(a.sentences.size(), 0);
    int sports_sentences = 0;
    for (size_t si = 0; si < a.sentences.size(); ++si) {
      for (uint32_t t = a.sentences[si].token_begin; t < a.sentences[si].token_end && !sports[si]; ++t)
        sports[si] = SportsWord(l, t, a.sentences[si].token_end, lower_hashes);
      sports_sentences += sports[si];
    }
    if (sports_sentences >= kSportsPage && sports_sentences * 5 >= static_cast<int>(a.sentences.size()))
      sports.assign(a.sentences.size(), 1);
    next_condition.assign(a.tokens.size(), UINT32_MAX);
    for (const Sentence& s : a.sentences)
      for (uint32_t t = s.token_end, next = UINT32_MAX; t-- > s.token_begin;) {
        if (InList(lower[t], kConditions)) next = t;
        next_condition[t] = next;
      }
    for (size_t q = 0; q < a.quotes.size(); ++q) quotes.emplace_back(a.quotes[q].span, static_cast<int32_t>(q));
    std::sort(quotes.begin(), quotes.end(), [](const auto& x, const auto& y) {
      return std::tuple(x.first.start, y.first.end, x.second) < std::tuple(y.first.start, x.first.end, y.second);
    });
    quote_reach.resize(quotes.size());
    for (size_t q = 0; q < quotes.size(); ++q)
      quote_reach[q] = std::max(quotes[q].first.end, q > 0 ? quote_reach[q - 1] : 0);
  }

  // The quotation that contains `span` (the one that starts last, if they nest), or -1.
  int32_t QuoteOf(Span span) const {
    size_t q = static_cast<size_t>(std::upper_bound(quotes.begin(), quotes.end(), span.start,
                                                    [](uint32_t s, const auto& x) { return s < x.first.start; }) -
                                   quotes.begin());
    while (q-- > 0 && quote_reach[q] >= span.end)
      if (quotes[q].first.Contains(span)) return quotes[q].second;
    return -1;
  }

  int32_t EntityOf(const events::EventParticipant& p) const {
    if (int32_t e = EntityIn(p.span); e >= 0) return e;
    if (p.mention >= 0 && static_cast<size_t>(p.mention) < a.mentions.size() && a.mentions[p.mention].entity >= 0 &&
        !p.pronoun)
      return a.mentions[p.mention].entity;
    if (p.antecedent) return EntityIn(*p.antecedent);
    return -1;
  }

  // The actor code `p` brings to a record as the participant `entity`: its own for an entity; for words that name
  // no entity, their code only when they name a group by common nouns ("police", "rebels", "Israeli troops"), not
  // a person by a title the entity stage left unlinked ("the President") or a pronoun.
  // The phrase's head, its last word before a preposition or a comma (after a possessive: "voters' preferences";
  // after "of" for a quantity: "dozens of children"), must be such a word itself, or a plural ending such a phrase
  // ("security forces"), or a singular noun of a body of people that ends an agent phrase of two words whose first
  // word alone is none ("the air force"; an agent's, not an actor's name: "immediate action"; not "a cargo ship"):
  // "the court fight" is no court. A pronoun brings the code of its antecedent's words on the same terms ("The
  // government said it would suspend aid": "it", ---GOV).
  // On the receiving end of force (`struck`), a post of an agent is that agent: "attacked a police checkpoint",
  // "drones struck army positions" (---COP, ---MIL), as PETRARCH codes them.
  std::string_view ActorOf(const events::EventParticipant& p, int32_t entity, const ActorCoder& actors,
                           bool struck = false) const {
    // Nouns of a body of people, the heads of such agent phrases ("air force", "ruling party"; not the things the
    // agent table lists too, "cargo ship", "fighter jet").
    static constexpr std::string_view kBodyNouns[] = {"force", "group", "court", "department", "commission", "party",
                                                      "organization", "organisation", "council", "movement", "army",
                                                      "police", "unit", "assembly", "service", "office", "delegation",
                                                      "institution", "alliance", "agency", "guard", "ministry",
                                                      "government", "union", "patrol", "corps", "command",
                                                      "enforcement", "bank", "committee", "authority", "body"};
    if (entity >= 0) return p.actor;
    if (p.actor.empty() || (p.pronoun && !p.antecedent)) return {};
    uint32_t begin = p.token_begin, end = p.token_end;
    if (p.antecedent) {
      begin = static_cast<uint32_t>(TokenAt(p.antecedent->start));
      end = static_cast<uint32_t>(TokenAt(p.antecedent->end));
      if (begin >= end) return {};
    }
    uint32_t head = begin;
    for (uint32_t t = begin; t < end; ++t) {
      if (lower[t] == "'s" || lower[t] == "'") continue;
      if (lower[t] == "," || (words.Has(t, lang::kPreposition) && !(lower[t] == "of" && words.Has(head, lang::kNumberWord))))
        break;
      head = t;
    }
    if (words.Has(head, lang::kTitle | lang::kPersonNoun | lang::kPersonalPronoun) || a.tokens[head].span.In(text) == "us")
      return {};
    // A plural head may end an agent phrase of two words ("security forces", "opposition leaders").
    const bool plural = lower[head].size() > 3 && lower[head].ends_with('s') && !lower[head].ends_with("ss");
    if (actors.Code(lower, head, head + 1, date).empty() &&
        !(plural && head > begin && !actors.Code(lower, head - 1, head + 1, date).empty()) &&
        !(struck && head > begin && !actors.Code(lower, head - 1, head, date).empty()) &&
        !(head > begin && InList(lower[head], kBodyNouns) &&
          actors.Code(lower, head - 1, head + 1, date).starts_with("---") &&
          actors.Code(lower, head - 1, head, date).empty()))
      return {};
    return p.actor;
  }

  // Whether the event noun at t is said to be another than one before ("a previous strike", "another attack",
  // "the last summit", "a second round"): never one more mention of an earlier record.
  bool Another(uint32_t t) const {
    static constexpr std::string_view kOther[] = {"another", "previous", "earlier", "last", "former", "past", "prior",
                                                  "second", "third", "new", "fresh", "separate", "other"};
    for (uint32_t x = t; x-- > 0 && x + 3 >= t && a.tokens[x].kind == TokenKind::kWord && !Verb(x);)
      if (InList(lower[x], kOther)) return true;
    return false;
  }

  // An ongoing event dated by a past time expression, or anything dated "since" one, runs until the document date.
  void Interval(Event& rec) const {
    newsgraph::EventDate& d = *rec.date;
    if (d.timex < 0 || d.on_or_before) return;
    const size_t at = TokenAt(a.timexes[d.timex].span.start);
    const bool since = at > 0 && lower[at - 1] == "since";
    int64_t d0, d1;
    const bool past = d.value == "PAST_REF" || (date && util::DayRange(d.value, &d0, &d1) && d0 < date->ToDays());
    if (since || (rec.status == EventStatus::kOngoing && past)) d.until = date ? date->ToString() : "PRESENT_REF";
  }

  // Whether a word of `list` governs the verb group starting at token `begin` of sentence `s`: it stands right
  // before the group ("refused to meet", "denied attacking", "avoided a strike") or before a "that" clause whose
  // subject is a few words ("denied that troops had fired"); no comma, conjunction or other verb between.
  template <size_t N>
  bool GovernedBy(uint32_t begin, const Sentence& s, const std::string_view (&list)[N]) const {
    constexpr uint32_t kReach = 5;
    for (uint32_t b = begin; b > s.token_begin && b + kReach > begin; --b) {
      const std::string_view w = lower[b - 1];
      if (InList(w, list)) return true;
      if (Verb(b - 1) || w == "," || w == ";" || w == "and" || w == "or" || w == "but") return false;
    }
    return false;
  }

  // Whether the sentence asks a yes-no question ("Will the talks go ahead?") or states a condition ("if", "unless",
  // "whether") before token t, or after it in its clause when t is a modal or future consequence ("will attack if
  // talks fail").
  bool Conditional(const Sentence& s, uint32_t t, bool consequence) const {
    constexpr uint32_t kReach = 20;  // words between a consequence and its condition
    if (next_condition[s.token_begin] < t) return true;
    if (const uint32_t c = next_condition[t]; consequence && c < s.token_end && c < t + kReach && !CrossesClause(t, c))
      return true;
    uint32_t last = s.token_end;
    while (last > s.token_begin && (a.tokens[last - 1].kind == TokenKind::kQuote || lower[last - 1] == ")")) --last;
    return last > s.token_begin && lower[last - 1] == "?" && InList(lower[s.token_begin], kQuestionOpeners);
  }
  bool CrossesClause(uint32_t from, uint32_t to) const {
    for (uint32_t b = from + 1; b < to; ++b)
      if (lower[b] == ";" || lower[b] == "." || InList(lower[b], kClauseOpeners)) return true;
    return false;
  }

  // A "would" of reported speech ("said it would meet"): a reporting verb before it in the sentence.
  bool ReportedFuture(const std::vector<ReadEvent>& read, size_t k) const {
    const ReadEvent& e = read[k];
    for (size_t j = k; j-- > 0 && read[j].sentence == e.sentence && read[j].trigger.token + 2 * kGoverningReach >= e.trigger.token;)
      if (read[j].trigger.pos == EventPos::kVerb && read[j].trigger.cls == EventClass::kReporting) return true;
    return false;
  }

  // "no worker would be dismissed", "nobody was hurt": a subject that denies every instance of the event.
  bool NoSubject(const ReadEvent& e) const {
    static constexpr std::string_view kNone[] = {"no", "nobody", "none", "neither", "nothing"};
    for (const EventParticipant& p : e.participants)
      if (p.token_end <= e.trigger.token && p.token_begin < p.token_end && InList(lower[p.token_begin], kNone))
        return true;
    return false;
  }

  // "Doctors in Lagos have been on strike", "the reporter has been on hunger strike": an event noun after "on" (one
  // modifier between) and a form of "be", "remain" or "stay" is what the clause's subject is doing. The token of
  // the first word of those verbs, or UINT32_MAX; `present`: whether they say it goes on now ("are", "remain",
  // "has been").
  uint32_t OnNounVerbs(uint32_t t, const Sentence& s, bool* present) const {
    static constexpr std::string_view kBe[] = {"is", "are", "was", "were", "be", "been", "remain", "remains",
                                               "remained", "stay", "stays", "stayed", "still", "has", "have", "had"};
    static constexpr std::string_view kNow[] = {"is", "are", "remain", "remains", "stay", "stays", "has", "have"};
    uint32_t x = t;
    if (x > s.token_begin && lower[x - 1] != "on" && a.tokens[x - 1].kind == TokenKind::kWord && !Verb(x - 1)) --x;
    if (x < s.token_begin + 2 || lower[x - 1] != "on") return UINT32_MAX;
    uint32_t g = x - 1;
    bool be = false;
    while (g > s.token_begin && InList(lower[g - 1], kBe)) {
      --g;
      be |= lower[g] != "still" && lower[g] != "has" && lower[g] != "have" && lower[g] != "had";
    }
    if (!be) return UINT32_MAX;
    *present = InList(lower[g], kNow) || (g + 1 < x && lower[g] == "still" && InList(lower[g + 1], kNow));
    return g;
  }

  // The person an apposition names between the comma at token `comma` and the comma right before token g, the
  // verbs its clause goes on with ("Kosovo's trade minister, Rozeta Hajdari, insisted"), or -1; `*end`: the byte
  // its name ends at.
  int32_t AppositionPerson(uint32_t comma, uint32_t g, const Sentence& s, uint32_t* end) const {
    const int32_t person = EntityAfter(comma, s, EntityType::kPerson, end);
    return person >= 0 && g > 0 && lower[g - 1] == "," && TokenAt(*end) == g - 1 ? person : -1;
  }

  // The subject of the verbs that start at token g: a person named in an apposition right before them ("The
  // reporter, Deniz Kaya, has been"), else the words back to the sentence's start, a comma or a verb (at most
  // kReach), up to their first preposition ("Doctors in Lagos"). Its entity, or -1 with `*p` set to its words.
  int32_t SubjectBefore(uint32_t g, const Sentence& s, const ActorCoder& actors, events::EventParticipant* p) const {
    constexpr uint32_t kReach = 6;
    if (g >= s.token_begin + 3 && lower[g - 1] == ",") {
      for (uint32_t c = g - 1; c-- > s.token_begin && c + kReach >= g;)
        if (lower[c] == ",") {
          uint32_t end = 0;
          const int32_t person = AppositionPerson(c, g, s, &end);
          if (person >= 0) {
            p->span = Span{a.tokens[c + 1].span.start, end};
            p->token_begin = c + 1;
            p->token_end = g - 1;
            return person;
          }
          break;
        }
      return -1;
    }
    uint32_t x = g;
    while (x > s.token_begin && x + kReach > g && a.tokens[x - 1].kind == TokenKind::kWord && !Verb(x - 1) &&
           !InList(lower[x - 1], kClauseOpeners))
      --x;
    if (x == g) return -1;
    uint32_t end = x;
    while (end < g && (end == x || !words.Has(static_cast<int>(end), lang::kPreposition))) ++end;
    p->span = Span{a.tokens[x].span.start, a.tokens[end - 1].span.end};
    p->token_begin = x;
    p->token_end = end;
    p->role = ParticipantRole::kSource;
    p->actor = actors.Code(lower, x, end, date);
    return EntityIn(p->span);
  }

  // Whether token p is a verb of planning whose object follows ("are planning a demonstration", "families plan a
  // sit-in"): "planning", "plotting" as they stand, "plan(s)" only right before an article and after no determiner
  // or possessive (not the nouns of "Tory plans are", "plans for a debate", "Obama's plan").
  bool PlanningVerbOfObject(uint32_t p, const Sentence& s) const {
    if (!InList(lower[p], kPlanningVerbs)) return false;
    if (lower[p] != "plan" && lower[p] != "plans") return true;
    return p > s.token_begin && p + 1 < s.token_end && (lower[p + 1] == "a" || lower[p + 1] == "an") &&
           lower[p - 1] != "'s" && !words.Has(static_cast<int>(p - 1), lang::kDeterminer);
  }

  // "called a general strike for Friday", "a rally for Sunday": an event noun, or a verb whose event noun object
  // follows it, dated by a bare weekday after "for" in its own stretch of the sentence (no punctuation between, not
  // "for Friday's") is still to come; the time-expression stage read the day as the past one (PlannedWeekday makes
  // it the next).
  bool ForWeekday(const ReadEvent& e, const std::vector<ReadEvent>& read, size_t k) const {
    const std::optional<events::EventDate>& d = e.date;
    if (!d || d->on_or_before || d->timex < 0 || static_cast<size_t>(d->timex) >= a.timexes.size() || !date)
      return false;
    const Timex& x = a.timexes[d->timex];
    const size_t at = TokenAt(x.span.start);
    const uint32_t t = e.trigger.token;
    const Sentence& s = a.sentences[e.sentence];
    constexpr uint32_t kPhrase = 8;
    if (at >= s.token_end || at < t + 2 || at > t + kPhrase || lower[at - 1] != "for" || !BareWeekday(text, x))
      return false;
    for (size_t j = t + 1; j < at; ++j)
      if (a.tokens[j].kind == TokenKind::kPunctuation) return false;
    const size_t after = TokenAt(x.span.end);
    if (after < s.token_end && (lower[after] == "'s" || lower[after] == "’s")) return false;
    int64_t d0, d1;
    if (!util::DayRange(d->value, &d0, &d1) || d0 != d1 || d0 >= date->ToDays()) return false;
    if (e.trigger.pos == EventPos::kNoun) return true;
    // A verb: its object, an event noun, stands between it and "for" ("called a general strike for Friday").
    for (size_t j = k + 1; j < read.size() && read[j].trigger.token < at; ++j)
      if (read[j].trigger.pos == EventPos::kNoun) return true;
    return false;
  }

  EventStatus StatusOf(const ReadEvent& e, const std::vector<ReadEvent>& read, size_t k) const {
    const VerbGroup& g = e.group;
    const uint32_t t = e.trigger.token;
    const Sentence& s = a.sentences[e.sentence];
    // The group's first token (TimeMLGroup counts within the sentence).
    const uint32_t begin = std::clamp<uint32_t>(static_cast<uint32_t>(g.begin) + s.token_begin, s.token_begin, t);
    if (g.negated || GovernedBy(begin, s, kNegatingGovernors)) return EventStatus::kNegated;
    if (Conditional(s, t, !g.modality.empty() || g.tense == "FUTURE" || e.intent)) return EventStatus::kHypothetical;
    if (NoSubject(e)) return EventStatus::kNegated;
    if (g.modality == "would" && ReportedFuture(read, k)) return EventStatus::kPlanned;
    if (!g.modality.empty() && InList(g.modality, kHypotheticalModals)) return EventStatus::kHypothetical;
    if (e.intent || g.tense == "FUTURE") return EventStatus::kPlanned;
    if (ForWeekday(e, read, k)) return EventStatus::kPlanned;
    if (e.trigger.pos == EventPos::kVerb && g.passive && InList(lower[t], kPlannedCues))
      return EventStatus::kPlanned;  // "are planned for June", "is expected"
    const bool progressive = g.aspect == "PROGRESSIVE" || g.aspect == "PERFECTIVE_PROGRESSIVE";
    if (e.trigger.pos != EventPos::kVerb) {
      // "discussed preparations for the BRICS summit", "plans for a referendum": an event noun prepared or planned
      // for is still to come (a few words back, no punctuation).
      static constexpr std::string_view kPreparing[] = {"preparations", "preparation", "preparing", "prepare",
                                                        "prepares", "plans"};
      for (uint32_t b = t; b > s.token_begin + 1 && b + 4 > t && a.tokens[b - 1].kind != TokenKind::kPunctuation; --b)
        if (lower[b - 1] == "for" && InList(lower[b - 2], kPreparing)) return EventStatus::kPlanned;
      for (uint32_t b = t; b > s.token_begin && b + 4 > t; --b) {
        if (InList(lower[b - 1], kPlannedCues) || PlanningVerbOfObject(b - 1, s)) return EventStatus::kPlanned;
        if (InList(lower[b - 1], kOngoingCues)) return EventStatus::kOngoing;
      }
      if (t + 1 < s.token_end && InList(lower[t + 1], kPlannedCues)) return EventStatus::kPlanned;  // "summit planned for"
      bool present = false;
      if (OnNounVerbs(t, s, &present) != UINT32_MAX && present) return EventStatus::kOngoing;  // "are on strike"
    } else if (g.tense == "INFINITIVE" || g.tense == "NONE") {
      // "is to meet", "is set to", "continues to fight".
      if (begin > s.token_begin && lower[begin] == "to") {
        if (InList(lower[begin - 1], kPlannedBeforeTo) || InList(lower[begin - 1], kPlanningVerbs))
          return EventStatus::kPlanned;
        if (InList(lower[begin - 1], kOngoingBeforeTo)) return EventStatus::kOngoing;
      }
      // "is due to meet", "wants to improve": the governing verb's status.
      for (size_t j = k; j-- > 0 && read[j].sentence == e.sentence && read[j].trigger.token + kGoverningReach >= t;)
        if (read[j].trigger.pos == EventPos::kVerb && read[j].trigger.token < t) {
          if (read[j].intent || read[j].group.tense == "FUTURE") return EventStatus::kPlanned;
          break;
        }
      for (uint32_t b = begin; b > s.token_begin && b + 4 > begin; --b)
        if (InList(lower[b - 1], kPlannedCues)) return EventStatus::kPlanned;
    }
    // Dated after the document date: still to come ("is meeting them on Thursday").
    int64_t d0, d1;
    if (e.date && !e.date->on_or_before && date && util::DayRange(e.date->value, &d0, &d1) && d0 > date->ToDays())
      return EventStatus::kPlanned;
    if (e.trigger.pos == EventPos::kVerb && g.tense == "PRESENT" && progressive) return EventStatus::kOngoing;
    if (e.trigger.pos == EventPos::kVerb && g.tense == "PRESENT" && begin > s.token_begin &&
        InList(lower[begin - 1], kOngoingBeforeTo))
      return EventStatus::kOngoing;  // "still holds"
    // A noun governed by a present perfect over a stretch of time ("have been locked in discussions" in recent
    // months) is still going on.
    // The object of a negated verb that performs, holds or receives it did not happen ("have not held trade talks
    // since", "did not sign an agreement"; not "would not oppose the purchase"); the object of a present verb
    // after "still" goes on ("still faces an appeal").
    // (A performing verb the reader did not take for an event: "have not held trade talks".)
    if (e.trigger.pos == EventPos::kNoun)
      for (uint32_t v = t; v-- > s.token_begin && v + 4 > t;) {
        if (a.tokens[v].kind != TokenKind::kWord || words.Has(static_cast<int>(v), lang::kPreposition)) break;
        if (!InList(lower[v], kPerformingVerbs)) continue;
        for (uint32_t n = v; n-- > s.token_begin && n + 3 > v;)
          if (lower[n] == "not" || lower[n] == "never" || lower[n] == "n't") return EventStatus::kNegated;
        break;
      }
    if (e.trigger.pos == EventPos::kNoun)
      for (size_t j = k; j-- > 0 && read[j].sentence == e.sentence && read[j].trigger.token + 4 >= t;)
        if (read[j].trigger.pos == EventPos::kVerb) {
          const uint32_t v = read[j].trigger.token;
          bool object = v < t;
          for (uint32_t b = v + 1; object && b < t; ++b)
            object = a.tokens[b].kind == TokenKind::kWord && !words.Has(static_cast<int>(b), lang::kPreposition);
          const uint32_t vb = std::clamp<uint32_t>(static_cast<uint32_t>(read[j].group.begin) + s.token_begin,
                                                   s.token_begin, v);
          if (object && read[j].group.negated && InList(lower[v], kPerformingVerbs)) return EventStatus::kNegated;
          // "will host talks between Russian and American officials", "will hold a rally": the object of a verb in
          // the future that holds, hosts or attends it is to come.
          static constexpr std::string_view kHostingVerbs[] = {"host", "attend", "open", "start", "begin", "join"};
          if (object && !read[j].group.negated && !InList(read[j].group.modality, kHypotheticalModals) &&
              read[j].group.tense == "FUTURE" &&
              (InList(lower[v], kPerformingVerbs) || InList(lower[v], kHostingVerbs)))
            return EventStatus::kPlanned;
          if (object && read[j].group.tense == "PRESENT" && vb > s.token_begin && lower[vb - 1] == "still" &&
              InList(lower[v], kPerformingVerbs))
            return EventStatus::kOngoing;
          if (read[j].group.tense == "PRESENT" && read[j].group.aspect != "NONE") return EventStatus::kOngoing;
          break;
        }
    return EventStatus::kHappened;
  }
};

newsgraph::EventDate RecordDate(const events::EventDate& d) { return {d.value, d.timex, d.on_or_before, {}}; }

bool ByStart(const EventMention& x, const EventMention& y) { return x.span.start < y.span.start; }

// Whether a time expression is a bare day of the week ("Friday", "Friday morning"): a day the reader finds by the
// tense around it, one week either way, not a calendar date.
bool BareWeekday(std::string_view text, const Timex& x) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                               "sunday"};
  static constexpr std::string_view kParts[] = {"morning", "afternoon", "evening", "night"};
  std::string lower(x.span.In(text));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const size_t space = lower.find(' ');
  const std::string_view day = std::string_view(lower).substr(0, space);
  if (!InList(day, kDays)) return false;
  return space == std::string::npos || InList(std::string_view(lower).substr(space + 1), kParts);
}

// A planned event dated by a bare weekday that the time-expression stage read as the past one (the tense around
// the day, or none, read backward: "offered to meet union leaders on Friday", "will host Macron in London on Friday"
// with "Downing Street said" after it): the event is still to come, so the day is the next one, a week later.
// Only a day after the trigger, in its own phrase, counts: a day before it dates another verb the reader passed over
// ("On Thursday, Ryan said he will unify the party"). A plan seen from the past ("had been due to open on Friday",
// "was set to take the stage on Friday morning before the shooting") may be past or called off: the day stays.
std::optional<events::EventDate> PlannedWeekday(std::string_view text, const Analysis& a,
                                                const std::vector<std::string_view>& lower, const ReadEvent& e,
                                                const std::optional<Date>& date) {
  constexpr int64_t kWeek = 7;
  constexpr uint32_t kGroupReach = 6;
  const std::optional<events::EventDate>& d = e.date;
  int64_t d0, d1;
  if (!d || !date || d->on_or_before || d->timex < 0 || static_cast<size_t>(d->timex) >= a.timexes.size() ||
      a.timexes[d->timex].span.start < a.tokens[e.trigger.token].span.end)
    return std::nullopt;
  // "the BRICS summit in Johannesburg in September" read in June: a bare month name read as one of the last twelve
  // months is the next such month, a year later.
  static constexpr std::string_view kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                                 "august", "september", "october", "november", "december"};
  std::string name(a.timexes[d->timex].span.In(text));
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::string today = date->ToString();
  // Months counted from year 0: the month read, and the document's (the last twelve months are the past ones).
  auto months = [](std::string_view v) {
    return std::atoi(std::string(v.substr(0, 4)).c_str()) * 12 + std::atoi(std::string(v.substr(5, 2)).c_str());
  };
  const bool past_month = d->value.size() == 7 && d->value[4] == '-' && InList(name, kMonths) &&
                          months(d->value) < months(today) && months(d->value) + 12 > months(today);
  if (!past_month &&
      (!util::DayRange(d->value, &d0, &d1) || d0 != d1 || d0 >= date->ToDays() || d0 + kWeek <= date->ToDays() ||
       !BareWeekday(text, a.timexes[d->timex])))
    return std::nullopt;
  const uint32_t first = a.sentences[e.sentence].token_begin;
  for (uint32_t t = e.trigger.token; t-- > first && t + kGroupReach > e.trigger.token;) {
    if (a.tokens[t].kind == TokenKind::kPunctuation) break;
    if (lower[t] == "was" || lower[t] == "were" || lower[t] == "had") return std::nullopt;
  }
  events::EventDate out = *d;
  if (past_month) {
    out.value = std::to_string(std::stoi(d->value.substr(0, 4)) + 1) + d->value.substr(4);
    return out;
  }
  out.value = Date::FromDays(d0 + kWeek).ToString() + d->value.substr(std::min<size_t>(d->value.size(), 10));
  return out;
}

// Adds a participant: an entity (once per record), or, for a coded event, words the actor dictionaries know that
// name no entity ("police", "rebels", "security forces": entity -1, with their actor code), or words that name
// neither but a person, a group, a place or a thing struck (`named`: ReadEvent's EventParticipant::named; entity -1,
// no actor: a phrase, which typed records alone keep, and which words naming an entity or an actor replace).
// A record of several mentions may name an entity on the receiving end of one ("an expected meeting with the
// President of the European Commission") and as the subject of a verb in another ("von der Leyen is due to meet
// the Prime Minister", `subject`: the record's first verb): while the record has no source, the entity is its
// source.
bool Phrase(const newsgraph::EventParticipant& p) { return p.entity < 0 && p.actor.empty(); }

// A record that merges many mentions lists at most this many participants: each look-up below scans them, and a
// document repeating one event thousands of times ("Police arrested him that evening.") would otherwise make the
// records quadratic in its size. No news event has this many distinct participants.
constexpr size_t kMaxParticipants = 48;

void AddParticipant(Event* r, int32_t entity, EventRole role, Span span, std::string_view actor = {},
                    bool subject = false, bool named = false) {
  if (entity < 0 && actor.empty() && !named) return;
  if (entity >= 0 || !actor.empty())
    std::erase_if(r->participants, [&](const newsgraph::EventParticipant& p) {
      return Phrase(p) && p.span.start < span.end && span.start < p.span.end;
    });
  for (newsgraph::EventParticipant& p : r->participants)
    if (entity >= 0 ? p.entity == entity : (p.span.start < span.end && span.start < p.span.end)) {
      if (subject && entity >= 0 && role == EventRole::kSource && p.role == EventRole::kTarget &&
          std::none_of(r->participants.begin(), r->participants.end(),
                       [](const newsgraph::EventParticipant& q) { return q.role == EventRole::kSource; }))
        p.role = EventRole::kSource;
      return;
    }
  if (r->participants.size() < kMaxParticipants) r->participants.push_back({entity, role, span, std::string(actor)});
}

// "fired missiles at Israel", "launched rockets at Tel Aviv": a place after "at" in a verb's phrase of violence
// (CAMEO roots 18-20) is struck, a target, as the reader chose it (events/reader.cc); elsewhere it is where.
bool AtPlaceStruck(const PlaceReader& b, Span span, const ReadEvent& e) {
  const size_t t = b.TokenAt(span.start);
  return e.trigger.pos == EventPos::kVerb && e.code && e.code->code.size() >= 2 &&
         e.code->code.compare(0, 2, "18") >= 0 && t > e.trigger.token && b.lower[t - 1] == "at";
}

bool HasEntityParticipant(const Event& r) {
  return std::any_of(r.participants.begin(), r.participants.end(),
                     [](const newsgraph::EventParticipant& p) { return p.entity >= 0; });
}

// What keeps a record out of the default listing: its mentions are all states of mind or idioms ("want", "think",
// "looks like", "according to"); or all reporting verbs or states without a PLOVER type ("said", "confirmed": the
// quotation holds what was said; "has", "lives"); or its verb only brings in an event noun ("locked in
// discussions").
enum Quiet : uint8_t { kListed = 0, kMind = 1, kUntyped = 2, kSupport = 4 };

// Whether a record is listed by default: it has a PLOVER type or an entity participant and is not Quiet; an uncoded
// infinitive whose governing verb has a type and already all its participants adds nothing ("declined to get into
// details").
bool Listed(const std::vector<Event>& records, const std::vector<uint8_t>& quiet, const std::vector<int>& governor_of,
            size_t r) {
  const Event& rec = records[r];
  auto kept_quiet = [&](size_t x) {
    return (quiet[x] & (kMind | kSupport)) || ((quiet[x] & kUntyped) && records[x].type.empty());
  };
  if ((rec.type.empty() && !HasEntityParticipant(rec)) || kept_quiet(r)) return false;
  if (const int g = governor_of[r];
      g >= 0 && !kept_quiet(g) && rec.type.empty() && !records[g].type.empty() && rec.mentions.size() == 1) {
    bool adds = false;
    for (const newsgraph::EventParticipant& p : rec.participants)
      adds |= !Phrase(p) && std::none_of(records[g].participants.begin(), records[g].participants.end(),
                           [&](const newsgraph::EventParticipant& q) { return q.entity == p.entity; });
    if (!adds) return false;
  }
  return true;
}

// Moves the mentions of record `from` into record `into` (put in text order when listed) and drops `from`; its
// date is taken when more specific.
void JoinRecord(std::vector<Event>& records, int from, int into, std::vector<bool>* dropped,
                bool participants = false, bool place = false) {
  Event& to = records[into];
  if (participants)  // a consequence's actors are the event's: "[Russian] missiles ... killed"
    for (const newsgraph::EventParticipant& p : records[from].participants)
      AddParticipant(&to, p.entity, p.role, p.span, p.actor, false, true);
  if (place && to.place < 0) to.place = records[from].place;  // and so is its place ("strikes killed 14 in Nabatieh")
  for (const EventMention& m : records[from].mentions) to.mentions.push_back(m);
  if (records[from].date && (!to.date || MoreSpecific(*records[from].date, *to.date))) to.date = records[from].date;
  (*dropped)[from] = true;
}

// "will visit Oslo for talks", "will host Macron and Merz in London on Friday for talks", "recalled its ambassador
// for consultations", "summoned the envoy in protest", "urged Pyongyang to return to dialogue": an event noun in the
// purpose phrase of a verb of going, sending, hosting or calling in ("for" with only its determiners and adjectives
// between; a bare "in protest"; "return to") says what that act is for, and is one more mention of it (with the
// noun's participants); an uncoded verb takes the noun's code.
// Whether a clause opener stands between tokens `from` and `to`, "and" before a capitalised word not counted
// ("host Macron and German Chancellor Friedrich Merz": names joined; a new clause's verb stops the caller first).
bool CrossesClauseOrNames(const Builder& b, uint32_t from, uint32_t to) {
  for (uint32_t x = from + 1; x < to; ++x)
    if (b.lower[x] == ";" || b.lower[x] == "." ||
        (InList(b.lower[x], kClauseOpeners) &&
         !(b.lower[x] == "and" && x + 1 < to && b.a.tokens[x + 1].kind == TokenKind::kWord &&
           b.words.Is(static_cast<int>(x + 1), lang::kCap))))
      return true;
  return false;
}

void JoinPurposeNouns(const Builder& b, const std::vector<ReadEvent>& read, const std::vector<int>& record_of,
                      std::vector<Event>& records, std::vector<bool>* dropped) {
  static constexpr std::string_view kErrandVerbs[] = {"travel", "fly", "go", "come", "head", "visit", "arrive",
                                                      "return", "recall", "summon", "invite", "send", "dispatch",
                                                      "meet", "gather", "host"};
  // Words between the verb and its purpose noun ("in The Hague on Tuesday for a", "host French President Emmanuel
  // Macron and German Chancellor Friedrich Merz in London on Friday for").
  constexpr uint32_t kReach = 18;
  std::vector<std::string> stems;
  auto live = [&](size_t k) { return record_of[k] >= 0 && !(*dropped)[record_of[k]]; };
  for (size_t c = 0; c < read.size(); ++c) {
    const uint32_t vt = read[c].trigger.token;
    if (read[c].trigger.pos != EventPos::kVerb || !live(c)) continue;
    if (!LemmaIn(b.lower[vt], kErrandVerbs, &stems)) continue;
    for (size_t j = c + 1; j < read.size() && read[j].sentence == read[c].sentence && read[j].trigger.token <= vt + kReach &&
                           read[j].trigger.pos == EventPos::kNoun; ++j) {  // up to another verb: its own clause
      const uint32_t nt = read[j].trigger.token;
      uint32_t x = nt;  // back over determiners and adjectives to the preposition
      while (x > vt + 1 && x + 3 > nt && !b.words.Has(static_cast<int>(x - 1), lang::kPreposition) && !b.Verb(x - 1) &&
             b.a.tokens[x - 1].kind == TokenKind::kWord)
        --x;
      const std::string_view prep = b.lower[x - 1];
      if (!(prep == "for" || (prep == "in" && x == nt) || (prep == "to" && b.lower[vt].starts_with("return"))) ||
          CrossesClauseOrNames(b, vt, x) ||
          std::find(b.lower.begin() + vt + 1, b.lower.begin() + x, ",") != b.lower.begin() + x ||
          !live(j) || record_of[j] == record_of[c] || records[record_of[j]].mentions.size() != 1)
        continue;
      Event& verb = records[record_of[c]];
      if (const Event& noun = records[record_of[j]]; verb.cameo.empty())
        verb.type = noun.type, verb.cameo = noun.cameo, verb.quad_class = noun.quad_class, verb.goldstein = noun.goldstein;
      JoinRecord(records, record_of[j], record_of[c], dropped, true);  // "talks with Lavrov": the visit's counterpart
      break;
    }
  }
}

// How one event frames another in its sentence, so that the reader gets one record for both:
//   - an appeal ("urged Western allies on Tuesday to send air defence", "called on rich nations to fund"): a verb of
//     appealing that governs an infinitive through its object, or any event CAMEO codes as an appeal (02), is a
//     PLOVER REQUEST, and the act appealed for is one more mention of it (the 2021 table gives appeals no type;
//     PLOVER's REQUEST is an appeal or a demand);
//   - a purpose ("troops were deployed to protect the border", "met on Wednesday to discuss the crisis", "marched
//     through Nairobi to demand higher pay"): the infinitive after a verb of movement or gathering, past its object or
//     adverbs, is one more mention of the verb's event when that event has a type or is a passive report; it says
//     what the act was for, not another act;
//   - a consequence ("launched an attack on Odesa, killing nine", "a drone strike on Kharkiv killed four"): a
//     participle after a comma, or a verb whose subject is the event noun, with the same PLOVER type as that event
//     is one more mention of it.
void FrameAppealsAndPurposes(const Builder& b, const std::vector<ReadEvent>& read, const std::vector<int32_t>& read_at,
                             const std::vector<int>& record_of, std::vector<Event>& records,
                             std::vector<bool>* dropped) {
  static constexpr std::string_view kAppealVerbs[] = {"urge", "appeal", "implore", "exhort", "plead", "press", "call",
                                                      "ask", "beg"};
  // Seeking aid or asylum (023x, by the verb's patterns: "sought asylum", "seeking $6.5m for emergency aid") is an
  // appeal too; seeking anything else is not ("sought to ease", "seeking a leader", "sought more details").
  static constexpr std::string_view kSeeking[] = {"seek"};
  static constexpr std::string_view kPurposeVerbs[] = {"deploy", "send", "dispatch", "march", "rally", "gather", "meet",
                                                       "travel", "fly", "arrive", "come", "go", "convene", "assemble",
                                                       "mobilise", "mobilize", "use", "return", "head", "take", "move",
                                                       "visit", "unite", "join", "rush"};
  constexpr uint32_t kReach = 10;  // words between a verb and the infinitive it frames
  const Analysis& a = b.a;
  std::vector<std::string> stems;
  auto stem_in = [&](uint32_t t, const auto& list) { return LemmaIn(b.lower[t], list, &stems); };
  // Whether the word after token t is `word` (false at the document's end).
  auto next_is = [&](uint32_t t, std::string_view word) { return t + 1 < b.lower.size() && b.lower[t + 1] == word; };
  auto live = [&](size_t k) { return record_of[k] >= 0 && !(*dropped)[record_of[k]]; };
  // An appeal coded by the dictionaries is a REQUEST when its words say so ("called for sanctions", "appealed to"),
  // not a verb the dictionaries code as an appeal in another sense ("call an election").
  for (Event& rec : records) {
    if (!rec.type.empty() || !rec.cameo.starts_with("02")) continue;
    for (const EventMention& m : rec.mentions) {
      const size_t t = b.TokenAt(m.span.start);
      if (t >= a.tokens.size()) continue;
      const std::string_view next = t + 1 < a.tokens.size() ? b.lower[t + 1] : std::string_view();
      // "The plan calls for", "the resolution called for": a thing asks nothing; an appeal's subject is an actor
      // (an actor code, a name or a pronoun), or unsaid.
      if (read_at[t] >= 0) {
        bool subject = false, actor = false;
        for (const EventParticipant& p : read[read_at[t]].participants)
          if (p.role == ParticipantRole::kSource && p.token_end <= t) {
            subject = true;
            actor |= !p.actor.empty() || p.mention >= 0 || p.pronoun;
          }
        if (subject && !actor) continue;
      }
      // ("asked" alone is mostly a question.)
      // (A demand coded by a pattern of wanting, "demanding early elections" 0241, asks as much.)
      if ((stem_in(t, kAppealVerbs) && !b.lower[t].starts_with("call") && !b.lower[t].starts_with("ask")) ||
          b.lower[t].starts_with("demand") ||
          (rec.cameo.starts_with("023") && stem_in(t, kSeeking)) ||
          next == "for" || next == "on" || next == "upon")
        rec.type = "REQUEST";
    }
  }
  for (size_t c = 0; c < read.size(); ++c) {
    const ReadEvent& e = read[c];
    if (e.trigger.pos != EventPos::kVerb || !live(c)) continue;
    const Sentence& s = a.sentences[e.sentence];
    const uint32_t begin = std::clamp<uint32_t>(static_cast<uint32_t>(e.group.begin) + s.token_begin, s.token_begin,
                                                e.trigger.token);
    // The nearest verbal event before the group in the sentence.
    size_t g = c;
    while (g-- > 0 && read[g].sentence == e.sentence && read[g].trigger.pos != EventPos::kVerb) {}
    const bool governed = g < c && read[g].sentence == e.sentence && live(g) && record_of[g] != record_of[c];
    const uint32_t gt = governed ? read[g].trigger.token : 0;
    Event& framed = records[record_of[c]];
    // Only the verb's object between ("asked the United States and France to press": an "and" of two names).
    auto object_between = [&](uint32_t from, uint32_t to) {
      for (uint32_t x = from + 1; x < to; ++x)
        if (b.Verb(x) || (b.lower[x] != "and" && InList(b.lower[x], kClauseOpeners)) || b.lower[x] == ".") return false;
      return true;
    };
    if (governed && e.group.tense == "INFINITIVE" && b.lower[begin] == "to" && gt + kReach >= begin &&
        gt + 1 < begin && (!b.CrossesClause(gt, begin) || object_between(gt, begin))) {
      Event& framing = records[record_of[g]];
      const bool call = b.lower[gt].starts_with("call");
      if (stem_in(gt, kAppealVerbs) && (!call || next_is(gt, "on") || next_is(gt, "upon"))) {
        if (framing.type.empty() || framing.cameo.starts_with("02")) {
          if (framing.cameo.empty())
            if (const CameoCode* code = CameoCodes::Builtin().Find("020")) {
              framing.cameo = code->code;
              framing.quad_class = code->quad_class;
              framing.goldstein = code->goldstein;
            }
          framing.type = "REQUEST";
        }
        JoinRecord(records, record_of[c], record_of[g], dropped);
        continue;
      }
      if (stem_in(gt, kPurposeVerbs) && (!framing.type.empty() || read[g].group.passive) && !next_is(gt, "to")) {
        JoinRecord(records, record_of[c], record_of[g], dropped);
        continue;
      }
    }
    // "delivered food aid", "pledged millions in aid": an event noun of the same type in the verb's object (only
    // determiners, numbers, adjectives and nouns, or "in", between; not "blocked a package of sanctions") is one more
    // mention of the verb's event.
    if (!framed.type.empty() && !next_is(e.trigger.token, "in"))  // not "engaged in talks": the noun is the event
      for (size_t j = c + 1; j < read.size() && read[j].sentence == e.sentence && read[j].trigger.token <= e.trigger.token + 6; ++j) {
        const uint32_t nt = read[j].trigger.token;
        bool plain = read[j].trigger.pos == EventPos::kNoun;
        for (uint32_t x = e.trigger.token + 1; x < nt && plain; ++x)
          plain = !b.Verb(x) && a.tokens[x].kind == TokenKind::kWord && !InList(b.lower[x], kClauseOpeners) &&
                  (!b.words.Has(static_cast<int>(x), lang::kPreposition) || b.lower[x] == "in");
        if (!plain) break;
        if (live(j) && record_of[j] != record_of[c] && records[record_of[j]].mentions.size() == 1 &&
            records[record_of[j]].type == framed.type) {
          JoinRecord(records, record_of[j], record_of[c], dropped);
          break;
        }
      }
    // ", killing nine": the participle of a consequence after the event before the comma (the reader may have
    // merged it into that event already: its own code's type then).
    const std::string_view own_type = !framed.type.empty() ? std::string_view(framed.type)
                                      : e.merged && e.code  ? std::string_view(e.code->plover)
                                                            : std::string_view();
    if (own_type.empty()) continue;
    if (e.group.tense == "PRESPART" && begin > s.token_begin && b.lower[begin - 1] == ",") {
      for (size_t j = c; j-- > 0 && read[j].sentence == e.sentence;)
        if (live(j) && record_of[j] != record_of[c]) {
          if (records[record_of[j]].type == own_type)
            JoinRecord(records, record_of[c], record_of[j], dropped, true, true);
          break;
        }
      continue;
    }
    if (framed.type.empty()) continue;
    // "At least four people were killed when security forces opened fire on protesters": a passive of violence
    // with no agent, whose clause of time ("when", "as", past words of place or time) tells an act of violence by
    // someone, is that act's consequence: one more mention of it.
    if (e.group.passive && framed.type == "ASSAULT" &&
        std::none_of(framed.participants.begin(), framed.participants.end(),
                     [](const newsgraph::EventParticipant& p) { return p.role == EventRole::kSource; })) {
      bool joined = false;
      for (uint32_t x = e.verb_end; x < s.token_end && x <= e.verb_end + 6; ++x) {
        if (b.lower[x] == "," || b.Verb(x)) break;
        if (b.lower[x] != "when" && b.lower[x] != "as") continue;
        for (size_t j = c + 1; j < read.size() && read[j].sentence == e.sentence; ++j) {
          if (read[j].trigger.token <= x) continue;
          if (read[j].trigger.token > x + 6 || read[j].trigger.pos != EventPos::kVerb) break;
          if (live(j) && record_of[j] != record_of[c] && !read[j].group.passive &&
              records[record_of[j]].type == "ASSAULT") {
            JoinRecord(records, record_of[c], record_of[j], dropped);
            joined = true;
          }
          break;
        }
        break;
      }
      if (joined) continue;
    }
    // "a drone strike on Kharkiv killed four": the event noun of the verb's subject, the nearest event before the
    // verb group, with no comma, verb or clause opener between. A relative pronoun right before the group stands
    // for that noun ("the attack on the Crocus City Hall concert venue, which killed 130"), and a present
    // participle of a reduced relative in its phrase is passed over ("Israel's strike on a school sheltering
    // displaced families ... killed 12").
    uint32_t end = begin;  // where the noun's phrase ends
    if (end > s.token_begin + 1 && (b.lower[end - 1] == "which" || b.lower[end - 1] == "that")) {
      --end;
      if (b.lower[end - 1] == ",") --end;
    }
    auto reduced_relative = [&](uint32_t x) {  // "a school [sheltering] displaced families"
      return b.lower[x].ends_with("ing") && x > s.token_begin && b.lower[x - 1] != "," && !b.Verb(x - 1) &&
             b.a.tokens[x - 1].kind == TokenKind::kWord;
    };
    // A past participle that describes the noun after it, after a determiner, a possessive or the participle of a
    // reduced relative ("sheltering [displaced] families", "along their [disputed] border"), is no verb of a clause.
    auto attributive = [&](uint32_t x) {
      static constexpr std::string_view kBefore[] = {"the", "a", "an", "its", "their", "his", "her", "our", "'s",
                                                     "\u2019s"};
      return b.lower[x].ends_with("ed") && x > s.token_begin && x + 1 < end &&
             (InList(b.lower[x - 1], kBefore) || reduced_relative(x - 1)) && !b.Verb(x + 1) &&
             b.a.tokens[x + 1].kind == TokenKind::kWord && !InList(b.lower[x + 1], kClauseOpeners);
    };
    bool relative = end < begin;  // (then only a noun of the verb's own type: "the crisis that hurt" is none)
    for (size_t j = c; j-- > 0 && read[j].sentence == e.sentence;) {
      if (read[j].trigger.pos != EventPos::kNoun) {
        if (read[j].trigger.token < end &&
            (reduced_relative(read[j].trigger.token) || attributive(read[j].trigger.token))) {
          relative = true;
          continue;
        }
        break;
      }
      const uint32_t nt = read[j].trigger.token;
      bool crossed = nt >= end || b.CrossesClause(nt, end);
      // (Nor a word that opens a clause of time or cause: "a curfew ... after fighters attacked".)
      for (uint32_t x = nt + 1; x < end && !crossed; ++x) {
        crossed = b.lower[x] == "," || (b.Verb(x) && !reduced_relative(x) && !attributive(x)) ||
                  InList(b.lower[x], kSubordinators);
        relative |= b.Verb(x) && !attributive(x);
      }
      // (Past a participle, only a finite verb is the noun's: not "the inquiry following a BBC story claiming".)
      if (crossed || (relative && e.group.tense == "PRESPART")) break;
      // An event noun with no code of its own whose subject kills or wounds is the attack ("Israeli strikes killed
      // 14 people in Nabatieh", "the blast wounded five").
      Event& noun = records[record_of[j]];
      // (Past a relative, a noun of violence only: "the attacks that killed 130", not "the crisis that hurt".)
      static constexpr std::string_view kViolence[] = {"attack", "attacks", "assault", "assaults", "strike", "strikes",
                                                       "airstrike", "airstrikes", "bombing", "bombings", "shooting",
                                                       "shootings", "raid", "raids", "ambush", "explosion",
                                                       "explosions", "blast", "blasts", "massacre", "shelling",
                                                       "fighting", "clash", "clashes", "battle", "battles",
                                                       "gunfight", "gunfights", "firefight", "firefights"};
      const bool attack = framed.type == "ASSAULT" && noun.type.empty() && noun.cameo.empty() &&
                          (!relative || InList(b.lower[nt], kViolence));
      // (A passive's subject is its target: "a police checkpoint was attacked".)
      if (live(j) && record_of[j] != record_of[c] && (noun.type == framed.type || attack) && !e.group.passive) {
        if (attack)
          noun.type = framed.type, noun.cameo = framed.cameo, noun.quad_class = framed.quad_class,
          noun.goldstein = framed.goldstein;
        // (Past a relative, the verb's subject as read is no one's: "a bus carrying [workers] killed five" — only
        // its targets join.)
        if (relative) {
          for (const newsgraph::EventParticipant& q : framed.participants)
            if (q.role == EventRole::kTarget) AddParticipant(&noun, q.entity, q.role, q.span, q.actor, false, true);
          framed.participants.clear();
        }
        JoinRecord(records, record_of[c], record_of[j], dropped, true, true);
        break;
      }
    }
  }
}

// "Dock workers will walk out from Monday ... The union said the strike would begin on March 17": a definite event
// noun ("the strike") with no code of its own, or one of the same type or announced by the record, dated to the same
// day as a coded record of the last few sentences with the same status, names that event (the most recent such
// record); not a noun said to be another (Builder::Another).
void JoinDefiniteNouns(const Builder& b, const std::vector<ReadEvent>& read, const std::vector<int32_t>& read_at,
                       std::vector<Event>& records, std::vector<bool>* dropped) {
  constexpr uint32_t kSentences = 3;  // how far back the event named may be
  int64_t d0, d1, q0, q1;
  for (size_t r = 0; r < records.size(); ++r) {
    const Event& rec = records[r];
    if ((*dropped)[r] || rec.mentions.size() != 1 || !rec.date || rec.date->on_or_before ||
        !util::DayRange(rec.date->value, &d0, &d1) || d0 != d1)
      continue;
    const size_t t = b.TokenAt(rec.mentions.front().span.start);
    if (t >= b.a.tokens.size() || read_at[t] < 0 || read[read_at[t]].trigger.pos != EventPos::kNoun || t < 1 ||
        b.Another(static_cast<uint32_t>(t)))
      continue;
    uint32_t x = static_cast<uint32_t>(t);  // "the strike", "the planned strike"
    while (x > 0 && x + 2 >= t && b.lower[x - 1] != "the" && b.a.tokens[x - 1].kind == TokenKind::kWord &&
           !b.Verb(x - 1))
      --x;
    if (x == 0 || b.lower[x - 1] != "the") continue;
    for (size_t q = r; q-- > 0;) {
      const Event& into = records[q];
      if (into.mentions.front().sentence + kSentences < rec.mentions.front().sentence) break;
      // A coded noun names a record of its own type, or the announcement of it ("will walk out", a threat: 133).
      const bool announced = into.cameo.starts_with("03") || into.cameo.starts_with("13");
      if ((*dropped)[q] || into.type.empty() || (!rec.cameo.empty() && rec.type != into.type && !announced) ||
          !into.date || into.date->on_or_before ||
          into.status != rec.status || !util::DayRange(into.date->value, &q0, &q1) || q0 != d0 || q1 != d1)
        continue;
      JoinRecord(records, static_cast<int>(r), static_cast<int>(q), dropped, true);
      break;
    }
  }
}

// "South Korea, the United States and Japan condemned the launch", "Castillo denounced the move": a criticism or a
// rejection (CAMEO roots 11, 12) with no target whose object is a definite noun of a deed with no participants of its
// own ("the attack", "the launch", "this move", "Sunday's strike"; not "the criticism", "the plan") is aimed at
// whoever did that deed: the named source of the nearest typed deed before it (not a statement, an accusation or an
// appeal; of the noun's own type when the noun has one), in its sentence or the three before. The noun is one more
// mention of that deed.
void CondemnedDeeds(const Builder& b, const std::vector<ReadEvent>& read, const std::vector<int32_t>& read_at,
                    const std::vector<int>& record_of, std::vector<Event>& records, std::vector<bool>* dropped) {
  constexpr uint32_t kSentences = 3;
  static constexpr std::string_view kDeterminers[] = {"the", "this", "that", "these", "those", "such"};
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                               "sunday", "today", "yesterday", "weekend"};
  // Deeds done to someone, not words said ("the criticism", "that argument", "the plan": whose they are is not the
  // deed's source before).
  static constexpr std::string_view kDeeds[] = {"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes",
                                                "launch", "launches", "raid", "raids", "arrest", "arrests", "detention",
                                                "killing", "killings", "bombing", "bombings", "shelling", "invasion",
                                                "annexation", "incursion", "occupation", "seizure", "move", "decision",
                                                "ruling", "test", "tests", "execution", "executions", "crackdown",
                                                "coup", "expulsion", "expulsions", "ban", "deployment", "blockade",
                                                "shooting", "shootings", "assassination", "abduction", "kidnapping",
                                                "verdict", "sentence", "sale", "takeover", "closure", "withdrawal",
                                                "suspension", "assault", "offensive", "sanctions", "tariffs",
                                                "measures", "violence", "downing"};
  const Analysis& a = b.a;
  auto named_source = [](const Event& e) {
    return std::any_of(e.participants.begin(), e.participants.end(), [](const newsgraph::EventParticipant& p) {
      return p.role == EventRole::kSource && !Phrase(p);
    });
  };
  for (size_t r = 0; r < records.size(); ++r) {
    Event& rec = records[r];
    if ((*dropped)[r] || !(rec.cameo.starts_with("11") || rec.cameo.starts_with("12")) ||
        std::any_of(rec.participants.begin(), rec.participants.end(),
                    [](const newsgraph::EventParticipant& p) { return p.role == EventRole::kTarget; }))
      continue;
    const size_t v = b.TokenAt(rec.mentions.front().span.start);
    if (v + 2 >= a.tokens.size() || read_at[v] < 0 || read[read_at[v]].trigger.pos != EventPos::kVerb) continue;
    // The determiner ("the", "this", "Sunday's"), up to two modifiers, the noun.
    size_t x = v + 1;
    if (InList(b.lower[x], kDeterminers)) {
      ++x;
    } else if (x + 1 < a.tokens.size() && b.lower[x + 1] == "'s" && InList(b.lower[x], kDays)) {
      x += 2;
    } else {
      continue;
    }
    int noun = -1;
    for (size_t n = x; n < a.tokens.size() && n < x + 3 && a.tokens[n].kind == TokenKind::kWord; ++n)
      if (read_at[n] >= 0) {
        noun = read[read_at[n]].trigger.pos == EventPos::kNoun && InList(b.lower[n], kDeeds) ? record_of[read_at[n]] : -1;
        break;
      }
    if (noun < 0 || noun == static_cast<int>(r) || (*dropped)[noun] || records[noun].mentions.size() != 1 ||
        !records[noun].participants.empty())
      continue;
    for (size_t q = r; q-- > 0;) {
      const Event& deed = records[q];
      if (deed.mentions.front().sentence + kSentences < rec.mentions.front().sentence) break;
      if ((*dropped)[q] || static_cast<int>(q) == noun || deed.type.empty() || deed.type == "ACCUSE" ||
          deed.type == "REQUEST" || deed.cameo.starts_with("01") ||
          (!records[noun].type.empty() && deed.type != records[noun].type) || !named_source(deed))
        continue;
      for (const newsgraph::EventParticipant& p : deed.participants)
        if (p.role == EventRole::kSource && !Phrase(p)) AddParticipant(&rec, p.entity, EventRole::kTarget, p.span, p.actor);
      JoinRecord(records, noun, static_cast<int>(q), dropped);
      break;
    }
  }
}

// "Doctors in Lagos have been on strike since Monday ... The association said the walkout would continue", "met in
// Geneva ... but the talks remained deadlocked", "Israel carried out a strike ... Qatar condemned Israel's attack": a
// definite event noun ("the", "this", a possessive; not one said to be another, Builder::Another) with a PLOVER type
// and no date of its own (none, or only its sentence's bound), whose entities all take part in the earlier record
// too and whose place, if any, is its place, names the most recent typed record of the same type in its sentence or the three before: one more mention
// of it, whatever its status says of what is still to come.
void JoinAnaphoricNouns(const Builder& b, const std::vector<ReadEvent>& read, const std::vector<int32_t>& read_at,
                        std::vector<Event>& records, std::vector<bool>* dropped) {
  constexpr uint32_t kSentences = 3;  // how far back the event named may be
  static constexpr std::string_view kDeterminers[] = {"the", "this", "that", "these", "those"};
  const Analysis& a = b.a;
  for (size_t r = 0; r < records.size(); ++r) {
    const Event& rec = records[r];
    if ((*dropped)[r] || rec.mentions.size() != 1 || rec.type.empty() || (rec.date && !rec.date->on_or_before))
      continue;
    const size_t t = b.TokenAt(rec.mentions.front().span.start);
    if (t >= a.tokens.size() || t < 1 || read_at[t] < 0 || read[read_at[t]].trigger.pos != EventPos::kNoun ||
        b.Another(static_cast<uint32_t>(t)))
      continue;
    // The determiner or possessive, past up to two modifiers: "the walkout", "the planned strike", "Israel's attack".
    bool definite = false;
    for (size_t x = t; x-- > 0 && x + 3 >= t;) {
      if (InList(b.lower[x], kDeterminers) || b.lower[x] == "'s" || b.lower[x] == "’s") {
        definite = true;
        break;
      }
      if (a.tokens[x].kind != TokenKind::kWord || b.Verb(x)) break;
    }
    if (!definite) continue;
    for (size_t q = r; q-- > 0;) {
      const Event& into = records[q];
      if (into.mentions.front().sentence + kSentences < rec.mentions.front().sentence) break;
      if ((*dropped)[q] || into.type != rec.type || into.mentions.front().span.start >= rec.mentions.front().span.start)
        continue;
      const bool shared = std::all_of(rec.participants.begin(), rec.participants.end(),
                                      [&](const newsgraph::EventParticipant& p) {
                                        return p.entity >= 0 && std::any_of(into.participants.begin(), into.participants.end(),
                                                                            [&](const newsgraph::EventParticipant& o) {
                                                                              return o.entity == p.entity;
                                                                            });
                                      });
      // The nearest record of its type is another event ("the negotiations in Geneva" after talks in Rome): no
      // mention of an older one.
      if (!shared || (rec.place >= 0 && into.place >= 0 && rec.place != into.place)) break;
      JoinRecord(records, static_cast<int>(r), static_cast<int>(q), dropped);
      break;
    }
  }
}

// "called a general strike in protest at the interception", "marched in protest against the law": "in protest" is
// the reason of the act before it in its sentence, one more mention of that act when it has a PLOVER type (not when
// it has none: "resigned in protest" keeps the protest its own record).
void JoinInProtest(const Builder& b, const std::vector<ReadEvent>& read, const std::vector<int>& record_of,
                   std::vector<Event>& records, std::vector<bool>* dropped) {
  for (size_t j = 1; j < read.size(); ++j) {
    const uint32_t nt = read[j].trigger.token;
    const int r = record_of[j];
    if (read[j].trigger.pos != EventPos::kNoun || r < 0 || (*dropped)[r] || records[r].mentions.size() != 1 ||
        nt == 0 || b.lower[nt - 1] != "in" || (b.lower[nt] != "protest" && b.lower[nt] != "protests"))
      continue;
    for (size_t c = j; c-- > 0 && read[c].sentence == read[j].sentence;) {
      const int q = record_of[c];
      if (q < 0 || q == r || (*dropped)[q]) continue;
      if (!records[q].type.empty()) JoinRecord(records, r, q, dropped);
      break;
    }
  }
}

// "Japan and South Korea signed a defence pact", "Merz and Macron met": two named parties of an act done with each
// other, and no one else on its receiving end, are its two sides, the first the source and the second the target,
// as an event dyad records them. Only for verbs of acts that are mutual by nature ("Britain and Germany froze aid",
// "Obama and Biden arrived" keep both as sources).
constexpr std::string_view kMutualVerbs[] = {"meet",    "talk",    "speak",   "sign",      "agree",    "negotiate",
                                             "discuss", "confer",  "consult", "cooperate", "reconcile", "clash"};
void PairedSidesOfAMutualAct(const Builder& b, Event* r, std::vector<std::string>* stems) {
  newsgraph::EventParticipant* first = nullptr;
  newsgraph::EventParticipant* second = nullptr;
  for (newsgraph::EventParticipant& p : r->participants) {
    if (Phrase(p)) continue;  // the two sides are named
    if (p.role == EventRole::kTarget) return;
    if (p.role != EventRole::kSource) continue;
    if (p.entity < 0 || second) return;
    (first ? second : first) = &p;
  }
  if (!second) return;
  if (second->span.start < first->span.start) std::swap(first, second);
  if (first->span.end > second->span.start ||
      b.text.substr(first->span.end, second->span.start - first->span.end) != " and ")
    return;
  // "The United States and China agreed on Monday to slash tariffs", "Merz and Tusk agreed to set up a fund": the
  // act a mutual verb's "to" complement names is done by the two sides with each other too (past the time phrase
  // between them; another verb between ends the search). A coded act only ("agreed to serve as vice chairs" is
  // no act with each other).
  auto agreed_to = [&](uint32_t t, uint32_t sentence) {
    if (r->type.empty()) return false;
    const Sentence& s = b.a.sentences[sentence];
    if (t < s.token_begin + 2 || b.lower[t - 1] != "to") return false;
    for (uint32_t u = t - 1; u-- > s.token_begin && u + 8 >= t;) {
      if (LemmaIn(b.lower[u], kMutualVerbs, stems)) return b.Verb(u);
      if (b.Verb(u) || b.lower[u] == "," || b.lower[u] == "and") return false;
    }
    return false;
  };
  // "Thailand and Cambodia declared a ceasefire", "Kyiv and Moscow reached a deal": a verb of making or stating whose
  // object (within a few words) is an accord or talks names an act the two sides do with each other too.
  static constexpr std::string_view kMakeVerbs[] = {"declare", "reach", "announce", "hold", "conclude", "seal",
                                                    "strike", "agree"};
  static constexpr std::string_view kAccords[] = {"ceasefire", "truce", "deal", "agreement", "accord", "pact",
                                                  "treaty", "talks", "negotiations", "armistice"};
  auto made_accord = [&](uint32_t t, uint32_t sentence) {
    if (!LemmaIn(b.lower[t], kMakeVerbs, stems)) return false;
    const uint32_t end = b.a.sentences[sentence].token_end;
    for (uint32_t u = t + 1; u < end && u <= t + 4; ++u) {
      if (InList(b.lower[u], kAccords)) return true;
      if (b.Verb(u) || b.lower[u] == "," || b.lower[u] == "with" || b.lower[u] == "to") return false;
    }
    return false;
  };
  const bool mutual = std::any_of(r->mentions.begin(), r->mentions.end(), [&](const EventMention& m) {
    const uint32_t t = static_cast<uint32_t>(b.TokenAt(m.span.start));
    return LemmaIn(b.lower[t], kMutualVerbs, stems) || agreed_to(t, m.sentence) || made_accord(t, m.sentence);
  });
  if (!mutual) return;
  second->role = EventRole::kTarget;
  std::sort(r->participants.begin(), r->participants.end(),  // in text order, as records list them
            [](const newsgraph::EventParticipant& x, const newsgraph::EventParticipant& y) {
              return x.span.start < y.span.start;
            });
}

// "Thailand and Cambodia declared a ceasefire at [talks] in Malaysia", "Colombia's government and the ELN agreed to
// extend their [ceasefire]": a noun of talks or a truce with no participant of its own, after a mutual act of two
// sides in its sentence (PairedSidesOfAMutualAct), is between the same two sides. The nearest such act before it
// (a few records back at most: the events are in text order).
void JointNounsOfTwoSides(const Builder& b, std::vector<Event>* events, size_t first) {
  static constexpr std::string_view kJointNouns[] = {"talks", "negotiations", "ceasefire", "truce", "summit",
                                                     "meeting", "armistice"};
  for (size_t k = first; k < events->size(); ++k) {
    Event& noun = (*events)[k];
    if (noun.mentions.size() != 1 || !noun.participants.empty()) continue;
    const EventMention& m = noun.mentions.front();
    if (!InList(b.lower[b.TokenAt(m.span.start)], kJointNouns)) continue;
    for (size_t j = k; j-- > first && k - j <= 6;) {
      const Event& act = (*events)[j];
      if (act.mentions.front().sentence != m.sentence) break;
      if (act.mentions.front().span.start >= m.span.start || act.participants.size() != 2) continue;
      const newsgraph::EventParticipant& x = act.participants[0];
      const newsgraph::EventParticipant& y = act.participants[1];
      if (x.role != EventRole::kSource || y.role != EventRole::kTarget || x.entity < 0 || y.entity < 0 ||
          x.span.end > y.span.start || b.text.substr(x.span.end, y.span.start - x.span.end) != " and " ||
          y.span.end > act.mentions.front().span.start)
        continue;
      noun.participants = act.participants;
      if (noun.cameo.empty())  // actor codes are for coded events
        for (newsgraph::EventParticipant& p : noun.participants) p.actor.clear();
      break;
    }
  }
}

// "marched on Thursday to protest Milei's veto", "fired missiles in retaliation for the killing of", "Israel's strike
// on a school killed 12 people on Wednesday", "a ceasefire deal brokered by Qatar": an event noun, or a past
// participle after a noun, that the article asserts happened, with no time of its own, happened on or before the
// time of the past verb of its sentence nearest to it (simple past or present perfect, no modal, no negation,
// itself happened): that verb's date as an upper bound, or the document date when it has none. (Not an infinitive
// or an "-ing" form: "had to adapt", "helping them stop" tell of nothing done.)
std::optional<newsgraph::EventDate> PastBound(const Builder& b, const std::vector<ReadEvent>& read,
                                              const std::vector<int>& record_of, const std::vector<Event>& records,
                                              const Event& rec) {
  const EventMention& m = rec.mentions.front();
  // The read events are in text order: the trigger's by binary search, then its neighbours within reach.
  const auto at = std::lower_bound(read.begin(), read.end(), m.span.start,
                                   [](const ReadEvent& e, uint32_t start) { return e.span.end <= start; });
  if (at == read.end() || at->sentence != m.sentence || !at->span.Overlaps(m.span)) return std::nullopt;
  const ReadEvent* own = &*at;
  if (!((own->trigger.pos == EventPos::kNoun && own->trigger.cls == EventClass::kOccurrence) ||
        (own->trigger.pos == EventPos::kVerb && own->group.tense == "PASTPART" && own->group.modality.empty())))
    return std::nullopt;
  constexpr int64_t kReach = 12;  // words between the two: the same clause, or the next
  const ReadEvent* nearest = nullptr;
  int64_t nearest_distance = 0;
  auto consider = [&](size_t k) {
    const ReadEvent& v = read[k];
    if (v.sentence != m.sentence || &v == own || v.trigger.pos != EventPos::kVerb || !v.group.modality.empty() ||
        v.group.negated || !(v.group.tense == "PAST" || (v.group.tense == "PRESENT" && v.group.aspect == "PERFECTIVE")))
      return;
    if (record_of[k] < 0 || records[record_of[k]].status != EventStatus::kHappened) return;
    const int64_t distance = std::llabs(static_cast<int64_t>(v.trigger.token) - static_cast<int64_t>(own->trigger.token));
    if (distance > kReach) return;
    if (!nearest || distance < nearest_distance) {
      nearest = &v;
      nearest_distance = distance;
    }
  };
  const size_t own_k = static_cast<size_t>(at - read.begin());
  for (size_t k = own_k; k-- > 0 && read[k].trigger.token + kReach >= own->trigger.token;) consider(k);
  for (size_t k = own_k + 1; k < read.size() && read[k].trigger.token <= own->trigger.token + kReach; ++k) consider(k);
  if (!nearest) return std::nullopt;
  const std::optional<newsgraph::EventDate>& d = records[record_of[nearest - read.data()]].date;
  int64_t d0, d1;
  if (d && d->until.empty() && util::DayRange(d->value, &d0, &d1))
    return newsgraph::EventDate{d->value, d->timex, true, {}};
  if (!b.date) return std::nullopt;
  return newsgraph::EventDate{b.date->ToString(), -1, true, {}};
}

}  // namespace

void BuildEventRecords(std::string_view text, const lang::Words& words, const std::vector<ReadEvent>& read,
                       const std::optional<Date>& date, bool all, const ActorCoder& actors, Analysis* analysis,
                       const uint64_t* lower_hashes) {
  Analysis& a = *analysis;
  a.events.clear();
  if (read.empty()) return;
  const Builder b(text, words, a, date, read, lower_hashes);

  // "a summit planned for May 19": the participle right after an event noun dates the noun and is no event of
  // its own; "the imposition of import tariffs": an event noun in the "of" phrase of another is the same event.
  std::vector<std::optional<events::EventDate>> noun_date(read.size());
  std::vector<int> same_as(read.size(), -1);
  for (size_t k = 0; k + 1 < read.size(); ++k) {
    const ReadEvent& n = read[k];
    if (n.trigger.pos != EventPos::kNoun) continue;
    const ReadEvent& v = read[k + 1];
    if (v.trigger.token == n.trigger.token + 1 && v.trigger.pos == EventPos::kVerb &&
        (v.group.tense == "PASTPART" || v.group.tense == "PAST") &&
        v.date && v.date->timex >= 0) {
      noun_date[k] = v.date;
      same_as[k + 1] = static_cast<int>(k);
    }
    for (size_t j = k + 1; j < read.size() && read[j].trigger.token <= n.trigger.token + 4; ++j)
      if (read[j].trigger.pos == EventPos::kNoun && b.lower[n.trigger.token + 1] == "of" && same_as[j] < 0)
        same_as[j] = static_cast<int>(k);
  }
  // The event read at each trigger token (-1: none).
  std::vector<int32_t> read_at(a.tokens.size(), -1);
  for (size_t k = 0; k < read.size(); ++k) read_at[read[k].trigger.token] = static_cast<int32_t>(k);
  auto noun_at = [&](uint32_t t) { return read_at[t] >= 0 && read[read_at[t]].trigger.pos == EventPos::kNoun ? read_at[t] : -1; };
  // ", a trip that ...": an indefinite event noun in apposition to the clause before the comma is one more mention of
  // that clause's verb (its code stays the verb's, as for a light verb's object below).
  std::vector<uint8_t> apposition(read.size(), 0);
  for (size_t k = 1; k < read.size(); ++k) {
    const ReadEvent& n = read[k];
    const Sentence& s = a.sentences[n.sentence];
    if (n.trigger.pos != EventPos::kNoun || same_as[k] >= 0 || !n.participants.empty()) continue;
    uint32_t t = n.trigger.token;
    while (t > s.token_begin + 2 && t + 3 > n.trigger.token && !b.Verb(t - 1) && a.tokens[t - 1].kind == TokenKind::kWord &&
           b.lower[t - 1] != "a" && b.lower[t - 1] != "an")
      --t;
    if (t < s.token_begin + 2 || (b.lower[t - 1] != "a" && b.lower[t - 1] != "an") || b.lower[t - 2] != ",") continue;
    const ReadEvent& v = read[k - 1];
    if (v.sentence != n.sentence || v.trigger.pos != EventPos::kVerb || v.trigger.token >= t) continue;
    same_as[k] = static_cast<int>(k - 1);
    apposition[k] = 1;
  }
  // "imposed sanctions", "held talks": the object noun whose code the light verb took (ReadEvent::merged) is one more
  // mention of the verb's event, when only a determiner or adjectives stand between them.
  for (size_t k = 1; k < read.size(); ++k) {
    const ReadEvent& n = read[k];
    if (n.trigger.pos != EventPos::kNoun || !n.merged || same_as[k] >= 0) continue;
    for (size_t j = k; j-- > 0 && read[j].sentence == n.sentence && read[j].trigger.token + 4 >= n.trigger.token;) {
      if (read[j].trigger.pos != EventPos::kVerb) continue;
      bool plain = true;
      for (uint32_t x = read[j].trigger.token + 1; x < n.trigger.token; ++x)
        plain &= !b.Verb(x) && a.tokens[x].kind == TokenKind::kWord && !b.words.Has(static_cast<int>(x), lang::kPreposition);
      if (plain) {
        same_as[k] = static_cast<int>(j);
        apposition[k] = 1;
      }
      break;
    }
  }
  // A verb that only says when an event noun takes place ("a trip that comes", "the talks began", "the summit will
  // be held", "took place") dates and places that noun's event and is no event of its own.
  std::vector<std::string> stems;
  for (size_t k = 0; k < read.size(); ++k) {
    const ReadEvent& v = read[k];
    const uint32_t t = v.trigger.token;
    if (v.trigger.pos != EventPos::kVerb || same_as[k] >= 0) continue;
    VerbLexicon::Get().Lemmas(b.lower[t], &stems);
    bool predicate = v.trigger.cls == EventClass::kAspectual;
    for (const std::string& stem : stems)
      predicate |= InList(stem, kEventPredicates) || (v.group.passive && InList(stem, kPassivePredicates)) ||
                   (stem == "take" && t + 1 < a.tokens.size() &&
                    (b.lower[t + 1] == "place" || b.lower[t + 1] == "effect"));
    if (!predicate) continue;
    const Sentence& s = a.sentences[v.sentence];
    const uint32_t begin = std::clamp<uint32_t>(static_cast<uint32_t>(v.group.begin) + s.token_begin, s.token_begin, t);
    int32_t noun = -1;
    if (begin >= s.token_begin + 2 && (b.lower[begin - 1] == "that" || b.lower[begin - 1] == "which"))
      noun = noun_at(begin - 2);
    for (const EventParticipant& p : v.participants)
      if (noun < 0 && p.token_end <= t) noun = noun_at(p.token_end - 1);  // a passive's subject is its target
    // Else the first event noun of the subject ("Talks between Ethiopia and Egypt are planned"): the earliest one
    // within a few words before the group, with no verb or comma between.
    constexpr uint32_t kSubjectReach = 8;
    int32_t earliest = -1;
    for (uint32_t x = begin; x > s.token_begin && x + kSubjectReach > begin && !b.Verb(x - 1) && b.lower[x - 1] != ","; --x)
      if (noun_at(x - 1) >= 0) earliest = noun_at(x - 1);
    if (noun < 0) noun = earliest;
    if (noun >= 0) same_as[k] = noun;
  }
  std::vector<Event> records;
  // Records by key: each key's id (per document), the latest record of each key, and per record the one before it
  // with the same key, so that coreference visits only records of the mention's key.
  util::WordTable<uint32_t> key_ids;
  std::vector<int32_t> latest_of_key, previous_of_key;
  records.reserve(read.size());  // at most one record per mention: records never move while they are filled
  std::vector<int> record_of(read.size(), -1);
  std::vector<uint8_t> quiet;  // per record: Quiet bits
  std::vector<uint8_t> verbal;  // per record: 1 once a verb is one of its mentions
  std::vector<uint8_t> begun;  // per record: a predicate said it began, and it happened ("the talks, which began")
  std::vector<int> governor_of;  // per record: the record of the verb that governs its "to" infinitive, or -1
  for (size_t k = 0; k < read.size(); ++k) {
    ReadEvent e_copy;
    bool copied = false;
    if (noun_date[k]) {
      e_copy = read[k];
      e_copy.date = noun_date[k];
      copied = true;
    }
    const EventStatus status = b.StatusOf(copied ? e_copy : read[k], read, k);
    if (status == EventStatus::kPlanned)
      if (auto ahead = PlannedWeekday(text, a, b.lower, copied ? e_copy : read[k], date)) {
        if (!copied) e_copy = read[k];
        e_copy.date = std::move(ahead);
        copied = true;
      }
    const ReadEvent& e = copied ? e_copy : read[k];
    const std::string key = KeyOf(b.lower[e.trigger.token], e.trigger.pos, &stems);
    const auto [key_slot, new_key] = key_ids.Emplace(key);
    if (new_key) {
      *key_slot = static_cast<uint32_t>(latest_of_key.size());
      latest_of_key.push_back(-1);
    }
    const uint32_t key_id = *key_slot;
    // In a game's sentence the verbs are sport: conflict ("beat", "blasted", "forced", "rallied") or cooperation
    // ("travelled to Scotland", "enhanced").
    // (Not a governing body's fine, ban or suspension: events/fitting.h.)
    const bool sport = b.sports[e.sentence] && !SanctionInAGame(e, b.lower, e.trigger.token);
    const bool coded = !e.merged && e.code && !sport && (!e.cameo.empty() || !e.cameo_reverse.empty());
    uint8_t own_quiet = kListed;
    if (e.trigger.pos == EventPos::kVerb) {
      const uint32_t t = e.trigger.token;
      const bool idiom = t + 1 < a.tokens.size() && std::any_of(std::begin(kIdioms), std::end(kIdioms), [&](const auto& i) {
                           return i.first == b.lower[t] && i.second == b.lower[t + 1];
                         });
      const lang::WordInfo* word = lang::Lexicon::Get().Find(b.lower[t]);
      if (e.trigger.cls == EventClass::kReporting || e.trigger.cls == EventClass::kState ||
          (word && (word->classes & lang::kReportingVerb)))
        own_quiet = kUntyped;
      // A denial of responsibility (016: "denied that its troops fired") or a claim of it (015 with the word
      // "responsibility": "claimed responsibility for the attack", "did not claim responsibility"; not the rest of
      // 015, "acknowledged that") is a statement with no PLOVER type, but a deed of its own for its actor, listed as
      // reporting verbs are not.
      // So is declining to comment (011: "The Kremlin declined to comment", "would not say"): who keeps words back
      // from the press does so on the record.
      if (coded && (e.cameo == "016" || e.cameo == "011")) own_quiet = kListed;
      if (coded && e.cameo == "015")
        for (uint32_t u = t + 1; u < a.tokens.size() && u <= t + 3; ++u)
          if (b.lower[u] == "responsibility") own_quiet = kListed;
      // Being sworn in takes an office: an act, not the oath's words ("was sworn in as president", "swore in").
      static constexpr std::string_view kSwearing[] = {"swear"};
      if (t + 1 < a.tokens.size() && b.lower[t + 1] == "in" && LemmaIn(b.lower[t], kSwearing, &stems))
        own_quiet = kListed;
      // A demand coded as one is an act, whatever class the tagger gave the verb ("demanded that he resign",
      // "is pressing the US to cut"), but wanting or needing something stays a state of mind ("what parents want is").
      static constexpr std::string_view kWanting[] = {"want", "need", "wish", "hope"};
      bool demand = coded && std::string_view(e.cameo).starts_with("10");
      if (demand) demand = !LemmaIn(b.lower[t], kWanting, &stems);
      // So is a vow coded as what it announces ("vowed to challenge it in court", "vowed to impose a punishing
      // tariff"): the tagger's state of mind for "vowed" is no intention kept to oneself. (Not "promising",
      // "threatens": on the corpus mostly campaign promises and things that threaten, "terrorism threatens".)
      static constexpr std::string_view kVowing[] = {"vow"};
      if (coded && LemmaIn(b.lower[t], kVowing, &stems)) demand = true;
      if ((e.trigger.cls == EventClass::kIState && !demand) || idiom) own_quiet = kMind;
    }
    int32_t source = -1;
    for (const auto& p : e.participants)
      if (p.role == ParticipantRole::kSource && (source = b.EntityOf(p)) >= 0) break;
    // An earlier record this mention is one more mention of.
    int target = same_as[k] >= 0 ? record_of[same_as[k]] : -1;
    const bool joined = target >= 0;
    if (target < 0 && (e.trigger.cls == EventClass::kOccurrence || e.trigger.cls == EventClass::kIAction) &&
        !(e.trigger.pos == EventPos::kNoun && b.Another(e.trigger.token)))
      // The last kCorefWindow records only: linear time on a huge document.
      for (int32_t r = latest_of_key[key_id]; r >= 0 && static_cast<size_t>(r) + kCorefWindow >= records.size();
           r = previous_of_key[r]) {
        const Event& rec = records[r];
        const bool nominal = e.trigger.pos == EventPos::kNoun;
        if (!nominal && !(e.date && rec.date && !e.date->on_or_before && !rec.date->on_or_before)) continue;
        if (!DatesAgree(e.date, rec.date)) continue;
        if ((rec.status == EventStatus::kHappened) != (status == EventStatus::kHappened)) continue;
        // Coded under another CAMEO root, it is another event of the same name ("Israel's strike on a school", 19,
        // and "the dock workers' strike", 14).
        if (coded && !rec.cameo.empty() && rec.cameo.compare(0, 2, e.code->code, 0, 2) != 0) continue;
        bool other_source = false;
        for (const auto& p : rec.participants)
          if (p.role == EventRole::kSource && source >= 0 && p.entity >= 0 && p.entity != source) other_source = true;
        if (other_source) continue;
        target = static_cast<int>(r);
        break;
      }
    Event* rec;
    if (target >= 0) {
      rec = &records[target];
    } else {
      records.emplace_back();
      previous_of_key.push_back(latest_of_key[key_id]);
      latest_of_key[key_id] = static_cast<int32_t>(records.size()) - 1;
      rec = &records.back();
      rec->status = status;
      target = static_cast<int>(records.size()) - 1;
      quiet.push_back(own_quiet);
      verbal.push_back(0);
      begun.push_back(0);
      governor_of.push_back(-1);
      const uint32_t begin = e.group.begin + a.sentences[e.sentence].token_begin;
      if (e.trigger.pos == EventPos::kVerb && e.group.tense == "INFINITIVE" && begin > 0 && begin < e.trigger.token &&
          read_at[begin - 1] >= 0)
        governor_of.back() = record_of[read_at[begin - 1]];
    }
    record_of[k] = target;
    if (joined && e.trigger.pos == EventPos::kVerb) {  // a participle or predicate that only dates the noun
      if (e.date && (!rec->date || MoreSpecific(*e.date, *rec->date)))
        rec->date = RecordDate(*e.date);
      if (rec->place < 0) rec->place = b.PlaceOf(e, rec->cameo);
      auto lemma_in = [&](const auto& list) { return LemmaIn(b.lower[e.trigger.token], list, &stems); };
      // "The talks, which began last Tuesday, are expected to last until Friday": begun and not yet over, an event
      // whose end or length is still to come goes on.
      static constexpr std::string_view kBeginning[] = {"begin", "start", "open", "resume"};
      static constexpr std::string_view kLasting[] = {"last", "continue", "end", "conclude", "finish", "run", "close"};
      if (status == EventStatus::kHappened && lemma_in(kBeginning)) begun[target] = 1;
      if (begun[target] && status == EventStatus::kPlanned && lemma_in(kLasting))
        rec->status = EventStatus::kOngoing;
      if (rec->status == EventStatus::kHappened) rec->status = status;  // "will be held", "are planned for"
      static constexpr std::string_view kGoingOn[] = {"continue"};  // "protests have continued": still going on
      if (rec->status == EventStatus::kHappened && lemma_in(kGoingOn))
        rec->status = EventStatus::kOngoing;
      continue;
    }
    if (quiet[target] != own_quiet) quiet[target] = kListed;  // a mention that is a happening of its own
    rec->mentions.push_back({e.span, e.sentence});
    // Only the first verb's subject turns a target that the record's nouns named into its source.
    const bool first_subject = e.trigger.pos == EventPos::kVerb && !verbal[target];
    if (e.trigger.pos == EventPos::kVerb) verbal[target] = 1;
    rec->confidence = std::max(rec->confidence, e.trigger.confidence);
    if (coded && (rec->cameo.empty() || (joined && e.trigger.pos == EventPos::kNoun && !apposition[k]))) {
      rec->cameo = e.code->code;
      rec->type = e.code->plover;
      rec->quad_class = e.code->quad_class;
      rec->goldstein = e.code->goldstein;
    }
    if (e.date && (!rec->date || MoreSpecific(*e.date, *rec->date))) {
      rec->date = RecordDate(*e.date);
      if (status != EventStatus::kHappened) rec->status = status;
    }
    for (const auto& p : e.participants) {
      int32_t entity = b.EntityOf(p);
      Span span = p.span;
      // "The labour ministry said [it] was holding talks": a pronoun whose antecedent names no entity is named by
      // the antecedent's words ("it" alone tells no one who acts).
      if (entity < 0 && p.pronoun && p.antecedent) span = *p.antecedent;
      // "Dock workers at the Port of Rotterdam", "employees from Samsung": people named by what they do act for
      // the organisation of their "at" / "from" phrase.
      if (entity < 0 && p.role == ParticipantRole::kSource && !p.pronoun && p.token_end < b.a.tokens.size() &&
          (b.lower[p.token_end] == "at" || b.lower[p.token_end] == "from") && p.token_end < e.trigger.token)
        entity = b.EntityAfter(p.token_end, a.sentences[e.sentence], EntityType::kOrganization, &span.end);
      // "Kosovo's trade minister, Rozeta Hajdari, insisted": the person an apposition between the subject and its
      // verb names is who acts.
      if (p.role == ParticipantRole::kSource && !p.pronoun &&
          (entity < 0 || a.entities[entity].type != EntityType::kPerson) && p.token_end + 2 < e.trigger.token &&
          b.lower[p.token_end] == ",") {
        uint32_t end = 0;
        const Sentence& s = a.sentences[e.sentence];
        if (const int32_t person = b.AppositionPerson(p.token_end, s.token_begin + e.group.begin, s, &end);
            person >= 0) {
          entity = person;
          span = Span{a.tokens[p.token_end + 1].span.start, end};
        }
      }
      // "spoke with his South African counterpart, Cyril Ramaphosa, on Thursday": the person an apposition right
      // after a coded event's target that names no person is the target.
      if (p.role == ParticipantRole::kTarget && !p.pronoun && e.code && !e.cameo.empty() &&
          (entity < 0 || a.entities[entity].type != EntityType::kPerson) && p.token_end + 2 < b.a.tokens.size() &&
          b.lower[p.token_end] == ",") {
        uint32_t end = 0;
        const Sentence& s = a.sentences[e.sentence];
        const int32_t person = b.EntityAfter(p.token_end, s, EntityType::kPerson, &end);
        const size_t next = b.TokenAt(end);
        if (person >= 0 && (next >= s.token_end || b.a.tokens[next].kind == TokenKind::kPunctuation)) {
          entity = person;
          span = Span{b.a.tokens[p.token_end + 1].span.start, end};
        }
      }
      // "met in New York", "a protest in Goma": where it happened, not on whom (the place, below).
      // (Not one struck by violence "at" it: "fired missiles at Israel", "launched rockets at Tel Aviv".)
      if (p.role != ParticipantRole::kSource && entity >= 0 && a.entities[entity].type == EntityType::kLocation &&
          b.AfterPlacePreposition(p.span) && !AtPlaceStruck(b, p.span, e))
        continue;
      // Force: coercion and violence (roots 17-20).
      const bool struck = p.role == ParticipantRole::kTarget && e.code && e.code->code.size() >= 2 &&
                          e.code->code.compare(0, 2, "17") >= 0;
      AddParticipant(rec, entity, p.role == ParticipantRole::kSource ? EventRole::kSource : EventRole::kTarget, span,
                     b.ActorOf(p, entity, actors, struck), first_subject, p.named);
    }
    // "Doctors in Lagos have been on strike": the subject of the verbs before "on" is the noun's source.
    if (e.trigger.pos == EventPos::kNoun &&
        std::none_of(rec->participants.begin(), rec->participants.end(),
                     [](const newsgraph::EventParticipant& p) { return p.role == EventRole::kSource; })) {
      bool present = false;
      const Sentence& s = a.sentences[e.sentence];
      if (const uint32_t g = b.OnNounVerbs(e.trigger.token, s, &present); g != UINT32_MAX) {
        events::EventParticipant subject;
        const int32_t entity = b.SubjectBefore(g, s, actors, &subject);
        if (entity >= 0)
          AddParticipant(rec, entity, EventRole::kSource, subject.span);
        else if (subject.token_end > subject.token_begin)
          AddParticipant(rec, -1, EventRole::kSource, subject.span, b.ActorOf(subject, -1, actors));
      }
    }
    // "leaders have been locked in discussions", "engaged in talks": the noun's actors are the verb's.
    if (e.trigger.pos == EventPos::kNoun && !HasEntityParticipant(*rec))
      for (size_t j = k; j-- > 0 && read[j].sentence == e.sentence;) {
        const ReadEvent& v = read[j];
        if (v.trigger.pos != EventPos::kVerb || v.trigger.token + 3 < e.trigger.token) break;
        if (b.lower[v.trigger.token + 1] != "in") break;
        for (const auto& p : v.participants) {
          const int32_t entity = b.EntityOf(p);
          AddParticipant(rec, entity, EventRole::kSource, p.span, b.ActorOf(p, entity, actors), false, p.named);
        }
        const int support = record_of[j];
        const bool light = LemmaIn(b.lower[v.trigger.token], kSupportVerbs, &stems);
        if (support >= 0 && records[support].mentions.size() == 1 && (light || records[support].cameo.empty())) {
          quiet[support] |= kSupport;
          if (!rec->date && records[support].date) rec->date = records[support].date;
        }
        break;
      }
    if (rec->place < 0) rec->place = b.PlaceOf(e, rec->cameo);
    // "is due to visit Washington": a visit's place is the place visited.
    if (rec->place < 0 && (rec->cameo.starts_with("042") || key == "visit" || key == "tour"))
      for (const auto& p : rec->participants)
        if (p.role == EventRole::kTarget && p.entity >= 0 && a.entities[p.entity].type == EntityType::kLocation)
          rec->place = p.entity;
    if (rec->reported_by < 0) rec->reported_by = b.QuoteOf(e.span);
  }
  // Verbs with an "at <event noun>" phrase: their participants join that event, and their mention too, unless the
  // verb is coded as another kind of event.
  std::vector<bool> dropped(records.size(), false);
  for (size_t k = 0; k < read.size(); ++k) {
    const ReadEvent& e = read[k];
    if (e.trigger.pos != EventPos::kVerb) continue;
    const Sentence& s = a.sentences[e.sentence];
    int noun_record = -1;
    uint32_t at = 0;
    for (uint32_t t = e.trigger.token + 1; t + 1 < s.token_end && t <= e.trigger.token + 20 && noun_record < 0; ++t) {
      if (b.Verb(t) && t != e.trigger.token) break;
      if (b.lower[t] != "at") continue;
      at = t;
      for (size_t j = k + 1; j < read.size() && read[j].trigger.token <= t + 3; ++j)
        if (read[j].trigger.token > t && read[j].trigger.pos == EventPos::kNoun) noun_record = record_of[j];
    }
    const int own = record_of[k];
    if (noun_record < 0 || own == noun_record || records[own].mentions.size() > 1) continue;
    Event& into = records[noun_record];
    // Only taking part in it ("host X at the summit", "spoke at the rally"): a verb coded otherwise is its own event
    // ("arrested 20 students at a rally"); an intent ("will host", coded 03x) is taking part to come.
    const Event& verb_record = records[own];
    if (!verb_record.type.empty() && verb_record.type != into.type && !verb_record.cameo.starts_with("03")) continue;
    for (const newsgraph::EventParticipant& p : records[own].participants)
      AddParticipant(&into, p.entity, p.role == EventRole::kSource ? EventRole::kSource : EventRole::kParticipant,
                     p.span, p.actor, false, true);
    // Everyone named between the verb and "at" ("host X as well as Y at the summit") takes part.
    const Span between{a.tokens[e.trigger.token].span.end, a.tokens[at].span.start};
    const auto first = std::lower_bound(b.entity_spans.begin(), b.entity_spans.end(), between.start,
                                        [](const auto& x, uint32_t v) { return x.first.start < v; });
    for (auto it = first; it != b.entity_spans.end() && it->first.start < between.end; ++it) {
      const auto& [span, entity] = *it;
      if (!between.Contains(span)) continue;
      bool inside_another = false;  // "European Council" of "President of the European Council Antonio Costa"
      for (auto other = first; other != b.entity_spans.end() && other->first.start < between.end; ++other)
        if (between.Contains(other->first) && other->first.Contains(span) && !(other->first == span))
          inside_another = true;
      if (!inside_another) AddParticipant(&into, entity, EventRole::kParticipant, span);
    }
    into.mentions.push_back(records[own].mentions.front());  // put in text order below
    if (into.status == EventStatus::kHappened) into.status = records[own].status;
    dropped[own] = true;
  }
  // "threatened to impose sanctions", "agreed to resume flights", "refused to meet": the framing verb whose code its
  // complement took (ReadEvent::merged; not a state of mind, "wants to host") is one more mention of the complement's event, so that the record holds the
  // words that say what kind of event it is; the complement's status stands (the sanctions are still to come).
  // (The framing verb may stand before a time expression, ReadEvent::governor: "agreed on Tuesday to impose
  // sanctions".)
  for (size_t c = 0; c < read.size(); ++c) {
    const ReadEvent& e = read[c];
    if (e.merged || e.trigger.pos != EventPos::kVerb || e.group.tense != "INFINITIVE" || record_of[c] < 0) continue;
    if (e.governor == UINT32_MAX || read_at[e.governor] < 0) continue;
    const ReadEvent& g = read[read_at[e.governor]];
    const int from = record_of[read_at[e.governor]], into = record_of[c];
    // An act refused by a verb coded on its own (the rejection, 12: "refused on Tuesday to withdraw its tariffs")
    // did not happen as of the refusal's date, which an undated act takes.
    if (!g.merged && from >= 0 && from != into && records[into].status == EventStatus::kNegated &&
        !records[into].date && records[from].date && records[from].cameo.starts_with("12") &&
        g.trigger.pos == EventPos::kVerb)
      records[into].date = records[from].date;
    // "voted on Monday to approve the package", "voted to override it", "managed to reach": a complement that
    // happened, undated, of a framing verb that says it was done (not "tried to", "decided to", "scrambled to")
    // happened when the framing verb did.
    static constexpr std::string_view kDoneBy[] = {"vote", "manage", "begin", "start", "resume", "proceed"};
    if (!g.merged && from >= 0 && from != into && records[into].status == EventStatus::kHappened &&
        records[from].status == EventStatus::kHappened && !records[into].date && records[from].date &&
        records[from].date->until.empty() && g.trigger.pos == EventPos::kVerb &&
        LemmaIn(b.lower[g.trigger.token], kDoneBy, &stems))
      records[into].date = records[from].date;
    if (!g.merged || g.trigger.pos != EventPos::kVerb || g.trigger.cls == EventClass::kIState || from < 0 || from == into || dropped[from] ||
        records[from].mentions.size() != 1 || records[into].cameo.empty())
      continue;
    for (const newsgraph::EventParticipant& p : records[from].participants)
      AddParticipant(&records[into], p.entity, p.role, p.span, p.actor, false, true);
    records[into].mentions.push_back(records[from].mentions.front());  // put in text order below
    // Coded as the announcement itself (an intent, 03, or a threat, 13: "agreed to extend", "threatened to
    // impose"; or declining to comment, 011), the record is the agreeing, threatening or declining, which has the
    // framing verb's status.
    if (records[into].cameo.starts_with("03") || records[into].cameo.starts_with("13") || records[into].cameo == "011")
      records[into].status = records[from].status;
    // An undated complement of the framing verb's status takes its date ("agreed on Wednesday to begin
    // negotiations"), and so does an act refused, which did not happen as of the refusal's date ("refused on
    // Tuesday to withdraw its tariffs": a rejection, 12, negated).
    if (!records[into].date && records[from].date &&
        (records[into].status == records[from].status || records[into].cameo.starts_with("12")))
      records[into].date = records[from].date;
    dropped[from] = true;
  }
  JoinPurposeNouns(b, read, record_of, records, &dropped);
  FrameAppealsAndPurposes(b, read, read_at, record_of, records, &dropped);
  JoinDefiniteNouns(b, read, read_at, records, &dropped);
  CondemnedDeeds(b, read, read_at, record_of, records, &dropped);
  JoinAnaphoricNouns(b, read, read_at, records, &dropped);
  JoinInProtest(b, read, record_of, records, &dropped);
  const Dateline dateline(b, records);
  EntityActors entity_actors(a, actors, date);
  std::vector<uint8_t> listed(records.size());
  for (size_t r = 0; r < records.size(); ++r) listed[r] = !dropped[r] && (all || Listed(records, quiet, governor_of, r));
  {
    std::vector<std::optional<newsgraph::EventDate>> bound(records.size());
    for (size_t r = 0; r < records.size(); ++r)
      if (listed[r] && !records[r].date && records[r].status == EventStatus::kHappened)
        bound[r] = PastBound(b, read, record_of, records, records[r]);
    for (size_t r = 0; r < records.size(); ++r)
      if (bound[r]) records[r].date = std::move(bound[r]);
  }
  const size_t first_listed = a.events.size();
  for (size_t r = 0; r < records.size(); ++r) {
    if (!listed[r]) continue;
    Event& rec = records[r];
    if (rec.place < 0 && dateline.Places(rec, b.date)) rec.place = dateline.entity;
    if (rec.cameo.empty())  // actor codes are for coded events, and so are participants known by them alone
      std::erase_if(rec.participants, [](const newsgraph::EventParticipant& p) { return p.entity < 0; });
    else if (rec.type.empty())  // and words that name neither, for typed events ("attacked a synagogue")
      std::erase_if(rec.participants, Phrase);
    for (newsgraph::EventParticipant& p : rec.participants) {
      if (rec.cameo.empty())
        p.actor.clear();
      else if (p.entity >= 0)
        p.actor = entity_actors.Of(p.entity, p.actor);
    }
    PairedSidesOfAMutualAct(b, &rec, &stems);
    if (rec.date) b.Interval(rec);
    if (rec.date && rec.status == EventStatus::kOngoing) rec.date->on_or_before = false;  // it holds at that date
    if (!std::is_sorted(rec.mentions.begin(), rec.mentions.end(), ByStart))
      std::sort(rec.mentions.begin(), rec.mentions.end(), ByStart);
    a.events.push_back(std::move(rec));
  }
  JointNounsOfTwoSides(b, &a.events, first_listed);
}

}  // namespace newsgraph::events
