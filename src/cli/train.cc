// `newsgraph train ner ...`: trains the NER tagger; `newsgraph train ner-data ...`: builds its word clusters,
// casing statistics and gazetteers from unlabeled text and name lists (see scripts/build_ner_data.sh).
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "eval/ner_conll.h"
#include "train/ner_data.h"
#include "train/ner_trainer.h"

namespace newsgraph::cli {
namespace {

struct TrainNerOptions {
  std::string train, dev, output = "models/ner-en-news.bin";
  std::string clusters = "data/clusters/news-clusters.txt";
  std::string casing = "data/clusters/news-casing.tsv";
  std::string gazetteers = "data/gazetteers/lists";
  std::string scheme = "BILOU";
  int window = 2, affix = 4;
  std::vector<int> cluster_prefixes{4, 8, 12};
  train::NerTrainOptions training;  // epochs, folds, threads ... bound to their options directly
  bool no_clusters = false, no_gazetteers = false, no_bigrams = false, no_casing = false;
  std::string command_line;
};

int RunTrainNer(const TrainNerOptions& o) {
  auto say = [](std::string_view s) { std::cerr << "[train ner] " << s << std::endl; };
  auto train = eval::ReadConllFile(o.train);
  if (!train.ok()) return Fail("train ner", train.status(), kExitUsage);
  auto dev = eval::ReadConllFile(o.dev);
  if (!dev.ok()) return Fail("train ner", dev.status(), kExitUsage);
  train::NerResources resources;
  train::NerTrainOptions options = o.training;
  options.features.window = static_cast<uint8_t>(o.window);
  options.features.affix_length = static_cast<uint8_t>(o.affix);
  options.features.cluster_prefixes = o.cluster_prefixes;
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
  options.settings_note = o.command_line;
  say("train " + o.train + ": " + std::to_string(train->tokens()) + " tokens; dev " + o.dev + ": " +
      std::to_string(dev->tokens()) + " tokens; " + options.features.ToString());
  auto result = train::TrainNer(*train, *dev, std::move(resources), options, say);
  if (!result.ok()) return Fail("train ner", result.status(), kExitSomeFailed);
  Status saved = result->model->Save(o.output);
  if (!saved.ok()) return Fail("train ner", saved, kExitSomeFailed);
  std::error_code ec;
  say("wrote " + o.output + " (" + std::to_string(std::filesystem::file_size(o.output, ec) / 1024) + " KiB) in " +
      std::to_string(static_cast<int>(result->seconds)) + " s");
  return kExitOk;
}

Runner AddTrainNer(CLI::App& parent) {
  auto o = std::make_shared<TrainNerOptions>();
  CLI::App* cmd = parent.add_subcommand("ner", "Train the named-entity tagger on CoNLL-2003 format data");
  AddInput(cmd, "--train", &o->train, "Training data (CoNLL format, NER tag last)", CLI::ExistingFile);
  AddInput(cmd, "--dev", &o->dev, "Development data: chooses the number of epochs", CLI::ExistingFile);
  cmd->add_option("-o,--output", o->output, "Model file to write")->capture_default_str();
  cmd->add_option("--clusters", o->clusters, "Word clusters (paths format), or none")->capture_default_str();
  cmd->add_option("--casing", o->casing, "Casing statistics, or none")->capture_default_str();
  cmd->add_option("--gazetteers", o->gazetteers, "Directory of name lists (*.txt), or none")->capture_default_str();
  cmd->add_option("--scheme", o->scheme, "Tag encoding inside the model: BILOU or BIO")
      ->check(CLI::IsMember({"BILOU", "BIO"}))
      ->capture_default_str();
  cmd->add_option("--epochs", o->training.max_epochs, "Most epochs per stage")->capture_default_str();
  cmd->add_option("--patience", o->training.patience, "Stop after this many epochs without a better dev F1")->capture_default_str();
  cmd->add_option("--stages", o->training.stages, "1: sentence-level only; 2: add the document-level second stage")
      ->check(CLI::Range(1, 2))
      ->capture_default_str();
  cmd->add_option("--folds", o->training.folds, "Jackknife folds for the second stage")->capture_default_str();
  cmd->add_option("--min-count", o->training.min_feature_count, "Drop features seen fewer times in training")->capture_default_str();
  cmd->add_option("--threads", o->training.threads, "Training threads")->capture_default_str();
  cmd->add_option("--seed", o->training.seed, "Random seed (sentence order, folds)")->capture_default_str();
  cmd->add_option("--prune", o->training.prune, "Drop features whose largest weight is below this share of the largest")
      ->capture_default_str();
  cmd->add_option("--ensemble", o->training.ensemble, "Perceptrons averaged per stage (different sentence orders)")
      ->check(CLI::Range(1, 16))
      ->capture_default_str();
  cmd->add_option("--word-dropout", o->training.word_dropout,
                  "Share of capitalized training words that lose their identity features each epoch")
      ->capture_default_str();
  cmd->add_option("--pa", o->training.pa_c, "Passive-aggressive (PA-I) updates with this cap; 0: perceptron updates")
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
    o->command_line = TrainingCommandLine(cmd, "ner");
    return RunTrainNer(*o);
  };
}

struct NerDataOptions {
  std::string data = "../shared/data", places = "data/places", output = "data";
  std::string conll_train;  // default: <data>/conll2003/train.txt
  std::vector<std::string> sources{"reuters", "bbc", "polnear"};
  std::vector<std::string> only;  // clusters, casing, gazetteers (default all)
  int depth = 12, min_count = 2, iterations = 8, flat_iterations = 6;
  std::vector<int> flat_levels{8, 10};
  std::vector<int> embedding_clusters{256, 1024};
  int embedding_epochs = 5, threads = 2;
  bool actor_dictionaries = false, embeddings = false;
};

int RunNerData(const NerDataOptions& o) {
  namespace fs = std::filesystem;
  auto say = [](std::string_view s) { std::cerr << "[ner-data] " << s << std::endl; };
  auto wants = [&](const char* what) { return o.only.empty() || std::find(o.only.begin(), o.only.end(), what) != o.only.end(); };
  std::error_code ec;
  if (wants("gazetteers")) {
    std::string description;
    const std::string dir = o.output + "/gazetteers/lists";
    Status s = train::BuildGazetteerLists(o.data + "/knowledge", o.places, dir, o.actor_dictionaries, &description);
    if (!s.ok()) return Fail("train ner-data", s, kExitSomeFailed);
    say("gazetteers in " + dir + ": " + description);
  }
  if (!wants("clusters") && !wants("casing")) return kExitOk;
  train::SentenceCorpus corpus;
  std::string description;
  const auto t0 = std::chrono::steady_clock::now();
  Status s = train::AddUnlabeledNews(o.data, o.sources, &corpus, &description);
  const std::string conll = o.conll_train.empty() ? o.data + "/conll2003/train.txt" : o.conll_train;
  if (s.ok() && conll != "none") {
    auto file = eval::ReadConllFile(conll);
    if (!file.ok()) {
      s = file.status();
    } else {
      const size_t before = corpus.tokens.size();
      train::AddConll(*file, &corpus);
      description += "CoNLL training sentences (" + std::to_string(corpus.tokens.size() - before) + " tokens)";
    }
  }
  if (!s.ok()) return Fail("train ner-data", s, kExitSomeFailed);
  say("unlabeled text: " + description + "; read in " +
      std::to_string(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count()) + " s");
  fs::create_directories(o.output + "/clusters", ec);
  if (wants("casing")) {
    size_t words = 0;
    const std::string path = o.output + "/clusters/news-casing.tsv";
    s = train::WriteCasing(corpus, path, &words);
    if (!s.ok()) return Fail("train ner-data", s, kExitSomeFailed);
    say("casing statistics of " + std::to_string(words) + " words in " + path);
  }
  if (wants("clusters")) {
    train::ClusterOptions options;
    options.depth = o.depth;
    options.min_count = o.min_count;
    options.iterations = o.iterations;
    options.flat_levels = o.flat_levels;
    options.flat_iterations = o.flat_iterations;
    options.embeddings = o.embeddings && !o.embedding_clusters.empty();
    options.embedding.clusters = o.embedding_clusters;
    options.embedding.epochs = o.embedding_epochs;
    options.embedding.threads = o.threads;
    const std::string path = o.output + "/clusters/news-clusters.txt";
    s = train::BuildClusters(corpus, options, path, say);
    if (!s.ok()) return Fail("train ner-data", s, kExitSomeFailed);
    say("clusters in " + path);
  }
  return kExitOk;
}

Runner AddNerData(CLI::App& parent) {
  auto o = std::make_shared<NerDataOptions>();
  CLI::App* cmd = parent.add_subcommand("ner-data", "Build the NER tagger's word clusters, casing statistics and gazetteers");
  cmd->add_option("--data", o->data, "The shared data directory (unlabeled-news, polnear, conll2003, knowledge)")
      ->capture_default_str();
  cmd->add_option("--places", o->places, "newsgraph's place gazetteer (data/places)")->capture_default_str();
  cmd->add_option("--conll-train", o->conll_train, "CoNLL training file whose sentences join the unlabeled text (none: skip)");
  cmd->add_option("--sources", o->sources, "Unlabeled news: reuters, bbc, polnear")->capture_default_str();
  cmd->add_option("--only", o->only, "Build only some of: clusters, casing, gazetteers");
  cmd->add_option("-o,--output", o->output, "Output root: writes clusters/ and gazetteers/lists/ under it")->capture_default_str();
  cmd->add_option("--depth", o->depth, "Cluster levels (2^depth clusters)")->check(CLI::Range(1, 16))->capture_default_str();
  cmd->add_option("--min-count", o->min_count, "Cluster only words seen this often")->capture_default_str();
  cmd->add_option("--iterations", o->iterations, "Exchange passes per level at most")->capture_default_str();
  cmd->add_option("--flat-levels", o->flat_levels, "Levels also refined into flat clusterings (at most 3)")
      ->capture_default_str();
  cmd->add_option("--flat-iterations", o->flat_iterations, "Exchange passes of each flat refinement at most")
      ->capture_default_str();
  cmd->add_flag("--embeddings", o->embeddings,
                "Also cluster skip-gram vectors (k-means) into extra columns (not used by the shipped model)");
  cmd->add_option("--embedding-clusters", o->embedding_clusters, "Sizes of the k-means clusterings")
      ->capture_default_str();
  cmd->add_option("--embedding-epochs", o->embedding_epochs, "Skip-gram epochs")->capture_default_str();
  cmd->add_option("--threads", o->threads, "Threads for k-means")->capture_default_str();
  cmd->add_flag("--actor-dictionaries", o->actor_dictionaries,
                "Also build name lists from the PETRARCH2 actor dictionaries (not used by the shipped model)");
  return [o] { return RunNerData(*o); };
}

struct InduceCliOptions {
  std::string model, data = "../shared/data", output = "data/gazetteers/lists";
  std::vector<std::string> sources{"reuters", "bbc", "polnear"};
  train::InduceOptions options;
};

int RunInduce(const InduceCliOptions& o) {
  auto model = ner::NerModel::Load(o.model);
  if (!model.ok()) return Fail("train ner-induce", model.status(), kExitUsage);
  std::string description;
  const auto t0 = std::chrono::steady_clock::now();
  Status s = train::InduceGazetteers(**model, o.data, o.sources, o.options, o.output, &description);
  if (!s.ok()) return Fail("train ner-induce", s, kExitSomeFailed);
  std::cerr << "[ner-induce] " << description << "in " << o.output << " ("
            << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s)" << std::endl;
  return kExitOk;
}

Runner AddInduce(CLI::App& parent) {
  auto o = std::make_shared<InduceCliOptions>();
  CLI::App* cmd = parent.add_subcommand("ner-induce", "Self-training: name lists from what a model finds in unlabeled news");
  AddInput(cmd, "--model", &o->model, "A NER model trained without induced lists", CLI::ExistingFile);
  cmd->add_option("--data", o->data, "The shared data directory")->capture_default_str();
  cmd->add_option("--sources", o->sources, "Unlabeled news: reuters, bbc, polnear")->capture_default_str();
  cmd->add_option("-o,--output", o->output, "Directory of the lists")->capture_default_str();
  cmd->add_option("--min-count", o->options.min_count, "Times a name must be found")->capture_default_str();
  cmd->add_option("--min-share", o->options.min_share, "Share of its occurrences of one type")->capture_default_str();
  cmd->add_option("--min-confidence", o->options.min_confidence, "Mean confidence")->capture_default_str();
  return [o] { return RunInduce(*o); };
}

}  // namespace

Runner AddTrainCommand(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("train", "Train models and build their data");
  cmd->require_subcommand(1);
  std::vector<Runner> runners;  // in the order the subcommands are added
  runners.push_back(AddTrainNer(*cmd));
  runners.push_back(AddNerData(*cmd));
  runners.push_back(AddInduce(*cmd));
  runners.push_back(AddTrainEvents(*cmd));
  runners.push_back(AddTrainQuotes(*cmd));  // src/cli/train_quotes.cc
  runners.push_back(AddTrainPos(*cmd));     // src/cli/train_pos.cc
  return [cmd, runners] { return RunParsed(*cmd, runners); };
}

}  // namespace newsgraph::cli
