// Article extraction: the body text of a news page, its paragraphs and its metadata.
//
//   newsgraph::input::HtmlSource source;
//   source.http_charset = "utf-8";                       // from the HTTP response, if any
//   source.url = "https://example.com/2019/11/19/x.html";
//   auto article = newsgraph::input::ExtractArticle(page_bytes, source);
//   if (article.ok()) std::cout << article->text;        // one block a paragraph, paragraphs split by a blank line
//
// How the body is found (docs/HTML.md has the reasons): the page is decoded (html_encoding.h) and parsed
// (html_parse.h); elements that never hold article text (scripts, forms, navigation, hidden elements) are set aside;
// the rest is cut into text blocks, one per block-level element, and each block gets a value from its text length,
// link density and sentence punctuation. The article's container is the element whose blocks add up to the highest
// value, its class and id words (article-body, story, comments, related...) weighing in; inside it, blocks that read
// as boilerplate (share and follow widgets, bylines and datelines, photo credits and captions, promotions, link
// lists) are dropped. Every paragraph keeps the byte range of the HTML element it came from.
//
// Thread-safe: no shared mutable state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph::input {

enum class BlockKind : uint8_t { kParagraph, kHeading, kListItem, kQuote, kTableRow, kPreformatted };
const char* BlockKindName(BlockKind kind);

struct ArticleParagraph {
  uint32_t start = 0, end = 0;            // [start, end) in Article::text
  uint32_t html_start = 0, html_end = 0;  // [start, end) of the element it came from, in the page's bytes as given
  BlockKind kind = BlockKind::kParagraph;
};

struct ArticleMetadata {
  std::string title;
  std::string published;      // ISO 8601 as found: "2019-11-19", "2019-11-19T10:02:00-05:00"
  std::optional<Date> date;   // the calendar date of `published`
  std::string date_source;    // where it was found: "json-ld", "meta", "time", "url", "text"
  std::vector<std::string> authors;
  std::string site;
  std::string canonical_url;
  std::string url;            // as given in HtmlSource
  std::string section;
  std::string description;
  std::string language;       // ISO 639-1 (or CLD2's code) of the body text; "" when unknown
  std::string declared_language;  // <html lang> / content-language as written
};

struct Article {
  std::string text;  // valid UTF-8; blocks are separated by a blank line, lines inside a block ("<br>") by '\n'
  std::vector<ArticleParagraph> paragraphs;
  ArticleMetadata metadata;
  std::string charset;         // the charset the page was read in
  std::string charset_source;  // "http", "meta", "bom", "detected", "utf-8 bytes", "default"
  bool language_reliable = false;
};

struct HtmlSource {
  std::string_view http_charset;  // the HTTP Content-Type (or its charset), "" if unknown
  std::string_view url;           // the page's address, "" if unknown
};

struct ArticleOptions {
  size_t max_bytes = 64u << 20;   // larger pages are refused (kTooLarge)
  size_t max_nodes = 4'000'000;   // elements and text nodes parsed at most
  bool detect_language = true;
};

// Errors: kTooLarge over max_bytes; kInvalidArgument for bytes that are not a page (binary content: NUL-dense or
// control-dense data). A page without article text gives an Article with empty text, not an error.
StatusOr<Article> ExtractArticle(std::string_view html, const HtmlSource& source = {},
                                 const ArticleOptions& options = {});

// A report of how the extraction read the page: the container chosen, then every text block with its verdict,
// value, link and text lengths and element path. For developers (`newsgraph eval article --page ID --explain`).
std::string ExplainArticle(std::string_view html, const HtmlSource& source = {}, const ArticleOptions& options = {});

// True when the first bytes look like HTML (a doctype, <html>, <head>, <body> or a few common tags near the start),
// for content detection of inputs whatever their names.
bool LooksLikeHtml(std::string_view bytes);

}  // namespace newsgraph::input
