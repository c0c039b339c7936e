#include "entities/organizations.h"

#include <algorithm>
#include <array>

#include "entities/knowledge.h"
#include "util/data_file.h"

namespace newsgraph::entities {
namespace {

OrganizationKind KindNamed(std::string_view kind) {
  static constexpr std::array<std::pair<std::string_view, OrganizationKind>, 11> kKinds = {{
      {"social", OrganizationKind::kSocial}, {"media", OrganizationKind::kMedia}, {"party", OrganizationKind::kParty},
      {"religious", OrganizationKind::kReligious}, {"company", OrganizationKind::kCompany},
      {"international", OrganizationKind::kInternational}, {"government", OrganizationKind::kGovernment},
      {"armed", OrganizationKind::kArmed}, {"team", OrganizationKind::kTeam}, {"ngo", OrganizationKind::kNgo},
      {"education", OrganizationKind::kEducation},
  }};
  for (const auto& [name, value] : kKinds)
    if (name == kind) return value;
  return OrganizationKind::kOther;
}

bool Contains(std::initializer_list<std::string_view> words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

std::string HyphensAsSpaces(std::string_view name) {
  std::string out(name);
  std::replace(out.begin(), out.end(), '-', ' ');
  return out;
}

const OrganizationPriors& OrganizationPriors::Get() {
  static const OrganizationPriors* const priors = new OrganizationPriors();
  return *priors;
}

OrganizationPriors::OrganizationPriors() {
  // The hand-written list first: its lines win over the generated list's.
  util::ForEachDataRow(util::DataFile::Get("data/entities/well_known_organizations.tsv"), 2, [&](const auto& f) {
    priors_.emplace(HyphensAsSpaces(NormalizeName(f[0])), OrganizationPrior{KindNamed(f[1]), true});
  });
  util::ForEachDataRow(util::DataFile::Get("data/entities/organization_priors.tsv"), 2, [&](const auto& f) {
    const std::string key = HyphensAsSpaces(NormalizeName(f[0]));
    const OrganizationKind kind = KindNamed(f[1]);
    // One word is a weak clue unless it names a body that is never a person or place.
    const bool strong = key.find(' ') != std::string::npos || kind == OrganizationKind::kMedia ||
                        kind == OrganizationKind::kArmed || kind == OrganizationKind::kInternational;
    priors_.emplace(key, OrganizationPrior{kind, strong});
  });
}

std::optional<OrganizationPrior> OrganizationPriors::Find(std::string_view name) const {
  const auto it = priors_.find(name.find('-') == std::string_view::npos ? std::string(name) : HyphensAsSpaces(name));
  if (it == priors_.end()) return std::nullopt;
  return it->second;
}

std::string WithoutOrganizationSuffix(const std::vector<std::string>& words) {
  size_t keep = words.size();
  while (keep > 1) {
    const std::string& last = words[keep - 1];
    if (Contains({"corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "co", "llc", "llp", "ag", "sa",
                  "nv", "bv", "gmbh", "se", "spa", "fc", "afc", "cf", "sc", "holdings", "group"},
                 last)) {
      --keep;
    } else if (keep > 2 && last == "club" && Contains({"football", "soccer", "rugby", "cricket"}, words[keep - 2])) {
      keep -= 2;
    } else if (last == "," || last == "&") {
      --keep;
    } else {
      break;
    }
  }
  if (keep == words.size() || keep == 0) return {};
  std::string out;
  for (size_t i = 0; i < keep; ++i) {
    if (i) out.push_back(' ');
    out += words[i];
  }
  return out;
}

NameShape ShapeOfName(const std::vector<std::string>& words) {
  if (words.size() < 2) return NameShape::kNone;
  const std::string& last = words.back();
  const std::string& first = words.front();
  if (Contains({"times", "post", "herald", "gazette", "tribune", "journal", "chronicle", "courier", "telegraph",
                "examiner", "inquirer", "dispatch", "sentinel", "bulletin", "mirror", "observer", "advertiser",
                "argus", "register", "standard", "independent", "express"},
               last) ||
      (Contains({"daily", "sunday", "evening"}, first) && words.size() <= 3))
    return NameShape::kMasthead;
  if (Contains({"church", "cathedral", "mosque", "synagogue", "temple", "chapel", "abbey", "diocese", "parish",
                "archdiocese", "basilica"},
               last)) {
    for (const std::string& w : words)
      if (Contains({"st", "st.", "saint", "'s", "of", "baptist", "methodist", "catholic", "orthodox", "anglican",
                    "lutheran", "presbyterian", "evangelical", "pentecostal", "episcopal", "united", "first", "grand",
                    "great", "holy", "christ"},
                   w))
        return NameShape::kWorship;
    if (last != "church" && last != "temple") return NameShape::kWorship;  // "Church" and "Temple" are surnames too
    return NameShape::kNone;
  }
  if (Contains({"airport", "station", "stadium", "arena", "terminal", "racecourse", "velodrome", "ballpark", "theater",
                "theatre", "museum", "library", "hospital", "spaceport"},
               last) ||
      (Contains({"center", "centre"}, last) && words.size() >= 3 && words[words.size() - 2] == "space"))
    return NameShape::kFacility;
  return NameShape::kNone;
}

bool IsFeatureWord(std::string_view w) {
  return Contains({"park", "island", "islands", "market", "street", "road", "avenue", "square", "bridge", "river",
                   "lake", "mountain", "mountains", "mount", "hill", "hills", "valley", "beach", "bay", "county", "city",
                   "town", "village", "heights", "gardens", "garden", "centre", "center", "place", "lane", "court",
                   "house", "hall", "field", "fields", "forest", "springs", "falls", "point", "harbour", "harbor",
                   "port", "coast", "district", "estate", "green", "cross", "gate", "castle", "palace", "tower",
                   "way", "drive", "patrol", "beacon", "awards", "prize", "cup", "trophy", "show", "festival",
                   "project", "fund", "trust", "band", "boys", "girls", "brothers", "sisters", "family", "and", "of",
                   "the", "for", "&"},
                  w);
}

bool IsHeadlineWord(std::string_view w) {
  return Contains({"exclusive", "breaking", "shock", "revealed", "pictured", "watch", "video", "live", "update",
                   "updated", "horror", "tragedy", "fury", "outrage", "scandal", "warning", "latest", "opinion",
                   "analysis", "explainer", "factbox", "graphic", "insight", "pictures", "photos", "read", "more",
                   "listen", "sponsored", "advertisement", "comment", "editorial", "review", "interview", "urgent",
                   "alert", "flash", "bombshell", "revealed", "heartbreak", "terror", "chaos", "slams", "blasts"},
                  w);
}

}  // namespace newsgraph::entities
