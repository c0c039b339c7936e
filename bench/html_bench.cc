// HTML and WARC input throughput, one thread, over the 102 development pages of the Zyte article-extraction
// benchmark (../shared/data/html-articles/html/*.html.gz, 18 MB of HTML as crawled; never committed). Bytes are
// those of the HTML pages, so that every figure reads as "MB of HTML per second".
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gzip_util.h"
#include "input/html_article.h"
#include "input/html_encoding.h"
#include "input/html_parse.h"
#include "input/warc_gzip.h"
#include "input/warc_reader.h"

namespace {

const std::vector<std::string>& Pages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> out;
    const std::string dir = std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared/data/html-articles/html";
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (auto it = std::filesystem::directory_iterator(dir, ec); !ec && it != std::filesystem::directory_iterator();
         it.increment(ec))
      files.push_back(it->path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      auto html = newsgraph::input::Decompress(s.str(), newsgraph::input::Compression::kGzip, 64u << 20);
      if (html.ok()) out.push_back(std::move(*html));
    }
    return out;
  }();
  return pages;
}

int64_t PageBytes() {
  int64_t n = 0;
  for (const auto& p : Pages()) n += static_cast<int64_t>(p.size());
  return n;
}

bool Missing(benchmark::State& state) {
  if (!Pages().empty()) return false;
  state.SkipWithError("pages ../shared/data/html-articles absent");
  return true;
}

// Charset check and parse into the tree.
void BM_HtmlParse(benchmark::State& state) {
  if (Missing(state)) return;
  for (auto _ : state) {
    for (const auto& page : Pages()) {
      auto decoded = newsgraph::input::DecodeHtml(page, "");
      auto dom = newsgraph::input::ParseHtml(decoded->text());
      benchmark::DoNotOptimize(dom->size());
    }
  }
  state.SetBytesProcessed(state.iterations() * PageBytes());
}
BENCHMARK(BM_HtmlParse)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The whole extraction: decode, parse, metadata, article body, language.
void BM_HtmlExtract(benchmark::State& state) {
  if (Missing(state)) return;
  for (auto _ : state) {
    for (const auto& page : Pages()) {
      auto article = newsgraph::input::ExtractArticle(page);
      benchmark::DoNotOptimize(article->text.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * PageBytes());
}
BENCHMARK(BM_HtmlExtract)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The pages as a WARC file with a gzip member per record, as crawlers write them (response records, HTTP headers),
// four times over, so that the reader's start-up costs weigh as little as in a real archive.
constexpr int kWarcRepeats = 4;
const std::string& WarcFile() {
  static const std::string warc = [] {
    std::string out;
    int i = 0;
    for (int repeat = 0; repeat < kWarcRepeats; ++repeat) {
      for (const auto& page : Pages()) {
        const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                                 std::to_string(page.size()) + "\r\n\r\n" + page;
        const std::string record = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" +
                                   std::to_string(i++) + ">\r\nWARC-Target-URI: https://example.com/" +
                                   std::to_string(i) + "\r\nWARC-Date: 2019-11-19T10:00:00Z\r\n" +
                                   "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
                                   std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
        out += newsgraph::testing::Gzip(record);
      }
    }
    return out;
  }();
  return warc;
}

// Reads the in-memory WARC file and calls on_page for each HTML page in it (as `newsgraph extract --warc` does).
template <typename OnPage>
void ForEachWarcPage(const std::string& warc, OnPage on_page) {
  std::FILE* f = fmemopen(const_cast<char*>(warc.data()), warc.size(), "rb");
  newsgraph::input::WarcReader reader(f);
  newsgraph::input::WarcRecord record;
  newsgraph::input::WarcPage page;
  while (reader.Next(&record)) {
    if (newsgraph::input::ReadWarcPage(record, 64u << 20, &page) == newsgraph::input::PageVerdict::kPage) on_page(page);
  }
  std::fclose(f);
}

// Reading the WARC file only: inflate, records, HTTP.
void BM_WarcRead(benchmark::State& state) {
  if (Missing(state)) return;
  const std::string& warc = WarcFile();
  for (auto _ : state) {
    ForEachWarcPage(warc, [](const newsgraph::input::WarcPage& page) { benchmark::DoNotOptimize(page.html.data()); });
  }
  state.SetBytesProcessed(state.iterations() * PageBytes() * kWarcRepeats);
}
BENCHMARK(BM_WarcRead)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// WARC in, articles out: BM_WarcRead plus BM_HtmlExtract.
void BM_WarcExtract(benchmark::State& state) {
  if (Missing(state)) return;
  const std::string& warc = WarcFile();
  for (auto _ : state) {
    ForEachWarcPage(warc, [](const newsgraph::input::WarcPage& page) {
      newsgraph::input::HtmlSource source;
      source.http_charset = page.content_type;
      source.url = page.url;
      auto article = newsgraph::input::ExtractArticle(page.html, source);
      benchmark::DoNotOptimize(article->text.data());
    });
  }
  state.SetBytesProcessed(state.iterations() * PageBytes() * kWarcRepeats);
}
BENCHMARK(BM_WarcExtract)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
