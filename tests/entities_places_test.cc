// Places on the map (src/entities/places.h): the entity stage's LOCATION entities get their GeoNames reading from
// the document-level toponym resolver. Name mentions are placed by hand (as a tagger would give them), so that these
// tests check the place step's reasoning whatever the tagger's accuracy; the last tests run the whole pipeline.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities/places.h"
#include "entities/resolver.h"
#include "newsgraph/newsgraph.h"
#include "newsgraph/text.h"

namespace newsgraph::entities {
namespace {

constexpr EntityType LOC = EntityType::kLocation, ORG = EntityType::kOrganization, PER = EntityType::kPerson;

struct Name {
  std::string surface;
  EntityType type;
  int occurrence = 0;
  float confidence = 0.95f;
};

Span Find(const std::string& text, const std::string& surface, int occurrence = 0) {
  size_t pos = text.find(surface);
  for (int i = 0; i < occurrence && pos != std::string::npos; ++i) pos = text.find(surface, pos + 1);
  EXPECT_NE(pos, std::string::npos) << surface << " #" << occurrence;
  return Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + surface.size())};
}

struct Placed {
  std::string text;
  Analysis analysis;
  // The entity with a mention written `surface`, or null.
  const Entity* At(const std::string& surface) const {
    for (const Entity& e : analysis.entities)
      for (const EntityMention& m : e.mentions)
        if (m.span.In(text) == surface) return &e;
    return nullptr;
  }
  int Count(EntityType type) const {
    int n = 0;
    for (const Entity& e : analysis.entities) n += e.type == type;
    return n;
  }
};

Placed Place(const std::string& text, const std::vector<Name>& names, std::vector<Quote> quotes = {}) {
  Placed r;
  r.text = text;
  Segment(r.text, {}, &r.analysis);
  for (const Name& n : names)
    r.analysis.mentions.push_back(Mention{Find(text, n.surface, n.occurrence), n.type, n.confidence, -1});
  std::sort(r.analysis.mentions.begin(), r.analysis.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  r.analysis.quotes = std::move(quotes);
  Document doc;
  doc.text = text;
  doc.date = Date{2024, 5, 14};
  ResolveEntities(r.text, doc, &r.analysis);
  return r;
}

void ExpectIn(const Entity* e, const std::string& admin1, const std::string& country) {
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kLocation) << e->name;
  EXPECT_EQ(e->admin1, admin1) << e->name;
  EXPECT_EQ(e->country, country) << e->name;
  EXPECT_TRUE(e->latitude && e->longitude) << e->name;
  EXPECT_GT(e->geonames_id, 0u) << e->name;
}

TEST(Places, EveryRealPlaceGetsItsGeoNamesReading) {
  const auto r = Place("Talks in Paris drew ministers from Kenya and from Ontario.",
                       {{"Paris", LOC}, {"Kenya", LOC}, {"Ontario", LOC}});
  const Entity* paris = r.At("Paris");
  ExpectIn(paris, "Île-de-France", "FR");
  EXPECT_EQ(paris->feature_class, "P");
  EXPECT_EQ(paris->feature_code, "PPLC");
  EXPECT_EQ(paris->feature, "city");
  EXPECT_EQ(paris->geonames_id, 2988507u);
  EXPECT_NEAR(*paris->latitude, 48.85, 0.05);
  const Entity* kenya = r.At("Kenya");
  ASSERT_NE(kenya, nullptr);
  EXPECT_EQ(kenya->feature_class, "A");
  EXPECT_EQ(kenya->feature_code, "PCLI");
  EXPECT_EQ(kenya->feature, "country");
  EXPECT_TRUE(kenya->latitude.has_value());  // a country has its centroid
  EXPECT_TRUE(kenya->admin1.empty());
  const Entity* ontario = r.At("Ontario");
  ExpectIn(ontario, "Ontario", "CA");
  EXPECT_EQ(ontario->feature_code, "ADM1");
  EXPECT_EQ(ontario->feature, "region");
}

TEST(Places, SpringfieldIllIsIllinoisAndIllIsNoPlace) {
  const auto r = Place("A fire in Springfield, Ill., destroyed a warehouse, officials in Springfield said.",
                       {{"Springfield", LOC, 0}, {"Ill.", LOC}, {"Springfield", LOC, 1}});
  const Entity* springfield = r.At("Springfield");
  ExpectIn(springfield, "Illinois", "US");
  EXPECT_EQ(springfield->mentions.size(), 2u);
  EXPECT_NEAR(*springfield->latitude, 39.80, 0.1);
  EXPECT_EQ(r.At("Ill."), nullptr);
  EXPECT_EQ(r.Count(LOC), 1);
  for (const Mention& m : r.analysis.mentions)
    if (m.span.In(r.text) == "Ill.") EXPECT_EQ(m.entity, -1);
}

TEST(Places, StateAbbreviationsQualifyThePlaceBeforeThem) {
  const auto r = Place("The company has plants in Salem, Ore., and Fresno, Calif., and plans a third.",
                       {{"Salem", LOC}, {"Ore.", LOC}, {"Fresno", LOC}, {"Calif.", LOC}});
  ExpectIn(r.At("Salem"), "Oregon", "US");
  ExpectIn(r.At("Fresno"), "California", "US");
  EXPECT_EQ(r.At("Ore."), nullptr);
  EXPECT_EQ(r.At("Calif."), nullptr);
  EXPECT_EQ(r.Count(LOC), 2);
}

TEST(Places, ColumbusBesideGeorgiaTownsIsColumbusGeorgia) {
  const auto r = Place("Storms knocked out power in Macon, Valdosta and Albany on Monday. In Columbus, schools closed.",
                       {{"Macon", LOC}, {"Valdosta", LOC}, {"Albany", LOC}, {"Columbus", LOC}});
  ExpectIn(r.At("Columbus"), "Georgia", "US");
  ExpectIn(r.At("Albany"), "Georgia", "US");
}

TEST(Places, ABareTownBesidePlacesOfOneStateIsTheNamesakeThere) {
  auto r = Place("A tornado struck near Tulsa on Sunday. Homes in Cleveland were damaged, Oklahoma officials said.",
                 {{"Tulsa", LOC}, {"Cleveland", LOC}, {"Oklahoma", LOC}});
  ExpectIn(r.At("Cleveland"), "Oklahoma", "US");
  r = Place("The team flew to Cleveland on Monday.", {{"Cleveland", LOC}});
  ExpectIn(r.At("Cleveland"), "Ohio", "US");
}

TEST(Places, StatesAndProvincesAreRegions) {
  auto r = Place("Bushfires burned across Victoria state on Tuesday.", {{"Victoria", LOC}});
  ExpectIn(r.At("Victoria"), "Victoria", "AU");
  EXPECT_EQ(r.At("Victoria")->feature_code, "ADM1");
  EXPECT_EQ(r.At("Victoria")->feature_class, "A");
  r = Place("Floods in Sichuan province forced thousands from their homes.", {{"Sichuan", LOC}});
  EXPECT_EQ(r.At("Sichuan")->feature_code, "ADM1");
  EXPECT_EQ(r.At("Sichuan")->country, "CN");
  r = Place("Floods in Sichuan Province forced thousands from their homes.", {{"Sichuan Province", LOC}});
  EXPECT_EQ(r.At("Sichuan Province")->feature_code, "ADM1");
}

TEST(Places, OneNameIsOnePlaceOfTheKindTheStrongestWordsTell) {
  // One entity, one reading for all its mentions: "upstate" says the state, whatever the bare mentions alone say.
  auto r = Place("Flooding hit upstate New York on Monday. Officials in New York said roads were closed. New York "
                 "has seen worse.",
                 {{"New York", LOC}, {"New York", LOC, 1}, {"New York", LOC, 2}});
  const Entity* ny = r.At("New York");
  ExpectIn(ny, "New York", "US");
  EXPECT_EQ(ny->feature_code, "ADM1");
  EXPECT_EQ(ny->mentions.size(), 3u);
  EXPECT_EQ(r.Count(LOC), 1);
  // Without such words, the city.
  r = Place("Police in New York said two men were held. New York has seen fewer shootings.",
            {{"New York", LOC}, {"New York", LOC, 1}});
  EXPECT_EQ(r.At("New York")->feature_class, "P");
  EXPECT_EQ(r.Count(LOC), 1);
}

TEST(Places, ANewspapersPlaceIsNoPlace) {
  // The tagger found the paper's name apart from the place.
  auto r = Place("The minister told the Sydney Morning Herald that talks would resume.",
                 {{"Sydney", LOC}, {"Morning Herald", ORG}});
  EXPECT_EQ(r.Count(LOC), 0);
  ASSERT_NE(r.At("Sydney Morning Herald"), nullptr);
  EXPECT_EQ(r.At("Sydney Morning Herald")->type, ORG);
  EXPECT_EQ(r.At("Sydney Morning Herald")->name, "Sydney Morning Herald");
  // Only the place was tagged.
  r = Place("He wrote for the Irish Times before moving to Dublin.", {{"Irish Times", ORG}, {"Dublin", LOC}});
  EXPECT_EQ(r.Count(LOC), 1);
  r = Place("The Toronto Star reported the closure first.", {{"Toronto", LOC}});
  EXPECT_EQ(r.Count(LOC), 0);
  ASSERT_NE(r.At("Toronto Star"), nullptr);
  EXPECT_EQ(r.At("Toronto Star")->type, ORG);
}

TEST(Places, SeasStraitsAndShoalsArePlacesOnTheMap) {
  // The tagger typed the strait an organisation and the shoal a person, and took part of "Bab el-Mandeb".
  auto r = Place("Tankers avoided the Strait of Hormuz and Bab el-Mandeb, and Chinese ships blocked boats near "
                 "Second Thomas Shoal in the South China Sea.",
                 {{"Strait of Hormuz", ORG}, {"Bab", LOC}, {"el-Mandeb", ORG}, {"Thomas Shoal", PER},
                  {"South China Sea", LOC}});
  for (const char* name : {"Strait of Hormuz", "Bab el-Mandeb", "Second Thomas Shoal", "South China Sea"}) {
    const Entity* e = r.At(name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, LOC) << name;
    EXPECT_EQ(e->feature, "water") << name;
    EXPECT_EQ(e->feature_class, "H") << name;
    EXPECT_TRUE(e->latitude && e->longitude) << name;
    EXPECT_TRUE(e->country.empty()) << name;
  }
  EXPECT_EQ(r.At("Strait of Hormuz")->feature_code, "STRT");
  EXPECT_EQ(r.At("Second Thomas Shoal")->feature_code, "SHOL");
  EXPECT_NEAR(*r.At("Strait of Hormuz")->latitude, 26.6, 0.5);
  EXPECT_EQ(r.At("Bab"), nullptr);
  EXPECT_EQ(r.At("Thomas Shoal"), nullptr);
  EXPECT_EQ(r.Count(PER), 0);
  EXPECT_EQ(r.Count(ORG), 0);
}

TEST(Places, TheRedSeaIsTheSeaAndRedSeaStateTheRegion) {
  auto r = Place("Houthi forces attacked a tanker in the Red Sea.", {{"Red Sea", LOC}});
  ASSERT_NE(r.At("Red Sea"), nullptr);
  EXPECT_EQ(r.At("Red Sea")->feature_code, "SEA");
  EXPECT_TRUE(r.At("Red Sea")->country.empty());  // not Sudan's or Egypt's region of that name
  r = Place("Flooding hit Port Sudan in Red Sea State.", {{"Port Sudan", LOC}, {"Red Sea State", LOC}});
  ASSERT_NE(r.At("Red Sea State"), nullptr);
  EXPECT_EQ(r.At("Red Sea State")->feature_code, "ADM1");
  EXPECT_EQ(r.At("Red Sea State")->country, "SD");
}

TEST(Places, ASeaInsideALongerNameOrAPublicationIsNoPlace) {
  // "Black Sea Fleet" is a fleet; "The Atlantic" with a capital "The" inside a sentence is the magazine.
  auto r = Place("The Black Sea Fleet left Sevastopol, a writer for The Atlantic said.",
                 {{"Black Sea Fleet", ORG}, {"Sevastopol", LOC}, {"The Atlantic", LOC}});
  EXPECT_EQ(r.At("Black Sea"), nullptr);
  ASSERT_NE(r.At("Black Sea Fleet"), nullptr);
  EXPECT_EQ(r.At("Black Sea Fleet")->type, ORG);
  ASSERT_NE(r.At("The Atlantic"), nullptr);
  EXPECT_EQ(r.At("The Atlantic")->type, ORG);
  // Across the ocean, it is the ocean.
  r = Place("The band is popular on both sides of the Atlantic.", {{"Atlantic", LOC}});
  ASSERT_NE(r.At("Atlantic"), nullptr);
  EXPECT_EQ(r.At("Atlantic")->feature_code, "OCN");
}

TEST(Places, TownsTheTaggerTookForPeopleOrOrganisations) {
  // Sure of itself, but in a list beside places, or after "in": the towns.
  auto r = Place("Israeli forces raided Jenin and Tulkarm. M23 rebels captured Goma and Bukavu. Shells fell in Goma.",
                 {{"Jenin", PER}, {"Tulkarm", LOC}, {"M23", ORG}, {"Goma", ORG}, {"Bukavu", LOC}, {"Goma", ORG, 1}});
  ASSERT_NE(r.At("Jenin"), nullptr);
  EXPECT_EQ(r.At("Jenin")->type, LOC);
  EXPECT_EQ(r.At("Jenin")->country, "PS");  // the news spelling of Janin (data/places/place_names.tsv)
  ASSERT_NE(r.At("Goma"), nullptr);
  EXPECT_EQ(r.At("Goma")->type, LOC);
  EXPECT_EQ(r.At("Goma")->country, "CD");
  // A person in a list of people, a possessive, a speaker or a name said elsewhere without such words stays.
  r = Place("Jackson and Madison met Warren. Voters in Warren's district cheered.",
            {{"Jackson", PER}, {"Madison", PER}, {"Warren", PER}, {"Warren", PER, 1}});
  EXPECT_EQ(r.Count(LOC), 0);
  r = Place("The team beat Chelsea and Madrid drew in Valencia. Chelsea said it would appeal.",
            {{"Chelsea", ORG}, {"Madrid", LOC}, {"Valencia", LOC}, {"Chelsea", ORG, 1}});
  EXPECT_EQ(r.At("Chelsea")->type, ORG);
}

TEST(Places, APlaceInATitleIsNoPlace) {
  const auto r = Place("The Archbishop of Canterbury met the Duke of Edinburgh in York.",
                       {{"Canterbury", LOC}, {"Edinburgh", LOC}, {"York", LOC}});
  EXPECT_EQ(r.At("Canterbury"), nullptr);
  EXPECT_EQ(r.At("Edinburgh"), nullptr);
  ExpectIn(r.At("York"), "England", "GB");
}

TEST(Places, DatelineCapitalsAreThePlaceOfTheSameName) {
  const auto r = Place("LONDON — Britain will host the talks in London next month, the government said.",
                       {{"Britain", LOC}, {"London", LOC}});
  const Entity* london = r.At("London");
  ASSERT_NE(london, nullptr);
  EXPECT_EQ(london, r.At("LONDON"));  // one entity
  EXPECT_EQ(london->name, "London");
  EXPECT_EQ(london->mentions.size(), 2u);
  ExpectIn(london, "England", "GB");
  // Alone, the dateline is still the place, by its own name.
  const auto alone = Place("NAIROBI — Heavy rain fell for a third day on Tuesday.", {});
  ASSERT_NE(alone.At("NAIROBI"), nullptr);
  EXPECT_EQ(alone.At("NAIROBI")->name, "Nairobi");
  EXPECT_EQ(alone.At("NAIROBI")->country, "KE");
  // A dateline with its state anchors the article: "Athens" is Georgia's, not Greece's.
  const auto athens = Place("ATHENS, Ga. (AP) — A judge in Athens ruled on Friday that the county must pay.",
                            {{"Athens", LOC}});
  ExpectIn(athens.At("Athens"), "Georgia", "US");
}

// The dateline's name stands before the story: a quotation's speaker found there (the sentence's first name taken for
// the subject of a reporting verb) leaves it a place.
TEST(Places, ADatelineNeverSpeaks) {
  const std::string text = "SYDNEY, June 3 (Reuters) - The court on Tuesday ordered the airline to pay.";
  Quote q;
  q.span = Find(text, "the airline to pay");
  q.speaker = Find(text, "SYDNEY");
  const auto r = Place(text, {{"SYDNEY", PER}}, {q});
  ExpectIn(r.At("SYDNEY"), "New South Wales", "AU");
  // A capital word before a colon is a dateline only when the gazetteer knows a large city of that name ("BOOM:"
  // heads a story; Boom is a Belgian town of 18,000).
  const auto boom = Place("BOOM: Trump fired a missile at Clinton. He spoke in Iowa.", {{"Iowa", LOC}});
  EXPECT_EQ(boom.At("BOOM"), nullptr);
  const auto delhi = Place("NEW DELHI: The government on Monday raised fuel prices.", {});
  ASSERT_NE(delhi.At("NEW DELHI"), nullptr);
  EXPECT_EQ(delhi.At("NEW DELHI")->country, "IN");
}

TEST(Places, OfficialsInGeorgiaBesideAtlantaIsTheState) {
  const auto r = Place("Officials in Georgia said the storm would reach Atlanta by Thursday evening.",
                       {{"Georgia", LOC}, {"Atlanta", LOC}});
  const Entity* georgia = r.At("Georgia");
  ExpectIn(georgia, "Georgia", "US");
  EXPECT_EQ(georgia->feature_code, "ADM1");
  ExpectIn(r.At("Atlanta"), "Georgia", "US");
}

TEST(Places, GazaStripAndWestBankAreTwoPlaces) {
  const auto r = Place("Aid reached the Gaza Strip and the West Bank on Sunday.", {{"Gaza Strip", LOC}, {"West Bank", LOC}});
  const Entity* gaza = r.At("Gaza Strip");
  const Entity* bank = r.At("West Bank");
  ASSERT_NE(gaza, nullptr);
  ASSERT_NE(bank, nullptr);
  EXPECT_NE(gaza, bank);
  EXPECT_TRUE(gaza->latitude && bank->latitude);
  EXPECT_NE(gaza->geonames_id, bank->geonames_id);
  EXPECT_EQ(gaza->type, LOC);
  EXPECT_EQ(bank->type, LOC);
  EXPECT_EQ(gaza->country, "PS");
  EXPECT_EQ(bank->country, "PS");
}

TEST(Places, SpeakersAreNeverPlaces) {
  const std::string text = "Jane Warwick runs the shelter. \"We are full,\" Warwick said.";
  Quote q;
  q.span = Find(text, "We are full,");
  q.speaker = Find(text, "Warwick", 1);
  const auto r = Place(text, {{"Jane Warwick", PER}, {"Warwick", LOC, 1}}, {q});
  for (const Entity& e : r.analysis.entities) {
    EXPECT_NE(e.type, LOC) << e.name;
    EXPECT_FALSE(e.latitude.has_value()) << e.name;
  }
  // A place that is only the setting of the speaker phrase stays a place.
  const std::string officials = "\"Roads are closed,\" officials in Georgia said.";
  Quote o;
  o.span = Find(officials, "Roads are closed,");
  o.speaker = Find(officials, "officials in Georgia");
  const auto g = Place(officials, {{"Georgia", LOC}}, {o});
  ASSERT_NE(g.At("Georgia"), nullptr);
  EXPECT_EQ(g.At("Georgia")->type, LOC);
}

TEST(Places, PlacesTheTaggerMissedAreFound) {
  const auto r = Place("Flood warnings were issued for residents of Kyogle and Lismore in northern NSW.",
                       {{"Lismore", LOC}});
  ExpectIn(r.At("Kyogle"), "New South Wales", "AU");
  ExpectIn(r.At("NSW"), "New South Wales", "AU");
  // An unsure guess of another type, where the words say "place", is a place.
  const auto unsure = Place("Firefighters from Goulburn and Yass arrived on Monday.",
                            {{"Goulburn", LOC}, {"Yass", PER, 0, 0.5f}});
  ExpectIn(unsure.At("Yass"), "New South Wales", "AU");
  // A confident one is not.
  const auto sure = Place("Firefighters from Goulburn and Yass arrived on Monday.",
                          {{"Goulburn", LOC}, {"Yass", PER, 0, 0.95f}});
  EXPECT_EQ(sure.At("Yass")->type, PER);
}

TEST(Places, LinksAndRolesFollowTheEntities) {
  const std::string text = "LONDON — Mayor Sadiq Khan of London met the Sydney Morning Herald's editor in Ill.";
  const auto r = Place(text, {{"Sadiq Khan", PER}, {"London", LOC}, {"Sydney", LOC}, {"Morning Herald", ORG},
                              {"Ill.", LOC}});
  for (const Mention& m : r.analysis.mentions) {
    if (m.entity < 0) continue;
    ASSERT_LT(static_cast<size_t>(m.entity), r.analysis.entities.size());
    bool held = false;
    for (const EntityMention& em : r.analysis.entities[m.entity].mentions) held |= em.span.Contains(m.span);
    EXPECT_TRUE(held) << m.span.In(r.text);
  }
  for (const Entity& e : r.analysis.entities)
    for (const Role& role : e.roles) EXPECT_LT(role.of_entity, static_cast<int32_t>(r.analysis.entities.size()));
  for (size_t i = 1; i < r.analysis.entities.size(); ++i)
    EXPECT_LT(r.analysis.entities[i - 1].mentions.front().span.start, r.analysis.entities[i].mentions.front().span.start);
}

}  // namespace
}  // namespace newsgraph::entities
