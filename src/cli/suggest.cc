// "Did you mean": the nearest subcommand or option to a mistyped one, for the message of a failed parse.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"

namespace newsgraph::cli {
namespace {

// Edits (insertions, deletions, substitutions, swaps of neighbours) from a to b.
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

// The candidate nearest to `word`, when it is near enough to be a typo (or `word` is its start); "" otherwise.
std::string Nearest(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = std::max<size_t>(1, std::min<size_t>(2, word.size() / 3)) + 1;
  for (const std::string& candidate : candidates) {
    size_t distance = EditDistance(word, candidate);
    if (word.size() >= 3 && candidate.compare(0, word.size(), word) == 0) distance = std::min<size_t>(distance, 1);
    if (distance < best_distance) best_distance = distance, best = candidate;
  }
  return best;
}

}  // namespace

std::string SuggestFix(CLI::App& app, int argc, char** argv) {
  CLI::App* current = &app;
  std::string path = "newsgraph";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    std::vector<std::string> names;
    if (arg.rfind("--", 0) == 0 && arg.size() > 2) {
      const std::string name = arg.substr(2, arg.find('=') == std::string::npos ? std::string::npos : arg.find('=') - 2);
      bool known = false;
      for (const CLI::Option* option : current->get_options()) {
        for (const std::string& long_name : option->get_lnames()) {
          known |= long_name == name;
          names.push_back(long_name);
        }
      }
      if (known) continue;
      const std::string nearest = Nearest(name, names);
      if (!nearest.empty())
        return path + ": unknown option --" + name + "; did you mean --" + nearest + "?";
      return "";
    }
    if (arg.empty() || arg[0] == '-') continue;
    std::vector<CLI::App*> subcommands = current->get_subcommands({});
    if (subcommands.empty()) continue;  // a positional argument of the command
    CLI::App* next = nullptr;
    for (CLI::App* sub : subcommands) {
      if (sub->get_name() == arg) next = sub;
      names.push_back(sub->get_name());
    }
    if (next) {
      current = next;
      path += " " + arg;
      continue;
    }
    // An option's value ("--models DIR") is not a command: only the first word after the command path is judged.
    if (i > 1 && argv[i - 1][0] == '-') continue;
    const std::string nearest = Nearest(arg, names);
    return nearest.empty() ? "" : path + ": unknown command '" + arg + "'; did you mean '" + nearest + "'?";
  }
  return "";
}

}  // namespace newsgraph::cli
