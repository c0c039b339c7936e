#include "events/fitting.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdint>
#include <initializer_list>
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

const SenseLexicon::Senses* NounSenses(const SenseLexicon& senses, std::string_view word, bool more_plurals);

// What is published: a noun whose first WordNet sense is a thing said or thought (noun.communication,
// noun.cognition: "report", "analysis", "poll", "album") or a body of facts ("figures", "data"), and no sense of it a
// person or a group.
bool Publication(const SenseLexicon* senses, std::string_view word) {
  static constexpr std::string_view kFacts[] = {"data", "findings", "statistics", "figures", "results"};
  if (InList(word, kFacts)) return true;
  if (!senses) return false;
  const SenseLexicon::Senses* s = NounSenses(*senses, word, true);
  const uint64_t people = (uint64_t{1} << kNounPerson) | (uint64_t{1} << kNounGroup);
  return s && (s->noun == 9 || s->noun == 10) && !(s->mask & people);
}

ObjectKind ParticipantKind(const EventParticipant& p, const SentenceWords& w, size_t sentence_begin,
                           const Analysis& a, const CameoCoder& coder, const SenseLexicon* senses, bool endorsing,
                           bool yielding, CoderScratch* scratch, bool releasing = false) {
  // What is released is the head's: "the report of the Commission for Africa was released" frees no one, though a
  // name in the phrase has an actor code (not what is approved: "a reform of Brazil's bankruptcy laws").
  if (releasing && !p.pronoun && p.token_end > p.token_begin && p.token_begin >= sentence_begin &&
      p.token_end - 1 - sentence_begin < w.lower.size() && w.mention[p.token_end - 1 - sentence_begin] < 0 &&
      !InList(w.lower[p.token_end - 1 - sentence_begin], kMayBePeople) &&
      Publication(senses, w.lower[p.token_end - 1 - sentence_begin]) &&
      !coder.CodeNoun(w.lower, p.token_end - 1 - sentence_begin, scratch))  // "acquiesced to the demand"
    return ObjectKind::kThing;
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
  if (InList(head, kMayBePeople) || std::any_of(head.begin(), head.end(), [](char c) { return c >= '0' && c <= '9'; }))
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
  static constexpr std::string_view kFacts[] = {"data", "findings", "statistics", "figures", "results"};
  if (InList(head, kFacts)) return ObjectKind::kThing;
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
  const std::string_view verb = w.lower[e.trigger.token - sentence_begin];
  // Releasing (08, 035) a publication: "a poll released Monday", "the report will be released".
  const bool releasing = (code.starts_with("08") || code.starts_with("035")) && HasLemma(verb, "release", &lemmas);
  if (e.verb_end > sentence_begin && e.verb_end - sentence_begin < n && !LemmaIn(verb, kAsking, &lemmas) &&
      (code[1] >= '4' || !LemmaIn(verb, kAnnouncing, &lemmas))) {
    size_t next = e.verb_end - sentence_begin;
    const bool to = w.lower[next] == "to";
    if (to) ++next;
    if (next < n) {
      if (InList(w.lower[next], kLightVerbs)) return true;
      // A word WordNet knows only as a verb ("assess", "reunite") is a verb the tagger passed over.
      const SenseLexicon::Senses* next_senses = senses ? senses->Find(w.lower[next]) : nullptr;
      if (!to && next_senses && next_senses->noun < 0 && next_senses->adjective < 0 && next_senses->verb >= 0)
        return true;
      if (w.verb[next]) {
        if (to) return true;
        // Bare, the verb is in its base form ("help assess", "helped fuel").
        if (HasLemma(w.lower[next], w.lower[next], &lemmas)) return true;
      }
    }
  }
  // A participle right after a publication, or a passive whose subject ends in one right before its verb group,
  // releases it, whatever a later phrase names ("a poll released Monday, 50 percent of respondents chose Clinton",
  // "new figures released on Tuesday by the British Phonographic Industry", "the Commission for Africa's report
  // will be released").
  {
    const size_t at = e.trigger.token - sentence_begin, b = e.group.begin;
    const std::string_view form = at < n ? w.lower[at] : std::string_view();
    // A participle with no object of its own: a time, a preposition, a mark or nothing follows ("a poll released
    // Monday"; not the past tense of "those remarks allowed Republicans to").
    const size_t after = e.verb_end > sentence_begin ? e.verb_end - sentence_begin : at + 1;
    static constexpr std::string_view kAfter[] = {"on", "in", "at", "by", "last", "this", "earlier", "today",
                                                  "yesterday", "around", "before", "after", "since", "during", "for",
                                                  "to", "from", "shortly", "in", "early", "late", "and"};
    const bool participle = b == at && (form.ends_with("ed") || form.ends_with("en")) &&
                            (after >= n || w.time[after] || w.punctuation[after] || InList(w.lower[after], kAfter));
    if (releasing && e.pattern_words == 0 && b > 0 && at < n && (participle || e.group.passive) &&
        w.mention[b - 1] < 0 && !w.punctuation[b - 1] && !w.verb[b - 1] &&
        !InList(w.lower[b - 1], kMayBePeople) && Publication(senses, w.lower[b - 1]))
      return true;
  }
  // The object, of a verb no pattern coded, or only a particle's ("come (to)" 040: "came to an end", "comes to
  // mind", "come to terms"; not "came to Kyiv").
  if (e.pattern_words > 0 && !e.particle_pattern) return false;
  bool thing = false, target = false;
  for (const EventParticipant& p : e.participants) {
    if (p.role != ParticipantRole::kTarget) continue;
    target = true;
    const ObjectKind kind = ParticipantKind(p, w, sentence_begin, a, coder, senses, code[1] == '5', code[1] == '8',
                                            scratch, releasing);
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
                                              scratch, releasing);
      actor |= kind == ObjectKind::kActor || kind == ObjectKind::kAct || p.pronoun;
      // Words that may name someone: a capitalised head ("establishment Republicans"), "these", "the seven".
      if (kind == ObjectKind::kUnknown && p.token_end > p.token_begin && p.token_begin >= sentence_begin &&
          p.token_end - sentence_begin <= n) {
        const size_t last = p.token_end - 1 - sentence_begin;
        const std::string_view text = w.text[last];
        actor |= InList(w.lower[last], kMayBePeople) || (!text.empty() && text[0] >= 'A' && text[0] <= 'Z');
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
                                            scratch, releasing);
    if (kind == ObjectKind::kActor || kind == ObjectKind::kAct) return false;
    if (kind == ObjectKind::kThing) thing = true;
  }
  return thing;
}

bool MeansOfForce(std::string_view word) {
  static constexpr std::string_view kMeansOfForce[] = {"bullet", "bullets", "gas", "missile", "missiles", "rocket",
                                                       "rockets", "shell", "shells", "drone", "drones", "bomb", "bombs",
                                                       "grenade", "grenades", "weapon", "weapons", "arms", "artillery",
                                                       "mortar", "mortars", "munitions", "ammunition", "rounds",
                                                       "shots", "cannon", "cannons", "explosives", "warhead",
                                                       "warheads", "projectile", "projectiles", "batons", "truncheons",
                                                       "pellets", "shrapnel", "fire"};
  return InList(word, kMeansOfForce);
}

// "urged [node operators] to block transactions", "ordered [the trio] to return the money": the object of a verb of
// asking or ordering right before its "to" complement is someone, who is asked to act, whatever its noun (a word the
// sense lexicon files under no person or group).
bool AskedToAct(const EventParticipant& p, const ReadEvent& e, const SentenceWords& w, size_t sentence_begin,
                const CameoCoder& coder, const SenseLexicon* senses, CoderScratch* scratch) {
  static constexpr std::string_view kAskingToAct[] = {"urge", "ask", "tell", "order", "force", "invite", "persuade",
                                                      "encourage", "press", "pressure", "require", "instruct", "advise",
                                                      "compel", "oblige", "beg", "convince", "call", "appeal"};
  if (p.role != ParticipantRole::kTarget || p.rank != 0 || p.pronoun || p.mention >= 0 ||
      e.trigger.pos != EventPos::kVerb || p.token_begin < sentence_begin || p.token_end <= p.token_begin ||
      p.token_begin <= e.trigger.token)
    return false;
  const size_t begin = p.token_begin - sentence_begin, end = p.token_end - sentence_begin;
  if (end + 1 >= w.lower.size() || w.lower[end] != "to" || end - begin > 5) return false;
  // The complement's verb: a lower-case word of no closed class and no name ("to block", not "to the table").
  const size_t v = end + 1;
  if (w.mention[v] >= 0 || w.classes[v] != 0 || w.punctuation[v] || w.time[v] || w.text[v].empty() ||
      !(w.text[v][0] >= 'a' && w.text[v][0] <= 'z'))
    return false;
  for (size_t t = begin; t < end; ++t)
    if (w.verb[t] || w.time[t] || w.punctuation[t] || w.text[t].empty() || !(w.text[t][0] >= 'a' && w.text[t][0] <= 'z'))
      return false;
  // A noun phrase of people: a plural head or a determiner before it ("other donors", "the trio"); not a pronoun
  // ("him", "them": the pronoun readers' own), a particle ("ordered back to") or an act ("ordered a halt to work").
  static constexpr std::string_view kNotSomeone[] = {"him", "her", "them", "us", "me", "you", "it", "back", "up", "out",
                                                     "off", "down", "away", "everyone", "everybody", "anyone",
                                                     "anybody"};
  static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "their", "his", "her", "our", "other",
                                                      "all", "some", "both", "those", "these", "several", "many"};
  const std::string_view head = w.lower[end - 1];
  if (InList(head, kNotSomeone) || !(head.ends_with('s') || InList(w.lower[begin], kDeterminers))) return false;
  if (coder.CodeNoun(w.lower, end - 1, scratch)) return false;
  // A noun the sense lexicon knows is of people or a group in one of its senses ("a halt" is an act).
  if (senses)
    if (const SenseLexicon::Senses* s = NounSenses(*senses, head, true);
        s && !(s->mask & ((uint64_t{1} << kNounPerson) | (uint64_t{1} << kNounGroup))))
      return false;
  // Right after the verb (and its particle: "called on"), nothing else between.
  const size_t trigger = e.trigger.token - sentence_begin;
  if (begin > trigger + 2 || (begin == trigger + 2 && w.lower[trigger + 1] != "on" && w.lower[trigger + 1] != "upon"))
    return false;
  return LemmaIn(w.lower[trigger], kAskingToAct, &w.stems);
}

bool NamesParticipant(const EventParticipant& p, const ReadEvent& e, const SentenceWords& w, size_t sentence_begin,
                      const CameoCoder& coder, const SenseLexicon* senses, CoderScratch* scratch, bool* people) {
  constexpr int kNounArtifact = 6, kNounObject = 17;
  if (people) *people = false;
  static constexpr std::string_view kPrepositions[] = {"of", "in", "at", "on", "for", "with", "from", "by", "to",
                                                       "near", "into", "onto", "against", "over", "under", "after",
                                                       "before", "during", "since", "amid", "about", "across",
                                                       "through", "between", "among", "outside", "inside", "toward",
                                                       "towards", "off", "throughout", "without", "like", "per", "via",
                                                       "despite", "including"};
  static constexpr std::string_view kPlacePrepositions[] = {"in", "near", "off", "outside", "inside", "through",
                                                            "across", "throughout", "within", "around"};
  static constexpr std::string_view kClauseWords[] = {"that", "which", "who", "whom", "whose", "when", "where", "while",
                                                      "if", "because", "whether", ";", ":", "(", ")", "\""};
  static constexpr std::string_view kNumbers[] = {"dozens", "hundreds", "thousands", "millions", "scores", "tens",
                                                  "dozen", "hundred", "thousand", "million"};
  if (!senses || p.pronoun || p.token_end <= p.token_begin || p.token_begin < sentence_begin) return false;
  const size_t begin = p.token_begin - sentence_begin, end = p.token_end - sentence_begin;
  if (end > w.lower.size()) return false;
  const bool after_place = begin > 0 && InList(w.lower[begin - 1], kPlacePrepositions);
  // A subject (or a passive's) next to its verb group: a phrase further away, or past a comma, is too often another
  // clause's ("Gunmen who kidnapped [25 schoolgirls] from a boarding school ... have released").
  constexpr size_t kGap = 3;
  // A time between does not count ("A federal judge in Pennsylvania [on Monday] rejected"), nor does a relative
  // clause set off by commas right after the phrase ("The military[, which seized power in 2021,] continues to").
  if (e.trigger.pos == EventPos::kVerb && end <= e.group.begin &&
      !(end + 1 < e.group.begin && w.lower[end] == "," && (w.lower[end + 1] == "who" || w.lower[end + 1] == "which"))) {
    size_t gap = 0;
    for (size_t t = end; t < e.group.begin; ++t) {
      if (w.punctuation[t]) return false;
      gap += !w.time[t] && !(t + 1 < e.group.begin && w.time[t + 1] && (w.lower[t] == "on" || w.lower[t] == "in"));
    }
    if (gap > kGap) return false;
  }
  const std::string_view code = e.CameoOrReverse();
  const bool force = code.size() >= 2 && code.compare(0, 2, "17") >= 0;
  size_t head = SIZE_MAX;
  // "[At least] 14 people were detained", "[up to] 100 protesters", "[About] 2,000 miners": a quantity's modifier,
  // no preposition.
  size_t first_word = begin;
  if (begin + 2 < end && ((w.lower[begin] == "at" && (w.lower[begin + 1] == "least" || w.lower[begin + 1] == "most")) ||
                          (w.lower[begin] == "up" && w.lower[begin + 1] == "to")))
    first_word = begin + 2;
  else if (begin + 2 < end && (w.lower[begin] == "about" || w.lower[begin] == "around" || w.lower[begin] == "over" ||
                               w.lower[begin] == "nearly" || w.lower[begin] == "almost") &&
           ((!w.lower[begin + 1].empty() && w.lower[begin + 1][0] >= '0' && w.lower[begin + 1][0] <= '9') ||
            InList(w.lower[begin + 1], kNumbers)))
    first_word = begin + 1;
  for (size_t t = first_word; t < end; ++t) {
    const std::string_view x = w.lower[t];
    if (w.verb[t] || w.time[t] || InList(x, kClauseWords)) return false;  // a clause or a time
    if (x == "'s" || x == "'" || x == "’s" || x == "-") continue;
    if (x == "," || (InList(x, kPrepositions) && !(x == "of" && head != SIZE_MAX && InList(w.lower[head], kNumbers))))
      break;
    if (w.punctuation[t]) return false;
    head = t;
  }
  if (head == SIZE_MAX) return false;
  const std::string_view word = w.lower[head];
  // A pronoun or a number alone says nothing of who; nor does a quantity ("attended by more than 800 guests",
  // "charged more", "to top the mark": WordNet's first "more" is Thomas More) nor a phrase that starts inside a word.
  static constexpr std::string_view kQuantities[] = {"more", "less", "fewer", "least", "much", "lot", "lots", "top",
                                                     "rest", "half", "part", "bit"};
  if (InList(word, kMayBePeople) || InList(word, kQuantities) || w.punctuation[begin] || w.lower[begin] == "'s") return false;
  if (MeansOfForce(word)) return false;
  // "accused the opposition of", "the opposition said": "the opposition" alone (not "the opposition to the plan",
  // "from farmers") is the parties against the government, a group, though the noun also names an act (PETRARCH2's
  // agents hold it only before a noun of people: "opposition leaders").
  if (word == "opposition" && head == end - 1 && head > begin && w.lower[head - 1] == "the" &&
      (end >= w.lower.size() || (w.lower[end] != "to" && w.lower[end] != "from"))) {
    if (people) *people = true;
    return true;
  }
  // An event noun is an act, not who ("called an emergency meeting"); a head the noun phrase goes on past is no
  // head ("to verify [official] reports"), unless as its possessor ("rejected [the union]'s demand").
  if (coder.CodeNoun(w.lower, head, scratch)) return false;
  const bool possessor = p.role == ParticipantRole::kTarget && head + 1 == end && end < w.lower.size() &&
                         (w.lower[end] == "'s" || w.lower[end] == "'");
  if (head + 1 < w.lower.size() && !w.time[head + 1] && w.mention[head + 1] < 0 && !possessor &&
      NounPhraseEnd(w, head) > head + 1)
    return false;
  // A lone singular word with no determiner is no phrase of someone ("he barely ate", "would be open", "up front").
  if (end == begin + 1 && !word.ends_with('s')) return false;
  const SenseLexicon::Senses* s = NounSenses(*senses, word, true);  // "schoolgirls", "militias", "protesters"
  const bool place = s && (s->noun == kNounLocation || s->noun == kNounObject);
  // "fired tear gas at [the marchers]", "fired rubber bullets at [a group] that": after the verb's means of force,
  // the "at" phrase is whom it is aimed at, whatever its noun (not a place: "fired rockets at the town").
  if (force && p.role == ParticipantRole::kTarget && e.trigger.pos == EventPos::kVerb && !place && begin >= 2 &&
      w.lower[begin - 1] == "at" && begin > e.trigger.token - sentence_begin) {
    const size_t verb = e.trigger.token - sentence_begin;
    bool means = false;
    for (size_t t = verb + 1; t + 1 < begin && !means; ++t) {
      if (w.punctuation[t] || w.verb[t]) break;
      means = MeansOfForce(w.lower[t]);
    }
    if (means) return true;
  }
  if (!s) return false;
  // ("at" is this event's for a phrase after it: "retirees" of "fired at retirees ... protesting" acts.)
  if (after_place || (begin > 0 && w.lower[begin - 1] == "at" && begin > e.trigger.token - sentence_begin &&
                      (place || !force)))
    return false;
  if (s->noun == kNounPerson || s->noun == kNounGroup) {
    if (people) *people = true;
    return true;
  }
  if (place) return true;
  return force && p.role == ParticipantRole::kTarget && s->noun == kNounArtifact;
}

void ProposedNouns(const SentenceWords& w, size_t sentence_begin, size_t first, std::vector<ReadEvent>* out) {
  static constexpr std::string_view kProposing[] = {"proposal", "proposals", "plan", "plans", "offer", "offers", "call",
                                                    "calls", "bid", "bids", "request", "requests", "demand", "demands",
                                                    "appeal", "appeals", "push", "idea", "initiative", "draft",
                                                    "blueprint", "hope", "hopes", "prospect", "prospects",
                                                    "proposition", "roadmap", "framework"};
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
    bool proposed = InList(w.lower[q - 1], kProposing);
    for (size_t by = q; !proposed && by-- > 1 && q - by <= 6 && !w.verb[by] && !w.punctuation[by];)
      if (w.lower[by] == "by") {
        proposed = InList(w.lower[by - 1], kProposing);
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
  // Or carried out by the subject of a verb of conducting right before it ("Israel carried out a strike on Hamas
  // leaders", "launched strikes on"): a work stoppage is staged or called, not carried out on someone.
  static constexpr std::string_view kConducting[] = {"carried", "carry", "carries", "carrying", "launched", "launch",
                                                     "launches", "launching", "conducted", "conduct", "conducts",
                                                     "conducting", "mounted", "mount", "mounts"};
  for (size_t b = at; !named && b-- > 0 && at - b <= 4 && !w.punctuation[b];)
    named = InList(w.lower[b], kConducting);
  if (!named) return false;
  size_t t = at + 2;
  static constexpr std::string_view kDeterminers[] = {"a", "an", "the", "its", "their", "his", "her", "two", "three"};
  while (t < n && InList(w.lower[t], kDeterminers)) ++t;
  // A time ("on Monday", "on 3 March") or no phrase at all.
  if (t >= n || w.time[t] || w.punctuation[t] || w.verb[t]) return false;
  static constexpr std::string_view kTimes[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                "sunday", "weekend", "day", "morning", "evening", "night"};
  return !InList(w.lower[t], kTimes);
}

namespace {

// Words only games use (a sport report has three different ones).
constexpr std::string_view kSportWords[] = {
    "league", "premiership", "tournament", "championship", "championships", "squad", "coach", "goalkeeper", "scored",
    "tries", "rugby", "football", "cricket", "tennis", "semi-final", "semi-finals", "quarter-final",
    "quarter-finals", "finalist", "fixture", "fixtures", "half-time", "referee", "innings", "wickets",
    "striker", "midfielder", "fly-half", "winger", "seeded", "olympic", "olympics", "medal", "stadium", "unbeaten",
    "midfield", "try-line", "scrum", "sevens", "slam", "athletics", "six-nations", "handball", "basketball",
    "volleyball", "hockey", "baseball", "scoring", "uefa", "nba", "nfl"};

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
    "futures", "dow", "nasdaq", "ftse", "nikkei", "dax", "sterling", "dollar", "euro", "yen", "valuation",
    "franc", "pound", "peso", "rupee", "yuan", "rouble", "ruble", "lira", "rand", "markets"};

// Actor codes of people who carry arms.
constexpr std::string_view kArmed[] = {"MIL", "REB", "INS", "IMG", "UAF", "COP", "SPY", "SEP"};

// The agents of an actor code (every three letters after the country or the first agent: "CHNMIL" MIL,
// "---COP" COP, "PAKGOVLEG" GOV and LEG).
bool HasAgent(const std::string& code, std::initializer_list<std::string_view> agents) {
  for (size_t i = 3; i + 3 <= code.size(); i += 3)
    for (std::string_view a : agents)
      if (code.compare(i, 3, a) == 0) return true;
  return false;
}

bool ArmedActor(const std::string& code) {
  for (size_t i = 3; i + 3 <= code.size(); i += 3)
    if (InList(code.substr(i, 3), kArmed)) return true;
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

bool SportDocument(const std::vector<std::string_view>& lower, const uint64_t* hashes) {
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
    if (const uint8_t* k = hashes && t.data() == lower[i].data() ? kIndex->Find(t, hashes[i]) : kIndex->Find(t))
      seen |= uint64_t{1} << *k;
  }
  return std::popcount(seen) >= 3;
}

bool SanctionInAGame(const ReadEvent& e, const std::vector<std::string_view>& lower, size_t at) {
  static constexpr std::string_view kSanctioning[] = {"fined", "fines", "banned", "bans", "suspended", "suspends",
                                                      "disqualified", "sanctioned", "docked"};
  if (e.trigger.pos != EventPos::kVerb || !e.CameoOrReverse().starts_with("17") || at >= lower.size() ||
      !InList(lower[at], kSanctioning))
    return false;
  // A participle after a determiner, a verb of saying or another verb's -ing form describes what follows it:
  // "says suspended sprinter Dwain Chambers should be allowed", "distributing banned substances", "the banned
  // player" (not "was banned for four years", "UEFA fined the Football Association of Serbia").
  static constexpr std::string_view kBefore[] = {"the", "a", "an", "his", "her", "their", "its", "says", "said", "say",
                                                 "of", "with"};
  if (at > 0) {
    const std::string_view before = lower[at - 1];
    if (InList(before, kBefore) || (before.ends_with("ing") && before != "being")) return false;
  }
  return true;
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
  if (SanctionInAGame(e, w.lower, at)) return false;
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
      if (k != at && (InList(w.lower[k], kPlayWords) || InList(w.lower[k], kContestWords))) return true;
  if (!force) return false;
  // A market's move: "shares hit", "oil prices hit a high", "hits Beirut shares".
  for (const EventParticipant& p : e.participants)
    if (verb && p.rank == 0 && InList(head(p), kMarketWords)) return true;
  // A prize or a level won or reached.
  for (const EventParticipant& p : e.participants)
    if (verb && p.role == ParticipantRole::kTarget && p.rank == 0 && InList(head(p), kPrizes)) return true;
  if (!LemmaIn(w.lower[at], kWinning, &w.stems)) return false;
  // "beat up", "beaten to death", "beaten with batons": harm done.
  const size_t after = e.verb_end > sentence_begin ? e.verb_end - sentence_begin : at + 1;
  for (size_t k = at + 1; k < std::min(n, after + 4); ++k)
    if (w.lower[k] == "up" || w.lower[k] == "death" || w.lower[k] == "batons" || w.lower[k] == "sticks" ||
        w.lower[k] == "unconscious" || w.lower[k] == "severely")
      return false;
  if (sport) return true;
  for (size_t k = 0; k < n; ++k)
    if ((k != at && InList(w.lower[k], kContestWords)) || Score(w.lower[k]) || w.lower[k].ends_with('%')) return true;
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
  static constexpr std::string_view kStriking[] = {"hit", "hammer", "blast", "slam", "bash", "pummel", "savage"};
  if (!LemmaIn(w.lower[at], kStriking, &w.stems)) return false;
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
    static constexpr std::string_view kDeterminers[] = {"the", "his", "her", "their", "its", "a"};
    while (m + 1 < n && InList(w.lower[m], kDeterminers)) ++m;
    static constexpr std::string_view kBody[] = {"head", "face", "leg", "legs", "arm", "arms", "back", "chest", "neck",
                                                 "body", "nose", "jaw", "eye", "eyes", "shoulder", "stomach", "hand"};
    if (!InList(w.lower[m], kBody)) return true;
  }
  return false;
}

namespace {

// Whether every source of the event has the agent `agent` in its actor code, and there is one.
bool HasAgentOnly(const ReadEvent& e, std::string_view agent) {
  bool any = false;
  for (const EventParticipant& p : e.participants) {
    if (p.role != ParticipantRole::kSource) continue;
    if (!HasAgent(p.actor, {agent})) return false;
    any = true;
  }
  return any;
}

}  // namespace

std::string CodeByWhom(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin) {
  if (e.trigger.pos != EventPos::kVerb || e.merged || e.trigger.token < sentence_begin) return "";
  const size_t at = e.trigger.token - sentence_begin;
  if (at >= w.lower.size()) return "";
  const std::string_view verb = w.lower[at];
  // Uncoded verbs only for suspending someone (below).
  if (e.cameo.empty() && !verb.starts_with("suspend")) return "";
  // The sources' codes: any state force, any civilian, any armed fighter, and any unknown source.
  bool state = false, civilian = false, armed = false, police = false, military = false;
  for (const EventParticipant& p : e.participants) {
    if (p.role != ParticipantRole::kSource) continue;
    const std::string& c = p.actor;
    if (c.empty()) continue;
    const bool country = c.size() == 3 && c != "---" && !c.starts_with("IGO") && !c.starts_with("NGO");
    const bool civil = HasAgent(c, {"EDU", "LAB", "AGR", "CVL", "OPP", "PPL", "MED", "REF", "BUS", "NGO", "HLH"});
    const bool fighters = HasAgent(c, {"REB", "UAF", "INS"});
    const bool force = HasAgent(c, {"MIL", "COP", "SPY", "JUD", "GOV"});
    state |= (force || country) && !civil && !fighters;
    civilian |= civil && !force;
    armed |= HasAgent(c, {"MIL"}) || fighters;
    police |= HasAgent(c, {"COP", "JUD", "SPY"}) && !HasAgent(c, {"MIL"});
    military |= HasAgent(c, {"MIL"});
  }
  const bool blocking = verb.starts_with("block") || verb.starts_with("obstruct") || verb.starts_with("barricad");
  if (blocking && e.cameo == "144" && state && !civilian) {
    // What is blocked, in the next words of the clause: a way, a crossing or what moves along it is physically
    // obstructed ("blocked a resupply mission", "blocked the border crossing"); anything else a state blocks is a
    // decision or a request it turns down ("blocked the release of several others", "blocked its application").
    static constexpr std::string_view kPassage[] = {"road", "roads", "traffic", "convoy", "convoys", "access",
                                                    "mission", "missions", "ship", "ships", "vessel", "vessels", "boat",
                                                    "boats", "border", "borders", "crossing", "crossings", "port",
                                                    "ports", "entry", "passage", "route", "routes", "bridge", "bridges",
                                                    "highway", "highways", "supplies", "shipments", "deliveries",
                                                    "delivery", "flotilla", "trucks", "lorries", "streets", "street",
                                                    "airspace", "strait", "waterway", "entrance", "exit", "path",
                                                    "way"};
    for (size_t t = at + 1; t < w.lower.size() && t <= at + 6 && !w.verb[t] && !w.punctuation[t]; ++t)
      if (InList(w.lower[t], kPassage)) return "191";
    return "120";
  }
  if (blocking && (e.cameo.starts_with("17") || e.cameo == "191") && civilian && !state && !armed) return "144";
  if (verb.starts_with("raid") && e.cameo == "190" && police && !military) return "170";
  // So does a regulator's or a ministry's raid ("Denmark's competition authority raided the offices of two
  // companies": a government agent named, not a country alone, whose raids are attacks), and a search of premises by
  // police or officials ("Moldovan police searched dozens of homes", "police officers have been searching a church
  // compound"): a measure of the state's coercion (170, COERCE), not an investigation (090). Searching "for" someone
  // or something is a hunt or a rescue, left to the block.
  const bool officials = HasAgentOnly(e, "GOV") || HasAgentOnly(e, "COP");
  if (verb.starts_with("raid") && e.cameo == "190" && officials && !military && !armed && !civilian) return "170";
  if (verb.starts_with("search") && e.cameo == "090" && (police || officials) && !military && !armed && !civilian &&
      !(at + 1 < w.lower.size() && (w.lower[at + 1] == "for" || w.punctuation[at + 1])))
    return "170";
  // Rallying is no military mobilization (the block's 150) unless troops rally: people rallying in a place, over an
  // issue or "in support of" a cause (053 by its pattern) demonstrate (141, PROTEST: "thousands of people rallied
  // outside the party's headquarters in support of a ban", "the crowd rallied at Temple University"); rallying
  // behind or around someone backs them (051, SUPPORT); rallying supporters, voters or a coalition rallies support
  // (053, SUPPORT).
  // A market or a currency rallies by rising ("the yen and Swiss franc also rallied").
  if (verb.starts_with("rall"))
    for (const EventParticipant& p : e.participants)
      if (p.role == ParticipantRole::kSource && p.token_end > p.token_begin && p.token_end - 1 >= sentence_begin &&
          p.token_end - 1 - sentence_begin < w.lower.size() &&
          InList(w.lower[p.token_end - 1 - sentence_begin], kMarketWords))
        return "-";
  if (verb.starts_with("rall") && !military && !armed &&
      (e.cameo == "150" || (e.cameo == "053" && civilian && !state))) {
    const size_t next = at + 1;
    if (next < w.lower.size() && (w.lower[next] == "behind" || w.lower[next] == "around")) return "051";
    static constexpr std::string_view kIntransitive[] = {"in", "at", "on", "outside", "over", "for", "against",
                                                         "across", "near", "through", "after", "before", "during", "to",
                                                         "as", "again", "together", "and", "but", "while", "when"};
    if (next >= w.lower.size() || w.punctuation[next] || w.time[next] || InList(w.lower[next], kIntransitive))
      return "141";
    return e.cameo == "150" ? "053" : "";
  }
  // Protesters, strikers or students clashing (with police, with troops) riot (145, PROTEST); clashes of state
  // forces or fighters keep their block's military force (190).
  if (verb.starts_with("clash") && e.cameo == "190" && civilian && !state && !armed) return "145";
  // So do protesters, students or supporters who throw stones or petrol bombs, storm or occupy a building, or scuffle
  // with officers (145, PROTEST: "some protesters threw stones at police", "protesters who stormed parliament",
  // "students occupied the rector's office"): a violent protest, not an armed attack (18-19) by a force or fighters.
  // The crowd is named by its agent code or by its head word. (Setting fire to a building stays an attack, as the
  // development passages mostly code arson by protesters.)
  static constexpr std::string_view kRiotVerbs[] = {"hurl",  "threw",  "throw",   "pelt",    "storm",
                                                   "occup", "scuffl", "ransack", "vandali", "smash"};
  static constexpr std::string_view kCrowds[] = {"protesters", "protestors", "demonstrators", "rioters", "students",
                                                 "supporters", "crowd", "crowds", "mob", "activists", "followers",
                                                 "strikers", "youths", "marchers"};
  if (e.cameo.size() >= 2 && (e.cameo.starts_with("18") || e.cameo.starts_with("19")) && !state && !armed &&
      std::any_of(std::begin(kRiotVerbs), std::end(kRiotVerbs),
                  [&](std::string_view r) { return verb.starts_with(r); })) {
    bool crowd = HasAgentOnly(e, "OPP"), any = false;
    for (const EventParticipant& p : e.participants) {
      if (p.role != ParticipantRole::kSource || p.token_end <= p.token_begin || p.token_end - 1 < sentence_begin ||
          p.token_end - 1 - sentence_begin >= w.lower.size())
        continue;
      any = true;
      crowd |= InList(w.lower[p.token_end - 1 - sentence_begin], kCrowds);
    }
    if (any && crowd) return "145";
  }
  // Charges brought by police, prosecutors or a court are legal action (173, COERCE: "a Moscow court charged four
  // men with terrorism"), not the accusation (112) that anyone else's charge is.
  if ((verb.starts_with("charg") || verb.starts_with("indict")) && e.cameo.starts_with("112") && police &&
      !military)
    return "173";
  // So are charges "with" a crime brought by a state named by its country alone ("Fiji's Independent Commission
  // Against Corruption charged a former minister with abuse of office": FJI) or by no one the passive names ("Zúñiga,
  // who was charged with terrorism"): legal action, as an agentless arrest is. A leader's or a critic's charge stays
  // an accusation.
  if ((verb.starts_with("charg") || verb.starts_with("indict")) && e.cameo.starts_with("112") && !military) {
    bool country_only = false, any_source = false;
    for (const EventParticipant& p : e.participants)
      if (p.role == ParticipantRole::kSource) {
        any_source = true;
        country_only |= p.actor.size() == 3 && p.actor != "---" && !p.actor.starts_with("IGO") &&
                        !p.actor.starts_with("NGO");
      }
    // (Not a duty entrusted: "the Speaker ... is charged with ensuring order", "the State Department ... charged
    // with facilitating Libya's transition".)
    static constexpr std::string_view kDuties[] = {"ensuring", "facilitating", "overseeing", "managing", "running",
                                                   "leading", "protecting", "implementing", "monitoring",
                                                   "supervising", "developing", "maintaining", "enforcing",
                                                   "coordinating", "reviewing", "drafting", "handling", "making",
                                                   "preparing", "examining", "promoting", "regulating",
                                                   "administering", "delivering", "organising", "organizing",
                                                   "investigating", "finding", "setting", "helping", "keeping"};
    size_t with = 0;
    for (size_t t = at + 1; t < w.lower.size() && t <= at + 12 && !with; ++t)
      if (w.lower[t] == "with") with = t;
    if (with && !(with + 1 < w.lower.size() && InList(w.lower[with + 1], kDuties)) &&
        (country_only || (e.group.passive && !any_source)))
      return "173";
  }
  // A court ordering someone to pay, give back or stop ("the Federal Court ordered Qantas Airways to pay A$90 million
  // in compensation", "the Supreme Court ordered the miner to stop pumping water") compels them: coercion (172,
  // COERCE), not the demand (10) an order to appear or to testify is.
  // So does a government's, a regulator's or the police's order to a company, a person or a group outside the state
  // ("Finland's government ordered all crossings on its border with Russia to stay closed", "the company had been
  // ordered in 2023 to stop the practice", the passive naming no one), not one to the state's own officials or
  // forces ("ordered security forces to comb the area").
  bool any_source = false, state_target = false;
  for (const EventParticipant& p : e.participants) {
    any_source |= p.role == ParticipantRole::kSource;
    state_target |= p.role == ParticipantRole::kTarget && HasAgent(p.actor, {"GOV", "MIL", "COP", "JUD", "SPY"});
  }
  const bool authority =
      !military && !armed && !civilian && !state_target &&
      (((officials || police) && any_source) || (e.group.passive && !any_source));
  if (verb.starts_with("order") && (e.cameo.starts_with("10") || e.cameo.starts_with("08")) &&
      (HasAgentOnly(e, "JUD") || authority)) {
    static constexpr std::string_view kCompelled[] = {"pay", "repay", "refund", "compensate", "return", "stop",
                                                      "halt", "cease", "suspend", "close", "shut", "demolish",
                                                      "dismantle", "remove", "forfeit", "hand", "comply"};
    static constexpr std::string_view kHeld[] = {"held", "detained", "jailed", "remanded", "imprisoned"};
    for (size_t t = at + 1; t + 1 < w.lower.size() && t <= at + 12; ++t) {
      if (w.punctuation[t] && w.lower[t] != ",") break;
      if (w.lower[t] == "to") {
        if (InList(w.lower[t + 1], kCompelled)) return "172";
        // To stay or remain closed: a closure.
        static constexpr std::string_view kStay[] = {"stay", "remain", "be", "keep"};
        static constexpr std::string_view kClosed[] = {"closed", "shut", "sealed", "suspended"};
        if (InList(w.lower[t + 1], kStay) && t + 2 < w.lower.size() && InList(w.lower[t + 2], kClosed)) return "172";
        break;
      }
      // Ordering someone held or detained ("A court in Yerevan ordered the archbishop held for two months", "a judge
      // ordered him detained pending trial") is detention (173, COERCE).
      if (t > at + 1 && InList(w.lower[t], kHeld)) return "173";
    }
  }
  // Suspending someone named (the block's "---", no pattern: "the junta suspended the French broadcaster TV5Monde",
  // "a World Rugby disciplinary panel suspended Fiji lock Isoa Nasilasila") is an administrative sanction on them
  // (172, COERCE), as fining or banning them is; suspending a member from a bloc or an organisation reduces
  // relations with it (160, SANCTION: "threatened to suspend Guinea-Bissau from the bloc"). What no name heads is
  // left uncoded ("suspended production", "suspend two Saudi services", "suspended 125,000 accounts"), and so is the
  // participle of a name ("the suspended Patrick Vieira").
  static constexpr std::string_view kBeforeParticiple[] = {"the", "a", "an", "its", "his", "her", "their", "of",
                                                          "our", "this"};
  if (verb.starts_with("suspend") && (e.cameo.empty() || e.cameo == "---") && e.pattern_words == 0 &&
      !(at > 0 && InList(w.lower[at - 1], kBeforeParticiple))) {
    static constexpr std::string_view kBlocs[] = {"bloc",     "union",     "organisation", "organization", "alliance",
                                                  "league",   "federation", "commonwealth", "community",   "council",
                                                  "assembly", "grouping",  "membership",   "body",        "bodies",
                                                  "institutions", "organs", "activities",  "meetings"};
    auto capitalized = [&w](size_t t) {
      return t < w.text.size() && !w.text[t].empty() && std::isupper(static_cast<unsigned char>(w.text[t][0]));
    };
    for (const EventParticipant& p : e.participants) {
      if (p.role != ParticipantRole::kTarget || p.pronoun || (p.mention < 0 && p.actor.empty())) continue;
      if (p.token_begin <= e.trigger.token || p.token_begin > e.trigger.token + 3 || p.token_end <= sentence_begin)
        continue;
      const size_t head = p.token_end - 1 - sentence_begin;
      if (!capitalized(head)) continue;
      size_t t = head + 1;
      if (t < w.lower.size() && w.lower[t] == "from") {
        ++t;
        if (t < w.lower.size() && (w.lower[t] == "the" || w.lower[t] == "its" || w.lower[t] == "their")) ++t;
        if (t < w.lower.size() && capitalized(t)) return "160";
        for (size_t u = t; u < w.lower.size() && u < t + 3 && !w.punctuation[u]; ++u)
          if (InList(w.lower[u], kBlocs)) return "160";
      }
      return "172";
    }
  }
  // Freeing or releasing someone (the block's 080, no pattern: "Hamas freed three Israeli women", "Russia freed
  // reporter Evan Gershkovich") releases persons (0841, RETREAT), as the block's patterns for prisoners and hostages
  // code it; what no one names ("freed up $26 million") stays the block's.
  // (The bare "free" only after "to" or a modal: "free telephone calls" is a price.)
  static constexpr std::string_view kFreeing[] = {"freed", "frees", "freeing", "released", "releases", "releasing",
                                                  "release"};
  static constexpr std::string_view kBeforeFree[] = {"to", "will", "would", "could", "can", "must", "should", "may",
                                                     "might", "not", "and"};
  const bool freeing = InList(verb, kFreeing) || (verb == "free" && at > 0 && InList(w.lower[at - 1], kBeforeFree));
  if (e.cameo == "080" && e.pattern_words == 0 && freeing && !(at + 1 < w.lower.size() && w.lower[at + 1] == "up"))
    for (const EventParticipant& p : e.participants)
      if (p.role == ParticipantRole::kTarget && (!p.actor.empty() || p.named)) return "0841";
  // Armed forces preparing to use force ("The Macedonian army prepared to resume shelling Albanian rebel-held
  // territory") mobilize (150, MOBILIZE): a force posture, not the intent to attack (138) anyone else's
  // preparation announces.
  if (armed && !civilian) {
    static constexpr std::string_view kForce[] = {"attack", "attacks", "attacking", "shell", "shelling", "strike",
                                                  "strikes", "bomb", "bombing", "bombard", "invade", "storm",
                                                  "assault", "fight", "fighting", "offensive", "advance", "march"};
    bool force = false;
    for (size_t t = at + 1; t < w.lower.size() && t <= at + 4 && !force; ++t) force = InList(w.lower[t], kForce);
    if (verb.starts_with("prepar") && (e.cameo.starts_with("138") || (e.cameo.starts_with("03") && force)))
      return "150";
    // The act itself when the preparing verb codes nothing: "Rebels are preparing to attack the city".
    if (e.cameo.starts_with("138") && at >= 2 && w.lower[at - 1] == "to" && w.lower[at - 2].starts_with("prepar"))
      return "150";
  }
  // Sending soldiers, troops or a navy somewhere (the block's military cooperation, 062, where no deployment pattern
  // matched: "Latvia has sent 200 additional soldiers to the frontier", "Troops were sent to the National Assembly")
  // deploys them (154, MOBILIZE), as the dictionary's "sent troops" does.
  if ((verb == "sent" || verb.starts_with("send")) && e.cameo == "062")
    for (const EventParticipant& p : e.participants)
      if (p.role == ParticipantRole::kTarget && p.rank == 0 && HasAgent(p.actor, {"MIL"})) return "154";
  const bool retreating = verb.starts_with("withdr") || verb.starts_with("pull") || verb.starts_with("retreat") ||
                          verb.starts_with("surrender");
  if (retreating && e.cameo == "080" && armed) return "0874";
  // Gathering (040 by its block alone, no pattern: not "gathered for talks") is a meeting of states or their
  // officials; protesters or activists gathering rally (141); anyone else (reporters, an audience, supporters at a
  // hotel, residents) only comes together.
  const bool gathering = verb.starts_with("gather") || verb.starts_with("assembl") || verb.starts_with("congregat") ||
                         verb.starts_with("converg");
  if (gathering && e.cameo == "040" && e.pattern_words == 0 && !state) {
    // Leaders the actor dictionaries cannot place ("European leaders", "heads of state") meet.
    static constexpr std::string_view kLeaders[] = {"leaders", "ministers", "officials", "presidents", "heads",
                                                    "diplomats", "delegates", "envoys", "negotiators", "delegations",
                                                    "lawmakers", "governors", "mayors", "chiefs", "premiers"};
    bool protesters = false, officials = false;
    for (const EventParticipant& p : e.participants)
      if (p.role == ParticipantRole::kSource) {
        protesters |= HasAgent(p.actor, {"OPP"});
        officials |= p.actor.starts_with("IGO") || p.actor.starts_with("NGO");
        for (uint32_t t = p.token_begin; t < p.token_end && t >= sentence_begin && t - sentence_begin < w.lower.size(); ++t)
          officials |= InList(w.lower[t - sentence_begin], kLeaders);
      }
    if (!officials) return protesters ? "141" : "-";
  }
  return "";
}

bool ClaimOfAThing(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const SenseLexicon* senses) {
  const std::string_view code = e.cameo;
  if (!code.starts_with("11") || e.merged || e.trigger.pos != EventPos::kVerb || e.group.passive ||
      e.pattern_words > 0 || e.trigger.token < sentence_begin || e.verb_end <= sentence_begin)
    return false;
  const size_t n = w.lower.size();
  const size_t at = e.trigger.token - sentence_begin, first = e.verb_end - sentence_begin;
  if (at >= n || first >= n) return false;
  std::vector<std::string>& lemmas = w.stems;
  if (!HasLemma(w.lower[at], "claim", &lemmas)) return false;
  // The direct object: a noun phrase right after the verb, not a pronoun (the subject of a clause: "claims he is"),
  // not "that" or "to" ("claimed to be").
  static constexpr std::string_view kNotObject[] = {"that", "to", "he", "she", "it", "they", "we", "i", "you", "there",
                                                    "this", "these", "those", "what", "who"};
  if (w.punctuation[first] || w.verb[first] || w.time[first] || InList(w.lower[first], kNotObject)) return false;
  // A word WordNet knows only as a verb opens a clause the tagger passed over ("critics claim [depict] Howard as").
  if (senses) {
    const SenseLexicon::Senses* s = senses->Find(w.lower[first]);
    if (s && s->noun < 0 && s->adjective < 0 && s->verb >= 0) return false;
  }
  const size_t end = NounPhraseEnd(w, first);
  if (end <= first) return false;
  // A past form after a noun inside the phrase is the verb of a clause the phrase reader ran on past ("claims [the
  // US Open champion tested] positive"; not "claims the disputed islands").
  static constexpr std::string_view kOpeners[] = {"the", "a", "an", "its", "their", "his", "her", "our", "'s", "’s"};
  for (size_t k = first + 1; k < end; ++k) {
    if (!w.lower[k].ends_with("ed") || w.mention[k] >= 0 || InList(w.lower[k - 1], kOpeners) ||
        w.lower[k - 1].ends_with("ly"))
      continue;
    VerbLexicon::Get().Lemmas(w.lower[k], &lemmas);
    if (std::any_of(lemmas.begin(), lemmas.end(), [&](const std::string& l) { return l != w.lower[k]; })) return false;
  }
  // What follows the phrase: nothing, a mark, a preposition, a conjunction or a time (no verb of a clause).
  if (end >= n || w.time[end]) return true;
  static constexpr std::string_view kAfterObject[] = {"of", "in", "on", "at", "for", "from", "to", "over", "after",
                                                      "before", "since", "during", "with", "without", "by", "against",
                                                      "as", "amid", "despite", "and", "or", "but", "while", "because",
                                                      "though", "although"};
  const std::string_view next = w.lower[end];
  static constexpr std::string_view kEnds[] = {".", ",", ";", ":", "!", "?", ")", "--", "—", "–"};
  if (w.punctuation[end] ? !InList(next, kEnds) : !InList(next, kAfterObject)) return false;
  // A phrase after a preposition may still be a clause's subject ("claimed [the criticism of Lauer] is designed",
  // "claimed easy access to drink was breeding"): no verb up to the next mark or conjunction.
  static constexpr std::string_view kFinite[] = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                                                 "would", "can", "could", "may", "might", "must", "should", "does",
                                                 "did", "'s", "’s"};
  for (size_t k = end + 1; k < n && k <= end + 10; ++k) {
    if (w.punctuation[k] || w.lower[k] == "and" || w.lower[k] == "but" || w.lower[k] == "or") break;
    if (w.verb[k] || InList(w.lower[k], kFinite)) return false;
  }
  return true;
}

std::string DefenceCode(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a) {
  if (e.cameo != "074" || e.merged || e.pattern_words > 0 || e.trigger.pos != EventPos::kVerb ||
      e.trigger.token < sentence_begin || e.verb_end <= sentence_begin)
    return "";
  const size_t at = e.trigger.token - sentence_begin, n = w.lower.size();
  if (at >= n || !w.lower[at].starts_with("defend")) return "";
  const size_t next = e.verb_end - sentence_begin;
  static constexpr std::string_view kReflexive[] = {"himself", "herself", "itself", "themselves", "yourself",
                                                    "yourselves", "ourselves", "myself", "oneself"};
  if (next < n && InList(w.lower[next], kReflexive)) return "-";
  static constexpr std::string_view kWords[] = {"criticism", "criticisms", "accusations", "allegations", "charges",
                                                "claims", "critics", "attacks", "complaints", "condemnation"};
  for (size_t k = next; k < n && k <= next + 12 && !(w.punctuation[k] && w.lower[k] != ","); ++k)
    if (w.lower[k] == "against")
      for (size_t j = k + 1; j < n && j <= k + 4 && !w.punctuation[j]; ++j)
        if (InList(w.lower[j], kWords) && !(w.lower[j] == "attacks" && j == k + 1)) return "052";
  // Force defends: an armed source (soldiers, police, rebels), or a country, a place or a way into it defended
  // ("help defend Saudi Arabia", "borders defended by its weakest countries", "defend the city").
  static constexpr std::string_view kGround[] = {"border", "borders", "territory", "territories", "city", "cities",
                                                 "town", "towns", "airspace", "country", "homeland", "positions",
                                                 "base", "bases", "frontier", "coast", "capital", "island", "islands",
                                                 "region", "line", "lines", "soil", "skies"};
  for (const EventParticipant& p : e.participants) {
    if (p.role == ParticipantRole::kSource && ArmedActor(p.actor)) return "";
    if (p.role != ParticipantRole::kTarget) continue;
    if (p.actor.size() == 3 && p.actor != "---") return "";  // a country
    if (p.mention >= 0 && a.mentions[p.mention].type == EntityType::kLocation) return "";
    if (p.token_end > p.token_begin && p.token_end - 1 >= sentence_begin && p.token_end - 1 - sentence_begin < n &&
        InList(w.lower[p.token_end - 1 - sentence_begin], kGround))
      return "";
  }
  // Else words defend: a person, a policy, a decision ("defended Trump", "defended the prescribed march route"); not
  // a game's or an election's prize ("defended her title", "defend their seats"), nor the adverb "well"; with
  // nothing defended ("we had to defend for long periods") the code stays for the other checks.
  static constexpr std::string_view kPrizes[] = {"title", "titles", "crown", "championship", "seat", "seats",
                                                 "majority", "majorities", "lead", "goal", "well"};
  bool object = false;
  for (const EventParticipant& p : e.participants) {
    if (p.role != ParticipantRole::kTarget) continue;
    object = true;
    if (p.token_end > p.token_begin && p.token_end - 1 >= sentence_begin && p.token_end - 1 - sentence_begin < n &&
        InList(w.lower[p.token_end - 1 - sentence_begin], kPrizes))
      return "-";
  }
  return object ? "052" : "";
}

std::string DeliveryCode(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin) {
  if (e.merged || e.trigger.pos != EventPos::kVerb || e.trigger.token < sentence_begin ||
      e.verb_end <= sentence_begin)
    return "";
  const size_t at = e.trigger.token - sentence_begin, n = w.lower.size();
  if (at >= n) return "";
  static constexpr std::string_view kCarrying[] = {"send", "fly", "dispatch", "deliver", "ship", "airlift", "airdrop",
                                                   "rush", "truck"};
  // Money released or disbursed is a fund's or a donor's; money sent or transferred may be anyone's.
  static constexpr std::string_view kPaying[] = {"release", "disburse"};
  const bool carrying = LemmaIn(w.lower[at], kCarrying, &w.stems), paying = LemmaIn(w.lower[at], kPaying, &w.stems);
  if (!carrying && !paying) return "";
  static constexpr std::string_view kRelief[] = {"aid", "relief", "supplies", "food", "water", "medicine", "medicines",
                                                 "medical", "tents", "blankets", "rescuers", "humanitarian", "vaccines",
                                                 "rations", "shelter", "doctors", "medics", "assistance", "grain",
                                                 "wheat", "flour"};
  static constexpr std::string_view kWeapons[] = {"weapons", "missiles", "arms", "ammunition", "munitions", "tanks",
                                                  "artillery", "shells", "rockets", "drones", "jets", "batteries",
                                                  "howitzers", "rifles", "warplanes"};
  static constexpr std::string_view kMoney[] = {"million", "billion", "funds", "funding", "money", "loan", "loans",
                                                "grant", "$", "€", "£", "us$"};
  // What is carried: the object, with what it holds ("ships carrying relief supplies", "a ship with 40 tonnes of"),
  // up to the destination ("to"), a time, a mark or the next verb.
  bool relief = false, weapons = false, money = false;
  for (size_t k = e.verb_end - sentence_begin; k < n && k < e.verb_end - sentence_begin + 12; ++k) {
    const std::string_view word = w.lower[k];
    if (word == "to" || word == "into" || word == "on" || w.punctuation[k] || w.time[k]) break;
    if (w.verb[k] && word != "carrying") break;
    // Rescuers and rescue teams are relief; a rescue mission or operation is a force's act.
    relief |= InList(word, kRelief) ||
              (word == "rescue" && k + 1 < n && !w.lower[k + 1].starts_with("mission") &&
               !w.lower[k + 1].starts_with("operation") && !w.lower[k + 1].starts_with("attempt"));
    weapons |= InList(word, kWeapons);
    money |= InList(word, kMoney) || word.starts_with("$") || word.starts_with("€") || word.starts_with("£");
  }
  // An intent to give aid the frame read ("pledged to send", 033) stays one; "would send" reported keeps the act.
  const bool intent = e.cameo.starts_with("033");
  if (carrying && relief) return intent ? "0333" : "073";
  if (carrying && weapons) return intent ? "0332" : "072";
  if (paying && money) return intent ? "0331" : "071";
  return "";
}

bool ItComesTo(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin) {
  if (e.trigger.pos != EventPos::kVerb || e.trigger.token < sentence_begin) return false;
  const size_t at = e.trigger.token - sentence_begin;
  if (at == 0 || at + 1 >= w.lower.size() || w.lower[at - 1] != "it" || w.lower[at + 1] != "to") return false;
  const std::string_view v = w.lower[at];
  return v == "comes" || v == "came" || v == "come" || v == "coming";
}

bool ConcedingThat(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin) {
  if (e.trigger.pos != EventPos::kVerb || e.trigger.token < sentence_begin || !e.cameo.starts_with("08")) return false;
  const size_t at = e.trigger.token - sentence_begin, n = w.lower.size();
  if (at >= n || !w.lower[at].starts_with("conced")) return false;
  const size_t next = at + 1;
  if (next >= n) return false;
  static constexpr std::string_view kClauseStarts[] = {"that", "he", "she", "it", "they", "we", "i", "you", "there",
                                                       "his", "her", "its", "their", "our", "this", "these", "those",
                                                       "mistakes"};
  if (InList(w.lower[next], kClauseStarts)) return true;
  // A verb of its own a few words on, no mark between: a clause ("conceded the plan had failed").
  // A subordinate clause ("conceded when polls closed") is none.
  static constexpr std::string_view kSubordinators[] = {"when", "after", "before", "as", "while", "because", "if",
                                                        "since", "until", "and", "but", "on", "in", "at"};
  for (size_t k = next; k < n && k <= next + 5 && !w.punctuation[k] && !InList(w.lower[k], kSubordinators); ++k)
    if (w.verb[k]) return true;
  // "..., he conceded.": a quotation before it.
  if (w.punctuation[next])
    for (size_t k = 0; k < at; ++k)
      if (w.text[k] == "\"" || w.text[k] == "“" || w.text[k] == "”" || w.text[k] == "''") return true;
  return false;
}

bool TravelWithNoHost(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a) {
  const std::string_view code = e.CameoOrReverse();
  if (!(code.starts_with("04") || code.starts_with("036")) || e.merged || e.trigger.pos != EventPos::kVerb ||
      e.trigger.token < sentence_begin)
    return false;
  const size_t at = e.trigger.token - sentence_begin;
  if (at >= w.lower.size()) return false;
  static constexpr std::string_view kTravel[] = {"arrive", "fly", "travel", "go", "come", "head", "return", "tour",
                                                 "visit", "drive", "journey", "jet", "flock", "trek", "land", "sail",
                                                 "approach"};
  if (!LemmaIn(w.lower[at], kTravel, &w.stems)) return false;
  auto country = [](const std::string& actor) -> std::string_view {
    return actor.size() >= 3 && !actor.starts_with("---") ? std::string_view(actor).substr(0, 3) : std::string_view();
  };
  auto type = [&](const EventParticipant& p) {
    return p.mention >= 0 ? a.mentions[p.mention].type : EntityType::kMisc;
  };
  // A place: a name the entity stage takes for one, or a country's bare code.
  auto located = [&](const EventParticipant& p) {
    return !p.pronoun && (p.mention >= 0 ? type(p) == EntityType::kLocation : p.actor.size() == 3);
  };
  // Private persons: no participant with an actor code other than a place's, a pronoun or an organisation's name
  // ("visit her daughter Esther", "traveling to Cairo").
  // A traveller named ("Macron came to Kyiv", "Brown visits slum on Africa trip", "Francis visited a refugee camp")
  // may be a leader whom the actor dictionaries do not know.
  // With no traveller named, a place named may be a leader's destination ("Before visiting Israel, Mr Blair made a
  // surprise visit to Iraq").
  const bool traveller = std::any_of(e.participants.begin(), e.participants.end(),
                                     [](const EventParticipant& p) { return p.role == ParticipantRole::kSource; });
  // "it", "this", "that" stand for a thing ("it comes as a blow", "when it arrives at the other end").
  static constexpr std::string_view kThingPronouns[] = {"it", "this", "that", "which", "what"};
  auto thing = [&](const EventParticipant& p) {
    return p.pronoun && p.token_end == p.token_begin + 1 && p.token_begin >= sentence_begin &&
           p.token_begin - sentence_begin < w.lower.size() && InList(w.lower[p.token_begin - sentence_begin], kThingPronouns);
  };
  bool someone = false;
  for (const EventParticipant& p : e.participants)
    someone |= (p.pronoun && !thing(p)) || (p.mention >= 0 && type(p) == EntityType::kOrganization) ||
               (!traveller && (p.mention >= 0 || !p.actor.empty())) ||
               (!p.actor.empty() && (p.role == ParticipantRole::kSource || !located(p))) ||
               (p.role == ParticipantRole::kSource && p.mention >= 0 && type(p) == EntityType::kPerson);
  if (!someone) return true;
  // Within the traveller's own country.
  std::string_view home;
  for (const EventParticipant& p : e.participants) {
    if (p.role != ParticipantRole::kSource) continue;
    const std::string_view c = country(p.actor);
    if (c.empty() || (!home.empty() && c != home) || p.pronoun) return false;
    home = c;
  }
  if (home.empty()) return false;
  bool place = false;
  for (const EventParticipant& p : e.participants) {
    if (p.role != ParticipantRole::kTarget || (p.actor.empty() && p.mention < 0)) continue;
    if (!located(p) || country(p.actor) != home) return false;
    place = true;
  }
  return place;
}

bool Sale(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin) {
  if (!CodeNeedsFittingObject(e.CameoOrReverse()) || e.merged || e.pattern_words > 0 ||
      e.trigger.pos != EventPos::kVerb || e.trigger.token < sentence_begin || e.verb_end <= sentence_begin)
    return false;
  const size_t n = w.lower.size();
  const size_t at = e.trigger.token - sentence_begin;
  if (at >= n) return false;
  static constexpr std::string_view kSell[] = {"offer", "sell", "supply", "provide"};
  if (!LemmaIn(w.lower[at], kSell, &w.stems)) return false;
  for (const EventParticipant& p : e.participants)
    if (NamesActor(p.actor)) return false;
  static constexpr std::string_view kCurrency[] = {"$", "£", "€", "¥", "us$", "usd", "eur", "gbp"};
  static constexpr std::string_view kMoney[] = {"dollars", "dollar", "pounds", "euros", "euro", "cents", "pence",
                                                "yen"};
  auto price = [&](size_t k) {
    for (size_t j = k; j < n && j < k + 3; ++j) {
      if (InList(w.lower[j], kCurrency)) return true;
      if (j + 1 < n && !w.lower[j].empty() && w.lower[j][0] >= '0' && w.lower[j][0] <= '9' &&
          InList(w.lower[j + 1], kMoney))
        return true;
    }
    return false;
  };
  static constexpr std::string_view kEnds[] = {".", ";", ":", "!", "?", "--", "—", "–"};
  for (size_t k = e.verb_end - sentence_begin; k < n && k < at + 25; ++k) {
    if (w.punctuation[k] && InList(w.lower[k], kEnds)) break;
    if ((w.lower[k] == "for" || w.lower[k] == "at" || w.lower[k] == "per") && price(k + 1)) return true;
  }
  return false;
}

bool WordOfAName(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin) {
  if (e.trigger.token < sentence_begin) return false;
  const size_t n = w.text.size();
  const size_t at = e.trigger.token - sentence_begin;
  if (at == 0 || at + 1 >= n) return false;
  auto capital = [&](size_t k) {
    const std::string_view t = w.text[k];
    return !t.empty() && t[0] >= 'A' && t[0] <= 'Z' && t != "I" && !w.punctuation[k];
  };
  auto lower = [&](size_t k) {
    const std::string_view t = w.text[k];
    return !t.empty() && t[0] >= 'a' && t[0] <= 'z';
  };
  // The trigger in title case ("Investigating"; not "INVESTIGATED" in a line of capitals).
  if (!capital(at) || w.text[at].size() < 2 || w.text[at][1] < 'a' || w.text[at][1] > 'z' || !capital(at - 1) ||
      !capital(at + 1))
    return false;
  // The sentence's first word is capitalised anyway; so is a word after an opening quote or a colon.
  if (at == 1 || w.punctuation[at - 2]) return false;
  size_t capitals = 0, lowers = 0;
  for (size_t k = 0; k < n; ++k) {
    capitals += capital(k);
    lowers += lower(k);
  }
  return lowers > capitals;
}

bool Dismissal(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a,
               const SenseLexicon* senses) {
  const std::string_view code = e.CameoOrReverse();
  const bool force = code.starts_with("138") || code.starts_with("18") || code.starts_with("19") ||
                     code.starts_with("20");
  if (!force || e.merged || e.pattern_words > 0 || e.trigger.pos != EventPos::kVerb ||
      e.trigger.token < sentence_begin || e.verb_end <= sentence_begin)
    return false;
  const size_t n = w.lower.size();
  const size_t at = e.trigger.token - sentence_begin, next = e.verb_end - sentence_begin;
  if (at >= n) return false;
  if (!HasLemma(w.lower[at], "fire", &w.stems)) return false;
  for (const EventParticipant& p : e.participants)
    if (ArmedActor(p.actor)) return false;
  static constexpr std::string_view kAim[] = {"at", "on", "upon", "into", "toward", "towards", "back", "over"};
  if (next < n && InList(w.lower[next], kAim)) return false;
  static constexpr std::string_view kPeople[] = {"him", "her", "them", "me", "us"};
  auto person = [&](size_t k) {
    if (k >= n || w.punctuation[k]) return false;
    if (InList(w.lower[k], kPeople)) return true;
    if (w.mention[k] >= 0) return a.mentions[w.mention[k]].type == EntityType::kPerson;
    if (!senses) return false;
    const SenseLexicon::Senses* s = NounSenses(*senses, w.lower[k], true);
    return s && s->noun == kNounPerson;
  };
  // The direct object's head, after an active verb.
  if (!e.group.passive && next < n && !w.verb[next]) {
    const size_t end = NounPhraseEnd(w, next);
    if (end > next && person(end - 1)) return true;
    // "fired the thousands of employees", "fired dozens of workers".
    if (end > next && end + 1 < n && w.lower[end] == "of") {
      const size_t of_end = NounPhraseEnd(w, end + 1);
      if (of_end > end + 1 && person(of_end - 1)) return true;
    }
  }
  // What is fired, before the verb group: "employees were fired", "blogger fired by her airline", "the taxpayers they
  // just fired" (the noun before the clause's subject pronoun).
  const size_t begin = e.group.begin;
  if (begin == 0 || begin > at) return false;
  if (e.group.passive || next >= n || w.punctuation[next] || w.lower[next] == "by") {
    if (person(begin - 1)) return true;
    static constexpr std::string_view kSubjects[] = {"they", "we", "he", "she", "i", "you", "who", "that"};
    if (!e.group.passive && begin >= 2 && InList(w.lower[begin - 1], kSubjects) && person(begin - 2)) return true;
  }
  return false;
}

bool TakeoverOfNoPlace(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a,
                       const SenseLexicon* senses) {
  if (!e.CameoOrReverse().starts_with("17") || e.merged || e.pattern_words > 0 || e.trigger.pos != EventPos::kVerb ||
      e.trigger.token < sentence_begin || e.verb_end <= sentence_begin + 1)
    return false;
  const size_t n = w.lower.size();
  const size_t at = e.trigger.token - sentence_begin, last = e.verb_end - sentence_begin - 1;
  if (at >= n || last >= n || last <= at || w.lower[last] != "over") return false;
  if (!HasLemma(w.lower[at], "take", &w.stems)) return false;
  constexpr int kNounArtifact = 6;
  for (const EventParticipant& p : e.participants) {
    if (ArmedActor(p.actor)) return false;
    if (p.role != ParticipantRole::kTarget || p.pronoun) continue;
    if (p.mention >= 0 && a.mentions[p.mention].type == EntityType::kLocation) return false;
    if (p.actor.size() == 3 && !p.actor.starts_with("---")) return false;
    if (p.token_end <= p.token_begin || p.token_end - 1 < sentence_begin || p.token_end - 1 - sentence_begin >= n)
      continue;
    if (!senses) return false;
    const SenseLexicon::Senses* s = NounSenses(*senses, w.lower[p.token_end - 1 - sentence_begin], true);
    if (s && (s->noun == kNounLocation || s->noun == kNounArtifact)) return false;
  }
  return true;
}

bool EverydayForce(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const SenseLexicon* senses) {
  const std::string_view code = e.CameoOrReverse();
  const bool force = code.starts_with("138") || code.starts_with("18") || code.starts_with("19") ||
                     code.starts_with("20");
  if (!force || e.merged || e.pattern_words > 0 || e.trigger.token < sentence_begin || e.verb_end <= sentence_begin)
    return false;
  const size_t n = w.lower.size();
  const size_t at = e.trigger.token - sentence_begin, next = e.verb_end - sentence_begin;
  if (at >= n) return false;
  for (const EventParticipant& p : e.participants)
    if (ArmedActor(p.actor)) return false;
  const std::string_view word = w.lower[at];
  // The noun "hit", also where the tagger read a verb after a determiner, an ordinal or a number ("their first hit",
  // "scored six hits", "box office hits").
  static constexpr std::string_view kBeforeNoun[] = {"a", "the", "their", "his", "her", "its", "our", "first", "second",
                                                     "third", "biggest", "big", "top", "surprise", "office", "chart",
                                                     "six", "two", "three", "four", "five", "several", "many"};
  if (word == "hit" || word == "hits")
    return e.trigger.pos == EventPos::kNoun || (at > 0 && (InList(w.lower[at - 1], kBeforeNoun) ||
                                                           (!w.lower[at - 1].empty() && w.lower[at - 1][0] >= '0' &&
                                                            w.lower[at - 1][0] <= '9')));
  if (e.trigger.pos == EventPos::kNoun) return false;
  if (e.trigger.pos != EventPos::kVerb) return false;
  std::vector<std::string>& lemmas = w.stems;
  VerbLexicon::Get().Lemmas(word, &lemmas);
  auto is = [&](std::string_view lemma) { return std::find(lemmas.begin(), lemmas.end(), lemma) != lemmas.end(); };
  if (is("hurt")) {
    if (e.group.passive || next >= n) return false;
    static constexpr std::string_view kViolence[] = {"bomb", "bombs", "bombing", "blast", "explosion", "attack",
                                                     "attacks", "attacker", "gunman", "gunmen", "shot", "shooting",
                                                     "gun", "guns", "knife", "stabbed", "stabbing", "clash", "clashes",
                                                     "missile", "rocket", "grenade", "shelling", "fire", "fighting",
                                                     "violence", "killed", "injured", "wounded", "dead", "police",
                                                     "soldiers", "troops", "riot", "crash", "collapse", "earthquake",
                                                     "storm"};
    for (size_t k = 0; k < n; ++k)
      if (InList(w.lower[k], kViolence)) return false;
    // A number of people hurt ("hurt 20 people", "hurt dozens").
    const std::string_view first = w.lower[next];
    static constexpr std::string_view kCounts[] = {"dozens", "scores", "hundreds", "thousands", "several", "many",
                                                   "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                   "ten"};
    if ((!first.empty() && first[0] >= '0' && first[0] <= '9') || InList(first, kCounts)) return false;
    return true;
  }
  if (!is("fight") && !is("battle")) return false;
  if (next >= n) return false;
  size_t object = next;
  const std::string_view after = w.lower[next];
  if (after == "on") {
    // "fight on to the convention", "vowing to fight on." (not "fighting on the Eritrean side").
    return next + 1 >= n || w.punctuation[next + 1] || w.lower[next + 1] == "to" || w.lower[next + 1] == "until" ||
           w.lower[next + 1] == "and";
  }
  if (after == "for" || after == "against" || after == "over") object = next + 1;
  if (object >= n || w.punctuation[object] || w.verb[object] || w.time[object]) return false;
  const size_t end = NounPhraseEnd(w, object);
  if (end <= object || !senses) return false;
  for (size_t k = object; k < end; ++k)
    if (w.mention[k] >= 0) return false;  // a name: "fighting the Islamic State", "fight Trump"
  const std::string_view head = w.lower[end - 1];
  static constexpr std::string_view kSomeone[] = {"them", "him", "her", "us", "me", "you", "it", "country", "nation",
                                                  "homeland", "side", "enemy", "enemies", "forces", "terrorists",
                                                  "terrorism", "militants", "insurgents", "rebels", "invaders"};
  if (InList(head, kSomeone)) return false;
  const SenseLexicon::Senses* s = NounSenses(*senses, head, true);
  if (!s || s->noun < 0) return false;
  return s->noun != kNounPerson && s->noun != kNounGroup && s->noun != kNounLocation;
}

bool ThingAsActor(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const SenseLexicon* senses) {
  if (!senses || !CodeNeedsFittingObject(e.CameoOrReverse()) || e.merged || e.pattern_words > 0 || e.group.passive ||
      e.trigger.pos != EventPos::kVerb || e.trigger.token < sentence_begin)
    return false;
  const size_t n = w.lower.size();
  const size_t at = e.trigger.token - sentence_begin;
  const size_t begin = e.group.begin;
  if (at >= n || begin == 0 || begin > at) return false;
  // A finite verb: an infinitive's or a participle's word before is no subject ("ready to support", "drugs supplied
  // to Africa").
  if ((e.group.tense != "PAST" && e.group.tense != "PRESENT" && e.group.tense != "FUTURE") || w.lower[begin] == "to")
    return false;
  // An actor code of any kind, an agent's alone too ("the airline", ---BUS), says the subject is someone.
  for (const EventParticipant& p : e.participants)
    if (p.role == ParticipantRole::kSource && (!p.actor.empty() || p.mention >= 0)) return false;
  const size_t k = begin - 1;
  const std::string_view t = w.text[k];
  // A common noun: no pronoun, determiner or other word of a closed class ("he" is helium to WordNet).
  if (w.mention[k] >= 0 || w.punctuation[k] || w.time[k] || w.verb[k] || w.classes[k] != 0 || t.size() < 3 ||
      t[0] < 'a' || t[0] > 'z')
    return false;
  // Not after an auxiliary ("may well endorse"), nor in the phrase of a preposition ("leaders from around the globe
  // are arriving").
  static constexpr std::string_view kAuxiliaries[] = {"may", "might", "can", "could", "will", "would", "shall",
                                                      "should", "must", "do", "does", "did"};
  static constexpr std::string_view kPrepositions[] = {"of", "in", "at", "on", "for", "with", "from", "by", "to",
                                                       "into", "around", "about", "across", "through", "over", "under",
                                                       "among", "between", "against", "like", "than", "near", "via",
                                                       "without"};
  if (k > 0 && InList(w.lower[k - 1], kAuxiliaries)) return false;
  const size_t start = NounPhraseStart(w, k);
  if (start > 0 && start <= k && InList(w.lower[start - 1], kPrepositions)) return false;
  const SenseLexicon::Senses* s = NounSenses(*senses, w.lower[k], true);
  if (!s || s->noun < 0) return false;
  const uint64_t someone = (uint64_t{1} << kNounPerson) | (uint64_t{1} << kNounGroup) | (uint64_t{1} << kNounLocation);
  if (s->mask & someone) return false;
  // artifact 6, animal 5, body 8, feeling 12, food 13, object 17, phenomenon 19, plant 20, process 22, shape 25,
  // state 26, substance 27, attribute 7.
  static constexpr int kThings[] = {5, 6, 7, 8, 12, 13, 17, 19, 20, 22, 25, 26, 27};
  return std::find(std::begin(kThings), std::end(kThings), s->noun) != std::end(kThings);
}

bool ReleaseOfNoOne(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a,
                    const SenseLexicon* senses) {
  const std::string_view code = e.CameoOrReverse();
  if (!senses || !(code.starts_with("08") || code.starts_with("035")) || e.merged || e.pattern_words > 0 ||
      e.trigger.token < sentence_begin)
    return false;
  const size_t n = w.lower.size();
  const size_t at = e.trigger.token - sentence_begin;
  if (at >= n) return false;
  if (e.trigger.pos == EventPos::kNoun) {
    if (w.lower[at] != "release" && w.lower[at] != "releases") return false;
    // A person's own release ("within a week of his release", "Johnston's release").
    static constexpr std::string_view kTheirs[] = {"his", "her", "their"};
    if (at > 0 && InList(w.lower[at - 1], kTheirs)) return false;
    if (at > 1 && (w.lower[at - 1] == "'s" || w.lower[at - 1] == "’s") && w.mention[at - 2] >= 0 &&
        a.mentions[w.mention[at - 2]].type == EntityType::kPerson)
      return false;
  } else {
    if (!HasLemma(w.lower[at], "release", &w.stems)) return false;
  }
  const uint64_t people = (uint64_t{1} << kNounPerson) | (uint64_t{1} << kNounGroup);
  // Whether the word at `k` (of the sentence) may name people.
  auto someone = [&](size_t k) {
    if (k >= n || w.punctuation[k]) return false;
    if (w.mention[k] >= 0) {
      const EntityType type = a.mentions[w.mention[k]].type;
      return type == EntityType::kPerson || type == EntityType::kOrganization || type == EntityType::kLocation;
    }
    if (InList(w.lower[k], kMayBePeople)) return true;
    const std::string_view text = w.text[k];
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && k > 0) return true;
    const SenseLexicon::Senses* s = NounSenses(*senses, w.lower[k], true);
    return !s || s->noun < 0 || (s->mask & people) != 0;  // a word WordNet lacks decides nothing
  };
  for (const EventParticipant& p : e.participants) {
    if (p.role != ParticipantRole::kTarget) continue;
    if (p.pronoun || p.token_end <= p.token_begin || p.token_begin < sentence_begin) return false;
    if (someone(p.token_end - 1 - sentence_begin)) return false;
  }
  // A participle after its noun ("figures released by the trade body", "a poll of South Carolina released on
  // Tuesday"): that noun, else the head before its "of" phrase.
  const size_t b = e.group.begin;
  if (e.trigger.pos != EventPos::kNoun && b > 0 && b <= at && (b == at || e.group.passive)) {
    if (someone(b - 1)) return false;
  }
  return true;
}

bool HelpToDo(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a) {
  if (!CodeNeedsFittingObject(e.CameoOrReverse()) || e.merged || e.pattern_words > 0 ||
      e.trigger.pos != EventPos::kVerb || e.trigger.token < sentence_begin || e.verb_end <= sentence_begin)
    return false;
  const size_t n = w.lower.size();
  const size_t at = e.trigger.token - sentence_begin, object = e.verb_end - sentence_begin;
  if (at >= n || object + 1 >= n) return false;
  if (!HasLemma(w.lower[at], "help", &w.stems)) return false;
  static constexpr std::string_view kGeneric[] = {"you", "us", "it", "people", "users", "consumers", "customers",
                                                  "patients", "readers", "viewers", "someone", "anyone", "everyone"};
  size_t verb = object + 1;
  if (!InList(w.lower[object], kGeneric) || w.mention[object] >= 0) {
    // A person helped, or people no name or actor code places ("help Rubio convince anyone", "help kids attend
    // college", "help mining communities transition"); a country or an organisation helped may be aid.
    const auto p = std::find_if(e.participants.begin(), e.participants.end(), [&](const EventParticipant& q) {
      return q.role == ParticipantRole::kTarget && q.token_begin == e.verb_end && !q.pronoun;
    });
    if (p == e.participants.end() || p->token_end <= p->token_begin) return false;
    const bool person = p->mention >= 0 && a.mentions[p->mention].type == EntityType::kPerson;
    if (!person && (p->mention >= 0 || NamesActor(p->actor))) return false;
    verb = p->token_end - sentence_begin;
  }
  if (verb >= n) return false;  // the object ends the sentence ("would help the farmers")
  if (w.lower[verb] == "to") ++verb;
  // "better" before the verb ("help us better enable").
  if (verb + 1 < n && (w.lower[verb] == "better" || w.lower[verb] == "further")) ++verb;
  if (verb >= n || w.punctuation[verb] || w.mention[verb] >= 0) return false;
  return w.verb[verb] ? HasLemma(w.lower[verb], w.lower[verb], &w.stems) : InList(w.lower[verb], kLightVerbs);
}

bool StandingRelative(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin) {
  if (e.trigger.pos != EventPos::kVerb || e.trigger.token < sentence_begin || e.group.tense != "PRESENT" ||
      e.group.aspect != "NONE" || !e.group.modality.empty())
    return false;
  const size_t n = w.lower.size();
  const size_t at = e.trigger.token - sentence_begin;
  size_t k = std::min<size_t>(e.group.begin, at);
  static constexpr std::string_view kAdverbs[] = {"also", "still", "often", "now", "rarely", "usually", "currently",
                                                  "already", "seldom", "sometimes", "always", "never", "openly",
                                                  "largely"};
  // Adverbs before the group ("which rarely accepts", "who strongly opposes").
  while (k > 0 && (InList(w.lower[k - 1], kAdverbs) || (w.lower[k - 1].size() > 4 && w.lower[k - 1].ends_with("ly") &&
                                                        w.mention[k - 1] < 0 && !w.punctuation[k - 1])))
    --k;
  static constexpr std::string_view kRelatives[] = {"which", "who", "that"};
  if (at >= n || k == 0 || !InList(w.lower[k - 1], kRelatives)) return false;
  // A denial or a dispute in the present is one still made, a speech act ("Quiboloy, who denies wrongdoing").
  static constexpr std::string_view kDenying[] = {"deny", "dispute"};
  if (LemmaIn(w.lower[at], kDenying, &w.stems)) return false;
  // "who's called for": "has", a perfect.
  for (size_t x = k; x < at; ++x)
    if (w.lower[x] == "'s" || w.lower[x] == "’s") return false;
  // A time in its clause names one occasion ("which meets in Davos, Switzerland, next week"): up to the sentence's
  // end or the next verb ("Turkey, which trains Somali troops, condemned the attack on Tuesday").
  static constexpr std::string_view kClauseEnds[] = {".", ";", ":", "!", "?", "--", "—", "–", "(", ")"};
  for (size_t x = at + 1; x < n && !InList(w.lower[x], kClauseEnds) && !w.verb[x]; ++x)
    if (w.time[x]) return false;
  return true;
}

bool MeetingAStandard(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin) {
  if (e.trigger.pos != EventPos::kVerb || e.trigger.token < sentence_begin || e.verb_end <= sentence_begin) return false;
  const size_t n = w.lower.size();
  const size_t at = e.trigger.token - sentence_begin;
  if (at >= n) return false;
  std::vector<std::string>& lemmas = w.stems;
  VerbLexicon::Get().Lemmas(w.lower[at], &lemmas);
  if (lemmas.empty() || lemmas.front() != "meet") return false;
  static constexpr std::string_view kStandards[] = {"target", "targets", "demand", "demands", "deadline", "deadlines",
                                                    "expectations", "requirement", "requirements", "criteria",
                                                    "criterion", "goal", "goals", "standard", "standards", "objective",
                                                    "objectives", "obligation", "obligations", "threshold",
                                                    "thresholds", "cost", "costs", "need", "needs", "quota", "quotas",
                                                    "benchmark", "benchmarks", "challenge", "challenges", "commitments",
                                                    "forecasts", "estimates"};
  constexpr size_t kReach = 5;  // "meet all of our full-year objectives"
  for (size_t x = e.verb_end - sentence_begin; x < n && x < at + 1 + kReach; ++x) {
    if (InList(w.lower[x], kStandards)) return true;
    if (w.punctuation[x] || (w.lower[x] != "of" && (w.classes[x] & lang::kPreposition)) || w.verb[x]) return false;
  }
  return false;
}

std::string CharacterizationCode(const SentenceWords& w, size_t verb, const SenseLexicon* senses, size_t* object_end) {
  const size_t n = w.lower.size();
  if (verb + 2 >= n) return "";
  const std::string_view v = w.lower[verb];
  if (v != "call" && v != "calls" && v != "called" && v != "calling") return "";
  const size_t first = verb + 1;
  if (w.punctuation[first] || w.time[first]) return "";
  // "soldiers calling themselves the High Military Command" name themselves.
  static constexpr std::string_view kReflexive[] = {"themselves", "himself", "herself", "itself", "ourselves"};
  if (InList(w.lower[first], kReflexive)) return "";
  const size_t end = NounPhraseEnd(w, first);
  if (end <= first || end > n) return "";
  // An adjective: WordNet's first sense of it, else (a word WordNet lacks) an adjective's ending ("treasonous").
  auto adjective = [&](size_t t) {
    if (!senses || w.mention[t] >= 0 || w.punctuation[t]) return false;
    const std::string_view word = w.lower[t];
    constexpr int kNounPerson = 18;
    if (const SenseLexicon::Senses* x = senses->Find(word)) return x->adjective >= 0 && x->noun != kNounPerson;
    return word.size() > 5 && (word.ends_with("ous") || word.ends_with("ful") || word.ends_with("less") ||
                               word.ends_with("able") || word.ends_with("ible"));
  };
  auto noun = [&](size_t t) {
    const SenseLexicon::Senses* x = senses ? NounSenses(*senses, w.lower[t], false) : nullptr;
    return x && x->noun >= 0;
  };
  // Words of praise and of blame (a noun of blame may end the object's phrase: "called the threat blackmail").
  static constexpr std::string_view kPraise[] = {
      "historic", "success", "successful", "victory", "breakthrough", "milestone", "positive", "constructive",
      "productive", "good", "great", "excellent", "landmark", "welcome", "encouraging", "fruitful", "friend",
      "partner", "hero", "triumph", "achievement", "important", "significant", "step", "brave", "courageous", "wise",
      "visionary", "remarkable", "champion", "genius", "giant", "icon", "treasure", "treasures", "impressive",
      "better", "best", "nice", "smart", "talented", "kind", "admirable", "gift", "model", "example", "pragmatic"};
  static constexpr std::string_view kBlame[] = {
      "witch", "hoax", "kidnapping", "crime", "crimes", "criminal", "criminals", "blackmail", "mistake", "attack",
      "vendetta", "persecution", "provocation", "provocative", "absurd", "outrageous", "disgrace", "shameful",
      "ridiculous", "illegal", "unlawful", "dangerous", "reckless", "treasonous", "traitor", "traitors", "liar",
      "liars", "loser", "idiot", "idiots", "terrorist", "terrorists", "dictator", "thug", "thugs", "racist",
      "fascist", "authoritarian", "political", "politically", "scandal", "farce", "sham", "travesty", "betrayal",
      "insult", "threat", "assault", "lie", "lies", "nonsense", "disaster", "catastrophe", "failure", "violation",
      "bully", "hypocrite", "corrupt", "fraud", "fraudulent", "rotten", "derisory", "delusional", "ignorant",
      "stupid", "weak", "divisive", "predatory", "hostile", "quack", "charlatan", "fake", "aggression",
      "aggressive", "interference", "meddling", "theft", "robbery", "extortion", "wrong", "bad", "worst",
      "terrible", "horrible", "awful", "evil", "cruel", "inhumane", "barbaric", "brutal", "cowardly", "ugly",
      "unjust", "arbitrary", "irresponsible", "unconscionable", "disappointing", "disqualifying", "deplorable",
      "despicable", "disgusting", "appalling", "shocking", "insane", "crazy", "pathetic", "hypocritical",
      "blowhard", "baboon", "cats", "enemy", "enemies", "coup", "piracy", "terrorism", "genocide", "apartheid",
      "propaganda", "lawlessness", "sabotage", "slander", "smear", "harassment", "intimidation", "bullying",
      "unacceptable", "unfair", "disgraceful", "abhorrent", "heinous", "baseless", "unfounded", "preposterous",
      "politically-motivated", "witch-hunt", "outrage", "thief", "thieves", "murderer", "murderers", "killer",
      "killers", "puppet", "clown", "coward", "cowards", "joke", "embarrassment", "shame", "menace", "danger",
      "extremist", "extremists", "bandit", "bandits", "gangster", "gangsters", "tyrant", "tyranny"};
  static constexpr std::string_view kQuotes[] = {"\"", "“", "”", "'", "‘", "’", "``", "''"};
  static constexpr std::string_view kOpeners[] = {"a", "an", "the", "\"", "“", "'", "‘", "``", "''"};
  // The predicate: a noun phrase right after the object ("a witch hunt", "'blackmail'"); an adjective right after
  // it ("the move unfriendly", whose "-ly" ends the phrase); or the object phrase's last word when it is an adjective
  // or a word of blame or praise after a noun ("the verdict absurd", "the threat blackmail"; not "the company
  // chief", whose noun sense is a person).
  size_t pred_begin = end, pred_end = end;
  if (end < n && InList(w.lower[end], kOpeners)) {
    pred_end = std::min(n, end + 6);
  } else if (end < n && adjective(end) && !w.verb[end] &&
             (end + 1 == n || w.punctuation[end + 1] || w.lower[end + 1] == "and" || w.lower[end + 1] == "but")) {
    pred_end = end + 1;
  } else if (end >= first + 2 && (adjective(end - 1) || InList(w.lower[end - 1], kBlame) ||
                                  InList(w.lower[end - 1], kPraise)) && noun(end - 2)) {
    pred_begin = end - 1;
  } else {
    return "";
  }
  // The object's head: an accusation called false is denied.
  static constexpr std::string_view kAccusations[] = {
      "allegation", "allegations", "accusation", "accusations", "claim", "claims", "charge", "charges",
      "report", "reports", "rumour", "rumours", "rumor", "rumors", "speculation", "suggestion", "suggestions"};
  *object_end = pred_begin;  // without a quotation mark the phrase took in ("Washington's threat 'a mistake'")
  while (*object_end > first + 1 && (w.punctuation[*object_end - 1] || w.lower[*object_end - 1] == "'")) --*object_end;
  if (InList(w.lower[pred_begin - 1], kAccusations)) return "-";
  // An adjective denied by "un", "dis", "ir" or "il" ("unfriendly", "unfit", "dishonest", "irresponsible", "illegal").
  auto denied = [&](std::string_view word) {
    if (!senses) return false;
    for (std::string_view prefix : {"un", "dis", "ir", "il"})
      if (word.size() > prefix.size() + 4 && word.starts_with(prefix))
        if (const SenseLexicon::Senses* x = senses->Find(word.substr(prefix.size())); x && x->adjective >= 0)
          return true;
    return false;
  };
  // The predicate runs to its first preposition or clause word ("an attempt to handicap successful businesses",
  // "a thief on Monday"). A time is no predicate ("called a meeting the next day", "called it a day").
  static constexpr std::string_view kStops[] = {"to", "of", "by", "for", "in", "on", "with", "that", "who", "which",
                                                "against", "from", "and", "but", "because", "since", "as"};
  static constexpr std::string_view kTimeNouns[] = {"day", "days", "week", "weeks", "month", "months", "year",
                                                    "years", "morning", "evening", "night", "afternoon", "time"};
  size_t last = pred_begin;
  while (last < pred_end && !(w.punctuation[last] && !InList(w.lower[last], kQuotes)) &&
         !InList(w.lower[last], kStops))
    ++last;
  for (size_t t = pred_begin; t < last; ++t)
    if (w.time[t] || InList(w.lower[t], kTimeNouns)) return "";
  // What it says: praise, blame, or neither ("called it a peace dividend", "a news network": no event).
  bool praise = false, blame = false;
  for (size_t t = pred_begin; t < last; ++t) {
    praise |= InList(w.lower[t], kPraise);
    blame |= InList(w.lower[t], kBlame) || denied(w.lower[t]);
  }
  if (blame) return "111";  // "not a good idea" is rare; "the worst mistake" is blame
  return praise ? "051" : "-";
}

}  // namespace newsgraph::events
