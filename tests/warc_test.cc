// WARC input: records plain and gzipped (a member per record), HTTP bodies chunked and compressed, and damaged
// files: truncated, corrupt gzip, garbage, missing lengths, a gzip bomb. The reader counts what it skips and never
// stops early.
#include <gtest/gtest.h>

#include <deque>

#include <cstdio>
#include <string>
#include <vector>

#include "gzip_util.h"
#include "input/html_article.h"
#include "input/warc_gzip.h"
#include "input/warc_reader.h"

namespace newsgraph::input {
namespace {

using testing::Gzip;

std::string Record(const std::string& type, const std::string& uri, const std::string& content_type,
                   const std::string& block, const std::string& version = "WARC/1.0") {
  return version + "\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + uri.substr(uri.size() - 4) +
         ">\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2019-11-19T10:00:00Z\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string Response(int status, const std::string& headers, const std::string& body) {
  return "HTTP/1.1 " + std::to_string(status) + " X\r\n" + headers + "\r\n" + body;
}

const std::string kPage = "<html><body><p>Hello from the archive.</p></body></html>";

struct ReadAll {
  std::vector<WarcRecord> records;
  std::deque<std::string> blocks;  // the records' blocks (a record views the reader's buffer until its next record)
  WarcStats stats;
};

ReadAll Read(const std::string& bytes, WarcOptions options = {}) {
  std::FILE* f = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
  ReadAll out;
  {
    WarcReader reader(f, options);
    WarcRecord r;
    while (reader.Next(&r)) {
      out.blocks.emplace_back(r.block);
      out.records.push_back(r);
      out.records.back().block = out.blocks.back();
    }
    out.stats = reader.stats();
  }
  std::fclose(f);
  return out;
}

std::vector<std::string> SampleRecords() {
  return {
      Record("warcinfo", "urn:info", "application/warc-fields", "software: test\r\n"),
      Record("response", "https://a.example/one", "application/http; msgtype=response",
             Response(200, "Content-Type: text/html; charset=utf-8\r\n", kPage)),
      Record("response", "https://a.example/gone", "application/http; msgtype=response",
             Response(404, "Content-Type: text/html\r\n", "<p>not found</p>"), "WARC/1.1"),
      Record("response", "https://a.example/logo", "application/http; msgtype=response",
             Response(200, "Content-Type: image/png\r\n", "\x89PNG....")),
      Record("resource", "https://a.example/res1", "text/html", kPage, "WARC/1.1"),
  };
}

TEST(Warc, PlainAndGzippedFilesReadTheSame) {
  std::string plain, gz;
  for (const std::string& r : SampleRecords()) {
    plain += r;
    gz += Gzip(r);
  }
  for (const std::string* bytes : {&plain, &gz}) {
    const ReadAll all = Read(*bytes);
    ASSERT_EQ(all.records.size(), 5u);
    EXPECT_EQ(all.stats.corrupt + all.stats.truncated + all.stats.too_large, 0u);
    EXPECT_EQ(all.records[1].target_uri, "https://a.example/one");
    EXPECT_EQ(all.records[1].record_id, "urn:uuid:/one");
    EXPECT_EQ(all.records[4].version, "WARC/1.1");
    std::vector<PageVerdict> verdicts;
    for (const WarcRecord& r : all.records) {
      WarcPage page;
      verdicts.push_back(ReadWarcPage(r, 1 << 20, &page));
      if (verdicts.back() == PageVerdict::kPage) EXPECT_EQ(page.html, kPage);
    }
    EXPECT_EQ(verdicts, (std::vector<PageVerdict>{PageVerdict::kNotResponse, PageVerdict::kPage, PageVerdict::kNotOk,
                                                  PageVerdict::kNotHtml, PageVerdict::kPage}));
  }
}

TEST(Warc, ChunkedAndCompressedBodies) {
  const std::string gz = Gzip(kPage);
  std::string chunked;
  for (size_t i = 0; i < gz.size(); i += 10) {
    const std::string piece = gz.substr(i, 10);
    char size[16];
    std::snprintf(size, sizeof size, "%zx", piece.size());
    chunked += std::string(size) + "\r\n" + piece + "\r\n";
  }
  chunked += "0\r\n\r\n";
  auto http = ParseHttpResponse(
      Response(200, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked),
      1 << 20);
  ASSERT_TRUE(http.ok()) << http.status().ToString();
  EXPECT_EQ(http->decoded, kPage);
  // Stored already decoded while the header still says gzip.
  auto stored = ParseHttpResponse(Response(200, "Content-Encoding: gzip\r\n", kPage), 1 << 20);
  ASSERT_TRUE(stored.ok());
  EXPECT_TRUE(stored->decoded.empty());  // not copied
  EXPECT_EQ(stored->body.size(), kPage.size());
  auto brotli = ParseHttpResponse(Response(200, "Content-Encoding: br\r\n", "xx"), 1 << 20);
  EXPECT_EQ(brotli.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseHttpResponse("garbage", 100).status().code(), StatusCode::kCorrupt);
}

TEST(Warc, GzipBombsAreBounded) {
  const std::string bomb = Gzip(std::string(64u << 20, 'a'));  // 64 MB of 'a' in about 64 KB
  auto body = ParseHttpResponse(Response(200, "Content-Encoding: gzip\r\n", bomb), 1 << 20);
  EXPECT_EQ(body.status().code(), StatusCode::kTooLarge);
  auto whole = Decompress(bomb, Compression::kGzip, 1 << 20);
  EXPECT_EQ(whole.status().code(), StatusCode::kTooLarge);
  // A WARC member that inflates past the limit: skipped, and the next record is still read.
  WarcOptions options;
  options.max_record_bytes = 1 << 20;
  const std::string big = Record("resource", "https://a.example/huge", "text/html", std::string(8u << 20, 'a'));
  const std::string bytes = Gzip(SampleRecords()[1]) + Gzip(big) + Gzip(SampleRecords()[4]);
  const ReadAll all = Read(bytes, options);
  ASSERT_EQ(all.records.size(), 2u);
  EXPECT_EQ(all.records[1].target_uri, "https://a.example/res1");
  EXPECT_EQ(all.stats.too_large, 1u);
}

TEST(Warc, DamageIsCountedAndSkipped) {
  const std::vector<std::string> records = SampleRecords();
  // A corrupt member in the middle of a gzip file.
  std::string corrupt = Gzip(records[1]);
  corrupt[corrupt.size() / 2] ^= 0x55;
  corrupt[corrupt.size() / 2 + 1] ^= 0x55;
  const ReadAll a = Read(Gzip(records[0]) + corrupt + Gzip(records[4]));
  ASSERT_EQ(a.records.size(), 2u);
  EXPECT_EQ(a.records[1].type, "resource");
  EXPECT_EQ(a.stats.corrupt, 1u);
  EXPECT_FALSE(a.stats.first_error.empty());
  // Garbage between plain records, a record without Content-Length.
  const std::string no_length = "WARC/1.0\r\nWARC-Type: resource\r\n\r\nabc\r\n\r\n";
  const ReadAll b = Read(records[1] + "garbage garbage\r\n" + no_length + records[4]);
  ASSERT_EQ(b.records.size(), 2u);
  EXPECT_EQ(b.stats.corrupt, 2u);
  // Truncated in the block, in the header, inside a gzip member.
  const ReadAll c = Read(records[1] + records[4].substr(0, records[4].size() - 20));
  EXPECT_EQ(c.records.size(), 1u);
  EXPECT_EQ(c.stats.truncated, 1u);
  const ReadAll d = Read(records[1] + records[4].substr(0, 30));
  EXPECT_EQ(d.records.size(), 1u);
  EXPECT_EQ(d.stats.truncated, 1u);
  const std::string gz = Gzip(records[1]) + Gzip(records[4]);
  const ReadAll e = Read(gz.substr(0, gz.size() - 15));
  EXPECT_EQ(e.records.size(), 1u);
  EXPECT_EQ(e.stats.truncated + e.stats.corrupt, 1u);
  // Not a WARC file at all.
  const ReadAll f = Read("<html><body>just a page</body></html>");
  EXPECT_EQ(f.records.size(), 0u);
  EXPECT_EQ(f.stats.corrupt + f.stats.truncated, 1u);
  // Empty.
  const ReadAll g = Read("");
  EXPECT_EQ(g.records.size(), 0u);
  EXPECT_EQ(g.stats.corrupt + g.stats.truncated, 0u);
}

TEST(Warc, OversizedPlainRecordIsSkipped) {
  WarcOptions options;
  options.max_record_bytes = 1000;
  const std::vector<std::string> records = SampleRecords();
  const std::string big = Record("resource", "https://a.example/huge", "text/html", std::string(5000, 'x'));
  const ReadAll all = Read(records[1] + big + records[4], options);
  ASSERT_EQ(all.records.size(), 2u);
  EXPECT_EQ(all.stats.too_large, 1u);
}

}  // namespace
}  // namespace newsgraph::input

namespace newsgraph::input {
namespace {

// The committed fixture (tests/fixtures/html/make_warc.py): WARC in, articles out, the skipped records accounted for.
TEST(Warc, FixtureArchiveToArticles) {
  const std::string path = std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/fixtures/html/news.warc.gz";
  std::FILE* f = std::fopen(path.c_str(), "rb");
  ASSERT_NE(f, nullptr) << path;
  WarcReader reader(f);
  WarcRecord record;
  std::vector<std::string> verdicts;
  std::vector<Article> articles;
  while (reader.Next(&record)) {
    WarcPage page;
    const PageVerdict verdict = ReadWarcPage(record, 1 << 20, &page);
    verdicts.push_back(PageVerdictName(verdict));
    if (verdict != PageVerdict::kPage) continue;
    HtmlSource source;
    source.http_charset = page.content_type;
    source.url = page.url;
    auto article = ExtractArticle(page.html, source);
    ASSERT_TRUE(article.ok()) << article.status().ToString();
    articles.push_back(std::move(*article));
  }
  std::fclose(f);
  EXPECT_EQ(reader.stats().records, 6u);
  EXPECT_EQ(reader.stats().corrupt + reader.stats().truncated + reader.stats().too_large, 0u);
  EXPECT_EQ(verdicts, (std::vector<std::string>{"not a response", "not a response", "page", "HTTP status not 200",
                                                "not HTML", "page"}));
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].metadata.title, "Harbour bridge to close for repairs until spring");
  EXPECT_EQ(articles[0].text.rfind("PORT ELLEN \xE2\x80\x94 The harbour bridge", 0), 0u);
  EXPECT_EQ(articles[0].charset_source, "http");
  // The French page: windows-1252 declared by the resource record's Content-Type, its language found.
  const Article& fr = articles[1];
  EXPECT_EQ(fr.charset, "windows-1252");
  EXPECT_EQ(fr.metadata.language, "fr");
  EXPECT_EQ(fr.metadata.date->ToString(), "2024-05-02");
  EXPECT_EQ(fr.metadata.title, "Le port rouvre ses quais");
  EXPECT_EQ(fr.paragraphs.size(), 3u);
  EXPECT_NE(fr.text.find("Apr\xC3\xA8s six mois de travaux"), std::string::npos);
  EXPECT_EQ(fr.text.find("Par Claire"), std::string::npos);
  EXPECT_EQ(fr.text.find("Accueil"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph::input
