// The key of a linear model's feature: its template id, its offset in the window (-8..7) and its value, hashed
// under a seed that keeps one model's keys apart from another's (the name tagger's is 0; the part-of-speech tagger
// and the event-trigger detector have their own). Each model's features (ner/features.cc, pos/features.cc,
// events/trigger_features.cc) make their keys only through it; its template ids stay its own.
//
// FROZEN, like util/hash.h which it uses: model files hold these keys.
#pragma once

#include <cstdint>
#include <string_view>

#include "util/hash.h"

namespace newsgraph::util {

inline uint64_t FeatureKey(uint64_t seed, uint32_t tmpl, int offset, uint64_t value) {
  return HashCombine(Mix64((static_cast<uint64_t>(tmpl) << 8 | static_cast<uint64_t>(offset + 8)) ^ seed << 16), value);
}
inline uint64_t FeatureKey(uint64_t seed, uint32_t tmpl, int offset, std::string_view value) {
  return FeatureKey(seed, tmpl, offset, HashString(value));
}

}  // namespace newsgraph::util
