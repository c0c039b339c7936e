#include "eval/pos_eval.h"

namespace newsgraph::eval {

PosSentences ReadPosSentences(const ConlluDocument& doc) {
  PosSentences out;
  size_t s = 0, current = SIZE_MAX;
  for (const GoldWord& w : doc.words) {
    // Words and sentences are in text order: a word belongs to the first sentence that ends after its start.
    while (s < doc.sentences.size() && doc.sentences[s].end <= w.span.start) ++s;
    if (s != current) {
      out.sentence_begin.push_back(static_cast<uint32_t>(out.tokens.size()));
      current = s;
    }
    out.tokens.push_back(w.span.In(doc.text));
    out.gold.push_back(pos::ParseTag(w.upos).value_or(pos::Upos::kX));
  }
  out.sentence_begin.push_back(static_cast<uint32_t>(out.tokens.size()));
  return out;
}

void PosScore::Add(const std::vector<pos::Upos>& gold, const std::vector<pos::Upos>& predicted) {
  for (size_t i = 0; i < gold.size(); ++i) {
    const auto g = static_cast<size_t>(gold[i]);
    const bool right = i < predicted.size() && predicted[i] == gold[i];
    ++words;
    ++gold_words[g];
    correct += right;
    gold_correct[g] += right;
  }
}

PosScore EvaluatePos(const pos::PosTagger& tagger, const std::vector<ConlluDocument>& docs) {
  PosScore score;
  pos::Scratch scratch;
  std::vector<pos::Upos> tags;
  for (const ConlluDocument& doc : docs) {
    const PosSentences s = ReadPosSentences(doc);
    tagger.Tag(s.tokens, s.sentence_begin, &scratch, &tags);
    score.Add(s.gold, tags);
  }
  return score;
}

}  // namespace newsgraph::eval
