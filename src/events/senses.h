// WordNet supersenses of English words (data/events/wordnet-senses.tsv, built by scripts/build_events_data.py from
// WordNet 3.0): for each word, the lexicographer file of its most frequent noun, verb and adjective sense (noun.act,
// noun.event, verb.communication ...) and the set of lexicographer files of all its senses. The event-trigger model
// carries a copy; "an earthquake" and "a visit" are events, "a house" is not.
//
// Immutable after loading; safe to share between threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "ner/binary_io.h"
#include "ner/lexicon.h"
#include "newsgraph/status.h"
#include "util/word_table.h"

namespace newsgraph::events {

class SenseLexicon {
 public:
  struct Senses {
    int8_t noun = -1, verb = -1, adjective = -1;  // lexicographer file of the first sense, -1 for none
    uint64_t mask = 0;                            // bit f: some sense is in lexicographer file f
  };

  // Lines "word\tnoun\tverb\tadjective\thexmask" or "form\t=base"; '#' comment lines. Errors: kCorrupt with the line.
  Status Parse(std::string_view content);
  // The senses of a lower-case word, or nullptr.
  const Senses* Find(std::string_view lower) const;
  size_t size() const { return words_.size(); }

  void Write(ner::BinaryWriter* out) const;
  Status Read(ner::BinaryReader* in);

 private:
  util::WordTable<Senses> words_;
};

}  // namespace newsgraph::events
