// Part-of-speech scoring on CoNLL-U with the gold tokens: UPOS accuracy (the share of words whose tag is the gold
// one, the standard CoNLL 2018 UPOS metric with gold tokenization), overall and per gold tag.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "eval/conllu.h"
#include "pos/tagger.h"

namespace newsgraph::eval {

// One document's words as the tagger takes them: their text, where each sentence begins (then the word count), and
// their gold tags (an unknown or missing UPOS counts as X).
struct PosSentences {
  std::vector<std::string_view> tokens;  // into the document's text
  std::vector<uint32_t> sentence_begin;
  std::vector<pos::Upos> gold;
};
PosSentences ReadPosSentences(const ConlluDocument& doc);

struct PosScore {
  int64_t words = 0, correct = 0;
  std::array<int64_t, pos::kTagCount> gold_words{}, gold_correct{};  // per gold tag
  double accuracy() const { return words ? static_cast<double>(correct) / static_cast<double>(words) : 0.0; }
  void Add(const std::vector<pos::Upos>& gold, const std::vector<pos::Upos>& predicted);
};

PosScore EvaluatePos(const pos::PosTagger& tagger, const std::vector<ConlluDocument>& docs);

}  // namespace newsgraph::eval
