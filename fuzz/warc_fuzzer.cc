// The WARC input path: the streaming reader (plain or gzip members) over arbitrary bytes with small limits, each
// record read as a page, each page through the article extractor. The reader must end, and account for its input.
#include <cstdint>
#include <cstdio>
#include <string>

#include "fuzz_util.h"
#include "input/html_article.h"
#include "input/warc_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::FILE* file = fmemopen(const_cast<uint8_t*>(data), size, "rb");
  if (!file) return 0;
  newsgraph::input::WarcOptions options;
  options.max_record_bytes = 1 << 16;
  options.max_header_bytes = 1 << 12;
  {
    newsgraph::input::WarcReader reader(file, options);
    newsgraph::input::WarcRecord record;
    uint64_t records = 0;
    while (reader.Next(&record)) {
      ++records;
      newsgraph::fuzz::Require(record.block.size() <= options.max_record_bytes, "record within the limit");
      newsgraph::input::WarcPage page;
      if (newsgraph::input::ReadWarcPage(record, 1 << 16, &page) != newsgraph::input::PageVerdict::kPage) continue;
      newsgraph::fuzz::Require(page.html.size() <= (1 << 16), "body within the limit");
      newsgraph::input::HtmlSource source;
      source.http_charset = page.content_type;
      source.url = page.url;
      (void)newsgraph::input::ExtractArticle(page.html, source);
    }
    newsgraph::fuzz::Require(reader.stats().records == records, "records counted");
  }
  std::fclose(file);
  return 0;
}
