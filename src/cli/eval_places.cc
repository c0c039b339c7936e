// `newsgraph eval places --gold FILE`: toponym recognition and resolution (src/eval/place_eval.h).
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "eval/place_eval.h"

namespace newsgraph::cli {
namespace {

struct PlacesEvalOptions {
  eval::PlaceEvalOptions eval;
  std::string models;
  std::string resolver = "entities";
  std::string mentions = "pipeline";
  bool show_errors = false;
  std::vector<std::string> weights;  // name=value
};

// "--weight support=2.5": sets one of the resolver's weights (lang::ToponymWeights); false for an unknown name.
bool SetWeight(const std::string& assignment, lang::ToponymWeights* w) {
  const size_t eq = assignment.find('=');
  if (eq == std::string::npos) return false;
  const std::string name = assignment.substr(0, eq);
  double value = 0;
  try {
    value = std::stod(assignment.substr(eq + 1));
  } catch (...) {
    return false;
  }
  const std::pair<const char*, double*> fields[] = {
      {"population", &w->population}, {"country", &w->country}, {"admin1", &w->admin1},
      {"capital", &w->capital}, {"admin_seat", &w->admin_seat}, {"county_seat", &w->county_seat},
      {"section", &w->section}, {"alternate_name", &w->alternate_name}, {"city_over_region", &w->city_over_region},
      {"support", &w->support}, {"near_km", &w->near_km}, {"local_cap", &w->local_cap},
      {"country_cap", &w->country_cap}, {"dateline", &w->dateline}};
  for (const auto& [field, target] : fields) {
    if (name == field) {
      *target = value;
      return true;
    }
  }
  return false;
}

int RunPlacesEval(PlacesEvalOptions& options) {
  for (const std::string& w : options.weights) {
    if (!SetWeight(w, &options.eval.weights)) {
      std::cerr << "newsgraph eval places: unknown weight \"" << w << "\" (see src/lang/toponyms.h)\n";
      return kExitUsage;
    }
  }
  options.eval.resolver = options.resolver == "toponyms" ? eval::PlaceResolver::kToponyms : eval::PlaceResolver::kEntities;
  options.eval.mentions = options.mentions == "gold" ? eval::PlaceMentions::kGold : eval::PlaceMentions::kPipeline;
  PipelineOptions pipeline_options;
  pipeline_options.models_dir = options.models;
  auto pipeline = Pipeline::Create(pipeline_options);
  if (!pipeline.ok()) {
    std::cerr << "newsgraph eval places: " << pipeline.status().ToString() << "\n";
    return kExitUsage;
  }
  auto s = eval::EvaluatePlaces(**pipeline, options.eval);
  if (!s.ok()) {
    std::cerr << "newsgraph eval places: " << s.status().ToString() << "\n";
    return kExitUsage;
  }
  if (options.show_errors)
    for (const std::string& e : s->notes) std::cout << e << "\n";
  if (s->skipped) std::cout << "skipped " << s->skipped << " documents: their text is not in " << options.eval.shared_dir << "\n";
  char resolution[200];
  std::snprintf(resolution, sizeof resolution, "acc@161km %.4f  AUC %.4f  mean %.0f km  median %.0f km  (%zu toponyms)",
                s->AccuracyAt161(), s->Auc(), s->MeanErrorKm(), s->MedianErrorKm(), s->errors_km.size());
  std::cout << "documents: " << s->documents << "\n"
            << "recognition: " << eval::FormatCounts(s->recognition) << "\n"
            << "resolution:  " << resolution << "\n";
  return kExitOk;
}

}  // namespace

Runner AddPlacesEval(CLI::App& eval) {
  auto options = std::make_shared<PlacesEvalOptions>();
  options->eval.shared_dir = "../shared";
  CLI::App* cmd = eval.add_subcommand("places", "Geoparsing: toponym P/R/F1, accuracy within 161 km, AUC of errors");
  cmd->add_option("--gold", options->eval.gold, "Gold JSONL (tests/fixtures/places/*.jsonl)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--shared", options->eval.shared_dir, "Folder the gold's text_path is relative to (default ../shared)");
  cmd->add_option("--resolver", options->resolver, "entities (the entity stage's coordinates) or toponyms")
      ->check(CLI::IsMember({"entities", "toponyms"}));
  cmd->add_option("--mentions", options->mentions, "pipeline (LOCATION entities) or gold (resolution alone)")
      ->check(CLI::IsMember({"pipeline", "gold"}));
  cmd->add_option("--models", options->models, "Directory of model files (default: the bundled models/)");
  cmd->add_flag("!--no-recover", options->eval.recover_missed,
                "With --resolver toponyms: do not add the place names the tagger missed");
  cmd->add_option("--weight", options->weights, "name=value: a weight of the toponyms resolver (src/lang/toponyms.h)");
  cmd->add_flag("--show-errors", options->show_errors, "Print every miss, extra and error over 161 km");
  return [options] { return RunPlacesEval(*options); };
}

}  // namespace newsgraph::cli
