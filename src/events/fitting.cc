#include "events/fitting.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include "events/verb_group.h"
#include "util/word_table.h"

namespace newsgraph::events {

namespace {

// WordNet's lexicographer files of nouns (lexnames): the kinds of thing.
constexpr int kNounTops = 3, kNounAct = 4, kNounEvent = 11, kNounGroup = 14, kNounLocation = 15, kNounPerson = 18,
              kNounPossession = 21;

ObjectKind KindOf(const SenseLexicon::Senses& s) {
  switch (s.noun) {
    case kNounPerson:
    case kNounGroup:
    case kNounLocation:
      return ObjectKind::kActor;
    case -1:
    case kNounTops:
    case kNounAct:         // "help", "support", "cooperation": the act itself
    case kNounEvent:
    case kNounPossession:  // money, funds, loans
      return ObjectKind::kUnknown;
    default:
      break;
  }
  // A thing whose other senses include a person or a group ("head", "party", "leadership") decides nothing.
  const uint64_t people = (uint64_t{1} << kNounPerson) | (uint64_t{1} << kNounGroup);
  return (s.mask & people) ? ObjectKind::kUnknown : ObjectKind::kThing;
}

template <size_t N>
bool In(std::string_view word, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Pronouns, numbers and quantifiers ("released the seven", "freed 20", "released others") may stand for people;
// "times" says how often.
constexpr std::string_view kMayBePeople[] = {
    "him", "her", "them", "us", "me", "you", "i", "he", "she", "we", "they", "himself", "herself", "themselves",
    "itself", "it", "this", "that", "these", "those", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "others",
    "other", "some", "many", "all", "both", "few", "several", "most",
    // how often, no object: "phoned Dein three times"
    "times", "time"};

// Verbs of asking and inviting: their "to" complement is what is asked.
constexpr std::string_view kAsking[] = {"urge", "ask", "press", "pressure", "appeal", "encourage", "invite", "call",
                                        "push", "beg", "request"};

// Verbs that announce their "to" complement: their intent code (03) says what is announced.
constexpr std::string_view kAnnouncing[] = {"agree", "pledge", "promise", "offer", "vow", "plan", "intend", "decide",
                                            "prepare", "determine", "commit", "undertake", "resolve", "swear",
                                            "guarantee", "assure", "threaten", "aim", "seek", "try", "attempt",
                                            "hope", "want", "expect"};

// Verbs the trigger tagger takes for no event, which still make a complement ("came to be", "helps to have").
constexpr std::string_view kLightVerbs[] = {"be", "have", "do", "get", "make", "keep", "become", "take"};

ObjectKind ParticipantKind(const EventParticipant& p, const SentenceWords& w, size_t sentence_begin,
                           const Analysis& a, const CameoCoder& coder, const SenseLexicon* senses, bool endorsing,
                           bool yielding, CoderScratch* scratch) {
  if (!p.actor.empty()) return ObjectKind::kActor;
  if (p.pronoun || p.token_end <= p.token_begin || p.token_begin < sentence_begin) return ObjectKind::kUnknown;
  const size_t last = p.token_end - 1 - sentence_begin;
  if (last >= w.lower.size()) return ObjectKind::kUnknown;
  // A name in the phrase: what is backed, hosted or debated is its owner's act ("backed Mr Howard's stance" backs
  // Howard); but what is released (08) is the head's ("released Abu Zubaydah"; "Schlafly's final book was released"
  // frees no one).
  const int32_t mention = !yielding && p.mention >= 0 ? p.mention : w.mention[last];
  if (mention >= 0)
    return a.mentions[mention].type == EntityType::kMisc ? ObjectKind::kUnknown : ObjectKind::kActor;
  if (last > 0 && !w.text[last].empty() && w.text[last][0] >= 'A' && w.text[last][0] <= 'Z')
    return ObjectKind::kUnknown;  // a name the tagger missed
  const std::string_view head = w.lower[last];
  if (In(head, kMayBePeople) || std::any_of(head.begin(), head.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return ObjectKind::kUnknown;
  // An event noun says the act ("offered help", "agreed a ceasefire"); what is backed or praised (05) may be any
  // act, named by a form of a coded verb ("welcomed the releases"; "introduced a bill" is no charging).
  if (coder.CodeNoun(w.lower, last, scratch)) return ObjectKind::kAct;
  if (endorsing) {
    const std::vector<std::string_view> alone{head};
    if (coder.CodeVerb(alone, 0, 0, 1, scratch)) return ObjectKind::kAct;
  }
  // "offered no timeline": nothing offered, whatever the noun (a person's "no one" aside).
  const ObjectKind kind = NounKind(senses, head);
  if (kind == ObjectKind::kUnknown && w.lower[p.token_begin - sentence_begin] == "no" && head != "one")
    return ObjectKind::kThing;
  return kind;
}

// The senses of a noun, else of its singular: "clips", "prisoners", then (`more_plurals`) "policies", "boxes".
const SenseLexicon::Senses* NounSenses(const SenseLexicon& senses, std::string_view word, bool more_plurals) {
  const SenseLexicon::Senses* s = senses.Find(word);
  if (s || word.size() <= 3 || word.back() != 's') return s;
  s = senses.Find(word.substr(0, word.size() - 1));
  if (!s && more_plurals && word.ends_with("ies")) s = senses.Find(std::string(word.substr(0, word.size() - 3)) + "y");
  if (!s && more_plurals && word.ends_with("es")) s = senses.Find(word.substr(0, word.size() - 2));
  return s;
}

// Whether the phrase's head is a noun of place ("centres", "areas"), not a name.
bool PlaceNoun(const EventParticipant& p, const SentenceWords& w, size_t sentence_begin, const SenseLexicon* senses) {
  if (!senses || p.token_end <= p.token_begin || p.token_begin < sentence_begin) return false;
  const size_t last = p.token_end - 1 - sentence_begin;
  if (last >= w.lower.size() || w.mention[last] >= 0) return false;
  const SenseLexicon::Senses* s = NounSenses(*senses, w.lower[last], false);
  return s && s->noun == kNounLocation;
}

}  // namespace

ObjectKind NounKind(const SenseLexicon* senses, std::string_view head) {
  if (!senses || head.empty()) return ObjectKind::kUnknown;
  // Facts WordNet files among groups ("data", "findings": a collection of facts).
  constexpr std::string_view kFacts[] = {"data", "findings", "statistics", "figures", "results"};
  if (In(head, kFacts)) return ObjectKind::kThing;
  const SenseLexicon::Senses* s = NounSenses(*senses, head, true);
  return s ? KindOf(*s) : ObjectKind::kUnknown;
}

bool AbstractTarget(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a,
                    const CameoCoder& coder, const SenseLexicon* senses, CoderScratch* scratch) {
  const std::string_view code = e.CameoOrReverse();
  // Protest (14: "demonstrate her staying power" shows, "demonstrated against" protests) and force (17-20).
  const bool force = code.size() >= 3 && ((code[0] == '1' && (code[1] >= '7' || code[1] == '4')) || code[0] == '2');
  if (!senses || !force || e.trigger.pos != EventPos::kVerb || e.group.passive || e.merged || e.pattern_words > 0 ||
      e.trigger.token < sentence_begin)
    return false;
  // Attribute, cognition, communication, feeling, motive, quantity, relation, state, time (not a holding: "seized
  // assets" is a confiscation).
  constexpr uint64_t kAbstract = (uint64_t{1} << 7) | (uint64_t{1} << 9) | (uint64_t{1} << 10) | (uint64_t{1} << 12) |
                                 (uint64_t{1} << 16) | (uint64_t{1} << 23) | (uint64_t{1} << 24) | (uint64_t{1} << 26) |
                                 (uint64_t{1} << 28);
  constexpr uint64_t kSomeone = (uint64_t{1} << kNounPerson) | (uint64_t{1} << kNounGroup) |
                                (uint64_t{1} << kNounLocation);
  bool abstract = false;
  for (const EventParticipant& p : e.participants) {
    if (p.role != ParticipantRole::kTarget) continue;
    const ObjectKind kind = ParticipantKind(p, w, sentence_begin, a, coder, senses, false, false, scratch);
    if (kind == ObjectKind::kActor || kind == ObjectKind::kAct) return false;
    if (p.rank != 0 || p.pronoun || p.token_end <= p.token_begin || p.token_begin < sentence_begin) continue;
    if (p.token_begin != e.verb_end) continue;  // the direct object only ("marched in silence" is a march)
    const std::string_view head = w.lower[p.token_end - 1 - sentence_begin];
    const SenseLexicon::Senses* s = NounSenses(*senses, head, false);
    if (!s || kind != ObjectKind::kThing) continue;
    abstract = s->noun >= 0 && ((uint64_t{1} << s->noun) & kAbstract) && !(s->mask & kSomeone);
  }
  return abstract;
}

bool CodeNeedsFittingObject(std::string_view cameo) {
  return cameo.size() >= 3 && cameo[0] == '0' && cameo[1] >= '3' && cameo[1] <= '8';
}

bool UnfitObject(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a,
                 const CameoCoder& coder, const SenseLexicon* senses, CoderScratch* scratch) {
  const std::string_view code = e.CameoOrReverse();
  if (e.trigger.pos != EventPos::kVerb || e.merged || e.pattern_words > 1 || !CodeNeedsFittingObject(code) ||
      e.trigger.token < sentence_begin)
    return false;
  const size_t n = w.lower.size();
  // A verb brought in: "help assess", "came to be" (which the pattern "come (to)" codes), "helps to have". Intents
  // (03) of verbs that announce their complement ("agreed to", "promised to") are the announcing verb's to code;
  // an intent read from the future tense ("will help assess") is not.
  std::vector<std::string>& lemmas = w.stems;
  VerbLexicon::Get().Lemmas(w.lower[e.trigger.token - sentence_begin], &lemmas);
  auto lemma_in = [&](auto& list) {
    return std::any_of(lemmas.begin(), lemmas.end(), [&](const std::string& l) { return In(l, list); });
  };
  if (e.verb_end > sentence_begin && e.verb_end - sentence_begin < n && !lemma_in(kAsking) &&
      (code[1] >= '4' || !lemma_in(kAnnouncing))) {
    size_t next = e.verb_end - sentence_begin;
    const bool to = w.lower[next] == "to";
    if (to) ++next;
    if (next < n) {
      if (In(w.lower[next], kLightVerbs)) return true;
      // A word WordNet knows only as a verb ("assess", "reunite") is a verb the tagger passed over.
      const SenseLexicon::Senses* next_senses = senses ? senses->Find(w.lower[next]) : nullptr;
      if (!to && next_senses && next_senses->noun < 0 && next_senses->adjective < 0 && next_senses->verb >= 0)
        return true;
      if (w.verb[next]) {
        if (to) return true;
        // Bare, the verb is in its base form ("help assess", "helped fuel").
        VerbLexicon::Get().Lemmas(w.lower[next], &lemmas);
        if (std::find(lemmas.begin(), lemmas.end(), w.lower[next]) != lemmas.end()) return true;
      }
    }
  }
  // The object, of a verb no pattern coded, or only a particle's ("come (to)" 040: "came to an end", "comes to
  // mind", "come to terms"; not "came to Kyiv").
  if (e.pattern_words > 0 && !e.particle_pattern) return false;
  bool thing = false, target = false;
  for (const EventParticipant& p : e.participants) {
    if (p.role != ParticipantRole::kTarget) continue;
    target = true;
    const ObjectKind kind = ParticipantKind(p, w, sentence_begin, a, coder, senses, code[1] == '5', code[1] == '8',
                                            scratch);
    // Any candidate decides ("agreed to a full and [immediate ceasefire]"), but a later phrase headed by a noun of
    // place only says where ("offered no timeline for new cooling centres").
    if (kind == ObjectKind::kAct) return false;
    if (kind == ObjectKind::kActor && (p.rank == 0 || !PlaceNoun(p, w, sentence_begin, senses))) return false;
    if (p.rank == 0 && kind == ObjectKind::kThing) thing = true;
  }
  if (thing) return true;
  // A passive no actor takes part in is a state, no act ("heatwaves were associated with a rise in admissions").
  if (e.group.passive) {
    bool actor = false;
    for (const EventParticipant& p : e.participants) {
      const ObjectKind kind = ParticipantKind(p, w, sentence_begin, a, coder, senses, code[1] == '5', code[1] == '8',
                                              scratch);
      actor |= kind == ObjectKind::kActor || kind == ObjectKind::kAct || p.pronoun;
      // Words that may name someone: a capitalised head ("establishment Republicans"), "these", "the seven".
      if (kind == ObjectKind::kUnknown && p.token_end > p.token_begin && p.token_begin >= sentence_begin &&
          p.token_end - sentence_begin <= n) {
        const size_t last = p.token_end - 1 - sentence_begin;
        const std::string_view text = w.text[last];
        actor |= In(w.lower[last], kMayBePeople) || (!text.empty() && text[0] >= 'A' && text[0] <= 'Z');
      }
    }
    if (!actor) return true;
  }
  if (target) return false;
  // No object: a passive or a participle after its noun has what it acts on before it ("The set, released on
  // Tuesday, features", "a poll released last week", "the report was released"); a thing there is no one
  // released, helped or met.
  const size_t at = e.trigger.token - sentence_begin;
  const std::string_view form = w.lower[at];
  const bool participle = e.group.begin == at &&
                          (form.ends_with("ed") || form.ends_with("en") || form.ends_with("wn"));
  if (!e.group.passive && e.group.tense != "PASTPART" && !participle) return false;
  for (const EventParticipant& p : e.participants) {
    if (p.role != ParticipantRole::kSource || p.token_end > e.trigger.token) continue;
    // Right before the participle, or before the comma that sets it off.
    if (!e.group.passive && e.group.tense != "PASTPART" && p.token_end != e.trigger.token &&
        !(p.token_end + 1 == e.trigger.token && w.lower[at - 1] == ","))
      continue;
    const ObjectKind kind = ParticipantKind(p, w, sentence_begin, a, coder, senses, code[1] == '5', code[1] == '8',
                                            scratch);
    if (kind == ObjectKind::kActor || kind == ObjectKind::kAct) return false;
    if (kind == ObjectKind::kThing) thing = true;
  }
  return thing;
}

bool NamesParticipant(const EventParticipant& p, const ReadEvent& e, const SentenceWords& w, size_t sentence_begin,
                      const CameoCoder& coder, const SenseLexicon* senses, CoderScratch* scratch) {
  constexpr int kNounArtifact = 6, kNounObject = 17;
  constexpr std::string_view kPrepositions[] = {
      "of",   "in",     "at",      "on",     "for",    "with",   "from",   "by",      "to",    "near",
      "into", "onto",   "against", "over",   "under",  "after",  "before", "during",  "since", "amid",
      "about", "across", "through", "between", "among", "outside", "inside", "toward", "towards", "off",
      "throughout", "without", "like", "per", "via", "despite", "including"};
  constexpr std::string_view kPlacePrepositions[] = {"in", "near", "off", "outside", "inside", "through", "across",
                                                     "throughout", "within", "around"};
  constexpr std::string_view kClauseWords[] = {"that", "which", "who", "whom", "whose", "when", "where", "while",
                                               "if", "because", "whether", ";", ":", "(", ")", "\""};
  constexpr std::string_view kNumbers[] = {"dozens", "hundreds", "thousands", "millions", "scores", "tens",
                                           "dozen", "hundred", "thousand", "million"};
  if (!senses || p.pronoun || p.token_end <= p.token_begin || p.token_begin < sentence_begin) return false;
  const size_t begin = p.token_begin - sentence_begin, end = p.token_end - sentence_begin;
  if (end > w.lower.size()) return false;
  const bool after_place = begin > 0 && In(w.lower[begin - 1], kPlacePrepositions);
  // A subject (or a passive's) next to its verb group: a phrase further away, or past a comma, is too often another
  // clause's ("Gunmen who kidnapped [25 schoolgirls] from a boarding school ... have released").
  constexpr size_t kGap = 3;
  if (e.trigger.pos == EventPos::kVerb && end <= e.group.begin) {
    if (e.group.begin - end > kGap) return false;
    for (size_t t = end; t < e.group.begin; ++t)
      if (w.punctuation[t]) return false;
  }
  const std::string_view code = e.CameoOrReverse();
  const bool force = code.size() >= 2 && code.compare(0, 2, "17") >= 0;
  size_t head = SIZE_MAX;
  for (size_t t = begin; t < end; ++t) {
    const std::string_view x = w.lower[t];
    if (w.verb[t] || w.time[t] || In(x, kClauseWords)) return false;  // a clause or a time
    if (x == "'s" || x == "'" || x == "’s" || x == "-") continue;
    if (x == "," || (In(x, kPrepositions) && !(x == "of" && head != SIZE_MAX && In(w.lower[head], kNumbers))))
      break;
    if (w.punctuation[t]) return false;
    head = t;
  }
  if (head == SIZE_MAX) return false;
  const std::string_view word = w.lower[head];
  // A pronoun or a number alone says nothing of who; nor does a quantity ("attended by more than 800 guests",
  // "charged more", "to top the mark": WordNet's first "more" is Thomas More) nor a phrase that starts inside a word.
  constexpr std::string_view kQuantities[] = {"more", "less", "fewer", "least", "much", "lot", "lots", "top",
                                              "rest", "half", "part", "bit"};
  if (In(word, kMayBePeople) || In(word, kQuantities) || w.punctuation[begin] || w.lower[begin] == "'s") return false;
  // What force is done with, never to: "fired tear gas and rubber bullets at", "launched drones".
  constexpr std::string_view kMeansOfForce[] = {
      "bullet", "bullets", "gas", "missile", "missiles", "rocket", "rockets", "shell", "shells", "drone", "drones",
      "bomb", "bombs", "grenade", "grenades", "weapon", "weapons", "arms", "artillery", "mortar", "mortars",
      "munitions", "ammunition", "rounds", "shots", "cannon", "cannons", "explosives", "warhead", "warheads",
      "projectile", "projectiles", "batons", "truncheons", "pellets", "shrapnel", "fire"};
  if (In(word, kMeansOfForce)) return false;
  // An event noun is an act, not who ("called an emergency meeting"); a head the noun phrase goes on past is no
  // head ("to verify [official] reports").
  if (coder.CodeNoun(w.lower, head, scratch)) return false;
  if (head + 1 < w.lower.size() && !w.time[head + 1] && w.mention[head + 1] < 0 && NounPhraseEnd(w, head) > head + 1)
    return false;
  // A lone singular word with no determiner is no phrase of someone ("he barely ate", "would be open", "up front").
  if (end == begin + 1 && !word.ends_with('s')) return false;
  const SenseLexicon::Senses* s = NounSenses(*senses, word, true);  // "schoolgirls", "militias", "protesters"
  if (!s) return false;
  const bool place = s->noun == kNounLocation || s->noun == kNounObject;
  // ("at" is this event's for a phrase after it: "retirees" of "fired at retirees ... protesting" acts.)
  if (after_place || (begin > 0 && w.lower[begin - 1] == "at" && begin > e.trigger.token - sentence_begin &&
                      (place || !force)))
    return false;
  if (s->noun == kNounPerson || s->noun == kNounGroup || place) return true;
  return force && p.role == ParticipantRole::kTarget && s->noun == kNounArtifact;
}

void ProposedNouns(const SentenceWords& w, size_t sentence_begin, size_t first, std::vector<ReadEvent>* out) {
  constexpr std::string_view kProposing[] = {
      "proposal", "proposals", "plan", "plans", "offer", "offers", "call", "calls", "bid", "bids", "request",
      "requests", "demand", "demands", "appeal", "appeals", "push", "idea", "initiative", "draft", "blueprint",
      "hope", "hopes", "prospect", "prospects", "proposition", "roadmap", "framework"};
  const size_t n = w.lower.size();
  for (size_t k = first; k < out->size(); ++k) {
    ReadEvent& e = (*out)[k];
    if (e.trigger.pos != EventPos::kNoun || e.merged || e.trigger.token < sentence_begin) continue;
    const size_t at = e.trigger.token - sentence_begin;
    if (at >= n) continue;
    // Back over the noun's own phrase (determiners, numbers, adjectives: "a 30-day", "direct") to "for" / "of".
    size_t p = at;
    while (p > 0 && at - p < 4 && !w.verb[p - 1] && !w.punctuation[p - 1] && w.lower[p - 1] != "for" &&
           w.lower[p - 1] != "of" && w.mention[p - 1] < 0)
      --p;
    if (p < 2 || (w.lower[p - 1] != "for" && w.lower[p - 1] != "of")) continue;
    // The noun of proposing right before it, or before a "by" phrase ("a proposal by the United States for").
    const size_t q = p - 1;
    bool proposed = In(w.lower[q - 1], kProposing);
    for (size_t by = q; !proposed && by-- > 1 && q - by <= 6 && !w.verb[by] && !w.punctuation[by];)
      if (w.lower[by] == "by") {
        proposed = In(w.lower[by - 1], kProposing);
        break;
      }
    if (proposed) e.merged = true;
  }
}

bool MilitaryStrike(const SentenceWords& w, size_t at) {
  const size_t n = w.lower.size();
  if (at + 2 >= n || (w.lower[at] != "strike" && w.lower[at] != "strikes") || w.lower[at + 1] != "on") return false;
  // Who struck, named in the noun's phrase: a possessor or a name ("Israel's strike", "a US strike", "Russian
  // strikes"); "a strike on the Buenos Aires underground" names none (a stoppage of its workers).
  bool named = false;
  for (size_t b = at; b-- > 0 && at - b <= 3 && !w.verb[b] && (!w.punctuation[b] || w.lower[b] == "'s" ||
                                                                w.lower[b] == "’s");)
    if (w.mention[b] >= 0 || (b > 0 && !w.text[b].empty() && w.text[b][0] >= 'A' && w.text[b][0] <= 'Z')) {
      named = true;
      break;
    }
  if (!named) return false;
  size_t t = at + 2;
  constexpr std::string_view kDeterminers[] = {"a", "an", "the", "its", "their", "his", "her", "two", "three"};
  while (t < n && In(w.lower[t], kDeterminers)) ++t;
  // A time ("on Monday", "on 3 March") or no phrase at all.
  if (t >= n || w.time[t] || w.punctuation[t] || w.verb[t]) return false;
  constexpr std::string_view kTimes[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday", "weekend", "day", "morning", "evening", "night"};
  return !In(w.lower[t], kTimes);
}

namespace {

// Words only games use (a sport report has three different ones).
constexpr std::string_view kSportWords[] = {
    "league", "premiership", "tournament", "championship", "championships", "squad", "coach", "goalkeeper", "scored",
    "tries", "rugby", "football", "cricket", "tennis", "semi-final", "semi-finals", "quarter-final",
    "quarter-finals", "finalist", "fixture", "fixtures", "half-time", "referee", "innings", "wickets",
    "striker", "midfielder", "fly-half", "winger", "seeded", "olympic", "olympics", "medal", "stadium", "unbeaten",
    "midfield", "try-line", "scrum", "sevens", "slam", "athletics", "six-nations"};

// Words of a contest (a game, an election, a ranking) in the sentence of a verb of winning.
constexpr std::string_view kContestWords[] = {
    "match", "matches", "game", "games", "cup", "final", "finals", "season", "points", "win", "wins", "won",
    "victory", "victories", "title", "titles", "race", "races", "primary", "primaries", "caucus", "caucuses",
    "election", "elections", "poll", "polls", "vote", "votes", "voters", "percent", "nomination", "contest", "award",
    "awards", "chart", "charts", "ratings", "competition", "expectations", "forecasts", "estimates", "match-up",
    "match-ups", "ballot", "trophy", "medal", "champion", "champions", "nations", "market", "box-office", "sales"};

// Words of play, for any verb of force in a report of games ("kicked the penalty to touch", "hit the upright", "blocked
// it after a corner", "caught Heinze on the head during United's win"); no word that violence news shares ("shot",
// "injured", "attack", "club", "team").
constexpr std::string_view kPlayWords[] = {
    "ball", "kick", "kicks", "penalty", "penalties", "try", "tries", "goal", "goals", "scored", "score", "scores",
    "half-time", "minute", "pass", "header", "line-out", "scrum", "tackle", "upright", "corner", "pitch", "wing",
    "bend", "lap", "jump", "squad", "coach", "players", "hamstring", "metres", "referee", "opponents", "midfield",
    "line-up", "fly-half", "striker", "defender", "goalkeeper", "winger", "replacement", "draw"};

// Verbs of winning a contest (lemmas).
constexpr std::string_view kWinning[] = {"beat", "defeat", "thrash", "dominate", "crush", "rout", "trounce",
                                         "hammer", "edge", "outplay", "overpower", "overwhelm", "whip", "humble",
                                         "outclass", "outscore", "outpoint"};

// What is won or reached, not harmed: prizes and levels ("snatched three points", "hit a record high").
constexpr std::string_view kPrizes[] = {
    "title", "titles", "points", "point", "win", "victory", "lead", "crown", "trophy", "medal", "medals", "cup",
    "gold", "silver", "bronze", "record", "records", "high", "highs", "low", "lows", "bottom", "peak", "peaks",
    "level", "levels", "mark", "milestone", "heights", "ceiling", "shops", "shelves", "stores", "airwaves",
    "headlines", "charts", "jackpot", "primary", "primaries", "nomination", "seat", "seats", "championship",
    "pole"};

// Heads of a market's phrases ("market" itself may be a marketplace: "a bomber attacked a market").
constexpr std::string_view kMarketWords[] = {
    "share", "shares", "stock", "stocks", "price", "prices", "index", "indices", "crude",
    "profit", "profits", "earnings", "sales", "revenue", "revenues", "costs", "currency", "yields", "bonds",
    "futures", "dow", "nasdaq", "ftse", "nikkei", "dax", "sterling", "dollar", "euro", "yen", "valuation"};

// Actor codes of people who carry arms.
constexpr std::string_view kArmed[] = {"MIL", "REB", "INS", "IMG", "UAF", "COP", "SPY", "SEP"};

bool ArmedActor(const std::string& code) {
  for (size_t i = 3; i + 3 <= code.size(); i += 3)
    if (In(code.substr(i, 3), kArmed)) return true;
  return false;
}

bool Score(std::string_view t) {
  const size_t dash = t.find('-');
  if (dash == 0 || dash == std::string_view::npos || dash + 1 >= t.size()) return false;
  auto digits = [](std::string_view s) {
    return !s.empty() && s.size() <= 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  return digits(t.substr(0, dash)) && digits(t.substr(dash + 1));
}

}  // namespace

static_assert(std::size(kSportWords) <= 64);

bool SportDocument(const std::vector<std::string_view>& lower) {
  // Every token of every document is asked: one hash lookup (whose bit filter answers for most words) for each,
  // which gives the word's place in kSportWords.
  static const auto* kIndex = [] {
    auto* table = new util::WordTable<uint8_t>();
    for (size_t k = 0; k < std::size(kSportWords); ++k) table->Insert(kSportWords[k]) = static_cast<uint8_t>(k);
    return table;
  }();
  uint64_t seen = 0;
  for (size_t i = 0; i < lower.size(); ++i) {
    std::string_view t = lower[i];
    if (t == "nations" && i > 0 && lower[i - 1] == "six") t = "six-nations";
    if (const uint8_t* k = kIndex->Find(t)) seen |= uint64_t{1} << *k;
  }
  return std::popcount(seen) >= 3;
}

bool ContestOrMarket(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, bool sport) {
  const std::string_view code = e.CameoOrReverse();
  if (code.size() < 3 || e.merged || e.trigger.token < sentence_begin) return false;
  const std::string_view root = code.substr(0, 2);
  // Threats of force (138), not warnings (130: "warned that prices could fall" is a warning).
  const bool force = code.starts_with("138") || root == "17" || root == "18" || root == "19" || root == "20";
  // A report of games also blocks shots (144, "blocked it with his legs").
  if (!force && !(sport && code.starts_with("144"))) return false;
  const size_t n = w.lower.size();
  const size_t at = e.trigger.token - sentence_begin;
  if (at >= n) return false;
  for (const EventParticipant& p : e.participants)
    if (ArmedActor(p.actor)) return false;
  auto head = [&](const EventParticipant& p) -> std::string_view {
    if (p.pronoun || p.token_end <= p.token_begin || p.token_begin < sentence_begin ||
        p.token_end - sentence_begin > n)
      return {};
    return w.lower[p.token_end - 1 - sentence_begin];
  };
  // A verb's own subject or object ("Hariri killing hits Beirut shares": the killing is one); a verb of winning the
  // tagger took for a noun ("would easily beat") is still one.
  const bool verb = e.trigger.pos == EventPos::kVerb;
  // A report of games: force in a sentence of play ("Milan Baros shot wildly", "Ireland kicked the penalty").
  if (sport && verb)
    for (size_t k = 0; k < n; ++k)
      if (k != at && (In(w.lower[k], kPlayWords) || In(w.lower[k], kContestWords))) return true;
  if (!force) return false;
  // A market's move: "shares hit", "oil prices hit a high", "hits Beirut shares".
  for (const EventParticipant& p : e.participants)
    if (verb && p.rank == 0 && In(head(p), kMarketWords)) return true;
  // A prize or a level won or reached.
  for (const EventParticipant& p : e.participants)
    if (verb && p.role == ParticipantRole::kTarget && p.rank == 0 && In(head(p), kPrizes)) return true;
  std::vector<std::string>& lemmas = w.stems;
  VerbLexicon::Get().Lemmas(w.lower[at], &lemmas);
  if (std::none_of(lemmas.begin(), lemmas.end(), [](const std::string& l) { return In(l, kWinning); }))
    return false;
  // "beat up", "beaten to death", "beaten with batons": harm done.
  const size_t after = e.verb_end > sentence_begin ? e.verb_end - sentence_begin : at + 1;
  for (size_t k = at + 1; k < std::min(n, after + 4); ++k)
    if (w.lower[k] == "up" || w.lower[k] == "death" || w.lower[k] == "batons" || w.lower[k] == "sticks" ||
        w.lower[k] == "unconscious" || w.lower[k] == "severely")
      return false;
  if (sport) return true;
  for (size_t k = 0; k < n; ++k)
    if ((k != at && In(w.lower[k], kContestWords)) || Score(w.lower[k]) || w.lower[k].ends_with('%')) return true;
  return false;
}

bool VerbalAttack(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a) {
  const std::string_view code = e.cameo;
  if (code.size() < 3 || e.merged || e.trigger.pos != EventPos::kVerb || e.trigger.token < sentence_begin ||
      !(code.starts_with("18") || code.starts_with("19") || code.starts_with("20")))
    return false;
  const size_t n = w.lower.size();
  const size_t at = e.trigger.token - sentence_begin;
  if (at >= n) return false;
  // Not "attack" ("attacked her for being gay" may be an assault).
  constexpr std::string_view kStriking[] = {"hit", "hammer", "blast", "slam", "bash", "pummel", "savage"};
  std::vector<std::string>& lemmas = w.stems;
  VerbLexicon::Get().Lemmas(w.lower[at], &lemmas);
  if (std::none_of(lemmas.begin(), lemmas.end(), [&](const std::string& l) { return In(l, kStriking); }))
    return false;
  for (const EventParticipant& p : e.participants)
    if (ArmedActor(p.actor)) return false;
  for (const EventParticipant& p : e.participants) {
    if (p.role != ParticipantRole::kTarget || p.rank != 0 || p.token_end <= p.token_begin ||
        p.token_begin < sentence_begin || p.token_end - sentence_begin > n)
      continue;
    const size_t first = p.token_begin - sentence_begin, last = p.token_end - 1 - sentence_begin;
    // The person's name opens the phrase (which may run on: "Bernie Sanders on immigration"), or "him", "her".
    size_t k = first;
    if (p.mention >= 0 && a.mentions[p.mention].type == EntityType::kPerson && w.mention[first] == p.mention) {
      while (k <= last && w.mention[k] == p.mention) ++k;
    } else if (first == last && (w.lower[first] == "him" || w.lower[first] == "her")) {
      k = last + 1;
    } else {
      continue;
    }
    // "on Monday" says when: the fault may follow ("blasted Trump on Monday over his stance").
    while (k < n && (w.time[k] || (w.lower[k] == "on" && k + 1 < n && w.time[k + 1]))) ++k;
    if (k + 1 >= n || (w.lower[k] != "on" && w.lower[k] != "for" && w.lower[k] != "over") || w.punctuation[k + 1] ||
        w.mention[k + 1] >= 0)
      continue;
    // "hit him on the head": a blow.
    size_t m = k + 1;
    constexpr std::string_view kDeterminers[] = {"the", "his", "her", "their", "its", "a"};
    while (m + 1 < n && In(w.lower[m], kDeterminers)) ++m;
    constexpr std::string_view kBody[] = {"head", "face", "leg", "legs", "arm", "arms", "back", "chest", "neck",
                                          "body", "nose", "jaw", "eye", "eyes", "shoulder", "stomach", "hand"};
    if (!In(w.lower[m], kBody)) return true;
  }
  return false;
}

}  // namespace newsgraph::events
