// `newsgraph eval TASK ...`: scores newsgraph against gold data with each task's standard measure. Each task is its
// options, how they are declared and how it runs; `eval ner` shares its model options with `tag ner` (tag.cc).
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "eval/entity_eval.h"
#include "eval/polnear.h"
#include "eval/quote_eval.h"
#include "eval/segment_eval.h"
#include "eval/timex_eval.h"

namespace newsgraph::cli {
namespace {

// `eval segment --conllu FILE`: tokens and sentences against Universal Dependencies.
struct SegmentOptions {
  std::string conllu;
  bool split_hyphens = true;
  size_t show_errors = 0;
};

void Declare(CLI::App* cmd, SegmentOptions* o) {
  AddInput(cmd, "--conllu", &o->conllu, "Gold CoNLL-U file", CLI::ExistingFile);
  AddSplitHyphensFlag(cmd, &o->split_hyphens,
                      "Split hyphenated words as UD does (the default here); --no-split-hyphens scores the news "
                      "convention");
  cmd->add_option("--show-errors", o->show_errors, "Print up to N wrong boundaries and tokens");
}

int Run(const SegmentOptions& options) {
  auto docs = eval::ReadConlluFile(options.conllu);
  if (!docs.ok()) return Fail("eval segment", docs.status(), kExitUsage);
  SegmenterOptions segmenter;
  segmenter.split_hyphens = options.split_hyphens;
  const eval::SegmentScores s = eval::EvaluateSegmentation(*docs, segmenter, options.show_errors);
  for (const std::string& e : s.token_errors) std::cout << e << "\n";
  for (const std::string& e : s.errors) std::cout << e << "\n";
  std::cout << "documents: " << docs->size() << "\n"
            << "tokens:                    " << eval::FormatCounts(s.tokens) << "\n"
            << "sentence boundaries:       " << eval::FormatCounts(s.boundaries) << "\n"
            << "  inside paragraphs:       " << eval::FormatCounts(s.inner_boundaries) << "\n"
            << "sentences (exact spans):   " << eval::FormatCounts(s.sentences) << "\n";
  return kExitOk;
}

// `eval timex --timeml DIR`: TempEval-3 time-expression scores against TimeML gold (TimeBank).
struct TimexOptions {
  std::string timeml;
  size_t show_errors = 0;
};

void Declare(CLI::App* cmd, TimexOptions* o) {
  AddInput(cmd, "--timeml", &o->timeml, "Directory of TimeML .tml files (the DCT comes from CREATION_TIME)",
           CLI::ExistingDirectory);
  cmd->add_option("--show-errors", o->show_errors,
                  "Print up to N errors (MISSED, SPURIOUS, EXTENT, VALUE), each with its document and context");
}

int Run(const TimexOptions& options) {
  auto docs = eval::ReadTimemlDirectory(options.timeml);
  if (!docs.ok()) return Fail("eval timex", docs.status(), kExitUsage);
  const eval::TimexScores scores = eval::EvaluateTimexes(*docs, options.show_errors);
  for (const std::string& e : scores.errors) std::cout << e << "\n";
  std::cout << "documents: " << docs->size() << "\n" << eval::FormatTimexScores(scores);
  return kExitOk;
}

// `eval quotes --polnear DIR`: quotations and their speakers against PolNeAR's attributions.
struct QuotesOptions {
  std::string polnear;
  eval::QuoteEvalOptions eval;
};

void Declare(CLI::App* cmd, QuotesOptions* o) {
  AddInput(cmd, "--polnear", &o->polnear, "A PolNeAR split: a directory with text/ and attributions/",
           CLI::ExistingDirectory);
  cmd->add_option("--show-errors", o->eval.max_errors,
                  "Print up to N misses, false positives and wrong speakers of each kind");
  cmd->add_flag("--quotes-only", o->eval.quotes_only,
                "Run segmentation and the quotation finder only, without the other pipeline stages (no tagger "
                "mentions)");
  cmd->add_flag("--no-cue-model", o->eval.no_cue_model,
                "With --quotes-only: the quotation rules alone, without the learned cue model");
  AddModelsOption(cmd, &o->eval.models_dir);
}

std::string Accuracy(const eval::AccuracyCounts& c) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.4f  (%lld of %lld)", c.accuracy(), static_cast<long long>(c.correct),
                static_cast<long long>(c.total));
  return buf;
}

int Run(const QuotesOptions& options) {
  auto docs = eval::ReadPolnear(options.polnear);
  if (!docs.ok()) return Fail("eval quotes", docs.status(), kExitUsage);
  auto s = eval::EvaluateQuotes(*docs, options.eval);
  if (!s.ok()) return Fail("eval quotes", s.status(), kExitSomeFailed);
  for (const std::string& e : s->errors) std::cout << e << "\n";
  std::cout << "documents: " << docs->size() << " (one annotator per article: the id that sorts first)\n"
            << "direct quotations:          " << eval::FormatOverlap(s->direct) << "\n"
            << "  set aside (in mixed or indirect Contents): " << s->direct_set_aside << "\n"
            << "  speaker accuracy:         " << Accuracy(s->direct_speakers) << "\n"
            << "  strict (direct kind only): " << eval::FormatOverlap(s->direct_strict) << "\n"
            << "indirect attributions:      " << eval::FormatOverlap(s->indirect) << "\n"
            << "  speaker accuracy:         " << Accuracy(s->indirect_speakers) << "\n"
            << "fragments: " << s->fragments << " predicted, " << s->fragments_in_gold << " inside a gold Content\n";
  return kExitOk;
}

// `eval entities --cases FILE`: the whole pipeline on hand-written passages with known entities.
struct EntitiesOptions {
  std::string cases;
  std::string models;
  bool show_errors = false;
};

void Declare(CLI::App* cmd, EntitiesOptions* o) {
  AddInput(cmd, "--cases", &o->cases, "JSONL cases (tests/fixtures/entities/cases.jsonl)", CLI::ExistingFile);
  AddModelsOption(cmd, &o->models);
  cmd->add_flag("--show-errors", o->show_errors, "Print every miss and wrong fact");
}

int Run(const EntitiesOptions& options) {
  PipelineOptions pipeline_options;
  pipeline_options.models_dir = options.models;
  auto pipeline = Pipeline::Create(pipeline_options);
  if (!pipeline.ok()) return Fail("eval entities", pipeline.status(), kExitUsage);
  auto s = eval::EvaluateEntityCases(**pipeline, options.cases);
  if (!s.ok()) return Fail("eval entities", s.status(), kExitUsage);
  if (options.show_errors)
    for (const std::string& e : s->errors) std::cout << e << "\n";
  std::cout << "cases: " << s->cases << "\n"
            << "entity mentions:     " << eval::FormatCounts(s->mentions) << "\n"
            << "mention clustering:  " << eval::FormatCounts(s->links) << "   (pairs of mentions of one entity)\n"
            << "facts (name, type, country, role, metonym): " << s->facts_right << " of " << s->facts << "\n";
  return kExitOk;
}

}  // namespace

Runner AddEvalCommand(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("eval", "Score newsgraph against gold data");
  cmd->require_subcommand(1);
  const std::vector<Runner> runners{  // in the order the subcommands are added
      AddCommand<SegmentOptions>(*cmd, "segment", "Token and sentence F1 against CoNLL-U (Universal Dependencies)",
                                 Declare, Run),
      AddCommand<TimexOptions>(*cmd, "timex", "TempEval-3 time-expression scores against TimeML (TimeBank)", Declare,
                               Run),
      AddCommand<QuotesOptions>(*cmd, "quotes", "Quotations and speakers against PolNeAR attributions (brat)",
                                Declare, Run),
      AddNerEval(*cmd),
      AddCommand<EntitiesOptions>(*cmd, "entities", "Who's who on hand-written cases: mentions, clustering, facts",
                                  Declare, Run),
      AddArticleEval(*cmd),
      AddPlacesEval(*cmd),
      AddEventsEval(*cmd),
      AddPosEval(*cmd),
  };
  return [cmd, runners] { return RunParsed(*cmd, runners); };
}

}  // namespace newsgraph::cli
