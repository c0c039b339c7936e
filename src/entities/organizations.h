// What the entity stage knows about organisation names beyond data/entities/organizations.tsv: priors from large
// lists (data/entities/organization_priors.tsv, generated from MIT-licensed sources by
// scripts/build_organizations.py, and data/entities/well_known_organizations.tsv, written for newsgraph), the
// short forms of company and club names ("Acme Corp." -> "Acme", "Arsenal FC" -> "Arsenal"), and the shapes of names
// that tell a kind by their words (newspaper mastheads, churches, stations and airports).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsgraph::entities {

enum class OrganizationKind : uint8_t {
  kOther, kSocial, kMedia, kParty, kReligious, kCompany, kInternational, kGovernment, kArmed, kTeam, kNgo, kEducation
};

struct OrganizationPrior {
  OrganizationKind kind = OrganizationKind::kOther;
  // A strong prior decides against a person or place reading (a listed newspaper, party or social network; any
  // listed name of two words or more); a weak one (a one-word company name: "Apple", "Shell") only adds a vote.
  bool strong = false;
};

class OrganizationPriors {
 public:
  // Built once from the embedded lists (thread-safe), then read-only.
  static const OrganizationPriors& Get();
  // `name` as NormalizeName gives it ("sydney morning herald"); hyphens and spaces are alike ("al-jazeera").
  std::optional<OrganizationPrior> Find(std::string_view name) const;
  size_t size() const { return priors_.size(); }

 private:
  OrganizationPriors();
  std::unordered_map<std::string, OrganizationPrior> priors_;
};

// The key a name is compared by when hyphens and spaces are alike: "al-jazeera" -> "al jazeera".
std::string HyphensAsSpaces(std::string_view name);

// A company's or club's name without its legal or club suffix, as lower-case words joined by spaces: {"acme",
// "corp"} -> "acme", {"arsenal", "football", "club"} -> "arsenal"; empty when the name has no such suffix or nothing
// would be left.
std::string WithoutOrganizationSuffix(const std::vector<std::string>& words);

// The kind of place or body a name's own words tell, whatever the tagger said (`words` lower case):
enum class NameShape : uint8_t {
  kNone,
  kMasthead,  // "Sydney Morning Herald", "Daily Mail", "Washington Post": a newspaper
  kWorship,   // "St Mary's Church", "First Baptist Church": a church or other religious body, never a person
  kFacility,  // "Kennedy Space Center", "Heathrow Airport", "Wembley Stadium", "Central Station": never a person
};
NameShape ShapeOfName(const std::vector<std::string>& words);

// Whether a name's last word names a kind of place or thing rather than a family ("Victoria Park", "Paradise Island",
// "Camden Market", "Snow Patrol"): such a name is not read as a person's for starting with a given name.
bool IsFeatureWord(std::string_view lower_word);

// Whether an all-capital word is a tabloid headline word ("EXCLUSIVE", "SHOCK", "PICTURED") rather than a name.
bool IsHeadlineWord(std::string_view lower_word);

}  // namespace newsgraph::entities
