// `newsgraph eval pos --gold FILE.conllu`: UPOS accuracy of the part-of-speech tagger on the gold tokens
// (src/eval/pos_eval.h).
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "eval/pos_eval.h"

namespace newsgraph::cli {
namespace {

struct PosEvalOptions {
  std::string gold;
  std::string model = std::string("models/") + pos::kDefaultPosModelFile;
  bool per_tag = false;
};

int RunPosEval(const PosEvalOptions& o) {
  auto model = pos::PosModel::Load(o.model);
  if (!model.ok()) return Fail("eval pos", model.status(), kExitUsage);
  auto docs = eval::ReadConlluFile(o.gold);
  if (!docs.ok()) return Fail("eval pos", docs.status(), kExitUsage);
  const pos::PosTagger tagger(**model);
  const eval::PosScore s = eval::EvaluatePos(tagger, *docs);
  char line[160];
  std::snprintf(line, sizeof line, "UPOS accuracy %.4f (%lld of %lld words, gold tokens)", s.accuracy(),
                static_cast<long long>(s.correct), static_cast<long long>(s.words));
  std::cout << line << "\n";
  if (o.per_tag)
    for (int t = 0; t < pos::kTagCount; ++t) {
      if (s.gold_words[t] == 0) continue;
      std::snprintf(line, sizeof line, "  %-5s %.4f (%lld words)", std::string(pos::kTagNames[t]).c_str(),
                    static_cast<double>(s.gold_correct[t]) / static_cast<double>(s.gold_words[t]),
                    static_cast<long long>(s.gold_words[t]));
      std::cout << line << "\n";
    }
  return kExitOk;
}

}  // namespace

Runner AddPosEval(CLI::App& eval) {
  auto o = std::make_shared<PosEvalOptions>();
  CLI::App* cmd = eval.add_subcommand("pos", "Part-of-speech tagging: UPOS accuracy on CoNLL-U with the gold tokens");
  AddInput(cmd, "--gold", &o->gold, "Gold CoNLL-U (e.g. ../shared/data/ud-ewt/en_ewt-ud-dev.conllu)", CLI::ExistingFile);
  cmd->add_option("--model", o->model, "POS model file")->capture_default_str();
  cmd->add_flag("--per-tag", o->per_tag, "Also the accuracy per gold tag");
  return [o] { return RunPosEval(*o); };
}

}  // namespace newsgraph::cli
