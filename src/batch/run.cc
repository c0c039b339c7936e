// The ordered parallel run (include/newsgraph/batch.h): the caller's thread reads the source, workers analyse and
// encode, one writer thread hands records to the sinks in input order (batch/ordered_executor.h).
#include <algorithm>
#include <exception>
#include <thread>

#include "batch/ordered_executor.h"
#include "input/text_entities.h"
#include "newsgraph/batch.h"
#include "newsgraph/text.h"

namespace newsgraph {

std::string ErrorMessage(const Record& record) {
  std::string message;
  if (record.line >= 0) message = "line " + std::to_string(record.line);
  if (!record.document.id.empty()) {
    if (!message.empty()) message += ' ';
    message += "(id " + record.document.id + ")";
  }
  if (!message.empty()) message += ": ";
  return message + record.status.ToString();
}

namespace {

struct Work {
  uint64_t index = 0;
  SourceItem item;
};

// True for a document of only NUL and other control bytes (not only line breaks and tabs): binary data or a broken
// file, not an empty article.
bool OnlyControlBytes(std::string_view text) {
  bool control = false;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u != 0x7F) return false;
    control = control || (c != '\n' && c != '\r' && c != '\t' && c != ' ');
  }
  return control;
}

// The analysis of a document; plain text holding HTML character references ("&amp;", "&quot;", "&#8217;") is
// analysed decoded, its spans led back to the text as given. Text without any is analysed as it is.
StatusOr<Analysis> Analyze(const Pipeline& pipeline, const Document& document) {
  std::string decoded;
  std::vector<input::EntityEdit> edits;
  if (document.source || document.text.find('&') == std::string::npos || !IsValidUtf8(document.text) ||
      !input::DecodeTextEntities(document.text, &decoded, &edits))
    return pipeline.Analyze(document);
  Document copy;
  copy.id = document.id;
  copy.date = document.date;
  copy.title = document.title;
  copy.url = document.url;
  copy.text = std::move(decoded);
  StatusOr<Analysis> analysis = pipeline.Analyze(copy);
  if (analysis.ok()) input::MapSpansToOriginal(edits, &*analysis);
  return analysis;
}

// Analyses one input on a worker and encodes what the sinks need; never throws.
Record Process(const Pipeline& pipeline, const Sink::Needs& needs, const JsonOptions& json, Work&& work) {
  try {
    ReadPage(&work.item);  // a web page: its article first
  } catch (const std::exception& e) {
    work.item.status = Status(StatusCode::kInternal, e.what());
  }
  if (work.item.status.ok() && work.item.skipped.empty() && OnlyControlBytes(work.item.document.text))
    work.item.status = Status(StatusCode::kInvalidArgument, "only NUL or control bytes, no text");
  Record r;
  r.index = work.index;
  r.document = std::move(work.item.document);
  r.line = work.item.line;
  r.status = std::move(work.item.status);
  r.bytes = work.item.bytes;
  r.skipped = std::move(work.item.skipped);
  if (!r.skipped.empty()) {
    const WebSource* source = r.document.source ? &*r.document.source : nullptr;
    if (needs.json) r.json = SkippedJson(r.document.id, r.line, r.skipped, source ? source->language : "", json.pretty);
    if (!needs.analysis) r.document.text = std::string();
    return r;
  }
  try {
    if (r.status.ok()) {
      StatusOr<Analysis> analysis = Analyze(pipeline, r.document);
      if (analysis.ok()) {
        r.analysis = std::move(*analysis);
        r.tokens = r.analysis.tokens.size();
        if (!r.document.date)
          for (const Timex& t : r.analysis.timexes) r.unresolved_relative_dates |= t.anchor == "document-date";
        if (needs.json) r.json = ToJson(r.document, r.analysis, json);
      } else {
        r.status = analysis.status();
      }
    }
  } catch (const std::exception& e) {
    r.status = Status(StatusCode::kInternal, e.what());
  }
  if (!r.status.ok()) {
    r.analysis = Analysis();
    if (needs.json) r.json = ErrorJson(r.document.id, r.line, r.status, json.pretty);
  }
  if (!needs.analysis) {  // free the text and the findings now: only the encoded record waits for its turn
    r.analysis = Analysis();
    r.document.text = std::string();
  }
  return r;
}

}  // namespace

StatusOr<BatchResult> RunBatch(const Pipeline& pipeline, Source& source, const std::vector<Sink*>& sinks,
                               const RunOptions& options) {
  Sink::Needs needs;
  for (const Sink* sink : sinks) {
    needs.json |= sink->needs().json;
    needs.analysis |= sink->needs().analysis;
  }
  const int threads =
      options.threads > 0 ? options.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  auto stopped = [&] { return options.stop && options.stop->load(); };

  BatchResult result;
  Status failure;                     // the first sink error, set on the writer thread
  std::atomic<bool> failed{false};
  auto fail = [&](Status status) {
    if (failed.exchange(true)) return;
    failure = std::move(status);
  };
  {
    batch::OrderedExecutor<Work, Record> executor(
        threads, static_cast<size_t>(threads) * std::max<size_t>(1, options.in_flight_per_thread),
        [&](Work&& work) { return Process(pipeline, needs, options.json, std::move(work)); },
        [&](Record&& record) {
          if (failed.load()) return;  // the output is broken: what is still in flight is dropped
          for (Sink* sink : sinks) {
            if (Status s = sink->Write(record); !s.ok()) return fail(std::move(s));
          }
          ++result.counts.records;
          if (!record.ok()) ++result.counts.errors;
          if (!record.skipped.empty()) ++result.counts.skipped;
          result.counts.bytes += record.bytes;
          result.counts.tokens += record.tokens;
          if (options.on_record) options.on_record(record, result.counts);
        },
        [&] {
          if (failed.load()) return;
          for (Sink* sink : sinks)
            if (Status s = sink->Flush(); !s.ok()) return fail(std::move(s));
        });
    uint64_t index = 0;
    SourceItem item;
    while (!stopped() && !failed.load() && source.Next(&item)) executor.Submit(Work{index++, std::move(item)});
    executor.Finish();
  }
  for (Sink* sink : sinks)
    if (Status s = sink->Flush(); !s.ok()) fail(std::move(s));
  if (failed.load()) return failure;
  result.stopped = stopped();
  result.last_line = source.last_line();
  return result;
}

}  // namespace newsgraph
