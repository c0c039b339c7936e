// newsgraph: the command-line front end. A thin layer over the library: it parses options, reads inputs, writes
// records and turns Status values into messages and exit codes.
#include <iostream>
#include <map>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"newsgraph: what news articles say, as structured data (people, quotes, dates, places, events)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "newsgraph 0.1.0");

  std::map<CLI::App*, newsgraph::cli::Runner> runners;
  auto add = [&](newsgraph::cli::Runner (*adder)(CLI::App&)) {
    const size_t before = app.get_subcommands({}).size();
    newsgraph::cli::Runner runner = adder(app);
    runners[app.get_subcommands({})[before]] = std::move(runner);
  };
  add(newsgraph::cli::AddExtractCommand);
  add(newsgraph::cli::AddEvalCommand);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : newsgraph::cli::kExitUsage;
  }
  for (auto& [sub, run] : runners)
    if (sub->parsed()) return run();
  return newsgraph::cli::kExitUsage;
}
