// `newsgraph eval entities --cases FILE`: the whole pipeline on hand-written passages with known entities.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "eval/entity_eval.h"

namespace newsgraph::cli {
namespace {

struct EntitiesEvalOptions {
  std::string cases;
  std::string models;
  bool show_errors = false;
};

int RunEntitiesEval(const EntitiesEvalOptions& options) {
  PipelineOptions pipeline_options;
  pipeline_options.models_dir = options.models;
  auto pipeline = Pipeline::Create(pipeline_options);
  if (!pipeline.ok()) {
    std::cerr << "newsgraph eval entities: " << pipeline.status().ToString() << "\n";
    return kExitUsage;
  }
  auto s = eval::EvaluateEntityCases(**pipeline, options.cases);
  if (!s.ok()) {
    std::cerr << "newsgraph eval entities: " << s.status().ToString() << "\n";
    return kExitUsage;
  }
  if (options.show_errors)
    for (const std::string& e : s->errors) std::cout << e << "\n";
  std::cout << "cases: " << s->cases << "\n"
            << "entity mentions:     " << eval::FormatCounts(s->mentions) << "\n"
            << "mention clustering:  " << eval::FormatCounts(s->links) << "   (pairs of mentions of one entity)\n"
            << "facts (name, type, country, role, metonym): " << s->facts_right << " of " << s->facts << "\n";
  return kExitOk;
}

}  // namespace

Runner AddEntitiesEval(CLI::App& eval) {
  auto options = std::make_shared<EntitiesEvalOptions>();
  CLI::App* cmd = eval.add_subcommand("entities", "Who's who on hand-written cases: mentions, clustering, facts");
  cmd->add_option("--cases", options->cases, "JSONL cases (tests/fixtures/entities/cases.jsonl)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--models", options->models, "Directory of model files (default: the bundled models/)");
  cmd->add_flag("--show-errors", options->show_errors, "Print every miss and wrong fact");
  return [options] { return RunEntitiesEval(*options); };
}

}  // namespace newsgraph::cli
