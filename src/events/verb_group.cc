#include "events/verb_group.h"

#include <algorithm>

#include "ner/word_shape.h"

namespace newsgraph::events {

namespace {

// Appends `token` as NormalizedLower makes it to *out; `normalized` is working memory.
void AppendNormalizedLower(std::string_view token, std::string* normalized, std::string* out) {
  const size_t from = out->size();
  *out += ner::NormalizeToken(token, normalized) ? std::string_view(*normalized) : token;
  for (size_t k = from; k < out->size(); ++k)
    if ((*out)[k] >= 'A' && (*out)[k] <= 'Z') (*out)[k] = static_cast<char>((*out)[k] - 'A' + 'a');
}

}  // namespace

std::string NormalizedLower(std::string_view token) {
  std::string out, normalized;
  AppendNormalizedLower(token, &normalized, &out);
  return out;
}

void LowerTokens::Fill(const std::vector<std::string_view>& tokens) {
  bytes.clear();
  std::string normalized;
  std::vector<uint32_t> ends(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    AppendNormalizedLower(tokens[i], &normalized, &bytes);
    ends[i] = static_cast<uint32_t>(bytes.size());
  }
  lower.resize(tokens.size());
  for (size_t i = 0, from = 0; i < tokens.size(); from = ends[i++])
    lower[i] = std::string_view(bytes).substr(from, ends[i] - from);
}

VerbGroup TimeMLGroup(const lang::Words& words, uint32_t trigger, uint32_t sentence_begin, EventPos pos) {
  const lang::VerbGroup g = lang::ReadVerbGroup(words, static_cast<int>(trigger), pos == EventPos::kVerb);
  VerbGroup out;
  out.begin = static_cast<size_t>(std::max<int>(g.first, static_cast<int>(sentence_begin)) - sentence_begin);
  out.negated = g.negated;
  if (pos == EventPos::kNoun) {
    out.negated |= trigger > sentence_begin && words.Lower(static_cast<int>(trigger) - 1, "no");
    return out;
  }
  static constexpr std::string_view kTense[] = {"NONE", "PRESENT", "PAST", "FUTURE", "INFINITIVE", "PRESPART",
                                                "PASTPART"};
  static constexpr std::string_view kAspect[] = {"NONE", "PERFECTIVE", "PROGRESSIVE", "PERFECTIVE_PROGRESSIVE"};
  out.tense = kTense[static_cast<int>(g.tense)];
  out.aspect = kAspect[static_cast<int>(g.aspect)];
  out.modality = g.modal;
  out.passive = g.passive;
  return out;
}

}  // namespace newsgraph::events
