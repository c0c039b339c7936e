// `newsgraph eval TASK ...`: scores newsgraph against gold data with each task's standard measure.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "eval/segment_eval.h"

namespace newsgraph::cli {
namespace {

struct SegmentEvalOptions {
  std::string conllu;
  bool split_hyphens = true;
  size_t show_errors = 0;
};

int RunSegmentEval(const SegmentEvalOptions& options) {
  auto docs = eval::ReadConlluFile(options.conllu);
  if (!docs.ok()) {
    std::cerr << "newsgraph eval segment: " << docs.status().ToString() << "\n";
    return kExitUsage;
  }
  SegmenterOptions segmenter;
  segmenter.split_hyphens = options.split_hyphens;
  const eval::SegmentScores s = eval::EvaluateSegmentation(*docs, segmenter, options.show_errors);
  for (const std::string& e : s.token_errors) std::cout << e << "\n";
  for (const std::string& e : s.errors) std::cout << e << "\n";
  std::cout << "documents: " << docs->size() << "\n"
            << "tokens:                    " << eval::FormatCounts(s.tokens) << "\n"
            << "sentence boundaries:       " << eval::FormatCounts(s.boundaries) << "\n"
            << "  inside paragraphs:       " << eval::FormatCounts(s.inner_boundaries) << "\n"
            << "sentences (exact spans):   " << eval::FormatCounts(s.sentences) << "\n";
  return kExitOk;
}

}  // namespace

Runner AddSegmentEval(CLI::App& eval) {
  auto options = std::make_shared<SegmentEvalOptions>();
  CLI::App* cmd = eval.add_subcommand("segment", "Token and sentence F1 against CoNLL-U (Universal Dependencies)");
  cmd->add_option("--conllu", options->conllu, "Gold CoNLL-U file")->required()->check(CLI::ExistingFile);
  cmd->add_option("--split-hyphens", options->split_hyphens,
                  "Split hyphenated words as UD does (default true; false scores the news convention)");
  cmd->add_option("--show-errors", options->show_errors, "Print up to N wrong boundaries and tokens");
  return [options] { return RunSegmentEval(*options); };
}

Runner AddEvalCommand(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("eval", "Score newsgraph against gold data");
  cmd->require_subcommand(1);
  std::vector<Runner> runners;  // one per task, in the order the subcommands are added
  runners.push_back(AddSegmentEval(*cmd));
  runners.push_back(AddTimexEval(*cmd));
  runners.push_back(AddQuotesEval(*cmd));
  runners.push_back(AddNerEval(*cmd));
  runners.push_back(AddEntitiesEval(*cmd));
  runners.push_back(AddArticleEval(*cmd));
  runners.push_back(AddPlacesEval(*cmd));
  runners.push_back(AddEventsEval(*cmd));
  return [cmd, runners] { return RunParsed(*cmd, runners); };
}

}  // namespace newsgraph::cli
