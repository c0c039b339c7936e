// HTML input: charsets, the parser's element ranges, article extraction on a hand-written news page, metadata, and
// hostile pages (truncated, binary, deeply nested, huge, wrongly declared).
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "input/html_article.h"
#include "input/html_encoding.h"
#include "input/html_lines.h"
#include "input/html_metadata.h"
#include "input/html_parse.h"
#include "newsgraph/text.h"
#include "test_util.h"

namespace newsgraph::input {
namespace {

using newsgraph::testing::ReadFileOrDie;
using newsgraph::testing::SourcePath;

std::string Fixture() { return ReadFileOrDie(SourcePath("tests/fixtures/html/harbour-bridge.html")); }

TEST(HtmlArticle, HandWrittenNewsPageGolden) {
  const std::string html = Fixture();
  auto article = ExtractArticle(html, {.http_charset = "", .url = "https://www.coastalcourier.example/x"});
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  const std::string expected = ReadFileOrDie(SourcePath("tests/fixtures/html/harbour-bridge.expected.txt"));
  EXPECT_EQ(article->text + "\n", expected);
  // Furniture stays out: cookie banner, navigation, byline, caption, share widget, newsletter box, related stories,
  // comments, footer.
  for (const char* absent : {"cookies", "Sport", "By Mara", "18,000 vehicles", "Share on Facebook", "newsletter",
                             "Ferry timetable", "rusty", "All rights reserved", "Follow us", "Most read",
                             "Advertisement", "Drivers face"})
    EXPECT_EQ(article->text.find(absent), std::string::npos) << absent;
}

TEST(HtmlArticle, ParagraphsPointIntoTheTextAndTheirElements) {
  const std::string html = Fixture();
  auto article = ExtractArticle(html);
  ASSERT_TRUE(article.ok());
  ASSERT_GE(article->paragraphs.size(), 10u);
  size_t previous_end = 0;
  for (const ArticleParagraph& p : article->paragraphs) {
    ASSERT_LE(p.start, p.end);
    ASSERT_LE(p.end, article->text.size());
    EXPECT_GE(p.start, previous_end);
    previous_end = p.end;
    ASSERT_LT(p.html_start, p.html_end);
    ASSERT_LE(p.html_end, html.size());
    // The element's bytes hold the paragraph's longest plain word.
    const std::string text = article->text.substr(p.start, p.end - p.start);
    std::string longest, word;
    for (char c : text + " ") {
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        word += c;
      } else {
        if (word.size() > longest.size()) longest = word;
        word.clear();
      }
    }
    const std::string element = html.substr(p.html_start, p.html_end - p.html_start);
    EXPECT_NE(element.find(longest), std::string::npos) << longest << " in " << element;
  }
  // The first paragraph is exactly its <p> element.
  const ArticleParagraph& first = article->paragraphs[0];
  const std::string element = html.substr(first.html_start, first.html_end - first.html_start);
  EXPECT_EQ(element.substr(0, 13), "<p>PORT ELLEN");
  EXPECT_EQ(element.substr(element.size() - 4), "</p>");
  // "<br>" makes lines inside one paragraph; a table row is one line with its cells.
  EXPECT_NE(article->text.find("walkway:\nMonday to Friday: 6am to 11pm\nWeekends"), std::string::npos);
  EXPECT_NE(article->text.find("Cable survey | 18 March to 29 March | Both closed"), std::string::npos);
  int headings = 0, items = 0, rows = 0, quotes = 0;
  for (const ArticleParagraph& p : article->paragraphs) {
    headings += p.kind == BlockKind::kHeading;
    items += p.kind == BlockKind::kListItem;
    rows += p.kind == BlockKind::kTableRow;
    quotes += p.kind == BlockKind::kQuote;
  }
  EXPECT_EQ(headings, 1);
  EXPECT_EQ(items, 3);
  EXPECT_EQ(rows, 3);
  EXPECT_EQ(quotes, 2);
}

TEST(HtmlArticle, Metadata) {
  auto article = ExtractArticle(Fixture(), {.http_charset = "", .url = "https://www.coastalcourier.example/x"});
  ASSERT_TRUE(article.ok());
  const ArticleMetadata& m = article->metadata;
  EXPECT_EQ(m.title, "Harbour bridge to close for repairs until spring");
  EXPECT_EQ(m.published, "2024-03-12T08:15:00+00:00");
  ASSERT_TRUE(m.date.has_value());
  EXPECT_EQ(m.date->ToString(), "2024-03-12");
  EXPECT_EQ(m.date_source, "json-ld");
  ASSERT_EQ(m.authors.size(), 2u);
  EXPECT_EQ(m.authors[1], "Tom Okafor");
  EXPECT_EQ(m.site, "The Coastal Courier");
  EXPECT_EQ(m.section, "Local news");
  EXPECT_EQ(m.canonical_url, "https://www.coastalcourier.example/news/2024/03/12/harbour-bridge-repairs");
  EXPECT_EQ(m.language, "en");
  EXPECT_EQ(m.declared_language, "en-GB");
  EXPECT_EQ(article->charset, "utf-8");
  EXPECT_EQ(article->charset_source, "meta");
}

TEST(HtmlMetadata, DatesInTheFormsPagesUse) {
  Date d;
  EXPECT_EQ(NormalizeDateTime("2019-11-19T10:02:00-05:00", &d), "2019-11-19T10:02:00-05:00");
  EXPECT_EQ(NormalizeDateTime("2019-11-19T10:02:00.000Z", &d), "2019-11-19T10:02:00Z");
  EXPECT_EQ(NormalizeDateTime("2019-11-19 10:02", &d), "2019-11-19T10:02:00");
  EXPECT_EQ(NormalizeDateTime("2019/11/19", &d), "2019-11-19");
  EXPECT_EQ(NormalizeDateTime("20191119", &d), "2019-11-19");
  EXPECT_EQ(NormalizeDateTime("Tue, 19 Nov 2019 15:00:00 GMT", &d), "2019-11-19");
  EXPECT_EQ(NormalizeDateTime("November 19, 2019", &d), "2019-11-19");
  EXPECT_EQ(NormalizeDateTime("Nov. 19th 2019", &d), "2019-11-19");
  EXPECT_EQ(NormalizeDateTime("19 Sept 2019", &d), "2019-09-19");
  EXPECT_EQ(d.ToString(), "2019-09-19");
  EXPECT_EQ(NormalizeDateTime("2019-02-30", &d), "");
  EXPECT_EQ(NormalizeDateTime("yesterday", &d), "");
  EXPECT_EQ(NormalizeDateTime("", &d), "");
}

TEST(HtmlMetadata, DateFromUrlAndCleanTitle) {
  EXPECT_EQ(DateFromUrl("https://x.com/2019/11/19/story.html")->ToString(), "2019-11-19");
  EXPECT_EQ(DateFromUrl("https://x.com/news/2019-11-19-story")->ToString(), "2019-11-19");
  EXPECT_EQ(DateFromUrl("https://x.com/a/20191119/story")->ToString(), "2019-11-19");
  EXPECT_FALSE(DateFromUrl("https://x.com/2019/11/story").has_value());
  EXPECT_FALSE(DateFromUrl("https://x.com/id/123456789").has_value());
  EXPECT_EQ(CleanTitle("Harbour bridge to close | The Coastal Courier", "The Coastal Courier"), "Harbour bridge to close");
  EXPECT_EQ(CleanTitle("Courier - Harbour bridge to close for repairs", "Courier"), "Harbour bridge to close for repairs");
  EXPECT_EQ(CleanTitle("Left - right", ""), "Left - right");
}

TEST(HtmlEncoding, DeclaredWindows1252IsConvertedAndMapped) {
  // "café" in windows-1252: é is one byte 0xE9.
  const std::string html =
      "<html><head><meta charset=\"windows-1252\"></head><body><article><p>Le caf\xE9 est ouvert depuis ce matin "
      "et les clients sont nombreux \x96 tr\xE8s nombreux.</p><p>Le patron est content de la journ\xE9" "e.</p>"
      "</article></body></html>";
  auto article = ExtractArticle(html);
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->charset, "windows-1252");
  EXPECT_EQ(article->charset_source, "meta");
  EXPECT_NE(article->text.find("caf\xC3\xA9 est ouvert"), std::string::npos);
  EXPECT_NE(article->text.find("\xE2\x80\x93 tr\xC3\xA8s"), std::string::npos);  // en dash, è
  ASSERT_EQ(article->paragraphs.size(), 2u);
  // Element ranges index the bytes as given, not the UTF-8 copy.
  const ArticleParagraph& second = article->paragraphs[1];
  EXPECT_EQ(html.substr(second.html_start, 6), "<p>Le ");
  EXPECT_EQ(html.substr(second.html_end - 4, 4), "</p>");
}

TEST(HtmlEncoding, WrongDeclarationsFollowTheBytes) {
  // Declared Latin-1, but the bytes are UTF-8.
  const std::string utf8 = "<meta charset=iso-8859-1><p>Zo\xC3\xAB en Ren\xC3\xA9 gingen naar huis.</p>";
  auto a = DecodeHtml(utf8, "");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->charset, "utf-8");
  EXPECT_EQ(a->source, CharsetSource::kUtf8Bytes);
  EXPECT_EQ(a->text(), utf8);  // no copy needed
  // Declared UTF-8 in HTTP, but the bytes are Latin-1: the detector reads them.
  const std::string latin1 =
      "<p>Le mus\xE9" "e a rouvert ses portes apr\xE8s des ann\xE9" "es de travaux, \xE0 la joie des visiteurs "
      "qui attendaient ce moment depuis longtemps. L'\xE9t\xE9 sera charg\xE9.</p>";
  auto b = DecodeHtml(latin1, "text/html; charset=UTF-8");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->source, CharsetSource::kDetected);
  EXPECT_NE(b->text().find("mus\xC3\xA9" "e"), std::string_view::npos) << b->charset;
  // A BOM decides; UTF-16 is converted with an exact map.
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("<p>Hi</p>")) utf16 += std::string{c, '\0'};
  auto c = DecodeHtml(utf16, "");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->text(), "<p>Hi</p>");
  EXPECT_EQ(c->ToOriginal(3), 8u);  // 'H' is the fourth code unit after the two-byte mark
  EXPECT_EQ(CharsetFromContentType("text/html; charset=\"Shift_JIS\""), "shift_jis");
  EXPECT_EQ(NormalizeCharset("latin1"), "windows-1252");
}

TEST(HtmlEncoding, InvalidUtf8AndNulBytesAreRepaired) {
  std::string html = "<p>ok \xFF\xFE bad</p><p>nul";
  html += '\0';
  html += "byte</p>";
  auto d = DecodeHtml(html, "utf-8");
  ASSERT_TRUE(d.ok());
  EXPECT_TRUE(IsValidUtf8(d->text()));
  EXPECT_EQ(d->text().find('\0'), std::string_view::npos);
  // Offsets after the repaired bytes still lead back to the original '<'.
  const size_t second = d->text().find("<p>nul");
  ASSERT_NE(second, std::string_view::npos);
  EXPECT_EQ(html.substr(d->ToOriginal(static_cast<uint32_t>(second)), 6), "<p>nul");
}

TEST(HtmlParse, ElementRangesAndImpliedEnds) {
  const std::string html = "<html><body><div id=a><p>one<p>two</div><UL><li>x<li>y</UL></body></html>";
  auto dom = ParseHtml(html);
  ASSERT_TRUE(dom.ok());
  std::vector<std::string> elements;
  for (uint32_t n = 1; n < dom->size(); ++n) {
    const HtmlNode& node = dom->node(n);
    if (node.tag == Tag::kText) continue;
    elements.push_back(std::string(dom->TagName(n)) + "=" + html.substr(node.begin, node.end - node.begin));
  }
  const std::vector<std::string> expected = {
      "html=" + html,
      "body=<body><div id=a><p>one<p>two</div><UL><li>x<li>y</UL></body>",
      "div=<div id=a><p>one<p>two</div>",
      "p=<p>one",
      "p=<p>two",
      "ul=<UL><li>x<li>y</UL>",
      "li=<li>x",
      "li=<li>y",
  };
  EXPECT_EQ(elements, expected);
  EXPECT_EQ(dom->Get(3, Attr::kId), "a");
}

TEST(HtmlRobustness, TruncatedPagesNeverFail) {
  const std::string html = Fixture();
  for (size_t cut = 0; cut < html.size(); cut += 97) {
    auto article = ExtractArticle(html.substr(0, cut));
    ASSERT_TRUE(article.ok()) << "cut at " << cut;
    EXPECT_TRUE(IsValidUtf8(article->text));
  }
}

TEST(HtmlRobustness, BinaryContentIsAnError) {
  std::string binary;
  for (int i = 0; i < 5000; ++i) binary += static_cast<char>((i * 7919) % 256);
  auto article = ExtractArticle(binary);
  ASSERT_FALSE(article.ok());
  EXPECT_EQ(article.status().code(), StatusCode::kInvalidArgument);
  EXPECT_FALSE(LooksLikeHtml(binary));
  EXPECT_TRUE(LooksLikeHtml("  <!DOCTYPE html><html>"));
  EXPECT_TRUE(LooksLikeHtml("<div class=x><p>fragment</p>"));
  EXPECT_FALSE(LooksLikeHtml("Plain text that mentions <b> once."));
}

TEST(HtmlRobustness, HundredThousandLevelsOfNesting) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>The innermost paragraph holds the only sentence of this deeply nested page, and it is long enough.</p>";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "</body></html>";
  auto article = ExtractArticle(html);
  ASSERT_TRUE(article.ok());
  EXPECT_NE(article->text.find("innermost paragraph"), std::string::npos);
  // Unclosed, too.
  auto unclosed = ExtractArticle(html.substr(0, html.size() / 2 + 50));
  ASSERT_TRUE(unclosed.ok());
}

TEST(HtmlRobustness, FiftyMegabytePage) {
  std::string html = "<html><body><article>";
  const std::string paragraph =
      "<p>This paragraph is repeated to make a very large page, each copy a sentence of ordinary news prose.</p>\n";
  while (html.size() < (50u << 20)) html += paragraph;
  html += "</article></body></html>";
  auto article = ExtractArticle(html);
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_GT(article->paragraphs.size(), 400000u);
  ArticleOptions small;
  small.max_bytes = 1 << 20;
  auto refused = ExtractArticle(html, {}, small);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kTooLarge);
}

TEST(HtmlRobustness, NodeLimitCutsThePage) {
  std::string html = "<body>";
  for (int i = 0; i < 5000; ++i) html += "<p>word number " + std::to_string(i) + " in a long sentence.</p>";
  ArticleOptions options;
  options.max_nodes = 1000;
  auto article = ExtractArticle(html, {}, options);
  ASSERT_TRUE(article.ok());
  EXPECT_LT(article->paragraphs.size(), 1000u);
  EXPECT_GT(article->paragraphs.size(), 100u);
}

}  // namespace
}  // namespace newsgraph::input

namespace newsgraph::input {
namespace {

TEST(HtmlLines, DateLinesBylinesPromotionsFurniture) {
  EXPECT_TRUE(IsDateLine("Updated 1:39 am EST, Wednesday, November 20, 2019", true));
  EXPECT_TRUE(IsDateLine("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", true));
  EXPECT_TRUE(IsDateLine("11.14.2019 09:00 AM", true));
  EXPECT_TRUE(IsDateLine("November 19, 2019", false));
  EXPECT_FALSE(IsDateLine("November 19, 2019", true));  // after the first paragraph a bare date may be content
  EXPECT_FALSE(IsDateLine("5 Joey Logano 2380 2 3 12 21", false));  // a table row of numbers
  EXPECT_FALSE(IsDateLine("The council met on November 19, 2019 to discuss the bridge and its cables.", false));
  EXPECT_TRUE(IsBylineLine("By Jane Doe and John Roe, Reuters", 7));
  EXPECT_FALSE(IsBylineLine("By the end of the day the bridge was closed to all traffic.", 12));
  EXPECT_TRUE(IsPromoLine("Sign up for our free morning newsletter.", true));
  EXPECT_FALSE(IsPromoLine("The company continued to sign up additional subscribers.", true));
  EXPECT_TRUE(IsPromoLine("Follow him on Twitter @reporter.", false));
  EXPECT_TRUE(IsFurnitureLine("ADVERTISEMENT"));
  EXPECT_TRUE(IsFurnitureLine("Continue reading the main story"));
  EXPECT_FALSE(IsFurnitureLine("Share prices fell sharply on Tuesday."));
}

}  // namespace
}  // namespace newsgraph::input
