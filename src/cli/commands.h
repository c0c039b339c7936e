// Subcommands of the `newsgraph` binary. Each registers its options on a CLI11 subcommand and returns the process
// exit code: 0 success, 1 some inputs failed, 2 usage error.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace newsgraph::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInterrupted = 130;

// Adds the subcommand to `app`; the returned function runs it after parsing.
using Runner = std::function<int()>;
Runner AddExtractCommand(CLI::App& app);
Runner AddEvalCommand(CLI::App& app);

}  // namespace newsgraph::cli
