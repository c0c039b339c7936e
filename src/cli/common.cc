// What the subcommands share: error messages and the options every command spells the same way.
#include <iostream>

#include "cli/commands.h"

namespace newsgraph::cli {

int Fail(std::string_view command, const Status& status, int exit_code) {
  std::cerr << "newsgraph " << command << ": " << status.ToString() << "\n";
  return exit_code;
}

std::string TrainingCommandLine(const CLI::App* command, std::string_view name) {
  std::string line = "newsgraph train " + std::string(name) + " " + command->config_to_str(true, false);
  for (char& c : line)
    if (c == '\n') c = ' ';
  return line;
}

CLI::Option* AddModelsOption(CLI::App* command, std::string* models_dir) {
  return command->add_option("--models", *models_dir,
                             "Directory of model files (default: $NEWSGRAPH_MODELS, else the installed or bundled "
                             "models/)");
}

CLI::Option* AddInput(CLI::App* command, const char* name, std::string* path, const char* help,
                      const CLI::Validator& exists) {
  return command->add_option(name, *path, help)->required()->check(exists);
}

CLI::Option* AddSplitHyphensFlag(CLI::App* command, bool* split_hyphens, const char* help) {
  return command->add_flag("--split-hyphens,!--no-split-hyphens", *split_hyphens, help);
}

}  // namespace newsgraph::cli
