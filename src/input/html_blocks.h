// The page as text blocks: the tree cut into runs of text that a browser would show as separate blocks (a paragraph,
// a heading, a list item, a table row, the text of a <div>), each with what the article finder weighs: its length,
// how much of it is link text, the element it belongs to and the class/id evidence on the way to it.
// Internal to html_article.cc; separate so that each part stays readable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "input/html_article.h"
#include "input/html_parse.h"

namespace newsgraph::input {

// What an element's class, id, role and itemprop say about it.
enum class Evidence : int8_t {
  kNone = 0,
  kArticle = 1,       // "article-body", "entry-content", itemprop="articleBody"...
  kBoilerplate = -1,  // words that name a whole kind of page furniture: "comments", "related", "sidebar", "footer"
  kWeakBoilerplate = -2,  // words for small things that can also name a wrapper: "share", "byline", "meta", "header"
};

struct NodeFacts {
  uint32_t subtree_end = 0;  // one past the last node of the subtree (nodes are in document order)
  bool skip = false;         // never article text: scripts, forms' controls, navigation, hidden elements
  bool block = false;        // a block-level element: its text is a block of its own
  Evidence evidence = Evidence::kNone;
};

struct TextBlock {
  uint32_t owner = 0;                // the innermost block-level element holding the text
  uint32_t html_begin = 0, html_end = 0;  // in the parsed UTF-8
  std::string text;                  // whitespace collapsed; '\n' between the lines of a <br>
  uint32_t chars = 0;                // characters (code points) that are not spaces
  uint32_t link_chars = 0;           // of which inside <a href>
  uint32_t words = 0;
  uint32_t commas = 0;
  BlockKind kind = BlockKind::kParagraph;
  bool in_figure = false;            // inside <figure>/<figcaption> or a caption
  bool in_header = false;            // inside <header>
  bool in_quote = false;             // inside <blockquote>
  bool ends_sentence = false;        // ends with . ! ? or a closing quotation mark after one
};

// Facts for every node of the tree (index = node index).
std::vector<NodeFacts> ComputeFacts(const HtmlDom& dom);

// The text blocks under `root` (the document, or <body>) in document order, skipping skipped subtrees.
std::vector<TextBlock> CollectBlocks(const HtmlDom& dom, const std::vector<NodeFacts>& facts, uint32_t root);

// Evidence from one element's class/id/role/itemprop (exposed for tests).
Evidence ClassEvidence(const HtmlDom& dom, uint32_t node);

}  // namespace newsgraph::input
