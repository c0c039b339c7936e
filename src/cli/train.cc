// `newsgraph train ner ...`: trains the NER tagger; `newsgraph train ner-data ...`: builds its word clusters,
// casing statistics and gazetteers from unlabeled text and name lists (see scripts/build_ner_data.sh).
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "eval/ner_conll.h"
#include "train/ner_trainer.h"

namespace newsgraph::cli {
namespace {

struct TrainNerOptions {
  std::string train, dev, output = "models/ner-en-news.bin";
  std::string clusters = "data/clusters/news-clusters.txt";
  std::string casing = "data/clusters/news-casing.tsv";
  std::string gazetteers = "data/gazetteers/lists";
  std::string scheme = "BILOU";
  int epochs = 30, patience = 4, stages = 2, folds = 5, min_count = 1, threads = 2, window = 2, affix = 4;
  uint64_t seed = 1;
  float prune = 0;
  std::vector<int> cluster_prefixes{4, 6, 10, 20};
  bool no_clusters = false, no_gazetteers = false, no_bigrams = false, no_casing = false;
  std::string command_line;
};

int RunTrainNer(const TrainNerOptions& o) {
  auto say = [](std::string_view s) { std::cerr << "[train ner] " << s << std::endl; };
  auto train = eval::ReadConllFile(o.train);
  if (!train.ok()) {
    std::cerr << "newsgraph train ner: " << train.status().ToString() << "\n";
    return kExitUsage;
  }
  auto dev = eval::ReadConllFile(o.dev);
  if (!dev.ok()) {
    std::cerr << "newsgraph train ner: " << dev.status().ToString() << "\n";
    return kExitUsage;
  }
  train::NerResources resources;
  train::NerTrainOptions options;
  options.features.window = static_cast<uint8_t>(o.window);
  options.features.affix_length = static_cast<uint8_t>(o.affix);
  options.features.cluster_prefixes.assign(o.cluster_prefixes.begin(), o.cluster_prefixes.end());
  options.features.clusters = !o.no_clusters;
  options.features.gazetteer = !o.no_gazetteers;
  options.features.bigrams = !o.no_bigrams;
  options.features.casing = !o.no_casing;
  for (const auto& [path, load] : std::vector<std::pair<std::string, int>>{
           {o.clusters, 0}, {o.casing, 1}, {o.gazetteers, 2}}) {
    if (path.empty() || path == "none") continue;
    if ((load == 0 && o.no_clusters) || (load == 2 && o.no_gazetteers) || (load == 1 && o.no_casing && o.no_clusters))
      continue;
    Status s = load == 0   ? train::LoadClusters(path, &resources.lexicon, &resources.description)
               : load == 1 ? train::LoadCasing(path, &resources.lexicon, &resources.description)
                           : train::LoadGazetteers(path, &resources.gazetteer, &resources.description);
    if (!s.ok()) {
      std::cerr << "newsgraph train ner: " << s.ToString()
                << " (build it with scripts/build_ner_data.sh, or pass \"none\")\n";
      return kExitUsage;
    }
  }
  say("resources: " + resources.description);
  options.scheme = o.scheme == "BIO" ? ner::TagScheme::kBio : ner::TagScheme::kBilou;
  options.max_epochs = o.epochs;
  options.patience = o.patience;
  options.stages = o.stages;
  options.folds = o.folds;
  options.min_feature_count = o.min_count;
  options.threads = o.threads;
  options.seed = o.seed;
  options.prune = o.prune;
  options.settings_note = o.command_line;
  say("train " + o.train + ": " + std::to_string(train->tokens()) + " tokens; dev " + o.dev + ": " +
      std::to_string(dev->tokens()) + " tokens; " + options.features.ToString());
  auto result = train::TrainNer(*train, *dev, std::move(resources), options, say);
  if (!result.ok()) {
    std::cerr << "newsgraph train ner: " << result.status().ToString() << "\n";
    return kExitSomeFailed;
  }
  Status saved = result->model->Save(o.output);
  if (!saved.ok()) {
    std::cerr << "newsgraph train ner: " << saved.ToString() << "\n";
    return kExitSomeFailed;
  }
  std::error_code ec;
  say("wrote " + o.output + " (" + std::to_string(std::filesystem::file_size(o.output, ec) / 1024) + " KiB) in " +
      std::to_string(static_cast<int>(result->seconds)) + " s");
  return kExitOk;
}

Runner AddTrainNer(CLI::App& parent) {
  auto o = std::make_shared<TrainNerOptions>();
  CLI::App* cmd = parent.add_subcommand("ner", "Train the named-entity tagger on CoNLL-2003 format data");
  cmd->add_option("--train", o->train, "Training data (CoNLL format, NER tag last)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--dev", o->dev, "Development data: chooses the number of epochs")->required()->check(CLI::ExistingFile);
  cmd->add_option("-o,--output", o->output, "Model file to write")->capture_default_str();
  cmd->add_option("--clusters", o->clusters, "Word clusters (paths format), or none")->capture_default_str();
  cmd->add_option("--casing", o->casing, "Casing statistics, or none")->capture_default_str();
  cmd->add_option("--gazetteers", o->gazetteers, "Directory of name lists (*.txt), or none")->capture_default_str();
  cmd->add_option("--scheme", o->scheme, "Tag encoding inside the model: BILOU or BIO")
      ->check(CLI::IsMember({"BILOU", "BIO"}))
      ->capture_default_str();
  cmd->add_option("--epochs", o->epochs, "Most epochs per stage")->capture_default_str();
  cmd->add_option("--patience", o->patience, "Stop after this many epochs without a better dev F1")->capture_default_str();
  cmd->add_option("--stages", o->stages, "1: sentence-level only; 2: add the document-level second stage")
      ->check(CLI::Range(1, 2))
      ->capture_default_str();
  cmd->add_option("--folds", o->folds, "Jackknife folds for the second stage")->capture_default_str();
  cmd->add_option("--min-count", o->min_count, "Drop features seen fewer times in training")->capture_default_str();
  cmd->add_option("--threads", o->threads, "Training threads")->capture_default_str();
  cmd->add_option("--seed", o->seed, "Random seed (sentence order, folds)")->capture_default_str();
  cmd->add_option("--prune", o->prune, "Drop features whose largest weight is below this share of the largest")
      ->capture_default_str();
  cmd->add_option("--window", o->window, "Neighbours seen on each side (0-2)")->check(CLI::Range(0, 2))->capture_default_str();
  cmd->add_option("--affix", o->affix, "Longest prefix and suffix")->check(CLI::Range(0, 8))->capture_default_str();
  cmd->add_option("--cluster-prefixes", o->cluster_prefixes, "Cluster path prefix lengths")->capture_default_str();
  cmd->add_flag("--no-clusters", o->no_clusters, "Ablation: no word-cluster features");
  cmd->add_flag("--no-gazetteers", o->no_gazetteers, "Ablation: no gazetteer features");
  cmd->add_flag("--no-bigrams", o->no_bigrams, "Ablation: no word-bigram features");
  cmd->add_flag("--no-casing", o->no_casing, "Ablation: no casing-statistics features");
  return [o, cmd] {
    // The settings as a command line, recorded in the model's metadata.
    o->command_line = "newsgraph train ner " + cmd->config_to_str(true, false);
    for (char& c : o->command_line)
      if (c == '\n') c = ' ';
    return RunTrainNer(*o);
  };
}

}  // namespace

Runner AddTrainCommand(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("train", "Train models and build their data");
  cmd->require_subcommand(1);
  std::vector<Runner> runners;  // in the order the subcommands are added
  runners.push_back(AddTrainNer(*cmd));
  return [cmd, runners] { return RunParsed(*cmd, runners); };
}

}  // namespace newsgraph::cli
