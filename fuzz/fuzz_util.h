// Shared by the fuzz targets: invariants every Analysis must satisfy, checked with abort() so that libFuzzer (and
// the replay runner) report a violation as a crash.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "newsgraph/document.h"
#include "util/hash.h"

namespace newsgraph::fuzz {

inline void Require(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
  }
}

inline void RequireSpan(const Span& s, size_t size, const char* what) {
  Require(s.start <= s.end && s.end <= size, what);
}

// Spans inside the text, tokens ordered and disjoint, sentences inside their paragraph.
inline void CheckAnalysis(const Analysis& a, size_t size) {
  uint32_t previous = 0;
  for (const Token& t : a.tokens) {
    RequireSpan(t.span, size, "token span");
    Require(t.span.start < t.span.end && t.span.start >= previous, "tokens ordered and non-empty");
    previous = t.span.end;
  }
  for (const Sentence& s : a.sentences) {
    RequireSpan(s.span, size, "sentence span");
    Require(s.paragraph < a.paragraphs.size(), "sentence paragraph index");
    Require(a.paragraphs[s.paragraph].span.Contains(s.span), "sentence inside its paragraph");
    Require(s.token_begin < s.token_end && s.token_end <= a.tokens.size(), "sentence token range");
  }
  for (const Paragraph& p : a.paragraphs) RequireSpan(p.span, size, "paragraph span");
  for (const Mention& m : a.mentions) RequireSpan(m.span, size, "mention span");
  for (const Timex& t : a.timexes) RequireSpan(t.span, size, "timex span");
  for (const Quote& q : a.quotes) {
    RequireSpan(q.span, size, "quote span");
    if (q.speaker) RequireSpan(*q.speaker, size, "speaker span");
    if (q.cue) RequireSpan(*q.cue, size, "cue span");
  }
  for (const Entity& e : a.entities)
    for (const EntityMention& m : e.mentions) RequireSpan(m.span, size, "entity mention span");
  for (const Event& e : a.events) {
    for (const EventMention& m : e.mentions) RequireSpan(m.span, size, "event mention span");
    for (const EventParticipant& p : e.participants) RequireSpan(p.span, size, "event participant span");
  }
}

// The model files share one envelope (ner::OpenModelEnvelope; see NerModel::ToBytes): a 40-byte header whose bytes
// 24-31 give the payload's size and 32-39 its checksum. The model fuzzers load each input as it is, then resealed
// (size and checksum recomputed), so that mutations reach the payload reader past the checksum.
// False (and nothing changed) when the bytes are shorter than a header.
inline bool ResealModel(std::string* bytes) {
  constexpr size_t kSizeOffset = 24, kChecksumOffset = 32, kHeaderSize = 40;
  if (bytes->size() < kHeaderSize) return false;
  const auto put64 = [bytes](size_t offset, uint64_t value) {
    for (int i = 0; i < 8; ++i) (*bytes)[offset + i] = static_cast<char>(value >> (8 * i));  // little-endian
  };
  put64(kSizeOffset, bytes->size() - kHeaderSize);
  put64(kChecksumOffset, util::Checksum(bytes->data() + kHeaderSize, bytes->size() - kHeaderSize));
  return true;
}

// Loads `data` with Model::FromBytes as it is and resealed: an error Status or a model, never a crash.
template <typename Model>
void LoadModelBytes(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto model = Model::FromBytes(bytes);
  if (model.ok()) Require(*model != nullptr, "a loaded model exists");
  if (!ResealModel(&bytes)) return;
  auto resealed = Model::FromBytes(bytes);
  if (resealed.ok()) Require(*resealed != nullptr, "a loaded model exists");
}

}  // namespace newsgraph::fuzz
