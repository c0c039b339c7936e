// `newsgraph extract`: articles in, one JSON record per article out, in input order.
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "newsgraph/batch.h"
#include "newsgraph/newsgraph.h"

namespace newsgraph::cli {
namespace {

std::atomic<bool> g_stop{false};  // lock-free: safe to set from a signal handler
volatile sig_atomic_t g_stop_signal = 0;
extern "C" void OnStopSignal(int signal) {
  g_stop_signal = signal;
  g_stop.store(true);
}

void InstallStopHandlers() {
  struct sigaction action {};
  action.sa_handler = OnStopSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a blocking read returns so that the reader can stop
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string jsonl;
  std::string warc;
  bool html = false;
  std::string lang = "en";
  std::string date;
  std::string output;
  bool pretty = false;
  bool tokens = false;
  bool repair = false;
  std::string events = "coded";
  bool split_hyphens = false;
  int threads = 0;
  bool progress = false;
  bool quiet = false;
  size_t max_bytes = size_t{128} << 20;
  std::string models;
};

// The progress line and the summary on stderr, from the run's counts; used by the writer thread only.
class Reporter {
 public:
  Reporter(bool show_progress, bool summary, uint64_t total_bytes)
      : show_progress_(show_progress), summary_(summary), total_bytes_(total_bytes),
        start_(std::chrono::steady_clock::now()) {}

  void Show(const BatchCounts& c) {
    if (!show_progress_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_shown_ < std::chrono::milliseconds(250)) return;
    last_shown_ = now;
    const double seconds = Seconds(now);
    const double mb = c.bytes / 1e6;
    std::ostringstream line;
    line << "\r\033[K" << c.records << " records, " << c.errors << " errors, " << Fixed(mb, 1) << " MB, "
         << Fixed(seconds > 0 ? mb / seconds : 0, 2) << " MB/s";
    if (total_bytes_ > 0 && c.bytes > 0 && c.bytes <= total_bytes_) {
      const double eta = seconds * (static_cast<double>(total_bytes_) / c.bytes - 1);
      line << ", ETA " << static_cast<int>(eta) / 60 << "m" << static_cast<int>(eta) % 60 << "s";
    }
    std::cerr << line.str() << std::flush;
  }

  // A line on stderr, clearing the progress line first when one is shown.
  void Message(const std::string& message) const {
    std::cerr << (show_progress_ ? "\r\033[K" : "") << message << "\n";
  }

  void Finish(const BatchCounts& c, int interrupted_by, int64_t last_line, const std::string& source_skipped) const {
    if (show_progress_) std::cerr << "\r\033[K";
    if (!summary_ && !interrupted_by) return;
    const double seconds = Seconds(std::chrono::steady_clock::now());
    std::cerr << "newsgraph: " << c.records << " records (" << c.records - c.errors - c.skipped << " ok, " << c.errors
              << " errors" << (c.skipped ? ", " + std::to_string(c.skipped) + " skipped: not in --lang" : "")
              << "), " << Fixed(c.bytes / 1e6, 2) << " MB, " << c.tokens << " tokens in " << Fixed(seconds, 2)
              << " s (" << Fixed(seconds > 0 ? c.bytes / 1e6 / seconds : 0, 2) << " MB/s, "
              << static_cast<uint64_t>(seconds > 0 ? c.tokens / seconds : 0) << " tokens/s)";
    if (interrupted_by)
      std::cerr << "; interrupted by signal " << interrupted_by << " after input "
                << (last_line >= 0 ? "line " + std::to_string(last_line) : "record " + std::to_string(c.records))
                << ", all records up to it written";
    std::cerr << "\n";
    if (!source_skipped.empty()) std::cerr << "newsgraph: " << source_skipped << "\n";
  }

 private:
  double Seconds(std::chrono::steady_clock::time_point now) const {
    return std::chrono::duration<double>(now - start_).count();
  }
  static std::string Fixed(double v, int digits) {
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(digits);
    s << v;
    return s.str();
  }

  bool show_progress_, summary_;
  uint64_t total_bytes_;
  std::chrono::steady_clock::time_point start_, last_shown_{};
};

// Reads the inputs, runs the pipeline over them and writes the records: the library's batch run with a file or JSON
// Lines source and a JSON Lines sink; this file adds the progress line, the summary and the exit code.
int Extract(const ExtractOptions& options, const Pipeline& pipeline, const std::optional<Date>& date, std::FILE* out) {
  const bool batch = !options.jsonl.empty() || !options.warc.empty() || options.inputs.size() > 1 ||
                     (options.inputs.size() == 1 && (std::filesystem::is_directory(options.inputs[0]) ||
                                                      options.inputs[0].ends_with(".jsonl")));
  SourceOptions source_options;
  source_options.max_document_bytes = options.max_bytes;
  source_options.default_date = date;
  source_options.stop = &g_stop;
  source_options.html = options.html;
  source_options.languages.clear();
  if (options.lang != "any") {
    std::stringstream codes(options.lang);
    for (std::string code; std::getline(codes, code, ',');)
      if (!code.empty()) source_options.languages.push_back(code);
  }
  std::unique_ptr<Source> source;
  if (!options.jsonl.empty()) {
    source = OpenJsonl(options.jsonl, source_options);
  } else {
    StatusOr<std::unique_ptr<Source>> opened =
        options.warc.empty() ? OpenFiles(options.inputs, source_options) : OpenWarc(options.warc, source_options);
    if (!opened.ok()) {
      std::cerr << "newsgraph extract: " << opened.status().message() << "\n";
      return kExitUsage;
    }
    source = std::move(*opened);
  }

  const bool tty = isatty(STDERR_FILENO) != 0;
  Reporter reporter((options.progress || (tty && batch)) && !options.quiet, batch && !options.quiet,
                    source->total_bytes());
  InstallStopHandlers();
  JsonLinesSink sink(out);
  RunOptions run;
  run.threads = options.threads;
  run.json = JsonOptions{options.tokens, options.pretty};
  run.stop = &g_stop;
  bool warned_dates = options.quiet;
  run.on_record = [&](const Record& record, const BatchCounts& counts) {
    if (!record.ok()) reporter.Message("newsgraph: " + ErrorMessage(record));
    if (record.unresolved_relative_dates && !warned_dates) {  // once a run
      warned_dates = true;
      reporter.Message("newsgraph extract: warning: relative dates (\"yesterday\", \"next week\") left unresolved, as "
                       "XXXX-..., in records without a date" +
                       (record.document.id.empty() ? std::string() : " (first: " + record.document.id + ")") +
                       "; give --date or a \"date\" per record");
    }
    reporter.Show(counts);
  };
  StatusOr<BatchResult> result = RunBatch(pipeline, *source, {&sink}, run);
  if (!result.ok()) {
    reporter.Message("newsgraph extract: " + result.status().message());
    return kExitSomeFailed;
  }
  reporter.Finish(result->counts, g_stop_signal, result->last_line, source->skipped_summary());
  if (g_stop_signal) return kExitInterrupted;
  return result->counts.errors > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace

Runner AddExtractCommand(CLI::App& app) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Analyse articles: one JSON record per article on stdout");
  cmd->add_option("inputs", options->inputs,
                  "Article files (UTF-8 text, HTML pages, .html.gz, .jsonl), directories of them, or - for stdin");
  cmd->add_option("--jsonl", options->jsonl,
                  "JSON Lines input, one {\"id\",\"text\" or \"html\",\"date\",\"title\",\"url\"} per line (- for "
                  "stdin)");
  cmd->add_option("--warc", options->warc, "A WARC archive (.warc or .warc.gz): its HTML pages with status 200");
  cmd->add_flag("--html", options->html, "Read every input as an HTML page (otherwise detected by its content)");
  cmd->add_option("--lang", options->lang,
                  "Languages of web pages to analyse, comma-separated ISO 639-1 codes, or 'any' (default: en); pages "
                  "in others give a skipped record");
  cmd->add_option("--date", options->date,
                  "Publication date (YYYY-MM-DD or ISO 8601 timestamp); a record's own \"date\" wins");
  cmd->add_option("-o,--output", options->output, "Write records here instead of stdout");
  cmd->add_flag("--pretty", options->pretty, "Indent the JSON (records then span several lines)");
  cmd->add_flag("--tokens", options->tokens, "Include the tokens in each record");
  cmd->add_option("--events", options->events,
                  "Which events to list: coded (a PLOVER type or an entity participant; the default), all, or "
                  "none (the events stage does not run: faster)")
      ->check(CLI::IsMember({"coded", "all", "none"}));
  cmd->add_flag("--repair", options->repair,
                "Replace invalid UTF-8 by U+FFFD instead of failing (offsets stay into the original bytes)");
  AddSplitHyphensFlag(cmd, &options->split_hyphens, "Split hyphenated words into parts (UD convention)");
  cmd->add_option("-j,--threads", options->threads, "Worker threads (default: all cores)")->check(CLI::Range(1, 1024));
  auto* progress = cmd->add_flag("--progress", options->progress, "Show progress on stderr even when not a terminal");
  cmd->add_flag("--quiet", options->quiet, "No progress and no summary on stderr")->excludes(progress);
  cmd->add_option("--max-bytes", options->max_bytes, "Largest document accepted, in bytes (default 128 MiB)")
      ->check(CLI::Range(size_t{1}, size_t{2000} << 20));
  AddModelsOption(cmd, &options->models);

  return [options]() -> int {
    if (!options->inputs.empty() + !options->jsonl.empty() + !options->warc.empty() != 1) {
      std::cerr << "newsgraph extract: give article files/directories, --jsonl FILE or --warc FILE (one of the three)\n";
      return kExitUsage;
    }
    std::optional<Date> date;
    if (!options->date.empty()) {
      StatusOr<Date> parsed = Date::Parse(options->date);
      if (!parsed.ok()) {
        std::cerr << "newsgraph extract: --date: " << parsed.status().message() << "\n";
        return kExitUsage;
      }
      date = *parsed;
    }
    PipelineOptions pipeline_options;
    pipeline_options.repair_utf8 = options->repair;
    pipeline_options.all_events = options->events == "all";
    pipeline_options.events = options->events != "none";
    pipeline_options.max_document_bytes = options->max_bytes;
    pipeline_options.models_dir = options->models;
    pipeline_options.segmenter.split_hyphens = options->split_hyphens;
    StatusOr<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(pipeline_options);
    if (!pipeline.ok()) return Fail("extract", pipeline.status(), kExitUsage);
    std::FILE* out = stdout;
    if (!options->output.empty()) {
      out = std::fopen(options->output.c_str(), "wb");
      if (!out) {
        std::cerr << "newsgraph extract: cannot write " << options->output << "\n";
        return kExitUsage;
      }
    }
    const int code = Extract(*options, **pipeline, date, out);
    if (out != stdout && std::fclose(out) != 0 && code != kExitSomeFailed) {
      std::cerr << "newsgraph extract: cannot write " << options->output << "\n";
      return kExitSomeFailed;
    }
    return code;
  };
}

}  // namespace newsgraph::cli
