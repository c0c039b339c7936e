#include "input/html_metadata.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <nlohmann/json.hpp>

#include "input/html_scan.h"

namespace newsgraph::input {
namespace {

using nlohmann::json;

// Whitespace collapsed and trimmed (also no-break spaces).
std::string Squeeze(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const bool nbsp = c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0;
    if (IsHtmlSpace(static_cast<char>(c)) || c == '\v' || nbsp) {
      space = true;
      if (nbsp) ++i;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

int ReadDigits(std::string_view s, size_t* i, size_t count) {
  if (*i + count > s.size()) return -1;
  int v = 0;
  for (size_t k = 0; k < count; ++k) {
    const char c = s[*i + k];
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  *i += count;
  return v;
}

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

// Month number from a name or abbreviation at s[*i] (English), advancing past it; 0 when none.
int ReadMonthName(std::string_view s, size_t* i) {
  size_t j = *i;
  while (j < s.size() && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z')) ++j;
  const std::string_view word = s.substr(*i, j - *i);
  if (word.size() < 3) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (!StartsWithCaseless(word, kMonths[m])) continue;
    static constexpr std::array<std::string_view, 12> kFull = {"january", "february", "march", "april", "may",
                                                               "june", "july", "august", "september", "october",
                                                               "november", "december"};
    if (word.size() == 3 || EqualsCaseless(word, kFull[m]) || (m == 8 && EqualsCaseless(word, "sept"))) {
      *i = j;
      if (*i < s.size() && s[*i] == '.') ++*i;
      return static_cast<int>(m + 1);
    }
  }
  return 0;
}

std::string Two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

// "T10:02:00-05:00" after a date at s[i]: appends the normalised time (and offset) to *out.
void ReadTime(std::string_view s, size_t i, std::string* out) {
  if (i >= s.size() || (s[i] != 'T' && s[i] != ' ')) return;
  ++i;
  const int h = ReadDigits(s, &i, 2);
  if (h < 0 || h > 23 || i >= s.size() || s[i] != ':') return;
  ++i;
  const int m = ReadDigits(s, &i, 2);
  if (m < 0 || m > 59) return;
  int sec = 0;
  if (i < s.size() && s[i] == ':') {
    ++i;
    sec = ReadDigits(s, &i, 2);
    if (sec < 0 || sec > 60) return;
  }
  if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  }
  *out += "T" + Two(h) + ":" + Two(m) + ":" + Two(sec);
  if (i < s.size() && s[i] == 'Z') {
    *out += "Z";
  } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    const char sign = s[i++];
    const int oh = ReadDigits(s, &i, 2);
    if (oh < 0 || oh > 14) return;
    if (i < s.size() && s[i] == ':') ++i;
    int om = ReadDigits(s, &i, 2);
    if (om < 0) om = 0;
    *out += std::string(1, sign) + Two(oh) + ":" + Two(om);
  }
}

std::string Finish(int y, int m, int d, Date* date) {
  if (!Date::IsValid(y, m, d) || y < 1900 || y > 2100) return {};
  *date = Date{y, m, d};
  return date->ToString();
}

std::string AttributeOrText(const HtmlDom& dom, uint32_t n) {
  const std::string_view content = dom.Get(n, Attr::kContent);
  if (!content.empty()) return Squeeze(content);
  return Squeeze(dom.InnerText(n));
}

// What JSON-LD gives.
struct LinkedData {
  std::string headline, published, section, site, url, language;
  std::vector<std::string> authors;
  bool found = false;
};

bool IsArticleType(const json& type) {
  auto check = [](const std::string& t) {
    return t.find("Article") != std::string::npos || t == "BlogPosting" || t == "LiveBlogPosting" ||
           t == "Report" || t == "WebPage" || t == "NewsArticle";
  };
  if (type.is_string()) return check(type.get<std::string>());
  if (type.is_array())
    for (const json& t : type)
      if (t.is_string() && check(t.get<std::string>())) return true;
  return false;
}

std::string StringOf(const json& v) {
  if (v.is_string()) return Squeeze(v.get<std::string>());
  if (v.is_object() && v.contains("name")) return StringOf(v["name"]);
  if (v.is_object() && v.contains("@id") && v["@id"].is_string()) return v["@id"].get<std::string>();
  if (v.is_array() && !v.empty()) return StringOf(v[0]);
  return {};
}

void AddAuthors(const json& v, std::vector<std::string>* authors) {
  if (v.is_array()) {
    for (const json& a : v) AddAuthors(a, authors);
    return;
  }
  std::string name = v.is_object() && v.contains("name") ? StringOf(v["name"]) : (v.is_string() ? StringOf(v) : "");
  if (!name.empty() && name.find("://") == std::string::npos &&
      std::find(authors->begin(), authors->end(), name) == authors->end())
    authors->push_back(std::move(name));
}

void ReadLinkedObject(const json& o, LinkedData* ld, int depth) {
  if (depth > 8) return;
  if (o.is_array()) {
    for (const json& item : o) ReadLinkedObject(item, ld, depth + 1);
    return;
  }
  if (!o.is_object()) return;
  if (o.contains("@graph")) ReadLinkedObject(o["@graph"], ld, depth + 1);
  if (!o.contains("@type") || !IsArticleType(o["@type"])) return;
  const bool is_webpage = o["@type"].is_string() && o["@type"].get<std::string>() == "WebPage";
  // An article beats a WebPage; the first article wins.
  if (ld->found && (is_webpage || !ld->headline.empty())) return;
  if (o.contains("headline")) ld->headline = StringOf(o["headline"]);
  else if (o.contains("name") && !is_webpage) ld->headline = StringOf(o["name"]);
  if (o.contains("datePublished")) ld->published = StringOf(o["datePublished"]);
  else if (o.contains("dateCreated")) ld->published = StringOf(o["dateCreated"]);
  if (o.contains("articleSection")) ld->section = StringOf(o["articleSection"]);
  if (o.contains("publisher")) ld->site = StringOf(o["publisher"]);
  if (o.contains("url")) ld->url = StringOf(o["url"]);
  if (o.contains("inLanguage")) ld->language = StringOf(o["inLanguage"]);
  if (o.contains("author")) {
    ld->authors.clear();
    AddAuthors(o["author"], &ld->authors);
  }
  ld->found = !is_webpage || ld->found;
}

// The page's host name ("www.example.com") from a URL.
std::string HostOf(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  url.remove_prefix(scheme + 3);
  const size_t end = url.find_first_of("/?#:");
  return std::string(url.substr(0, end));
}

std::string NormalizeForCompare(std::string_view s) {
  std::string out;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9'))
      out.push_back(AsciiLowerChar(c));
  return out;
}

// A string value of `key` in text that is not valid JSON ("datePublished": "2019-11-14"), "" when absent.
std::string LooseJsonString(std::string_view text, std::string_view key) {
  const size_t at = text.find("\"" + std::string(key) + "\"");
  if (at == std::string_view::npos) return {};
  size_t i = at + key.size() + 2;
  while (i < text.size() && (IsHtmlSpace(text[i]) || text[i] == ':')) ++i;
  if (i >= text.size() || text[i] != '"') return {};
  const size_t end = text.find('"', i + 1);
  if (end == std::string_view::npos || end - i > 64) return {};
  return std::string(text.substr(i + 1, end - i - 1));
}

// An <h1> that names the site or a section rather than the article: it is (part of) the site's name, or short
// where the other titles are long and it is in none of them.
bool LooksLikeSiteName(const std::string& h1, const std::string& site, const std::string (&candidates)[4]) {
  const std::string h1_key = NormalizeForCompare(h1);
  const std::string site_key = NormalizeForCompare(site);
  if (h1_key.empty()) return true;
  if (!site_key.empty() && (site_key.find(h1_key) != std::string::npos || h1_key.find(site_key) != std::string::npos))
    return true;
  size_t h1_words = 1;
  for (char c : h1) h1_words += c == ' ';
  for (const std::string& c : candidates) {
    if (c.empty()) continue;
    const std::string cleaned = NormalizeForCompare(CleanTitle(c, site));
    if (cleaned.find(h1_key) != std::string::npos && (h1_key.size() * 2 >= cleaned.size() || cleaned.rfind(h1_key, 0) == 0))
      return false;  // confirmed
    if (cleaned.find(h1_key) == std::string::npos && NormalizeForCompare(c).find(h1_key) != std::string::npos)
      return true;  // the h1 is the part of the title that names the site
  }
  size_t other_words = 1;
  const std::string& other = !candidates[0].empty() ? candidates[0] : candidates[3];
  for (char c : other) other_words += c == ' ';
  return h1_words <= 3 && other_words >= 6;
}

}  // namespace

std::string FindDate(std::string_view text, Date* date) {
  for (size_t i = 0; i < text.size() && i < 200; ++i) {
    if (i > 0 && !IsHtmlSpace(text[i - 1]) && text[i - 1] != '|' && text[i - 1] != ',' && text[i - 1] != ':' &&
        text[i - 1] != '(')
      continue;
    std::string found = NormalizeDateTime(text.substr(i), date);
    if (!found.empty()) return found.substr(0, 10);
  }
  return {};
}

std::string NormalizeDateTime(std::string_view text, Date* date) {
  std::string_view s = text;
  while (!s.empty() && IsHtmlSpace(s.front())) s.remove_prefix(1);
  if (s.size() > 80) s = s.substr(0, 80);
  size_t i = 0;
  // ISO 8601 and 2019/11/19.
  if (s.size() >= 8 && s[0] >= '0' && s[0] <= '9') {
    const int y = ReadDigits(s, &i, 4);
    if (y >= 0 && i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
      const char sep = s[i++];
      const int m = ReadDigits(s, &i, 2);
      if (m >= 0 && i < s.size() && s[i] == sep) {
        ++i;
        const int d = ReadDigits(s, &i, 2);
        std::string out = d >= 0 ? Finish(y, m, d, date) : "";
        if (!out.empty()) ReadTime(s, i, &out);
        return out;
      }
    } else if (y >= 0 && i == 4 && s.size() >= 8) {  // 20191119
      const int m = ReadDigits(s, &i, 2);
      const int d = ReadDigits(s, &i, 2);
      if (m >= 0 && d >= 0 && (i >= s.size() || s[i] == 'T' || !(s[i] >= '0' && s[i] <= '9'))) {
        std::string out = Finish(y, m, d, date);
        return out;
      }
    }
    i = 0;
  }
  // Skip a weekday ("Tue, ").
  size_t j = 0;
  while (j < s.size() && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z')) ++j;
  if (j >= 3 && j < s.size() && (s[j] == ',' || s[j] == ' ')) {
    size_t probe = 0;
    if (ReadMonthName(s, &probe) == 0) {
      i = j;
      while (i < s.size() && (s[i] == ',' || s[i] == ' ')) ++i;
    }
  }
  auto skip = [&] {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '.')) ++i;
  };
  // "19 Nov 2019" / "19 November, 2019"
  if (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    size_t k = i;
    int d = ReadDigits(s, &k, 2);
    if (d < 0) {
      k = i;
      d = ReadDigits(s, &k, 1);
    }
    if (d > 0) {
      size_t after = k;
      while (after < s.size() && s[after] == ' ') ++after;
      const int m = ReadMonthName(s, &after);
      if (m > 0) {
        i = after;
        skip();
        const int y = ReadDigits(s, &i, 4);
        if (y >= 0) return Finish(y, m, d, date);
      }
    }
    return {};
  }
  // "November 19, 2019" / "Nov. 19 2019"
  const int m = ReadMonthName(s, &i);
  if (m == 0) return {};
  skip();
  size_t k = i;
  int d = ReadDigits(s, &k, 2);
  if (d < 0) {
    k = i;
    d = ReadDigits(s, &k, 1);
  }
  if (d <= 0) return {};
  i = k;
  while (i < s.size() && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')) ++i;  // 19th
  skip();
  const int y = ReadDigits(s, &i, 4);
  if (y < 0) return {};
  return Finish(y, m, d, date);
}

std::optional<Date> DateFromUrl(std::string_view url) {
  const size_t scheme = url.find("://");
  size_t path = scheme == std::string_view::npos ? 0 : url.find('/', scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  const std::string_view p = url.substr(path, url.find_first_of("?#", path) - path);
  for (size_t i = 0; i + 5 <= p.size(); ++i) {
    if (p[i] != '/' && p[i] != '-' && p[i] != '_') continue;
    size_t k = i + 1;
    const int y = ReadDigits(p, &k, 4);
    if (y < 1990 || y > 2099) continue;
    if (k < p.size() && (p[k] == '/' || p[k] == '-' || p[k] == '_')) {
      ++k;
      size_t k2 = k;
      int m = ReadDigits(p, &k2, 2);
      if (m < 0) {
        k2 = k;
        m = ReadDigits(p, &k2, 1);
      }
      if (m < 1 || m > 12 || k2 >= p.size() || (p[k2] != '/' && p[k2] != '-' && p[k2] != '_')) continue;
      size_t k3 = k2 + 1;
      int d = ReadDigits(p, &k3, 2);
      if (d < 0) {
        k3 = k2 + 1;
        d = ReadDigits(p, &k3, 1);
      }
      if (d < 1 || (k3 < p.size() && p[k3] >= '0' && p[k3] <= '9')) continue;
      if (Date::IsValid(y, m, d)) return Date{y, m, d};
    } else if (k + 4 <= p.size()) {
      size_t k2 = k;
      const int m = ReadDigits(p, &k2, 2);
      const int d = ReadDigits(p, &k2, 2);
      if (m < 1 || d < 1 || (k2 < p.size() && p[k2] >= '0' && p[k2] <= '9')) continue;
      if (Date::IsValid(y, m, d)) return Date{y, m, d};
    }
  }
  return std::nullopt;
}

std::string CleanTitle(std::string_view title, std::string_view site) {
  std::string t = Squeeze(title);
  static constexpr std::string_view kSeparators[] = {" | ", " - ", " – ", " — ", " :: ", " • ", " · "};
  const std::string site_key = NormalizeForCompare(site);
  auto words = [](const std::string& s) { return 1 + std::count(s.begin(), s.end(), ' '); };
  for (std::string_view sep : kSeparators) {
    const bool dash = sep == " – " || sep == " — ";  // dashes also join the parts of a headline
    const size_t at = t.rfind(sep);
    if (at == std::string::npos) continue;
    const std::string head = t.substr(0, at);
    const std::string tail = t.substr(at + sep.size());
    const std::string tail_key = NormalizeForCompare(tail);
    const std::string head_key = NormalizeForCompare(head);
    // The site's name after the separator, or a short tail after a long headline.
    if ((!site_key.empty() && !tail_key.empty() &&
         (site_key.find(tail_key) != std::string::npos || tail_key.find(site_key) != std::string::npos)) ||
        (!dash && words(tail) <= 4 && tail.size() * 3 < head.size()))
      return CleanTitle(head, site);
    // "Site | Headline", "Opinion | Headline"
    if ((!site_key.empty() && !head_key.empty() && site_key.find(head_key) != std::string::npos) ||
        (sep == " | " && words(head) <= 2 && head.size() * 3 < tail.size()))
      return CleanTitle(tail, site);
  }
  return t;
}

ArticleMetadata ReadMetadata(const HtmlDom& dom, std::string_view url) {
  ArticleMetadata meta;
  meta.url = std::string(url);
  LinkedData ld;
  std::string og_title, twitter_title, title_element, h1, og_site, og_url, canonical, meta_section, meta_author;
  std::string meta_date, time_date, description, application_name;
  std::vector<std::string> meta_authors;
  for (uint32_t n = 0; n < dom.size(); ++n) {
    const HtmlNode& node = dom.node(n);
    switch (node.tag) {
      case Tag::kHtml:
        if (meta.declared_language.empty()) meta.declared_language = std::string(dom.Get(n, Attr::kLang));
        break;
      case Tag::kTitle:
        if (title_element.empty()) title_element = Squeeze(dom.InnerText(n));
        break;
      case Tag::kH1:
        if (h1.empty()) h1 = Squeeze(dom.InnerText(n));
        break;
      case Tag::kScript:
        if (StartsWithCaseless(dom.Get(n, Attr::kType), "application/ld+json")) {
          const std::string text = dom.InnerText(n);
          const json j = json::parse(text, nullptr, false);
          if (!j.is_discarded()) ReadLinkedObject(j, &ld, 0);
          else if (ld.published.empty()) ld.published = LooseJsonString(text, "datePublished");  // broken JSON
        }
        break;
      case Tag::kLink: {
        const std::string_view rel = dom.Get(n, Attr::kRel);
        if (EqualsCaseless(rel, "canonical") && canonical.empty()) canonical = Squeeze(dom.Get(n, Attr::kHref));
        break;
      }
      case Tag::kTime:
        if (time_date.empty()) {
          std::string_view dt = dom.Get(n, Attr::kDatetime);
          Date d;
          if (!dt.empty() && !NormalizeDateTime(dt, &d).empty()) time_date = std::string(dt);
        }
        break;
      default:
        break;
    }
    if (node.tag == Tag::kText || node.attr_count == 0) continue;
    // Meta tags and microdata (itemprop on any element).
    std::string_view key = dom.Get(n, Attr::kProperty);
    if (key.empty()) key = dom.Get(n, Attr::kName);
    const std::string_view itemprop = dom.Get(n, Attr::kItemprop);
    if (node.tag == Tag::kMeta) {
      const std::string_view content = dom.Get(n, Attr::kContent);
      if (content.empty()) continue;
      std::string k;
      for (char c : key) k.push_back(AsciiLowerChar(c));
      if (k == "og:title") og_title = Squeeze(content);
      else if (k == "twitter:title") twitter_title = Squeeze(content);
      else if (k == "og:site_name") og_site = Squeeze(content);
      else if (k == "application-name") application_name = Squeeze(content);
      else if (k == "og:url") og_url = Squeeze(content);
      else if (k == "og:description" || (k == "description" && description.empty())) description = Squeeze(content);
      else if (k == "article:section" || k == "section" || k == "parsely-section") {
        if (meta_section.empty()) meta_section = Squeeze(content);
      } else if (k == "author" || k == "article:author" || k == "byl" || k == "parsely-author" ||
                 k == "sailthru.author" || k == "dc.creator") {
        std::string a = Squeeze(content);
        if (StartsWithCaseless(a, "by ")) a = a.substr(3);
        if (!a.empty() && a.find("://") == std::string::npos &&
            std::find(meta_authors.begin(), meta_authors.end(), a) == meta_authors.end())
          meta_authors.push_back(a);
      } else if (meta_date.empty() &&
                 (k == "article:published_time" || k == "og:published_time" || k == "published_time" ||
                  k == "pubdate" || k == "publishdate" || k == "publish-date" || k == "publish_date" ||
                  k == "date" || k == "dc.date" || k == "dc.date.issued" || k == "dcterms.created" ||
                  k == "dcterms.date" || k == "sailthru.date" || k == "parsely-pub-date" ||
                  k == "article.published" || k == "article_date_original" || k == "original-publish-date" ||
                  k == "cxenseparse:recs:publishtime" || k == "datepublished")) {
        meta_date = std::string(content);
      }
      if (EqualsCaseless(dom.Get(n, Attr::kHttpEquiv), "content-language") && meta.declared_language.empty())
        meta.declared_language = Squeeze(content);
      if (EqualsCaseless(itemprop, "datepublished") && meta_date.empty()) meta_date = std::string(content);
    } else if (!itemprop.empty()) {
      if (EqualsCaseless(itemprop, "datepublished") && meta_date.empty()) {
        std::string_view dt = dom.Get(n, Attr::kDatetime);
        meta_date = !dt.empty() ? std::string(dt) : AttributeOrText(dom, n);
      } else if (EqualsCaseless(itemprop, "headline") && og_title.empty() && twitter_title.empty()) {
        twitter_title = AttributeOrText(dom, n);
      }
    }
  }

  // Date: JSON-LD, meta tags, <time>, the URL.
  Date d;
  std::string published;
  const std::pair<const std::string*, const char*> dates[] = {
      {&ld.published, "json-ld"}, {&meta_date, "meta"}, {&time_date, "time"}};
  for (const auto& [text, source] : dates) {
    if (text->empty()) continue;
    published = NormalizeDateTime(*text, &d);
    if (!published.empty()) {
      meta.date_source = source;
      break;
    }
  }
  if (published.empty()) {
    if (auto from_url = DateFromUrl(url)) {
      d = *from_url;
      published = d.ToString();
      meta.date_source = "url";
    }
  }
  if (!published.empty()) {
    meta.published = published;
    meta.date = d;
  }

  meta.site = !og_site.empty() ? og_site : (!ld.site.empty() ? ld.site : application_name);
  if (meta.site.empty()) meta.site = HostOf(url);
  // Title: the headline the page shows (its first <h1>) unless that <h1> is the site's name or a section's; else
  // OpenGraph, JSON-LD, <title>, each cleaned of the site's name.
  const std::string candidates[] = {og_title, ld.headline, twitter_title, title_element};
  if (!h1.empty() && h1.size() < 400 && !LooksLikeSiteName(h1, meta.site, candidates)) meta.title = h1;
  if (meta.title.empty()) {
    for (const std::string& c : candidates) {
      if (!c.empty()) {
        meta.title = CleanTitle(c, meta.site);
        break;
      }
    }
  }
  if (meta.title.empty()) meta.title = h1;
  meta.authors = !ld.authors.empty() ? ld.authors : meta_authors;
  meta.section = !ld.section.empty() ? ld.section : meta_section;
  meta.canonical_url = !canonical.empty() ? canonical : (!og_url.empty() ? og_url : ld.url);
  meta.description = description;
  if (meta.declared_language.empty()) meta.declared_language = ld.language;
  return meta;
}

}  // namespace newsgraph::input
