// newsgraph: the command-line front end. A thin layer over the library: it parses options, reads inputs, writes
// records and turns Status values into messages and exit codes.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "newsgraph/json.h"
#include "newsgraph/models.h"
#include "newsgraph/version.h"

namespace {

// "newsgraph 0.1.0 ..." and the NER model that would be loaded: its format, feature set and checksum.
std::string VersionText() {
  std::string text = std::string("newsgraph ") + newsgraph::kVersion + " (records " + newsgraph::kSchemaVersion + ")\n";
  const auto info = newsgraph::ReadNerModelInfo();
  if (!info.ok()) return text + "NER model: " + info.status().ToString();
  const auto metadata = nlohmann::json::parse(info->metadata, nullptr, false);
  std::string features = metadata.is_object() ? metadata.value("features", "") : "";
  features = features.substr(0, features.find(':'));  // "features v1"
  char checksum[17];
  std::snprintf(checksum, sizeof checksum, "%016llx", static_cast<unsigned long long>(info->checksum));
  text += "NER model " + info->path + ": format " + std::to_string(info->format_version) +
          (features.empty() ? "" : ", " + features) + ", checksum " + checksum + ", " + std::to_string(info->bytes) +
          " bytes";
  if (metadata.is_object() && metadata.contains("dev_f1_saved") && metadata["dev_f1_saved"].is_number())
    text += ", dev F1 " + std::to_string(metadata["dev_f1_saved"].get<double>()).substr(0, 5);
  return text + (info->load_status.ok() ? " (checks pass)" : " (fails to load: " + info->load_status.ToString() + ")");
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsgraph::cli;
  CLI::App app{"newsgraph: what news articles say, as structured data (people, quotes, dates, places, events)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", VersionText, "Show the version and the NER model's version and checksum");
  std::vector<Runner> runners;  // one per subcommand, in the order they are added
  runners.push_back(AddExtractCommand(app));
  runners.push_back(AddEvalCommand(app));
  runners.push_back(AddTrainCommand(app));
  runners.push_back(AddTagCommand(app));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() != 0) {
      if (const std::string fix = SuggestFix(app, argc, argv); !fix.empty()) {
        std::fprintf(stderr, "%s\n", fix.c_str());
        return kExitUsage;
      }
    }
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  return RunParsed(app, runners);
}
