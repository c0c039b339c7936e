// A reimplementation of conlleval (Tjong Kim Sang and Buchholz, CoNLL-2000, revised 2004), following its chunk
// start/end rules and output format exactly.
#include "eval/ner_eval.h"

#include <cstdio>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph::eval {

namespace {

constexpr std::string_view kBoundary = "-X-";

// "B-PER" -> ("B", "PER"); "O" -> ("O", ""). conlleval splits on "-" and keeps the first two fields.
void Split(std::string_view tag, std::string* prefix, std::string* type) {
  const size_t dash = tag.find('-');
  if (dash == std::string_view::npos) {
    prefix->assign(tag);
    type->clear();
    return;
  }
  prefix->assign(tag.substr(0, dash));
  std::string_view rest = tag.substr(dash + 1);
  type->assign(rest.substr(0, rest.find('-')));
}

using TagPair = std::pair<std::string_view, std::string_view>;

template <size_t N>
bool OneOf(const TagPair (&pairs)[N], std::string_view prev_tag, std::string_view tag) {
  for (const TagPair& p : pairs)
    if (p.first == prev_tag && p.second == tag) return true;
  return false;
}

// conlleval's rules: the (previous tag, tag) pairs between which a chunk ends, and those at which one starts; a
// change of type ends and starts one too.
bool EndOfChunk(const std::string& prev_tag, const std::string& tag, const std::string& prev_type,
                const std::string& type) {
  static constexpr TagPair kEnds[] = {{"B", "B"}, {"B", "O"}, {"I", "B"}, {"I", "O"}, {"E", "E"}, {"E", "I"}, {"E", "O"}};
  return OneOf(kEnds, prev_tag, tag) || (prev_tag != "O" && prev_tag != "." && prev_type != type) ||
         prev_tag == "]" || prev_tag == "[";
}

bool StartOfChunk(const std::string& prev_tag, const std::string& tag, const std::string& prev_type,
                  const std::string& type) {
  static constexpr TagPair kStarts[] = {{"B", "B"}, {"I", "B"}, {"O", "B"}, {"O", "I"}, {"E", "E"}, {"E", "I"}, {"O", "E"}};
  return OneOf(kStarts, prev_tag, tag) || (tag != "O" && tag != "." && prev_type != type) || tag == "[" || tag == "]";
}

Counts ToCounts(int64_t correct, int64_t gold, int64_t guessed) {
  Counts c;
  c.Add(gold, guessed, correct);
  return c;
}

}  // namespace

void Conlleval::AddLine(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    const size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (i > start) cols.push_back(line.substr(start, i - start));
  }
  if (cols.empty() || cols[0] == kBoundary) {
    Add(kBoundary, "O", "O");
  } else if (cols.size() < 3) {
    // conlleval dies on such a line; a scorer for our own files treats it as a token guessed O.
    Add(cols[0], cols.size() == 2 ? cols[1] : "O", "O");
  } else {
    Add(cols[0], cols[cols.size() - 2], cols.back());
  }
}

void Conlleval::AddToken(std::string_view gold, std::string_view guess) { Add("", gold, guess); }
void Conlleval::AddBoundary() { Add(kBoundary, "O", "O"); }

void Conlleval::Add(std::string_view first, std::string_view gold, std::string_view guess) {
  finished_ = false;
  std::string correct, correct_type, guessed, guessed_type;
  Split(gold, &correct, &correct_type);
  Split(guess, &guessed, &guessed_type);

  if (in_correct_) {
    const bool correct_ends = EndOfChunk(last_correct_, correct, last_correct_type_, correct_type);
    const bool guessed_ends = EndOfChunk(last_guessed_, guessed, last_guessed_type_, guessed_type);
    if (correct_ends && guessed_ends && last_guessed_type_ == last_correct_type_) {
      in_correct_ = false;
      ++correct_chunks_;
      ++types_[last_correct_type_].correct;
    } else if (correct_ends != guessed_ends || guessed_type != correct_type) {
      in_correct_ = false;
    }
  }
  const bool correct_starts = StartOfChunk(last_correct_, correct, last_correct_type_, correct_type);
  const bool guessed_starts = StartOfChunk(last_guessed_, guessed, last_guessed_type_, guessed_type);
  if (correct_starts && guessed_starts && guessed_type == correct_type) in_correct_ = true;
  if (correct_starts) {
    ++found_correct_;
    ++types_[correct_type].gold;
  }
  if (guessed_starts) {
    ++found_guessed_;
    ++types_[guessed_type].guessed;
  }
  if (first != kBoundary) {
    if (correct == guessed && guessed_type == correct_type) ++correct_tags_;
    ++tokens_;
  }
  last_guessed_ = std::move(guessed);
  last_correct_ = std::move(correct);
  last_guessed_type_ = std::move(guessed_type);
  last_correct_type_ = std::move(correct_type);
}

void Conlleval::Finish() {
  if (finished_) return;
  if (in_correct_) {
    ++correct_chunks_;
    ++types_[last_correct_type_].correct;
    in_correct_ = false;
  }
  finished_ = true;
}

Counts Conlleval::overall() const {
  const_cast<Conlleval*>(this)->Finish();
  return ToCounts(correct_chunks_, found_correct_, found_guessed_);
}

std::map<std::string, Counts> Conlleval::per_type() const {
  const_cast<Conlleval*>(this)->Finish();
  std::map<std::string, Counts> out;
  for (const auto& [type, c] : types_) out[type] = ToCounts(c.correct, c.gold, c.guessed);
  return out;
}

std::string Conlleval::Report() {
  Finish();
  std::string out;
  char buf[256];
  std::snprintf(buf, sizeof buf, "processed %lld tokens with %lld phrases; found: %lld phrases; correct: %lld.\n",
                static_cast<long long>(tokens_), static_cast<long long>(found_correct_),
                static_cast<long long>(found_guessed_), static_cast<long long>(correct_chunks_));
  out += buf;
  const double precision = found_guessed_ > 0 ? 100.0 * correct_chunks_ / found_guessed_ : 0.0;
  const double recall = found_correct_ > 0 ? 100.0 * correct_chunks_ / found_correct_ : 0.0;
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
  if (tokens_ > 0) {
    std::snprintf(buf, sizeof buf, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
                  100.0 * correct_tags_ / tokens_, precision, recall, f1);
    out += buf;
  }
  for (const auto& [type, c] : types_) {
    if (type.empty()) continue;
    const double p = c.guessed > 0 ? 100.0 * c.correct / c.guessed : 0.0;
    const double r = c.gold > 0 ? 100.0 * c.correct / c.gold : 0.0;
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    std::snprintf(buf, sizeof buf, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %lld\n", type.c_str(), p, r,
                  f, static_cast<long long>(c.guessed));
    out += buf;
  }
  return out;
}

}  // namespace newsgraph::eval
