#include "entities/type_vote.h"

#include <algorithm>
#include <unordered_map>

namespace newsgraph::entities {

std::vector<EntityType> VoteNameTypes(const std::vector<NameReading>& names, const OrganizationPriors& priors) {
  constexpr int kPerson = static_cast<int>(EntityType::kPerson);
  constexpr int kOrganization = static_cast<int>(EntityType::kOrganization);
  constexpr int kLocation = static_cast<int>(EntityType::kLocation);
  struct Votes {
    double votes[4] = {0, 0, 0, 0};
    size_t first = 0;  // a name of the group, for its words
  };
  std::unordered_map<std::string, Votes> by_key;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i].knowledge) continue;
    auto [it, added] = by_key.try_emplace(names[i].key);
    if (added) it->second.first = i;
    it->second.votes[static_cast<int>(names[i].tagged)] += VoteWeight(names[i].confidence);
  }
  // Person votes by word: the lone names' (for the full names ending with them) and the full names' last words (for
  // the lone surnames), each at half weight.
  std::unordered_map<std::string, double> lone_person, surname_person;
  for (const NameReading& n : names) {
    if (n.knowledge || n.tagged != EntityType::kPerson || n.words.empty()) continue;
    (n.words.size() == 1 ? lone_person : surname_person)[n.words.back()] += 0.5 * VoteWeight(n.confidence);
  }
  const auto support = [](const std::unordered_map<std::string, double>& m, const std::string& word) {
    const auto it = m.find(word);
    return it == m.end() ? 0.0 : it->second;
  };
  std::unordered_map<std::string, EntityType> decided;
  decided.reserve(by_key.size());
  for (auto& [key, v] : by_key) {
    const std::vector<std::string>& words = names[v.first].words;
    const NameShape shape = ShapeOfName(words);
    const std::optional<OrganizationPrior> prior = priors.Find(key);
    if (prior && !prior->strong) v.votes[kOrganization] += 1.0;  // one confident vote
    const NameReading& first = names[v.first];
    // A person of that surname named in the article ("Bloomberg" after "Michael Bloomberg").
    const double surname = words.size() == 1 ? support(surname_person, words.back()) : 0;
    v.votes[kPerson] += surname;
    // A full name the tagger also read as a person's, or starting with a given name, gets its lone surname's votes;
    // one starting with a given name, once the text supports a person at all, half a vote more.
    const double lone = first.person_shaped && !prior ? support(lone_person, words.back()) : 0;
    if (lone > 0 && (v.votes[kPerson] > 0 || first.given_name_first)) v.votes[kPerson] += lone;
    if (!prior && first.given_name_first && v.votes[kPerson] > 0) {
      v.votes[kPerson] += 0.5;
      if (!first.known_place) v.votes[kLocation] *= 0.5;
    }
    if (shape == NameShape::kFacility) {  // a place or a body, never a person
      v.votes[kPerson] = 0;
      if (v.votes[kOrganization] == 0 && v.votes[static_cast<int>(EntityType::kMisc)] == 0) v.votes[kLocation] += 1;
    }
    int best = 0;
    for (int t = 1; t < 4; ++t)
      if (v.votes[t] > v.votes[best]) best = t;
    // A listed newspaper, party or network, a masthead or a church is neither a person nor a place (but a lone
    // surname of a person the article names is that person); a masthead is not a miscellaneous name either.
    const bool body = (prior && prior->strong && surname == 0) || shape == NameShape::kMasthead ||
                      shape == NameShape::kWorship;
    if (body && (best == kPerson || best == kLocation)) best = kOrganization;
    if (shape == NameShape::kMasthead) best = kOrganization;
    decided.emplace(key, static_cast<EntityType>(best));
  }
  std::vector<EntityType> out;
  out.reserve(names.size());
  for (const NameReading& n : names) out.push_back(n.knowledge ? n.tagged : decided.at(n.key));
  return out;
}

bool IsPlaceName(const Knowledge& k, std::string_view name) {
  return k.CountryByName(name) || !k.RegionCountry(name).empty() || !k.CitiesByName(name).empty();
}

bool PersonShaped(const Knowledge& k, const std::vector<std::string>& words) {
  if (words.size() < 2 || k.CountryByName(words.front()) || !k.RegionCountry(words.front()).empty()) return false;
  for (const City* c : k.CitiesByName(words.front()))
    if (c->population >= 100000) return false;
  return std::none_of(words.begin() + 1, words.end(), [](const std::string& w) { return IsFeatureWord(w); });
}

bool IsShoutedName(const Knowledge& k, const TokenIndex& index, std::string_view text, const std::vector<Token>& tokens,
                   size_t b, size_t e) {
  if (b >= e || e > tokens.size()) return false;
  bool headline = false;
  for (size_t t = b; t < e; ++t) {
    const std::string_view w = tokens[t].span.In(text);
    if (w.size() < 4 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
    headline |= IsHeadlineWord(NormalizeName(w));
  }
  const std::string key = NormalizeName(std::string_view(text).substr(tokens[b].span.start,
                                                                       tokens[e - 1].span.end - tokens[b].span.start));
  if (OrganizationPriors::Get().Find(key) || k.OrganizationByName(key) || k.MetonymByName(key) || IsPlaceName(k, key))
    return false;
  if (headline) return true;
  return e == b + 1 && index.Find(key).size() >= index.Find(tokens[b].span.In(text)).size();
}

}  // namespace newsgraph::entities
