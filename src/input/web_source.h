// Web pages as batch inputs (include/newsgraph/batch.h): page items for the file and JSON Lines sources, ReadPage
// (the article of a page item, on a worker thread) and the WARC source (OpenWarc).
#pragma once

#include <string>

#include "input/html_article.h"
#include "newsgraph/batch.h"

namespace newsgraph::input {

// Makes *item a page item holding `html` (its text cleared): the article is found later by ReadPage. `content_type`
// is the HTTP Content-Type, "" if unknown; the item's bytes become the page's size.
void SetPage(SourceItem* item, std::string html, std::string content_type, const SourceOptions& options);

}  // namespace newsgraph::input
