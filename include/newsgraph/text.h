// The text layer: UTF-8 checks, paragraphs, sentences and tokens with byte offsets.
//
//   newsgraph::Analysis a;
//   newsgraph::Segment("Mr. Smith arrived. He left.", {}, &a);
//   // a.sentences.size() == 2, a.tokens[0] spans "Mr."
//
// All functions here are pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph {

// Returns true when `text` is well-formed UTF-8 (no overlong forms, surrogates or code points above U+10FFFF).
// Otherwise sets *error_offset to the byte offset of the first invalid sequence.
bool IsValidUtf8(std::string_view text, size_t* error_offset = nullptr);

// Replaces each maximal invalid subsequence by U+FFFD (the W3C/Unicode "substitution of maximal subparts" practice).
// `to_original[i]` is the offset in `text` of byte i of the result; it has one extra entry for the end.
struct RepairedText {
  std::string text;
  std::vector<uint32_t> to_original;
  uint32_t replaced_bytes = 0;
};
RepairedText RepairUtf8(std::string_view text);

struct SegmenterOptions {
  // Universal Dependencies split hyphenated compounds ("15-year" -> 15 - year); news NER (CoNLL) keeps them whole.
  bool split_hyphens = false;
};

// Fills analysis->paragraphs, sentences and tokens for valid UTF-8 `text` (replacing what they held).
// Paragraphs are separated by blank lines; a single newline inside a paragraph is not a break.
void Segment(std::string_view text, const SegmenterOptions& options, Analysis* analysis);

}  // namespace newsgraph
