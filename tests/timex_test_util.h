// Helpers for the time-expression tests: tag a text and describe what was found in one comparable string each.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "newsgraph/document.h"
#include "timex/timex.h"

namespace newsgraph::testing {

inline Date D(int year, int month, int day) { return Date{year, month, day}; }

// "text|TYPE|value" for each expression found, in text order; with `details`, also "|anchor" and "|mod" when set.
inline std::vector<std::string> Tag(const std::string& text, std::optional<Date> date, bool details = false) {
  std::vector<std::string> out;
  for (const Timex& t : timex::FindTimexes(text, date)) {
    std::string s = std::string(t.span.In(text)) + "|" + TimexTypeName(t.type) + "|" + t.value;
    if (details) {
      s += "|" + t.anchor;
      if (!t.mod.empty()) s += "|mod=" + t.mod;
      if (!t.quant.empty()) s += "|quant=" + t.quant;
      if (!t.freq.empty()) s += "|freq=" + t.freq;
    }
    out.push_back(std::move(s));
  }
  return out;
}

// The one expression found in `text`, or "" (with all of them, when there are several, for the failure message).
inline std::string One(const std::string& text, std::optional<Date> date, bool details = false) {
  const std::vector<std::string> all = Tag(text, date, details);
  if (all.size() == 1) return all[0];
  std::string joined = "<" + std::to_string(all.size()) + " found>";
  for (const std::string& s : all) joined += " " + s;
  return joined;
}

using Found = std::vector<std::string>;

}  // namespace newsgraph::testing
