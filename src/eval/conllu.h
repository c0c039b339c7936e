// Reads CoNLL-U (Universal Dependencies) into documents of raw text with gold token and sentence spans, rebuilding
// the text the way the treebank was written: tokens joined by a space unless SpaceAfter=No, sentences of a
// paragraph by a space, paragraphs and documents by a blank line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph::eval {

struct GoldWord {
  Span span;
  std::string upos;  // universal part of speech
  std::string xpos;  // Penn Treebank tag
};

struct ConlluDocument {
  std::string id;
  std::string text;
  std::vector<GoldWord> words;  // syntactic words; a multiword token whose parts are not substrings counts as one
  std::vector<Span> sentences;
  std::vector<Span> paragraphs;
};

StatusOr<std::vector<ConlluDocument>> ReadConllu(std::string_view content);
StatusOr<std::vector<ConlluDocument>> ReadConlluFile(const std::string& path);

}  // namespace newsgraph::eval
