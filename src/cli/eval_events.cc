// `newsgraph eval events`: the event-trigger detector against TimeBank (a part of the document split), the CAMEO
// coding against PETRARCH's validation records and the PLOVER type and actors against PLOVER's gold records.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "core/stages.h"
#include "eval/events_coding.h"
#include "eval/events_eval.h"
#include "eval/events_passages.h"
#include "eval/events_timebank.h"

namespace newsgraph::cli {
namespace {

struct EventsEvalOptions {
  std::string timebank;
  std::string split = "data/events/timebank-split.tsv";
  std::string part = "test";
  std::string models;
  std::string petrarch, petrarch_dictionaries, plover, passages;
  std::string half = "all";
  bool no_dates = false;
  size_t show_errors = 0;
};

int Fail(const Status& s, int code) {
  std::cerr << "newsgraph eval events: " << s.ToString() << "\n";
  return code;
}

int RunEventsEval(const EventsEvalOptions& o) {
  PipelineOptions options;
  options.models_dir = o.models;
  const std::string model_path = internal::ResolveModelsDir(options) + "/" + events::kDefaultEventModelFile;
  auto model = events::EventModel::Load(model_path);
  if (!model.ok()) return Fail(model.status(), kExitUsage);
  const events::TriggerTagger tagger(**model);
  auto pos_model = pos::PosModel::Load(internal::ResolveModelsDir(options) + "/" + pos::kDefaultPosModelFile);
  if (!pos_model.ok()) return Fail(pos_model.status(), kExitUsage);
  const pos::PosTagger pos_tagger(**pos_model);
  if (o.timebank.empty() && o.petrarch.empty() && o.plover.empty() && o.passages.empty())
    return Fail(Status(StatusCode::kInvalidArgument,
                       "nothing to score: give --timebank, --petrarch, --plover or --passages"),
                kExitUsage);
  std::unique_ptr<Pipeline> pipeline;
  if (!o.no_dates || !o.petrarch.empty() || !o.plover.empty() || !o.passages.empty()) {
    auto created = Pipeline::Create(options);
    if (!created.ok()) return Fail(created.status(), kExitUsage);
    pipeline = std::move(*created);
  }
  if (!o.timebank.empty()) {
    auto docs = eval::ReadTimemlDirectory(o.timebank);
    if (!docs.ok()) return Fail(docs.status(), kExitUsage);
    auto split = eval::ReadTimebankSplit(o.split);
    if (!split.ok()) return Fail(split.status(), kExitUsage);
    auto part = eval::SelectPart(std::move(*docs), *split, o.part);
    if (!part.ok()) return Fail(part.status(), kExitUsage);
    const eval::TimebankEventScores scores =
        eval::EvaluateTimebankEvents(*part, tagger, &pos_tagger, o.no_dates ? nullptr : pipeline.get(), o.show_errors);
    for (const std::string& e : scores.errors) std::cout << e << "\n";
    std::cout << "TimeBank " << o.part << " part of " << o.split << ": " << part->size() << " documents\n"
              << eval::FormatTimebankEventScores(scores);
  }
  // The coder: the compiled-in dictionaries, or others compiled in the same format (PETRARCH's unit-test ones).
  std::unique_ptr<events::CameoCoder> own_coder;
  std::unique_ptr<events::ActorCoder> own_actors;
  const events::CameoCoder* coder = &events::CameoCoder::Builtin();
  const events::ActorCoder* actors = &events::ActorCoder::Builtin();
  if (!o.petrarch_dictionaries.empty()) {
    auto read = [&](const std::string& name, std::string* out) {
      std::ifstream in(o.petrarch_dictionaries + "/" + name, std::ios::binary);
      if (!in) return Status(StatusCode::kNotFound, o.petrarch_dictionaries + "/" + name + " not found");
      std::ostringstream content;
      content << in.rdbuf();
      *out = content.str();
      return Status::Ok();
    };
    std::string verbs, actor_lines, agent_lines;
    for (const auto& [name, out] : {std::pair<const char*, std::string*>{"cameo_verbs.tsv", &verbs},
                                    {"cameo_actors.tsv", &actor_lines}, {"cameo_agents.tsv", &agent_lines}})
      if (Status s = read(name, out); !s.ok()) return Fail(s, kExitUsage);
    auto c = events::CameoCoder::Create(verbs, "");
    if (!c.ok()) return Fail(c.status(), kExitUsage);
    auto a = events::ActorCoder::Create(actor_lines, agent_lines);
    if (!a.ok()) return Fail(a.status(), kExitUsage);
    own_coder = std::move(*c);
    own_actors = std::move(*a);
    coder = own_coder.get();
    actors = own_actors.get();
  }
  const events::EventExtractor extractor(**model, *coder, *actors, pos_model->get());
  const eval::EventCodingSystem system{pipeline.get(), &extractor};
  if (!o.petrarch.empty()) {
    auto records = eval::ReadPetrarchRecords(o.petrarch);
    if (records.ok()) records = eval::SelectHalf(std::move(*records), o.half);
    if (!records.ok()) return Fail(records.status(), kExitUsage);
    const eval::PetrarchScores scores = eval::EvaluatePetrarch(*records, system, o.show_errors);
    for (const std::string& e : scores.errors) std::cout << e << "\n";
    std::cout << "PETRARCH records " << o.petrarch
              << (o.petrarch_dictionaries.empty() ? "" : " with dictionaries " + o.petrarch_dictionaries)
              << (o.half == "all" ? "" : ", " + o.half + " half") << "\n"
              << eval::FormatPetrarchScores(scores);
  }
  if (!o.plover.empty()) {
    auto records = eval::ReadPloverRecords(o.plover);
    if (records.ok()) records = eval::SelectHalf(std::move(*records), o.half);
    if (!records.ok()) return Fail(records.status(), kExitUsage);
    const eval::PloverScores scores = eval::EvaluatePlover(*records, system, o.show_errors);
    for (const std::string& e : scores.errors) std::cout << e << "\n";
    std::cout << "PLOVER records " << o.plover << (o.half == "all" ? "" : ", " + o.half + " half") << "\n" << eval::FormatPloverScores(scores);
  }
  if (!o.passages.empty()) {
    auto passages = eval::ReadPassages(o.passages);
    if (!passages.ok()) return Fail(passages.status(), kExitUsage);
    const eval::PassageScores scores = eval::EvaluatePassages(*passages, *pipeline, o.show_errors);
    for (const std::string& e : scores.errors) std::cout << e << "\n";
    std::cout << "Passages " << o.passages << " (the records' default event listing)\n"
              << eval::FormatPassageScores(scores);
  }
  return kExitOk;
}

}  // namespace

Runner AddEventsEval(CLI::App& eval) {
  auto o = std::make_shared<EventsEvalOptions>();
  CLI::App* cmd = eval.add_subcommand(
      "events", "Event triggers against TimeBank; CAMEO coding against PETRARCH records; PLOVER types and actors");
  cmd->add_option("--timebank", o->timebank, "Directory of TimeBank .tml files")->check(CLI::ExistingDirectory);
  cmd->add_option("--split", o->split, "Document split (<id>\\t<train|dev|test> lines)")->capture_default_str();
  cmd->add_option("--part", o->part, "Part of the split to score")
      ->check(CLI::IsMember({"train", "dev", "test", "all"}))
      ->capture_default_str();
  cmd->add_option("--models", o->models, "Directory of the model files (default: as newsgraph extract finds them)");
  cmd->add_flag("--no-dates", o->no_dates, "TimeBank: score triggers only (no pipeline run for time expressions)");
  cmd->add_option("--petrarch", o->petrarch, "PETRARCH validation records (XML with <EventCoding> triples)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--petrarch-dictionaries", o->petrarch_dictionaries,
                  "Directory of compiled dictionaries (cameo_verbs.tsv, cameo_actors.tsv, cameo_agents.tsv) to use "
                  "instead of the compiled-in ones (tests/fixtures/events/petr-validate for the unit-test records)")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--plover", o->plover, "PLOVER gold records (PLOVER_GSR_CAMEO.json)")->check(CLI::ExistingFile);
  cmd->add_option("--passages", o->passages,
                  "News passages with gold events, scored on whole records (tests/fixtures/events/passages.jsonl)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--half", o->half,
                  "PETRARCH / PLOVER: score the records at odd positions (dev), at even positions (held-out) or all")
      ->check(CLI::IsMember({"all", "dev", "held-out"}))
      ->capture_default_str();
  cmd->add_option("--show-errors", o->show_errors, "Print up to N errors (MISSED, EXTRA, CLASS, TENSE, DATE)");
  return [o] { return RunEventsEval(*o); };
}

}  // namespace newsgraph::cli
