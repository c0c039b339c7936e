// `newsgraph extract`: articles in, one JSON record per article out, in input order.
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "io/jsonl.h"
#include "io/line_reader.h"
#include "newsgraph/newsgraph.h"
#include "util/ordered_executor.h"

namespace newsgraph::cli {
namespace {

namespace fs = std::filesystem;

volatile sig_atomic_t g_stop_signal = 0;
extern "C" void OnStopSignal(int signal) { g_stop_signal = signal; }

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
  std::string date;
  std::string output;
  bool pretty = false;
  bool tokens = false;
  bool repair = false;
  bool split_hyphens = false;
  int threads = 0;
  bool progress = false;
  bool quiet = false;
  size_t max_bytes = size_t{128} << 20;
  std::string models;
};

// Counts and progress, updated by the writer thread only.
class Reporter {
 public:
  Reporter(bool show_progress, bool summary, uint64_t total_bytes)
      : show_progress_(show_progress), summary_(summary), total_bytes_(total_bytes),
        start_(std::chrono::steady_clock::now()) {}

  void Record(bool ok, uint64_t bytes, uint64_t tokens) {
    ++records_;
    if (!ok) ++errors_;
    bytes_ += bytes;
    tokens_ += tokens;
    if (!show_progress_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_shown_ < std::chrono::milliseconds(250)) return;
    last_shown_ = now;
    const double seconds = Seconds(now);
    const double mb = bytes_ / 1e6;
    std::ostringstream line;
    line << "\r\033[K" << records_ << " records, " << errors_ << " errors, " << Fixed(mb, 1) << " MB, "
         << Fixed(seconds > 0 ? mb / seconds : 0, 2) << " MB/s";
    if (total_bytes_ > 0 && bytes_ > 0 && bytes_ <= total_bytes_) {
      const double eta = seconds * (static_cast<double>(total_bytes_) / bytes_ - 1);
      line << ", ETA " << static_cast<int>(eta) / 60 << "m" << static_cast<int>(eta) % 60 << "s";
    }
    std::cerr << line.str() << std::flush;
  }

  // A line on stderr, clearing the progress line first when one is shown.
  void Message(const std::string& message) const {
    std::cerr << (show_progress_ ? "\r\033[K" : "") << message << "\n";
  }

  void Finish(int interrupted_by, int64_t last_line) const {
    if (show_progress_) std::cerr << "\r\033[K";
    if (!summary_ && !interrupted_by) return;
    const double seconds = Seconds(std::chrono::steady_clock::now());
    std::cerr << "newsgraph: " << records_ << " records (" << records_ - errors_ << " ok, " << errors_
              << " errors), " << Fixed(bytes_ / 1e6, 2) << " MB, " << tokens_ << " tokens in " << Fixed(seconds, 2)
              << " s (" << Fixed(seconds > 0 ? bytes_ / 1e6 / seconds : 0, 2) << " MB/s, "
              << static_cast<uint64_t>(seconds > 0 ? tokens_ / seconds : 0) << " tokens/s)";
    if (interrupted_by)
      std::cerr << "; interrupted by signal " << interrupted_by << " after input "
                << (last_line >= 0 ? "line " + std::to_string(last_line) : "record " + std::to_string(records_))
                << ", all records up to it written";
    std::cerr << "\n";
  }

  uint64_t errors() const { return errors_; }

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
  uint64_t records_ = 0, errors_ = 0, bytes_ = 0, tokens_ = 0;
};

// What a worker produces for one input: its output record and what the counts need.
struct Output {
  std::string json;
  std::string message;  // for stderr, written in order by the writer so that it never cuts the progress line
  bool ok = false;
  uint64_t bytes = 0;
  uint64_t tokens = 0;
};
using Executor = util::OrderedExecutor<Output>;

class Extractor {
 public:
  Extractor(const ExtractOptions& options, const Pipeline& pipeline, const std::optional<Date>& date, std::FILE* out)
      : options_(options), pipeline_(pipeline), date_(date), out_(out) {}

  int Run() {
    const bool batch = !options_.jsonl.empty() || options_.inputs.size() > 1 ||
                       (options_.inputs.size() == 1 && fs::is_directory(options_.inputs[0]));
    std::vector<std::string> files;
    uint64_t total_bytes = 0;
    if (options_.jsonl.empty()) {
      for (const std::string& input : options_.inputs) {
        if (input == "-") {
          files.push_back(input);
        } else if (fs::is_directory(input)) {
          std::vector<std::string> found;
          std::error_code ec;
          for (auto it = fs::recursive_directory_iterator(input, ec); !ec && it != fs::recursive_directory_iterator();
               it.increment(ec))
            if (it->is_regular_file() && it->path().extension() == ".txt") found.push_back(it->path().string());
          std::sort(found.begin(), found.end());
          files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(input)) {
          files.push_back(input);
        } else {
          std::cerr << "newsgraph: no such file or directory: " << input << "\n";
          return kExitUsage;
        }
      }
      for (const auto& f : files) {
        std::error_code ec;
        if (f != "-") total_bytes += fs::file_size(f, ec);
      }
    } else if (options_.jsonl != "-") {
      std::error_code ec;
      total_bytes = fs::file_size(options_.jsonl, ec);
    }

    const bool tty = isatty(STDERR_FILENO) != 0;
    Reporter reporter((options_.progress || (tty && batch)) && !options_.quiet, batch && !options_.quiet,
                      total_bytes);
    const int threads = options_.threads > 0 ? options_.threads
                                             : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    InstallStopHandlers();
    int64_t last_line = -1;
    {
      Executor executor(
          threads, static_cast<size_t>(threads) * 4,
          [&](Output&& output) {
            std::fwrite(output.json.data(), 1, output.json.size(), out_);
            std::fputc('\n', out_);
            if (!output.message.empty()) reporter.Message(output.message);
            reporter.Record(output.ok, output.bytes, output.tokens);
          },
          [&] { std::fflush(out_); });
      if (!options_.jsonl.empty()) {
        last_line = ReadJsonl(executor);
      } else {
        for (const std::string& file : files) {
          if (g_stop_signal) break;
          SubmitFile(executor, file);
        }
      }
      executor.Finish();
    }
    std::fflush(out_);
    reporter.Finish(g_stop_signal, last_line);
    if (g_stop_signal) return kExitInterrupted;
    return reporter.errors() > 0 ? kExitSomeFailed : kExitOk;
  }

 private:
  // Analyses one document on a worker; never throws.
  Output Process(const Document& document, int64_t line) const {
    try {
      StatusOr<Analysis> analysis = pipeline_.Analyze(document);
      if (!analysis.ok()) return Failure(document.id, line, analysis.status(), document.text.size());
      return Output{ToJson(document, *analysis, json_options()), "", true, document.text.size(),
                    analysis->tokens.size()};
    } catch (const std::exception& e) {
      return Failure(document.id, line, Status(StatusCode::kInternal, e.what()), document.text.size());
    }
  }

  Output Failure(const std::string& id, int64_t line, const Status& status, uint64_t bytes) const {
    std::string where = line >= 0 ? "line " + std::to_string(line) : std::string();
    if (!id.empty()) where += (where.empty() ? "" : " ") + std::string("(id ") + id + ")";
    return Output{ErrorJson(id, line, status, options_.pretty),
                  "newsgraph: " + (where.empty() ? "" : where + ": ") + status.ToString(), false, bytes};
  }

  JsonOptions json_options() const { return JsonOptions{options_.tokens, options_.pretty}; }

  void SubmitFile(Executor& executor, const std::string& file) {
    auto document = std::make_shared<Document>();
    document->id = file == "-" ? "" : file;
    document->date = date_;
    Status status = ReadFile(file, &document->text);
    if (!status.ok()) {
      executor.Submit([this, document, status] { return Failure(document->id, -1, status, 0); });
      return;
    }
    executor.Submit([this, document] { return Process(*document, -1); });
  }

  Status ReadFile(const std::string& file, std::string* text) const {
    if (file == "-") {
      std::ostringstream buffer;
      buffer << std::cin.rdbuf();
      *text = std::move(buffer).str();
    } else {
      std::error_code ec;
      const auto size = fs::file_size(file, ec);
      if (ec) return Status(StatusCode::kIoError, "cannot read " + file + ": " + ec.message());
      if (size > options_.max_bytes)
        return Status(StatusCode::kTooLarge, file + " has " + std::to_string(size) + " bytes, over the limit of " +
                                                 std::to_string(options_.max_bytes) + " (--max-bytes)");
      std::ifstream in(file, std::ios::binary);
      if (!in) return Status(StatusCode::kIoError, "cannot open " + file);
      text->resize(size);
      in.read(text->data(), static_cast<std::streamsize>(size));
      if (static_cast<size_t>(in.gcount()) != size) return Status(StatusCode::kIoError, "cannot read " + file);
    }
    return Status::Ok();
  }

  // Returns the number of the last line read.
  int64_t ReadJsonl(Executor& executor) {
    std::FILE* in = options_.jsonl == "-" ? stdin : std::fopen(options_.jsonl.c_str(), "rb");
    if (!in) {
      const Status status(StatusCode::kIoError, "cannot open " + options_.jsonl);
      executor.Submit([this, status] { return Failure("", -1, status, 0); });
      return -1;
    }
    // A JSON-escaped document may take up to 6 bytes per byte of text; allow a generous margin.
    io::LineReader reader(in, options_.max_bytes * 2 + 4096, [] { return g_stop_signal != 0; });
    std::string line;
    while (!g_stop_signal) {
      const io::LineReader::Result result = reader.Next(&line);
      if (result == io::LineReader::Result::kEnd) break;
      if (result == io::LineReader::Result::kError) {
        if (g_stop_signal) break;
        const Status status(StatusCode::kIoError, "read error in " + options_.jsonl);
        const int64_t n = reader.line_number() + 1;
        executor.Submit([this, status, n] { return Failure("", n, status, 0); });
        break;
      }
      const int64_t n = reader.line_number();
      if (result == io::LineReader::Result::kTooLong) {
        const Status status(StatusCode::kTooLarge, "line longer than " + std::to_string(options_.max_bytes * 2 + 4096) +
                                                       " bytes (--max-bytes)");
        executor.Submit([this, status, n] { return Failure("", n, status, 0); });
        continue;
      }
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank lines are not records
      auto record = std::make_shared<io::ParsedRecord>(io::ParseJsonlRecord(line, date_));
      const uint64_t bytes = line.size();
      executor.Submit([this, record, n, bytes] {
        if (!record->status.ok()) return Failure(record->document.id, n, record->status, bytes);
        return Process(record->document, n);
      });
    }
    if (in != stdin) std::fclose(in);
    return reader.line_number();
  }

  const ExtractOptions& options_;
  const Pipeline& pipeline_;
  std::optional<Date> date_;
  std::FILE* out_;
};

}  // namespace

Runner AddExtractCommand(CLI::App& app) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Analyse articles: one JSON record per article on stdout");
  cmd->add_option("inputs", options->inputs, "Article files (.txt, UTF-8), directories of .txt files, or - for stdin");
  cmd->add_option("--jsonl", options->jsonl,
                  "JSON Lines input, one {\"id\",\"text\",\"date\",\"title\",\"url\"} per line (- for stdin)");
  cmd->add_option("--date", options->date,
                  "Publication date (YYYY-MM-DD or ISO 8601 timestamp); a record's own \"date\" wins");
  cmd->add_option("-o,--output", options->output, "Write records here instead of stdout");
  cmd->add_flag("--pretty", options->pretty, "Indent the JSON (records then span several lines)");
  cmd->add_flag("--tokens", options->tokens, "Include the tokens in each record");
  cmd->add_flag("--repair", options->repair,
                "Replace invalid UTF-8 by U+FFFD instead of failing (offsets stay into the original bytes)");
  cmd->add_flag("--split-hyphens", options->split_hyphens, "Split hyphenated words into parts (UD convention)");
  cmd->add_option("-j,--threads", options->threads, "Worker threads (default: all cores)")->check(CLI::Range(1, 1024));
  auto* progress = cmd->add_flag("--progress", options->progress, "Show progress on stderr even when not a terminal");
  cmd->add_flag("--quiet", options->quiet, "No progress and no summary on stderr")->excludes(progress);
  cmd->add_option("--max-bytes", options->max_bytes, "Largest document accepted, in bytes (default 128 MiB)")
      ->check(CLI::Range(size_t{1}, size_t{2000} << 20));
  cmd->add_option("--models", options->models, "Directory of model files (default: the bundled models/)");

  return [options]() -> int {
    if (options->inputs.empty() == options->jsonl.empty()) {
      std::cerr << "newsgraph extract: give article files/directories or --jsonl FILE (one of the two)\n";
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
    pipeline_options.max_document_bytes = options->max_bytes;
    pipeline_options.models_dir = options->models;
    pipeline_options.segmenter.split_hyphens = options->split_hyphens;
    StatusOr<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(pipeline_options);
    if (!pipeline.ok()) {
      std::cerr << "newsgraph extract: " << pipeline.status().ToString() << "\n";
      return kExitUsage;
    }
    std::FILE* out = stdout;
    if (!options->output.empty()) {
      out = std::fopen(options->output.c_str(), "wb");
      if (!out) {
        std::cerr << "newsgraph extract: cannot write " << options->output << "\n";
        return kExitUsage;
      }
    }
    Extractor extractor(*options, **pipeline, date, out);
    const int code = extractor.Run();
    if (out != stdout) std::fclose(out);
    return code;
  };
}

}  // namespace newsgraph::cli
