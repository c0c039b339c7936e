// The entity resolver on hand-placed name mentions (as a tagger would give them), so that these tests check the
// resolver's reasoning whatever the tagger's accuracy.
#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <vector>

#include "entities/knowledge.h"
#include "entities/resolver.h"
#include "entities_test_util.h"
#include "newsgraph/text.h"
#include "test_util.h"

namespace newsgraph::entities {
namespace {

// NormalizeName on ASCII names against its definition (lower case, runs of white space as one space, no trailing
// spaces or dots, no leading "the "): most names are already normalized and go back as they came, found 8 bytes at a
// time, so the names here put capitals, tabs, control bytes and double spaces at every place around those blocks.
TEST(Knowledge, NormalizeNameOfAsciiNames) {
  auto reference = [](std::string_view name) {
    std::string out;
    for (const char c : name) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        if (!out.empty() && out.back() != ' ') out += ' ';
        continue;
      }
      out += c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
    if (out.rfind("the ", 0) == 0) out.erase(0, 4);
    return out;
  };
  const std::string base = "new york stock exchange board of trade";
  for (size_t length = 1; length <= base.size(); ++length) {
    const std::string name = base.substr(0, length);
    EXPECT_EQ(NormalizeName(name), reference(name)) << name;
    for (size_t at = 0; at < length; ++at)
      for (const char c : {'A', 'Z', '@', '[', ' ', '\t', '\n', '\r', '\x01', '\x1f', '.', '`', '{'}) {
        std::string changed = name;
        changed[at] = c;
        EXPECT_EQ(NormalizeName(changed), reference(changed)) << changed;
        changed.insert(at, 1, ' ');
        EXPECT_EQ(NormalizeName(changed), reference(changed)) << changed;
      }
  }
}

TEST(Knowledge, PlacesAndNames) {
  const Knowledge& k = Knowledge::Get();
  ASSERT_NE(k.CountryByName("UK"), nullptr);
  EXPECT_EQ(k.CountryByName("Britain")->code, "GB");
  EXPECT_EQ(k.CountryByName("the United States")->code, "US");
  EXPECT_EQ(k.CountryByDemonym("British")->code, "GB");
  EXPECT_EQ(k.CountryByDemonym("Ukrainians")->code, "UA");
  const auto london = k.CitiesByName("London");
  ASSERT_GE(london.size(), 2u);
  EXPECT_EQ(london[0]->country, "GB");  // most populous first
  EXPECT_EQ(k.CitiesByName("Kiev").at(0)->country, "UA");
  EXPECT_EQ(k.RegionCountry("California"), "US");
  EXPECT_TRUE(k.IsContinentOrRegion("Europe"));
  EXPECT_EQ(k.OrganizationByName("EU")->name, "European Union");
  EXPECT_TRUE(k.MetonymByName("Downing Street")->building);
  const auto holders = k.HoldersOn("Prime Minister", Date{2025, 4, 22});
  EXPECT_TRUE(std::any_of(holders.begin(), holders.end(), [](auto* h) { return h->person == "Keir Starmer"; }));
  const auto earlier = k.HoldersOn("Prime Minister", Date{2020, 1, 1});
  EXPECT_TRUE(std::any_of(earlier.begin(), earlier.end(), [](auto* h) { return h->person == "Boris Johnson"; }));
  EXPECT_TRUE(k.HoldersOn("Prime Minister", Date{2026, 11, 1}).empty());  // after the list's check date
}

TEST(Resolver, HonorificsFirstNamesAndSurnamesJoinTheFullName) {
  const auto r = Resolve("Sir Keir Starmer spoke. Later Sir Keir left, and Starmer's aides followed.",
                         {{"Keir Starmer", PER}, {"Keir", PER, 1}, {"Starmer", PER, 1}});
  ASSERT_EQ(r.analysis.entities.size(), 1u);
  const Entity& e = r.analysis.entities[0];
  EXPECT_EQ(e.name, "Keir Starmer");
  EXPECT_EQ(r.MentionTexts(e), (V{"Sir Keir Starmer", "Sir Keir", "Starmer"}));
  for (const Mention& m : r.analysis.mentions) EXPECT_EQ(m.entity, 0);
}

TEST(Resolver, MultiWordSurnamesStayWhole) {
  const auto r = Resolve("Ursula von der Leyen arrived. Ms von der Leyen said little. Charles de Gaulle did not.",
                         {{"Ursula von der Leyen", PER}, {"von der Leyen", PER, 1}, {"Charles de Gaulle", PER}});
  ASSERT_EQ(r.analysis.entities.size(), 2u);
  EXPECT_EQ(r.MentionTexts(*r.Named("Ursula von der Leyen")), (V{"Ursula von der Leyen", "von der Leyen"}));
  EXPECT_NE(r.Named("Charles de Gaulle"), nullptr);
}

TEST(Resolver, SameSurnameGoesToTheClosestPrecedingPerson) {
  const auto r = Resolve("Hillary Clinton met Bill Clinton. Later, Bill spoke. Clinton then left.",
                         {{"Hillary Clinton", PER}, {"Bill Clinton", PER}, {"Bill", PER, 1}, {"Clinton", PER, 2}});
  ASSERT_EQ(r.analysis.entities.size(), 2u);
  EXPECT_EQ(r.MentionTexts(*r.Named("Bill Clinton")), (V{"Bill Clinton", "Bill", "Clinton"}));
}

TEST(Resolver, AcronymsAliasesAndNominalsJoinOrganisations) {
  const auto r = Resolve(
      "The European Union warned. The EU said the continental bloc would act. The European Central Bank and the "
      "ECB agreed.",
      {{"European Union", ORG}, {"EU", ORG}, {"European Central Bank", ORG}, {"ECB", ORG}});
  const Entity* eu = r.Named("European Union");
  ASSERT_NE(eu, nullptr);
  EXPECT_EQ(r.MentionTexts(*eu), (V{"European Union", "EU", "the continental bloc"}));
  EXPECT_EQ(eu->mentions[2].kind, EntityMentionKind::kNominal);
  EXPECT_EQ(r.MentionTexts(*r.Named("European Central Bank")), (V{"European Central Bank", "ECB"}));
  // A nominal at the end of a sentence stops before the full stop.
  const auto end = Resolve("The EU met. Ukraine wants to join the bloc.", {{"EU", ORG}, {"Ukraine", LOC}});
  EXPECT_EQ(end.MentionTexts(*end.Named("European Union")), (V{"EU", "the bloc"}));
}

// A national body the list gives one country ("Congress": the US Congress) is another country's when the text says
// so, by a possessive or an adjective before it; a bare name later in the article is that same body.
TEST(Resolver, APossessiveCountryOwnsTheListedBody) {
  const auto peru = Resolve("Peru's Congress voted on Tuesday. Congress will meet again next week.",
                            {{"Peru", LOC}, {"Congress", ORG}, {"Congress", ORG, 1}});
  ASSERT_EQ(peru.analysis.entities.size(), 2u);
  const Entity* congress = peru.Named("Congress");
  ASSERT_NE(congress, nullptr);
  EXPECT_EQ(congress->country, "PE");
  EXPECT_EQ(congress->mentions.size(), 2u);
  EXPECT_EQ(peru.Named("US Congress"), nullptr);
  const auto australia = Resolve("The Australian Senate passed the bill.", {{"Australian", MISC}, {"Senate", ORG}});
  ASSERT_NE(australia.Named("Senate"), nullptr);
  EXPECT_EQ(australia.Named("Senate")->country, "AU");
  // Without an owner, or with its own country's, the listed body it is.
  const auto us = Resolve("Congress passed the bill. America's Senate agreed.",
                          {{"Congress", ORG}, {"America", LOC}, {"Senate", ORG}});
  ASSERT_NE(us.Named("US Congress"), nullptr);
  EXPECT_EQ(us.Named("US Congress")->country, "US");
  ASSERT_NE(us.Named("US Senate"), nullptr);
}

TEST(Resolver, CountriesByAnyNameAreOnePlaceWithACode) {
  const auto r = Resolve("The UK and Britain, the United Kingdom, met the US and America.",
                         {{"UK", LOC}, {"Britain", LOC}, {"United Kingdom", LOC}, {"US", LOC}, {"America", LOC}});
  ASSERT_EQ(r.analysis.entities.size(), 2u);
  const Entity* gb = r.Named("United Kingdom");
  ASSERT_NE(gb, nullptr);
  EXPECT_EQ(gb->country, "GB");
  EXPECT_EQ(gb->feature, "country");
  EXPECT_EQ(gb->mentions.size(), 3u);
  EXPECT_EQ(r.Named("United States")->country, "US");
}

TEST(Resolver, CitiesPreferTheCountriesOfTheArticle) {
  auto r = Resolve("Talks in London, Ontario, with Canada's trade officials.", {{"London", LOC}, {"Ontario", LOC}, {"Canada", LOC}});
  EXPECT_EQ(r.Named("London")->country, "CA");
  EXPECT_EQ(r.Named("Ontario")->feature, "region");
  r = Resolve("Talks in London and Kyiv.", {{"London", LOC}, {"Kyiv", LOC}});
  const Entity* london = r.Named("London");
  EXPECT_EQ(london->country, "GB");
  EXPECT_EQ(london->feature, "city");
  EXPECT_NEAR(*london->latitude, 51.5, 0.1);
  EXPECT_EQ(r.Named("Kyiv")->country, "UA");
}

TEST(Resolver, SmallTownsAbroadAreNotGuessed) {
  // "the Republic" is not Republic, Missouri (15,000 people) in an article about Ireland and France; a small town in a
  // country the article names is still found.
  auto r = Resolve("Ireland drew in Paris, and the Republic now lead the group.",
                   {{"Ireland", LOC}, {"Paris", LOC}, {"Republic", LOC}});
  EXPECT_TRUE(r.Named("Republic")->country.empty());
  EXPECT_EQ(r.Named("Paris")->country, "FR");
  r = Resolve("Floods hit Republic, Missouri, on Monday.", {{"Republic", LOC}, {"Missouri", LOC}});
  EXPECT_EQ(r.Named("Republic")->country, "US");
  // Nor is a compass word a region ("West" is a region of Cameroon in GeoNames).
  r = Resolve("Labour holds Dundee East and West.", {{"Dundee East", LOC}, {"West", LOC}});
  EXPECT_TRUE(r.Named("West")->country.empty());
}

TEST(Resolver, SpeakerPhrasesLinkThroughTheirHeadWord) {
  const std::string text = "A Labour party spokesman said yes. The Liverpool player said no.";
  Quote party, player;
  party.span = Find(text, "yes", 0);
  party.speaker = Find(text, "A Labour party spokesman", 0);
  player.span = Find(text, "no", 0);
  player.speaker = Find(text, "The Liverpool player", 0);
  const auto r = Resolve(text, {{"Labour", ORG}, {"Liverpool", ORG}}, "2005-03-10", {party, player});
  ASSERT_GE(r.analysis.quotes[0].speaker_entity, 0);
  EXPECT_EQ(r.analysis.entities[r.analysis.quotes[0].speaker_entity].name, "Labour Party");
  EXPECT_EQ(r.analysis.quotes[1].speaker_entity, -1);  // the player speaks, not the club
}

TEST(Resolver, DemonymsAndRegions) {
  const auto r = Resolve("British and Ukrainian officials met in Europe.",
                         {{"British", MISC}, {"Ukrainian", MISC}, {"Europe", LOC}});
  EXPECT_EQ(r.Named("British")->country, "GB");
  EXPECT_EQ(r.Named("Ukrainian")->country, "UA");
  EXPECT_EQ(r.Named("Europe")->feature, "region");
  EXPECT_TRUE(r.Named("Europe")->country.empty());
}

TEST(Resolver, MetonymsActingOrSpeaking) {
  const auto r = Resolve(
      "Brussels has confirmed the visit. Downing Street declined to comment. Washington imposed tariffs. "
      "She lives in Washington and visits Brussels.",
      {{"Brussels", LOC}, {"Downing Street", LOC}, {"Washington", LOC}, {"Washington", LOC, 1}, {"Brussels", LOC, 1}});
  const Entity* brussels = r.Named("Brussels");
  EXPECT_EQ(brussels->country, "BE");
  EXPECT_EQ(brussels->metonym_for, "institutions of the European Union");
  const Entity* downing = r.Named("Downing Street");
  EXPECT_EQ(downing->type, EntityType::kOrganization);
  EXPECT_EQ(downing->metonym_for, "office of the UK Prime Minister");
  EXPECT_EQ(downing->country, "GB");
  EXPECT_EQ(r.Named("Washington")->metonym_for, "government of United States");
  // A place that never acts is just a place.
  const auto quiet = Resolve("She flew to Brussels on Monday.", {{"Brussels", LOC}});
  EXPECT_TRUE(quiet.Named("Brussels")->metonym_for.empty());
}

TEST(Resolver, RolesBeforeTheName) {
  const auto r = Resolve(
      "US President Donald Trump met President of the European Council Antonio Costa and Dutch Economy Minister "
      "Dirk Beljaarts.",
      {{"US", LOC}, {"Donald Trump", PER}, {"European Council", ORG}, {"Antonio Costa", PER}, {"Dutch", MISC},
       {"Dirk Beljaarts", PER}});
  const Entity* trump = r.Named("Donald Trump");
  ASSERT_EQ(trump->roles.size(), 1u);
  EXPECT_EQ(trump->roles[0].title, "President");
  EXPECT_EQ(trump->roles[0].of, "United States");
  EXPECT_GE(trump->roles[0].of_entity, 0);
  const Entity* costa = r.Named("Antonio Costa");
  ASSERT_EQ(costa->roles.size(), 1u);
  EXPECT_EQ(costa->roles[0].title, "President");
  EXPECT_EQ(costa->roles[0].of, "European Council");
  const Entity* beljaarts = r.Named("Dirk Beljaarts");
  ASSERT_EQ(beljaarts->roles.size(), 1u);
  EXPECT_EQ(beljaarts->roles[0].title, "Economy Minister");
  EXPECT_EQ(beljaarts->roles[0].of, "Netherlands");
}

TEST(Resolver, RolesInAppositions) {
  const auto r = Resolve(
      "Antonio Costa, President of the European Council, spoke. Britain's prime minister, Keir Starmer, "
      "listened. Jane Doe, the German chancellor's adviser, left.",
      {{"Antonio Costa", PER}, {"European Council", ORG}, {"Britain", LOC}, {"Keir Starmer", PER}, {"Jane Doe", PER},
       {"German", MISC}});
  const Entity* costa = r.Named("Antonio Costa");
  ASSERT_EQ(costa->roles.size(), 1u);
  EXPECT_EQ(costa->roles[0].title, "President");
  EXPECT_EQ(costa->roles[0].of, "European Council");
  const Entity* starmer = r.Named("Keir Starmer");
  ASSERT_EQ(starmer->roles.size(), 1u);
  EXPECT_EQ(starmer->roles[0].title, "Prime Minister");
  EXPECT_EQ(starmer->roles[0].of, "United Kingdom");
}

TEST(Resolver, RolesOfTheCompanyTheArticleNames) {
  // "the company" is the one organisation named before it; a possessive name says whose ("Acme's").
  const auto r = Resolve(
      "Acme Corp. reported a loss. The company's chief executive, John Smith, said costs rose. Bob Lee, the "
      "company's chief economist, said demand fell. Acme's chief financial officer, Jane Doe, left.",
      {{"Acme Corp.", ORG}, {"John Smith", PER}, {"Bob Lee", PER}, {"Acme", ORG, 1}, {"Jane Doe", PER}});
  for (const char* name : {"John Smith", "Bob Lee", "Jane Doe"}) {
    const Entity* e = r.Named(name);
    ASSERT_NE(e, nullptr) << name;
    ASSERT_EQ(e->roles.size(), 1u) << name;
    EXPECT_EQ(e->roles[0].of, "Acme Corp.") << name;
    ASSERT_GE(e->roles[0].of_entity, 0) << name;
    EXPECT_EQ(r.analysis.entities[e->roles[0].of_entity].name, "Acme Corp.") << name;
  }
  EXPECT_EQ(r.Named("John Smith")->roles[0].title, "Chief Executive");
  EXPECT_EQ(r.Named("Bob Lee")->roles[0].title, "Chief Economist");
  EXPECT_EQ(r.Named("Jane Doe")->roles[0].title, "Chief Financial Officer");
  const auto after = Resolve("Acme Corp. reported a loss. Tom Brown, chief executive of the company, said costs rose.",
                             {{"Acme Corp.", ORG}, {"Tom Brown", PER}});
  ASSERT_EQ(after.Named("Tom Brown")->roles.size(), 1u);
  EXPECT_EQ(after.Named("Tom Brown")->roles[0].of, "Acme Corp.");
  // The news agency that credits the story is not the company.
  const auto wire = Resolve("(Reuters) - Globex Inc said it would cut jobs. The company's chief executive, Mary Jones, "
                            "said the cuts were painful.",
                            {{"Reuters", ORG}, {"Globex Inc", ORG}, {"Mary Jones", PER}});
  ASSERT_EQ(wire.Named("Mary Jones")->roles.size(), 1u);
  EXPECT_EQ(wire.Named("Mary Jones")->roles[0].of, "Globex Inc");
  // Two companies: the role, but not whose.
  const auto two = Resolve("Globex and Initech agreed to merge. The company's chief executive, Mary Jones, spoke.",
                           {{"Globex", ORG}, {"Initech", ORG}, {"Mary Jones", PER}});
  ASSERT_EQ(two.Named("Mary Jones")->roles.size(), 1u);
  EXPECT_EQ(two.Named("Mary Jones")->roles[0].title, "Chief Executive");
  EXPECT_TRUE(two.Named("Mary Jones")->roles[0].of.empty());
}

TEST(Resolver, TitlesNeverStartWithThe) {
  const auto r = Resolve("The White House press secretary, Josh Earnest, said on Tuesday that it was fine.",
                         {{"White House", ORG}, {"Josh Earnest", PER}});
  const Entity* earnest = r.Named("Josh Earnest");
  ASSERT_NE(earnest, nullptr);
  ASSERT_EQ(earnest->roles.size(), 1u);
  EXPECT_EQ(earnest->roles[0].title, "White House Press Secretary");
  // An item of a list is no apposition.
  const auto list = Resolve("Everybody scrambled: the president, the vice president, Susan Rice and others.",
                            {{"Susan Rice", PER}});
  EXPECT_TRUE(list.Named("Susan Rice")->roles.empty());
}

TEST(Resolver, TitleJoinsThePersonTheTextGivesThatRole) {
  const auto r = Resolve("Foreign Minister Ana Silva arrived. The foreign minister said talks would resume.",
                         {{"Ana Silva", PER}});
  const Entity* silva = r.Named("Ana Silva");
  ASSERT_NE(silva, nullptr);
  EXPECT_EQ(r.MentionTexts(*silva), (V{"Ana Silva", "The foreign minister"}));
  EXPECT_FALSE(silva->mentions[1].from_knowledge);
}

TEST(Resolver, TitleResolvedThroughOfficeHoldersOnTheArticleDate) {
  const std::string text = "Ursula von der Leyen is due to meet the Prime Minister. Sir Keir Starmer agreed.";
  const auto r = Resolve(text, {{"Ursula von der Leyen", PER}, {"Keir Starmer", PER}});
  const Entity* starmer = r.Named("Keir Starmer");
  ASSERT_NE(starmer, nullptr);
  EXPECT_EQ(r.MentionTexts(*starmer), (V{"the Prime Minister", "Sir Keir Starmer"}));
  EXPECT_TRUE(starmer->mentions[0].from_knowledge);
  ASSERT_EQ(starmer->roles.size(), 1u);
  EXPECT_EQ(starmer->roles[0].title, "Prime Minister");
  EXPECT_EQ(starmer->roles[0].of, "United Kingdom");
  EXPECT_TRUE(starmer->roles[0].from_knowledge);
  // In 2019 the Prime Minister was someone else: no link.
  const auto old = Resolve(text, {{"Ursula von der Leyen", PER}, {"Keir Starmer", PER}}, "2019-03-01");
  EXPECT_EQ(old.Named("Keir Starmer")->mentions.size(), 1u);
  // Without a date, knowledge is not used.
  const auto undated = Resolve(text, {{"Ursula von der Leyen", PER}, {"Keir Starmer", PER}}, nullptr);
  EXPECT_EQ(undated.Named("Keir Starmer")->mentions.size(), 1u);
}

TEST(Resolver, APersonNamedInFullHasTheOfficeHeldOnTheArticleDate) {
  const std::string text = "Keir Starmer met Recep Tayyip Erdogan in Ankara. Starmer said the talks went well.";
  const auto r = Resolve(text, {{"Keir Starmer", PER}, {"Recep Tayyip Erdogan", PER}, {"Ankara", LOC},
                                {"Starmer", PER}});
  const Entity* starmer = r.Named("Keir Starmer");
  ASSERT_NE(starmer, nullptr);
  ASSERT_EQ(starmer->roles.size(), 1u);
  EXPECT_EQ(starmer->roles[0].title, "Prime Minister");
  EXPECT_EQ(starmer->roles[0].of, "United Kingdom");
  EXPECT_TRUE(starmer->roles[0].from_knowledge);
  const Entity* erdogan = r.Named("Recep Tayyip Erdogan");  // the list writes "Erdoğan"
  ASSERT_NE(erdogan, nullptr);
  ASSERT_EQ(erdogan->roles.size(), 1u);
  EXPECT_EQ(erdogan->roles[0].of, "Turkey");
  // Not before he took office, not without a date, not for a surname alone, not for a role the text gives.
  EXPECT_TRUE(Resolve(text, {{"Keir Starmer", PER}}, "2019-03-01").Named("Keir Starmer")->roles.empty());
  EXPECT_TRUE(Resolve(text, {{"Keir Starmer", PER}}, nullptr).Named("Keir Starmer")->roles.empty());
  EXPECT_TRUE(Resolve("Starmer met officials.", {{"Starmer", PER}}).Named("Starmer")->roles.empty());
  const auto leader = Resolve("Labour leader Keir Starmer met officials.", {{"Keir Starmer", PER}, {"Labour", ORG}});
  // The party role the text gives has no country: the office is added beside it.
  ASSERT_EQ(leader.Named("Keir Starmer")->roles.size(), 2u);
  EXPECT_FALSE(leader.Named("Keir Starmer")->roles[0].from_knowledge);
  EXPECT_EQ(leader.Named("Keir Starmer")->roles[1].title, "Prime Minister");
  // A role with its country keeps the person as the text gives them.
  const auto minister = Resolve("Britain's foreign secretary, Keir Starmer, met officials.", {{"Keir Starmer", PER}});
  ASSERT_EQ(minister.Named("Keir Starmer")->roles.size(), 1u);
  EXPECT_FALSE(minister.Named("Keir Starmer")->roles[0].from_knowledge);
}

TEST(Resolver, SpeakersLinkToEntities) {
  const std::string text = "Downing Street said “no”. Starmer added: “yes”. He said “maybe”.";
  Quote a, b, c;
  a.span = Find(text, "no", 0);
  a.speaker = Find(text, "Downing Street", 0);
  b.span = Find(text, "yes", 0);
  b.speaker = Find(text, "Starmer", 0);
  c.span = Find(text, "maybe", 0);
  c.speaker = Find(text, "He", 0);
  c.speaker_antecedent = Find(text, "Starmer", 0);
  const auto r = Resolve(text, {{"Starmer", PER}}, "2025-04-22", {a, b, c});  // the tagger missed Downing Street
  const Entity* downing = r.Named("Downing Street");
  ASSERT_NE(downing, nullptr);
  EXPECT_EQ(downing->type, EntityType::kOrganization);
  const Entity* starmer = r.Named("Starmer");
  ASSERT_NE(starmer, nullptr);
  EXPECT_EQ(r.MentionTexts(*starmer), (V{"Starmer", "He"}));
  EXPECT_EQ(starmer->mentions[1].kind, EntityMentionKind::kPronoun);
  EXPECT_EQ(r.analysis.entities[r.analysis.quotes[0].speaker_entity].name, "Downing Street");
  EXPECT_EQ(r.analysis.entities[r.analysis.quotes[1].speaker_entity].name, "Starmer");
  EXPECT_EQ(r.analysis.entities[r.analysis.quotes[2].speaker_entity].name, "Starmer");
  EXPECT_GT(starmer->salience, 0.0);
  EXPECT_LE(starmer->salience, 1.0);
}

// Every whole-word occurrence of each surface, longest surfaces first, never overlapping: what a perfect tagger
// would give.
std::vector<Name> EveryOccurrence(const std::string& text, std::vector<std::pair<std::string, EntityType>> surfaces) {
  std::sort(surfaces.begin(), surfaces.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  std::vector<Name> names;
  std::vector<Span> taken;
  auto word_char = [&](size_t i) { return std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '-'; };
  for (const auto& [surface, type] : surfaces) {
    int occurrence = 0;
    for (size_t pos = text.find(surface); pos != std::string::npos; pos = text.find(surface, pos + 1), ++occurrence) {
      const Span span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + surface.size())};
      const bool whole = (pos == 0 || !word_char(pos - 1)) && (span.end >= text.size() || !word_char(span.end));
      const bool free = std::none_of(taken.begin(), taken.end(), [&](const Span& t) { return t.Overlaps(span); });
      if (!whole || !free) continue;
      taken.push_back(span);
      names.push_back(Name{surface, type, occurrence});
    }
  }
  return names;
}

TEST(Resolver, ReferenceArticleWithGoldMentions) {
  const std::string text = testing::ReadFileOrDie(testing::SourcePath("tests/fixtures/starmer-eu.txt"));
  const auto r = Resolve(text, EveryOccurrence(text, {{"Keir Starmer", PER}, {"Keir", PER}, {"Europe", LOC},
                                                      {"European Commission", ORG}, {"Brussels", LOC},
                                                      {"Ursula von der Leyen", PER}, {"von der Leyen", PER},
                                                      {"London", LOC}, {"UK-EU", MISC}, {"UK", LOC},
                                                      {"European", MISC}, {"Europeans", MISC}, {"Ukraine", LOC},
                                                      {"US", LOC}, {"Donald Trump", PER}, {"EU", ORG},
                                                      {"Downing Street", ORG}, {"European Council", ORG},
                                                      {"Antonio Costa", PER}}));
  const Entity* starmer = r.Named("Keir Starmer");
  ASSERT_NE(starmer, nullptr);
  EXPECT_EQ(r.MentionTexts(*starmer), (V{"Sir Keir Starmer", "the Prime Minister", "Sir Keir", "Sir Keir"}));
  EXPECT_EQ(starmer->mentions[0].span, (Span{0, 16}));
  EXPECT_EQ(starmer->mentions[1].span, (Span{246, 264}));
  EXPECT_EQ(starmer->mentions[2].span, (Span{876, 884}));
  EXPECT_EQ(starmer->mentions[3].span, (Span{1700, 1708}));
  ASSERT_FALSE(starmer->roles.empty());
  EXPECT_EQ(starmer->roles[0].title, "Prime Minister");
  EXPECT_EQ(starmer->roles[0].of, "United Kingdom");
  const Entity* vdl = r.Named("Ursula von der Leyen");
  ASSERT_NE(vdl, nullptr);
  EXPECT_EQ(vdl->roles.at(0).title, "President");
  EXPECT_EQ(vdl->roles.at(0).of, "European Commission");
  EXPECT_EQ(r.Named("Donald Trump")->roles.at(0).of, "United States");
  EXPECT_EQ(r.Named("Antonio Costa")->roles.at(0).of, "European Council");
  const Entity* eu = r.Named("European Union");
  ASSERT_NE(eu, nullptr);
  EXPECT_TRUE(std::any_of(eu->mentions.begin(), eu->mentions.end(),
                          [&](const EntityMention& m) { return m.span.In(text) == "the continental bloc"; }));
  EXPECT_EQ(r.Named("Downing Street")->mentions.size(), 2u);
  EXPECT_EQ(r.Named("Brussels")->metonym_for, "institutions of the European Union");
  EXPECT_EQ(r.Named("United Kingdom")->country, "GB");
  EXPECT_EQ(r.Named("United States")->country, "US");
  EXPECT_EQ(r.Named("Ukraine")->country, "UA");
  EXPECT_EQ(r.Named("London")->country, "GB");
}

}  // namespace
}  // namespace newsgraph::entities
