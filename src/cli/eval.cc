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

Runner AddEvalCommand(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("eval", "Score newsgraph against gold data");
  cmd->require_subcommand(1);

  auto segment = std::make_shared<SegmentEvalOptions>();
  CLI::App* seg = cmd->add_subcommand("segment", "Token and sentence F1 against CoNLL-U (Universal Dependencies)");
  seg->add_option("--conllu", segment->conllu, "Gold CoNLL-U file")->required()->check(CLI::ExistingFile);
  seg->add_option("--split-hyphens", segment->split_hyphens,
                  "Split hyphenated words as UD does (default true; false scores the news convention)");
  seg->add_option("--show-errors", segment->show_errors, "Print up to N wrong sentence boundaries");

  return [=]() -> int {
    if (seg->parsed()) return RunSegmentEval(*segment);
    return kExitUsage;
  };
}

}  // namespace newsgraph::cli
