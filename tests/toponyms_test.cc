// Document-level toponym resolution: one test per hard case of issue 14 ("Places"), each on a short passage written
// for the test. Each passage is segmented by the real segmenter and its place names handed to the resolver as the
// entity stage would hand them.
#include "lang/toponyms.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsgraph/text.h"

namespace newsgraph::lang {
namespace {

struct Resolved {
  std::vector<ToponymReading> readings;
  std::vector<Place> places;  // index kNoPlace where no reading
};

// Resolves `names` (each found after the previous one in `text`); `dateline`, if not empty, is found first.
Resolved Resolve(const std::string& text, const std::vector<std::string>& names, const std::string& dateline = "") {
  Analysis a;
  Segment(text, {}, &a);
  std::vector<Span> spans;
  size_t from = 0;
  std::optional<Span> dateline_span;
  if (!dateline.empty()) {
    const size_t at = text.find(dateline);
    EXPECT_NE(at, std::string::npos) << dateline;
    dateline_span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + dateline.size())};
    from = at + dateline.size();
  }
  for (const std::string& name : names) {
    const size_t at = text.find(name, from);
    EXPECT_NE(at, std::string::npos) << name;
    if (at == std::string::npos) continue;
    spans.push_back(Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size())});
    from = at + name.size();
  }
  std::vector<ToponymMention> mentions = MakeToponymMentions(text, a.tokens, a.sentences, spans);
  std::optional<ToponymMention> line;
  if (dateline_span) line = MakeToponymMentions(text, a.tokens, a.sentences, std::span(&*dateline_span, 1)).front();
  Resolved r;
  r.readings = ToponymResolver().Resolve(mentions, line ? &*line : nullptr);
  for (const ToponymReading& reading : r.readings) r.places.push_back(Gazetteer::Get().place(reading.place));
  return r;
}

std::string_view Admin1Name(const Place& p) {
  return p.admin1 == kNoPlace ? std::string_view() : Gazetteer::Get().place(p.admin1).name;
}

TEST(Toponyms, SpringfieldIllIsIllinois) {
  const Resolved r = Resolve("State lawmakers returned to Springfield, Ill., on Monday. In Springfield the mood "
                             "was grim.",
                             {"Springfield", "Springfield"});
  ASSERT_EQ(r.places.size(), 2u);
  EXPECT_EQ(r.places[0].country, "US");
  EXPECT_EQ(Admin1Name(r.places[0]), "Illinois");
  EXPECT_EQ(r.readings[0].basis, ToponymReading::Basis::kQualified);
  EXPECT_EQ(r.places[1].index, r.places[0].index);  // the bare mention takes the qualified reading
  EXPECT_EQ(r.readings[1].basis, ToponymReading::Basis::kSameName);
}

TEST(Toponyms, StateAbbreviationQualifiesAndIsNoPlace) {
  // The tagger took "Mass." for a place of its own: it qualifies Springfield and is not placed.
  const Resolved r = Resolve("The fire broke out in Springfield, Mass., late on Friday.", {"Springfield", "Mass."});
  ASSERT_EQ(r.places.size(), 2u);
  EXPECT_EQ(Admin1Name(r.places[0]), "Massachusetts");
  EXPECT_EQ(r.readings[1].place, kNoPlace);
  EXPECT_EQ(r.readings[1].qualifies, 0);
  EXPECT_TRUE(r.readings[1].abbreviation);
  EXPECT_FALSE(r.readings[0].abbreviation);
  // An abbreviation standing alone is not a place either.
  const Resolved alone = Resolve("Officials from Ill. did not respond.", {"Ill."});
  EXPECT_EQ(alone.readings[0].place, kNoPlace);
  EXPECT_TRUE(alone.readings[0].abbreviation);
  EXPECT_EQ(alone.readings[0].qualifies, -1);
}

TEST(Toponyms, FullStateNameQualifiesAndIsAPlace) {
  const Resolved r = Resolve("He grew up in Paris, Texas, and later moved to London, Ontario.",
                             {"Paris", "Texas", "London", "Ontario"});
  ASSERT_EQ(r.places.size(), 4u);
  EXPECT_EQ(Admin1Name(r.places[0]), "Texas");
  EXPECT_EQ(r.places[1].kind, PlaceKind::kAdmin1);
  EXPECT_EQ(r.places[1].name, "Texas");
  EXPECT_EQ(r.readings[1].basis, ToponymReading::Basis::kQualifier);
  EXPECT_EQ(r.places[2].country, "CA");
  EXPECT_EQ(r.places[3].name, "Ontario");
}

TEST(Toponyms, CityCountry) {
  const Resolved r = Resolve("The band played in Valencia, Venezuela, last week.", {"Valencia"});
  EXPECT_EQ(r.places[0].country, "VE");
}

TEST(Toponyms, AthensInAGeorgiaStoryIsNotGreece) {
  const Resolved r = Resolve("A Clarke County judge in Athens ruled on Tuesday that the county must reopen the "
                             "polling place. Lawyers said they would appeal to the Georgia Supreme Court in Atlanta.",
                             {"Athens", "Georgia", "Atlanta"});
  ASSERT_EQ(r.places.size(), 3u);
  EXPECT_EQ(r.places[0].country, "US");
  EXPECT_EQ(Admin1Name(r.places[0]), "Georgia");
  EXPECT_EQ(r.places[1].kind, PlaceKind::kAdmin1);
  EXPECT_EQ(r.places[1].country, "US");
}

TEST(Toponyms, ColumbusBesideGeorgiaTownsIsColumbusGeorgia) {
  const Resolved r = Resolve("Storms knocked out power in Macon, Valdosta and Columbus on Sunday, and crews from "
                             "Warner Robins were sent to help.",
                             {"Macon", "Valdosta", "Columbus", "Warner Robins"});
  ASSERT_EQ(r.places.size(), 4u);
  EXPECT_EQ(Admin1Name(r.places[2]), "Georgia");
  EXPECT_EQ(Admin1Name(r.places[0]), "Georgia");
  // Alone, Columbus is the largest namesake, Ohio's capital.
  const Resolved alone = Resolve("The convention will be held in Columbus next year.", {"Columbus"});
  EXPECT_EQ(Admin1Name(alone.places[0]), "Ohio");
}

TEST(Toponyms, VictoriaStateIsTheAustralianState) {
  const Resolved r = Resolve("Bushfires are burning across Victoria state, and Melbourne is under smoke.",
                             {"Victoria", "Melbourne"});
  EXPECT_EQ(r.places[0].kind, PlaceKind::kAdmin1);
  EXPECT_EQ(r.places[0].country, "AU");
  EXPECT_EQ(r.places[1].country, "AU");
  const Resolved of = Resolve("Fires spread in the state of Victoria on Monday.", {"Victoria"});
  EXPECT_EQ(of.places[0].kind, PlaceKind::kAdmin1);
  EXPECT_EQ(of.places[0].country, "AU");
  // "Victoria, B.C." is the city.
  const Resolved bc = Resolve("The ferry from Victoria, B.C., was cancelled.", {"Victoria"});
  EXPECT_EQ(bc.places[0].kind, PlaceKind::kPopulated);
  EXPECT_EQ(bc.places[0].country, "CA");
}

TEST(Toponyms, SichuanProvinceIsAProvince) {
  const Resolved lower = Resolve("An earthquake struck Sichuan province on Monday.", {"Sichuan"});
  EXPECT_EQ(lower.places[0].kind, PlaceKind::kAdmin1);
  EXPECT_EQ(lower.places[0].country, "CN");
  const Resolved upper = Resolve("Rescuers reached Sichuan Province by night.", {"Sichuan Province"});
  EXPECT_EQ(upper.places[0].kind, PlaceKind::kAdmin1);
  EXPECT_EQ(upper.places[0].country, "CN");
}

TEST(Toponyms, SmallTownsAreFound) {
  const Resolved us = Resolve("The council in Locust Grove, Ga., voted to raise water rates.", {"Locust Grove"});
  EXPECT_EQ(us.places[0].geonames_id, 4206502u);
  const Resolved au = Resolve("Floodwaters cut the highway near Gundagai and Tumut, in southern NSW.",
                              {"Gundagai", "Tumut", "NSW"});
  EXPECT_EQ(au.places[0].country, "AU");
  EXPECT_LT(au.places[0].population, 15000);
  EXPECT_EQ(au.places[1].country, "AU");
  EXPECT_EQ(au.places[2].name, "New South Wales");
}

TEST(Toponyms, OfficialsInGeorgiaBesideAtlantaIsTheState) {
  const Resolved r = Resolve("Officials in Georgia said the storm hit Atlanta hardest.", {"Georgia", "Atlanta"});
  EXPECT_EQ(r.places[0].kind, PlaceKind::kAdmin1);
  EXPECT_EQ(r.places[0].country, "US");
  const Resolved country = Resolve("Protesters filled the streets of Tbilisi as Georgia's parliament met.",
                                   {"Tbilisi", "Georgia"});
  EXPECT_EQ(country.places[1].kind, PlaceKind::kCountry);
  EXPECT_EQ(country.places[1].country, "GE");
}

TEST(Toponyms, GazaStripAndWestBankAreTwoPlaces) {
  const Resolved r = Resolve("Strikes continued in the Gaza Strip while raids were reported in the West Bank.",
                             {"Gaza Strip", "West Bank"});
  ASSERT_NE(r.readings[0].place, kNoPlace);
  ASSERT_NE(r.readings[1].place, kNoPlace);
  EXPECT_NE(r.readings[0].place, r.readings[1].place);
  EXPECT_EQ(r.places[0].name, "Gaza Strip");
  EXPECT_EQ(r.places[1].name, "West Bank");
}

TEST(Toponyms, FamousNamesAloneAreTheFamousPlaces) {
  const Resolved r = Resolve("Talks in Washington and New York ended, and leaders flew to Paris.",
                             {"Washington", "New York", "Paris"});
  EXPECT_EQ(r.places[0].feature, "PPLC");
  EXPECT_EQ(r.places[1].kind, PlaceKind::kPopulated);
  EXPECT_EQ(Admin1Name(r.places[1]), "New York");
  EXPECT_EQ(r.places[2].country, "FR");
}

TEST(Toponyms, WordsThatTellTheKindDecideTheReading) {
  // "upstate New York" and "New York state" are the state, decided by the words (the strongest basis, which the
  // entity stage gives every mention of the name); a bare "New York" alone is the city.
  const Resolved r = Resolve("Flooding hit upstate New York on Monday. Officials in New York said roads were closed "
                             "across New York state.",
                             {"New York", "New York", "New York"});
  ASSERT_EQ(r.places.size(), 3u);
  for (size_t i : {0u, 2u}) {
    EXPECT_EQ(r.places[i].kind, PlaceKind::kAdmin1) << i;
    EXPECT_EQ(r.places[i].name, "New York") << i;
    EXPECT_EQ(r.readings[i].basis, ToponymReading::Basis::kQualified) << i;
  }
  EXPECT_EQ(r.places[1].kind, PlaceKind::kPopulated);
  EXPECT_EQ(r.readings[1].basis, ToponymReading::Basis::kContext);
  // "the city of X" keeps the towns.
  const Resolved city = Resolve("Snow fell across the city of New York.", {"New York"});
  EXPECT_EQ(city.places[0].kind, PlaceKind::kPopulated);
}

TEST(Toponyms, ABareTownBesidePlacesOfOneStateIsTheNamesakeThere) {
  // Beside Tulsa and Oklahoma, Cleveland is the Oklahoma town (3,000 people), not the city in Ohio.
  const Resolved r = Resolve("A tornado struck near Tulsa on Sunday. Homes in Cleveland were damaged, Oklahoma "
                             "officials said.",
                             {"Tulsa", "Cleveland", "Oklahoma"});
  ASSERT_EQ(r.places.size(), 3u);
  EXPECT_EQ(Admin1Name(r.places[1]), "Oklahoma");
  EXPECT_EQ(r.places[1].kind, PlaceKind::kPopulated);
  // Nothing else pointing there, the famous namesake.
  const Resolved alone = Resolve("Fans travelled from Tulsa to Cleveland for the game on Sunday.", {"Tulsa", "Cleveland"});
  EXPECT_EQ(Admin1Name(alone.places[1]), "Ohio");
  const Resolved away = Resolve("Oklahoma lawmakers met in Cleveland, Ohio, on Monday.", {"Oklahoma", "Cleveland"});
  EXPECT_EQ(Admin1Name(away.places[1]), "Ohio");
  // A state named twice ("Wisconsin", "Madison, Wisconsin") lends its support once: a Wisconsin governor speaking
  // in Cleveland does not make it the village of 1,500 in Wisconsin.
  const Resolved twice = Resolve("Wisconsin Gov. Scott Walker will speak at the convention in Cleveland, a station in "
                                 "Madison, Wisconsin, reported.",
                                 {"Wisconsin", "Cleveland", "Madison", "Wisconsin"});
  EXPECT_EQ(Admin1Name(twice.places[1]), "Ohio");
}

TEST(Toponyms, DatelineAnchorsTheArticle) {
  const Resolved r = Resolve("PORTLAND, Maine — Fishermen in Portland said the catch was the worst in years.",
                             {"Portland"}, "PORTLAND, Maine");
  EXPECT_EQ(Admin1Name(r.places[0]), "Maine");
}

TEST(Toponyms, ListsOfHomeTownsDoNotOutweighAFamousName) {
  // Many Ohio and Pennsylvania places near a village called Houston do not make the rally in Houston a village's.
  const Resolved r = Resolve("After Cleveland, Akron, Youngstown, Pittsburgh and Erie, Sanders held a rally in "
                             "Houston on Saturday.",
                             {"Cleveland", "Akron", "Youngstown", "Pittsburgh", "Erie", "Houston"});
  EXPECT_EQ(Admin1Name(r.places[5]), "Texas");
}

TEST(Toponyms, CompassWordsAreNotTowns) {
  const Resolved r = Resolve("Voters in the West and the Midwest were split.", {"West", "Midwest"});
  EXPECT_EQ(r.readings[0].place, kNoPlace);
  EXPECT_EQ(r.readings[1].place, kNoPlace);
}

// The names at `spans` FindMissedToponyms adds to a text whose known places are `known` (names, in order).
std::vector<std::string> Missed(const std::string& text, const std::vector<std::string>& known) {
  Analysis a;
  Segment(text, {}, &a);
  std::vector<Span> spans;
  for (const std::string& k : known) {
    const size_t at = text.find(k);
    spans.push_back(Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + k.size())});
  }
  std::vector<std::string> out;
  for (const Span& s : FindMissedToponyms(text, a.tokens, a.sentences, spans, {}))
    out.emplace_back(s.In(text));
  return out;
}

TEST(Toponyms, FindsPlacesTheTaggerMissed) {
  EXPECT_EQ(Missed("Floodwaters reached towns in northern NSW. Residents of Kyogle were told to leave, and the army "
                   "flew from Brisbane to Tumut and Yass.",
                   {"Brisbane", "Tumut"}),
            (std::vector<std::string>{"NSW", "Kyogle", "Yass"}));
  EXPECT_EQ(Missed("Power failed in Macon, Valdosta and Columbus.", {"Macon"}),
            (std::vector<std::string>{"Valdosta", "Columbus"}));
  EXPECT_EQ(Missed("John Gorra wrote from Staunton, Va., last week.", {}), (std::vector<std::string>{"Staunton"}));
}

TEST(Toponyms, MissedPlacesNeedMoreThanACapital) {
  // A small town's name after a bare preposition is a word ("in Congress"); a name inside a longer one is not a
  // place ("Jeb Bush", "the Union"); a comma after a place is not a list unless the list goes on.
  EXPECT_TRUE(Missed("The bill stalled in Congress on Tuesday.", {}).empty());
  EXPECT_TRUE(Missed("Former Florida Gov. Jeb Bush spoke.", {"Florida"}).empty());
  EXPECT_TRUE(Missed("On the disaster in Libya, Bolton said the plan failed.", {"Libya"}).empty());
  EXPECT_TRUE(Missed("He spoke of the Union and its history.", {}).empty());
  EXPECT_TRUE(Missed("IN TEXAS TONIGHT", {}).empty());
}

TEST(Toponyms, CountiesAndAreas) {
  const Resolved uk = Resolve("Roads in Kent and Sussex flooded overnight.", {"Kent", "Sussex"});
  EXPECT_EQ(uk.places[0].kind, PlaceKind::kAdmin2);
  EXPECT_EQ(uk.places[0].country, "GB");
  EXPECT_EQ(uk.places[0].feature_class(), 'A');
  const Resolved us = Resolve("Police in Kent, Wash., and Seattle arrested two men.", {"Kent", "Seattle"});
  EXPECT_EQ(us.places[0].kind, PlaceKind::kPopulated);
  EXPECT_EQ(Admin1Name(us.places[0]), "Washington");
  const Resolved area = Resolve("Fighting spread across Darfur and into Chad.", {"Darfur", "Chad"});
  EXPECT_EQ(area.places[0].kind, PlaceKind::kRegion);
  EXPECT_EQ(area.places[0].country, "SD");
}

TEST(Toponyms, UnknownNamesHaveNoReading) {
  const Resolved r = Resolve("He lives in Zzyzxville.", {"Zzyzxville"});
  EXPECT_EQ(r.readings[0].place, kNoPlace);
  EXPECT_EQ(r.readings[0].basis, ToponymReading::Basis::kNone);
}

TEST(Toponyms, RelatednessIsSymmetricAndBounded) {
  const Gazetteer& g = Gazetteer::Get();
  const ToponymResolver resolver;
  const uint32_t us = g.CountryByCode("US"), fr = g.CountryByCode("FR");
  const uint32_t atlanta = g.Lookup("Atlanta").front().place;
  EXPECT_EQ(resolver.Relatedness(atlanta, us), 1.0);
  EXPECT_EQ(resolver.Relatedness(us, atlanta), 1.0);
  EXPECT_LT(resolver.Relatedness(atlanta, fr), 0.01);
}

}  // namespace
}  // namespace newsgraph::lang
