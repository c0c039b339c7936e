#include "input/html_lines.h"

#include <array>
#include <vector>

#include "input/html_metadata.h"
#include "input/html_scan.h"

namespace newsgraph::input {
namespace {

// Lines that are page furniture wherever they stand (as LetterKey).
constexpr std::string_view kFurniture[] = {
    "advertisement", "advertisementcontinuereadingthemainstory", "continuereadingthemainstory", "continuereading",
    "readmore", "sharethisarticle", "sharethis", "share", "tweet", "email", "print", "comments", "comment",
    "relatedarticles", "related", "relatednews", "relatedstories", "sponsored", "storycontinuesbelow",
    "storycontinuesbelowadvertisement", "articlecontinuesbelow", "advertisementscrolltocontinuewithcontent",
    "scrolltocontinuewithcontent", "ad", "advert", "skipadvert", "shareonfacebook", "shareontwitter", "facebook",
    "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "copylink", "loading", "close", "menu", "search",
    "dontmiss", "more", "tldr", "sharingiscaring", "recommended", "trending", "popular", "mostpopular", "mostread",
    "readnext", "upnext", "watchnext", "iklan", "publicidade", "publicidad", "anzeige", "werbung", "pubblicita",
};

// Promotions wherever they stand.
constexpr std::string_view kStrongPromo[] = {
    "subscribe to", "subscribe now", "subscribe today", "subscribe for", "subscribe here", "newsletter",
    "sign up for", "sign up to", "sign up now", "sign up here", "all rights reserved", "click here",
    "download the app", "get the app", "follow us", "sharing is caring",
};

// Promotions and credits when they open or close the article.
constexpr std::string_view kEdgePromo[] = {
    "subscribe to", "subscribe now", "subscribe today", "subscribe for", "subscribe here", "newsletter",
    "sign up for", "sign up to", "sign up now", "sign up here", "all rights reserved", "click here",
    "download the", "get the app", "follow us", "follow him", "follow her", "follow them", " on twitter",
    " on facebook", " on instagram", "copyright", "\xC2\xA9", "have a tip", "tips@", "contact us", "listen to",
    "reporting by", "editing by", "writing by", "originally appeared", "originally published", "read more",
    "more great", "related:", "see also", "don't miss", "don\xE2\x80\x99t miss", "you might also like",
    "you may also like", "more from", "more stories", "email us", "let us know", "what do you think",
    "tell us what", "leave a comment", "join the conversation", "become a member", "support our", "donate",
    "sharing is caring",
};

bool ContainsLower(const std::string& lower, const std::string_view* phrases, size_t count) {
  for (size_t i = 0; i < count; ++i)
    if (lower.find(phrases[i]) != std::string::npos) return true;
  return false;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLowerChar(c);
  return out;
}

bool IsWordChar(char c) {
  return static_cast<unsigned char>(c) >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
}

constexpr std::string_view kDateWords[] = {
    "updated", "published", "posted", "last", "modified", "first", "on", "at", "am", "pm", "a.m", "p.m", "est", "edt",
    "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "ist", "cet", "cest", "et", "pt", "ct", "date",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "hours", "hour", "ago", "minutes", "min", "mins", "read", "time",
};

bool IsDateWord(std::string_view lower_word) {
  for (std::string_view w : kDateWords)
    if (w == lower_word) return true;
  return false;
}

}  // namespace

std::string LetterKey(std::string_view text) {
  std::string out;
  for (char c : text)
    if (IsWordChar(c)) out.push_back(AsciiLowerChar(c));
  return out;
}

bool IsFurnitureLine(std::string_view text) {
  if (text.size() > 64) return false;
  const std::string key = LetterKey(text);
  for (std::string_view f : kFurniture)
    if (key == f) return true;
  return false;
}

bool IsBylineLine(std::string_view text, uint32_t words) {
  if (words > 12 || text.size() > 120) return false;
  const std::string lower = Lower(text.substr(0, 12));
  size_t name = 0;
  for (std::string_view prefix : {"by ", "by\n", "written by ", "words by ", "posted by "})
    if (lower.rfind(prefix, 0) == 0) name = prefix.size();
  if (name == 0 || name >= text.size()) return false;
  // A name follows ("By Jane Doe"), not a phrase ("By the end of the day"); a whole sentence is no byline.
  const unsigned char first = static_cast<unsigned char>(text[name]);
  if (!((first >= 'A' && first <= 'Z') || first >= 0x80)) return false;
  const char last = text.back();
  return words <= 6 || (last != '.' && last != '!' && last != '?');
}

bool IsDateLine(std::string_view text, bool strict) {
  if (text.size() > 120) return false;
  // Words: runs of letters or digits; a run of digits with ':' inside is a time.
  const std::string lower = Lower(text);
  int words = 0, date_words = 0, numbers = 0, others = 0;
  bool time = false, year = false, compact = false, keyword = false, month = false;
  size_t i = 0;
  while (i < lower.size()) {
    if (!IsWordChar(lower[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    bool digits = true;
    while (j < lower.size() && (IsWordChar(lower[j]) || (digits && (lower[j] == ':' || lower[j] == '.') &&
                                                         j + 1 < lower.size() && lower[j + 1] >= '0' &&
                                                         lower[j + 1] <= '9'))) {
      if (!(lower[j] >= '0' && lower[j] <= '9') && lower[j] != ':' && lower[j] != '.') digits = false;
      ++j;
    }
    const std::string_view w = std::string_view(lower).substr(i, j - i);
    ++words;
    if (digits) {
      ++numbers;
      if (w.find(':') != std::string_view::npos) time = true;
      if (w.size() == 4 && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20")) year = true;
      if (w.size() >= 8 && w.find('.') != std::string_view::npos) compact = true;  // 2019.11.19, 11.14.2019
    } else if (w.size() > 2 && w.size() <= 4 && w[0] >= '0' && w[0] <= '9' &&
               (w.substr(w.size() - 2) == "st" || w.substr(w.size() - 2) == "nd" || w.substr(w.size() - 2) == "rd" ||
                w.substr(w.size() - 2) == "th")) {
      ++numbers;  // 19th
    } else if (IsDateWord(w)) {
      ++date_words;
      if (w == "updated" || w == "published" || w == "posted" || w == "modified") keyword = true;
      if (w.size() >= 3 && std::string_view("janfebmaraprmayjunjulaugsepoctnovdec").find(w.substr(0, 3)) % 3 == 0 &&
          std::string_view("janfebmaraprmayjunjulaugsepoctnovdec").find(w.substr(0, 3)) != std::string_view::npos)
        month = true;
    } else {
      ++others;
    }
    i = j;
  }
  if (words == 0 || words > 16) return false;
  // 2019-11-19 and 11/19/2019 are read as three numbers: a year among them with separators makes a compact date.
  if (year && numbers >= 3 && others == 0 && date_words == 0 && words <= 4) compact = true;
  if (!(compact || (month && numbers > 0) || (time && (keyword || year || numbers >= 2)) || (keyword && year)))
    return false;
  if (others > 3 || others * 3 > words) return false;
  if (strict && !time && !keyword) return false;
  return true;
}

bool IsPromoLine(std::string_view text, bool strong_only) {
  if (text.size() > 600) return false;
  const std::string lower = Lower(text);
  if (strong_only) return ContainsLower(lower, kStrongPromo, std::size(kStrongPromo));
  return ContainsLower(lower, kEdgePromo, std::size(kEdgePromo));
}

}  // namespace newsgraph::input
