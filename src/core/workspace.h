// The per-thread working memory of a Pipeline: the document's words as the language floor reads them (read once,
// for every stage that reads English), each stage's scratch, reused from one document to the next so that a
// document costs no allocation once the buffers have grown, and the hand-over area where a stage leaves what a later
// resolution step needs (cleared for every document). A Pipeline keeps a pool of them (one per thread that has
// called Analyze); a Workspace is used by one thread at a time and belongs to one Pipeline (its NER cache holds
// that pipeline's model weights).
#pragma once

#include <string_view>
#include <vector>

#include "entities/resolver.h"
#include "events/extractor.h"
#include "lang/words.h"
#include "ner/tagger.h"
#include "ner/workspace.h"
#include "quotes/quotes.h"

namespace newsgraph::internal {

struct Workspace {
  // The words of the document (lang/words.h), read by StartDocument with the segmentation: the quotation and events
  // stages read them (part of kSegmentation; the quotation stage notes its quotations in them, part of kQuotes).
  lang::Words words;

  // Scratch of the stages.
  ner::NerInput ner_input;
  std::vector<ner::NerEntity> ner_entities;
  ner::NerWorkspace ner;
  quotes::Scratch quotes;
  events::ExtractorScratch events;

  // Hand-over: the entity stage's links, for the linking step.
  entities::EntityLinks entity_links;

  // `analysis` holds the segmentation of `text`; both must outlive the document's stages.
  void StartDocument(std::string_view text, const Analysis& analysis, const lang::Lexicon& english) {
    if (words.capacity() > (size_t{1} << 20)) words = lang::Words();  // a huge document gives its memory back
    words.Read(text, analysis, english);
    entity_links.mention_entity.clear();
    entity_links.speaker_entity.clear();
  }
};

}  // namespace newsgraph::internal
