// Finding a document's tokens by byte offset. Tokens come in text order and never overlap, so each look-up is a binary
// search. Every stage that maps a span (a mention, a time expression, a paragraph) onto tokens asks one of these two.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>

#include "newsgraph/document.h"

namespace newsgraph::text {

// The first token that starts at or after byte `offset`; tokens.size() when none does.
inline size_t TokenAtOrAfter(std::span<const Token> tokens, uint32_t offset) {
  return static_cast<size_t>(
      std::partition_point(tokens.begin(), tokens.end(), [offset](const Token& t) { return t.span.start < offset; }) -
      tokens.begin());
}

// The first token that ends after byte `offset`: the token covering it, else the next one; tokens.size() when none
// does. Tokens [0, result) all end at or before `offset`.
inline size_t TokenEndingAfter(std::span<const Token> tokens, uint32_t offset) {
  return static_cast<size_t>(
      std::partition_point(tokens.begin(), tokens.end(), [offset](const Token& t) { return t.span.end <= offset; }) -
      tokens.begin());
}

}  // namespace newsgraph::text
