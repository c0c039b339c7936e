// `newsgraph train pos ...`: trains the part-of-speech tagger on Universal Dependencies CoNLL-U (UPOS), the number of
// epochs chosen on the dev file.
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "eval/conllu.h"
#include "train/ner_trainer.h"
#include "train/pos_trainer.h"

namespace newsgraph::cli {
namespace {

struct TrainPosOptions {
  std::string train_file = "../shared/data/ud-ewt/en_ewt-ud-train.conllu";
  std::string dev_file = "../shared/data/ud-ewt/en_ewt-ud-dev.conllu";
  std::string clusters = "data/clusters/news-clusters.txt";
  std::string casing = "data/clusters/news-casing.tsv";
  std::string output = "models/pos-en.bin";
  train::PosTrainOptions train;
};

int RunTrainPos(const TrainPosOptions& o) {
  auto say = [](std::string_view s) { std::cerr << "[train pos] " << s << std::endl; };
  auto train = eval::ReadConlluFile(o.train_file);
  if (!train.ok()) return Fail("train pos", train.status(), kExitUsage);
  auto dev = eval::ReadConlluFile(o.dev_file);
  if (!dev.ok()) return Fail("train pos", dev.status(), kExitUsage);
  ner::WordLexicon lexicon;
  std::string description;
  if (Status s = train::LoadClusters(o.clusters, &lexicon, &description); !s.ok()) return Fail("train pos", s, kExitUsage);
  if (!o.casing.empty() && o.casing != "none")
    if (Status s = train::LoadCasing(o.casing, &lexicon, &description); !s.ok()) return Fail("train pos", s, kExitUsage);
  say("lexicon: " + description);
  train::PosTrainOptions options = o.train;
  options.data_note = "train " + o.train_file + " (" + std::to_string(train->size()) + " documents), dev " + o.dev_file +
                      " for the epochs; lexicon " + description;
  auto result = train::TrainPos(*train, *dev, std::move(lexicon), options, say);
  if (!result.ok()) return Fail("train pos", result.status(), kExitSomeFailed);
  if (Status s = result->model->Save(o.output); !s.ok()) return Fail("train pos", s, kExitSomeFailed);
  std::error_code ec;
  say("dev UPOS accuracy " + std::to_string(result->dev_accuracy) + " after " + std::to_string(result->epochs) +
      " epochs; wrote " + o.output + " (" + std::to_string(std::filesystem::file_size(o.output, ec) / 1024) + " KiB, " +
      std::to_string(result->model->features()) + " features) in " + std::to_string(static_cast<int>(result->seconds)) +
      " s");
  return kExitOk;
}

}  // namespace

Runner AddTrainPos(CLI::App& parent) {
  auto o = std::make_shared<TrainPosOptions>();
  CLI::App* cmd = parent.add_subcommand("pos", "Train the part-of-speech tagger (UPOS) on Universal Dependencies CoNLL-U");
  cmd->add_option("--train", o->train_file, "Training data (CoNLL-U)")->capture_default_str();
  cmd->add_option("--dev", o->dev_file, "Development data: chooses the number of epochs (CoNLL-U)")->capture_default_str();
  cmd->add_option("--clusters", o->clusters, "Word clusters (paths format)")->capture_default_str();
  cmd->add_option("--casing", o->casing, "Casing statistics of news words, or none")->capture_default_str();
  cmd->add_option("-o,--output", o->output, "Model file to write")->capture_default_str();
  AddPerceptronOptions(cmd, &o->train, "dev accuracy");
  return [o, cmd] {
    o->train.settings_note = TrainingCommandLine(cmd, "pos");
    return RunTrainPos(*o);
  };
}

}  // namespace newsgraph::cli
