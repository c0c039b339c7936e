// What a block's words say about it, whatever its markup: page furniture ("Advertisement", "Share"), bylines,
// date lines, promotions ("Sign up for our newsletter", "Follow us on Twitter"). English phrases, since the pages
// these lines come from are mostly English; a line in another language is simply not recognised (and kept).
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::input {

// Letters and digits only, lower case: "Share this article!" -> "sharethisarticle".
std::string LetterKey(std::string_view text);

// A line that is page furniture wherever it stands: "Advertisement", "Share", "Continue reading the main story".
bool IsFurnitureLine(std::string_view text);

// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by ...": a byline (kept as metadata, not body text).
bool IsBylineLine(std::string_view text, uint32_t words);

// A line made of a date and time and the words around them ("Updated 1:39 am EST, Wednesday, November 20, 2019",
// "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: ...", "11.14.2019 09:00 AM"). `strict` (away from the article's
// start) requires a time or an "updated"/"published" word, so that a date standing as content stays.
bool IsDateLine(std::string_view text, bool strict);

// A call to subscribe, follow, share, download, contact or read elsewhere; `strong_only` limits it to phrases that
// are promotions wherever they stand (subscribe, newsletter, sign up, all rights reserved).
bool IsPromoLine(std::string_view text, bool strong_only);

}  // namespace newsgraph::input
