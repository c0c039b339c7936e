// The 17 universal part-of-speech tags of Universal Dependencies (UPOS), in the order the POS model's weight rows
// use. FROZEN: the numbering is part of the model file (pos/model.h); add nothing without bumping its version.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace newsgraph::pos {

enum class Upos : uint8_t {
  kAdj = 0,
  kAdp,
  kAdv,
  kAux,
  kCconj,
  kDet,
  kIntj,
  kNoun,
  kNum,
  kPart,
  kPron,
  kPropn,
  kPunct,
  kSconj,
  kSym,
  kVerb,
  kX,
};
inline constexpr int kTagCount = 17;

inline constexpr std::string_view kTagNames[kTagCount] = {"ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET",
                                                          "INTJ", "NOUN", "NUM",   "PART",  "PRON",  "PROPN",
                                                          "PUNCT", "SCONJ", "SYM", "VERB",  "X"};

inline std::string_view TagName(Upos t) { return kTagNames[static_cast<int>(t) % kTagCount]; }

inline std::optional<Upos> ParseTag(std::string_view name) {
  for (int t = 0; t < kTagCount; ++t)
    if (kTagNames[t] == name) return static_cast<Upos>(t);
  return std::nullopt;
}

}  // namespace newsgraph::pos
