// The working memory of the events readers for one thread: the trigger tagger's cache of word-type scores, the
// coder's cache of verb forms and its pattern window, and buffers for verb stems. The pipeline keeps one in each
// Workspace (core/workspace.h); a tool that reads events on several threads keeps one per thread. Reused from one
// document to the next; a Scratch may serve several taggers and coders in turn (each cache notes whose it is).
//
// Thread safety: one thread at a time.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "events/cameo.h"
#include "pos/tagger.h"

namespace newsgraph::events {

class TriggerWorkspace;  // events/trigger_tagger.cc

struct Scratch {
  Scratch();
  ~Scratch();
  Scratch(Scratch&&) noexcept;
  Scratch& operator=(Scratch&&) noexcept;

  std::unique_ptr<TriggerWorkspace> tagger;  // made on first use by TriggerTagger
  CoderScratch coder;
  std::vector<std::string> stems;  // VerbLexicon::Lemmas of one word
  std::vector<uint64_t> lower_hashes;  // util::HashString of each lower-case token (AddDictionaryTriggers)
  // The parts of speech a TriggerTagger finds itself when its caller gives none (a model trained with them).
  pos::Scratch pos;
  std::vector<pos::Upos> tags;
};

}  // namespace newsgraph::events
