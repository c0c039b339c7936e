// The HTML input path: charset decoding, parsing and article extraction over arbitrary bytes. Every paragraph must
// lie inside the text and its element inside the page, and the text must be valid UTF-8. The first byte picks an
// HTTP charset, so that the conversion paths are reached too.
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_util.h"
#include "input/html_article.h"
#include "newsgraph/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static constexpr std::string_view kCharsets[] = {"", "utf-8", "windows-1252", "shift_jis", "utf-16le", "gbk",
                                                   "iso-8859-2", "koi8-r"};
  const std::string_view charset = kCharsets[data[0] % std::size(kCharsets)];
  const std::string_view html(reinterpret_cast<const char*>(data) + 1, size - 1);
  newsgraph::input::HtmlSource source;
  source.http_charset = charset;
  source.url = "https://example.com/2019/11/19/story.html";
  newsgraph::input::ArticleOptions options;
  options.max_nodes = 100000;
  const auto article = newsgraph::input::ExtractArticle(html, source, options);
  if (!article.ok()) return 0;
  using newsgraph::fuzz::Require;
  Require(newsgraph::IsValidUtf8(article->text), "article text is valid UTF-8");
  uint32_t previous = 0;
  for (const auto& p : article->paragraphs) {
    Require(p.start <= p.end && p.end <= article->text.size(), "paragraph inside the text");
    Require(p.start >= previous, "paragraphs in order");
    previous = p.end;
    Require(p.html_start <= p.html_end && p.html_end <= html.size(), "paragraph element inside the page");
  }
  Require(newsgraph::IsValidUtf8(article->metadata.title), "title is valid UTF-8");
  return 0;
}
