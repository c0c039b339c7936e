// `newsgraph tag ner --conll IN`: tags a CoNLL file with the NER model, writing each line with the predicted tag
// appended (the conlleval input format); `newsgraph eval ner --conll FILE`: entity-level scores as conlleval
// computes them, of the model on a gold file, or of a file that already carries predictions (--tagged).
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "eval/ner_conll.h"
#include "eval/ner_eval.h"
#include "eval/ner_tag.h"
#include "newsgraph/models.h"

namespace newsgraph::cli {
namespace {

struct NerOptions {
  std::string conll, models, model, output = "-";
  bool tagged = false;
  int stages = 2;

  std::string ModelPath() const { return model.empty() ? ResolveModelsDir(models) + "/" + kNerModelFile : model; }
};

// The options `tag ner` and `eval ner` share: which model, and how many of its passes.
void AddModelOptions(CLI::App* cmd, NerOptions* o) {
  auto* models = AddModelsOption(cmd, &o->models);
  cmd->add_option("--model", o->model, "One model file instead (e.g. one just trained)")->excludes(models);
  cmd->add_option("--stages", o->stages, "1: sentence-level pass only; 2: both passes")
      ->check(CLI::Range(1, 2))
      ->capture_default_str();
}

int RunTagNer(const NerOptions& o) {
  auto file = eval::ReadConllFile(o.conll);
  if (!file.ok()) return Fail("tag ner", file.status(), kExitUsage);
  auto tags = eval::TagConll(*file, o.ModelPath(), o.stages);
  if (!tags.ok()) return Fail("tag ner", tags.status(), kExitSomeFailed);
  std::ofstream file_out;
  if (o.output != "-") file_out.open(o.output, std::ios::binary);
  std::ostream& out = o.output == "-" ? std::cout : file_out;
  out << eval::ConllWithTags(*file, *tags);
  out.flush();
  return out ? kExitOk : kExitSomeFailed;
}

int RunNerEval(const NerOptions& o) {
  auto file = eval::ReadConllFile(o.conll);
  if (!file.ok()) return Fail("eval ner", file.status(), kExitUsage);
  eval::Conlleval scorer;
  if (o.tagged) {
    for (const std::string& line : file->lines) scorer.AddLine(line);
  } else {
    const auto start = std::chrono::steady_clock::now();
    auto tags = eval::TagConll(*file, o.ModelPath(), o.stages);
    if (!tags.ok()) return Fail("eval ner", tags.status(), kExitSomeFailed);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "tagged " << file->tokens() << " tokens in " << seconds << " s (model load included)\n";
    const std::string tagged = eval::ConllWithTags(*file, *tags);
    for (size_t begin = 0, end; begin < tagged.size(); begin = end + 1) {
      end = tagged.find('\n', begin);
      scorer.AddLine(std::string_view(tagged).substr(begin, end - begin));
    }
  }
  std::cout << scorer.Report();
  return kExitOk;
}

}  // namespace

Runner AddTagCommand(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("tag", "Tag token files with a model (conlleval input format)");
  cmd->require_subcommand(1);
  std::vector<Runner> runners{AddCommand<NerOptions>(
      *cmd, "ner", "Append the predicted NER tag (IOB2) to each token line",
      [](CLI::App* c, NerOptions* o) {
        AddInput(c, "--conll", &o->conll, "CoNLL file: one token per line, the word first", CLI::ExistingFile);
        AddModelOptions(c, o);
        c->add_option("-o,--output", o->output, "Output file (- for stdout)")->capture_default_str();
      },
      RunTagNer)};
  return [cmd, runners] { return RunParsed(*cmd, runners); };
}

Runner AddNerEval(CLI::App& eval) {
  return AddCommand<NerOptions>(
      eval, "ner", "Entity precision, recall and F1 exactly as conlleval counts them",
      [](CLI::App* c, NerOptions* o) {
        AddInput(c, "--conll", &o->conll,
                 "Gold CoNLL file (NER tag last); with --tagged, conlleval input (gold, guess last)",
                 CLI::ExistingFile);
        c->add_flag("--tagged", o->tagged, "Score the file's last two columns instead of running the model");
        AddModelOptions(c, o);
      },
      RunNerEval);
}

}  // namespace newsgraph::cli
