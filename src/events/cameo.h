// CAMEO event coding: the code table (QuadClass, Goldstein score, PLOVER type) and a coder that, given an event
// trigger in its sentence, chooses the most specific CAMEO code from PETRARCH2's verb dictionary (a verb block and
// its patterns: the words the verb's object, prepositional phrases or subject must contain) or, for a nominal
// trigger ("talks", "sanctions"), from a table of event nouns.
//
// The data is compiled by scripts/build_events_data.py into data/events/cameo_*.tsv and compiled into the library;
// other dictionaries in the same format (PETRARCH's unit-test dictionaries) can be parsed from text.
//
//   const newsgraph::events::CameoCoder& coder = newsgraph::events::CameoCoder::Builtin();
//   auto coding = coder.CodeVerb(lower_tokens, trigger, group_begin, clause_end);  // "imposed" ... "sanctions"
//
// Thread safety: a CameoCoder is immutable after construction; its methods may be called from many threads.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/status.h"
#include "util/hash_map.h"

namespace newsgraph::events {

struct CameoCode {
  std::string code;         // "0311"
  int quad_class = 0;       // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
  float goldstein = 0;      // -10 (conflict) .. +10 (cooperation)
  std::string plover;       // PLOVER type (2021 table), empty for codes without one
  std::string plover_mode, plover_context;
  std::string description;
};

class CameoCodes {
 public:
  // "code\tquad\tgoldstein\tplover\tmode\tcontext\tdescription" lines (data/events/cameo_codes.tsv).
  Status Parse(std::string_view content);
  // The code, or for an unknown sub-code its nearest known parent ("0431" -> "043"); nullptr for none.
  const CameoCode* Find(std::string_view code) const;
  static const CameoCodes& Builtin();

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

// The outcome of coding one trigger.
struct Coding {
  std::string code;          // the event, source acting on target; empty when only `reverse` holds
  std::string reverse;       // the paired event, target acting on source ("042:043": a visit is also hosted)
  std::string block;         // the verb block or noun entry that matched
  int pattern_words = 0;     // words of the pattern that matched (0: the block's default code)
  uint32_t verb_end = 0;     // one past the trigger's last token (a phrasal verb: "called off")
  bool particle = false;     // the pattern is a particle alone ("come (to)"): it says nothing of the object
};

// CAMEO's "express intent" codes: an action announced rather than done ("will provide aid", "agreed to withdraw",
// "ready to meet") is coded as the intent to do it (root 03: 033, 0356, 036 ...) and a conflict action as the threat
// of it (root 13: 1312, 138 ...). The code unchanged when it has no intent form (statements, demands, protests).
std::string IntentCode(std::string_view code);
// CAMEO's threat codes (root 13): a conflict action threatened keeps its kind (1312, 138 ...), any other is 130.
std::string ThreatCode(std::string_view code);
// CAMEO's demand codes (root 10): "X said Y must release the prisoners" is X demanding (1053) of Y.
std::string DemandCode(std::string_view code);
// CAMEO's rejection codes (root 12): "refused to release", "will not lift the sanctions" (1243, 1244 ...); empty for
// a conflict action, whose refusal is no event.
std::string RejectCode(std::string_view code);

// CodeVerb's working memory (a part of events::Scratch): the dictionary entries of the verb forms it has seen (the
// same verbs come back all the time; keyed by the form's hash, null for a form in no block), and its pattern window.
struct CoderScratch {
  const void* owner = nullptr;  // the coder whose entries `entries` holds
  util::HashMap64<const void*> entries;  // a verb form's dictionary entries (cameo.cc)
  std::vector<std::string> stems;
  // The words around the verb a pattern may match: stems, indexed by token - first; empty for the verb group.
  struct Window {
    std::vector<std::string_view> stems;
    size_t first = 0;
    bool Has(size_t token, std::string_view word) const {
      return token >= first && token - first < stems.size() && !stems[token - first].empty() &&
             stems[token - first] == word;
    }
  } window;
  std::vector<uint32_t> candidates;
  std::vector<std::string_view> rewritten;  // CodeNoun: a nominalization's words with its verb in its place
};

class CameoCoder {
 public:
  // `verbs`: cameo_verbs.tsv content; `nouns`: "noun\tcode" lines (data/events/cameo_nouns.tsv: also nominalizations
  // "noun\t=verb"; and a verb's own code, which replaces the dictionary's when no pattern matches: "verb:reject\t120"
  // for a verb whose block codes nothing, "verb:think\t---" for one whose block code does not fit it alone, "verb:walk
  // out\t143"; with a third field, a verb the dictionary lacks is added to that block: "verb:urge\t020\tdemand";
  // and patterns of ours for a block, read with the dictionary's: "pattern:exclude\tadoption\t129\tblock", the
  // words after the verb, the code, the verb they are written for); may be empty. Errors: kCorrupt (a bad line, an unknown block).
  static StatusOr<std::unique_ptr<CameoCoder>> Create(std::string_view verbs, std::string_view nouns);
  // The coder over the compiled-in production dictionaries (PETRARCH2 CAMEO.2.0 and newsgraph's event nouns).
  static const CameoCoder& Builtin();
  ~CameoCoder();

  // Codes a verbal trigger: `lower` holds the sentence's tokens in lower case (events::NormalizedLower), `trigger`
  // indexes it, `group_begin` is where its verb group starts (auxiliaries before it are not pattern words) and
  // patterns look for words after the trigger up to `clause_end`. nullopt when the verb is in no block or its block
  // codes nothing ("---") and no pattern matches.
  std::optional<Coding> CodeVerb(const std::vector<std::string_view>& lower, size_t trigger, size_t group_begin,
                                 size_t clause_end, CoderScratch* scratch) const;
  // What CodeVerb(lower, trigger, group_begin, clause_end, scratch) says of the verb before its patterns are read:
  // kNo (nullopt, whatever the words around it), kYes (a coding, whatever they are: the verb's code and every pattern
  // of its block are codes), kPatterns (the patterns decide: call CodeVerb). For a caller that only asks whether the
  // verb codes anything, for every word of a document (events/dictionary_triggers.cc).
  enum class VerbCodes : uint8_t { kNo, kYes, kPatterns };
  // `hashes`: util::HashString of each word of `lower`, for a caller that asks about every word (the words' hashes
  // made once, not at each question); null to hash the words asked about.
  VerbCodes CodesVerb(const std::vector<std::string_view>& lower, size_t trigger, size_t group_begin,
                      CoderScratch* scratch, const uint64_t* hashes = nullptr) const;
  // Codes a nominal trigger ("summit", "sanctions", "air strike" as its last word). `hashes` as for CodesVerb.
  std::optional<Coding> CodeNoun(const std::vector<std::string_view>& lower, size_t trigger,
                                 CoderScratch* scratch, const uint64_t* hashes = nullptr) const;

  size_t verb_forms() const;
  size_t patterns() const;

 private:
  CameoCoder();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsgraph::events
