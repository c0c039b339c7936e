// `newsgraph tag ner --conll IN`: tags a CoNLL file with the NER model, writing each line with the predicted tag
// appended (the conlleval input format); `newsgraph eval ner --conll FILE`: entity-level scores as conlleval
// computes them, of the model on a gold file, or of a file that already carries predictions (--tagged).
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "core/stages.h"
#include "eval/ner_conll.h"
#include "eval/ner_eval.h"
#include "ner/model.h"
#include "ner/tagger.h"

namespace newsgraph::cli {
namespace {

std::string DefaultModelPath() {
  return internal::ResolveModelsDir(PipelineOptions{}) + "/" + ner::kDefaultModelFile;
}

// Predicted IOB2 tags of every token line of the file, by line index ("" for other lines).
StatusOr<std::vector<std::string>> TagFile(const eval::ConllFile& file, const std::string& model_path, int stages) {
  auto model = ner::NerModel::Load(model_path);
  if (!model.ok()) return model.status();
  ner::NerTagger tagger(**model);
  const ner::NerWorkspacePtr workspace = ner::NewNerWorkspace();  // reused from document to document
  std::vector<std::string> tags(file.lines.size());
  for (const eval::ConllDocument& doc : file.documents) {
    ner::NerInput input;
    std::vector<size_t> lines;
    input.sentence_begin.push_back(0);
    for (const eval::ConllSentence& s : doc.sentences) {
      for (size_t i = 0; i < s.words.size(); ++i) {
        input.tokens.push_back(s.words[i]);
        lines.push_back(s.lines[i]);
      }
      input.sentence_begin.push_back(static_cast<uint32_t>(input.tokens.size()));
    }
    std::vector<ner::NerEntity> entities;
    tagger.Tag(input, workspace.get(), &entities, nullptr, ner::NerTagOptions{.stages = stages, .confidence = false});
    std::vector<ner::TokenSpan> spans;
    for (const auto& e : entities) spans.push_back({e.begin, e.end, e.type});
    const std::vector<std::string> iob = ner::IobFromSpans(spans, input.tokens.size());
    for (size_t i = 0; i < iob.size(); ++i) tags[lines[i]] = iob[i];
  }
  return tags;
}

bool IsDocStart(const std::string& line) { return line.rfind("-DOCSTART-", 0) == 0; }

struct TagOptions {
  std::string conll, model, output = "-";
  int stages = 2;
};

int RunTagNer(const TagOptions& o) {
  auto file = eval::ReadConllFile(o.conll);
  if (!file.ok()) {
    std::cerr << "newsgraph tag ner: " << file.status().ToString() << "\n";
    return kExitUsage;
  }
  auto tags = TagFile(*file, o.model.empty() ? DefaultModelPath() : o.model, o.stages);
  if (!tags.ok()) {
    std::cerr << "newsgraph tag ner: " << tags.status().ToString() << "\n";
    return kExitSomeFailed;
  }
  std::ofstream file_out;
  if (o.output != "-") file_out.open(o.output, std::ios::binary);
  std::ostream& out = o.output == "-" ? std::cout : file_out;
  std::string buffer;
  for (size_t l = 0; l < file->lines.size(); ++l) {
    const std::string& line = file->lines[l];
    buffer += line;
    if (!(*tags)[l].empty()) {
      buffer += ' ';
      buffer += (*tags)[l];
    } else if (IsDocStart(line)) {
      buffer += " O";  // conlleval reads -DOCSTART- as a token outside any entity
    }
    buffer += '\n';
  }
  out << buffer;
  out.flush();
  return out ? kExitOk : kExitSomeFailed;
}

struct EvalOptions {
  std::string conll, model;
  bool tagged = false;
  int stages = 2;
};

int RunNerEval(const EvalOptions& o) {
  auto file = eval::ReadConllFile(o.conll);
  if (!file.ok()) {
    std::cerr << "newsgraph eval ner: " << file.status().ToString() << "\n";
    return kExitUsage;
  }
  eval::Conlleval scorer;
  if (o.tagged) {
    for (const std::string& line : file->lines) scorer.AddLine(line);
  } else {
    const auto start = std::chrono::steady_clock::now();
    auto tags = TagFile(*file, o.model.empty() ? DefaultModelPath() : o.model, o.stages);
    if (!tags.ok()) {
      std::cerr << "newsgraph eval ner: " << tags.status().ToString() << "\n";
      return kExitSomeFailed;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "tagged " << file->tokens() << " tokens in " << seconds << " s (model load included)\n";
    for (size_t l = 0; l < file->lines.size(); ++l) {
      const std::string& line = file->lines[l];
      if (!(*tags)[l].empty()) {
        scorer.AddLine(line + " " + (*tags)[l]);
      } else if (IsDocStart(line)) {
        scorer.AddLine(line + " O");
      } else {
        scorer.AddLine(line);
      }
    }
  }
  std::cout << scorer.Report();
  return kExitOk;
}

}  // namespace

Runner AddTagCommand(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("tag", "Tag token files with a model (conlleval input format)");
  cmd->require_subcommand(1);
  auto o = std::make_shared<TagOptions>();
  CLI::App* ner_cmd = cmd->add_subcommand("ner", "Append the predicted NER tag (IOB2) to each token line");
  ner_cmd->add_option("--conll", o->conll, "CoNLL file: one token per line, the word first")->required()->check(CLI::ExistingFile);
  ner_cmd->add_option("--model", o->model, "Model file (default: models/ner-en-news.bin)");
  ner_cmd->add_option("-o,--output", o->output, "Output file (- for stdout)")->capture_default_str();
  ner_cmd->add_option("--stages", o->stages, "1: sentence-level pass only; 2: both passes")->check(CLI::Range(1, 2))->capture_default_str();
  std::vector<Runner> runners{[o] { return RunTagNer(*o); }};
  return [cmd, runners] { return RunParsed(*cmd, runners); };
}

Runner AddNerEval(CLI::App& eval) {
  auto o = std::make_shared<EvalOptions>();
  CLI::App* cmd = eval.add_subcommand("ner", "Entity precision, recall and F1 exactly as conlleval counts them");
  cmd->add_option("--conll", o->conll, "Gold CoNLL file (NER tag last); with --tagged, conlleval input (gold, guess last)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_flag("--tagged", o->tagged, "Score the file's last two columns instead of running the model");
  cmd->add_option("--model", o->model, "Model file (default: models/ner-en-news.bin)");
  cmd->add_option("--stages", o->stages, "1: sentence-level pass only; 2: both passes")->check(CLI::Range(1, 2))->capture_default_str();
  return [o] { return RunNerEval(*o); };
}

}  // namespace newsgraph::cli
