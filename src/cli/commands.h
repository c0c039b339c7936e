// Subcommands of the `newsgraph` binary. Each registers its options on a CLI11 subcommand and returns the process
// exit code: 0 success, 1 some inputs failed, 2 usage error.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <vector>

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

Runner AddExtractCommand(CLI::App& app);
Runner AddEvalCommand(CLI::App& app);
Runner AddTrainCommand(CLI::App& app);  // src/cli/train.cc
Runner AddTagCommand(CLI::App& app);    // src/cli/tag.cc

// `newsgraph eval <task>` subcommands, registered by AddEvalCommand on the "eval" subcommand; each returns its runner,
// called when its subcommand was parsed.
Runner AddSegmentEval(CLI::App& eval);
Runner AddTimexEval(CLI::App& eval);  // src/cli/eval_timex.cc
Runner AddQuotesEval(CLI::App& eval);  // src/cli/eval_quotes.cc
Runner AddNerEval(CLI::App& eval);  // src/cli/tag.cc
Runner AddEntitiesEval(CLI::App& eval);  // src/cli/eval_entities.cc
Runner AddArticleEval(CLI::App& eval);  // src/cli/eval_article.cc
Runner AddPlacesEval(CLI::App& eval);  // src/cli/eval_places.cc
Runner AddEventsEval(CLI::App& eval);  // src/cli/eval_events.cc

// `newsgraph train <model>` subcommands defined outside src/cli/train.cc.
Runner AddTrainEvents(CLI::App& train);  // src/cli/train_events.cc

}  // namespace newsgraph::cli
