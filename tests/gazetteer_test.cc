// The place gazetteer: the embedded file loads and passes its checks, holds the places local news names, and
// rejects damaged bytes with a clear error.
#include "lang/gazetteer.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace newsgraph::embedded {
extern const std::string_view places_gazetteer;  // src/lang/gazetteer_data.cc
}  // namespace newsgraph::embedded

namespace newsgraph::lang {
namespace {

uint32_t ReadU32At(std::string_view bytes, size_t at) {
  uint32_t v = 0;
  std::memcpy(&v, bytes.data() + at, 4);
  return v;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The best reading of a name of a given kind in a given country, or a Place with index kNoPlace.
Place Find(std::string_view name, std::string_view country, PlaceKind kind) {
  const Gazetteer& g = Gazetteer::Get();
  for (const NameMatch& m : g.Lookup(name)) {
    const Place p = g.place(m.place);
    if (p.country == country && p.kind == kind) return p;
  }
  return Place{};
}

TEST(Gazetteer, EmbeddedFileLoads) {
  ASSERT_TRUE(Gazetteer::load_status().ok()) << Gazetteer::load_status().message();
  const Gazetteer& g = Gazetteer::Get();
  EXPECT_GT(g.size(), 140000u);
  EXPECT_GT(g.name_count(), g.size());
}

TEST(Gazetteer, SmallTownsAdminRegionsAndCountries) {
  // A town of a few thousand people (cities1000), with its state.
  const Place town = Find("Locust Grove", "US", PlaceKind::kPopulated);
  ASSERT_NE(town.index, kNoPlace);
  EXPECT_EQ(town.geonames_id, 4206502u);
  EXPECT_LT(town.population, 15000);
  ASSERT_NE(town.admin1, kNoPlace);
  EXPECT_EQ(Gazetteer::Get().place(town.admin1).name, "Georgia");
  EXPECT_EQ(town.feature_class(), 'P');

  const Place georgia_state = Find("Georgia", "US", PlaceKind::kAdmin1);
  ASSERT_NE(georgia_state.index, kNoPlace);
  EXPECT_EQ(georgia_state.geonames_id, 4197000u);
  EXPECT_EQ(georgia_state.feature, "ADM1");
  EXPECT_NEAR(georgia_state.latitude, 32.7, 1.0);   // Natural Earth label point
  EXPECT_NEAR(georgia_state.longitude, -83.4, 1.0);

  const Place georgia_country = Find("Georgia", "GE", PlaceKind::kCountry);
  ASSERT_NE(georgia_country.index, kNoPlace);
  EXPECT_EQ(georgia_country.geonames_id, 614540u);
  EXPECT_EQ(georgia_country.feature_class(), 'A');
  EXPECT_EQ(georgia_country.country_place, georgia_country.index);

  const Place us = Gazetteer::Get().place(Gazetteer::Get().CountryByCode("US"));
  EXPECT_EQ(us.name, "United States");
  EXPECT_LT(DistanceKm(us.latitude, us.longitude, 39.8, -98.6), 161);  // the centre, not a coast
}

TEST(Gazetteer, SeasStraitsLakesAndShoals) {
  const Gazetteer& g = Gazetteer::Get();
  auto water = [&](std::string_view name) {
    for (const NameMatch& m : g.Lookup(name))
      if (g.place(m.place).kind == PlaceKind::kRegion && g.place(m.place).feature != "RGN") return g.place(m.place);
    return Place{};
  };
  EXPECT_EQ(water("Strait of Hormuz").feature, "STRT");
  EXPECT_EQ(water("Straits of Hormuz").name, "Strait of Hormuz");
  EXPECT_EQ(water("Bab al-Mandab").name, "Bab el-Mandeb");
  EXPECT_EQ(water("Lake Victoria").feature_class(), 'H');
  EXPECT_EQ(water("Spratly Islands").feature_class(), 'T');
  EXPECT_EQ(water("Suez Canal").country, "EG");
  EXPECT_TRUE(water("Red Sea").country.empty());
  EXPECT_LT(DistanceKm(water("Second Thomas Shoal").latitude, water("Second Thomas Shoal").longitude, 9.73, 115.87),
            20);
  EXPECT_EQ(water("Sahel").index, kNoPlace);  // a region of the world, not a sea
}

TEST(Gazetteer, AbbreviationsAndOtherNames) {
  const Gazetteer& g = Gazetteer::Get();
  for (const char* abbreviation : {"Ill.", "Calif.", "Minn.", "Mass.", "Ga."}) {
    const auto matches = g.Lookup(abbreviation);
    ASSERT_FALSE(matches.empty()) << abbreviation;
    bool admin1 = false;
    for (const NameMatch& m : matches) admin1 |= g.place(m.place).kind == PlaceKind::kAdmin1;
    EXPECT_TRUE(admin1) << abbreviation;
  }
  const auto ill = g.Lookup("Ill.");
  EXPECT_EQ(g.place(ill.front().place).name, "Illinois");
  EXPECT_EQ(ill.front().kind, NameKind::kAbbreviation);
  // Exonyms of large cities.
  EXPECT_EQ(Find("Kiev", "UA", PlaceKind::kPopulated).name, "Kyiv");
  EXPECT_EQ(Find("Bombay", "IN", PlaceKind::kPopulated).name, "Mumbai");
  // Spelling variants fold together: accents, "St.", hyphens.
  EXPECT_EQ(Find("Sao Paulo", "BR", PlaceKind::kPopulated).name, "São Paulo");
  EXPECT_EQ(Find("Saint Louis", "US", PlaceKind::kPopulated).geonames_id,
            Find("St. Louis", "US", PlaceKind::kPopulated).geonames_id);
  EXPECT_NE(Find("Winston Salem", "US", PlaceKind::kPopulated).index, kNoPlace);
  // Gaza Strip and West Bank are two places.
  const Place gaza = Find("Gaza Strip", "PS", PlaceKind::kAdmin1), bank = Find("West Bank", "PS", PlaceKind::kAdmin1);
  ASSERT_NE(gaza.index, kNoPlace);
  ASSERT_NE(bank.index, kNoPlace);
  EXPECT_NE(gaza.index, bank.index);
  // Continents and world regions.
  EXPECT_EQ(Find("Europe", "", PlaceKind::kContinent).name, "Europe");
  EXPECT_EQ(Find("the Middle East", "", PlaceKind::kRegion).name, "Middle East");
}

TEST(Gazetteer, NormalizeKey) {
  EXPECT_EQ(NormalizeKey("St. John's"), "saint johns");
  EXPECT_EQ(NormalizeKey("  Winston-Salem "), "winston salem");
  EXPECT_EQ(NormalizeKey("The Hague"), "hague");
  EXPECT_EQ(NormalizeKey("the"), "the");
  EXPECT_EQ(NormalizeKey("Zürich"), "zurich");
  EXPECT_EQ(NormalizeKey("Łódź"), "lodz");
  EXPECT_EQ(NormalizeKey("Calif."), "calif");
  EXPECT_EQ(NormalizeKey("Springfield\u2019s"), "springfields");
  EXPECT_EQ(NormalizeKey("\xff"), "");  // not UTF-8
}

// ASCII names take a pass of their own; any other name goes through utf8proc. A dropped right quotation mark sends
// the same ASCII through the other pass: every ASCII character must come out of both alike.
TEST(Gazetteer, NormalizeKeyAsciiAsUtf8proc) {
  for (int c = 1; c < 0x80; ++c) {
    const std::string ascii = std::string("St") + static_cast<char>(c) + "Ab" + static_cast<char>(c) + "9";
    EXPECT_EQ(NormalizeKey(ascii), NormalizeKey(ascii + "\u2019")) << "character " << c;
  }
}

// The ASCII pass handles words as the general pass does: spelled-out abbreviations, a leading "the", runs of
// separators and dropped characters inside a word.
TEST(Gazetteer, NormalizeKeyAsciiWordsAsUtf8proc) {
  for (const char* name : {"", " ", "the", "The", "the the", "The St", "St", "st mt ft ste", "Ft. Worth", "Mt.Hood",
                           "THE  Hague", "  the", "the-", "-the x", "The.Hague", "Sts", "S.t", "x st", "the st",
                           "a  b   c", "St. John's", "Ste-Marie", "the`s", "9 the", "''", "Fort ft.", "The MT"}) {
    EXPECT_EQ(NormalizeKey(name), NormalizeKey(std::string(name) + "\u2019")) << name;
  }
  EXPECT_EQ(NormalizeKey("the st"), "saint");
  EXPECT_EQ(NormalizeKey("Ft. Worth"), "fort worth");
  EXPECT_EQ(NormalizeKey("  the  "), "the");
}

TEST(Gazetteer, LookupKeyIsExact) {
  const Gazetteer& g = Gazetteer::Get();
  ASSERT_FALSE(g.LookupKey("london").empty());
  EXPECT_TRUE(g.LookupKey("londonzz").empty());  // a name is a prefix of the key
  EXPECT_TRUE(g.LookupKey(std::string_view("london\0", 7)).empty());
  EXPECT_TRUE(g.LookupKey(std::string_view("\0", 1)).empty());
  EXPECT_TRUE(g.LookupKey("").empty());
  EXPECT_TRUE(g.LookupKey("\xff\xff").empty());  // past every name
  EXPECT_EQ(g.LookupKey("london").size(), g.Lookup("London").size());
}

// The C++ key of every town's and country's own name is the key the build script stored for it: the two
// normalisations agree. (Admin1 regions named by a bare compass word, "East", are left unkeyed on purpose.)
TEST(Gazetteer, KeysMatchTheBuildScript) {
  const Gazetteer& g = Gazetteer::Get();
  size_t checked = 0, missing = 0;
  for (uint32_t i = 0; i < g.size(); i += 7) {
    const Place p = g.place(i);
    if (p.kind == PlaceKind::kAdmin1) continue;
    ++checked;
    bool found = false;
    for (const NameMatch& m : g.Lookup(p.name)) found |= m.place == i;
    if (!found) {
      ++missing;
      ADD_FAILURE_AT(__FILE__, __LINE__) << "no key for " << p.name;
      if (missing > 10) break;
    }
  }
  EXPECT_GT(checked, 19000u);
}

TEST(Gazetteer, DistanceKm) {
  EXPECT_NEAR(DistanceKm(51.5074, -0.1278, 48.8566, 2.3522), 343.5, 1.0);  // London - Paris
  EXPECT_NEAR(DistanceKm(0, 0, 0, 180), 20015.1, 1.0);
  EXPECT_EQ(DistanceKm(10, 10, 10, 10), 0);
}

TEST(Gazetteer, RejectsDamagedFiles) {
  const std::string good = ReadFile(std::string(NEWSGRAPH_SOURCE_DIR) + "/data/places/gazetteer.bin");
  ASSERT_GT(good.size(), 1000u);
  EXPECT_EQ(Gazetteer::Load("").status().code(), StatusCode::kCorrupt);
  EXPECT_EQ(Gazetteer::Load("NOTAGAZETTEERFILE_______").status().code(), StatusCode::kCorrupt);
  std::string version = good;
  version[8] = 1;  // the format before counties
  EXPECT_EQ(Gazetteer::Load(version).status().code(), StatusCode::kVersionMismatch);
  std::string truncated = good.substr(0, good.size() / 2);
  EXPECT_EQ(Gazetteer::Load(truncated).status().code(), StatusCode::kCorrupt);
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x40;
  const StatusOr<Gazetteer> damaged = Gazetteer::Load(flipped);
  ASSERT_FALSE(damaged.ok());
  EXPECT_EQ(damaged.status().code(), StatusCode::kCorrupt);
  EXPECT_TRUE(Gazetteer::Load(good).ok());
}

// The library compiles the gazetteer in stored (its payload inflated by the build, cmake/store_gazetteer.cc)
// and reads it in place: the same places and names as the compressed file, and a damaged stored copy is refused.
TEST(Gazetteer, StoredFormReadsAsTheCompressedFile) {
  const std::string compressed = ReadFile(std::string(NEWSGRAPH_SOURCE_DIR) + "/data/places/gazetteer.bin");
  const std::string_view stored = embedded::places_gazetteer;
  ASSERT_GT(stored.size(), compressed.size());
  EXPECT_EQ(ReadU32At(stored, 20), 0u);  // no zlib stream: the payload follows the header
  const StatusOr<Gazetteer> a = Gazetteer::Load(compressed), b = Gazetteer::Load(stored),
                            c = Gazetteer::LoadInPlace(stored);
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  EXPECT_EQ(a->size(), c->size());
  EXPECT_EQ(a->name_count(), c->name_count());
  EXPECT_EQ(b->size(), c->size());
  EXPECT_EQ(&Gazetteer::Get().place(0).name[0], &c->place(0).name[0]) << "Get() reads the library's bytes in place";
  for (const char* name : {"Springfield", "London", "Ill.", "New South Wales", "São Paulo", "Kent"}) {
    const auto x = a->Lookup(name), y = c->Lookup(name);
    ASSERT_EQ(x.size(), y.size()) << name;
    ASSERT_FALSE(x.empty()) << name;
    for (size_t i = 0; i < x.size(); ++i) {
      EXPECT_EQ(x[i].place, y[i].place) << name;
      EXPECT_EQ(a->place(x[i].place).name, c->place(y[i].place).name) << name;
      EXPECT_EQ(a->place(x[i].place).population, c->place(y[i].place).population) << name;
    }
  }
  std::string flipped(stored);
  flipped[flipped.size() / 2] ^= 0x40;
  EXPECT_EQ(Gazetteer::Load(flipped).status().code(), StatusCode::kCorrupt);  // a copy is checked by its CRC
  EXPECT_EQ(Gazetteer::Load(stored.substr(0, stored.size() - 1)).status().code(), StatusCode::kCorrupt);
}

}  // namespace
}  // namespace newsgraph::lang
