// `newsgraph train events ...`: trains the event-trigger detector on TimeBank (train part of the split, epochs and
// thresholds chosen on the dev part).
#include <filesystem>
#include <fstream>
#include <sstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "eval/events_timebank.h"
#include "train/events_trainer.h"
#include "train/ner_trainer.h"

namespace newsgraph::cli {
namespace {

struct TrainEventsOptions {
  std::string timebank = "../shared/data/timebank/tml";
  std::string split = "data/events/timebank-split.tsv";
  std::string clusters = "data/clusters/news-clusters.txt";
  std::string senses = "data/events/wordnet-senses.tsv";
  std::string output = "models/events-en.bin";
  std::string pos_model;  // empty: no part-of-speech features
  train::EventTrainOptions train;
};

int RunTrainEvents(const TrainEventsOptions& o) {
  auto fail = [](const Status& s, int code) {
    std::cerr << "newsgraph train events: " << s.ToString() << "\n";
    return code;
  };
  auto say = [](std::string_view s) { std::cerr << "[train events] " << s << std::endl; };
  auto docs = eval::ReadTimemlDirectory(o.timebank);
  if (!docs.ok()) return fail(docs.status(), kExitUsage);
  auto split = eval::ReadTimebankSplit(o.split);
  if (!split.ok()) return fail(split.status(), kExitUsage);
  auto train = eval::SelectPart(*docs, *split, "train");
  if (!train.ok()) return fail(train.status(), kExitUsage);
  auto dev = eval::SelectPart(std::move(*docs), *split, "dev");
  if (!dev.ok()) return fail(dev.status(), kExitUsage);
  ner::WordLexicon lexicon;
  std::string description;
  if (Status s = train::LoadClusters(o.clusters, &lexicon, &description); !s.ok()) return fail(s, kExitUsage);
  say("clusters: " + description);
  events::SenseLexicon senses;
  {
    std::ifstream in(o.senses, std::ios::binary);
    if (!in) return fail(Status(StatusCode::kNotFound, "WordNet senses " + o.senses + " not found"), kExitUsage);
    std::ostringstream content;
    content << in.rdbuf();
    if (Status s = senses.Parse(content.str()); !s.ok()) return fail(s, kExitUsage);
  }
  say("WordNet senses: " + std::to_string(senses.size()) + " words");
  description += "; WordNet supersenses " + o.senses;
  train::EventTrainOptions options = o.train;
  std::unique_ptr<pos::PosModel> pos_model;
  if (!o.pos_model.empty()) {
    auto loaded = pos::PosModel::Load(o.pos_model);
    if (!loaded.ok()) return fail(loaded.status(), kExitUsage);
    pos_model = std::move(*loaded);
    options.pos_model = pos_model.get();
    description += "; part-of-speech tags of " + o.pos_model;
  }
  options.data_note = "TimeBank 1.2 (TBAQ-cleaned) train part of " + o.split + " (" + std::to_string(train->size()) +
                      " documents), dev part for epochs and thresholds (" + std::to_string(dev->size()) +
                      " documents); clusters " + description;
  auto result = train::TrainEvents(*train, *dev, std::move(lexicon), std::move(senses), options, say);
  if (!result.ok()) return fail(result.status(), kExitSomeFailed);
  if (Status s = result->model->Save(o.output); !s.ok()) return fail(s, kExitSomeFailed);
  std::error_code ec;
  say("wrote " + o.output + " (" + std::to_string(std::filesystem::file_size(o.output, ec) / 1024) + " KiB, " +
      std::to_string(result->model->features()) + " features) in " + std::to_string(static_cast<int>(result->seconds)) +
      " s");
  return kExitOk;
}

}  // namespace

Runner AddTrainEvents(CLI::App& parent) {
  auto o = std::make_shared<TrainEventsOptions>();
  CLI::App* cmd = parent.add_subcommand("events", "Train the event-trigger detector on TimeBank (TimeML EVENT tags)");
  cmd->add_option("--timebank", o->timebank, "Directory of TimeBank .tml files")->capture_default_str();
  cmd->add_option("--split", o->split, "Document split (<id>\\t<train|dev|test> lines)")->capture_default_str();
  cmd->add_option("--clusters", o->clusters, "Word clusters (paths format)")->capture_default_str();
  cmd->add_option("--senses", o->senses, "WordNet supersenses (scripts/build_events_data.py)")->capture_default_str();
  cmd->add_option("-o,--output", o->output, "Model file to write")->capture_default_str();
  cmd->add_option("--pos", o->pos_model, "POS model whose tags become features (models/pos-en.bin); none if empty")
      ->capture_default_str();
  AddPerceptronOptions(cmd, &o->train, "dev F1");
  return [o, cmd] {
    o->train.settings_note = TrainingCommandLine(cmd, "events");
    return RunTrainEvents(*o);
  };
}

}  // namespace newsgraph::cli
