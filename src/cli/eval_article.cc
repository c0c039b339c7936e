// `newsgraph eval article --pages DIR --truth ground-truth.json`: article-body extraction from HTML pages, scored with
// the Zyte article-extraction benchmark's measure (src/eval/article_eval.h).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.h"
#include "eval/article_eval.h"
#include "input/html_article.h"
#include "input/warc_gzip.h"

namespace newsgraph::cli {
namespace {

struct ArticleEvalOptions {
  std::string pages;
  std::string truth;
  std::string predictions;  // score this file instead of extracting
  std::string write;        // write the extracted bodies as a prediction file
  std::string page;         // print one page's extraction
  std::string metadata;      // metadata truth: {id: {title, date, language}}
  size_t show_worst = 0;
  bool explain = false;
};

// Letters and digits, lower case: titles compare without punctuation, quotes and case.
std::string TitleKey(std::string_view s) {
  std::string out;
  for (const std::string_view token : eval::WordTokens(s))
    for (char c : token) out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  return out;
}

// Right answers out of pages that have the field in the truth.
struct FieldScore {
  int right = 0, total = 0;
  std::vector<std::string> wrong;
  void Add(const nlohmann::json& truth, const char* field, const std::string& got, bool right_answer,
           const std::string& id) {
    if (!truth.contains(field) || !truth[field].is_string()) return;
    ++total;
    if (right_answer) ++right;
    else wrong.push_back(id.substr(0, 12) + " " + field + ": " + truth[field].get<std::string>() + " | got: " + got);
  }
  std::string Format() const {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4f (%d of %d)", total ? static_cast<double>(right) / total : 0, right, total);
    return buf;
  }
};

// The page's bytes: <dir>/<id>.html[.gz] or <dir>/html/<id>.html[.gz], gunzipped.
StatusOr<std::string> ReadPage(const std::string& dir, const std::string& id) {
  namespace fs = std::filesystem;
  for (const std::string& name : {id + ".html.gz", id + ".html", "html/" + id + ".html.gz", "html/" + id + ".html"}) {
    const fs::path path = fs::path(dir) / name;
    std::ifstream in(path, std::ios::binary);
    if (!in) continue;
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string bytes = buffer.str();
    if (input::LooksGzip(bytes)) return input::Decompress(bytes, input::Compression::kGzip, 256u << 20);
    return bytes;
  }
  return Status(StatusCode::kNotFound, "no page " + id + ".html(.gz) in " + dir);
}

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

int RunArticleEval(const ArticleEvalOptions& options) {
  auto truth = eval::ReadArticleTruth(options.truth);
  if (!truth.ok()) {
    std::cerr << "newsgraph eval article: " << truth.status().ToString() << "\n";
    return kExitUsage;
  }
  std::map<std::string, eval::ArticleTruth> predicted;
  if (!options.predictions.empty()) {
    auto read = eval::ReadArticleTruth(options.predictions);
    if (!read.ok()) {
      std::cerr << "newsgraph eval article: " << read.status().ToString() << "\n";
      return kExitUsage;
    }
    predicted = std::move(*read);
  } else if (options.pages.empty()) {
    std::cerr << "newsgraph eval article: give --pages DIR (or --predictions FILE)\n";
    return kExitUsage;
  }

  nlohmann::json metadata_truth;
  if (!options.metadata.empty()) {
    std::ifstream in(options.metadata);
    metadata_truth = nlohmann::json::parse(in, nullptr, false);
    if (metadata_truth.is_discarded() || !metadata_truth.is_object()) {
      std::cerr << "newsgraph eval article: " << options.metadata << " is not a JSON object of pages\n";
      return kExitUsage;
    }
  }
  FieldScore titles, dates, languages;
  std::vector<eval::ShingleMatch> matches;
  std::vector<bool> exact;
  std::vector<std::pair<double, std::string>> worst;  // (F1 of the page, line)
  nlohmann::json written = nlohmann::json::object();
  int failed = 0;
  for (const auto& [id, t] : *truth) {
    std::string body;
    if (!options.predictions.empty()) {
      auto it = predicted.find(id);
      if (it == predicted.end()) {
        std::cerr << "newsgraph eval article: no prediction for page " << id << "\n";
        return kExitUsage;
      }
      body = it->second.body;
    } else {
      auto bytes = ReadPage(options.pages, id);
      if (!bytes.ok()) {
        std::cerr << "newsgraph eval article: " << bytes.status().ToString() << "\n";
        return kExitUsage;
      }
      input::HtmlSource source;
      source.url = t.url;
      auto article = input::ExtractArticle(*bytes, source);
      if (!article.ok()) {
        std::cerr << "page " << id << ": " << article.status().ToString() << "\n";
        ++failed;
      } else {
        body = article->text;
        if (metadata_truth.contains(id)) {
          const nlohmann::json& m = metadata_truth[id];
          const input::ArticleMetadata& got = article->metadata;
          const std::string date = got.date ? got.date->ToString() : "";
          if (m.contains("title") && m["title"].is_string())
            titles.Add(m, "title", got.title, TitleKey(got.title) == TitleKey(m["title"].get<std::string>()), id);
          if (m.contains("date") && m["date"].is_string())
            dates.Add(m, "date", date, date == m["date"].get<std::string>(), id);
          if (m.contains("language") && m["language"].is_string())
            languages.Add(m, "language", got.language, got.language == m["language"].get<std::string>(), id);
        }
        if (id == options.page && options.explain) std::cout << input::ExplainArticle(*bytes, source);
        if (id == options.page) {
          const auto& m = article->metadata;
          std::cout << "title: " << m.title << "\npublished: " << m.published << " (" << m.date_source
                    << ")\nlanguage: " << m.language << "\nsite: " << m.site << "\ncharset: " << article->charset
                    << " (" << article->charset_source << ")\n---\n"
                    << body << "\n---\n";
        }
      }
    }
    if (!options.write.empty()) written[id] = {{"articleBody", body}, {"url", t.url}};
    const eval::ShingleMatch m = eval::MatchShingles(t.body, body);
    matches.push_back(m);
    exact.push_back(eval::WordTokens(t.body) == eval::WordTokens(body));
    const double p = eval::PagePrecision(m), r = eval::PageRecall(m);
    worst.emplace_back(p + r > 0 ? 2 * p * r / (p + r) : 0,
                       id.substr(0, 12) + "  P " + Fixed(p) + "  R " + Fixed(r) + "  " + t.url);
  }
  if (!options.write.empty()) {
    std::ofstream out(options.write);
    out << written.dump(1) << "\n";
    if (!out) {
      std::cerr << "newsgraph eval article: cannot write " << options.write << "\n";
      return kExitSomeFailed;
    }
  }
  std::sort(worst.begin(), worst.end());
  for (size_t i = 0; i < std::min(options.show_worst, worst.size()); ++i) std::cout << worst[i].second << "\n";
  const eval::ArticleScores s = eval::AggregateArticleScores(matches, exact);
  std::cout << "pages: " << s.pages << (failed ? " (" + std::to_string(failed) + " failed)" : "") << "\n"
            << "article body (4-token shingles, mean over pages): precision " << Fixed(s.precision) << "  recall "
            << Fixed(s.recall) << "  F1 " << Fixed(s.f1) << "  exact " << Fixed(s.accuracy) << "\n";
  if (!options.metadata.empty()) {
    for (const FieldScore* f : {&titles, &dates, &languages})
      for (size_t i = 0; i < std::min(options.show_worst, f->wrong.size()); ++i) std::cout << f->wrong[i] << "\n";
    std::cout << "metadata: title " << titles.Format() << "  date " << dates.Format() << "  language "
              << languages.Format() << "\n";
  }
  return failed ? kExitSomeFailed : kExitOk;
}

}  // namespace

Runner AddArticleEval(CLI::App& eval) {
  auto options = std::make_shared<ArticleEvalOptions>();
  CLI::App* cmd = eval.add_subcommand(
      "article", "Article-body extraction from HTML pages, scored as the Zyte article-extraction benchmark does");
  cmd->add_option("--pages", options->pages, "Directory of pages named <id>.html or <id>.html.gz (or in html/)")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--truth", options->truth, "ground-truth.json: {id: {articleBody, url}}")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--predictions", options->predictions,
                  "Score this prediction file (same shape as the truth) instead of extracting")
      ->check(CLI::ExistingFile);
  cmd->add_option("--write", options->write, "Write the extracted bodies to this file (same shape as the truth)");
  cmd->add_option("--metadata", options->metadata,
                  "Also score title, date and language against this file: {id: {title, date, language}}")
      ->check(CLI::ExistingFile);
  cmd->add_option("--show-worst", options->show_worst,
                  "Print the N pages with the lowest F1 (and up to N metadata misses of each field)");
  cmd->add_option("--page", options->page, "Print the extraction of the page with this id");
  cmd->add_flag("--explain", options->explain, "With --page: every text block with its verdict and value");
  return [options] { return RunArticleEval(*options); };
}

}  // namespace newsgraph::cli
