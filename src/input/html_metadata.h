// A news page's metadata: title, publication date and time, authors, site, canonical URL, section, declared language.
// Sources, best first: JSON-LD (schema.org NewsArticle and its kin, also inside @graph), OpenGraph and article:*
// meta tags, other common meta names (Dublin Core, parsely, sailthru), <time datetime>, <title>/<h1>, the URL
// (/2019/11/19/). Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "input/html_article.h"
#include "input/html_parse.h"

namespace newsgraph::input {

// Reads what the page says about itself (not the language of its text: html_language.h).
ArticleMetadata ReadMetadata(const HtmlDom& dom, std::string_view url);

// A date or date-time in the forms pages use: ISO 8601 ("2019-11-19", "2019-11-19T10:02:00-05:00",
// "2019-11-19 10:02:00"), "2019/11/19", RFC 1123 ("Tue, 19 Nov 2019 15:00:00 GMT"), "November 19, 2019",
// "Nov. 19, 2019", "19 November 2019". Returns the ISO 8601 form (date, or date-time with its offset when given) and
// sets *date; "" when the text holds no valid date.
std::string NormalizeDateTime(std::string_view text, Date* date);

// The first date written in a short text ("Updated 1:39 am EST, Wednesday, November 20, 2019"), as YYYY-MM-DD.
std::string FindDate(std::string_view text, Date* date);

// The date in a URL's path: /2019/11/19/, /2019-11-19/, /20191119/ (years 1990..2099); nullopt when none.
std::optional<Date> DateFromUrl(std::string_view url);

// "Headline | Site" -> "Headline": drops a site name joined by | – — - or :: when one part clearly dominates.
std::string CleanTitle(std::string_view title, std::string_view site);

}  // namespace newsgraph::input
