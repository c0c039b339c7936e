// Document-level toponym resolution: which place each place name of an article means.
//
//   lang::ToponymResolver resolver;                      // over lang::Gazetteer::Get()
//   std::vector<lang::ToponymMention> mentions = ...;    // the article's candidate place names, in text order
//   std::vector<lang::ToponymReading> readings = resolver.Resolve(mentions, /*dateline=*/nullptr);
//   // readings[i].place is a gazetteer index (lang::kNoPlace: no reading); readings[i].qualifies >= 0 marks
//   // an abbreviation that only qualifies the mention before it ("Ill." in "Springfield, Ill.").
//
// How a reading is chosen, in order of strength:
//  1. What the text says next to the name decides: "City, State" / "City, Country" / "Springfield, Ill." keep only
//     the readings inside that state or country (none inside: the state or country itself); "X province",
//     "X state", "the state of X", "Sichuan Province" keep only first-level regions; "the city of X" only towns.
//     A full state or country name after the comma is a place of its own; an abbreviation ("Ill.", "Calif.",
//     "NSW"'s short forms) never is.
//     "upstate X" and "downstate X" are regions too. A reading these words decide (they took out readings of another
//     kind) has the basis kQualified, so that an entity whose mentions share the name takes it for all of them
//     (entities/places.h): "New York" beside "upstate New York" is the state.
//  2. One name, one place in an article: later bare mentions of a qualified name take its reading.
//  3. Otherwise each reading gets a prior (log population, feature kind: countries and capitals first) and the
//     support of the article's other places: a reading inside or containing another's likely reading, in the same
//     admin1 region or country, or near it, gains; the dateline weighs double. Three rounds let readings that agree
//     with each other reinforce ("Columbus" beside Macon and Valdosta is Columbus, Georgia; "Georgia" beside Atlanta
//     is the US state).
//
// Thread safety: a resolver is immutable after construction; Resolve may run on many threads at once.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "lang/gazetteer.h"
#include "newsgraph/document.h"

namespace newsgraph::lang {

struct ToponymMention {
  std::string_view text;                 // the name as written: "Springfield", "Sichuan Province"
  uint32_t begin = 0, end = 0;           // byte span in the document
  std::vector<std::string_view> before;  // up to a few tokens before it, nearest last: "the", "state", "of"
  std::vector<std::string_view> after;   // up to a few tokens after it, nearest first: ",", "Ill.", "state"
  uint32_t sentence = 0;
};

struct ToponymReading {
  enum class Basis : uint8_t {
    kNone,        // no reading: not in the gazetteer, or an abbreviation standing alone
    kQualified,   // decided by what the text writes next to it
    kQualifier,   // the state or country written after another place ("Springfield, Illinois")
    kSameName,    // the reading of an earlier mention of the same name
    kContext,     // the prior and the support of the article's other places
  };
  uint32_t place = kNoPlace;
  int32_t qualifies = -1;  // index of the mention this abbreviation qualifies; place is then kNoPlace
  bool abbreviation = false;  // the name is only a state abbreviation ("Ill.", "VA"): never a place of its own
  Basis basis = Basis::kNone;
  double confidence = 0;   // the reading's share among the name's readings after the last round (0..1)
};

// The weights of the choice (in nats of a log-population prior); defaults chosen on the development fixtures
// (tests/fixtures/places/).
struct ToponymWeights {
  double population = 1.0;        // per nat of population
  double country = 2.0;           // a country
  double admin1 = 0.5;            // a first-level region
  double capital = 3.0;           // a national capital (PPLC)
  double admin_seat = 0.8;        // seat of a first-level region (PPLA)
  double county_seat = 0.3;       // seat of a second-level region (PPLA2)
  double section = -2.0;          // a section of a populated place (PPLX): a neighbourhood
  double alternate_name = -2.5;   // matched by another name ("Canton" for Guangzhou)
  double city_over_region = 2.0;  // a region that a city of its name dwarfs ("New York"): the city is meant
  double support = 3.0;           // per unit of another place's support
  double near_km = 100;           // nearness support is 1 / (1 + (km / near_km)^2)
  double local_cap = 2.0;         // local support adds up to this much: a list of home towns does not make
                                  // a famous name a village near them
  double country_cap = 1.0;       // support from sharing only a country adds up to this much
  double dateline = 2.0;          // the dateline's support counts this many times
  int rounds = 3;
};

// Mentions for the names at `spans` (in text order) of a segmented text: the few tokens around each name, within
// its sentence.
std::vector<ToponymMention> MakeToponymMentions(std::string_view text, const std::vector<Token>& tokens,
                                                const std::vector<Sentence>& sentences, std::span<const Span> spans);

// Place names the tagger missed, found with the gazetteer where the words around them say "place": after a
// locative preposition ("in Kyogle", "from Yass"), in a list with a known place ("Lismore and Casino", "Macon,
// Valdosta"), before a state or country qualifier ("Staunton, Va."), after a compass adjective ("northern NSW").
// `known` are the places already found (in text order); `blocked` spans (other names, dates) are never taken.
// Returns the new spans in text order. Sentence-initial words are taken only with a qualifier after them.
std::vector<Span> FindMissedToponyms(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<Sentence>& sentences, std::span<const Span> known,
                                     std::span<const Span> blocked, const Gazetteer& gazetteer = Gazetteer::Get());

class ToponymResolver {
 public:
  explicit ToponymResolver(const Gazetteer& gazetteer = Gazetteer::Get(), ToponymWeights weights = {});

  // One reading per mention. `dateline`, if given, is the place the article was filed from ("ATHENS, Ga."): it
  // anchors the others and is resolved with them.
  std::vector<ToponymReading> Resolve(std::span<const ToponymMention> mentions,
                                      const ToponymMention* dateline = nullptr) const;

  // How related two places are (0..1): one inside the other 1, same admin1 region 0.8, near each other
  // (1 / (1 + (km/near_km)^2)), same country 0.35 (being inside a country, and sharing one, is support under a cap).
  double Relatedness(uint32_t a, uint32_t b) const;

 private:
  struct Relation {
    double local = 0;    // inside, same admin1 region, or near
    double country = 0;  // same country only
  };
  Relation Relate(const Place& a, const Place& b) const;

  const Gazetteer& g_;
  ToponymWeights w_;
};

}  // namespace newsgraph::lang
