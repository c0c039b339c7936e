// What the entity stage knows before it reads an article: places (countries, cities, regions, continents),
// organisations and their other names, metonyms, and office holders with dates. All of it comes from data/places/
// and data/entities/, compiled into the library; loaded once, then read-only. Words of titles and honorifics and
// the last words of organisation names are English knowledge every stage shares (lang/lexicon.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::entities {

// Lower case, curly apostrophes made straight, inner runs of spaces collapsed, a leading "the " and trailing
// full stops dropped: the form names are compared in.
std::string NormalizeName(std::string_view name);
// Whether NormalizeName would return `name` unchanged: most calls pass words that are already normalized.
bool IsNormalizedName(std::string_view name);

struct Country {
  std::string code;  // ISO 3166-1 alpha-2
  std::string name;  // "United Kingdom"
  std::string capital;
  std::optional<double> latitude, longitude;  // of the capital
};

struct City {
  std::string name;
  std::string country;
  double latitude = 0, longitude = 0;
  int64_t population = 0;
  bool capital = false;
};

struct Organization {
  std::string name;     // canonical
  std::string country;  // ISO code or empty
};

struct Metonym {
  std::string stands_for;  // "office of the UK Prime Minister"
  std::string country;
  bool building = false;  // always an institution when it acts; a place otherwise can also be just a place
};

struct OfficeHolder {
  std::string title;  // "Prime Minister"
  std::string of;     // country code or organisation name
  std::string person;
  Date from;
  std::optional<Date> to;  // exclusive
};

class Knowledge {
 public:
  // Built from embedded tables, the same for every pipeline and changed by no option: one instance for the process,
  // built on first use (thread-safe) like a static table; a Pipeline holds a reference to it (core/resources.h).
  static const Knowledge& Get();

  const Country* CountryByName(std::string_view name) const;     // names and aliases ("UK", "Britain")
  const Country* CountryByDemonym(std::string_view word) const;  // "British" -> GB
  const Country* CountryByCode(std::string_view code) const;
  // Cities of that name, most populous first.
  std::vector<const City*> CitiesByName(std::string_view name) const;
  // A first-level division ("California"): its country code, or empty.
  std::string RegionCountry(std::string_view name) const;
  bool IsContinentOrRegion(std::string_view name) const;  // "Europe", "the Middle East"
  const Organization* OrganizationByName(std::string_view name) const;  // canonical names and other names
  // "bloc" -> "European Union"; empty when the phrase is not listed.
  std::string NominalOrganization(std::string_view phrase) const;
  // "company", "firm": a noun that, after "the", refers to the one organisation the article has named before it
  // (data/entities/nominals.tsv lines whose organisation is "-").
  bool IsGenericOrganizationNoun(std::string_view word) const;
  const Metonym* MetonymByName(std::string_view name) const;
  // Holders of an office with this title (case-insensitive) on `date`, any country or body; empty when `date` is
  // after the list's check date.
  std::vector<const OfficeHolder*> HoldersOn(std::string_view title, const Date& date) const;
  // Every office holder on `date` (the same condition on the check date).
  std::vector<const OfficeHolder*> HoldersOn(const Date& date) const;
  const Date& office_holders_checked() const { return checked_; }

 private:
  Knowledge();
  std::vector<Country> countries_;
  std::vector<City> cities_;
  std::vector<Organization> organizations_;
  std::unordered_map<std::string, size_t> country_by_name_, country_by_demonym_, country_by_code_;
  // Names of cities (normalized) -> cities: an open-addressed table of chains instead of a multimap of 80,000
  // nodes. A chain lists a name's cities last-read first, the order the multimap it replaces gave (CitiesByName's
  // sort is not stable for more than 16 matches, so the order before it must stay the same).
  struct CityName {
    uint32_t key_begin, key_size;  // in city_keys_
    uint32_t city;
    uint32_t next;  // the entry of the same name read before this one, or kNone
  };
  static constexpr uint32_t kNone = 0xFFFFFFFF;
  void AddCityName(std::string_view key, uint32_t city);
  std::string_view CityKey(const CityName& e) const {
    return std::string_view(city_keys_).substr(e.key_begin, e.key_size);
  }
  std::string city_keys_;
  std::vector<CityName> city_names_;
  std::vector<uint32_t> city_slots_;  // a power of two of them: kNone or the newest entry of a name
  std::unordered_map<std::string, std::string> region_country_;
  std::unordered_map<std::string, size_t> organization_by_name_;
  std::unordered_map<std::string, std::string> nominals_;
  std::unordered_set<std::string> generic_nominals_;
  std::unordered_map<std::string, Metonym> metonyms_;
  std::vector<OfficeHolder> holders_;
  Date checked_;
};

}  // namespace newsgraph::entities
