#include "entities/token_index.h"

#include <algorithm>

#include "text/unicode.h"

namespace newsgraph::entities {

TokenIndex::TokenIndex(std::string_view text, const std::vector<Token>& tokens) : text_(text), tokens_(tokens) {
  positions_.reserve(tokens.size() / 2);
  for (size_t t = 0; t < tokens.size(); ++t)
    if (tokens[t].kind == TokenKind::kWord) positions_[tokens[t].span.In(text)].push_back(t);
}

const std::vector<size_t>& TokenIndex::Find(std::string_view word) const {
  static const std::vector<size_t> kNone;
  const auto it = positions_.find(word);
  return it == positions_.end() ? kNone : it->second;
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
  for (const auto& [words, owner] : owner_) {
    if (owner < 0) continue;
    const bool one = words.size() == 1;
    const bool acronym = one && std::all_of(words[0].begin(), words[0].end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (one && (words[0].size() < 2 || common(words[0]))) continue;
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
