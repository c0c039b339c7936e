#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "core/stages.h"

namespace newsgraph::internal {

namespace fs = std::filesystem;

std::string ResolveModelsDir(const PipelineOptions& options) {
  if (!options.models_dir.empty()) return options.models_dir;
  if (const char* env = std::getenv("NEWSGRAPH_MODELS"); env && *env) return env;
  // Installed or built layouts: <prefix>/bin/newsgraph with <prefix>/share/newsgraph/models, or build/newsgraph
  // beside the source tree's models/.
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (const fs::path& candidate : {exe.parent_path().parent_path() / "share" / "newsgraph" / "models",
                                      exe.parent_path().parent_path() / "models", exe.parent_path() / "models"}) {
      if (fs::is_directory(candidate, ec)) return candidate.string();
    }
  }
  return std::string(NEWSGRAPH_SOURCE_DIR) + "/models";
}

}  // namespace newsgraph::internal
