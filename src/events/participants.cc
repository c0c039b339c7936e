#include "events/participants.h"

#include <algorithm>

#include "lang/lexicon.h"
#include "util/word_table.h"

namespace newsgraph::events {

namespace {

constexpr std::string_view kDeterminers[] = {
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    "some", "any", "each", "every", "no", "all", "both", "several", "many", "most", "such", "another"};
constexpr std::string_view kPrepositions[] = {
    "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "against", "over", "under", "about",
    "after", "before", "during", "between", "among", "through", "across", "toward", "towards", "despite", "amid",
    "without", "within", "near", "since", "until", "upon", "via", "per", "like", "including", "following",
    "behind", "beyond", "around", "onto", "than", "as", "ahead", "off", "out", "up", "down", "along", "alongside",
    "together", "unlike", "besides", "except", "throughout", "inside", "outside", "regarding", "concerning"};
// Adjectives after a form of "be" that take a "to" complement ("France is ready to contribute").
constexpr std::string_view kBe[] = {"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "'m", "am"};
constexpr std::string_view kConjunctions[] = {"and", "or", "but", "nor", "&"};
constexpr std::string_view kClauseWords[] = {"that", "which", "who", "whom", "whose", "when", "where", "while",
                                             "because", "if", "although", "though", "whether", "unless", "so",
                                             "then", "also", "not", "n't", "never", "there", "here"};
constexpr std::string_view kAuxiliaries[] = {
    "be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m", "have", "has", "had", "'ve",
    "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "ca", "wo", "'ll", "'d", "to", "cannot"};
constexpr std::string_view kPronouns[] = {"he", "she", "it", "they", "we", "i", "you", "him", "them", "me",
                                          "itself", "themselves", "himself", "herself"};
constexpr std::string_view kParticles[] = {"up", "down", "out", "off", "back", "away", "over", "on", "in"};
// Nouns of an act done to someone, whose "of" phrase names on whom: "the arrest of the mayor", "the expulsion of
// diplomats" (not "the visit of the president", "the resignation of the minister": who acts).
constexpr std::string_view kPatientNouns[] = {
    "arrest", "arrests", "detention", "detentions", "release", "killing", "killings", "murder", "murders",
    "assassination", "capture", "abduction", "kidnapping", "kidnappings", "expulsion", "expulsions", "deportation",
    "deportations", "execution", "executions", "extradition", "ouster", "removal", "dismissal", "sacking",
    "impeachment", "invasion", "occupation", "bombing", "bombardment", "shelling", "blockade", "siege",
    "recognition", "condemnation", "prosecution", "trial", "sentencing", "jailing", "imprisonment", "torture",
    "harassment", "persecution", "rescue", "pardon", "liberation", "isolation", "annexation", "interrogation",
    "indictment", "conviction", "eviction", "evacuation", "massacre", "slaughter", "beheading", "hanging",
    "internment", "questioning", "surveillance", "punishment", "defeat", "interception", "seizure", "confiscation"};
// Means after "by" ("spoke by telephone", "arrived by road"), not an agent ("an attack by Osgiliath soldiers").
constexpr std::string_view kMeans[] = {"telephone", "phone", "video", "videoconference", "videolink", "letter",
                                       "email", "mail", "satellite", "car", "plane", "air", "sea", "land", "road",
                                       "rail", "train", "boat", "ship", "helicopter", "force", "decree", "vote"};
// Prepositions of place, time or manner: their phrase in a verb phrase is not on whom the act falls.
constexpr std::string_view kPlaceAdjuncts[] = {"near", "outside", "inside", "across", "throughout", "within"};
constexpr std::string_view kAdjunctPrepositions[] = {
    "during", "amid", "after", "before", "since", "until", "despite", "following", "beyond", "via",
    "per", "unlike", "than", "besides", "except", "ahead", "along", "under", "as"};
constexpr std::string_view kObjectPrepositions[] = {"with", "against", "to", "on", "at", "into", "toward",
                                                    "towards", "from", "for", "over"};

bool IsPossessive(std::string_view w) { return w == "'s" || w == "'"; }

constexpr std::string_view kAdverbs[] = {"also", "not", "n't", "never", "still", "already", "now", "just", "yet",
                                         "again", "once", "outright", "further", "even", "soon", "later", "today",
                                         "yesterday", "tomorrow", "here", "there", "meanwhile", "however", "too"};

enum WordClass : uint32_t {
  kDeterminer = 1 << 0,
  kPreposition = 1 << 1,
  kSubordinator = 1 << 2,
  kBeForm = 1 << 3,
  kConjunction = 1 << 4,
  kClauseWord = 1 << 5,
  kAuxiliary = 1 << 6,
  kPronoun = 1 << 7,
  kParticle = 1 << 8,
  kObjectPreposition = 1 << 9,
  kAdverbWord = 1 << 10,
};

// The classes of a lower-case word, from the lists above (one hash lookup; the table's bit filter answers for the
// many words in no list).
uint32_t Classes(std::string_view w, const uint64_t* hash) {
  static const auto* table = [] {
    auto* t = new util::WordTable<uint32_t>();
    auto add = [&](const auto& list, uint32_t bit) {
      for (std::string_view word : list) t->Insert(word) |= bit;
    };
    add(kDeterminers, kDeterminer);
    add(kPrepositions, kPreposition);
    add(kSubordinators, kSubordinator);
    add(kBe, kBeForm);
    add(kConjunctions, kConjunction);
    add(kClauseWords, kClauseWord);
    add(kAuxiliaries, kAuxiliary);
    add(kPronouns, kPronoun);
    add(kParticles, kParticle);
    add(kObjectPrepositions, kObjectPreposition);
    add(kAdverbs, kAdverbWord);
    return t;
  }();
  const uint32_t* classes = hash ? table->Find(w, *hash) : table->Find(w);
  return classes ? *classes : 0;
}

bool Is(const SentenceWords& s, size_t t, uint32_t classes) { return (s.classes[t] & classes) != 0; }

bool Adverb(const SentenceWords& s, size_t t) {
  const std::string_view w = s.lower[t];
  return s.mention[t] < 0 && !s.verb[t] && ((w.size() > 4 && w.substr(w.size() - 2) == "ly") || Is(s, t, kAdverbWord));
}

// A word that can be inside a noun phrase (names always are).
bool Nominal(const SentenceWords& s, size_t t) {
  if (s.mention[t] >= 0) return true;
  if (s.time[t] || s.verb[t]) return false;
  const std::string_view w = s.lower[t];
  if (IsPossessive(w)) return true;
  if (s.punctuation[t]) return false;
  const uint32_t classes = s.classes[t];
  if (classes & (kPreposition | kConjunction | kClauseWord | kAuxiliary | kAdverbWord)) return false;
  // "us" the pronoun is not "US" the country.
  if (w == "us" && s.text[t] != "US") return false;
  if (w.size() > 4 && w.substr(w.size() - 2) == "ly") return false;  // adverbs
  return true;
}

bool Pronoun(const SentenceWords& s, size_t t) {
  return s.mention[t] < 0 && (Is(s, t, kPronoun) || (s.lower[t] == "us" && s.text[t] != "US"));
}


}  // namespace

void ClassifyWords(SentenceWords* s, const uint64_t* hashes) {
  s->classes.resize(s->lower.size());
  for (size_t t = 0; t < s->lower.size(); ++t) s->classes[t] = Classes(s->lower[t], hashes ? hashes + t : nullptr);
}

namespace {

// "(APEC)" inside a name's phrase: the parenthesis of at most three words that ends at `close` (a ")"), as the
// index of its "(", or SIZE_MAX.
size_t ParenthesisBefore(const SentenceWords& s, size_t close) {
  if (s.lower[close] != ")") return SIZE_MAX;
  for (size_t k = close; k-- > 0 && close - k <= 4;)
    if (s.lower[k] == "(") return k > 0 && Nominal(s, k - 1) ? k : SIZE_MAX;
  return SIZE_MAX;
}

size_t ParenthesisAfter(const SentenceWords& s, size_t open) {
  if (s.lower[open] != "(") return SIZE_MAX;
  for (size_t k = open + 1; k < s.lower.size() && k - open <= 4; ++k)
    if (s.lower[k] == ")") return k + 1 < s.lower.size() && Nominal(s, k + 1) ? k : SIZE_MAX;
  return SIZE_MAX;
}

// A word of two to six capitals (digits and "&" may follow the first): "ILO", "RSF", "M23".
bool Acronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 6 || w[0] < 'A' || w[0] > 'Z') return false;
  for (const char c : w)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&')) return false;
  return true;
}

}  // namespace

size_t NounPhraseStart(const SentenceWords& s, size_t last) {
  if (last >= s.lower.size()) return last + 1;
  if (Pronoun(s, last)) return last;
  // "The International Labor Office (ILO)": a phrase may end with the acronym of its name in parentheses, one word
  // in capitals (not "(Reuters)"; not before a dateline's dash, "NEW YORK (AP) -").
  if (s.lower[last] == ")" && last >= 3 && s.lower[last - 2] == "(" && s.mention[last - 3] >= 0 &&
      Acronym(s.text[last - 1]) &&
      !(last + 1 < s.lower.size() && (s.lower[last + 1] == "-" || s.lower[last + 1] == "--" ||
                                      s.lower[last + 1] == "\u2013" || s.lower[last + 1] == "\u2014"))) {
    const size_t b = NounPhraseStart(s, last - 3);
    return b <= last - 3 ? b : last + 1;
  }
  if (!Nominal(s, last) || Is(s, last, kDeterminer) || IsPossessive(s.lower[last])) return last + 1;
  size_t b = last;
  while (b > 0) {
    if (const size_t open = ParenthesisBefore(s, b - 1); open != SIZE_MAX) {
      b = open;
      continue;
    }
    const size_t p = b - 1;
    if (Is(s, p, kDeterminer) && s.mention[p] < 0) {
      b = p;  // a determiner opens the phrase
      break;
    }
    if (!Nominal(s, p) || Pronoun(s, p)) break;
    b = p;
  }
  return b;
}

size_t NounPhraseEnd(const SentenceWords& s, size_t first) {
  const size_t n = s.lower.size();
  if (first >= n) return first;
  if (Pronoun(s, first)) return first + 1;
  size_t e = first;
  if (Is(s, e, kDeterminer) && s.mention[e] < 0) ++e;
  while (e < n) {
    if (const size_t close = ParenthesisAfter(s, e); close != SIZE_MAX && e > first) {
      e = close + 1;
      continue;
    }
    if (!Nominal(s, e) || Pronoun(s, e) || (Is(s, e, kDeterminer) && s.mention[e] < 0)) break;
    ++e;
  }
  // A phrase of a determiner alone, or ending in a possessive mark, is no phrase.
  if (e == first || (e == first + 1 && Is(s, first, kDeterminer))) return first;
  return e;
}

namespace {

// Whether a clause's verb group starts at token t, right after a phrase that is then its subject: a verb, an
// auxiliary ("rebels [have] ambushed"; not "to") or an adverb before a verb ("rebels [later] ambushed").
bool VerbStarts(const SentenceWords& s, size_t t) {
  const size_t n = s.lower.size();
  return t < n && (s.verb[t] || (Is(s, t, kAuxiliary) && s.lower[t] != "to") ||
                   (Adverb(s, t) && t + 1 < n && s.verb[t + 1]));
}

// Whether the word at t is a lower-case word of no closed class, no name and not a verb that reports a clause: before
// a determiner, a verb whose object that determiner opens ("has won [a] state").
bool ObjectOfVerb(const SentenceWords& s, size_t t) {
  if (s.classes[t] != 0 || s.mention[t] >= 0 || s.punctuation[t] || s.time[t] || s.text[t].empty() ||
      s.text[t][0] < 'a' || s.text[t][0] > 'z')
    return false;
  const lang::WordInfo* info = lang::Lexicon::Get().Find(s.lower[t]);
  return !(info && (info->classes & lang::kReportingVerb));
}

// Adds the phrase [b, e) and the phrases coordinated with it ("X and Y", "X, Y and Z") with `role`. For a verb's
// object (`object`), a phrase after "and" that a verb follows is the subject of a new clause, no second object
// ("shelled the town, and rebels ambushed a convoy").
void AddCoordinated(const SentenceWords& s, size_t b, size_t e, ParticipantRole role,
                    std::vector<ParticipantSpan>* out, uint8_t rank = 0, bool object = false) {
  out->push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), role, rank});
  // Leftwards: "Brazil and [the United States]", "the US, Russia, and [Switzerland]".
  size_t left = b;
  bool first = true;
  while (left >= 2 && (s.lower[left - 1] == "and" || s.lower[left - 1] == ",")) {
    size_t joint = left - 1;  // the "and" or comma
    const bool comma_and = first && s.lower[joint] == "and" && joint >= 2 && s.lower[joint - 1] == ",";
    if (comma_and) --joint;  // ", and"
    if (joint < 1) break;
    const size_t start = NounPhraseStart(s, joint - 1);
    if (start > joint - 1) break;
    // "Police arrested dozens of protesters, and the opposition leader condemned": ", and" after a phrase that ends
    // another clause (not the last but one item of a list, "the US, Russia, and Switzerland") opens a new clause.
    if (comma_and && !(start >= 1 && s.lower[start - 1] == ",")) break;
    // "has won [a state] and Cruz strongly suggested": before a subject right before its verb group, a phrase opened
    // by a determiner right after a lower-case word of no class is that word's object (a verb's), no subject joined
    // to this one; unless the verb reports a clause, whose subject it may be ("said the EU and US hoped"). (Not the
    // phrase a relative clause is on: "identify the networks and machines that had been broken into".)
    if (!object && VerbStarts(s, e) && start >= 1 && Is(s, start, kDeterminer) && ObjectOfVerb(s, start - 1)) break;
    // "In Geneva, Iran and France signed", "On Tuesday in Riyadh, the United States and Russia held talks": a
    // phrase a preposition governs, before a comma, at the start of the sentence (or after a comma or a time) is a
    // fronted phrase of place or time, no item of the list ("the ambassadors of Arnor, Osgiliath and Gondor", "rivals,
    // including Cruz, Rubio and Bush," are one).
    if (s.lower[left - 1] == "," && start >= 1 && Is(s, start - 1, kPreposition) &&
        (start == 1 || s.lower[start - 2] == "," || s.time[start - 2]) && s.lower[start - 1] != "including" &&
        s.lower[start - 1] != "with" && s.lower[start - 1] != "like" && s.lower[start - 1] != "among")
      break;
    // "X, the minister, said": an apposition (a comma and no "and") is one participant, already added.
    if (!first || s.lower[left - 1] == "and" || (start >= 1 && (s.lower[start - 1] == "," || s.lower[start - 1] == "and")))
      out->push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(joint), role, rank});
    else
      break;
    first = false;
    if (start == 0 || (s.lower[start - 1] != "," && s.lower[start - 1] != "and")) break;
    left = start;
  }
  // Rightwards: "[the US], Russia and Switzerland".
  size_t right = e;
  const size_t listed = out->size();
  bool closed = false;  // the list ends with "and": "X, Y, handled" is an apposition, no list
  while (right + 1 < s.lower.size() && (s.lower[right] == "and" || s.lower[right] == ",")) {
    if (s.lower[right] == "," && right + 2 < s.lower.size() && s.lower[right + 1] == "and") ++right;  // ", and"
    const size_t end = NounPhraseEnd(s, right + 1);
    if (end == right + 1) break;
    const bool last = s.lower[right] == "and";
    // "X, who ..." or "X, a former minister," is an apposition or a clause, not a list: a list item ends at "and",
    // another comma or the verb.
    if (!last && !(end < s.lower.size() && (s.lower[end] == "and" || s.lower[end] == ","))) break;
    if (object && last && right == e + 1 && s.lower[e] == "," && VerbStarts(s, end)) break;
    out->push_back({static_cast<uint32_t>(right + 1), static_cast<uint32_t>(end), role, rank});
    right = end;
    if (last) {
      closed = true;
      break;
    }
  }
  if (!closed) out->resize(listed);
}

// The subject of a verb group starting at `begin`: the nearest phrase before it not governed by a preposition.
// Verbs whose object does what their "to" complement says ("urged Bree to help"); after other verbs the
// complement's subject is the verb's own ("sent material to help").
constexpr std::string_view kObjectControl[] = {
    "urge", "ask", "want", "tell", "order", "force", "allow", "invite", "persuade", "encourage", "call", "press",
    "pressure", "pressur", "require", "expect", "enable", "permit", "advise", "instruct", "warn", "authorize",
    "authorise", "lead", "cause", "get", "compel", "oblige", "appeal", "beg", "push", "convince", "help", "prompt"};

// Verbs of command among those: what their object is told to do is the object's, the rest of the clause the speaker's.
constexpr std::string_view kCommand[] = {"urge", "ask", "tell", "order", "call", "press", "instruct", "warn", "appeal",
                                         "advise", "invite", "pressure", "pressur", "beg"};

// Verbs of accusing whose "of" ("with") phrase is what of: "accused of fraud", "charged with murder".
constexpr std::string_view kAccusedOf[] = {"accuse", "convict", "suspect", "acquit"};
constexpr std::string_view kChargedWith[] = {"charge"};
// Acts of a state's police, courts and investigators.
constexpr std::string_view kStateActs[] = {"arrest", "detain", "jail",   "imprison", "sentence", "convict",
                                           "indict", "charge", "deport", "execute",  "investigate"};

bool ObjectControl(std::string_view verb, std::vector<std::string>* stems_buffer) {
  return LemmaIn(verb, kObjectControl, stems_buffer);
}

// Where a phrase starting at `first` starts with its quantity's modifier: "up to [100 protesters]", "more than",
// "at least"; `first` when it has none.
size_t QuantityStart(const SentenceWords& s, size_t first) {
  if (first >= s.lower.size() || s.lower[first].empty()) return first;
  // "at least" read into the phrase ("[least 20] people", "[least three] civilians"): the "at" is no preposition.
  if (first >= 1 && s.lower[first - 1] == "at" && (s.lower[first] == "least" || s.lower[first] == "most"))
    return first - 1;
  static constexpr std::string_view kNumbers[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                  "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty",
                                                  "fifty", "dozens", "hundreds", "thousands", "scores"};
  if ((s.lower[first][0] < '0' || s.lower[first][0] > '9') && !InList(s.lower[first], kNumbers)) return first;
  if (first >= 2 && ((s.lower[first - 2] == "up" && s.lower[first - 1] == "to") ||
                     ((s.lower[first - 2] == "more" || s.lower[first - 2] == "fewer" || s.lower[first - 2] == "less") &&
                      s.lower[first - 1] == "than") ||
                     (s.lower[first - 2] == "at" && (s.lower[first - 1] == "least" || s.lower[first - 1] == "most"))))
    return first - 2;
  if (first >= 1 && (s.lower[first - 1] == "about" || s.lower[first - 1] == "around" || s.lower[first - 1] == "over" ||
                     s.lower[first - 1] == "nearly" || s.lower[first - 1] == "almost" || s.lower[first - 1] == "some"))
    return first - 1;
  return first;
}

// Adverbs of two words that may stand between a subject and its verb ("has so far rejected").
bool TwoWordAdverb(std::string_view first, std::string_view second) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"so", "far"}, {"thus", "far"}, {"once", "again"}, {"for", "now"}, {"in", "turn"}, {"of", "course"},
      {"in", "fact"}, {"at", "first"}, {"at", "last"}, {"at", "times"}};
  return std::find(std::begin(kPairs), std::end(kPairs), std::pair(first, second)) != std::end(kPairs);
}

// Prepositions of where someone is from or works, before a name: "an aide [from] Nashua who", "members [inside]
// Ethiopia who" (the person, not the place, is who acts).
constexpr std::string_view kOriginPrepositions[] = {"from", "in", "inside", "at", "across", "throughout"};
// Nouns of a number of people, before "of": "hundreds of doctors", "members of parliament".
constexpr std::string_view kQuantityNouns[] = {"hundreds", "thousands", "dozens", "scores", "millions", "tens",
                                               "members", "some", "many", "most", "all", "one", "none", "group",
                                               "groups", "families", "relatives", "supporters", "leaders"};

bool Subject(const SentenceWords& s, size_t begin, bool nonfinite, size_t* b, size_t* e, bool past = false) {
  // "accused Beijing of [firing] water cannon", "charged three men with [plotting] an attack": the gerund of an
  // accusation's "of" ("with") phrase is done by whom the accusation names, the verb's object (not by the accuser).
  if (nonfinite && begin >= 3 && begin < s.lower.size() && s.lower[begin].ends_with("ing") &&
      (s.lower[begin - 1] == "of" || s.lower[begin - 1] == "with")) {
    const size_t last = begin - 2;
    const size_t start = NounPhraseStart(s, last);
    if (start <= last && start >= 1 && s.verb[start - 1] && !s.punctuation[last] &&
        (s.lower[begin - 1] == "of" ? LemmaIn(s.lower[start - 1], kAccusedOf, &s.stems)
                                    : LemmaIn(s.lower[start - 1], kChargedWith, &s.stems))) {
      *b = QuantityStart(s, start);
      *e = last + 1;
      return true;
    }
  }
  // "A bomb killed two youths and [wounded] five others": a verb phrase joined to an earlier one shares its subject.
  // So does a participle or infinitive clause after a comma: "Rebels shelled the city, killing eight people".
  // A verb in the simple past (`past`) is joined to a finite verb, not to an infinitive or a participle between
  // ("urged the doctors to return to work and [offered] to meet", "fired at fans protesting outside Congress,
  // injuring dozens, and [detained] 124 people"): those are passed over.
  const bool participle_after_comma =
      nonfinite && begin > 0 && s.lower[begin - 1] == "," && begin < s.lower.size() && s.lower[begin].ends_with("ing");
  if (begin > 0 && (s.lower[begin - 1] == "and" || s.lower[begin - 1] == "but" || s.lower[begin - 1] == "or" ||
                    (nonfinite && s.lower[begin - 1] == ",")))
    for (size_t k = begin - 1; k-- > 0 && k + 24 > begin;) {
      const std::string_view w = s.lower[k];
      if (w == ";" || w == ":" || Is(s, k, kClauseWord)) break;
      if (!s.verb[k]) continue;
      size_t group = k;
      while (group > 0 && (Is(s, group - 1, kAuxiliary) || Adverb(s, group - 1))) --group;
      // Whether that verb is itself an infinitive or a bare participle ("to withdraw ... and release").
      const bool earlier_nonfinite = s.lower[group] == "to" || (group == k && s.lower[k].ends_with("ing"));
      if (past && earlier_nonfinite) continue;
      // "ordered a counsellor to leave the country, [accusing] him of": a participle clause after a comma is the
      // finite clause's, not that of the infinitive between whose subject is the object of a verb of command (not
      // "enabled Bening to capture roles, co-starring with": the one enabled goes on acting).
      if (participle_after_comma && s.lower[group] == "to") {
        size_t object_b = 0, object_e = 0;
        if (Subject(s, group, true, &object_b, &object_e) && object_b > 0 && s.verb[object_b - 1] &&
            LemmaIn(s.lower[object_b - 1], kCommand, &s.stems))
          continue;
      }
      if (!past && k + 16 <= begin) break;
      return Subject(s, group, earlier_nonfinite, b, e);
    }
  // "clashed with police, [who] fired tear gas", "protesters [who] marched through Nairobi": "who" right before the
  // verb group is its subject and stands for the phrase before it, the object of a preposition too (not "which" or
  // "that": on the corpus they stood as often for a thing acted on, "the tidal wave which killed", or a whole clause).
  // Past an age ("Mrs Hassan, 59, who led") and a place of origin ("an aide from Nashua who", "anyone in the US who").
  // "Privacy group noyb, [which] filed the complaint", "the World Anti-Doping Agency (WADA), [which] is seeking a
  // ban": "which" after a comma right after a name stands for the name (a thing or a clause has none).
  auto ends_name = [&s](size_t t) {  // a name, or a name's acronym in parentheses after it, ends at token t
    if (s.mention[t] >= 0) return true;
    if (s.lower[t] != ")") return false;
    const size_t open = ParenthesisBefore(s, t);
    return open != SIZE_MAX && open >= 1 && s.mention[open - 1] >= 0;
  };
  const bool which_name = !nonfinite && begin >= 3 && s.lower[begin - 1] == "which" && s.lower[begin - 2] == "," &&
                          ends_name(begin - 3);
  if (!nonfinite && begin >= 2 && (s.lower[begin - 1] == "who" || which_name) &&
      begin >= (s.lower[begin - 2] == "," ? 3u : 2u)) {
    const bool comma = s.lower[begin - 2] == ",";
    size_t last = begin - (comma ? 3 : 2);
    if (comma && last >= 2 && s.lower[last - 1] == "," && !s.lower[last].empty() &&
        std::all_of(s.lower[last].begin(), s.lower[last].end(), [](char c) { return c >= '0' && c <= '9'; }))
      last -= 2;
    {
      size_t head = NounPhraseStart(s, last);
      if (head <= last && head >= 2 && s.mention[last] >= 0 && InList(s.lower[head - 1], kOriginPrepositions)) {
        const size_t before = NounPhraseStart(s, head - 2);
        if (before <= head - 2 && s.mention[head - 2] < 0) {
          last = head - 2;
          head = before;
        }
      }
      // "the former mayor of New York who", "hundreds of doctors who" (not "the chagrin of many lawmakers who").
      while (head <= last && head >= 2 && s.lower[head - 1] == "of" &&
             (s.mention[last] >= 0 || InList(s.lower[head - 2], kQuantityNouns) ||
              (!s.lower[head - 2].empty() && s.lower[head - 2][0] >= '0' && s.lower[head - 2][0] <= '9'))) {
        const size_t before = NounPhraseStart(s, head - 2);
        if (before > head - 2) break;
        head = before;
      }
      if (head <= last && !Pronoun(s, head) && !s.verb[last]) {
        *b = QuantityStart(s, head);
        *e = last + 1;
        return true;
      }
    }
  }
  size_t j = begin;
  int steps = 0;
  bool first_phrase = true;
  // Where the verb group starts with the words passed over right before it (auxiliaries, adverbs, a predicate after
  // "be": "is [due] to travel").
  size_t group_first = begin - (nonfinite && begin >= 1 && begin < s.lower.size() && s.lower[begin] == "to" ? 1 : 0);
  while (j > 0 && steps++ < 16) {
    const size_t t = j - 1;
    const std::string_view w = s.lower[t];
    if (w == ";" || w == ":" || w == "\"" || w == "“" || w == "”") return false;
    // "The military, [which seized power in a 2021 coup,] continues to bomb", "The envoy, [who arrived on Monday,]
    // met", "Boluarte, [whose approval rating is below 3 percent,] is due to travel": a relative clause set off by
    // commas right before the verb group is passed over whole; its phrases are not the subject.
    auto relative_word = [&s](size_t r) {
      return s.lower[r] == "who" || s.lower[r] == "which" || s.lower[r] == "whose";
    };
    if (w == "," && t + 1 >= group_first) {
      size_t r = t;
      while (r-- > 0 && t - r <= 14 && s.lower[r] != "," && !s.punctuation[r] && !relative_word(r)) {
      }
      if (r < t && t - r <= 14 && r >= 2 && relative_word(r) && s.lower[r - 1] == ",") {
        j = r - 1;
        steps += 2;
        continue;
      }
    }
    // "..., continues to bomb": after a comma, a lower-case word in "-s" or "-ed" right before the "to" of the
    // verb group is a verb the taggers did not take for an event, not the subject.
    if (nonfinite && first_phrase && t + 1 == begin && s.lower[begin] == "to" && t >= 1 && s.lower[t - 1] == "," &&
        s.mention[t] < 0 && s.classes[t] == 0 && !s.text[t].empty() && s.text[t][0] >= 'a' && s.text[t][0] <= 'z' &&
        (w.ends_with("s") || w.ends_with("ed"))) {
      --j;
      continue;
    }
    if (Adverb(s, t) || s.verb[t] || Is(s, t, kAuxiliary) || w == "who" || w == "which" || w == "that" ||
        s.time[t] || w == ",") {
      if (t + 1 == group_first && (Adverb(s, t) || Is(s, t, kAuxiliary))) group_first = t;
      --j;
      continue;
    }
    // "The Kremlin has so far rejected", "Iran has once again denied": an adverb of two words.
    if (t > 0 && TwoWordAdverb(s.lower[t - 1], w)) {
      j -= 2;
      continue;
    }
    const size_t start = NounPhraseStart(s, t);
    if (start > t) {
      --j;
      continue;
    }
    // "sent [material] to help": the object of a verb that is not an object-control verb is not the subject of
    // the "to" complement; the verb's own subject is.
    if (nonfinite && first_phrase && start > 0 && s.verb[start - 1] && !ObjectControl(s.lower[start - 1], &s.stems)) {
      first_phrase = false;
      j = start;
      continue;
    }
    first_phrase = false;
    const bool adjacent = t + 1 == begin;  // nothing between the phrase and the verb group
    // "Opponents of [Rwanda's Senate]": the phrase the "of" phrase belongs to is the subject.
    size_t first = start;
    while (first >= 2 && s.lower[first - 1] == "of") {
      const size_t head = NounPhraseStart(s, first - 2);
      if (head > first - 2) break;
      first = head;
    }
    // "up to 100 protesters", "more than 20 states": a number's modifier, not a preposition.
    first = QuantityStart(s, first);
    if (first > 0 && Is(s, first - 1, kPreposition) && s.lower[first - 1] != "of" &&
        !(adjacent && Is(s, first - 1, kSubordinator))) {
      j = first - 1;  // the object of a preposition ("near the town of Samarra"): passed over with it
      continue;
    }
    // "France is [ready] to contribute": a predicate after "be" is not the subject.
    if (first > 0 && Is(s, first - 1, kBeForm) && s.mention[first] < 0) {
      if (t + 1 == group_first) group_first = first - 1;
      j = first - 1;
      continue;
    }
    // "Pakistan, [a key ally in the war], has refused", "Qatar's emir, [Sheikh Hamad], launched": a phrase after
    // a comma that follows the clause's first phrase, a name, is that phrase's apposition; the first is the subject.
    if (first >= 2 && s.lower[first - 1] == ",") {
      const size_t head = NounPhraseStart(s, first - 2);
      bool named = false;
      for (size_t k = head; k < first - 1; ++k) named = named || s.mention[k] >= 0;
      // Not "Russia, [the minister] said, will ...": a reporting clause set off by commas.
      size_t after = begin;
      while (after < s.lower.size() && (s.verb[after] || Is(s, after, kAuxiliary) || Adverb(s, after))) ++after;
      const bool parenthetical = after < s.lower.size() && s.lower[after] == ",";
      // "The port, [Europe's largest], handled": a phrase set off by commas after the first phrase is its
      // apposition, named or not.
      const bool enclosed = t + 1 < begin && s.lower[t + 1] == ",";
      if (head == 0 && head < first - 1 && (named || enclosed) && !parenthetical) {
        *b = head;
        *e = first - 1;
        return true;
      }
    }
    // "Gunmen who kidnapped [25 schoolgirls] have released them", "The man who attacked [the mayor] was arrested": a
    // phrase right after the verb of a relative clause is that verb's object; the subject is the phrase the
    // relative clause belongs to.
    // (Not when the verb is itself in a relative clause of that phrase, "the committee, which oversees", nor for a
    // pronoun, the subject of a clause of its own: "charities who say it would give".)
    auto relative = [](std::string_view w) { return w == "who" || w == "which" || w == "that"; };
    bool own_clause = InList(s.lower[first], kPronouns);
    for (size_t k = t + 1; k < begin && !own_clause; ++k) own_clause = relative(s.lower[k]);
    if (!nonfinite && !own_clause && first > 0 && s.verb[first - 1]) {
      size_t r = first - 1;
      while (r > 0 && (Is(s, r - 1, kAuxiliary) || Adverb(s, r - 1))) --r;
      if (r > 1 && relative(s.lower[r - 1])) {
        size_t head = NounPhraseStart(s, r - 2);
        while (head <= r - 2 && head >= 2 && s.lower[head - 1] == "of") {  // "the former mayor of New York City"
          const size_t before = NounPhraseStart(s, head - 2);
          if (before > head - 2) break;
          head = before;
        }
        if (head <= r - 2) {
          *b = head;
          *e = r - 1;
          return true;
        }
      }
    }
    *b = first;
    *e = t + 1;
    return true;
  }
  return false;
}

// Whether the phrase [b, e) names anyone: a name mention in it.
bool Named(const SentenceWords& s, size_t b, size_t e) {
  for (size_t t = b; t < e; ++t)
    if (s.mention[t] >= 0) return true;
  return false;
}

// Words that tie a phrase to whom it belongs: "companies [involved in] Iran's oil trade", "militants [loyal to]
// al-Zarqawi", "groups [linked to] Hamas".
constexpr std::string_view kAffiliation[] = {"linked", "tied", "connected", "loyal", "close", "allied", "affiliated",
                                             "belonging", "involved", "associated", "aligned"};

// "the governor of Kherson [angered] Moscow", "Turkish ships [angered] the Kremlin": in the phrase [from, end), the
// lower-case word right before a second name (and its determiner), after a first with lower-case words between
// (no possessive), is a verb the taggers did not take for an event; the phrase ends before it. A title or a noun
// of one person there is none: "Hezbollah [leader] Hassan Nasrallah", "Hamas [chief] Ismail Haniyeh" are one phrase.
size_t BeforeMissedVerb(const SentenceWords& s, size_t from, size_t end) {
  bool named = false;
  for (size_t t = from; t < end; ++t) {
    if (s.mention[t] >= 0) {
      named = true;
      continue;
    }
    if (!named || IsPossessive(s.lower[t]) || s.text[t].empty() || s.text[t][0] < 'a' || s.text[t][0] > 'z') continue;
    for (size_t u = t + 1; u < end; ++u)
      if (s.mention[u] >= 0 && s.mention[u] != s.mention[t - 1] && !IsPossessive(s.lower[u - 1])) {
        size_t verb = u - 1;  // the word before the second name and its determiner
        while (verb > t && Is(s, verb, kDeterminer)) --verb;
        if (verb + 1 == u) {
          const lang::WordInfo* info = lang::Lexicon::Get().Find(s.lower[verb]);
          if (info && (info->classes & (lang::kTitle | lang::kPersonNoun))) return end;
        }
        return verb;
      }
    return end;
  }
  return end;
}

// "the mayor of Istanbul", "inspectors of the International Atomic Energy Agency", "the resignation of Prime
// Minister Keir Starmer", "16 companies involved in Iran's oil trade": a phrase that names no one followed by an
// "of" phrase (or a phrase of affiliation) that does is one phrase, which the name in it identifies (a title or a
// common noun alone is no entity, and a record would drop it). The end of the phrase [b, e) with it, else e.
size_t OfPhraseEnd(const SentenceWords& s, size_t b, size_t e) {
  const size_t n = s.lower.size();
  if (e + 1 >= n || Named(s, b, e)) return e;
  size_t from = SIZE_MAX;
  if (s.lower[e] == "of")
    from = e + 1;
  else if (InList(s.lower[e], kAffiliation) && e + 2 < n &&
           (s.lower[e + 1] == "to" || s.lower[e + 1] == "with" || s.lower[e + 1] == "in"))
    from = e + 2;
  if (from == SIZE_MAX) return e;
  size_t end = NounPhraseEnd(s, from);
  if (end == from || !Named(s, from, end)) return e;
  end = BeforeMissedVerb(s, from, end);
  // The name heads the phrase or is its possessor ("Iran's oil trade"): not "the wife of [an Iranian-American]
  // pastor", where it only qualifies another word.
  for (size_t t = from; t < end; ++t)
    if (s.mention[t] >= 0 && (t + 1 == end || IsPossessive(s.lower[t + 1]))) return end;
  return e;
}

// The phrases of the verb phrase from `from`, in order: the object (particles and adverbs passed over) and the
// objects of the prepositions that take a verb's target or place ("against the group", "in Zurich"), up to the end of
// the clause; each with its coordinated phrases.
void Objects(const SentenceWords& s, size_t from, bool coded, std::vector<ParticipantSpan>* out) {
  const size_t n = s.lower.size();
  uint8_t rank = 0;
  for (size_t t = from; t < n && t < from + 14 && rank < 4;) {
    const std::string_view w = s.lower[t];
    if (w == ";" || w == ":" || Is(s, t, kClauseWord) || (s.verb[t] && t > from) || w == "\"" || w == "“" ||
        w == "”")
      return;
    if (w == "," && t + 1 < n && (s.verb[t + 1] || Is(s, t + 1, kClauseWord))) return;
    // "undid much of Glass-Steagall, [liberating] banks like Citigroup", "cancelling 100 flights, stranding
    // passengers": a lower-case "-ing" word after a comma opens a participle clause (its verb one the taggers did not
    // take for an event), whose phrases are not this verb's (not "something", "nothing": "his remarks, something many
    // Republicans had urged").
    if (w == "," && t + 1 < n && s.mention[t + 1] < 0 && s.classes[t + 1] == 0 && s.lower[t + 1].size() > 5 &&
        s.lower[t + 1].ends_with("ing") && !s.lower[t + 1].ends_with("thing") && s.lower[t + 1] != "according" &&
        !s.text[t + 1].empty() && s.text[t + 1][0] >= 'a' && s.text[t + 1][0] <= 'z' && !s.time[t + 1])
      return;
    // "fired on the crowd, [according to] the police": who tells of the act is no one it falls on; the verb
    // phrase ends there.
    if (w == "according" && t + 1 < n && s.lower[t + 1] == "to") return;
    // "oppose the plans but [Mr Brown] said", "will offer a boost, but analysts cautioned": "but" joins clauses, not
    // a verb's objects (not "all but").
    if (w == "but" && !(t > 0 && (s.lower[t - 1] == "all" || s.lower[t - 1] == "nothing"))) return;
    // "burned down its embassy, a senior official said": a phrase after a comma right before a verb is the
    // subject of another clause, not a further phrase of this verb's.
    // So is a phrase after ", and" or ", but" ("shelled the town, and rebels ambushed a convoy"; without the comma
    // the phrases may be the joint subject of a reported clause: "believes X and Y can cope").
    if (w == "," && t + 1 < n) {
      const size_t from_word = t + 2 < n && (s.lower[t + 1] == "and" || s.lower[t + 1] == "but") ? t + 2 : t + 1;
      const size_t next_end = from_word < n ? NounPhraseEnd(s, from_word) : from_word;
      if (next_end > from_word && VerbStarts(s, next_end)) return;
    }
    const bool object_preposition = Is(s, t, kObjectPreposition) || w == "in";
    // "forced out more than 1,000 refugees": a number's modifier, not a phrase of comparison.
    if ((w == "more" || w == "fewer" || w == "less") && t + 2 < n && s.lower[t + 1] == "than" &&
        !s.lower[t + 2].empty() && s.lower[t + 2][0] >= '0' && s.lower[t + 2][0] <= '9') {
      t += 2;
      continue;
    }
    // "an attack on a convoy [near Kabul]", "[during] the talks": a phrase of place, time or manner is no one the
    // act falls on; it is passed over whole (the records read the event's place themselves). A place stays a last
    // candidate (kLastRank), for an act that names no one else ("protesting outside Congress").
    if (InList(w, kPlaceAdjuncts)) {
      const size_t end = NounPhraseEnd(s, t + 1);
      if (end > t + 1) {
        const size_t before = out->size();
        AddCoordinated(s, t + 1, end, ParticipantRole::kTarget, out, kLastRank, /*object=*/true);
        t = end;
        for (size_t k = before; k < out->size(); ++k) t = std::max<size_t>(t, (*out)[k].end);
        continue;
      }
    }
    // So are the phrases that complete a phrase of time or manner ("during a visit to Eriador", "amid talks with
    // Hamas"); "by" a means ("spoke by telephone").
    const bool means = w == "by" && t + 1 < n && InList(s.lower[t + 1], kMeans);
    const bool such_as = w == "as" && t > 0 && s.lower[t - 1] == "such";
    if (means || (!object_preposition && InList(w, kAdjunctPrepositions) && !such_as)) {
      size_t end = NounPhraseEnd(s, t + 1);
      // "pushing the same agenda [since] he was the mayor of Burlington": a subordinate clause ends the verb phrase.
      if (Is(s, t, kSubordinator) && (end == t + 1 || VerbStarts(s, end))) return;
      if (end == t + 1) {
        ++t;
        continue;
      }
      while (!means && end + 1 < n && (s.lower[end] == "of" || s.lower[end] == "to" || s.lower[end] == "with" ||
                             s.lower[end] == "for" || s.lower[end] == "between")) {
        const size_t next = NounPhraseEnd(s, end + 1);
        if (next == end + 1) break;
        end = next;
      }
      t = end;
      continue;
    }
    // "freed 18 political prisoners, [including] the activist Rocio San Miguel", "deals [such as] NAFTA", "groups
    // [like] the National Student Association": those included are of the phrase before, as the same candidate (a
    // name among them is a participant as much as the group).
    const bool including = (w == "including" || w == "like" || (w == "as" && t > 0 && s.lower[t - 1] == "such")) &&
                           rank > 0 && coded;
    size_t first = t;
    if (object_preposition || including) first = t + 1;
    else if (Is(s, t, kPreposition) || s.punctuation[t] || Adverb(s, t) || s.time[t] || Is(s, t, kAuxiliary)) {
      ++t;
      continue;
    }
    size_t end = NounPhraseEnd(s, first);
    if (end == first) {
      ++t;
      continue;
    }
    if (coded) end = OfPhraseEnd(s, first, end);
    const size_t before = out->size();
    if (including) --rank;
    AddCoordinated(s, first, end, ParticipantRole::kTarget, out, rank, /*object=*/true);
    size_t last = end;
    for (size_t k = before; k < out->size(); ++k) last = std::max<size_t>(last, (*out)[k].end);
    ++rank;
    t = last;
  }
}

// The "by" phrase of a passive verb, within a few words.
bool Agent(const SentenceWords& s, size_t from, size_t* b, size_t* e) {
  for (size_t t = from; t < s.lower.size() && t < from + 8; ++t) {
    if (s.punctuation[t] || s.verb[t]) return false;
    if (s.lower[t] == "by") {
      const size_t end = NounPhraseEnd(s, t + 1);
      if (end == t + 1) return false;
      *b = t + 1;
      *e = end;
      return true;
    }
  }
  return false;
}

}  // namespace

bool ClauseSubject(const SentenceWords& s, size_t first, std::vector<ParticipantSpan>* out) {
  size_t end = NounPhraseEnd(s, first);
  if (end == first) return false;
  end = OfPhraseEnd(s, first, end);
  // "that the Islamic Republic of Iran halt enrichment": a lower-case word after the name is the clause's verb,
  // which the taggers did not take for an event.
  for (size_t t = first; t + 1 < end; ++t)
    if (s.mention[t] >= 0 && s.mention[t + 1] < 0 && !IsPossessive(s.lower[t + 1])) {
      size_t after = t + 1;
      if (s.lower[after] == "(")  // "(DPRK)"
        while (after < end && s.lower[after] != ")") ++after;
      if (after < end && s.lower[after] == ")") ++after;
      if (after < end && !s.text[after].empty() && s.text[after][0] >= 'a' && s.text[after][0] <= 'z') {
        end = t + 1;
        break;
      }
    }
  // "that the Democratic People's Republic of Korea (DPRK) forsake": a short parenthesis after the name.
  if (end + 2 < s.lower.size() && s.lower[end] == "(")
    for (size_t k = end + 1; k < s.lower.size() && k <= end + 4; ++k)
      if (s.lower[k] == ")") {
        if (k + 1 < s.lower.size() && !s.punctuation[k + 1]) {
          AddCoordinated(s, first, end, ParticipantRole::kTarget, out);
          return true;
        }
        break;
      }
  // A clause's subject is followed by its verb group (or the phrases coordinated with it), not by the sentence's
  // end or a comma.
  if (end >= s.lower.size() || s.punctuation[end]) return false;
  AddCoordinated(s, first, end, ParticipantRole::kTarget, out);
  return true;
}

void FindParticipants(const SentenceWords& s, size_t trigger, size_t verb_end, const VerbGroup& group, EventPos pos,
                      std::vector<ParticipantSpan>* out, bool coded) {
  size_t b = 0, e = 0;
  if (pos == EventPos::kNoun) {
    // "Starmer's meeting", "the US sanctions": a possessor or a name right before the noun.
    if (trigger >= 2 && IsPossessive(s.lower[trigger - 1])) {
      const size_t start = NounPhraseStart(s, trigger - 2);
      if (start <= trigger - 2) AddCoordinated(s, start, trigger - 1, ParticipantRole::kSource, out);
    } else if (trigger >= 1 && s.mention[trigger - 1] >= 0) {
      size_t start = trigger - 1;
      while (start > 0 && s.mention[start - 1] == s.mention[trigger - 1]) --start;
      out->push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(trigger), ParticipantRole::kSource});
    }
    // "by X", "from X" source; "with X", "against X", "on X" target; right after a noun of an act done to
    // someone, "of X" target ("the arrest of the mayor").
    for (size_t t = verb_end; t < s.lower.size() && t < verb_end + 8; ++t) {
      // "a ceasefire [reached] by the two neighbours", "the attack [claimed] by the group": a past participle right
      // after the noun whose "by" phrase follows it names the noun's agent.
      // (Not one of receiving or undergoing: "state aid received by Airbus" goes to Airbus.)
      static constexpr std::string_view kUndergone[] = {"received", "suffered", "faced", "experienced", "endured",
                                                        "sustained", "accepted", "welcomed"};
      if (t == verb_end && t + 1 < s.lower.size() && s.lower[t + 1] == "by" && s.lower[t].size() > 3 &&
          s.lower[t].ends_with("ed") && s.mention[t] < 0 && !s.text[t].empty() && s.text[t][0] >= 'a' &&
          s.text[t][0] <= 'z' && !InList(s.lower[t], kUndergone))
        continue;
      if (s.punctuation[t] || s.verb[t]) break;
      const std::string_view w = s.lower[t];
      const bool source = w == "by" || w == "from";
      const bool target = w == "with" || w == "against" || w == "on" || w == "between" || w == "to" || w == "into" ||
                          (w == "of" && t == verb_end && coded && InList(s.lower[trigger], kPatientNouns));
      if (!source && !target) continue;
      size_t end = NounPhraseEnd(s, t + 1);
      if (end > t + 1 && coded) end = OfPhraseEnd(s, t + 1, BeforeMissedVerb(s, t + 1, end));
      if (end > t + 1) AddCoordinated(s, t + 1, end, source ? ParticipantRole::kSource : ParticipantRole::kTarget, out);
      t = end > t + 1 ? end - 1 : t;
    }
    return;
  }
  // "best supporting actress", "the ruling party", "its governing coalition": an "-ing" form between an article, a
  // possessive or a superlative and the noun it qualifies is an adjective: the noun is not its object, nor the
  // phrase before it its subject (not after "those", "some": "those supporting Mr. Ailes").
  static constexpr std::string_view kBeforeAdjective[] = {"the", "a", "an", "its", "their", "his", "our", "my", "your",
                                                          "'s", "best", "worst", "most"};
  if (trigger > 0 && trigger + 1 < s.lower.size() && group.begin == trigger && verb_end == trigger + 1 &&
      s.lower[trigger].ends_with("ing") &&
      InList(s.lower[trigger - 1], kBeforeAdjective) &&
      Nominal(s, trigger + 1) && !Is(s, trigger + 1, kDeterminer) && !Pronoun(s, trigger + 1) &&
      !IsPossessive(s.lower[trigger + 1]))
    return;
  // A "to" complement or a participle clause ("issued a declaration demanding that ...") has the subject of the
  // verb before it, not that verb's object (unless the verb is one of object control: "urged Bree to help").
  const bool nonfinite = group.tense == "INFINITIVE" || group.tense == "PRESPART";
  bool has_subject = Subject(s, group.begin, nonfinite, &b, &e,
                             group.tense == "PAST" && group.begin == trigger && !group.passive);
  // "Apollo Quiboloy, a televangelist [accused of] child abuse", "a Russian [convicted of] murder", "a man [charged
  // with] fraud": a verb of accusing right before its "of" ("with") phrase has no object of its own; it is a passive
  // participle, and the phrase it follows is who is accused (the "of" phrase is what of).
  // ("firms [it] accused of handling crude": after a pronoun, the verb is active, its object the phrase before.)
  const bool of_phrase =
      group.begin == trigger && verb_end == trigger + 1 && verb_end < s.lower.size() &&
      ((s.lower[verb_end] == "of" && LemmaIn(s.lower[trigger], kAccusedOf, &s.stems)) ||
       (s.lower[verb_end] == "with" && LemmaIn(s.lower[trigger], kChargedWith, &s.stems)));
  const bool after_pronoun = trigger > 0 && Pronoun(s, trigger - 1);
  const bool accused_of = of_phrase && !group.passive && s.lower[trigger].ends_with("ed") && !after_pronoun;
  if (group.passive || accused_of) {
    // A reduced relative clause ("embassy workers held hostage by Iran"): the phrase right before the participle.
    if (group.begin == trigger && trigger > 0 && !s.punctuation[trigger - 1]) {
      if (const size_t start = NounPhraseStart(s, trigger - 1); start < trigger) {
        b = start;
        e = trigger;
        has_subject = true;
        // "Apollo Quiboloy, a televangelist accused of": the name the phrase is an apposition to is who.
        if (accused_of && b >= 2 && s.lower[b - 1] == "," && s.mention[b - 2] >= 0) {
          const size_t name = NounPhraseStart(s, b - 2);
          if (name <= b - 2) {
            e = b - 1;
            b = name;
          }
        }
      }
    }
    // "Lai Ching-te was [sworn in] as president", "was [inaugurated] on Monday": who takes office does the act (the
    // passive's subject is its source, not on whom it falls).
    const bool takes_office = group.passive && ((s.lower[trigger] == "sworn" && trigger + 1 < s.lower.size() &&
                                                 s.lower[trigger + 1] == "in") ||
                                                s.lower[trigger] == "inaugurated");
    if (has_subject)
      AddCoordinated(s, b, e, takes_office ? ParticipantRole::kSource : ParticipantRole::kTarget, out);
    if (takes_office) return;
    if (Agent(s, verb_end, &b, &e)) {
      AddCoordinated(s, b, e, ParticipantRole::kSource, out);
    } else if (group.passive &&
               (LemmaIn(s.lower[trigger], kStateActs, &s.stems) ||
                (s.lower[trigger] == "put" && verb_end < s.lower.size() && s.lower[verb_end] == "under"))) {
      // "A missionary was arrested in Lebanon", "has been put under investigation in Italy", "was arrested at
      // Podgorica airport": an arrest, a trial or an investigation with no agent is the state's where it happens, as
      // CAMEO codes it (the place's country).
      for (size_t t = verb_end; t < s.lower.size() && t < verb_end + 5; ++t) {
        if (s.punctuation[t] || s.verb[t]) break;
        if ((s.lower[t] == "in" || s.lower[t] == "at") && t + 1 < s.lower.size() && s.mention[t + 1] >= 0) {
          size_t end = t + 1;
          while (end < s.lower.size() && s.mention[end] == s.mention[t + 1]) ++end;
          out->push_back({static_cast<uint32_t>(t + 1), static_cast<uint32_t>(end), ParticipantRole::kSource, 0});
          break;
        }
      }
    }
    return;
  }
  if (has_subject) AddCoordinated(s, b, e, ParticipantRole::kSource, out);
  const size_t before = out->size();
  // "“...,” agreed Cram.", "“...?” asked Sen. Ted Cruz, who ...": a verb right after a quotation that ends with
  // punctuation, with no subject before it, reports the quotation; the phrase after it, ending the sentence or
  // followed by a comma, is who speaks (its source), and the verb has no target.
  const size_t g = group.begin;
  if (!has_subject && g >= 2 && s.punctuation[g - 1] &&
      (s.lower[g - 1] == "”" || s.lower[g - 1] == "\"" || s.lower[g - 1] == "''") && s.punctuation[g - 2] &&
      (s.lower[g - 2] == "," || s.lower[g - 2] == "?" || s.lower[g - 2] == "!")) {
    const size_t end = NounPhraseEnd(s, verb_end);
    if (end > verb_end && (end == s.lower.size() || s.lower[end] == "," || s.lower[end] == ".")) {
      out->push_back({static_cast<uint32_t>(verb_end), static_cast<uint32_t>(end), ParticipantRole::kSource, 0});
      return;
    }
  }
  // "opened fire on a crowd", "opened fire to disperse demonstrators": "fire" is the act, no one it falls on.
  const bool open_fire = verb_end + 1 < s.lower.size() && verb_end == trigger + 1 && s.lower[verb_end] == "fire" &&
                         s.lower[trigger].starts_with("open");
  Objects(s, open_fire ? verb_end + 1 : verb_end, coded, out);
  // "rejected [the union's] demand", "praised [the commission's] work": the object that is a stance or an act of a
  // group the words name (not a name: "Germany's work" is Germany's already) falls on that group, the possessor.
  static constexpr std::string_view kStances[] = {
      "decision", "decisions", "demand", "demands", "offer", "plan", "plans", "proposal", "proposals", "policy",
      "policies", "handling", "response", "call", "calls", "request", "bid", "move", "conduct", "work", "role",
      "efforts", "stance", "position", "approach", "statement", "remarks", "comments", "veto", "ruling", "verdict",
      "actions", "conditions", "ultimatum", "claims", "accusations", "allegations"};
  if (coded && out->size() > before) {
    ParticipantSpan& object = (*out)[before];
    const size_t ob = object.begin, oe = object.end;
    if (object.role == ParticipantRole::kTarget && object.rank == 0 && oe >= ob + 3 && oe <= ob + 8 &&
        InList(s.lower[oe - 1], kStances)) {
      size_t possessive = SIZE_MAX;
      for (size_t t = ob + 1; t + 1 < oe; ++t)
        if (IsPossessive(s.lower[t])) possessive = t;
      bool named = false;
      for (size_t t = ob; t < oe; ++t) named = named || s.mention[t] >= 0;
      if (possessive != SIZE_MAX && possessive + 3 >= oe && !named && !Pronoun(s, ob))
        object.end = static_cast<uint32_t>(possessive);
    }
  }
  // "the United Arab Emirates, [which] it accuses of arming the RSF", "a journalist [whom] police arrested": in a
  // relative clause on its object, the verb's object is the phrase the clause is on.
  // (Its place may follow: "whom the army had detained in Gao".)
  bool objects = false;
  for (size_t k = before; k < out->size(); ++k)
    objects |= (*out)[k].rank < kLastRank &&
               !((*out)[k].begin > 0 && (s.lower[(*out)[k].begin - 1] == "in" || s.lower[(*out)[k].begin - 1] == "at"));
  // The clause's own subject right before its verb group ("which [it] accuses", "whom [the army] had detained").
  bool adjacent = has_subject && !nonfinite && e <= group.begin;
  for (size_t k = e; adjacent && k < group.begin; ++k) adjacent = Is(s, k, kAuxiliary) || Adverb(s, k);
  // So is the phrase right before a pronoun subject of a verb of accusing followed by its "of" phrase: "firms [it]
  // accused of handling Iranian crude".
  const bool gap = of_phrase && after_pronoun && b + 1 == e && e == trigger && b >= 1 && Nominal(s, b - 1) &&
                   !Pronoun(s, b - 1) && !Is(s, b - 1, kDeterminer);
  if (coded && gap) out->resize(before);  // "of handling Iranian crude" is what of
  if (coded && adjacent && (gap || (!objects && b >= 2 && (s.lower[b - 1] == "which" || s.lower[b - 1] == "whom")))) {
    const size_t last = gap ? b - 1 : s.lower[b - 2] == "," && b >= 3 ? b - 3 : b - 2;
    const size_t start = NounPhraseStart(s, last);
    if (start <= last) out->push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(last + 1),
                                       ParticipantRole::kTarget, 0});
  }
  // "Macron met and thanked Zelensky", "attacked and killed five soldiers": a verb without an object of its own
  // right before "and" and another verb shares that verb's object.
  const size_t n = s.lower.size();
  if (coded && out->size() == before && verb_end + 1 < n &&
      (s.lower[verb_end] == "and" || s.lower[verb_end] == "or")) {
    size_t v = verb_end + 1;
    while (v < n && Adverb(s, v)) ++v;
    if (v < n && s.verb[v]) Objects(s, v + 1, coded, out);
  }
}

}  // namespace newsgraph::events
