// Names typed right, acronyms, short forms, credit lines, surnames and roles (issue 14): the entity resolver on
// hand-placed tagger mentions, so that these tests check the resolver's reasoning whatever the tagger does.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities/acronyms.h"
#include "entities/organizations.h"
#include "entities/type_vote.h"
#include "entities_test_util.h"

namespace newsgraph::entities {
namespace {

size_t CountOfType(const Resolved& r, EntityType type) {
  return std::count_if(r.analysis.entities.begin(), r.analysis.entities.end(),
                       [&](const Entity& e) { return e.type == type; });
}

// --- The lists -------------------------------------------------------------------------------------------------

TEST(OrganizationPriors, ListsAreLoadedWithTheirKinds) {
  const OrganizationPriors& p = OrganizationPriors::Get();
  EXPECT_GT(p.size(), 5000u);
  ASSERT_TRUE(p.Find("facebook"));
  EXPECT_EQ(p.Find("facebook")->kind, OrganizationKind::kSocial);
  EXPECT_TRUE(p.Find("facebook")->strong);
  EXPECT_EQ(p.Find("sydney morning herald")->kind, OrganizationKind::kMedia);
  EXPECT_EQ(p.Find("al-jazeera")->kind, OrganizationKind::kMedia);  // hyphens and spaces alike
  EXPECT_EQ(p.Find("liberal democrats")->kind, OrganizationKind::kParty);
  EXPECT_TRUE(p.Find("world food programme"));
  EXPECT_FALSE(p.Find("jane warwick"));
  EXPECT_FALSE(p.Find("london"));
}

TEST(OrganizationNames, SuffixesAndShapes) {
  EXPECT_EQ(WithoutOrganizationSuffix({"acme", "corp"}), "acme");
  EXPECT_EQ(WithoutOrganizationSuffix({"arsenal", "football", "club"}), "arsenal");
  EXPECT_EQ(WithoutOrganizationSuffix({"acme", "holdings", "plc"}), "acme");
  EXPECT_EQ(WithoutOrganizationSuffix({"acme"}), "");
  EXPECT_EQ(WithoutOrganizationSuffix({"bank", "of", "england"}), "");
  EXPECT_EQ(ShapeOfName({"yorkshire", "evening", "post"}), NameShape::kMasthead);
  EXPECT_EQ(ShapeOfName({"st", "mary's", "church"}), NameShape::kWorship);
  EXPECT_EQ(ShapeOfName({"charlotte", "church"}), NameShape::kNone);  // a singer
  EXPECT_EQ(ShapeOfName({"kennedy", "space", "center"}), NameShape::kFacility);
  EXPECT_EQ(ShapeOfName({"penn", "station"}), NameShape::kFacility);
  EXPECT_EQ(ShapeOfName({"jane", "smith"}), NameShape::kNone);
}

// --- The type vote ---------------------------------------------------------------------------------------------

TEST(TypeVote, ListsOverruleAPersonOrPlaceReading) {
  const auto r = Resolve(
      "In a post on Instagram, the singer thanked fans. The Sydney Morning Herald reported the Liberal Democrats "
      "had complained. Services at St Mary's Church were cancelled.",
      {{"Instagram", LOC}, {"Sydney Morning Herald", PER}, {"Liberal Democrats", PER}, {"St Mary's Church", LOC}});
  for (const char* name : {"Instagram", "Sydney Morning Herald", "Liberal Democrats", "St Mary's Church"}) {
    ASSERT_NE(r.Named(name), nullptr) << name;
    EXPECT_EQ(r.Named(name)->type, ORG) << name;
  }
}

TEST(TypeVote, ListsDoNotOverruleMisc) {
  const auto r = Resolve("Snapchat users were unhappy.", {{"Snapchat", MISC}});
  ASSERT_EQ(r.analysis.entities.size(), 1u);
  EXPECT_EQ(r.analysis.entities[0].type, MISC);
}

TEST(TypeVote, AFacilityKeepsOneTypeWeighedByConfidence) {
  const auto r = Resolve(
      "Flights left Heathrow Airport late. Heathrow Airport said delays would last. Crowds filled Heathrow Airport.",
      {{"Heathrow Airport", LOC, 0, 0.95f}, {"Heathrow Airport", PER, 1, 0.6f}, {"Heathrow Airport", ORG, 2, 0.5f}});
  ASSERT_EQ(r.analysis.entities.size(), 1u);
  EXPECT_EQ(r.analysis.entities[0].type, LOC);
  EXPECT_EQ(r.analysis.entities[0].mentions.size(), 3u);
}

TEST(TypeVote, ConfidentVotesWin) {
  std::vector<NameReading> names = {{"acme", {"acme"}, PER, 0.3f, false},
                                    {"acme", {"acme"}, PER, 0.3f, false},
                                    {"acme", {"acme"}, ORG, 0.95f, false},
                                    {"france", {"france"}, LOC, 0.9f, true}};
  const auto types = VoteNameTypes(names, OrganizationPriors::Get());
  EXPECT_EQ(types, (std::vector<EntityType>{ORG, ORG, ORG, LOC}));
  // A one-word company name from the generated list only adds a vote: "Apple" tagged a person twice, confidently.
  names = {{"apple", {"apple"}, PER, 0.9f, false}, {"apple", {"apple"}, PER, 0.9f, false}};
  EXPECT_EQ(VoteNameTypes(names, OrganizationPriors::Get())[0], ORG);  // "apple" is written for newsgraph: strong
}

// --- Acronyms --------------------------------------------------------------------------------------------------

TEST(Acronyms, Fit) {
  using W = std::vector<std::string_view>;
  EXPECT_TRUE(AcronymFits("WFP", W{"World", "Food", "Programme"}));
  EXPECT_TRUE(AcronymFits("ECOWAS", W{"Economic", "Community", "of", "West", "African", "States"}));
  EXPECT_TRUE(AcronymFits("UNHCR", W{"United", "Nations", "High", "Commissioner", "for", "Refugees"}));
  EXPECT_TRUE(AcronymFits("DoJ", W{"Department", "of", "Justice"}));
  EXPECT_FALSE(AcronymFits("WFP", W{"World", "Health", "Organization"}));
  EXPECT_FALSE(AcronymFits("AB", W{"Acme", "Holdings", "Limited", "Group"}));
  EXPECT_TRUE(LooksLikeAcronym("UNHCR"));
  EXPECT_FALSE(LooksLikeAcronym("Reuters"));
  EXPECT_FALSE(LooksLikeAcronym("A"));
}

TEST(Acronyms, DefinitionsLinkEveryUseToTheEntity) {
  const std::string text =
      "The Office of the United Nations High Commissioner for Refugees (UNHCR) and the World Food Programme (WFP) "
      "warned on Monday. WFP said stocks were low. UNHCR agreed.";
  // The tagger found the long forms but none of the acronyms after the first.
  const auto r = Resolve(text, {{"United Nations High Commissioner for Refugees", ORG},
                                {"World Food Programme", ORG},
                                {"WFP", ORG}});
  const Entity* wfp = r.Named("World Food Programme");
  ASSERT_NE(wfp, nullptr);
  EXPECT_EQ(r.MentionTexts(*wfp), (V{"World Food Programme", "WFP", "WFP"}));
  const Entity* unhcr = r.Named("United Nations High Commissioner for Refugees");
  ASSERT_NE(unhcr, nullptr);
  EXPECT_EQ(r.MentionTexts(*unhcr), (V{"United Nations High Commissioner for Refugees", "UNHCR", "UNHCR"}));
  EXPECT_EQ(r.analysis.entities.size(), 2u);
}

TEST(Acronyms, ALongFormTheTaggerMissedBecomesAnEntity) {
  const auto r = Resolve("Staff at the Zambezi River Authority (ZRA) said levels fell. The ZRA will report.", {});
  const Entity* zra = r.Named("Zambezi River Authority");
  ASSERT_NE(zra, nullptr);
  EXPECT_EQ(zra->type, ORG);
  EXPECT_EQ(r.MentionTexts(*zra), (V{"Zambezi River Authority", "ZRA", "ZRA"}));
}

TEST(Acronyms, APersonTaggedLongFormIsAnOrganisation) {
  const auto r = Resolve("The Harold Pinter Trust (HPT) said. HPT added.", {{"Harold Pinter Trust", PER}, {"HPT", PER}});
  ASSERT_EQ(r.analysis.entities.size(), 1u);
  EXPECT_EQ(r.analysis.entities[0].type, ORG);
}

// --- Everyday copy ---------------------------------------------------------------------------------------------

TEST(ShortForms, ACompanyAndItsShortName) {
  const auto r = Resolve("Acme Corp. said profits rose. Acme shares gained, and Acme hired staff.",
                         {{"Acme Corp.", ORG}, {"Acme", ORG, 1}, {"Acme", PER, 2}});
  ASSERT_EQ(r.analysis.entities.size(), 1u);
  EXPECT_EQ(r.analysis.entities[0].type, ORG);
  EXPECT_EQ(r.analysis.entities[0].mentions.size(), 3u);
}

TEST(ShortForms, AClubAndItsShortName) {
  const auto r = Resolve("Arsenal Football Club confirmed the deal. Arsenal won on Saturday in Arsenal colours.",
                         {{"Arsenal Football Club", ORG}, {"Arsenal", LOC, 1}, {"Arsenal", LOC, 2}});
  const Entity* club = r.Named("Arsenal Football Club");
  ASSERT_NE(club, nullptr);
  EXPECT_EQ(club->type, ORG);
  EXPECT_EQ(club->mentions.size(), 2u);  // not "in Arsenal"
}

TEST(CreditLines, WireCreditsAddNoPeople) {
  const std::string text =
      "Prices rose, Jane Smith said.\n(Reporting by Tom Brown in London; Editing by Ann Lee)\nAdditional reporting by "
      "Raj Patel";
  const auto r = Resolve(text, {{"Jane Smith", PER}, {"Tom Brown", PER}, {"London", LOC}, {"Ann Lee", PER},
                                {"Raj Patel", PER}});
  ASSERT_EQ(r.analysis.entities.size(), 1u);
  EXPECT_EQ(r.analysis.entities[0].name, "Jane Smith");
  EXPECT_EQ(WireCreditSpans("He said (reporting by hand) it.").size(), 1u);
  EXPECT_TRUE(WireCreditSpans("He was edited by Ann Lee and reporting by Tom Brown was poor.").empty());
}

TEST(Shouting, TabloidCapitalsAreNotOrganisations) {
  const auto r = Resolve("EXCLUSIVE: The FURY of fans. Their fury grew as NATO met.",
                         {{"EXCLUSIVE", ORG}, {"FURY", ORG}, {"NATO", ORG}});
  ASSERT_EQ(r.analysis.entities.size(), 1u);
  EXPECT_EQ(r.MentionTexts(r.analysis.entities[0]), V{"NATO"});
}

TEST(Titles, CouncilTitlesAreTitles) {
  const auto r = Resolve("Cllr Jane Smith said the plan was sound. Ald. John Doe disagreed.",
                         {{"Cllr Jane Smith", PER}, {"Ald.", LOC}, {"John Doe", PER}});
  ASSERT_EQ(r.analysis.entities.size(), 2u);
  const Entity* smith = r.Named("Jane Smith");
  ASSERT_NE(smith, nullptr);
  ASSERT_EQ(smith->roles.size(), 1u);
  EXPECT_EQ(smith->roles[0].title, "Councillor");
  const Entity* doe = r.Named("John Doe");
  ASSERT_NE(doe, nullptr);
  ASSERT_EQ(doe->roles.size(), 1u);
  EXPECT_EQ(doe->roles[0].title, "Alderman");
}

// --- Surnames --------------------------------------------------------------------------------------------------

TEST(Surnames, ALoneSurnameIsThePersonBeforeAnyGazetteer) {
  const auto r = Resolve(
      "Jane Warwick, the head teacher, spoke first. Warwick said the school would reopen. Lucy Chester agreed, and "
      "Ms Chester later added that pupils from Warwick were welcome.",
      {{"Jane Warwick", PER}, {"Warwick", LOC, 1}, {"Lucy Chester", PER}, {"Chester", LOC, 1}, {"Warwick", LOC, 2}});
  const Entity* jane = r.Named("Jane Warwick");
  ASSERT_NE(jane, nullptr);
  EXPECT_EQ(jane->type, PER);
  EXPECT_EQ(r.MentionTexts(*jane), (V{"Jane Warwick", "the head teacher", "Warwick"}));
  const Entity* lucy = r.Named("Lucy Chester");
  ASSERT_NE(lucy, nullptr);
  EXPECT_EQ(lucy->type, PER);
  EXPECT_EQ(r.MentionTexts(*lucy), (V{"Lucy Chester", "Chester"}));
  EXPECT_EQ(CountOfType(r, LOC), 1u);  // "from Warwick" is the town
}

TEST(Surnames, MiddlePartsOfLongNamesLink) {
  const auto r = Resolve(
      "José Alberto Mujica Cordano led Uruguay. Mujica was frugal. Pedro Sánchez Pérez-Castejón met him; Sánchez "
      "smiled.",
      {{"José Alberto Mujica Cordano", PER}, {"Mujica", PER, 1}, {"Uruguay", LOC}, {"Pedro Sánchez Pérez-Castejón", PER},
       {"Sánchez", PER, 1}});
  EXPECT_EQ(r.MentionTexts(*r.Named("José Alberto Mujica Cordano")), (V{"José Alberto Mujica Cordano", "Mujica"}));
  EXPECT_EQ(r.MentionTexts(*r.Named("Pedro Sánchez Pérez-Castejón")), (V{"Pedro Sánchez Pérez-Castejón", "Sánchez"}));
  EXPECT_EQ(CountOfType(r, PER), 2u);
}

// --- Roles -----------------------------------------------------------------------------------------------------

std::string RoleOf(const Resolved& r, const std::string& person) {
  const Entity* e = r.Named(person);
  if (!e || e->roles.empty()) return "(none)";
  return e->roles[0].title + (e->roles[0].of.empty() ? "" : " of " + e->roles[0].of);
}

TEST(Roles, PoliceAndMilitaryRanks) {
  const auto r = Resolve(
      "Police Commissioner Jane Doe spoke. Detective Sergeant John Smith and Rear Admiral Sam Jones listened, as did "
      "Lt. Col. Amy Stone.",
      {{"Jane Doe", PER}, {"John Smith", PER}, {"Sam Jones", PER}, {"Lt. Col. Amy Stone", PER}});
  EXPECT_EQ(RoleOf(r, "Jane Doe"), "Police Commissioner");
  EXPECT_EQ(RoleOf(r, "John Smith"), "Detective Sergeant");
  EXPECT_EQ(RoleOf(r, "Sam Jones"), "Rear Admiral");
  EXPECT_EQ(RoleOf(r, "Amy Stone"), "Lieutenant Colonel");
}

TEST(Roles, AbbreviatedTitlesAreWrittenOutAndLinkTheirNominal) {
  const auto r = Resolve("Sen. Bernie Sanders spoke in Iowa. The senator said he would stay.",
                         {{"Sen. Bernie Sanders", PER}, {"Iowa", LOC}});
  const Entity* sanders = r.Named("Bernie Sanders");
  ASSERT_NE(sanders, nullptr);
  EXPECT_EQ(RoleOf(r, "Bernie Sanders"), "Senator");
  EXPECT_EQ(r.MentionTexts(*sanders), (V{"Bernie Sanders", "The senator"}));
}

TEST(Roles, OccupationsInAppositionsWithTheirOrganisation) {
  const auto r = Resolve(
      "Neil Ferguson, an epidemiologist at Imperial College, warned. ING's chief economist Carsten Brzeski agreed.",
      {{"Neil Ferguson", PER}, {"Imperial College", ORG}, {"ING", ORG}, {"Carsten Brzeski", PER}});
  EXPECT_EQ(RoleOf(r, "Neil Ferguson"), "Epidemiologist of Imperial College");
  EXPECT_EQ(RoleOf(r, "Carsten Brzeski"), "Chief Economist of ING");
}

}  // namespace
}  // namespace newsgraph::entities
