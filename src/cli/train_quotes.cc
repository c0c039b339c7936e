// `newsgraph train quotes --train DIR --dev DIR`: trains the quotation finder's learned cue model on PolNeAR
// (src/train/quote_trainer.h) and writes models/quotes-cues-en.bin.
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "eval/polnear.h"
#include "train/quote_trainer.h"

namespace newsgraph::cli {
namespace {

struct TrainQuotesOptions {
  std::string train, dev, output = std::string("models/") + quotes::kCueModelFile;
  train::QuoteTrainOptions training;
};

int RunTrainQuotes(const TrainQuotesOptions& o) {
  auto say = [](std::string_view s) { std::cerr << "[train quotes] " << s << std::endl; };
  auto train = eval::ReadPolnear(o.train);
  if (!train.ok()) return Fail("train quotes", train.status(), kExitUsage);
  auto dev = eval::ReadPolnear(o.dev);
  if (!dev.ok()) return Fail("train quotes", dev.status(), kExitUsage);
  say("train " + o.train + ": " + std::to_string(train->size()) + " articles; dev " + o.dev + ": " +
      std::to_string(dev->size()) + " articles");
  auto result = train::TrainQuoteCues(*train, *dev, o.training, say);
  if (!result.ok()) return Fail("train quotes", result.status(), kExitSomeFailed);
  std::cerr << result->report;
  Status saved = result->model->Save(o.output);
  if (!saved.ok()) return Fail("train quotes", saved, kExitSomeFailed);
  std::error_code ec;
  say("wrote " + o.output + " (" + std::to_string(std::filesystem::file_size(o.output, ec) / 1024) + " KiB) in " +
      std::to_string(static_cast<int>(result->seconds)) + " s");
  return kExitOk;
}

}  // namespace

Runner AddTrainQuotes(CLI::App& parent) {
  auto o = std::make_shared<TrainQuotesOptions>();
  CLI::App* cmd = parent.add_subcommand("quotes", "Train the quotation finder's cue model on PolNeAR");
  AddInput(cmd, "--train", &o->train, "PolNeAR training split (text/ and attributions/)", CLI::ExistingDirectory);
  AddInput(cmd, "--dev", &o->dev, "PolNeAR dev split: chooses the threshold", CLI::ExistingDirectory);
  cmd->add_option("-o,--output", o->output, "Model file to write")->capture_default_str();
  cmd->add_option("--epochs", o->training.epochs, "Passes over the training examples")->capture_default_str();
  cmd->add_option("--min-cue-count", o->training.min_cue_count,
                  "A word may be a cue when training has it as one at least this often")
      ->capture_default_str();
  cmd->add_option("--min-cue-rate", o->training.min_cue_rate,
                  "... and in at least this share of its occurrences as a candidate")
      ->capture_default_str();
  cmd->add_option("--min-count", o->training.min_feature_count, "Drop features seen in fewer training examples")
      ->capture_default_str();
  cmd->add_option("--learning-rate", o->training.learning_rate, "AdaGrad's learning rate")->capture_default_str();
  cmd->add_option("--thresholds", o->training.thresholds, "Thresholds tried on dev; the best indirect F1 is kept")
      ->capture_default_str();
  return [o, cmd] {
    o->training.settings_note = TrainingCommandLine(cmd, "quotes");
    return RunTrainQuotes(*o);
  };
}

}  // namespace newsgraph::cli
