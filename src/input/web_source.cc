#include "input/web_source.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <limits>
#include <memory>

#include "input/warc_reader.h"

namespace newsgraph {
namespace input {

void SetPage(SourceItem* item, std::string html, std::string content_type, const SourceOptions& options) {
  item->document.text = std::string();
  item->bytes = html.size();
  item->page.emplace();
  item->page->html = std::move(html);
  item->page->content_type = std::move(content_type);
  item->page->languages = options.languages;
}

namespace {

// "N WARC records skipped: a x, b y" from (count, what) pairs, leaving out the zeros.
std::string CountsSentence(uint64_t total, const std::vector<std::pair<uint64_t, std::string>>& parts) {
  if (total == 0) return "";
  std::string out = std::to_string(total) + (total == 1 ? " WARC record" : " WARC records") + " skipped:";
  bool first = true;
  for (const auto& [count, what] : parts) {
    if (count == 0) continue;
    out += (first ? " " : ", ") + std::to_string(count) + " " + what;
    first = false;
  }
  return out;
}

class WarcSource : public Source {
 public:
  WarcSource(std::FILE* file, const SourceOptions& options)
      : file_(file), options_(options), reader_(file, WarcOptions{.max_record_bytes = Limit(options)}) {}
  ~WarcSource() override { std::fclose(file_); }

  bool Next(SourceItem* item) override {
    while (!(options_.stop && options_.stop->load()) && reader_.Next(&record_)) {
      Status error;
      const PageVerdict verdict = ReadWarcPage(record_, Limit(options_), &page_, &error);
      if (verdict != PageVerdict::kPage) {
        ++verdicts_[static_cast<size_t>(verdict)];
        if (verdict == PageVerdict::kBadHttp && first_http_error_.empty())
          first_http_error_ = page_.record_id + ": " + error.message();
        continue;
      }
      *item = SourceItem();
      item->document.id = page_.record_id;
      item->document.url = page_.url;
      if (StatusOr<Date> date = Date::Parse(page_.warc_date); date.ok()) {
        item->document.date = *date;
      } else {
        item->document.date = options_.default_date;
      }
      // The body is a view into the record's block, or the de-chunked or inflated copy: take it without a copy
      // when the copy is the page.
      std::string html = page_.decoded.empty() || page_.html.data() != page_.decoded.data() ||
                                     page_.html.size() != page_.decoded.size()
                             ? std::string(page_.html)
                             : std::move(page_.decoded);
      SetPage(item, std::move(html), page_.content_type, options_);
      return true;
    }
    return false;
  }

  std::string skipped_summary() const override {
    const WarcStats& s = reader_.stats();
    auto verdict = [&](PageVerdict v) { return verdicts_[static_cast<size_t>(v)]; };
    const uint64_t total = verdict(PageVerdict::kNotResponse) + verdict(PageVerdict::kNotHtml) +
                           verdict(PageVerdict::kNotOk) + verdict(PageVerdict::kBadHttp) + s.corrupt + s.truncated +
                           s.too_large;
    std::string out = CountsSentence(total, {{verdict(PageVerdict::kNotResponse), "not responses (requests, metadata)"},
                                             {verdict(PageVerdict::kNotHtml), "not HTML"},
                                             {verdict(PageVerdict::kNotOk), "HTTP status not 200"},
                                             {verdict(PageVerdict::kBadHttp), "unreadable HTTP"},
                                             {s.corrupt, "corrupt"},
                                             {s.truncated, "truncated"},
                                             {s.too_large, "too large (--max-bytes)"}});
    if (!s.first_error.empty()) out += " (first damage: " + s.first_error + ")";
    if (!first_http_error_.empty()) out += " (first unreadable HTTP: " + first_http_error_ + ")";
    return out;
  }

 private:
  static size_t Limit(const SourceOptions& options) {
    return std::min<size_t>(options.max_document_bytes, std::numeric_limits<uint32_t>::max());
  }

  std::FILE* file_;
  SourceOptions options_;
  WarcReader reader_;
  WarcRecord record_;
  WarcPage page_;
  uint64_t verdicts_[5] = {};
  std::string first_http_error_;
};

}  // namespace
}  // namespace input

void ReadPage(SourceItem* item) {
  if (!item->page) return;
  SourceItem::Page page = std::move(*item->page);
  item->page.reset();
  if (!item->status.ok()) return;
  input::HtmlSource html_source;
  html_source.http_charset = page.content_type;
  html_source.url = item->document.url;
  input::ArticleOptions options;
  options.max_bytes = std::numeric_limits<uint32_t>::max();  // the source applied its own limit
  StatusOr<input::Article> article = input::ExtractArticle(page.html, html_source, options);
  if (!article.ok()) {
    item->status = article.status();
    return;
  }
  input::ArticleMetadata& m = article->metadata;
  WebSource& source = item->document.source.emplace();
  source.url = item->document.url;
  source.title = std::move(m.title);
  source.published = std::move(m.published);
  source.authors = std::move(m.authors);
  source.site = std::move(m.site);
  source.language = std::move(m.language);
  source.canonical_url = std::move(m.canonical_url);
  source.section = std::move(m.section);
  source.blocks.reserve(article->paragraphs.size());
  for (const input::ArticleParagraph& p : article->paragraphs)
    source.blocks.push_back({Span{p.start, p.end}, Span{p.html_start, p.html_end}});
  item->document.text = std::move(article->text);
  if (!page.date_given && m.date) item->document.date = m.date;
  if (!page.languages.empty() && !source.language.empty() &&
      std::find(page.languages.begin(), page.languages.end(), source.language) == page.languages.end())
    item->skipped = "language";
}

StatusOr<std::unique_ptr<Source>> OpenWarc(const std::string& path, const SourceOptions& options) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr)
    return Status(errno == ENOENT ? StatusCode::kNotFound : StatusCode::kIoError,
                  (errno == ENOENT ? "no such file: " : "cannot open ") + path);
  return std::unique_ptr<Source>(new input::WarcSource(file, options));
}

}  // namespace newsgraph
