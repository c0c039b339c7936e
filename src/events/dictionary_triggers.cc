#include "events/dictionary_triggers.h"

#include <algorithm>
#include <cctype>

#include "events/verb_group.h"
#include "util/hash.h"

namespace newsgraph::events {
namespace {

// A past-tense form ("shelled", "staged") after a word that can end a subject, not after a determiner, a possessive
// or a preposition, where it would be an adjective ("the armed forces", "Ecuador's armed forces", "of detailed
// plans"), nor after an adverb in "-ly" that opens a noun phrase ("when heavily armed gunmen stormed").
bool PastTenseAfterSubject(const std::vector<std::string_view>& lower, const lang::Words& words, size_t i) {
  // Besides determiners and prepositions (the language floor's classes): words after which the form is an adjective
  // or a passive participle.
  static constexpr std::string_view kNotBeforeVerb[] = {"that", "more", "very", "so", "too", "well", "newly", "highly",
                                                        "is", "are", "was", "were", "be", "been", "being", "get",
                                                        "got"};
  const std::string_view w = lower[i];
  if (w.size() < 5 || !w.ends_with("ed")) return false;
  const std::string_view before = lower[i - 1];
  if (before.empty() || !std::isalpha(static_cast<unsigned char>(before.back())) || before == "'s" || before == "’s")
    return false;
  constexpr uint32_t kOpensPhrase = lang::kDeterminer | lang::kPreposition | lang::kConjunction | lang::kWhWord;
  if (before.size() > 4 && before.ends_with("ly") && i >= 2 &&
      (words.Has(static_cast<int>(i - 2), kOpensPhrase) || lower[i - 2] == "," ||
       lower[i - 2].empty() || !std::isalpha(static_cast<unsigned char>(lower[i - 2].back()))))
    return false;
  return !InList(before, kNotBeforeVerb) && !words.Has(static_cast<int>(i - 1), lang::kDeterminer | lang::kPreposition);
}

// A word the part-of-speech tagger calls a verb, right after a word it calls a noun, a name or a pronoun: a finite
// verb after its subject ("Iran held talks", "ministers reject", "they sent"); or after an apposition set off by
// commas ("Friedrich Merz, the German chancellor, met"): a noun phrase (a determiner, adjectives, nouns, names,
// numbers, "of" phrases) between a comma after a name or noun and the comma before the verb. The caller has left out
// participles and gerunds in "-ing" before asking for tags.
bool VerbAfterSubject(const std::vector<std::string_view>& lower, TokenTags& tags, size_t i) {
  if (tags.At(i) != pos::Upos::kVerb) return false;
  auto nominal = [](pos::Upos t) { return t == pos::Upos::kNoun || t == pos::Upos::kPropn || t == pos::Upos::kPron; };
  if (nominal(tags.At(i - 1))) return true;
  if (lower[i - 1] != "," || i < 4 || !nominal(tags.At(i - 2))) return false;
  for (size_t k = i - 2; k-- > 0 && i - k <= 12;) {
    if (lower[k] == ",") return k > 0 && (tags.At(k - 1) == pos::Upos::kNoun || tags.At(k - 1) == pos::Upos::kPropn);
    const pos::Upos t = tags.At(k);
    if (!nominal(t) && t != pos::Upos::kDet && t != pos::Upos::kAdj && t != pos::Upos::kNum && t != pos::Upos::kAdp &&
        lower[k] != "'s")
      return false;
  }
  return false;
}

// Whether the verbal trigger at token i reads as a noun: a word without a verb ending ("tear", "riot", "strike",
// "protests") after a determiner, a possessive, a preposition other than "to" or an "anti-" / "pro-" adjective ("the
// strike", "with riot police", "anti-government protests"), or a bare form right
// before another word after a verb that does not take a bare verb ("fired tear gas": a noun modifier, where "helped
// rebuild" and "let go" are verbs).
bool NounReading(const std::vector<std::string_view>& lower, const lang::Words& words,
                 const std::vector<Trigger>& triggers, size_t k) {
  static constexpr std::string_view kBareVerbTakers[] = {"help", "helped", "helps", "helping", "let", "lets", "make",
                                                         "made", "makes", "go", "come", "see", "saw", "hear", "heard",
                                                         "watch", "watched", "dare", "will", "would", "could", "can",
                                                         "may", "might", "must", "should", "shall", "do", "did",
                                                         "does"};
  const size_t i = triggers[k].token;
  const std::string_view w = lower[i];
  if (i == 0 || w.ends_with("ing") || w.ends_with("ed")) return false;
  const std::string_view before = lower[i - 1];
  const int b = static_cast<int>(i - 1);
  if (words.Has(b, lang::kDeterminer) || before == "'s" || before == "'" ||
      (words.Has(b, lang::kPreposition) && before != "to") ||
      before.starts_with("anti-") || before.starts_with("pro-"))
    return true;
  if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss")) return false;
  if (k == 0 || triggers[k - 1].token + 1 != i || triggers[k - 1].pos != EventPos::kVerb ||
      InList(before, kBareVerbTakers) || i + 1 >= lower.size())
    return false;
  const std::string_view after = lower[i + 1];
  const unsigned char first = after.empty() ? 0 : static_cast<unsigned char>(after[0]);
  return first >= 'a' && first <= 'z' && !words.Has(static_cast<int>(i + 1), lang::kDeterminer | lang::kPreposition) &&
         after != "'s" && after != "'";
}

// Whether the nominal trigger at token k only modifies the noun after it ("riot police", "attack helicopters",
// "protest leaders", "a ceasefire agreement"): a singular word before a plural noun or "police" that is no trigger of
// its own, or any before a noun it names the kind of.
bool Modifier(const std::vector<std::string_view>& lower, const lang::Words& words, const std::vector<Trigger>& triggers,
              size_t k) {
  static constexpr std::string_view kFunctionWords[] = {"is", "was", "has", "this", "as", "its", "his", "us", "yes",
                                                        "thus", "plus", "less", "unless", "towards", "afterwards",
                                                        "besides"};
  // Nouns an event noun names the kind of: "a ceasefire agreement", "peace talks", "an aid convoy".
  static constexpr std::string_view kHeads[] = {"agreement", "agreements", "deal", "deals", "accord", "accords", "plan",
                                                "plans", "proposal", "proposals", "package", "packages", "convoy",
                                                "convoys", "line", "lines", "zone", "zones", "deadline", "talks",
                                                "negotiations", "workers", "agency", "agencies", "official",
                                                "officials", "group", "groups"};
  const size_t i = triggers[k].token;
  if (i + 1 < lower.size() && InList(lower[i + 1], kHeads)) return true;
  if (i + 1 >= lower.size() || lower[i].ends_with('s') || (k + 1 < triggers.size() && triggers[k + 1].token == i + 1))
    return false;
  const std::string_view after = lower[i + 1];
  const unsigned char first = after.empty() ? 0 : static_cast<unsigned char>(after[0]);
  if (first < 'a' || first > 'z' || InList(after, kFunctionWords) || words.Has(static_cast<int>(i + 1), lang::kPreposition))
    return false;
  return after == "police" || (after.size() > 3 && after.ends_with('s') && !after.ends_with("ss"));
}

// Where the patterns of a verb at token i may look for its object when its trigger is decided: up to the end of the
// clause as far as it shows without the reader's verbs (punctuation, a clause opener, "and" / "but"), at most
// twelve words on. The verb alone codes nothing for the everyday verbs whose patterns say the event ("sent
// troops", "met the prime minister"); the reader codes it with its own clause end.
size_t PatternReach(const std::vector<std::string_view>& lower, size_t i) {
  static constexpr std::string_view kStops[] = {".", "!", "?", ";", ":", ",", "that", "which", "who", "and", "but",
                                                "while"};
  size_t end = i + 1;
  while (end < lower.size() && end < i + 13 && !InList(lower[end], kStops)) ++end;
  return end;
}

}  // namespace

void AddDictionaryTriggers(const std::vector<std::string_view>& tokens, const lang::Words& words,
                           const CameoCoder& coder, Scratch* scratch, std::vector<Trigger>* triggers,
                           TokenTags* tags) {
  const std::vector<std::string_view>& lower = words.lower_tokens();
  static constexpr std::string_view kBeforeVerb[] = {"to", "will", "would", "could", "may", "might", "shall", "must"};
  // Every lower-case word is asked whether it is an event noun and a dictionary verb: each word hashed once.
  std::vector<uint64_t>& hashes = scratch->lower_hashes;
  hashes.resize(lower.size());
  for (size_t i = 0; i < lower.size(); ++i) hashes[i] = util::HashString(lower[i]);
  std::vector<Trigger> added;
  size_t next = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    while (next < triggers->size() && (*triggers)[next].token < i) ++next;
    const unsigned char first = tokens[i].empty() ? 0 : static_cast<unsigned char>(tokens[i][0]);
    // Lower case, or capitalised at a sentence's start ("Protests have continued").
    const bool opens = i == 0 || tokens[i - 1] == "." || tokens[i - 1] == "!" || tokens[i - 1] == "?";
    if (!((first >= 'a' && first <= 'z') || (opens && first >= 'A' && first <= 'Z')) ||
        (next < triggers->size() && (*triggers)[next].token == i))
      continue;
    Trigger t;
    t.token = static_cast<uint32_t>(i);
    t.cls = EventClass::kOccurrence;
    t.confidence = 0.5f;
    if (auto c = coder.CodeNoun(lower, i, &scratch->coder, hashes.data()); c && !c->code.empty() &&
                                                             std::string_view(c->block).ends_with(lower[i])) {
      t.pos = EventPos::kNoun;
      added.push_back(t);
    } else if (i > 0) {
      // The cues without parts of speech first; the tags are asked for only about a dictionary verb.
      const bool cue = InList(lower[i - 1], kBeforeVerb) || PastTenseAfterSubject(lower, words, i);
      // Whether the verb codes anything: most words are no dictionary verb, and most verbs code whatever follows
      // them; the patterns are read only for the others.
      auto codes = [&] {
        switch (coder.CodesVerb(lower, i, i, &scratch->coder, hashes.data())) {
          case CameoCoder::VerbCodes::kNo: return false;
          case CameoCoder::VerbCodes::kYes: return true;
          case CameoCoder::VerbCodes::kPatterns: break;
        }
        return coder.CodeVerb(lower, i, i, PatternReach(lower, i), &scratch->coder).has_value();
      };
      if ((cue || (tags && !lower[i].ends_with("ing"))) && codes() && (cue || VerbAfterSubject(lower, *tags, i))) {
        t.pos = EventPos::kVerb;
        added.push_back(t);
      }
    }
  }
  if (!added.empty()) {
    triggers->insert(triggers->end(), added.begin(), added.end());
    std::sort(triggers->begin(), triggers->end(), [](const Trigger& a, const Trigger& b) { return a.token < b.token; });
  }
  // The verbs that read as nouns: an event noun of the dictionaries ("the strike") becomes one; another is
  // no event ("tear gas", "riot police").
  {
    std::vector<uint8_t> noun(triggers->size(), 0);
    for (size_t k = 0; k < triggers->size(); ++k)
      noun[k] = (*triggers)[k].pos == EventPos::kVerb ? NounReading(lower, words, *triggers, k)
                                                      : Modifier(lower, words, *triggers, k) ? 2 : 0;
    size_t kept = 0;
    for (size_t k = 0; k < triggers->size(); ++k) {
      Trigger t = (*triggers)[k];
      if (noun[k] == 2) continue;
      if (noun[k]) {
        auto c = coder.CodeNoun(lower, t.token, &scratch->coder, hashes.data());
        if (!c || c->code.empty()) continue;
        t.pos = EventPos::kNoun;
      }
      (*triggers)[kept++] = t;
    }
    triggers->resize(kept);
  }
}

}  // namespace newsgraph::events
