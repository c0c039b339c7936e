// Entity-level scores exactly as the CoNLL shared tasks' conlleval script computes them: a chunk is correct when
// its first token, last token and type agree with the gold chunk; chunk starts and ends follow conlleval's rules
// (so IOB1, IOB2 and stray I- tags are read as conlleval reads them), a "-X-" first column or an empty line is a
// sentence boundary, and every other line (including -DOCSTART-) counts as a token for accuracy.
//
//   newsgraph::eval::Conlleval scorer;
//   for (const std::string& line : lines) scorer.AddLine(line);  // "... GOLD GUESS" per token
//   std::cout << scorer.Report();
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "eval/metrics.h"

namespace newsgraph::eval {

class Conlleval {
 public:
  // One line of conlleval input: space- or tab-separated columns, the gold tag second to last and the guess last.
  void AddLine(std::string_view line);
  // One token; `boundary` as if a sentence boundary came first.
  void AddToken(std::string_view gold, std::string_view guess);
  void AddBoundary();
  // Call once after the last line (closes an open chunk); Report() and the accessors call it themselves.
  void Finish();

  int64_t tokens() const { return tokens_; }
  int64_t correct_tags() const { return correct_tags_; }
  // Overall and per-type chunk counts (types in alphabetical order).
  Counts overall() const;
  std::map<std::string, Counts> per_type() const;

  // conlleval's output, byte for byte:
  //   processed 51362 tokens with 5942 phrases; found: 5900 phrases; correct: 5500.
  //   accuracy:  98.10%; precision:  93.22%; recall:  92.56%; FB1:  92.89
  //                 LOC: precision: ...
  std::string Report();

 private:
  void Add(std::string_view first, std::string_view gold, std::string_view guess);

  struct TypeCounts {
    int64_t correct = 0, gold = 0, guessed = 0;
  };
  std::map<std::string, TypeCounts, std::less<>> types_;
  int64_t tokens_ = 0, correct_tags_ = 0, correct_chunks_ = 0, found_correct_ = 0, found_guessed_ = 0;
  bool in_correct_ = false;
  std::string last_correct_ = "O", last_guessed_ = "O", last_correct_type_, last_guessed_type_;
  bool finished_ = false;
};

}  // namespace newsgraph::eval
