// Document flow: sources of documents, sinks of records, and an ordered parallel run between them.
//
//   auto pipeline = newsgraph::Pipeline::Create();                       // check pipeline.ok()
//   newsgraph::SourceOptions in;
//   in.default_date = newsgraph::Date{2025, 4, 22};
//   std::unique_ptr<newsgraph::Source> source = newsgraph::OpenJsonl("articles.jsonl", in);
//   newsgraph::JsonLinesSink out(stdout);                                 // records and error records, in order
//   newsgraph::StatusOr<newsgraph::BatchResult> done = newsgraph::RunBatch(**pipeline, *source, {&out});
//   // done->counts.records, .errors, .bytes, .tokens
//
// A Source yields documents one at a time, or, for an input that could not be read, an error naming it (its id, its
// line); nothing is dropped silently. RunBatch reads the source on the calling thread, analyses on worker threads and
// hands every outcome, a Record, to each Sink in input order on one writer thread. At most `threads *
// in_flight_per_thread` records are in flight (read, being analysed, or waiting to be written), so memory is bounded
// by them whatever the input size. `newsgraph extract` is this run with a file or JSONL source and a JsonLinesSink;
// another program (an ingest job, a server, a language binding) plugs in its own Source or Sink.
//
// Thread safety: a Source is read by one thread at a time. A Sink's Write and Flush are called from one thread at a
// time. A Pipeline may serve several runs at once.
#pragma once

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/json.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/status.h"

namespace newsgraph {

// ---- Sources -------------------------------------------------------------------------------------------------------

// One input: a document to analyse, or the reason there is none.
struct SourceItem {
  // The text and what is known about it (id, date, title, url). On error, the id whenever it could be read.
  Document document;
  Status status;        // not ok: the input could not be read or parsed
  int64_t line = -1;    // 1-based line of a line-oriented input (JSON Lines); -1 for other sources
  uint64_t bytes = 0;   // input bytes this item accounts for: its text (or page), or the line that could not be parsed

  // A web page whose article is still to be found. RunBatch reads it on a worker thread (ReadPage): the article's
  // text becomes document.text, what the page says about itself document.source, and its publication date
  // document.date unless the input gave one. Until then document.date holds the fallback (WARC-Date, --date).
  struct Page {
    // Declared so that std::optional<Page> below is constructible under clang before 16 (it judges a nested class
    // with member initialisers not default-constructible inside its enclosing class).
    Page() {}
    std::string html;             // the page's bytes as given
    std::string content_type;     // the HTTP Content-Type (for its charset), "" if unknown
    bool date_given = false;      // document.date came with the input (a JSON line's "date"): the page's does not win
    std::vector<std::string> languages = {"en"};  // languages analysed (ISO 639-1); empty: any
  };
  std::optional<Page> page;
  // Set by ReadPage for a page left out on purpose: "language" (document.source->language says which).
  std::string skipped;
};

// Extracts the article of item->page, if any, into item->document and clears the page; a page that cannot be read
// sets item->status, one in a language not asked for sets item->skipped. RunBatch calls it on its workers; another
// runner calls it before Pipeline::Analyze. Thread-safe.
void ReadPage(SourceItem* item);

// A stream of inputs. New kinds (web pages, WARC files, a queue) implement Next() and give a factory.
class Source {
 public:
  virtual ~Source() = default;
  // Replaces *item with the next input; false at the end of the input or once a stop was requested.
  virtual bool Next(SourceItem* item) = 0;
  // All input bytes, when known before reading (regular files), else 0: for a progress estimate.
  virtual uint64_t total_bytes() const { return 0; }
  // The last input line read by a line-oriented source, else -1: how far an interrupted run read.
  virtual int64_t last_line() const { return -1; }
  // Inputs passed over without a record (a WARC file's requests, images, non-200 responses, damaged records), as a
  // sentence for the summary ("12 WARC records skipped: 4 requests, ..."); "" when none.
  virtual std::string skipped_summary() const { return ""; }
};

struct SourceOptions {
  // A larger file becomes an error item naming its size; a JSON line may hold up to twice this plus 4 KiB (escapes).
  size_t max_document_bytes = size_t{128} << 20;
  // The publication date of documents that carry none (a JSON line's own "date" wins).
  std::optional<Date> default_date;
  // Cooperative cancellation, e.g. set by a SIGINT handler: once true, Next() returns false. A read blocked on a pipe
  // or terminal returns when a signal arrives (handlers installed without SA_RESTART).
  const std::atomic<bool>* stop = nullptr;
  // Web pages: read every file and every JSON line's "text" as HTML (`--html`); otherwise a file is HTML when its
  // bytes look like HTML, whatever its name.
  bool html = false;
  // Languages of web pages to analyse (ISO 639-1 codes); a page in another is a skipped record. Empty: any.
  std::vector<std::string> languages = {"en"};
};

// Article files, one document each with the path as its id, directories (their .txt, .htm, .html, .htm.gz, .html.gz
// and .jsonl files in any letter case, recursively, in sorted order) and "-" (all of standard input as one document
// without id), in the order given. A file is a web page when its bytes look like HTML (or options.html), gzip
// compressed or not (inflated up to the size limit); a .jsonl file is read as JSON Lines (OpenJsonl); any other is
// UTF-8 text. A path that does not exist, a file that cannot be read or is over the size limit is an error item in
// its place and the others are read (standard input over the limit is read to its end, but only the limit is ever
// held in memory). Fails with kNotFound ("no such file or directory: PATH") only when no path given exists.
StatusOr<std::unique_ptr<Source>> OpenFiles(const std::vector<std::string>& paths, const SourceOptions& options = {});

// JSON Lines from a file, or standard input for "-": one {"id", "text", "date", "title", "url"} or {"id", "html",
// "date", "url"} object per line, only "text" or "html" required ("html": a web page, whose article is analysed).
// Blank lines are skipped; a malformed line, or one over the limit, is an error item with its line number, and
// reading goes on. A file that cannot be opened is a single error item.
std::unique_ptr<Source> OpenJsonl(const std::string& path, const SourceOptions& options = {});

// The HTML pages of a WARC archive (WARC/1.0 or 1.1, plain or gzip with a member per record), read one record at a
// time: each `response` with HTTP status 200 and HTML content, and each HTML `resource`, is a page item whose id is
// the WARC-Record-ID, url the WARC-Target-URI and fallback date the WARC-Date. Other records (requests, metadata,
// other content types and statuses) and damaged ones are counted in skipped_summary(). A file that cannot be opened
// fails with kNotFound or kIoError.
StatusOr<std::unique_ptr<Source>> OpenWarc(const std::string& path, const SourceOptions& options = {});

// Documents already in memory (a binding's list, a request body), in order.
std::unique_ptr<Source> SourceOfDocuments(std::vector<Document> documents);

// ---- Records and sinks ---------------------------------------------------------------------------------------------

// The outcome of one input, as sinks receive it: an analysis, or an error.
struct Record {
  uint64_t index = 0;  // 0-based position in the input
  Document document;   // id, date, title, url; the text only when a sink needs the analysis
  int64_t line = -1;   // the input line (JSON Lines), -1 otherwise
  Status status;       // ok: analysed; otherwise why not (read, parse, size, UTF-8 or internal error)
  std::string skipped; // not empty: left out on purpose (SourceItem::skipped), status ok, no analysis
  Analysis analysis;   // filled only when a sink needs it
  std::string json;    // the JSON record, or error record, when a sink needs it (RunOptions::json)
  uint64_t bytes = 0;  // input bytes (see SourceItem::bytes)
  uint64_t tokens = 0; // tokens analysed
  // Relative dates ("yesterday", "next week") found while the document has no date: left unresolved (XXXX-...).
  bool unresolved_relative_dates = false;

  bool ok() const { return status.ok(); }
};

// Where a failed record came from and why, for a log line: "line 2 (id b): invalid argument: malformed JSON".
std::string ErrorMessage(const Record& record);

class Sink {
 public:
  // What a sink reads from a Record, so that workers compute no more than some sink needs.
  struct Needs {
    bool json = false;      // Record::json
    bool analysis = false;  // Record::analysis and Record::document.text
  };
  virtual ~Sink() = default;
  virtual Needs needs() const = 0;
  // Every record, errors included, in input order. A non-ok Status stops the run and is what RunBatch returns.
  virtual Status Write(const Record& record) = 0;
  // Called when the writer waits for the next record (a slow producer) and at the end: push buffered output out.
  virtual Status Flush() { return Status::Ok(); }
};

// JSON Lines on a stdio stream, one record per line (several with JsonOptions::pretty), as `newsgraph extract` writes
// them: analysed records and error records {"schema", "id", "line", "error"} in input order, or only one of the two.
// Does not own `file`.
class JsonLinesSink : public Sink {
 public:
  enum class Which { kAll, kRecords, kErrors };
  explicit JsonLinesSink(std::FILE* file, Which which = Which::kAll) : file_(file), which_(which) {}
  Needs needs() const override { return {.json = true}; }
  Status Write(const Record& record) override;
  Status Flush() override;  // kIoError when the stream failed (a full disk, a closed pipe)

 private:
  std::FILE* file_;
  Which which_;
};

// Hands each record to a function (a store, a binding's callback), with what it needs computed.
class CallbackSink : public Sink {
 public:
  CallbackSink(Needs needs, std::function<Status(const Record&)> write) : needs_(needs), write_(std::move(write)) {}
  Needs needs() const override { return needs_; }
  Status Write(const Record& record) override { return write_(record); }

 private:
  Needs needs_;
  std::function<Status(const Record&)> write_;
};

// ---- The ordered parallel run --------------------------------------------------------------------------------------

struct BatchCounts {
  uint64_t records = 0;  // written, errors included
  uint64_t errors = 0;
  uint64_t skipped = 0;  // skipped records (web pages in another language), included in `records`
  uint64_t bytes = 0;
  uint64_t tokens = 0;
};

struct RunOptions {
  int threads = 0;                  // worker threads; 0: one per core
  size_t in_flight_per_thread = 4;  // the memory bound: records in flight per worker
  JsonOptions json;                 // how Record::json is written
  // Cooperative cancellation: once true, no further input is read; what is in flight is finished and written.
  const std::atomic<bool>* stop = nullptr;
  // Called on the writer thread after each record has been written, with the counts so far (progress, logs).
  std::function<void(const Record&, const BatchCounts&)> on_record;
};

struct BatchResult {
  BatchCounts counts;
  bool stopped = false;    // the stop flag ended the run before the input did
  int64_t last_line = -1;  // Source::last_line() when the run ended
};

// Runs every input of `source` through `pipeline` and writes each record to every sink, in input order. Returns the
// first error of a sink (the run stops there); an input's own failure is a record, not an error of the run.
StatusOr<BatchResult> RunBatch(const Pipeline& pipeline, Source& source, const std::vector<Sink*>& sinks,
                               const RunOptions& options = {});

}  // namespace newsgraph
