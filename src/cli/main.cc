// newsgraph: the command-line front end. A thin layer over the library: it parses options, reads inputs, writes
// records and turns Status values into messages and exit codes.
#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace newsgraph::cli;
  CLI::App app{"newsgraph: what news articles say, as structured data (people, quotes, dates, places, events)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "newsgraph 0.1.0");
  std::vector<Runner> runners;  // one per subcommand, in the order they are added
  runners.push_back(AddExtractCommand(app));
  runners.push_back(AddEvalCommand(app));
  runners.push_back(AddTrainCommand(app));
  runners.push_back(AddTagCommand(app));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  return RunParsed(app, runners);
}
