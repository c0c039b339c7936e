#include "entities/token_index.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "text/unicode.h"

namespace newsgraph::entities {

namespace {
bool StartsLower(std::string_view w) { return !w.empty() && !(w[0] >= 'A' && w[0] <= 'Z') && static_cast<unsigned char>(w[0]) < 0x80; }
}  // namespace

TokenIndex::TokenIndex(std::string_view text, const std::vector<Token>& tokens) : text_(text), tokens_(tokens) {
  Build([](std::string_view w) { return !StartsLower(w); }, &positions_);
}

template <typename Take>
void TokenIndex::Build(Take take, Positions* positions) const {
  // Each indexed token's group, numbered in order of first occurrence; then a counting sort by group, which keeps
  // the tokens of a group in text order.
  std::vector<uint32_t> group_of(tokens_.size(), UINT32_MAX);
  std::vector<uint32_t> count;
  for (size_t t = 0; t < tokens_.size(); ++t) {
    const std::string_view w = tokens_[t].span.In(text_);
    if (tokens_[t].kind != TokenKind::kWord || !take(w)) continue;
    const auto [group, added] = positions->group.Emplace(w);
    if (added) {
      *group = static_cast<uint32_t>(count.size());
      count.push_back(0);
    }
    group_of[t] = *group;
    ++count[*group];
  }
  positions->begin.assign(count.size() + 1, 0);
  for (size_t g = 0; g < count.size(); ++g) positions->begin[g + 1] = positions->begin[g] + count[g];
  positions->tokens.resize(positions->begin.back());
  std::vector<uint32_t> next(positions->begin.begin(), positions->begin.end() - 1);
  for (size_t t = 0; t < tokens_.size(); ++t)
    if (group_of[t] != UINT32_MAX) positions->tokens[next[group_of[t]]++] = t;
}

std::vector<size_t> TokenIndex::Lookup(const Positions& positions, std::string_view word) {
  const uint32_t* group = positions.group.Find(word);
  if (!group) return {};
  return std::vector<size_t>(positions.tokens.begin() + positions.begin[*group],
                             positions.tokens.begin() + positions.begin[*group + 1]);
}

std::vector<size_t> TokenIndex::Find(std::string_view word) const {
  if (!StartsLower(word)) return Lookup(positions_, word);
  if (!lower_built_) {
    Build(StartsLower, &lower_positions_);
    lower_built_ = true;
  }
  return Lookup(lower_positions_, word);
}

std::vector<size_t> TokenIndex::FindSequence(const std::vector<std::string_view>& words) const {
  std::vector<size_t> out;
  if (words.empty()) return out;
  for (const size_t t : Find(words[0])) {
    if (t + words.size() > tokens_.size()) break;
    bool match = true;
    for (size_t k = 1; k < words.size() && match; ++k) match = tokens_[t + k].span.In(text_) == words[k];
    if (match) out.push_back(t);
  }
  return out;
}

void NameOwners::Add(std::vector<std::string_view> words, int owner) {
  if (words.empty()) return;
  const auto [it, added] = owner_.emplace(std::move(words), owner);
  if (!added && it->second != owner) it->second = -1;
}

void NameOwners::ForEachOccurrence(const TokenIndex& index, std::string_view text, const std::vector<Token>& tokens,
                                   const std::function<bool(size_t)>& sentence_start,
                                   const std::function<bool(std::string_view)>& common,
                                   const std::function<void(size_t, size_t, int)>& fn) const {
  const auto capitalized = [&](size_t t) {
    int len = 0;
    return t < tokens.size() && tokens[t].kind == TokenKind::kWord &&
           text::IsUpper(text::DecodeAt(text, tokens[t].span.start, &len));
  };
  // The one-word names the article also writes in lower case ("Pepper" and "pepper"): one pass over the words.
  std::unordered_map<std::string, bool> written_lower;
  for (const auto& [words, owner] : owner_) {
    if (owner < 0 || words.size() != 1) continue;
    std::string lower(words[0]);
    for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    if (lower != words[0]) written_lower.emplace(std::move(lower), false);
  }
  if (!written_lower.empty()) {
    // The lengths and first letters of those names, so that only a word that could be one is hashed and looked up
    // (a few of an article's thousand words, where every lower-case word was).
    uint64_t lengths = 0;
    uint32_t firsts = 0;
    for (const auto& [name, seen] : written_lower) {
      lengths |= uint64_t{1} << std::min<size_t>(name.size(), 63);
      if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') firsts |= uint32_t{1} << (name[0] - 'a');
    }
    std::string probe;
    for (const Token& token : tokens) {
      const std::string_view w = token.span.In(text);
      if (token.kind != TokenKind::kWord || w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) continue;
      if (!((lengths >> std::min<size_t>(w.size(), 63)) & 1) || !((firsts >> (w[0] - 'a')) & 1)) continue;
      probe.assign(w);
      if (const auto it = written_lower.find(probe); it != written_lower.end()) it->second = true;
    }
  }
  for (const auto& [words, owner] : owner_) {
    if (owner < 0) continue;
    const bool one = words.size() == 1;
    const bool acronym = one && std::all_of(words[0].begin(), words[0].end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (one && (words[0].size() < 2 || common(words[0]))) continue;
    if (one) {
      std::string lower(words[0]);
      for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      if (const auto it = written_lower.find(lower); it != written_lower.end() && it->second) continue;
    }
    for (const size_t t : index.FindSequence(words)) {
      const size_t e = t + words.size();
      if (!capitalized(t) || capitalized(e) || (one && !acronym && sentence_start(t))) continue;
      if (t > 0 && capitalized(t - 1) && !sentence_start(t) && !common(tokens[t - 1].span.In(text)))
        continue;  // inside a longer name ("The ZRA" is not)
      fn(t, e, owner);
    }
  }
}

}  // namespace newsgraph::entities
