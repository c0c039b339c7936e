// Subcommands of the `newsgraph` binary. Each registers its options on a CLI11 subcommand and returns the process
// exit code: 0 success, 1 some inputs failed, 2 usage error.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInterrupted = 130;

// Adds the subcommand to `app`; the returned function runs it after parsing.
using Runner = std::function<int()>;
// Runs the runner of whichever subcommand of `parent` was parsed; `runners` are in the order the subcommands were
// added.
inline int RunParsed(CLI::App& parent, const std::vector<Runner>& runners) {
  const auto subcommands = parent.get_subcommands({});
  for (size_t i = 0; i < subcommands.size() && i < runners.size(); ++i)
    if (subcommands[i]->parsed()) return runners[i]();
  return kExitUsage;
}

// Adds subcommand `name` to `parent`, its options (a struct `Options`) declared by `declare`; the returned runner
// calls `run` with them once parsed.
template <typename Options>
Runner AddCommand(CLI::App& parent, const char* name, const char* description,
                  void (*declare)(CLI::App*, Options*), int (*run)(const Options&)) {
  auto options = std::make_shared<Options>();
  declare(parent.add_subcommand(name, description), options.get());
  return [options, run] { return run(*options); };
}

// After a failed parse: "newsgraph extract: unknown option --dat; did you mean --date?" (or a command: 'extrct' ->
// 'extract') when an argument is near a known name; "" otherwise (src/cli/suggest.cc).
std::string SuggestFix(CLI::App& app, int argc, char** argv);

// Prints "newsgraph COMMAND: STATUS" on stderr and returns `exit_code`.
int Fail(std::string_view command, const Status& status, int exit_code);

// Options spelled the same by every command that has them (src/cli/common.cc).
CLI::Option* AddModelsOption(CLI::App* command, std::string* models_dir);                // --models DIR
// A required input: `name` PATH, which must exist (CLI::ExistingFile or CLI::ExistingDirectory).
CLI::Option* AddInput(CLI::App* command, const char* name, std::string* path, const char* help,
                      const CLI::Validator& exists);
CLI::Option* AddSplitHyphensFlag(CLI::App* command, bool* split_hyphens, const char* help);  // --[no-]split-hyphens

// The settings of `newsgraph train NAME` as one command line ("newsgraph train pos --epochs 8 ..."), recorded in the
// model file it writes. Call when the command runs (after parsing).
std::string TrainingCommandLine(const CLI::App* command, std::string_view name);

// The options of a trainer of averaged perceptrons chosen on dev (events, pos): --epochs, --patience, --min-count,
// --seed, --ensemble. `dev_measure` names what dev scores ("dev F1").
template <typename Options>
void AddPerceptronOptions(CLI::App* command, Options* train, const std::string& dev_measure) {
  command->add_option("--epochs", train->max_epochs, "Most epochs")->check(CLI::Range(1, 200))->capture_default_str();
  command->add_option("--patience", train->patience, "Stop after this many epochs without a better " + dev_measure)
      ->capture_default_str();
  command->add_option("--min-count", train->min_feature_count, "Drop features seen fewer times in training")
      ->capture_default_str();
  command->add_option("--seed", train->seed, "Random seed (sentence order)")->capture_default_str();
  command->add_option("--ensemble", train->ensemble, "Perceptrons averaged (different sentence orders)")
      ->check(CLI::Range(1, 16))
      ->capture_default_str();
}

Runner AddExtractCommand(CLI::App& app);
Runner AddEvalCommand(CLI::App& app);
Runner AddTrainCommand(CLI::App& app);  // src/cli/train.cc
Runner AddTagCommand(CLI::App& app);    // src/cli/tag.cc
Runner AddTrainQuotes(CLI::App& train);  // `newsgraph train quotes` (src/cli/train_quotes.cc)

// `newsgraph eval ner`, registered by AddEvalCommand; it shares its model options with `tag ner` (src/cli/tag.cc).
Runner AddNerEval(CLI::App& eval);
// Subcommands of `newsgraph eval` written beside their scorers' own options.
Runner AddArticleEval(CLI::App& eval);  // src/cli/eval_article.cc
Runner AddPlacesEval(CLI::App& eval);   // src/cli/eval_places.cc
Runner AddEventsEval(CLI::App& eval);   // src/cli/eval_events.cc
Runner AddPosEval(CLI::App& eval);      // src/cli/eval_pos.cc

// `newsgraph train <model>` subcommands defined outside src/cli/train.cc.
Runner AddTrainEvents(CLI::App& train);  // src/cli/train_events.cc
Runner AddTrainPos(CLI::App& train);     // src/cli/train_pos.cc

}  // namespace newsgraph::cli
