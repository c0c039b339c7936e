#include "entities/roles.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "entities/knowledge.h"

#include "lang/lexicon.h"

namespace newsgraph::entities {
namespace {

std::string_view Expanded(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kAbbreviations[] = {
      {"sen", "senator"},     {"rep", "representative"}, {"gov", "governor"},      {"lt", "lieutenant"},
      {"col", "colonel"},     {"gen", "general"},        {"maj", "major"},         {"capt", "captain"},
      {"cmdr", "commander"},  {"adm", "admiral"},        {"sgt", "sergeant"},      {"cpl", "corporal"},
      {"det", "detective"},   {"insp", "inspector"},     {"supt", "superintendent"}, {"cllr", "councillor"},
      {"ald", "alderman"},    {"brig", "brigadier"},     {"amb", "ambassador"},    {"atty", "attorney"},
      {"pres", "president"},
  };
  for (const auto& [abbreviation, full] : kAbbreviations)
    if (w == abbreviation) return full;
  return w;
}

}  // namespace

std::string RoleTitle(const std::vector<std::string>& lower_words) {
  std::vector<std::string> words;
  words.reserve(lower_words.size());
  for (const std::string& w : lower_words) words.emplace_back(Expanded(w));
  return lang::TitleCase(words);
}

bool IsWrittenShort(std::string_view word, lang::TitleWord kind) {
  if (kind != lang::TitleWord::kOffice && kind != lang::TitleWord::kQualifier) return false;
  if (word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  if (word.ends_with('.')) return true;
  const std::string lower = NormalizeName(word);
  for (const std::string_view w : {"cllr", "ald", "sgt", "lt", "col", "capt", "cmdr", "adm", "det", "insp", "supt",
                                   "cpl", "maj", "councillor", "councilor", "alderman", "alderwoman"})
    if (lower == w) return true;
  return false;
}

}  // namespace newsgraph::entities
