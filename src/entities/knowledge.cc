#include "entities/knowledge.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "text/unicode.h"
#include "util/data_file.h"
#include "util/hash.h"
#include "util/split.h"

namespace newsgraph::entities {
namespace {

std::optional<double> ParseDouble(std::string_view s) {
  if (s.empty()) return std::nullopt;
  double value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

// As std::atoll: the leading digits (after an optional sign), 0 when none.
int64_t ParseInteger(std::string_view s) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  int64_t value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

}  // namespace

bool IsNormalizedName(std::string_view name) {
  if (name.empty()) return true;
  if (name.front() == ' ' || name.back() == ' ' || name.back() == '.' || name.starts_with("the ")) return false;
  // 8 bytes at a time while they hold no byte of 0x80 or above, no capital and no control character (each test
  // exact on bytes below 0x80), and no two spaces in a row; the bytes after the first block that fails any of these
  // go through the byte loop below.
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull, kLow = 0x7F7F7F7F7F7F7F7Full;
  size_t i = 0;
  bool space_before = false;
  for (; i + 8 <= name.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, name.data() + i, 8);
    if (x & kHigh) break;
    const uint64_t at_least_a = (x + kOnes * (0x80 - 'A')) & kHigh;
    const uint64_t above_z = (x + kOnes * (0x80 - 'Z' - 1)) & kHigh;
    const uint64_t control = ~(x + kOnes * (0x80 - 0x20)) & kHigh;
    if ((at_least_a & ~above_z) | control) break;
    const uint64_t y = x ^ (kOnes * ' ');
    const uint64_t spaces = ~(((y & kLow) + kLow) | y | kLow);  // 0x80 in each byte that is a space
    if ((spaces & (spaces << 8)) || (space_before && (spaces & 0x80))) break;
    space_before = (spaces >> 63) != 0;  // the block's last byte (little-endian order: the highest)
  }
  char previous = i > 0 ? name[i - 1] : 0;
  for (const char c : name.substr(i)) {
    if (static_cast<unsigned char>(c) >= 0x80 || (c >= 'A' && c <= 'Z') || c == '\n' || c == '\t' || c == '\r' ||
        (c == ' ' && previous == ' '))
      return false;
    previous = c;
  }
  return true;
}

std::string NormalizeName(std::string_view name) {
  if (IsNormalizedName(name)) return std::string(name);
  // Most names are ASCII (tested 8 bytes at a time): lowered in the same pass, without a second copy.
  bool ascii = true;
  size_t i = 0;
  for (; i + 8 <= name.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, name.data() + i, 8);
    if (x & 0x8080808080808080ull) break;
  }
  for (; i < name.size(); ++i)
    if (static_cast<unsigned char>(name[i]) >= 0x80) {
      ascii = false;
      break;
    }
  const std::string lower = ascii ? std::string() : text::LowerCase(name);
  const std::string_view source = ascii ? name : std::string_view(lower);
  // Written over in place (one allocation): the result is never longer than the source.
  std::string out(source.size(), '\0');
  char* const o = out.data();
  const char* const s = source.data();
  const size_t size = source.size();
  size_t n = 0;
  for (size_t j = 0; j < size; ++j) {
    char c = s[j];
    if (static_cast<unsigned char>(c) <= ' ') {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        if (n > 0 && o[n - 1] != ' ') o[n++] = ' ';
        continue;
      }
    } else if (c >= 'A' && c <= 'Z') {
      if (ascii) c = static_cast<char>(c + 32);
    } else if (!ascii && c == '\xE2' && j + 2 < size && s[j + 1] == '\x80' && s[j + 2] == '\x99') {  // ’ -> '
      o[n++] = '\'';
      j += 2;
      continue;
    }
    o[n++] = c;
  }
  out.resize(n);
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  if (out.starts_with("the ")) out.erase(0, 4);
  return out;
}

const Knowledge& Knowledge::Get() {
  // Never destroyed: freeing its ~200,000 strings and nodes at exit only costs the process time.
  static const Knowledge* const knowledge = new Knowledge();
  return *knowledge;
}

Knowledge::Knowledge() {
  util::ForEachDataLine(util::DataFile::Get("data/places/countries.tsv"), [&](std::string_view line) {
    const auto f = util::SplitFields(line, '\t');
    if (f.size() < 7) return;
    const size_t index = countries_.size();
    countries_.push_back(Country{std::string(f[0]), std::string(f[1]), std::string(f[4]), ParseDouble(f[5]),
                                 ParseDouble(f[6])});
    country_by_code_.emplace(std::string(f[0]), index);
    country_by_name_.emplace(NormalizeName(f[1]), index);
    for (std::string_view alias : util::SplitFields(f[2], '|'))
      if (!alias.empty()) country_by_name_.emplace(NormalizeName(alias), index);
    for (std::string_view demonym : util::SplitFields(f[3], '|'))
      if (!demonym.empty()) country_by_demonym_.emplace(NormalizeName(demonym), index);
  });
  const std::string_view cities = util::DataFile::Get("data/places/cities.tsv").content;
  const size_t city_lines = static_cast<size_t>(std::count(cities.begin(), cities.end(), '\n'));
  cities_.reserve(city_lines);
  city_names_.reserve(city_lines * 5 / 2);  // a name and about 1.4 other names a line
  city_keys_.reserve(cities.size());
  city_slots_.assign(std::bit_ceil(city_lines * 5), kNone);  // grown by AddCityName if ever half full
  util::ForEachDataLine(cities, [&](std::string_view line) {
    std::array<std::string_view, 7> f;
    if (util::SplitFields(line, '\t', &f) < 7) return;
    const size_t index = cities_.size();
    cities_.push_back(City{std::string(f[0]), std::string(f[2]), ParseDouble(f[3]).value_or(0),
                           ParseDouble(f[4]).value_or(0), ParseInteger(f[5]), f[6] == "PPLC"});
    AddCityName(NormalizeName(f[0]), static_cast<uint32_t>(index));
    util::ForEachField(f[1], '|', [&](std::string_view other) {  // the other names, no vector per line
      if (!other.empty()) AddCityName(NormalizeName(other), static_cast<uint32_t>(index));
    });
  });
  util::ForEachDataLine(util::DataFile::Get("data/places/regions.tsv"), [&](std::string_view line) {
    const auto f = util::SplitFields(line, '\t');
    if (f.size() >= 2) region_country_.emplace(NormalizeName(f[0]), std::string(f[1]));
  });
  util::ForEachDataLine(util::DataFile::Get("data/places/regions_of_the_world.txt"),
                        [&](std::string_view line) { region_country_.emplace(NormalizeName(line), ""); });
  util::ForEachDataLine(util::DataFile::Get("data/entities/organizations.tsv"), [&](std::string_view line) {
    const auto f = util::SplitFields(line, '\t');
    if (f.empty() || f[0].empty()) return;
    const size_t index = organizations_.size();
    organizations_.push_back(Organization{std::string(f[0]), f.size() > 2 ? std::string(f[2]) : ""});
    organization_by_name_.emplace(NormalizeName(f[0]), index);
    if (f.size() > 1)
      for (std::string_view other : util::SplitFields(f[1], '|'))
        if (!other.empty()) organization_by_name_.emplace(NormalizeName(other), index);
  });
  util::ForEachDataLine(util::DataFile::Get("data/entities/nominals.tsv"), [&](std::string_view line) {
    const auto f = util::SplitFields(line, '\t');
    if (f.size() < 2 || f[1].empty()) return;
    if (f[1] == "-") {
      generic_nominals_.insert(NormalizeName(f[0]));
    } else {
      nominals_.emplace(NormalizeName(f[0]), std::string(f[1]));
    }
  });
  util::ForEachDataLine(util::DataFile::Get("data/entities/metonyms.tsv"), [&](std::string_view line) {
    const auto f = util::SplitFields(line, '\t');
    if (f.size() >= 4)
      metonyms_.emplace(NormalizeName(f[0]), Metonym{std::string(f[1]), std::string(f[2]), f[3] == "building"});
  });
  const util::DataFile& office_holders = util::DataFile::Get("data/entities/office_holders.tsv");
  util::ForEachDataLine(office_holders, [&](std::string_view line) {
    const auto f = util::SplitFields(line, '\t');
    if (f.size() < 4) return;
    StatusOr<Date> from = Date::Parse(f[3]);
    if (!from.ok()) return;
    OfficeHolder holder{std::string(f[0]), std::string(f[1]), std::string(f[2]), *from, std::nullopt};
    if (f.size() > 4 && !f[4].empty()) {
      StatusOr<Date> to = Date::Parse(f[4]);
      if (to.ok()) holder.to = *to;
    }
    holders_.push_back(std::move(holder));
  });
  // ForEachDataLine skips comment lines, so read the check date directly.
  const size_t at = office_holders.content.find("# checked: ");
  if (at != std::string_view::npos) {
    StatusOr<Date> checked = Date::Parse(office_holders.content.substr(at + 11, 10));
    if (checked.ok()) checked_ = *checked;
  }
}

const Country* Knowledge::CountryByName(std::string_view name) const {
  const auto it = country_by_name_.find(NormalizeName(name));
  return it == country_by_name_.end() ? nullptr : &countries_[it->second];
}

const Country* Knowledge::CountryByDemonym(std::string_view word) const {
  const auto it = country_by_demonym_.find(NormalizeName(word));
  return it == country_by_demonym_.end() ? nullptr : &countries_[it->second];
}

const Country* Knowledge::CountryByCode(std::string_view code) const {
  const auto it = country_by_code_.find(std::string(code));
  return it == country_by_code_.end() ? nullptr : &countries_[it->second];
}

void Knowledge::AddCityName(std::string_view key, uint32_t city) {
  if ((city_names_.size() + 1) * 2 > city_slots_.size()) {  // keep it at most half full
    std::vector<uint32_t> slots(city_slots_.size() * 2, kNone);
    const size_t mask = slots.size() - 1;
    for (const uint32_t head : city_slots_) {
      if (head == kNone) continue;
      size_t s = util::HashString(CityKey(city_names_[head])) & mask;
      while (slots[s] != kNone) s = (s + 1) & mask;
      slots[s] = head;
    }
    city_slots_ = std::move(slots);
  }
  const size_t mask = city_slots_.size() - 1;
  size_t s = util::HashString(key) & mask;
  while (city_slots_[s] != kNone && CityKey(city_names_[city_slots_[s]]) != key) s = (s + 1) & mask;
  const uint32_t entry = static_cast<uint32_t>(city_names_.size());
  city_names_.push_back(CityName{static_cast<uint32_t>(city_keys_.size()), static_cast<uint32_t>(key.size()), city,
                                 city_slots_[s]});
  city_keys_.append(key);
  city_slots_[s] = entry;
}

std::vector<const City*> Knowledge::CitiesByName(std::string_view name) const {
  std::vector<const City*> out;
  const std::string key = NormalizeName(name);
  const size_t mask = city_slots_.size() - 1;
  size_t s = util::HashString(key) & mask;
  while (city_slots_[s] != kNone && CityKey(city_names_[city_slots_[s]]) != key) s = (s + 1) & mask;
  for (uint32_t e = city_slots_[s]; e != kNone; e = city_names_[e].next) out.push_back(&cities_[city_names_[e].city]);
  std::sort(out.begin(), out.end(), [](const City* a, const City* b) { return a->population > b->population; });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string Knowledge::RegionCountry(std::string_view name) const {
  const auto it = region_country_.find(NormalizeName(name));
  return it == region_country_.end() ? "" : it->second;
}

bool Knowledge::IsContinentOrRegion(std::string_view name) const {
  const auto it = region_country_.find(NormalizeName(name));
  return it != region_country_.end() && it->second.empty();
}

const Organization* Knowledge::OrganizationByName(std::string_view name) const {
  const auto it = organization_by_name_.find(NormalizeName(name));
  return it == organization_by_name_.end() ? nullptr : &organizations_[it->second];
}

bool Knowledge::IsGenericOrganizationNoun(std::string_view word) const {
  return generic_nominals_.count(NormalizeName(word)) > 0;
}

std::string Knowledge::NominalOrganization(std::string_view phrase) const {
  const auto it = nominals_.find(NormalizeName(phrase));
  return it == nominals_.end() ? "" : it->second;
}

const Metonym* Knowledge::MetonymByName(std::string_view name) const {
  const auto it = metonyms_.find(NormalizeName(name));
  return it == metonyms_.end() ? nullptr : &it->second;
}

std::vector<const OfficeHolder*> Knowledge::HoldersOn(std::string_view title, const Date& date) const {
  std::vector<const OfficeHolder*> out = HoldersOn(date);
  const std::string wanted = NormalizeName(title);
  std::erase_if(out, [&](const OfficeHolder* h) { return NormalizeName(h->title) != wanted; });
  return out;
}

std::vector<const OfficeHolder*> Knowledge::HoldersOn(const Date& date) const {
  std::vector<const OfficeHolder*> out;
  if (checked_.year == 0 || checked_ < date) return out;
  for (const OfficeHolder& h : holders_)
    if (!(date < h.from) && (!h.to || date < *h.to)) out.push_back(&h);
  return out;
}

}  // namespace newsgraph::entities
