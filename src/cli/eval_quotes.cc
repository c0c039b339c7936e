// `newsgraph eval quotes --polnear DIR`: quotations and their speakers against PolNeAR's attributions.
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "eval/polnear.h"
#include "eval/quote_eval.h"

namespace newsgraph::cli {
namespace {

struct QuotesEvalOptions {
  std::string polnear;
  size_t show_errors = 0;
  bool quotes_only = false;
};

std::string Accuracy(const eval::AccuracyCounts& c) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.4f  (%lld of %lld)", c.accuracy(), static_cast<long long>(c.correct),
                static_cast<long long>(c.total));
  return buf;
}

int RunQuotesEval(const QuotesEvalOptions& options) {
  auto docs = eval::ReadPolnear(options.polnear);
  if (!docs.ok()) {
    std::cerr << "newsgraph eval quotes: " << docs.status().ToString() << "\n";
    return kExitUsage;
  }
  eval::QuoteEvalOptions eval_options;
  eval_options.quotes_only = options.quotes_only;
  eval_options.max_errors = options.show_errors;
  auto s = eval::EvaluateQuotes(*docs, eval_options);
  if (!s.ok()) {
    std::cerr << "newsgraph eval quotes: " << s.status().ToString() << "\n";
    return kExitSomeFailed;
  }
  for (const std::string& e : s->errors) std::cout << e << "\n";
  std::cout << "documents: " << docs->size() << " (one annotator per article: the id that sorts first)\n"
            << "direct quotations:          " << eval::FormatOverlap(s->direct) << "\n"
            << "  set aside (in mixed or indirect Contents): " << s->direct_set_aside << "\n"
            << "  speaker accuracy:         " << Accuracy(s->direct_speakers) << "\n"
            << "  strict (direct kind only): " << eval::FormatOverlap(s->direct_strict) << "\n"
            << "indirect attributions:      " << eval::FormatOverlap(s->indirect) << "\n"
            << "  speaker accuracy:         " << Accuracy(s->indirect_speakers) << "\n"
            << "fragments: " << s->fragments << " predicted, " << s->fragments_in_gold << " inside a gold Content\n";
  return kExitOk;
}

}  // namespace

Runner AddQuotesEval(CLI::App& eval) {
  auto options = std::make_shared<QuotesEvalOptions>();
  CLI::App* cmd = eval.add_subcommand("quotes", "Quotations and speakers against PolNeAR attributions (brat)");
  cmd->add_option("--polnear", options->polnear, "A PolNeAR split: a directory with text/ and attributions/")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--show-errors", options->show_errors, "Print up to N misses, false positives and wrong speakers of each kind");
  cmd->add_flag("--quotes-only", options->quotes_only,
                "Run segmentation and the quotation finder only, without the other pipeline stages (no tagger mentions)");
  return [options] { return RunQuotesEval(*options); };
}

}  // namespace newsgraph::cli
