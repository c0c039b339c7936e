// The place gazetteer: GeoNames populated places (every place of 1,000 people or more), first-level admin regions
// (states, provinces) with their abbreviations, countries and continents, each with a point, a GeoNames id, a
// feature kind, a country and an admin1 region. Built by scripts/build_gazetteer.py into data/places/gazetteer.bin
// and compiled into the library; data/places/ATTRIBUTION.md names the sources (GeoNames, CC BY 4.0).
//
//   const lang::Gazetteer& g = lang::Gazetteer::Get();
//   for (const lang::NameMatch& m : g.Lookup("Springfield")) {
//     lang::Place p = g.place(m.place);   // p.name, p.latitude, p.admin1 ...
//   }
//
// Thread safety: a loaded Gazetteer is immutable; Get() loads the embedded one once (thread-safe) and every thread
// may read it. Lookup allocates nothing but its result.
//
// File format (version 2, little-endian): a 24-byte header — the magic "NGGAZETR", the format version, the payload's
// size, its CRC-32 and the size of the zlib stream that follows — then the zlib-compressed payload (or, when that
// size is 0, the payload itself: the "stored" form the build makes for the library to read in place):
//   u32 places, u32 names, u32 feature-table bytes, u32 string-pool bytes, u32 reserved
//   the feature codes ("ADM1\0PCLI\0PPL\0...")
//   per place, one column each: u32 GeoNames id, i32 latitude and i32 longitude in 1e-5 degrees, u64 population,
//     u32 name (pool offset), u32 admin1 (place index or 0xFFFFFFFF), u32 country (place index or 0xFFFFFFFF),
//     char[2] ISO country code, u8 PlaceKind, u8 feature code (index into the feature table)
//   per name, sorted by key bytes, then name kind, then population (largest first): u32 key (pool offset),
//     u32 place, u8 NameKind
//   the string pool (NUL-terminated UTF-8)
// Every column starts at a multiple of 8 bytes from the payload's start.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::lang {

// kRegion: a world region ("Middle East"), an area inside a country ("Darfur", "Long Island"), or a sea, strait,
// lake, shoal or island group ("Red Sea", its feature code says which); kAdmin2: a county.
enum class PlaceKind : uint8_t {
  kContinent = 1, kRegion = 2, kCountry = 3, kAdmin1 = 4, kPopulated = 5, kAdmin2 = 6
};

// How a name names its place: its own name, another name ("Kiev", "NSW"), or an abbreviation that only qualifies a
// place written before it ("Ill." in "Springfield, Ill."), never a place of its own.
enum class NameKind : uint8_t { kPrimary = 0, kAlternate = 1, kAbbreviation = 2 };

inline constexpr uint32_t kNoPlace = 0xFFFFFFFF;

struct Place {
  uint32_t index = kNoPlace;
  uint32_t geonames_id = 0;  // 0 for the regions, areas and counties newsgraph adds ("Middle East", "Kent")
  double latitude = 0, longitude = 0;
  int64_t population = 0;    // admin1 regions: the sum of their populated places; 0 for added regions and counties
  std::string_view name;
  std::string_view country;  // ISO 3166-1 alpha-2, empty for continents and world regions
  PlaceKind kind = PlaceKind::kPopulated;
  std::string_view feature;  // GeoNames feature code: "PPL", "PPLA", "PPLC", "ADM1", "ADM2", "PCLI", "CONT", "RGN",
                             // "SEA", "STRT", ...
  uint32_t admin1 = kNoPlace;         // the admin1 region it lies in (its own index for an admin1 region)
  uint32_t country_place = kNoPlace;  // the country it lies in (its own index for a country)

  // GeoNames feature class: 'P' populated place, 'A' country or admin region, 'L' continent or area, 'H' a body
  // of water or a shoal or reef in one (data/places/waters.tsv: "SEA", "STRT", "LK", "SHOL", ...), 'T' an island
  // group ("ISLS").
  char feature_class() const {
    if (kind == PlaceKind::kPopulated) return 'P';
    if (kind == PlaceKind::kCountry || kind == PlaceKind::kAdmin1 || kind == PlaceKind::kAdmin2) return 'A';
    if (kind == PlaceKind::kRegion && feature != "RGN") return feature == "ISLS" ? 'T' : 'H';
    return 'L';
  }
};

struct NameMatch {
  uint32_t place;
  NameKind kind;
};

// The form names are compared in: lower case without accents, full stops and apostrophes dropped, other punctuation
// a space, "St"/"Mt"/"Ft" spelled out, a leading "the" dropped ("St. John's" -> "saint johns"). Frozen: the
// gazetteer file's keys were made by the same rule (scripts/build_gazetteer.py, normalize_key).
std::string NormalizeKey(std::string_view name);

// Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km).
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

class Gazetteer {
 public:
  Gazetteer(Gazetteer&&) = default;
  Gazetteer& operator=(Gazetteer&&) = default;
  Gazetteer(const Gazetteer&) = delete;  // the columns point into the payload
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Parses and checks a gazetteer file's bytes (magic, version, sizes, checksum, indexes in range), compressed or
  // stored; the result owns a copy of the payload.
  static StatusOr<Gazetteer> Load(std::string_view file);
  // Load, but a stored payload (8-byte aligned) is read where it lies, without a copy and without its CRC: for bytes
  // that outlive the result and were checked before (the gazetteer compiled into the library; the build checks it).
  static StatusOr<Gazetteer> LoadInPlace(std::string_view file);
  // The gazetteer compiled into the library, loaded on first use. Empty if it failed its checks (cannot happen with
  // a file that passed the build's tests); load_status() then says why.
  static const Gazetteer& Get();
  static const Status& load_status();

  size_t size() const { return places_; }
  size_t name_count() const { return names_; }
  Place place(uint32_t index) const;
  // Places of that name (any spelling NormalizeKey folds together), primary names first, then by population.
  std::vector<NameMatch> Lookup(std::string_view name) const;
  std::vector<NameMatch> LookupKey(std::string_view key) const;  // `key` already normalized
  // The country of that ISO code, or kNoPlace.
  uint32_t CountryByCode(std::string_view code) const;

 private:
  Gazetteer() = default;
  static StatusOr<Gazetteer> Open(std::string_view file, bool in_place);
  std::string_view String(uint32_t offset) const;

  std::unique_ptr<char[]> payload_;  // null when read in place
  size_t places_ = 0, names_ = 0;
  std::vector<std::string_view> features_;
  std::string_view pool_;
  std::span<const uint32_t> id_, name_, admin1_, country_, key_, key_place_;
  std::span<const int32_t> lat_, lon_;
  std::span<const uint64_t> population_;
  std::span<const char> cc_;
  std::span<const uint8_t> kind_, feature_, key_kind_;
};

}  // namespace newsgraph::lang
