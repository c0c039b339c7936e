// `newsgraph eval timex --timeml DIR`: TempEval-3 time-expression scores against TimeML gold (TimeBank).
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "eval/timex_eval.h"

namespace newsgraph::cli {
namespace {

struct TimexEvalOptions {
  std::string timeml;
  size_t show_errors = 0;
};

int RunTimexEval(const TimexEvalOptions& options) {
  auto docs = eval::ReadTimemlDirectory(options.timeml);
  if (!docs.ok()) {
    std::cerr << "newsgraph eval timex: " << docs.status().ToString() << "\n";
    return kExitUsage;
  }
  const eval::TimexScores scores = eval::EvaluateTimexes(*docs, options.show_errors);
  for (const std::string& e : scores.errors) std::cout << e << "\n";
  std::cout << "documents: " << docs->size() << "\n" << eval::FormatTimexScores(scores);
  return kExitOk;
}

}  // namespace

Runner AddTimexEval(CLI::App& eval) {
  auto options = std::make_shared<TimexEvalOptions>();
  CLI::App* cmd = eval.add_subcommand("timex", "TempEval-3 time-expression scores against TimeML (TimeBank)");
  cmd->add_option("--timeml", options->timeml, "Directory of TimeML .tml files (the DCT comes from CREATION_TIME)")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--show-errors", options->show_errors,
                  "Print up to N errors (MISSED, SPURIOUS, EXTENT, VALUE), each with its document and context");
  return [options] { return RunTimexEval(*options); };
}

}  // namespace newsgraph::cli
