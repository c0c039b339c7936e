#include "events/reader.h"

#include <algorithm>
#include <tuple>

#include "events/fitting.h"
#include "lang/lexicon.h"
#include "text/token_search.h"
#include "text/unicode.h"

namespace newsgraph::events {

namespace {

// Words that announce what their "to" complement will do ("agreed to", "ready to"); threats make conflict codes
// threats.
constexpr std::string_view kCommissive[] = {
    "agree", "agreed", "agrees", "agreeing", "pledge", "pledged", "pledges", "promise", "promised", "promises",
    "offer", "offered", "offers", "vow", "vowed", "vows", "plan", "plans", "planned", "planning", "intend",
    "intends", "intended", "decide", "decided", "decides", "ready", "willing", "prepared", "determined",
    "committed", "undertook", "undertake", "resolved", "expected", "due", "set", "scheduled", "want", "wants",
    "wanted", "seek", "seeks", "sought", "seeking", "hope", "hopes", "hoped", "aim", "aims", "aimed", "try",
    "tries", "tried", "trying", "attempt", "attempted", "intending", "preparing", "swear", "swore", "sworn",
    "swears"};
// Verbs of asking and pressing: what their object is asked or pressed to do has not happened ("was pressured by
// Congress to help Iran": the pressure is the event).
constexpr std::string_view kPressing[] = {
    "urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking", "press", "pressed", "presses", "pressing",
    "pressure", "pressured", "pressures", "pressuring", "appeal", "appealed", "appeals", "encourage", "encouraged",
    "encourages", "invite", "invited", "invites", "call", "called", "calls", "push", "pushed", "pushes", "beg",
    "begged", "request", "requested", "requests"};
// Verbs whose object names the event: "held talks", "staged a protest", "launched an attack", "imposed tariffs".
constexpr std::string_view kLightVerbs[] = {
    "hold", "held", "holds", "holding", "stage", "staged", "stages", "staging", "launch", "launched", "launches",
    "launching", "make", "made", "makes", "making", "conduct", "conducted", "conducts", "conducting", "carry",
    "carried", "carries", "carrying", "pay", "paid", "pays", "paying", "mount", "mounted", "mounts", "mounting",
    "wage", "waged", "wages", "waging", "begin", "began", "begun", "begins", "start", "started", "starts", "continue",
    "continued", "continues", "resume", "resumed", "resumes", "open", "opened", "opens", "undertake", "undertook",
    "take", "took", "taken", "takes", "have", "had", "has", "renew", "renewed",
    // verbs that bring their object into force: "imposed tariffs" is the tariffs' code
    "impose", "imposed", "imposes", "imposing", "introduce", "introduced", "introduces", "levy", "levied",
    "levies", "slap", "slapped", "slaps", "declare", "declared", "declares", "enforce", "enforced",
    // verbs that make their object happen by saying so: "announced a suspension of air links", "announced sanctions"
    "announce", "announced", "announces", "announcing", "order", "ordered", "orders"};
// Verbs of motion that make an event noun after "on" their own event: "went on strike", "going on a hunger strike".
// Prepositions whose place is where an act happens, not on whom (events/where.cc's, "at" apart).
constexpr std::string_view kWherePrepositions[] = {"in", "near", "off", "outside", "inside", "through", "across",
                                                   "throughout"};
constexpr std::string_view kGoOn[] = {"go", "goes", "went", "gone", "going", "come", "came", "comes", "coming"};
constexpr std::string_view kThreat[] = {"threaten", "threatened", "threatens", "threatening"};
// Verbs of ordering: what the one ordered is to do is done by the order ("ordered troops to withdraw").
constexpr std::string_view kOrdering[] = {"order", "ordered", "orders", "ordering"};
constexpr std::string_view kLeaving[] = {"leave", "quit", "depart"};
constexpr std::string_view kDiplomats[] = {"ambassador", "ambassadors", "envoy",    "envoys",   "diplomat",
                                           "diplomats",  "embassy",     "consul",   "consuls",  "attache",
                                           "attaches",   "charge",      "consulate"};
// Verbs of attempting: what is attempted is done, if not achieved ("attempted to assassinate": CAMEO's 185, an
// assault; "tried to hack into the computers"), no intent.
constexpr std::string_view kAttempt[] = {"try",     "tries",    "tried",     "trying",    "attempt",
                                         "attempts", "attempted", "attempting"};
// Commissive verbs that are a speech act of their own, the announcement ("agreed to impose sanctions": the agreement,
// 03, and the sanctions still to come, 163); the others only say the act is to come ("plans to", "ready to").
constexpr std::string_view kAnnouncingAct[] = {
    "agree", "agreed", "agrees", "agreeing", "pledge", "pledged", "pledges", "promise", "promised", "promises",
    "offer", "offered", "offers", "vow", "vowed", "vows", "swear", "swore", "sworn", "swears", "undertook",
    "undertake", "threaten", "threatened", "threatens", "threatening"};

constexpr std::string_view kRefusal[] = {"refuse", "refused", "refuses", "refusing", "decline", "declined",
                                        "declines", "declining", "fail", "failed", "fails"};
// Verbs of failing among them: a failure is no decision against the act ("failed to release the hostages by the
// deadline", "failed to delay the vote"), no rejection (12) of its own; the act only did not happen. (Not an
// agreement or a meeting: "failed to reach agreement" rejects the other side's terms.)
constexpr std::string_view kFailure[] = {"fail", "failed", "fails", "failing"};
constexpr std::string_view kPersonal[] = {"he", "she", "it", "they", "we"};
constexpr std::string_view kClauseOpeners[] = {"that", "which", "who", "whom", "whose", "while", "because",
                                               "although", "though", "whether", "unless", ";", ":"};

// Where the clause of a verb ends: a pattern of the verb looks for its object and prepositional phrases before the
// next verb or subordinate clause ("demanded that the government end curbs": "end curbs" belong to "end").
// A clause without "that" ends where the subject of a reported clause with a modal starts ("said [the automation
// plan] would be phased in": "plan" is no object of "said"); a pronoun subject is no pattern's word and stays
// ("said they would boycott": a threat).
size_t ClauseEnd(const SentenceWords& w, size_t from) {
  static constexpr std::string_view kFinite[] = {"would", "will", "could", "should", "can", "may", "might", "must",
                                                 "shall"};
  for (size_t t = from; t < w.lower.size(); ++t) {
    if (w.verb[t] || InList(w.lower[t], kClauseOpeners)) return t;
    if (w.lower[t] == "," && t + 1 < w.lower.size() && (w.verb[t + 1] || InList(w.lower[t + 1], kClauseOpeners))) return t;
    if (t > from && InList(w.lower[t], kFinite) && !w.punctuation[t - 1] && !InList(w.lower[t - 1], kPersonal)) {
      const size_t subject = NounPhraseStart(w, t - 1);
      if (subject < t && subject >= from) return subject;
    }
  }
  return w.lower.size();
}

// Adjectives and adverbs that take a "to" complement saying what their subject will do ("is about to restore",
// "was unable to meet"): the complement is the clause's event.
constexpr std::string_view kToComplement[] = {
    "about", "able", "unable", "likely", "unlikely", "eager", "keen", "reluctant", "poised", "bound", "free",
    "quick", "slow", "first", "last", "only", "going", "enough", "sure", "certain", "happy", "anxious", "unwilling"};

// An infinitive of purpose or a noun's complement ("met Assad on Tuesday to discuss efforts [to counter] the
// militants", "went on strike [to protest]"): "to" after a noun phrase or a time expression that ends the verb
// phrase of an earlier verb, not after the object of a verb of asking or ordering ("urged Bree to help"). It says
// what someone aims at, not what happened, and is not the sentence's own event.
bool PurposeInfinitive(const SentenceWords& w, const VerbGroup& group, std::vector<std::string>* stems) {
  if (group.tense != "INFINITIVE" || group.begin == 0 || w.lower[group.begin] != "to") return false;
  const size_t last = group.begin - 1;  // the word before "to"
  // A word whose "to" complement the infinitive is: a promise, a plan, a threat, a refusal, "able", "likely" ...
  auto takes_complement = [&](size_t t) {
    return InList(w.lower[t], kCommissive) || InList(w.lower[t], kToComplement) || InList(w.lower[t], kRefusal) ||
           InList(w.lower[t], kThreat);
  };
  if (w.verb[last] || w.punctuation[last] || takes_complement(last)) return false;
  size_t start = last;
  if (!w.time[last]) {
    start = NounPhraseStart(w, last);
    // No noun phrase; a name is an object ("urged Bree"), unless a preposition governs it ("meet in Zurich to").
    static constexpr std::string_view kPlaceOrTime[] = {"in", "at", "on", "near", "outside", "inside", "during",
                                                        "after", "before", "since", "from"};
    if (start > last || (w.mention[last] >= 0 && (start == 0 || !InList(w.lower[start - 1], kPlaceOrTime))))
      return false;
  } else {
    while (start > 0 && w.time[start - 1]) --start;
    // "threatened on Monday to impose", "agreed last week to extend": the verb's own complement, past its time.
    if (start > 0 && w.lower[start - 1] == "on") --start;
    if (start > 0 && takes_complement(start - 1)) return false;
  }
  // An earlier verb whose phrase the noun phrase or the time ends: the nearest verb before it, with no clause
  // boundary between; a verb of asking or ordering makes its object the complement's subject instead.
  for (size_t k = start; k-- > 0 && start - k <= 12;) {
    const std::string_view word = w.lower[k];
    if (word == ";" || word == ":" || word == "that" || word == "which" || word == "who") return false;
    if (!w.verb[k]) continue;
    static constexpr std::string_view kAsking[] = {"urge", "ask", "tell", "order", "force", "allow", "invite",
                                                   "persuade", "encourage", "call", "press", "pressure", "require",
                                                   "enable", "permit", "advise", "instruct", "warn", "authorize",
                                                   "authorise", "compel", "oblige", "appeal", "beg", "push", "convince",
                                                   "help", "want", "expect", "need", "get", "lead", "cause"};
    return !LemmaIn(word, kAsking, stems);
  }
  return false;
}

// A gerund that is the content or reason of an earlier verb's ("accused Kenya of [supporting] the rebels",
// "was arrested for [collaborating] with Israel", "without [consulting] them"): alleged, denied or a means, not an
// event the sentence asserts. Not after prepositions of time ("after meeting Putin, he said").
bool ContentGerund(const SentenceWords& w, size_t trigger, const VerbGroup& group) {
  static constexpr std::string_view kContent[] = {"of", "for", "by", "without", "about", "against", "from"};
  // One adverb of manner may stand between ("accusing the Commission of unfairly targeting the company").
  const bool adverb = trigger >= 3 && w.lower[trigger - 1].size() > 4 && w.lower[trigger - 1].ends_with("ly") &&
                      !w.verb[trigger - 1] && InList(w.lower[trigger - 2], kContent);
  const size_t head = adverb ? trigger - 1 : trigger;  // the gerund's first word
  if (group.tense != "PRESPART" || (group.begin != trigger && group.begin != head) || trigger < 2 ||
      !InList(w.lower[head - 1], kContent))
    return false;
  for (size_t k = head - 1; k-- > 0 && trigger - k <= 14;) {
    const std::string_view word = w.lower[k];
    if (word == ";" || word == ":" || word == "that" || word == "which" || word == "who") return false;
    if (w.verb[k]) return true;
  }
  return false;
}

// "a helicopter [carrying] truce monitors": a participle right after the noun it describes, in the verb phrase of
// an earlier verb, is a description, not the sentence's event.
bool ReducedRelative(const SentenceWords& w, size_t trigger, const VerbGroup& group) {
  if (group.tense != "PRESPART" || group.begin != trigger || trigger < 2) return false;
  const size_t last = trigger - 1;
  if (w.verb[last] || w.punctuation[last] || w.time[last] || NounPhraseStart(w, last) > last ||
      InList(w.lower[last], kPersonal))
    return false;
  for (size_t k = NounPhraseStart(w, last); k-- > 0 && trigger - k <= 14;) {
    const std::string_view word = w.lower[k];
    if (word == ";" || word == ":" || word == "," || word == "that" || word == "which" || word == "who") return false;
    if (w.verb[k]) return true;
  }
  return false;
}

// The nearest verbal event before `token` in the sentence's events [first, out->size()), or -1.
int Governor(const std::vector<ReadEvent>& events, size_t first, size_t self, uint32_t token, size_t max_distance) {
  for (size_t k = self; k-- > first;) {
    const ReadEvent& g = events[k];
    if (g.trigger.pos != EventPos::kVerb || g.trigger.token >= token) continue;
    return token - g.trigger.token <= max_distance ? static_cast<int>(k) : -1;
  }
  return -1;
}

// The verbal event that opens the that-clause of events[self] ("said [on Friday] that ... must reach"): the nearest
// verbal event before it, at most `max_distance` tokens before, with one "that" and no other verb, no punctuation
// and no other word opening a clause between ("noted that the odds were low, and that ...", "admit that they are
// powerless if Erdogan decides the route must be closed" are not); else -1.
int ThatClauseGovernor(const SentenceWords& w, size_t sentence_begin, const std::vector<ReadEvent>& events, size_t first,
                       size_t self, size_t max_distance) {
  constexpr std::string_view kOpening[] = {"if",    "unless", "when", "whether", "because", "which",
                                           "who",   "whom",   "where", "while",  "although", "though"};
  const uint32_t token = events[self].trigger.token;
  const int g = Governor(events, first, self, token, max_distance);
  if (g < 0) return -1;
  int that = 0;
  for (size_t t = std::max(events[g].verb_end, events[g].trigger.token + 1); t < token; ++t) {
    const size_t at = t - sentence_begin;
    if (w.verb[at] || w.punctuation[at] || InList(w.lower[at], kOpening)) return -1;
    that += w.lower[at] == "that";
  }
  return that == 1 ? g : -1;
}

// "them" as a verb's object ("him", "her" are left alone: on the 9 MB corpus they stood as often for the sentence's
// main subject, "superdelegates should consider bolting Clinton and backing [him]", as for the earlier object).
bool ObjectPronoun(const SentenceWords& w, size_t sentence_begin, const EventParticipant& p) {
  if (p.role != ParticipantRole::kTarget || p.pronoun || p.mention >= 0 || p.token_end != p.token_begin + 1 ||
      p.token_begin < sentence_begin)
    return false;
  return w.lower[p.token_begin - sentence_begin] == "them";
}

// The verb's own object (rank 0, right after the verb), "him", "her" or "them": a pronoun of people (resolved later in the sentence's
// reading: ResolveObjectPronoun, ResolvePersonObjects).
bool PeopleObjectPronoun(const SentenceWords& w, size_t sentence_begin, const EventParticipant& p) {
  if (p.rank != 0 || p.role != ParticipantRole::kTarget || p.mention >= 0 || p.token_end != p.token_begin + 1 ||
      p.token_begin <= sentence_begin || p.token_begin - sentence_begin >= w.lower.size() ||
      !w.verb[p.token_begin - sentence_begin - 1])  // right after its verb ("imposed on [them]" is no object)
    return false;
  const std::string_view word = w.lower[p.token_begin - sentence_begin];
  return word == "him" || word == "her" || word == "them";
}

// "The Czech Republic expelled two Russian diplomats, accusing [them] of spying", "Police arrested two men and
// charged [them]": an object pronoun never stands for its own verb's subject; when that subject is an earlier
// event's in the sentence (a participle clause or a verb joined to it), the pronoun stands for that event's target
// ("them" for all of its coordinated targets). The pronoun `p` of events[k] then takes its antecedent, actor and
// name mention; more targets are appended to *more.
void ResolveObjectPronoun(const SentenceWords& w, size_t sentence_begin, const std::vector<ReadEvent>& events,
                          size_t first, size_t k, EventParticipant* p, std::vector<EventParticipant>* more) {
  auto same_source = [&](const ReadEvent& g) {
    for (const EventParticipant& q : events[k].participants)
      if (q.role == ParticipantRole::kSource)
        for (const EventParticipant& r : g.participants)
          if (r.role == ParticipantRole::kSource && r.span.start == q.span.start && r.span.end == q.span.end)
            return true;
    return false;
  };
  for (size_t g = k; g-- > first;) {
    const ReadEvent& earlier = events[g];
    if (earlier.trigger.token >= p->token_begin) continue;
    bool target = false;
    for (const EventParticipant& q : earlier.participants)
      target |= q.role == ParticipantRole::kTarget && !q.pronoun && q.span.end <= p->span.start;
    if (!target) continue;
    if (!same_source(earlier)) return;
    // The pronoun agrees with what it stands for: several targets or a plural phrase ("two Russian diplomats"),
    // not "Eminem", "California".
    size_t targets = 0;
    for (const EventParticipant& q : earlier.participants)
      targets += q.role == ParticipantRole::kTarget && !q.pronoun && q.span.end <= p->span.start;
    // A noun of two or three people takes "them" too ("charged a Russian-born couple with espionage, accusing
    // [them]", "the trio").
    static constexpr std::string_view kFew[] = {"couple", "pair", "trio", "duo"};
    auto agrees = [&](const EventParticipant& q) {
      if (targets > 1) return true;
      const std::string_view head = w.lower[q.token_end - 1 - sentence_begin];
      return w.mention[q.token_end - 1 - sentence_begin] < 0 && head.size() > 3 &&
             ((head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("'s")) || InList(head, kFew));
    };
    bool found = false;
    for (const EventParticipant& q : earlier.participants) {
      if (q.role != ParticipantRole::kTarget || q.pronoun || q.span.end > p->span.start || !agrees(q)) continue;
      EventParticipant* into = p;
      if (found) {
        more->push_back(*p);
        into = &more->back();
      }
      into->pronoun = true;
      into->antecedent = q.span;
      into->actor = q.actor;
      into->mention = q.mention;
      into->named = q.named;
      found = true;
    }
    return;
  }
}

// A pronoun participant ("Syria says it is willing", "they said they would meet") stands for the subject of the
// nearest event before it in the sentence that has a subject which is no pronoun.
// "They" stands for all the coordinated subjects ("Obama and Putin said they will meet"): one participant each.
void ResolvePronouns(const SentenceWords& w, size_t sentence_begin, size_t first, std::vector<ReadEvent>* out) {
  std::vector<ReadEvent>& events = *out;
  std::vector<EventParticipant> more;
  for (size_t k = first; k < events.size(); ++k) {
    more.clear();
    for (EventParticipant& p : events[k].participants)
      if (ObjectPronoun(w, sentence_begin, p)) ResolveObjectPronoun(w, sentence_begin, events, first, k, &p, &more);
    for (EventParticipant& p : events[k].participants) {
      if (!p.pronoun) continue;
      const std::string_view word = w.lower[p.token_begin - sentence_begin];
      const bool plural = word == "they" || word == "we";
      for (size_t g = k; g-- > first && !p.antecedent;) {
        for (const EventParticipant& q : events[g].participants)
          if (q.role == ParticipantRole::kSource && !q.pronoun && q.span.end <= p.span.start) {
            if (!p.antecedent) {
              p.antecedent = q.span;
              p.actor = q.actor;
              p.mention = q.mention;
              if (!plural) break;
            } else {
              more.push_back(p);
              more.back().antecedent = q.span;
              more.back().actor = q.actor;
              more.back().mention = q.mention;
            }
          }
      }
    }
    events[k].participants.insert(events[k].participants.end(), more.begin(), more.end());
  }
}

// The first name mention starting at or after byte `from`. The name mentions are in text order (the tagger's, chunk
// by chunk): each look-up reads only the mentions from `from` on, so that a document of many pronouns and names
// stays linear.
size_t FirstMentionFrom(const Analysis& a, uint32_t from) {
  return static_cast<size_t>(std::partition_point(a.mentions.begin(), a.mentions.end(),
                                                  [from](const Mention& m) { return m.span.start < from; }) -
                             a.mentions.begin());
}

// Whether the given name of `entity` (its name's first word) is mostly given to `gender`.
bool GivenNameIs(const Analysis& a, int32_t entity, lang::Gender gender) {
  const std::string& name = a.entities[entity].name;
  return lang::Lexicon::Get().GenderOf(text::LowerCase(name.substr(0, name.find(' ')))) == gender;
}

// "army officers seized power from President Umaro Sissoco Embalo and detained [him]", "Carney spoke with U.S.
// President Donald Trump and is scheduled to meet [him]", "Judge Emeka Nwite remanded [him] in custody" (the suspect
// named in the sentence before): "him" or "her" as a verb's object stands for the nearest person named before it in
// its sentence or the one before, not the verb's own subject and not one whose given name is the other gender's
// ("bolting Hillary Clinton and backing [him]"). Not when the sentence names someone by a common noun in between
// ("arrested a man and charged [him]": the man, whom no entity names).
void ResolvePersonObjects(const SentenceWords& w, const Analysis& a, size_t si, size_t first,
                          std::vector<ReadEvent>* out) {
  const Sentence& s = a.sentences[si];
  const uint32_t floor = a.sentences[si > 0 ? si - 1 : si].span.start;
  for (size_t k = first; k < out->size(); ++k) {
    ReadEvent& e = (*out)[k];
    for (EventParticipant& p : e.participants) {
      if (p.role != ParticipantRole::kTarget || p.pronoun || p.mention >= 0 || p.token_end != p.token_begin + 1 ||
          p.token_begin < s.token_begin || p.token_begin - s.token_begin >= w.lower.size())
        continue;
      const std::string_view word = w.lower[p.token_begin - s.token_begin];
      if (word != "him" && word != "her") continue;
      const lang::Gender other = word == "him" ? lang::Gender::kFemale : lang::Gender::kMale;
      std::vector<int32_t> subjects;  // the entities the verb's own subject names
      for (const EventParticipant& q : e.participants) {
        if (q.role != ParticipantRole::kSource) continue;
        for (const std::optional<Span>& in : {std::optional<Span>(q.span), q.antecedent}) {
          if (!in) continue;
          for (size_t m = FirstMentionFrom(a, in->start);
               m < a.mentions.size() && a.mentions[m].span.start < in->end; ++m)
            if (a.mentions[m].entity >= 0 && in->Contains(a.mentions[m].span)) subjects.push_back(a.mentions[m].entity);
        }
      }
      int32_t best = -1;
      for (size_t m = FirstMentionFrom(a, floor);
           m < a.mentions.size() && a.mentions[m].span.start <= p.span.start; ++m) {
        const Mention& x = a.mentions[m];
        if (x.type != EntityType::kPerson || x.entity < 0 || x.span.start < floor || x.span.end > p.span.start ||
            (best >= 0 && x.span.start <= a.mentions[best].span.start) ||
            std::find(subjects.begin(), subjects.end(), x.entity) != subjects.end())
          continue;
        if (GivenNameIs(a, x.entity, other)) continue;
        best = static_cast<int32_t>(m);
      }
      if (best < 0) continue;
      // A person named by a common noun between the name and the pronoun: an earlier event's target with no name.
      bool between = false;
      for (size_t g = first; g < k && !between; ++g)
        for (const EventParticipant& q : (*out)[g].participants)
          between |= q.role == ParticipantRole::kTarget && !q.pronoun && q.mention < 0 && q.named &&
                     q.span.start >= a.mentions[best].span.end && q.span.end <= p.span.start;
      if (between) continue;
      p.pronoun = true;
      p.antecedent = a.mentions[best].span;
      p.mention = best;
    }
  }
}

// "Marine Le Pen was convicted on Monday. [She] was also sentenced to four years in prison", "Police arrested John
// Smith. On Tuesday, [he] was charged": "he" or "she" opening its sentence's subject, which nothing in its own
// sentence resolved, stands for the first person named in the nearest of the two sentences before that names one
// (the subject, as a rule), whose given name is not the other gender's. Opening the subject: the sentence's first
// word, or after one word joining it to the sentence before ("But he", "Later she"), or after a comma that closes an
// opening phrase with no verb ("On Tuesday, he").
void ResolveSubjectPronouns(const SentenceWords& w, const Analysis& a, size_t si, size_t first,
                            std::vector<ReadEvent>* out) {
  static constexpr std::string_view kJoining[] = {"but", "and", "then", "later", "yet", "so", "also", "meanwhile",
                                                  "instead", "now", "still", "however"};
  const Sentence& s = a.sentences[si];
  auto opens_subject = [&](size_t t) {
    if (t == 0) return true;
    if (t == 1) return InList(w.lower[0], kJoining);
    if (t > 6 || w.lower[t - 1] != ",") return false;
    for (size_t k = 0; k + 1 < t; ++k)
      if (w.verb[k] || w.punctuation[k] || w.mention[k] >= 0) return false;
    return true;
  };
  for (size_t k = first; k < out->size(); ++k) {
    for (EventParticipant& p : (*out)[k].participants) {
      if (!p.pronoun || p.antecedent || p.mention >= 0 || p.token_end != p.token_begin + 1 ||
          p.token_begin < s.token_begin || p.token_begin - s.token_begin >= w.lower.size())
        continue;
      const size_t t = p.token_begin - s.token_begin;
      const std::string_view word = w.lower[t];
      if ((word != "he" && word != "she") || !opens_subject(t)) continue;
      const lang::Gender other = word == "he" ? lang::Gender::kFemale : lang::Gender::kMale;
      int32_t best = -1;
      for (size_t back = 1; back <= 2 && back <= si && best < 0; ++back) {
        const Span within = a.sentences[si - back].span;
        for (size_t m = FirstMentionFrom(a, within.start);
             m < a.mentions.size() && a.mentions[m].span.start < within.end; ++m) {
          const Mention& x = a.mentions[m];
          if (x.type != EntityType::kPerson || x.entity < 0 || GivenNameIs(a, x.entity, other)) continue;
          best = static_cast<int32_t>(m);
          break;
        }
      }
      if (best < 0) continue;
      p.antecedent = a.mentions[best].span;
      p.mention = best;
    }
  }
}

// "held talks with X", "staged a protest": a light verb whose own dictionary entry says nothing more specific takes
// the code of the event noun that is its object; the noun's event is merged into it.
void LightVerbs(const SentenceWords& w, size_t sentence_begin, size_t first, std::vector<ReadEvent>* out) {
  std::vector<ReadEvent>& events = *out;
  for (size_t k = first; k < events.size(); ++k) {
    ReadEvent& v = events[k];
    const size_t at = v.trigger.token - sentence_begin;
    const bool go_on = InList(w.lower[at], kGoOn) && at + 1 < w.lower.size() && w.lower[at + 1] == "on";
    if (v.trigger.pos != EventPos::kVerb || (!go_on && !InList(w.lower[at], kLightVerbs))) continue;
    // The noun within four words ("held formal talks", "launched a new offensive").
    for (size_t n = k + 1; n < events.size() && events[n].trigger.token <= v.trigger.token + 4; ++n) {
      ReadEvent& noun = events[n];
      if (noun.trigger.pos != EventPos::kNoun || noun.cameo.empty()) continue;
      if (go_on) {
        // "Workers went on strike": the strike is the event, and the verb's subject its source.
        if (noun.trigger.token != v.trigger.token + 2) break;
        for (const EventParticipant& p : v.participants)
          if (p.role == ParticipantRole::kSource) noun.participants.push_back(p);
        v.merged = true;
        break;
      }
      v.cameo = noun.cameo;
      v.cameo_reverse = noun.cameo_reverse;
      noun.merged = true;
      // The noun names the event, not whom it is done to: "held [talks] with X" has X as its target.
      const uint32_t t = noun.trigger.token;
      v.participants.erase(std::remove_if(v.participants.begin(), v.participants.end(),
                                          [t](const EventParticipant& p) {
                                            return p.role == ParticipantRole::kTarget && p.token_begin <= t &&
                                                   t < p.token_end;
                                          }),
                           v.participants.end());
      break;
    }
  }
}

// "will boycott the elections unless the president agrees to step down", "if Hamas ran in the election": a verb in
// a condition (its subject, or the verb it complements, between) states what would bring the main clause's act
// about, not the sentence's main event. Up to a mark or another clause opener, eight words back at most.
bool InCondition(const SentenceWords& w, size_t group_begin) {
  for (size_t k = group_begin; k-- > 0 && group_begin - k <= 8;) {
    if (w.lower[k] == "if" || w.lower[k] == "unless") return true;
    if (w.punctuation[k] || InList(w.lower[k], kClauseOpeners)) return false;
  }
  return false;
}

// "UEFA opened disciplinary proceedings", "lawmakers returned, ending a two-week walkout", "refugees are continuing
// a hunger strike": an event noun with no source of its own in the object of a verb that starts, carries on, leads
// or ends it (with only a determiner, adjectives or nouns between) is done by that verb's subject. (Not the verbs
// of saying or judging: "condemned the attack", "called the veto unconscionable" are about another's act.)
void NounsDoneBySubject(const SentenceWords& w, size_t sentence_begin, size_t first, std::vector<ReadEvent>* out) {
  static constexpr std::string_view kDoing[] = {"open", "launch", "begin", "start", "continue", "end", "lead", "stage",
                                                "hold", "conduct", "resume", "halt", "suspend", "wage", "mount",
                                                "escalate", "intensify", "complete", "finish", "organise", "organize",
                                                "join", "step", "carry", "keep", "maintain", "pursue", "initiate"};
  static constexpr std::string_view kObjectDeterminers[] = {"a", "an", "the", "its", "their", "his", "her", "this",
                                                            "these", "new", "fresh"};
  std::vector<ReadEvent>& events = *out;
  for (size_t k = first; k < events.size(); ++k) {
    ReadEvent& noun = events[k];
    if (noun.trigger.pos != EventPos::kNoun || noun.merged) continue;
    if (std::any_of(noun.participants.begin(), noun.participants.end(),
                    [](const EventParticipant& p) { return p.role == ParticipantRole::kSource; }))
      continue;
    const size_t at = noun.trigger.token - sentence_begin;
    for (size_t v = k; v-- > first;) {
      const ReadEvent& verb = events[v];
      if (verb.trigger.pos != EventPos::kVerb || verb.group.passive) continue;
      const size_t end = verb.verb_end - sentence_begin;  // past a particle: "stepped up", "called off"
      if (end > at || at - end > 4) break;
      // The noun is in the phrase right after the verb, past its determiner and a length ("a two-week walkout").
      size_t o = end;
      while (o < at && (w.time[o] || InList(w.lower[o], kObjectDeterminers))) ++o;
      if (o < at && NounPhraseEnd(w, o) <= at) break;
      if (!LemmaIn(w.lower[verb.trigger.token - sentence_begin], kDoing, &w.stems)) break;
      for (const EventParticipant& p : verb.participants)
        if (p.role == ParticipantRole::kSource) noun.participants.push_back(p);
      break;
    }
  }
}

// "suspend development aid", "froze aid", "pledged $50 million in emergency aid", "demanded a ceasefire", "lifted
// the blockade", "violated the truce": an event noun in the object of a verb that cuts, asks for, promises, eases or
// violates it names what is acted on, not an event that happens of its own: merged into the verb (no code of its
// own). Up to the verb's clause end (the next verb, a comma, a clause opener) or a phrase of place, reason or time
// ("blocking its adoption [at] a meeting"). Not after a rejection: a package of sanctions blocked is still planned.
void ObjectNouns(const SentenceWords& w, size_t sentence_begin, size_t first, std::vector<ReadEvent>* out) {
  static constexpr std::string_view kRoots[] = {"02", "03", "08", "10", "16"};
  // Phrases of place, reason or time end the object: "suspend aid to Rwanda [over] its support for the rebels".
  static constexpr std::string_view kReason[] = {"at", "over", "after", "before", "amid", "despite", "since", "during",
                                                 "following", "until", "as", "when", "if", "unless", "because"};
  std::vector<ReadEvent>& events = *out;
  for (size_t k = first; k < events.size(); ++k) {
    const ReadEvent& v = events[k];
    // Violating a ceasefire (196) or defying a ban or a law (128).
    const bool violating = v.cameo == "196" || v.cameo == "128";
    if (v.trigger.pos != EventPos::kVerb || v.merged || v.cameo.size() < 2 ||
        (!InList(std::string_view(v.cameo).substr(0, 2), kRoots) && !violating))
      continue;
    const size_t at = v.trigger.token - sentence_begin;
    for (size_t n = k + 1; n < events.size(); ++n) {
      ReadEvent& noun = events[n];
      const size_t t = noun.trigger.token - sentence_begin;
      if (t > at + 8) break;
      bool open = true;
      for (size_t x = at + 1; x < t && open; ++x)
        open = !w.verb[x] && w.lower[x] != "," && w.lower[x] != ";" && !InList(w.lower[x], kClauseOpeners) &&
               !InList(w.lower[x], kReason);
      if (!open || noun.trigger.pos == EventPos::kVerb) break;
      noun.merged = true;
    }
  }
}

// "General Petraeus held talks with ...", "Students staged mass demonstrations": an event noun without a source of
// its own that is the object of a light verb the tagger passed over (so no event of its own to take the noun's
// code) has that verb's subject as its source.
void NounObjectSource(const SentenceWords& w, const lang::Words& english, uint32_t sentence_begin, size_t noun,
                      std::vector<ParticipantSpan>* spans) {
  for (const ParticipantSpan& p : *spans)
    if (p.role == ParticipantRole::kSource) return;
  size_t v = noun;
  while (v > 0 && noun - v < 4) {
    --v;
    if (InList(w.lower[v], kLightVerbs)) break;
    if (w.verb[v] || w.punctuation[v] || w.mention[v] >= 0 || NounPhraseStart(w, v) > v) return;
  }
  if (v == noun || !InList(w.lower[v], kLightVerbs) || w.verb[v]) return;
  std::vector<ParticipantSpan> verb_spans;
  const VerbGroup group = TimeMLGroup(english, sentence_begin + static_cast<uint32_t>(v), sentence_begin, EventPos::kVerb);
  if (group.passive || group.tense == "PASTPART" || group.tense == "INFINITIVE" || group.tense == "PRESPART") return;
  FindParticipants(w, v, v + 1, group, EventPos::kVerb, &verb_spans);
  for (const ParticipantSpan& p : verb_spans)
    if (p.role == ParticipantRole::kSource && p.end <= v) spans->push_back(p);
}

// CAMEO's appeal codes (root 02) for an appeal to do `code`: "urged Y to help" is 023.
std::string AppealCode(std::string_view code) {
  const std::string_view root = code.substr(0, std::min<size_t>(2, code.size()));
  if (root == "04") return "026";
  if (root == "05") return "022";
  if (root == "06") return "021";
  if (root == "07") return "023";
  if (root == "08") return "025";
  return "020";
}

// "Tokyo said it would send a team", "the Netherlands said it would suspend aid", "said it would suspend its role as
// a mediator", "said Brazil would host a meeting": a meeting, aid, a cut in aid or in relations (root 16, but not its
// unspecified 160, "would blockade Paris") or sanctions that a reporting verb says an actor would make is the
// decision announced, coded as the act (its status planned), not an intent to cooperate (03x). Not on a condition
// ("would meet ... if he gave them a veto": an offer), nor for other acts, which CAMEO codes as intents or threats
// ("said they would boycott", "would blockade").
bool ReportedDecision(const SentenceWords& w, size_t sentence_begin, const std::vector<ReadEvent>& events,
                      size_t first, size_t k, const std::string& action) {
  static constexpr std::string_view kAnnouncing[] = {"announce", "announced", "announces", "announcing", "confirm",
                                                     "confirmed", "confirms"};
  const ReadEvent& e = events[k];
  if (e.group.modality != "would" || e.trigger.pos != EventPos::kVerb ||
      !(action.starts_with("04") || action.starts_with("07") || (action.starts_with("16") && action != "160")))
    return false;
  bool reported = false;
  for (size_t g = first; g < k && !reported; ++g)
    reported = events[g].trigger.pos == EventPos::kVerb && events[g].trigger.token < e.trigger.token &&
               (events[g].trigger.cls == EventClass::kReporting ||
                InList(w.lower[events[g].trigger.token - sentence_begin], kAnnouncing));
  if (!reported) return false;
  for (size_t t = e.trigger.token - sentence_begin + 1; t < w.lower.size(); ++t)
    if (w.lower[t] == "if" || w.lower[t] == "unless" || w.lower[t] == "provided") return false;
  return true;
}

// "insisted that Syria withdraw", "that the first lady go": a verb in its bare form after a singular subject (the word
// before it) is a subjunctive, what is asked of that subject ("insist that they give" may be a plain present).
bool Subjunctive(const SentenceWords& w, size_t at, const VerbGroup& group) {
  if (at == 0 || at >= w.lower.size() || (group.tense != "PRESENT" && group.tense != "NONE") || group.negated ||
      !group.modality.empty())
    return false;
  const std::string_view form = w.lower[at], subject = w.lower[at - 1];
  static constexpr std::string_view kPlural[] = {"they", "we", "you", "i", "these", "those", "that", "to", "and", "or"};
  if (form.ends_with('s') || form == "be" || w.punctuation[at - 1] || w.verb[at - 1] || subject.ends_with('s') ||
      std::find(std::begin(kPlural), std::end(kPlural), subject) != std::end(kPlural))
    return form == "be" && !w.punctuation[at - 1] && subject != "to" && subject != "will" && subject != "would";
  return true;
}

// Whether the verb at `at` denies a claim rather than refuses something: "denied that it had shot down a drone",
// "denied backing the rebels", "denied having troops in Congo", "denied the allegations", "denies any involvement"
// (past a time or an adverb: "denied on Monday that", "strongly denied"). That is CAMEO's "deny responsibility"
// (016), a statement, no rejection (12) of anyone's request ("denied land allocation", "denied them entry").
bool DeniesAClaim(const SentenceWords& w, size_t at) {
  static constexpr std::string_view kDeny[] = {"deny", "denied", "denies", "denying"};
  static constexpr std::string_view kAdverbs[] = {"strongly", "flatly", "categorically", "again", "repeatedly",
                                                  "vehemently", "publicly", "firmly", "emphatically", "also", "on"};
  static constexpr std::string_view kBefore[] = {"the", "any", "all", "these", "those", "such", "its", "their", "his",
                                                 "her", "a", "an", "that", "this", "those"};
  static constexpr std::string_view kClaims[] = {"allegation", "allegations", "accusation", "accusations", "claim",
                                                 "claims", "charge", "charges", "report", "reports", "rumour",
                                                 "rumours", "rumor", "rumors", "involvement", "responsibility",
                                                 "wrongdoing", "role", "link", "links", "suggestion", "suggestions",
                                                 "knowledge", "complicity", "culpability"};
  if (at >= w.lower.size() || !InList(w.lower[at], kDeny)) return false;
  size_t j = at + 1;
  while (j < w.lower.size() && j <= at + 4 && (w.time[j] || InList(w.lower[j], kAdverbs))) ++j;
  if (j >= w.lower.size()) return false;
  const std::string_view next = w.lower[j];
  if (next == "that" || next == "having" || next == "being") return true;
  if (w.verb[j] && next.size() > 4 && next.ends_with("ing")) return true;  // "denied backing the rebels"
  for (size_t k = j; k < w.lower.size() && k <= j + 2; ++k) {
    if (InList(w.lower[k], kClaims)) return true;
    if (!InList(w.lower[k], kBefore)) break;
  }
  return false;
}

bool AccidentalFire(const SentenceWords& w, size_t k);

// Whether the subject of the verb group starting at `begin` is a natural hazard or an accident ("a powerful
// earthquake struck Mandalay", "the tsunami that killed thousands", "a nightclub fire that killed 59", "the outbreak
// has killed 13", "the collapse of a station roof killed 15"): the words back to a punctuation mark, "of" (but for
// a collapse's) or another verb (a relative "that", "which" passed over). No one's use of force (roots 18-20).
bool HazardSubject(const SentenceWords& w, size_t begin) {
  static constexpr std::string_view kHazards[] = {"earthquake", "earthquakes", "quake", "quakes", "tsunami", "tsunamis",
                                                  "storm", "storms", "hurricane", "hurricanes", "typhoon", "typhoons",
                                                  "cyclone", "cyclones", "flood", "floods", "flooding", "landslide",
                                                  "landslides", "mudslide", "mudslides", "avalanche", "tornado",
                                                  "tornadoes", "wildfire", "wildfires", "drought", "heatwave",
                                                  "eruption", "aftershock", "aftershocks", "blizzard", "tremor",
                                                  "tremors", "blaze", "blazes", "outbreak", "outbreaks", "epidemic",
                                                  "collapse"};
  for (size_t k = begin; k-- > 0 && begin - k <= 6;) {
    // Not past "of": "the epidemic of police officers killing" is the officers'.
    if (w.lower[k] == "of" && k > 0 && (w.lower[k - 1] == "collapse" || w.lower[k - 1] == "collapses")) return true;
    if (w.punctuation[k] || w.lower[k] == "of" || (w.verb[k] && w.lower[k] != "that" && w.lower[k] != "which"))
      return false;
    if (InList(w.lower[k], kHazards) || AccidentalFire(w, k)) return true;
  }
  return false;
}

// Whether the word at `k` is a fire that breaks out ("a nightclub fire", "the fire"), not fire shot by someone
// ("Israeli fire", "artillery fire", "opened fire", "returned fire").
bool AccidentalFire(const SentenceWords& w, size_t k) {
  static constexpr std::string_view kShot[] = {"gun", "tank", "artillery", "sniper", "rocket", "mortar", "naval",
                                               "enemy", "friendly", "police", "army", "live", "heavy", "return",
                                               "returned", "open", "opened", "opening", "cross", "machine-gun",
                                               "hostile", "anti-aircraft", "cannon", "under"};
  if (w.lower[k] != "fire" && w.lower[k] != "fires") return false;
  if (k == 0) return true;
  const std::string_view before = w.text[k - 1];
  return !InList(w.lower[k - 1], kShot) && !(before.size() > 0 && before[0] >= 'A' && before[0] <= 'Z');
}

// Whether the passive verb group ending before `end` has a natural hazard for agent: "were killed by tornadoes",
// "was destroyed by a fire".
bool HazardAgent(const SentenceWords& w, size_t end) {
  if (end >= w.lower.size() || w.lower[end] != "by") return false;
  for (size_t k = end + 1; k < w.lower.size() && k <= end + 4; ++k) {
    if (w.punctuation[k] || w.verb[k]) return false;
    if (HazardSubject(w, k + 1)) return true;
  }
  return false;
}

// Whether the verb at `at` is a participle used as an adjective: after a determiner, a possessive or a hyphen and
// right before the noun it describes ("the occupied West Bank", "its disputed border", "a U.N.-patrolled buffer
// zone"). It names a state, not a happening of the sentence.
bool AttributiveParticiple(const SentenceWords& w, size_t at, const VerbGroup& group) {
  // Not "those", "these": "those charged included" are people, and the verb their reduced relative.
  static constexpr std::string_view kBefore[] = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "'s",
                                                 "\u2019s", "-"};
  if (group.begin != at || at == 0 || at + 1 >= w.lower.size() || !w.lower[at].ends_with("ed") ||
      !InList(w.lower[at - 1], kBefore))
    return false;
  const std::string_view next = w.lower[at + 1];
  return at + 1 < w.classes.size() && !w.punctuation[at + 1] && !w.verb[at + 1] && !w.time[at + 1] && next != "by" &&
         !(w.classes[at + 1] & lang::kFunctionClasses);
}

// Whether the infinitive at `at` only keeps words back: "comment", "say whether", "speculate", "give details" (not
// "discuss", "confirm" or "deny", which may be the rejection of talks or of a demand).
bool SpeechOnly(const SentenceWords& w, size_t at) {
  static constexpr std::string_view kSpeaking[] = {"comment", "say", "speculate", "elaborate", "disclose", "specify",
                                                   "detail", "divulge", "identify"};
  const std::string_view verb = w.lower[at];
  if (verb == "give" || verb == "provide" || verb == "offer")
    return at + 2 < w.lower.size() && (w.lower[at + 1] == "details" || w.lower[at + 2] == "details" ||
                                       w.lower[at + 1] == "figures" || w.lower[at + 2] == "figures");
  return InList(verb, kSpeaking);
}

// The word before a verb group that may govern it, past a time expression ("agreed on Tuesday to impose",
// "threatened last week to close"); SIZE_MAX when none.
size_t GoverningWord(const SentenceWords& w, size_t group_begin) {
  size_t g = group_begin;
  while (g > 0 && (w.time[g - 1] || (w.lower[g - 1] == "on" && g < w.lower.size() && w.time[g]))) --g;
  if (g < group_begin && (g == 0 || w.punctuation[g - 1])) g = group_begin;  // a time expression opening the clause
  return g > 0 ? g - 1 : SIZE_MAX;
}

// The verb event at document token `token` among events[first, k) that announces or refuses the event k (not merged
// into another), else -1.
int AnnouncingVerb(const std::vector<ReadEvent>& events, size_t first, size_t k, size_t token) {
  for (size_t g = first; g < k; ++g)
    if (events[g].trigger.token == token && events[g].trigger.pos == EventPos::kVerb && !events[g].merged)
      return static_cast<int>(g);
  return -1;
}

// The announcement or refusal of an act concerns whom the act would: "threatened to ban voting in East Jerusalem",
// "refused to lift sanctions on Iran". The act's targets, when it has any, become the announcing verb's.
void TakeTargets(const ReadEvent& act, ReadEvent* announcing) {
  const auto target = [](const EventParticipant& p) { return p.role == ParticipantRole::kTarget; };
  if (std::none_of(act.participants.begin(), act.participants.end(), target)) return;
  std::erase_if(announcing->participants, target);
  for (const EventParticipant& p : act.participants)
    if (target(p)) announcing->participants.push_back(p);
}

// How the sentence frames its events, as CAMEO codes it: a refusal or negation of cooperation is a rejection
// (root 12) and of a conflict action no event; an announced action is an intent (03) or a threat (13); an action
// another speaker says the target must take is that speaker's demand (10); an action someone is urged to take is
// their appeal (02). A framing verb whose complement now carries the code is merged into it.
void Frame(const SentenceWords& w, size_t sentence_begin, size_t first, std::vector<ReadEvent>* out) {
  std::vector<ReadEvent>& events = *out;
  for (size_t k = first; k < events.size(); ++k) {
    ReadEvent& e = events[k];
    const std::string action = e.cameo;
    const size_t at = e.trigger.token - sentence_begin;
    const size_t governor = e.governor != UINT32_MAX ? e.governor - sentence_begin : SIZE_MAX;
    const std::string_view governing_word = governor != SIZE_MAX ? w.lower[governor] : std::string_view();
    const bool infinitive = e.group.tense == "INFINITIVE";
    auto merge_governor = [&] {
      for (size_t g = first; g < k; ++g)
        if (events[g].trigger.token == sentence_begin + governor) events[g].merged = true;
    };
    // "refused to release", and "will not accept", "would not provide", "cannot accept" (a negated act announced for
    // the future): a refusal (the CAMEO manual's 12x). "did not attend", "has never met" only say it did not happen:
    // the act keeps its code and the record's status says negated.
    const bool refused = infinitive && InList(governing_word, kRefusal);
    // "declined to comment", "refused to say whether": keeping words back is no rejection but CAMEO's "decline
    // comment" (011), one event of the refusal and what it keeps back.
    if (refused && e.trigger.pos == EventPos::kVerb && SpeechOnly(w, at)) {
      e.cameo = "011";  // CAMEO's "decline comment", a public statement (no PLOVER type)
      e.cameo_reverse.clear();
      merge_governor();
      continue;
    }
    // "would not say", "will not comment": the same refusal to comment; "cannot say that I like him", "should not
    // say this" keep nothing back from anyone.
    if (e.group.negated && e.trigger.pos == EventPos::kVerb && SpeechOnly(w, at)) {
      const bool declines = e.group.tense == "FUTURE" || e.group.modality == "would";
      e.cameo = declines ? "011" : "";
      e.cameo_reverse.clear();
      continue;
    }
    const bool refusal = refused || (e.group.negated && (e.group.tense == "FUTURE" || !e.group.modality.empty()));
    // "refused to withdraw its tariffs": the refusal (12x) is the refusing verb's event, and the act refused keeps
    // its own code (its status negated).
    const int refuser = refused && e.trigger.pos == EventPos::kVerb && !action.empty() && !RejectCode(action).empty()
                            ? AnnouncingVerb(events, first, k, sentence_begin + governor)
                            : -1;
    // "failed to release": the failing verb codes nothing, whatever the dictionaries say of it. Failing to agree or
    // to meet (roots 03-05: "failed to reach agreement") is the rejection of the other side's terms, as PLOVER codes it.
    const bool agreeing = action.starts_with("03") || action.starts_with("04") || action.starts_with("05");
    if (refused && InList(governing_word, kFailure) && !agreeing) {
      for (size_t g = first; g < k; ++g)
        if (events[g].trigger.token == sentence_begin + governor && events[g].trigger.pos == EventPos::kVerb) {
          events[g].cameo.clear();
          events[g].cameo_reverse.clear();
          events[g].code = nullptr;
        }
      if (refuser >= 0) {
        TakeTargets(e, &events[refuser]);
        continue;
      }
    }
    if (refuser >= 0) {
      events[refuser].cameo = RejectCode(action);
      events[refuser].cameo_reverse.clear();
      TakeTargets(e, &events[refuser]);
      continue;
    }
    if ((refusal || e.group.negated) && e.trigger.pos == EventPos::kVerb) {
      if (refusal && !action.empty()) {
        e.cameo = RejectCode(action);
        e.cameo_reverse.clear();
      }
      if (refused && !e.cameo.empty()) merge_governor();
      continue;
    }
    const bool threatened = infinitive && InList(governing_word, kThreat);
    const bool attempted = infinitive && InList(governing_word, kAttempt) && e.trigger.pos == EventPos::kVerb;
    if (attempted && !action.empty()) {
      if (action == "186") e.cameo = "185";  // an attempt to assassinate
      merge_governor();
      continue;
    }
    const bool commissive = infinitive && InList(governing_word, kCommissive) && !attempted;
    // (A decision taken, "decided on Monday to expel two diplomats", is the act done then: not announced.)
    constexpr std::string_view kDecided[] = {"decide", "decided", "decides"};
    const bool decided = commissive && InList(governing_word, kDecided);
    e.intent = (commissive && !decided) || threatened || e.group.tense == "FUTURE" || e.group.modality == "would";
    // "will withdraw its force unless ...": an announced action on a condition is a threat.
    bool conditional = false;
    for (size_t t = at + 1; t < w.lower.size() && !conditional; ++t) conditional = w.lower[t] == "unless";
    // "will meet", "is due to visit", "is expected to host": a meeting on the calendar is a consultation still to
    // come (status planned), not an intent to meet; "agreed to meet", "offered to host", "said they would meet"
    // announce one (036). Any act said to be expected, due, set or scheduled is on the calendar too, no one's
    // announcement ("a summit expected to endorse a spending target": the endorsement, planned).
    static constexpr std::string_view kScheduled[] = {"expected", "due", "set", "scheduled"};
    const bool scheduled = commissive && InList(governing_word, kScheduled);
    // "the court decided to allow the candidate to run", "decided to lift sanctions": a decision taken is the act
    // decided, as CAMEO codes it (the allowing 08x, the easing 085), not an intent to do it (03x).
    const bool announced = threatened || (commissive && !scheduled && !decided) || e.group.modality == "would";
    const bool calendar = (action.starts_with("04") || scheduled || decided) && !announced && !conditional;
    // "agreed on Tuesday to impose sanctions", "threatened to strike", "offered to meet": the announcing verb is the
    // intent (03) or threat (13), an event of its own, and its complement the act announced, coded as the act (its
    // status planned), as the PETRARCH validation set codes "has agreed to lift the sanctions" (085).
    const int announcer = (commissive || threatened) && !action.empty() && InList(governing_word, kAnnouncingAct)
                              ? AnnouncingVerb(events, first, k, sentence_begin + governor)
                              : -1;
    if (announcer >= 0) {
      events[announcer].cameo = threatened || conditional ? ThreatCode(action) : IntentCode(action);
      // Vowing to accuse, sue or challenge someone ("vowed to challenge it in court", "vowed to sue") threatens
      // them: CAMEO has no intent of its own for roots 11-12.
      if (governing_word.starts_with("vow") && action.starts_with("11")) events[announcer].cameo = "130";
      // Agreeing to a conflict act ("the ministers agreed to impose sanctions") is an agreement among those who
      // agree (030), not a threat as a vow to do it is.
      if (!threatened && !conditional && governing_word.starts_with("agree") &&
          events[announcer].cameo.starts_with("13"))
        events[announcer].cameo = "030";
      events[announcer].cameo_reverse.clear();
      // (A threat on a condition concerns whom the condition names, "threatened to fire workers if Democrats
      // blocked the bill", which the verb's own participants read.)
      bool on_condition = conditional;
      for (size_t t = at + 1; t < w.lower.size() && !on_condition; ++t) on_condition = w.lower[t] == "if";
      if (!on_condition) TakeTargets(e, &events[announcer]);
    } else if (e.intent && !action.empty() && !calendar &&
               !ReportedDecision(w, sentence_begin, events, first, k, action)) {
      e.cameo = threatened || conditional ? ThreatCode(action) : IntentCode(action);
      e.cameo_reverse.clear();
    }
    if ((commissive || threatened) && !action.empty() && announcer < 0) merge_governor();
    // "agreed to a ceasefire", "agreed to set up a centre": a commissive verb whose complement codes nothing is
    // itself the announcement (CAMEO's intent codes).
    if (e.trigger.pos == EventPos::kVerb && !action.empty() && at + 1 < w.lower.size() &&
        (w.lower[at + 1] == "to" || w.lower[at + 1] == "on" || w.lower[at + 1] == "upon") &&
        InList(w.lower[at], kCommissive))
      e.cameo = IntentCode(action);
    // "X said Y must release ...", "X demanded that Y release ...": X's demand of Y.
    const bool obligation = e.group.modality == "must" || e.group.modality == "should";
    // "insisted that control orders must be issued", "insisted that any package include": a demand (100) of an act
    // the dictionaries do not code.
    auto uncoded_insisting = [&](const ReadEvent& r) {
      return r.cameo.empty() && r.cameo_reverse.empty() && r.trigger.pos == EventPos::kVerb &&
             r.trigger.token >= sentence_begin && w.lower[r.trigger.token - sentence_begin].starts_with("insist");
    };
    // "ordered the French ambassador to leave the country": an order to a diplomat to leave expels them, which
    // breaks or reduces diplomatic relations (161, as expelling an ambassador is).
    if (action.empty() && infinitive && e.trigger.pos == EventPos::kVerb && InList(w.lower[at], kLeaving)) {
      const int g = Governor(events, first, k, e.trigger.token, 8);
      if (g >= 0 && InList(w.lower[events[g].trigger.token - sentence_begin], kOrdering) &&
          std::any_of(events[g].participants.begin(), events[g].participants.end(), [&](const EventParticipant& p) {
            if (p.role != ParticipantRole::kTarget) return false;
            for (uint32_t t = p.token_begin; t < p.token_end; ++t)
              if (InList(w.lower[t - sentence_begin], kDiplomats)) return true;
            return false;
          })) {
        events[g].cameo = "161";
        events[g].cameo_reverse.clear();
        e.merged = true;
        continue;
      }
    }
    if (action.empty()) {
      if (e.trigger.pos == EventPos::kVerb && (obligation || Subjunctive(w, at, e.group))) {
        const int g = Governor(events, first, k, e.trigger.token, 12);
        if (g >= 0 && uncoded_insisting(events[g])) events[g].cameo = "100";
      }
      continue;
    }
    if (obligation || e.group.tense == "PRESENT" || e.group.tense == "NONE") {
      int g = Governor(events, first, k, e.trigger.token, 12);
      // "the minister said on Monday that the Israeli government and the leaders of the Palestinian Authority in
      // Ramallah must resume talks": what must be done, said in a that-clause, is the speaker's demand however long
      // the clause's subject.
      if (g < 0 && obligation) g = ThatClauseGovernor(w, sentence_begin, events, first, k, 24);
      if (g >= 0) {
        ReadEvent& r = events[g];
        // "insisted that the first lady go to Bethesda", "insists that he must resign": insisting that someone do
        // something (a bare verb or an obligation) demands it; insisting that something is so asserts it (the
        // verb codes nothing alone, data/events/cameo_nouns.tsv).
        const bool insists = uncoded_insisting(r) && (obligation || Subjunctive(w, at, e.group));
        const bool demand_verb = r.cameo.rfind("10", 0) == 0 || insists;
        const bool says = r.trigger.cls == EventClass::kReporting || r.trigger.cls == EventClass::kIAction;
        // "X and Y agreed that their countries should cooperate": what speakers agree on or promise (their verb's
        // own code is cooperation, roots 03-08) is their agreement, not a demand of one on the other.
        const bool agrees = r.cameo.size() >= 2 && r.cameo.compare(0, 2, "03") >= 0 && r.cameo.compare(0, 2, "08") <= 0;
        if (demand_verb || (obligation && says && !agrees)) {
          r.cameo = DemandCode(action);
          r.cameo_reverse.clear();
          // The demand's target is who must act. An act named without its actor ("demanded the resignation of
          // Prime Minister Keir Starmer", "the release of ...") leaves the demand its own object, which names
          // whom the act concerns.
          const bool actor_named =
              std::any_of(e.participants.begin(), e.participants.end(),
                          [](const EventParticipant& p) { return p.role == ParticipantRole::kSource; });
          if (actor_named || e.trigger.pos == EventPos::kVerb) {
            std::vector<EventParticipant> kept;
            for (EventParticipant& p : r.participants)
              if (p.role == ParticipantRole::kSource) kept.push_back(std::move(p));
            for (const EventParticipant& p : e.participants)
              if (p.role == ParticipantRole::kSource) {
                kept.push_back(p);
                kept.back().role = ParticipantRole::kTarget;
              }
            r.participants = std::move(kept);
          }
          e.merged = true;
          continue;
        }
      }
    }
    // "urged Y to help": the appeal's code says what for.
    if (infinitive && governor != SIZE_MAX && at > 0) {
      const int g = Governor(events, first, k, e.trigger.token, 8);
      if (g >= 0) {
        ReadEvent& r = events[g];
        if (r.cameo.rfind("02", 0) == 0) {
          r.cameo = AppealCode(action);
          e.merged = true;
        } else if (r.cameo.rfind("10", 0) == 0) {
          // "ordered the newspaper to suspend publication", "ordered troops to withdraw": an order of one with
          // authority over those who act is the act itself, done through them; another demand says what for.
          r.cameo = InList(w.lower[r.trigger.token - sentence_begin], kOrdering) ? action : DemandCode(action);
          e.merged = true;
        } else if (!r.cameo.empty() && InList(w.lower[r.trigger.token - sentence_begin], kPressing)) {
          e.merged = true;  // the pressing keeps its own code
        }
      }
    }
  }
}

// A passive verb's subject is what it acts on, which the verb's patterns read after the verb: the coding of the
// verb acting on it ("troops were deployed" read as "deployed troops": a deployment, 154; "no worker would be
// dismissed" as "dismissed no worker": dismissing people from their posts is no rejection), or nullopt when there
// is no subject or the patterns code nothing. The subject is the target that comes before the verb; it goes after the
// verb's particle, if any ("patrols would be stepped up": "stepped up patrols"). `has_subject` (may be null) is set
// when there is a subject.
std::optional<Coding> PassiveSubjectCoding(const CameoCoder& coder, const SentenceWords& w, size_t verb,
                                           size_t verb_end, const std::vector<ParticipantSpan>& spans,
                                           CoderScratch* scratch, bool* has_subject = nullptr) {
  for (const ParticipantSpan& p : spans) {
    if (p.role != ParticipantRole::kTarget || p.end > verb) continue;
    if (has_subject) *has_subject = true;
    const auto at = [&](size_t t) { return w.lower.begin() + static_cast<std::ptrdiff_t>(t); };
    std::vector<std::string_view>& words = scratch->rewritten;
    words.assign(at(verb), at(verb_end));
    words.insert(words.end(), at(p.begin), at(p.end));
    words.insert(words.end(), at(verb_end), at(std::max(verb_end, ClauseEnd(w, verb_end))));
    return coder.CodeVerb(words, 0, 0, words.size(), scratch);
  }
  return std::nullopt;
}

bool PassiveSubjectCodesNothing(const CameoCoder& coder, const SentenceWords& w, size_t verb, size_t verb_end,
                                const std::vector<ParticipantSpan>& spans, CoderScratch* scratch) {
  bool subject = false;
  return !PassiveSubjectCoding(coder, w, verb, verb_end, spans, scratch, &subject) && subject;
}

}  // namespace

// The participant of the phrase `p` of the sentence starting at token `sentence_begin`.
EventParticipant Participant(const SentenceWords& w, const Analysis& a, size_t sentence_begin,
                             const ParticipantSpan& p) {
  EventParticipant ep;
  ep.token_begin = static_cast<uint32_t>(sentence_begin + p.begin);
  ep.token_end = static_cast<uint32_t>(sentence_begin + p.end);
  ep.span = Span{a.tokens[ep.token_begin].span.start, a.tokens[ep.token_end - 1].span.end};
  ep.role = p.role;
  ep.rank = p.rank;
  ep.pronoun = p.end == p.begin + 1 && InList(w.lower[p.begin], kPersonal);
  for (size_t t = p.begin; t < p.end && ep.mention < 0; ++t) ep.mention = w.mention[t];
  return ep;
}

// Targets a coded verb without an object of its own finds in the clause it governs:
//   - a demand or an appeal (roots 10, 02) of a "that" clause falls on that clause's subject ("demanded that [the
//     US] cancel plans", "urged that [Israel] ease restrictions"): who is asked to act;
//   - a verb announcing its subject's own act, whose "to" complement codes nothing, takes the complement's objects
//     ("threatened to break relations [with Russia]", "offered to hand over to [Great Britain] two of its
//     nationals", "agreed to re-open its borders to [UN peacekeepers]");
//   - a threat (root 13) still without one falls on the subject of its condition ("threatened to take action [if]
//     [the United States] goes ahead with drills", "[unless] the Kremlin closed its base"): who must comply.
void GovernedTargets(const SentenceWords& w, const Analysis& a, size_t sentence_begin, size_t first,
                     std::vector<ReadEvent>* out) {
  std::vector<ReadEvent>& events = *out;
  std::vector<ParticipantSpan> found;
  const size_t n = w.lower.size();
  auto has_target = [](const ReadEvent& e) {
    return std::any_of(e.participants.begin(), e.participants.end(),
                       [](const EventParticipant& p) { return p.role == ParticipantRole::kTarget; });
  };
  for (size_t k = first; k < events.size(); ++k) {
    ReadEvent& e = events[k];
    if (e.merged || e.cameo.empty() || e.group.passive) continue;
    const size_t end = e.verb_end - sentence_begin;
    found.clear();
    const std::string_view root = std::string_view(e.cameo).substr(0, 2);
    // A protest named by its noun too ("went on strike to demand ...").
    if (e.trigger.pos != EventPos::kVerb && root != "14") continue;
    const bool targeted = has_target(e) || e.trigger.pos != EventPos::kVerb;
    bool complement_named = false;  // the targets taken from a "to" complement name someone
    // Not a pronoun: "insists that he is focused" is most often about the speaker.
    if (!targeted && (root == "10" || root == "02") && end + 2 < n && w.lower[end] == "that" &&
        !InList(w.lower[end + 1], kPersonal))
      ClauseSubject(w, end + 1, &found);
    if (found.empty() && !targeted) {
      // The complement's "to" right after the verb, or after a time expression or an adverb ("threatened on
      // Friday to take").
      size_t to = end;
      while (to < n && to < end + 6 && (w.time[to] || (w.lower[to] == "on" && to + 1 < n && w.time[to + 1])))
        ++to;
      bool named = false;
      // Only for a verb that announces its subject's own act (a promise, an offer, a threat): not a refusal
      // ("refused to back sanctions against Russia" is a rejection, and the act refused a negated event with its
      // own participants), nor a proposal put to others.
      const std::string_view verb = w.lower[e.trigger.token - sentence_begin];
      const bool announces = InList(verb, kCommissive) || InList(verb, kThreat);
      for (size_t j = k + 1; announces && j < events.size() && to < n && w.lower[to] == "to"; ++j) {
        const ReadEvent& c = events[j];
        if (c.trigger.pos != EventPos::kVerb || c.group.begin != to) continue;
        if (c.group.tense == "INFINITIVE")
          for (const EventParticipant& p : c.participants)
            // Not a phrase of place ("pledged to reach [at] U.N. climate talks"), nor a pronoun, which most often
            // stands for the subject ("pledged to impose sanctions as a deterrence to what [it] called").
            if (p.role == ParticipantRole::kTarget && !p.pronoun &&
                !(p.token_begin > sentence_begin && (w.lower[p.token_begin - sentence_begin - 1] == "at" ||
                                                     w.lower[p.token_begin - sentence_begin - 1] == "in"))) {
              e.participants.push_back(p);
              named = named || p.mention >= 0;
            }
        break;
      }
      // A threat's condition names who must comply better than what the threat would act on ("take military
      // action if the United States ...", "close the Strait of Hormuz if the United States carried out strikes").
      if (has_target(e) && root != "13") continue;
      complement_named = named;
    }
    if (found.empty() && !targeted && root == "13" && InList(w.lower[e.trigger.token - sentence_begin], kThreat))
      for (size_t t = end; t < n && t < end + 30; ++t) {
        if (w.lower[t] == ";" || w.lower[t] == ":") break;
        if (w.lower[t] != "if" && w.lower[t] != "unless") continue;
        // "threatened to quit if he is not paid": the threatener's own condition names no one else.
        if (t + 1 < n && !InList(w.lower[t + 1], kPersonal)) ClauseSubject(w, t + 1, &found);
        break;
      }
    // A protest (root 14) is against whom its purpose asks or blames: "continued their hunger strike [to demand]
    // the resignation of President Ahmed Ben Bella", "staged demonstrations to demand reforms by President
    // Suharto's government".
    // Not over a named target of its own; a target that names no one ("staged [a sit-in]") stays first.
    // (a place is none: "marched [in Dhaka] to protest against ...").
    const bool named_target = std::any_of(e.participants.begin(), e.participants.end(), [&](const EventParticipant& p) {
      const std::string_view before = p.token_begin > sentence_begin ? w.lower[p.token_begin - sentence_begin - 1] : "";
      return p.role == ParticipantRole::kTarget && p.mention >= 0 && before != "in" && before != "at";
    });
    // Force used for a purpose falls on whom the purpose names: "opened fire to disperse demonstrators"; so does
    // force whose object is only what it is done with ("fired tear gas [to disperse] protesters", "used rubber
    // bullets to disperse strikers"), whatever the purpose's verb codes ("to disperse" codes nothing).
    const bool force = root == "18" || root == "19" || root == "20";
    // (Repression too, root 17: "fired tear gas" codes 175.)
    const bool means_only = (force || root == "17") && has_target(e) &&
                            std::all_of(e.participants.begin(), e.participants.end(), [&](const EventParticipant& p) {
                              return p.role != ParticipantRole::kTarget || p.token_end <= p.token_begin ||
                                     MeansOfForce(w.lower[p.token_end - 1 - sentence_begin]);
                            });
    if (found.empty() && (root == "14" || (force && !has_target(e)) || means_only) && !named_target) {
      for (size_t j = k + 1; j < events.size(); ++j) {
        const ReadEvent& c = events[j];
        const size_t begin = c.group.begin;
        if (c.trigger.pos != EventPos::kVerb || c.group.tense != "INFINITIVE" || begin < end) continue;
        if (begin > end + 12) break;
        bool open = true;  // nothing between that starts another clause
        // ("fired [tear] gas": a word the taggers took for a verb before a means of force is the means' modifier.)
        for (size_t x = end; x < begin && open; ++x)
          open = !(w.verb[x] && !(x + 1 < begin && MeansOfForce(w.lower[x + 1]))) && w.lower[x] != ";" &&
                 !InList(w.lower[x], kClauseOpeners);
        const std::string_view asks = std::string_view(c.cameo).substr(0, 2);
        if (open && (asks == "10" || asks == "11" || asks == "12" || asks == "02" || asks == "14" ||
                     (force && !asks.empty()) || means_only)) {
          // The purpose's targets come first; the protest's own (a place, a phrase that names no one) after them.
          uint8_t rank = 0;
          for (const EventParticipant& p : c.participants)
            if (p.role == ParticipantRole::kTarget) rank = std::max<uint8_t>(rank, p.rank + 1);
          if (rank > 0)
            for (EventParticipant& p : e.participants)
              if (p.role == ParticipantRole::kTarget) p.rank = static_cast<uint8_t>(p.rank + rank);
          for (const EventParticipant& p : c.participants)
            if (p.role == ParticipantRole::kTarget && !p.pronoun) e.participants.push_back(p);
        }
        break;
      }
      continue;
    }
    if (found.empty()) continue;
    // The condition's subject joins named targets of the complement, and replaces others.
    uint8_t rank = 0;  // that of the complement's first named target, which it stands beside
    if (!complement_named) {
      std::erase_if(e.participants, [](const EventParticipant& p) { return p.role == ParticipantRole::kTarget; });
    } else {
      rank = UINT8_MAX;
      for (const EventParticipant& p : e.participants)
        if (p.role == ParticipantRole::kTarget && p.mention >= 0) rank = std::min(rank, p.rank);
    }
    for (const ParticipantSpan& p : found) {
      e.participants.push_back(Participant(w, a, sentence_begin, p));
      e.participants.back().rank = rank;
    }
  }
}

constexpr uint32_t kMaxReadTokens = 400;

void EventReader::Read(std::string_view text, const Analysis& a, const std::vector<std::string_view>& lower,
                       const lang::Words& english,
                       const std::vector<Trigger>& triggers, const std::optional<Date>& document_date,
                       Scratch* scratch, std::vector<ReadEvent>* out) const {
  if (triggers.empty()) return;
  // Per token: the mention and the time expression covering it.
  std::vector<int32_t> mention_of(a.tokens.size(), -1);
  std::vector<uint8_t> in_time(a.tokens.size(), 0);
  const TimexTokens timexes(text, a, english.dateline());
  for (size_t m = 0; m < a.mentions.size(); ++m)
    for (size_t t = text::TokenEndingAfter(a.tokens, a.mentions[m].span.start);
         t < a.tokens.size() && a.tokens[t].span.start < a.mentions[m].span.end; ++t)
      mention_of[t] = static_cast<int32_t>(m);
  for (const auto& [t0, k] : timexes.by_token)
    for (size_t t = t0; t < a.tokens.size() && a.tokens[t].span.start < a.timexes[k].span.end; ++t) in_time[t] = 1;

  SentenceWords words;
  EntityActors entity_actors(a, actors_, document_date);
  // The words' hashes of AddDictionaryTriggers when the extractor has them.
  const uint64_t* hashes = scratch->lower_hashes.size() == lower.size() ? scratch->lower_hashes.data() : nullptr;
  const bool sport = SportDocument(lower, hashes);  // a report of games: "Ireland have beaten Wales" (events/fitting.h)
  std::vector<uint32_t> verbs_here;
  std::vector<EventPos> positions;  // per trigger of the sentence: its part of speech as the reader takes it
  std::vector<ParticipantSpan> spans;
  // Per sentence: token range -> actor code, and whether the code is the entity's alone (no word of the phrase
  // names an actor or an agent).
  std::vector<std::tuple<uint32_t, uint32_t, std::string, bool>> actor_cache;
  size_t next = 0;  // the first trigger not yet read
  // What is read at once: a sentence, or a piece of kMaxReadTokens tokens of a longer one (text without sentence
  // ends): the readers' work for one event grows with the events around it, and no clause is that long.
  std::vector<std::pair<uint32_t, Sentence>> units;
  for (size_t si = 0; si < a.sentences.size(); ++si)
    for (uint32_t b = a.sentences[si].token_begin; b < a.sentences[si].token_end; b += kMaxReadTokens) {
      Sentence piece = a.sentences[si];
      piece.token_begin = b;
      piece.token_end = std::min<uint32_t>(piece.token_end, b + kMaxReadTokens);
      units.emplace_back(static_cast<uint32_t>(si), piece);
    }
  for (const auto& unit : units) {
    // (Named, not a structured binding: the lambdas below use them, which clang before 16 refuses.)
    const uint32_t si = unit.first;
    const Sentence& s = unit.second;
    if (next >= triggers.size()) break;
    if (triggers[next].token >= s.token_end) continue;
    size_t last = next;
    while (last < triggers.size() && triggers[last].token < s.token_end) ++last;
    // The sentence as the readers see it.
    const size_t n = s.token_end - s.token_begin;
    words.lower.assign(lower.begin() + s.token_begin, lower.begin() + s.token_end);
    words.text.resize(n);
    words.mention.resize(n);
    words.verb.assign(n, 0);
    words.time.resize(n);
    words.punctuation.resize(n);
    for (size_t i = 0; i < n; ++i) {
      const Token& t = a.tokens[s.token_begin + i];
      words.text[i] = t.span.In(text);
      words.mention[i] = mention_of[s.token_begin + i];
      words.time[i] = in_time[s.token_begin + i];
      words.punctuation[i] = t.kind == TokenKind::kPunctuation || t.kind == TokenKind::kQuote;
    }
    ClassifyWords(&words, hashes ? hashes + s.token_begin : nullptr);
    verbs_here.clear();
    // "According to X, ...": a preposition, no happening (the tagger may still take the participle for a verb).
    auto preposition = [&](const Trigger& trig) {
      const size_t i = trig.token - s.token_begin;
      return words.lower[i] == "according" && i + 1 < n && words.lower[i + 1] == "to";
    };
    // "LinkedIn said it would [appeal].", "they could [appeal]": a word the tagger took for an event noun right after
    // a modal (past "not" or an adverb) that ends its clause is the verb of its verb group.
    auto pos_of = [&](const Trigger& trig) {
      if (trig.pos != EventPos::kNoun) return trig.pos;
      // Only with no object after it (the clause ends there): before an object the tagger's noun stays one
      // ("could offer China opportunities", "would struggle to meet": the tagger keeps those as it reads them).
      const size_t after = trig.token - s.token_begin + 1;
      if (after < n && !words.punctuation[after] && words.lower[after] != "and" && words.lower[after] != "but")
        return trig.pos;
      static constexpr std::string_view kModals[] = {"will", "would", "could", "can", "may", "might", "should",
                                                     "must", "shall", "'ll", "'d", "wo", "ca", "cannot"};
      static constexpr std::string_view kBetween[] = {"not", "n't", "also", "likely", "probably", "still", "never",
                                                      "then", "now", "soon", "quickly", "immediately"};
      size_t b = trig.token - s.token_begin;
      while (b > 0 && b + 3 > trig.token - s.token_begin && InList(words.lower[b - 1], kBetween)) --b;
      if (b == 0 || !InList(words.lower[b - 1], kModals)) return trig.pos;
      // Its subject a pronoun or a name right before the modal, opening its clause (after a verb that reports it,
      // "that", "if" or the sentence's start): not "the improvement they would offer", "something we should
      // welcome", "student debt would decline" (an object moved before its verb, or no one's act).
      static constexpr std::string_view kSubjects[] = {"it", "they", "he", "she", "we"};
      if (b < 2) return trig.pos;
      size_t subject = b - 2;
      if (words.mention[subject] >= 0)
        while (subject > 0 && words.mention[subject - 1] == words.mention[b - 2]) --subject;
      else if (!InList(words.lower[subject], kSubjects))
        return trig.pos;
      if (subject > 0 && !words.verb[subject - 1] && words.lower[subject - 1] != "that" &&
          words.lower[subject - 1] != "if")
        return trig.pos;
      return EventPos::kVerb;
    };
    // Each trigger's part of speech, read once (in text order: a word marked a verb here may be a later one's).
    positions.clear();
    for (size_t k = next; k < last; ++k) {
      positions.push_back(pos_of(triggers[k]));
      if (positions.back() == EventPos::kVerb && !preposition(triggers[k])) {
        words.verb[triggers[k].token - s.token_begin] = 1;
        verbs_here.push_back(triggers[k].token);
      }
    }
    const size_t first_event = out->size();
    for (size_t k = next; k < last; ++k) {
      Trigger trig = triggers[k];
      trig.pos = positions[k - next];
      const size_t i = trig.token - s.token_begin;
      if (preposition(trig)) continue;
      ReadEvent e;
      e.trigger = trig;
      e.sentence = static_cast<uint32_t>(si);
      e.group = TimeMLGroup(english, trig.token, s.token_begin, trig.pos);
      if (const size_t g = GoverningWord(words, e.group.begin); g != SIZE_MAX)
        e.governor = static_cast<uint32_t>(s.token_begin + g);
      std::optional<Coding> coding = trig.pos == EventPos::kNoun
                                         ? coder_.CodeNoun(words.lower, i, &scratch->coder)
                                         : coder_.CodeVerb(words.lower, i, e.group.begin, ClauseEnd(words, i + 1),
                                                            &scratch->coder);
      // "called the decision a witch hunt": what the subject calls the object (events/fitting.h).
      size_t called_end = 0;  // one past the object of such a verb, else 0
      // (It reads past the dictionary's appeal when that is an "on" further on: "called Lula a thief on Monday".)
      const bool uncoded = !coding || (coding->code.empty() && coding->reverse.empty()) || coding->particle ||
                           coding->code.starts_with("02");
      if (trig.pos == EventPos::kVerb && !e.group.passive && uncoded)
        if (std::string code = CharacterizationCode(words, i, senses_, &called_end); code.empty() || code == "-") {
          if (code == "-") coding.reset();
          called_end = 0;
        } else {
          coding = Coding{std::move(code), "", "call", 1, static_cast<uint32_t>(i + 1)};
        }
      if (!coding && trig.pos == EventPos::kNoun && MilitaryStrike(words, i))
        coding = Coding{"190", "", "strike", 1, static_cast<uint32_t>(i + 1)};  // "Israel's strike on a school"
      // "Troops were sent to the National Assembly", "hundreds of troops were deployed": a passive verb whose
      // patterns need its object, which is its subject, codes as the active verb with that object would; a material
      // act or a formal agreement only (roots 05-08, 15-20: "the accord was signed"; "the messages were sent",
      // "concerns were raised" are no meeting).
      bool spans_read = false;  // `spans` already hold the participants of the coded verb (just below)
      if (!coding && trig.pos == EventPos::kVerb && e.group.passive && !sport) {
        spans.clear();
        FindParticipants(words, i, i + 1, e.group, trig.pos, &spans, true);
        auto material = [](std::string_view c) {
          return c.size() >= 2 &&
                 ((c.compare(0, 2, "05") >= 0 && c.compare(0, 2, "08") <= 0) || c.compare(0, 2, "15") >= 0);
        };
        if (auto passive = PassiveSubjectCoding(coder_, words, i, i + 1, spans, &scratch->coder);
            passive && passive->pattern_words > 0 && material(passive->code)) {
          coding = std::move(passive);
          coding->verb_end = static_cast<uint32_t>(i + 1);  // the rewritten words' verb is the trigger
          spans_read = true;  // read as a coded verb ending at the trigger, as they would be again
        }
      }
      size_t verb_end = i + 1;
      if (coding) {
        e.cameo = coding->code;
        e.cameo_reverse = coding->reverse;
        e.pattern_words = static_cast<uint8_t>(std::min(coding->pattern_words, 255));
        e.particle_pattern = coding->particle;
        verb_end = std::max<size_t>(verb_end, coding->verb_end);
      }
      e.span = Span{a.tokens[trig.token].span.start, a.tokens[s.token_begin + verb_end - 1].span.end};
      e.verb_end = static_cast<uint32_t>(s.token_begin + verb_end);
      if (!spans_read) {
        spans.clear();
        FindParticipants(words, i, verb_end, e.group, trig.pos, &spans, coding.has_value());
      }
      if (called_end > 0) {  // the object is the target; the predicate after it is no one
        std::erase_if(spans, [&](const ParticipantSpan& p) {
          return p.role == ParticipantRole::kTarget && p.end > called_end;
        });
        spans.push_back({static_cast<uint32_t>(i + 1), static_cast<uint32_t>(called_end), ParticipantRole::kTarget, 0});
      }
      // ("Thierry Henry has been ruled out of the match": a player or a candidate left out, no one's rejection;
      // in a report of games, "Radcliffe ruled out the championships" is a player's plan.)
      const bool ruled_out = words.lower[i].starts_with("rul") && i + 1 < n && words.lower[i + 1] == "out";
      if (coding && trig.pos == EventPos::kVerb &&
          ((ruled_out && (sport || e.group.passive)) ||
           (e.group.passive && PassiveSubjectCodesNothing(coder_, words, i, verb_end, spans, &scratch->coder)))) {
        e.cameo.clear();
        e.cameo_reverse.clear();
      }
      if (trig.pos == EventPos::kNoun) NounObjectSource(words, english, s.token_begin, i, &spans);
      // "an Israeli drone strike", "a Hamas raid", "Russian air strikes": a coded event noun without a source whose
      // own noun phrase names a nation or an organisation before it (a name, not a place: "the Gaza offensive")
      // has that actor as its source.
      if (trig.pos == EventPos::kNoun && coding &&
          std::none_of(spans.begin(), spans.end(), [](const ParticipantSpan& p) { return p.role == ParticipantRole::kSource; }))
        for (size_t t = i; t-- > 0 && i - t <= 4;) {
          if (words.verb[t] || words.punctuation[t] || words.time[t] || InList(words.lower[t], kClauseOpeners) ||
              english.Has(static_cast<int>(s.token_begin + t), lang::kPreposition))
            break;
          const int32_t m = words.mention[t];
          if (m < 0) continue;
          size_t b = t;
          while (b > 0 && words.mention[b - 1] == m) --b;
          if (a.mentions[m].type == EntityType::kLocation || a.mentions[m].type == EntityType::kPerson ||
              (t + 1 < n && words.lower[t + 1] == "'s") ||
              actors_.Code(words.lower, b, t + 1, document_date).empty())
            break;
          spans.push_back(ParticipantSpan{static_cast<uint32_t>(b), static_cast<uint32_t>(t + 1), ParticipantRole::kSource});
          break;
        }
      for (const ParticipantSpan& p : spans) e.participants.push_back(Participant(words, a, s.token_begin, p));
      e.date = DateOf(a, english, timexes, trig.token, s, e.group, trig.pos, verbs_here, document_date);
      {
        size_t g = e.group.begin;
        while (g > 0 && (words.lower[g - 1] == "also" || words.lower[g - 1] == "not")) --g;
        e.subordinate = (g > 0 && (words.lower[g - 1] == "who" || words.lower[g - 1] == "which" ||
                                   words.lower[g - 1] == "that")) ||
                        (trig.pos == EventPos::kVerb && InCondition(words, g)) ||
                        (trig.pos == EventPos::kVerb && (PurposeInfinitive(words, e.group, &words.stems) ||
                                                          ContentGerund(words, i, e.group) ||
                                                          ReducedRelative(words, i, e.group)));
      }
      out->push_back(std::move(e));
    }
    LightVerbs(words, s.token_begin, first_event, out);
    NounsDoneBySubject(words, s.token_begin, first_event, out);
    Frame(words, s.token_begin, first_event, out);
    ObjectNouns(words, s.token_begin, first_event, out);
    GovernedTargets(words, a, s.token_begin, first_event, out);
    ProposedNouns(words, s.token_begin, first_event, out);
    // A purpose or a noun's complement (PurposeInfinitive) is what someone aims at, a gerund of content
    // (ContentGerund) what is alleged: not coded as events of their own ("went on strike to protest", "met to
    // discuss efforts to counter": the strike, the meeting; "accused Kenya of supporting": the accusation).
    for (size_t k = first_event; k < out->size(); ++k) {
      ReadEvent& e = (*out)[k];
      const size_t at = e.trigger.token - s.token_begin;
      if (e.trigger.pos == EventPos::kVerb && e.subordinate && !e.merged &&
          (PurposeInfinitive(words, e.group, &words.stems) || ContentGerund(words, at, e.group))) {
        e.cameo.clear();
        e.cameo_reverse.clear();
      }
    }
    // Actor codes, for coded events only: a target is the best candidate that names a known actor or a person,
    // else the first. A person the actor dictionaries do not know is still the one acted on: "met Emmanuel Macron in
    // Paris" is a meeting with Macron, not with France.
    // Words that name no actor take the code of the entity their name mention is, as the records will: a person
    // named with a title ("President Volodymyr Zelenskiy": ---GOV) the country of the entity's role or name
    // (UKRGOV); a place or an organisation named by no word the dictionaries know ("Kherson", "the PRC") its
    // entity's code, a place's the country it lies in. A person named alone only by the code of an office the
    // entity has ("Clinton beats Trump" with no office: violence between people the dictionaries do not know is no
    // event, below, and their entity's code would make it one).
    // Nor an organisation named by an agent word, which keeps it ("Congress": ---LEG).
    actor_cache.clear();
    auto actor_of = [&](const EventParticipant& p) -> const std::string& {
      for (const auto& [b, e, code, by_entity] : actor_cache)
        if (b == p.token_begin && e == p.token_end) return code;
      std::string code =
          actors_.Code(words.lower, p.token_begin - s.token_begin, p.token_end - s.token_begin, document_date,
                       p.mention < 0);
      bool by_entity = false;
      if (NamesActor(code) && !p.pronoun && p.mention >= 0 && a.mentions[p.mention].entity >= 0 &&
          a.mentions[p.mention].type == EntityType::kPerson)
        code = entity_actors.WithTitle(a.mentions[p.mention].entity, code);
      else if (!NamesActor(code) && !p.pronoun && p.mention >= 0 && a.mentions[p.mention].entity >= 0) {
        const bool person = a.mentions[p.mention].type == EntityType::kPerson;
        if (person && code.starts_with("---")) {
          const std::string entity = entity_actors.Of(a.mentions[p.mention].entity, std::string());
          if (NamesActor(entity)) code = entity.size() == 3 ? entity + code.substr(3) : entity;
        } else if (!person && code.empty()) {
          code = entity_actors.Of(a.mentions[p.mention].entity, code);
          by_entity = !code.empty();
        } else if (person && code.empty()) {
          // A person the article (or the office-holder list, on its date) gives an office of a country or an
          // organisation ("Keir Starmer" in 2025: GBRGOV); as known as a place for violence, not more.
          code = entity_actors.RoleOf(a.mentions[p.mention].entity);
          by_entity = !code.empty();
        }
      }
      actor_cache.emplace_back(p.token_begin, p.token_end, std::move(code), by_entity);
      return std::get<2>(actor_cache.back());
    };
    // "recalled its ambassador to India", "withdrew their troops from Mali": a phrase of the actor's own people
    // ("its", "their" before words that name no one) is not on whom the act falls; a later phrase is.
    auto own_side = [&](const EventParticipant& p) {
      if (p.mention >= 0 || p.token_begin >= p.token_end) return false;
      const std::string_view first = words.lower[p.token_begin - s.token_begin];
      return first == "its" || first == "their" || first == "his" || first == "her" || first == "our";
    };
    bool hazard_clause = false;  // a natural hazard's "struck" read in this sentence
    for (size_t k = first_event; k < out->size(); ++k) {
      ReadEvent& e = (*out)[k];
      // "flew 82 rescuers to Mandalay", "released $4 million": aid, for what is carried (events/fitting.h).
      if (std::string code = DeliveryCode(e, words, s.token_begin); !code.empty()) {
        e.cameo = std::move(code);
        e.cameo_reverse.clear();
      }
      if (e.trigger.pos == EventPos::kVerb && e.cameo.starts_with("12") &&
          DeniesAClaim(words, e.trigger.token - s.token_begin)) {
        e.cameo = "016";  // deny responsibility: a statement
        e.cameo_reverse.clear();
      }
      // "an earthquake struck": no one's assault, nor its consequence after a comma (", killing 69 people").
      if (e.trigger.pos == EventPos::kVerb &&
          (e.cameo.starts_with("18") || e.cameo.starts_with("19") || e.cameo.starts_with("20"))) {
        const size_t at = e.trigger.token - s.token_begin;
        const bool consequence = hazard_clause && e.group.tense == "PRESPART" && at > 0 && words.lower[at - 1] == ",";
        if (consequence || HazardSubject(words, e.group.begin) || (e.group.passive && HazardAgent(words, at + 1))) {
          e.cameo.clear();
          e.cameo_reverse.clear();
          hazard_clause = true;
        }
      }
      if (e.trigger.pos == EventPos::kVerb && AttributiveParticiple(words, e.trigger.token - s.token_begin, e.group)) {
        e.cameo.clear();  // "the occupied West Bank": a state, no happening
        e.cameo_reverse.clear();
      }
      e.code = codes_.Find(e.CameoOrReverse());
      bool coded = !e.merged && (!e.cameo.empty() || !e.cameo_reverse.empty());
      int chosen = -1;
      // What is given or sent goes to someone: "providing aerial photographs ... [to] Macedonia", "send missiles
      // [to] Ukraine": for aid and material cooperation (roots 06, 07, and their intents 031, 033) a recipient
      // after "to" is the target before the thing given.
      // Not when the first object is a person ("help elect JoAnne Kloppenburg to the Supreme Court") or someone's
      // ("paid off Syria's debt to the World Bank": Syria is helped).
      bool person_object = false;
      for (const EventParticipant& p : e.participants) {
        if (p.role != ParticipantRole::kTarget || p.rank != 0 || p.pronoun) continue;
        person_object |= p.mention >= 0 && a.mentions[p.mention].type == EntityType::kPerson;
        for (uint32_t t = p.token_begin; t + 1 < p.token_end; ++t)
          person_object |= words.mention[t - s.token_begin] >= 0 && (words.lower[t + 1 - s.token_begin] == "'s" ||
                                                                    words.lower[t + 1 - s.token_begin] == "'");
      }
      const bool giving = (e.cameo.starts_with("06") || e.cameo.starts_with("07") || e.cameo.starts_with("031") ||
                           e.cameo.starts_with("033")) && !person_object;
      bool recipient = false;
      // A last candidate (kLastRank: a place of "near", "outside" ...) only when there is no other.
      auto place = [&](const EventParticipant& p) { return p.rank >= kLastRank; };
      const bool others = std::any_of(e.participants.begin(), e.participants.end(), [&](const EventParticipant& p) {
        return p.role == ParticipantRole::kTarget && !place(p);
      });
      // Force falls on an agent's post as on the agent: "struck [army] positions", "attacked a [police] checkpoint".
      const bool force = e.cameo.size() >= 2 && e.cameo.compare(0, 2, "17") >= 0;
      // "detained three protesters in Moscow", "Al Shabaab fighters stormed a hotel ... in Mogadishu": a place named
      // after a preposition of place, chosen as the target for its actor code (CAMEO's convention: the coding keeps
      // it), is where the act happens for the records, which drop it as the place (records.cc); when the verb's own
      // object is people (a pronoun of people or a noun whose first sense is a person or a group) or its source
      // names an actor, the target chosen without the places is kept beside it (EventParticipant::beside_place) for
      // the records. After "at" a place is struck by violence ("fired missiles at Israel": AtPlaceStruck), else
      // where ("met at the White House").
      const bool violence = e.cameo.size() >= 2 && e.cameo.compare(0, 2, "18") >= 0;
      auto where = [&](const EventParticipant& p) {
        if (p.mention < 0 || p.pronoun || a.mentions[p.mention].type != EntityType::kLocation ||
            p.token_begin <= s.token_begin)
          return false;
        size_t before = p.token_begin - s.token_begin - 1;
        // "in Orlando, [Florida]": the place of a place is where too.
        if (words.lower[before] == "," && before > 0 && words.mention[before - 1] >= 0 &&
            a.mentions[words.mention[before - 1]].type == EntityType::kLocation) {
          before = text::TokenAtOrAfter(a.tokens, a.mentions[words.mention[before - 1]].span.start) - s.token_begin;
          if (before == 0) return false;
          --before;
        }
        return words.lower[before] == "at" ? !violence : InList(words.lower[before], kWherePrepositions);
      };
      bool place_is_where = false;
      if (coded && e.code && std::any_of(e.participants.begin(), e.participants.end(), where))
        for (const EventParticipant& p : e.participants) {
          if (p.role == ParticipantRole::kSource && !actor_of(p).empty()) place_is_where = true;
          if (p.role != ParticipantRole::kTarget || p.rank != 0 || p.mention >= 0) continue;
          bool people = false;
          place_is_where |= ObjectPronoun(words, s.token_begin, p) ||
                          (NamesParticipant(p, e, words, s.token_begin, coder_, senses_, &scratch->coder, &people) &&
                           people);
        }
      if (coded)
        for (EventParticipant& p : e.participants) {
          p.actor = actor_of(p);
          if (force && p.actor.empty() && p.role == ParticipantRole::kTarget && p.mention < 0 &&
              p.token_end >= p.token_begin + 2)
            p.actor = actors_.Code(words.lower, p.token_end - 2 - s.token_begin, p.token_end - 1 - s.token_begin,
                                   document_date);
          if (others && place(p)) continue;
          // "sentenced [them] to life in prison", "abducting [them] from a hospital": the verb's own object, a
          // pronoun of people, is someone as much as a person named (its antecedent is read below), before a later
          // phrase an actor word names ("prison": ---COP).
          const bool person = (p.mention >= 0 && !p.pronoun && a.mentions[p.mention].type == EntityType::kPerson) ||
                              PeopleObjectPronoun(words, s.token_begin, p);
          if (p.role != ParticipantRole::kTarget || (p.actor.empty() && !person) || own_side(p)) continue;
          const bool to =
              giving && p.token_begin > s.token_begin && words.lower[p.token_begin - s.token_begin - 1] == "to";
          if (chosen < 0 || (to && !recipient) || (to == recipient && p.rank < chosen)) {
            chosen = p.rank;
            recipient = to;
          }
        }
      static constexpr std::string_view kOwnOrDefinite[] = {"the", "a", "an", "this", "these", "those", "its",
                                                             "their", "his", "her", "our", "my", "your"};
      // "Danish media and government", "Syrian troops and rebels": the nationality before coordinated agents is each
      // one's. An agent alone ("---GOV", no determiner) right after the "and" or comma that ends a conjunct of words
      // whose first is a country's ("Danish media": DNKMED) takes that country, as PETRARCH codes it.
      if (coded)
        for (EventParticipant& p : e.participants) {
          if (p.actor.size() != 6 || !p.actor.starts_with("---") || p.pronoun || p.mention >= 0 ||
              p.token_begin < s.token_begin + 2)
            continue;
          const size_t at = p.token_begin - s.token_begin;
          if ((words.lower[at - 1] != "and" && words.lower[at - 1] != ",") || InList(words.lower[at], kOwnOrDefinite))
            continue;
          for (const EventParticipant& q : e.participants) {
            if (&q == &p || q.role != p.role || q.pronoun || q.token_end + 1 != p.token_begin || q.token_end < q.token_begin + 2 ||
                !NamesActor(q.actor) || BeginsWithNoCountry(q.actor))
              continue;
            // A nationality, not a country's name ("Ukraine shows how politics and business").
            const size_t first = q.token_begin - s.token_begin;
            if (words.mention[first] >= 0 && a.mentions[words.mention[first]].type == EntityType::kLocation) continue;
            if (actors_.Code(words.lower, first, first + 1, document_date) == q.actor.substr(0, 3)) {
              p.actor = q.actor.substr(0, 3) + p.actor.substr(3);
              break;
            }
          }
        }
      // "The foreign ministers of France, Germany and Britain met": each country of a list of names after "of" and
      // agent words alone takes the agent (FRAGOV, DEUGOV, GBRGOV), as the one country of "the foreign minister of
      // France" does; and of a list after "in" ("lawmakers in France and Germany").
      if (coded)
        for (EventParticipant& p : e.participants) {
          if (p.actor.size() != 3 || !NamesActor(p.actor) || BeginsWithNoCountry(p.actor) || p.pronoun ||
              p.mention < 0 || p.token_begin <= s.token_begin)
            continue;
          size_t t = p.token_begin - s.token_begin;
          // A name alone ("France", "the Philippines"), not words about it ("the Rwandan genocide").
          bool name = true;
          for (size_t k = t; k < p.token_end - s.token_begin && name; ++k)
            name = words.mention[k] >= 0 || words.lower[k] == "the";
          if (!name) continue;
          constexpr size_t kConjuncts = 12;
          bool listed = false;  // a list of names ("of France, Germany and Britain"), not "the madness of Orlando"
          for (size_t back = 0; t > 0 && back < kConjuncts; ++back) {
            const std::string_view w = words.lower[t - 1];
            if (w != "," && w != "and" && w != "the" && words.mention[t - 1] < 0) break;
            listed |= w == "," || w == "and";
            --t;
          }
          for (size_t k = p.token_end - s.token_begin; k < words.lower.size() && !listed; ++k) {
            const std::string_view w = words.lower[k];
            if (w == "," || w == "and") listed = true;
            else if (w != "the" && words.mention[k] < 0) break;
          }
          if (!listed || t < 2 || (words.lower[t - 1] != "of" && words.lower[t - 1] != "in")) continue;
          const size_t of = t - 1;
          size_t head = of;
          while (head > 0 && of - head < 4 && !InList(words.lower[head - 1], kOwnOrDefinite) &&
                 words.lower[head - 1] != "," && words.mention[head - 1] < 0)
            --head;
          // Agent words right before "of" ("the foreign ministers of"; not "the judge because of").
          if (head == of || actors_.Code(words.lower, of - 1, of, document_date, false).empty()) continue;
          // The head's words alone (the "of" phrase would give them its first country).
          const std::vector<std::string_view> head_words(words.lower.begin() + head, words.lower.begin() + of);
          const std::string agent = actors_.Code(head_words, 0, head_words.size(), document_date, false);
          // "in" as for an agent's one country (ActorCoder::Code).
          if (agent.size() == 6 && agent.starts_with("---") &&
              (words.lower[of] == "of" || AgentTakesCountryOfItsPlace(std::string_view(agent).substr(3))))
            p.actor += agent.substr(3);
        }
      // "released a clip", "offered no proof", "help assess": no act of cooperation (events/fitting.h).
      // "France beat England", "shares hit a high": a game or a market's move; "captured the country's attention":
      // force on an abstraction; "China claims the Scarborough Shoal": a claim to a thing, no accusation; "Obama
      // flew to Boise", "fans travelled to the concert": a journey with no one visited; "offers the MacBook for
      // $700": a sale; "Volatiles Investigating Polar Exploration Rover": a word of a name; "fired his campaign
      // manager": a dismissal; "took over the chairmanship": no seizure; "their first hit", "hurt support for",
      // "fighting for her job": force in an everyday sense; "alloy wheels provide": a thing as actor;
      // "the band released its new album": a release of no one; "help you avoid": no aid; "when it comes to": no
      // coming; "conceded that": an admission; "Turkey, which trains Somali troops": a standing state or habit;
      // "failed to meet the targets": no meeting (events/fitting.h).
      // "defended his record": a defence in words, whatever is defended; "defend itself in court": no one else
      // defended (events/fitting.h).
      bool defence = false;
      if (coded) {
        if (const std::string code = DefenceCode(e, words, s.token_begin, a); !code.empty()) {
          e.cameo = code == "-" ? "" : code;
          e.cameo_reverse.clear();
          e.code = e.cameo.empty() ? nullptr : codes_.Find(e.cameo);
          coded = e.code != nullptr;
          defence = true;
        }
      }
      if (coded && !defence && (UnfitObject(e, words, s.token_begin, a, coder_, senses_, &scratch->coder) ||
                    ContestOrMarket(e, words, s.token_begin, sport) ||
                    AbstractTarget(e, words, s.token_begin, a, coder_, senses_, &scratch->coder) ||
                    ClaimOfAThing(e, words, s.token_begin, senses_) || TravelWithNoHost(e, words, s.token_begin, a) ||
                    ItComesTo(e, words, s.token_begin) || ConcedingThat(e, words, s.token_begin) ||
                    Sale(e, words, s.token_begin) ||
                    WordOfAName(e, words, s.token_begin) || Dismissal(e, words, s.token_begin, a, senses_) ||
                    TakeoverOfNoPlace(e, words, s.token_begin, a, senses_) ||
                    EverydayForce(e, words, s.token_begin, senses_) || ThingAsActor(e, words, s.token_begin, senses_) ||
                    ReleaseOfNoOne(e, words, s.token_begin, a, senses_) || HelpToDo(e, words, s.token_begin, a) ||
                    StandingRelative(e, words, s.token_begin) || MeetingAStandard(e, words, s.token_begin))) {
        e.cameo.clear();
        e.cameo_reverse.clear();
        e.code = nullptr;
      }
      // "hit Bernie Sanders on immigration": criticism, not violence (events/fitting.h).
      if (coded && VerbalAttack(e, words, s.token_begin, a)) {
        e.cameo = "111";
        e.cameo_reverse.clear();
        e.code = codes_.Find(e.cameo);
      }
      // "kidnapped 25 schoolgirls", "attacked a synagogue": who or what, though no actor.
      // "abducted [25 schoolgirls] from a boarding school", "detained [the seven crew members] of a Taiwanese boat":
      // the verb's own object naming people is on whom the act falls, before a later phrase that names an actor by
      // a common noun or is the object's own "of" phrase (not a recipient of aid: "sent troops to Ukraine").
      bool people_object = false;
      if (e.code)
        for (EventParticipant& p : e.participants) {
          bool people = false;
          p.named = NamesParticipant(p, e, words, s.token_begin, coder_, senses_, &scratch->coder, &people);
          if (!p.named && AskedToAct(p, e, words, s.token_begin, coder_, senses_, &scratch->coder)) p.named = people = true;
          people_object |= p.named && people && p.role == ParticipantRole::kTarget && p.rank == 0 && p.mention < 0;
        }
      if (people_object && chosen > 0 && !recipient) {
        uint32_t object_end = 0;
        for (const EventParticipant& p : e.participants)
          if (p.role == ParticipantRole::kTarget && p.rank == 0) object_end = std::max(object_end, p.token_end);
        // A common noun: no name mention and no capitalised word ("a Gondor parade" names Gondor though the
        // recogniser missed it).
        auto capitalised = [&](const EventParticipant& p) {
          for (uint32_t t = p.token_begin; t < p.token_end; ++t) {
            const std::string_view x = words.text[t - s.token_begin];
            if (!x.empty() && x[0] >= 'A' && x[0] <= 'Z') return true;
          }
          return false;
        };
        const bool common = std::all_of(e.participants.begin(), e.participants.end(), [&](const EventParticipant& p) {
          return p.role != ParticipantRole::kTarget || p.rank != chosen || (p.mention < 0 && !capitalised(p)) ||
                 (p.token_begin == object_end + 1 && words.lower[object_end - s.token_begin] == "of");
        });
        if (common) chosen = 0;
      }
      // Else a candidate whose words name someone or something struck ("fired rubber bullets at [retirees]"), or
      // the verb's own object, a pronoun of people ("accusing [them] of running a network"); else the first
      // candidate left.
      auto people_pronoun = [&](const EventParticipant& p) {
        return p.rank == 0 && ObjectPronoun(words, s.token_begin, p);
      };
      if (chosen < 0)
        for (const EventParticipant& p : e.participants)
          if (p.role == ParticipantRole::kTarget && (p.named || people_pronoun(p)) && !(others && place(p)) &&
              (chosen < 0 || p.rank < chosen))
            chosen = p.rank;
      if (chosen < 0)
        for (const EventParticipant& p : e.participants)
          if (p.role == ParticipantRole::kTarget && !(others && place(p)) && (chosen < 0 || p.rank < chosen))
            chosen = p.rank;
      // The chosen target a place the records drop: the choice again without the places, kept beside it.
      int beside = -1;
      if (place_is_where && chosen >= 0 &&
          std::all_of(e.participants.begin(), e.participants.end(), [&](const EventParticipant& p) {
            return p.role != ParticipantRole::kTarget || p.rank != chosen || where(p);
          })) {
        auto open = [&](const EventParticipant& p) {
          return p.role == ParticipantRole::kTarget && !where(p) && !(others && place(p));
        };
        for (const EventParticipant& p : e.participants)
          if (open(p) && (!p.actor.empty() || (p.mention >= 0 && !p.pronoun &&
                                                a.mentions[p.mention].type == EntityType::kPerson)) &&
              !own_side(p) && (beside < 0 || p.rank < beside))
            beside = p.rank;
        if (beside < 0)
          for (const EventParticipant& p : e.participants)
            if (open(p) && (p.named || people_pronoun(p)) && (beside < 0 || p.rank < beside)) beside = p.rank;
        if (beside < 0)
          for (const EventParticipant& p : e.participants)
            if (open(p) && (beside < 0 || p.rank < beside)) beside = p.rank;
        for (EventParticipant& p : e.participants)
          p.beside_place = beside >= 0 && p.role == ParticipantRole::kTarget && p.rank == beside;
      }
      e.participants.erase(std::remove_if(e.participants.begin(), e.participants.end(),
                                          [&](const EventParticipant& p) {
                                            return p.role == ParticipantRole::kTarget && p.rank != chosen &&
                                                   !(beside >= 0 && p.rank == beside);
                                          }),
                           e.participants.end());
    }
    ResolvePronouns(words, s.token_begin, first_event, out);
    ResolvePersonObjects(words, a, si, first_event, out);
    ResolveSubjectPronouns(words, a, si, first_event, out);
    // Who blocks, raids or pulls back says which act it is (events/fitting.h): a state's blockade or a protest, a
    // police search or an attack, a military retreat or a concession.
    for (size_t k = first_event; k < out->size(); ++k) {
      ReadEvent& e = (*out)[k];
      if (std::string code = CodeByWhom(e, words, s.token_begin); !code.empty()) {
        e.cameo = code == "-" ? std::string() : std::move(code);
        e.cameo_reverse.clear();
        e.code = e.cameo.empty() ? nullptr : codes_.Find(e.cameo);
      }
    }
    // Conflict codes (investigations to violence, roots 09-20) stand only when someone known acts or is acted on:
    // "we are moving into a new era" is no occupation.
    for (size_t k = first_event; k < out->size(); ++k) {
      ReadEvent& e = (*out)[k];
      // Known: an actor code, a name mention, or a capitalized word the tagger missed ("Muslim hackers").
      // Violence (roots 18-20) needs an actor the dictionaries know (a country, an organisation, an agent such as
      // police or rebels): between people they know nothing of it is sport or crime news ("Moya beat Fish").
      const bool violence = e.cameo.size() >= 2 && e.cameo.compare(0, 2, "18") >= 0;
      // A place's or an organisation's entity code alone is not known enough for violence ("UK homes hit a
      // record", "the PPIC poll breaking").
      // A pronoun is as known as the words it stands for.
      auto by_entity = [&](const EventParticipant& p) {
        uint32_t begin = p.token_begin, end = p.token_end;
        if (p.pronoun && p.antecedent) {
          begin = static_cast<uint32_t>(text::TokenAtOrAfter(a.tokens, p.antecedent->start));
          end = static_cast<uint32_t>(text::TokenAtOrAfter(a.tokens, p.antecedent->end));
        }
        for (const auto& [b, e, code, entity] : actor_cache)
          if (b == begin && e == end) return entity;
        return false;
      };
      auto known = [&](const EventParticipant& p) {
        if (!p.actor.empty() && !(violence && by_entity(p))) return true;
        if (violence) return false;
        if (p.mention >= 0) return true;
        if (p.pronoun) return false;
        for (uint32_t t = std::max<uint32_t>(p.token_begin, s.token_begin + 1); t < p.token_end; ++t) {
          const char c = text[a.tokens[t].span.start];
          if (c >= 'A' && c <= 'Z') return true;
        }
        return false;
      };
      // A protest named by its noun ("protests in Kathmandu", "the strike") needs no named actor; a "rally" may be
      // a market's or a team's.
      const bool protest_noun = e.trigger.pos == EventPos::kNoun && e.cameo.starts_with("14") &&
                                !words.lower[e.trigger.token - s.token_begin].starts_with("rall");
      // "a long strike would hurt exporters": a modal verb whose subject is an event noun coding nothing predicts
      // what that event would do; it is no actor's threat ("a roadside bombing killed" is an attack).
      auto event_subject = [&](const EventParticipant& p) {
        if (p.role != ParticipantRole::kSource || p.token_end <= p.token_begin || p.token_end > e.trigger.token)
          return false;
        for (size_t j = first_event; j < out->size(); ++j)
          if ((*out)[j].trigger.token == p.token_end - 1 && (*out)[j].trigger.pos == EventPos::kNoun)
            return (*out)[j].cameo.empty() && (*out)[j].cameo_reverse.empty();
        return false;
      };
      // Material cooperation (06) is done with someone: "the port handled more cargo" is none.
      const bool needs_actor = (e.cameo.size() >= 2 && e.cameo.compare(0, 2, "09") >= 0) ||
                               (e.trigger.pos == EventPos::kVerb && e.cameo.starts_with("06"));
      if (needs_actor && !protest_noun &&
          (std::none_of(e.participants.begin(), e.participants.end(), known) ||
           (e.trigger.pos == EventPos::kVerb && !e.group.passive && !e.group.modality.empty() &&
            std::any_of(e.participants.begin(), e.participants.end(), event_subject)))) {
        e.cameo.clear();
        e.cameo_reverse.clear();
        e.code = nullptr;
      }
    }
    // "Insurgents bombarded Aleppo, killing at least eight people", "launched an air strike ..., expanding its
    // campaign": a coded participle after a comma that follows a coded verb says what that event did or how it went
    // on (a consequence, an elaboration), not another act of its own: merged into it (one PETRARCH triple; the
    // record joins a consequence of the same type to the event). Not words said after a deed (below).
    for (size_t k = first_event + 1; k < out->size(); ++k) {
      ReadEvent& e = (*out)[k];
      if (e.trigger.pos != EventPos::kVerb || e.merged || e.group.tense != "PRESPART" || e.cameo.empty() ||
          e.group.begin == 0 || words.lower[e.group.begin - 1] != ",")
        continue;
      for (size_t g = k; g-- > first_event;) {
        const ReadEvent& before = (*out)[g];
        if (before.trigger.pos != EventPos::kVerb || before.merged) continue;
        // A demand or an accusation (roots 10, 11) after a material act (QuadClass 2, 4) is no consequence of it
        // but a second act of its own: "Mali expelled three French diplomats, accusing them of meddling" is an
        // expulsion and an accusation. What else is said after a deed stays its elaboration: "saying" or "adding"
        // what a pattern reads as a demand, a warning, a vague disapproval (110: "claiming he was wasting time").
        const std::string_view said = words.lower[e.trigger.token - s.token_begin];
        const bool said_after_done = e.code && before.code && before.code->quad_class % 2 == 0 &&
                                     (e.cameo.starts_with("10") || e.cameo.starts_with("11")) && e.cameo != "110" &&
                                     !said.starts_with("say") && !said.starts_with("add") && !said.starts_with("tell");
        if ((!before.cameo.empty() || !before.cameo_reverse.empty()) && !said_after_done) e.merged = true;
        break;
      }
    }
    next = last;
  }
}

}  // namespace newsgraph::events
