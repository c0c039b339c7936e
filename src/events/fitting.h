// Whether a coded verb's object fits the act its code names. A verb of cooperation coded by its dictionary block
// alone (no pattern of the verb matched the words after it) is an act done to someone: "released the hostages",
// "offered Kenya help", "introduced the minister". When its object is a thing of another kind, named by no actor,
// no name and no person, the verb is in another sense, no political event: "released a clip" (a publication, not
// 084), "offered no proof", "introduced a bill", "sends the wrong message". The patterns already say which things a
// verb takes in its political sense ("release prisoners" 0841, "provide aid" 070, "hold talks"), and an event noun
// as object says the act itself ("offered help", "pledged support", "welcomed the releases"): both keep their code.
// So does a verb with a later phrase that names an actor ("provided weapons to Kyiv").
//
// The kind of a noun comes from WordNet's supersense of its first noun sense (data/events/wordnet-senses.tsv, in the
// trigger model): people, groups and places are actors; communication, cognition, artifacts, attributes, states,
// quantities and times are things. A word WordNet does not know, a capitalised word, a number and a pronoun decide
// nothing.
//
// Pure functions, thread-safe.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "events/cameo.h"
#include "events/participants.h"
#include "events/reader.h"
#include "events/senses.h"
#include "newsgraph/document.h"

namespace newsgraph::events {

enum class ObjectKind : uint8_t {
  kUnknown,  // no reading: a word WordNet lacks, "it", a number, a name the tagger missed
  kActor,    // a person, a group, a place, a name, an actor code
  kThing,    // a thing of a kind no act of cooperation is done to (a clip, a bill, proof, a message)
  kAct,      // an event noun: the act itself ("agreed to a full and immediate ceasefire", "offered help")
};

// The kind of the noun `head` (lower case): its WordNet senses, else its singular's ("prisoners" -> "prisoner").
// `senses` may be null (no model): kUnknown.
ObjectKind NounKind(const SenseLexicon* senses, std::string_view head);

// The CAMEO roots whose block code needs a fitting object: 03 (intent) to 08 (yield). Statements (01) and appeals
// (02) take what they say as object ("called for calm"); conflict (09-20) is checked for a known actor anyway.
bool CodeNeedsFittingObject(std::string_view cameo);

// Whether the coded verb event `e` (its participants' actor codes set, every target candidate still there) is no act
// of its code: coded by its block alone (ReadEvent::pattern_words 0), a code of roots 03-08, and either
//   - its object is a thing (NounKind) and no target candidate is an actor or a person ("released a clip",
//     "offered no proof", "introduced a bill"), or
//   - (roots 04-08) a verb follows it, bare or after "to", which it only brings in ("help assess", "came to be",
//     "helps to have"; not a verb of asking or inviting: "were invited to attend" is an invitation).
// `w` is the sentence of `e`, which starts at document token `sentence_begin`.
bool UnfitObject(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a,
                 const CameoCoder& coder, const SenseLexicon* senses, CoderScratch* scratch);

// Whether the active verb event `e`, coded by its dictionary block alone under a root of force (17 coercion to 20)
// or of protest (14), falls on no one: its direct object is an abstraction (WordNet: an attribute, a thought, a message, a feeling, a
// state, a time, a quantity or a relation, and no sense of it a person, a group or a place), no target candidate
// is an actor, a name or a person, and no pattern of the verb took the object: "captured the country's attention",
// "hit a record", "beat expectations", "demonstrated his knack" (not "destroyed the houses": an artifact is hit;
// not "seized power", which the dictionary's pattern codes; not "marched in silence").
bool AbstractTarget(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a,
                    const CameoCoder& coder, const SenseLexicon* senses, CoderScratch* scratch);

// Whether `word` (lower case) is what force is done with, never to: "bullets", "gas", "missiles", "rounds", "fire"
// ("fired tear gas and rubber bullets at", "launched drones").
bool MeansOfForce(std::string_view word);

// "urged [node operators] to block transactions", "ordered [the trio] to return the money": a target right after a
// verb of asking or ordering and before its "to" complement names someone, who is asked to act.
bool AskedToAct(const EventParticipant& p, const ReadEvent& e, const SentenceWords& w, size_t sentence_begin,
                const CameoCoder& coder, const SenseLexicon* senses, CoderScratch* scratch);

// Whether the words of participant `p` of a coded event name someone or something the event is done by or to, so
// that a typed event keeps them as a participant when they name no entity and no actor ("25 schoolgirls", "a
// synagogue", "the union", "a government vessel"; events/records.h). Their head, the last word before a
// preposition or a comma (after "of" for a quantity: "dozens of protesters"), must be a noun whose first WordNet
// sense is a person, a group or a place (a natural object too: "the island"); for a target of force (CAMEO roots
// 17-20) also an artifact ("attacked a synagogue", "seized a tanker", "struck the power grid"), which is
// elsewhere what is given, signed or sent ("provided weapons"), not whom; and never a means of force ("fired rubber
// bullets at", "launched drones"); nor an event noun the dictionaries code ("called an emergency meeting"), nor
// a word the noun phrase goes on past ("to verify [official] reports"). Never a pronoun, a phrase with a verb, a
// clause word or a time in it, a head WordNet does not know, nor a phrase after a preposition of place ("in the
// village", "near the border": where, not whom; after "at" only force names whom: "fired at the crowd", not "spoke
// at the convention"), nor,
// before a verb, a phrase more than three words or a comma away from its verb group (another clause's, too often).
// `e` is the event (its code, verb group) and `w` the sentence of `p`, which starts at document token `sentence_begin`; `senses` null: false.
// `people` (optional) is set when the words name people: a head whose first sense is a person or a group
// ("25 schoolgirls", "the seven crew members", "a crowd").
bool NamesParticipant(const EventParticipant& p, const ReadEvent& e, const SentenceWords& w, size_t sentence_begin,
                      const CameoCoder& coder, const SenseLexicon* senses, CoderScratch* scratch,
                      bool* people = nullptr);

// "rejected a proposal by Egypt for a 30-day ceasefire", "a plan for talks", "calls for a truce": an event noun in the
// "for" or "of" phrase of a noun of proposing or asking is what is proposed, no event of its own (merged, so neither
// coded nor listed as happened). Events `first`.. of the sentence `w` (starting at document token `sentence_begin`).
void ProposedNouns(const SentenceWords& w, size_t sentence_begin, size_t first, std::vector<ReadEvent>* out);

// "Israel's strike on a school", "Russian strikes on the energy grid": a bare "strike" that no cue word makes a work
// stoppage (the event nouns' `context:` entries) is a military strike when its phrase names who struck (a possessor,
// a name or a capitalised adjective, or a verb of conducting right before it: "carried out a strike on Hamas
// leaders") and an "on" phrase what it hit, not a time ("the strike on Monday"; "a strike
// on the Buenos Aires underground" names no striker): CAMEO 190 (the attack's kind unsaid). `at` indexes the noun
// in `w`; false for any other word.
bool MilitaryStrike(const SentenceWords& w, size_t at);

// Whether a document reads as a report of games: at least three different words that only sport uses ("league",
// "squad", "tries", "semi-final", "Six Nations" counts as "nations" after "six"). `lower`: its tokens in lower case.
// `hashes`: util::HashString of each word of `lower` when the caller has them (Scratch::lower_hashes), else null.
bool SportDocument(const std::vector<std::string_view>& lower, const uint64_t* hashes = nullptr);

// Whether the event `e`, coded as a threat of force, coercion or violence (CAMEO 138, roots 17-20), is a game, a race or a
// market's move, no political event. `w` is its sentence (starting at document token `sentence_begin`); `sport` says
// the document is a report of games (SportDocument). Three readings, none when a participant is an armed actor
// (codes MIL, REB, INS, IMG, UAF, COP, SPY, SEP: "the army defeated the rebels", "police beat protesters"):
//   - a verb of winning ("beat", "defeated", "thrashed", "dominated", "crushed", "routed", "edged") in a contest: a
//     word of a game, an election or a ranking in its sentence ("match", "cup", "primary", "percent", "ratings"), a
//     score ("24-17"), or a sport report ("Ireland have beaten Wales"); not "beat up", "beaten to death";
//   - any such verb whose object is a prize or a level ("snatched three points", "captured the title", "hit a record
//     high", "hit the shops");
//   - any such verb whose subject or object is a market's ("shares hit", "hits Beirut shares", "oil prices hit").
bool ContestOrMarket(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, bool sport);

// Whether the verb of `e` (`lower[at]`, an administrative sanction, root 17) is a governing body's sanction that a report
// of games does not make play: "UEFA fined the Football Association of Serbia 14,000 euros after crowd trouble at the
// match", "the Athletics Integrity Unit banned a marathon runner for four years".
bool SanctionInAGame(const ReadEvent& e, const std::vector<std::string_view>& lower, size_t at);

// Whether the event `e`, coded as violence (roots 18-20) by a verb of striking ("hit", "hammered", "blasted",
// "slammed", "attacked"), strikes a person with words: its object is a person (a name the tagger types a person, or
// "him", "her") followed by "on", "for" or "over" and what is faulted ("hit Bernie Sanders on immigration", "has hit
// Hillary Clinton for enabling", "blasted Trump on Monday over his stance"). No participant is an armed actor. The
// caller codes it as criticism (111).
bool VerbalAttack(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a);

// The code of the coded verb event `e` (its participants' actor codes set) for who does it, when its words alone
// leave that open, else empty:
//   - blocking, obstructing or barricading (144, a protest) by a state's forces or government (an actor code
//     whose agent is MIL, COP, SPY, JUD or GOV, or a country alone) is a blockade (191, COERCE) when a way or
//     what moves along it is blocked ("vessels of China's coast guard blocked a resupply mission"), else a
//     rejection (120: "blocked the release of several others", "blocked its application"); a blockade (17, 191)
//     by students, workers, farmers or civilians is their protest (144): "students who have blockaded universities";
//   - a raid (190) by the police, prosecutors or investigators (COP, JUD, SPY; not the military) is a search,
//     coercion (170): "South Korean prosecutors raided the offices";
//   - withdrawing, pulling back, retreating or surrendering (080, yielding) by armed forces or fighters (MIL, REB,
//     UAF, INS) is a military retreat or surrender (0874, RETREAT): "Russian forces pulled back";
//   - gathering or assembling (040 by the verb's block alone) by no state and no international body is a rally
//     (141, PROTEST) of protesters or activists (OPP: "hundreds of protesters gathered overnight") and no event of
//     anyone else ("-": "reporters have been gathered for hours", "the audience gathered in the East Room").
// `w` is the sentence of `e`, which starts at document token `sentence_begin`.
std::string CodeByWhom(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin);

// Whether the verb event `e`, coded as an accusation or a disapproval (root 11) by "claim" alone (no pattern of its
// block: "claimed responsibility" 015, "claimed victory" 013), claims a thing rather than asserting a clause: its
// direct object is a noun phrase that no verb follows, and after it the sentence ends or a preposition, a
// conjunction, a punctuation mark or a time comes ("China claims the Scarborough Shoal", "claimed the nomination on
// Tuesday", "claiming 41 percent of the vote", "a gunman claiming allegiance to ISIS"). A claim that something is
// so ("claimed Clinton had helped", "claims the District is an exception", "claimed that ...", "claims the US Open
// champion tested positive", "critics claim depict Howard as Fagin": a past form after a noun, or a word WordNet
// (`senses`, may be null) knows only as a verb) is left as it is.
bool ClaimOfAThing(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const SenseLexicon* senses);

// Whether the verb event `e`, a consultation or an intent to meet (CAMEO root 04, 036) coded for a verb of travel
// ("arrive", "fly", "travel", "go", "come", "head", "return", "tour", "visit" ...), is a journey with no one to
// visit (`e`'s participants carry their actor codes, every target candidate still there):
//   - within the traveller's own country: the source's code names a country and every target candidate that names
//     anything (an actor code or a name) is a place of that country ("Obama flew to Boise", "Clinton visited the
//     St. Louis area" for a coded Clinton, "returned to the United States"); a person, an organisation or a foreign
//     place met or visited keeps the code ("Netanyahu arrived at the White House", "Trump arrived in Qatar");
//   - of private persons or things: no participant has an actor code, none is a pronoun (its antecedent is not yet
//     known) but "it", "this", "that" (a thing: "it comes as a blow", "it has come to this"), and none names an
//     organisation ("Monique Dalle was traveling to Cairo to visit her daughter", "my wife and I arrived in the U.S.
//     as teens", "the 17-year-old singer is hoping to tour", "as the election approached": "approach" is one of
//     the verbs).
// `a` gives the mentions' types.
bool TravelWithNoHost(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a);

// The code of the verb event `e` coded as military protection (074) by "defend" alone, for who defends what: an
// armed source (MIL, REB, COP ...) or a country, a place or a way into it defended keeps 074 ("help defend Saudi
// Arabia if it is attacked", "borders defended by its weakest countries"); anything else is defended in words (052,
// SUPPORT, as the PLOVER gold codes "defended the right of", "defended Iraq and Libya against Western criticism"): a
// person, a policy, a decision ("defended Trump", "defended his record"), or anyone "against" criticism,
// accusations or charges. A reflexive object ("defend itself in court") or a game's or an election's prize
// ("defended her title", "defend their seats") defends no one else: "-" (no code). Empty: `e` keeps its code (nothing defended is named).
// `a` gives the mentions' types; `e`'s participants carry their actor codes.
std::string DefenceCode(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a);

// The code of the coded verb event `e` that sends, flies, dispatches, delivers, ships or airlifts something, or
// releases or disburses money, for what it carries: relief ("flew 82 rescuers to Mandalay", "sent two navy ships
// carrying relief supplies", "dispatched a naval ship with 40 tonnes of relief supplies") is humanitarian aid (073),
// weapons ("send Taurus cruise missiles to Ukraine") military aid (072), money ("released $4 million from its
// emergency fund") economic aid (071); an intent to give aid read before ("pledged to send", 033) is the intent to
// give it (0333, 0332, 0331), while a reported "would send" keeps the act. Empty when the words carried say none of
// them (troops sent stay a deployment).
std::string DeliveryCode(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin);

// Whether the verb event `e` is "come" after the pronoun "it" ("when it comes to energy issues", "when it came to
// Rubio"): an idiom of what is spoken of, no one's coming or meeting (PETRARCH2's "come (to)", 040).
bool ItComesTo(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin);

// Whether the verb event `e`, coded by its block alone (no pattern) under a root of cooperation (03-08) for a verb of
// selling or offering ("offer", "sell", "supply", "provide"), is a sale: a price follows it in its clause after "for",
// "at" or "per" ("Amazon offers Apple's MacBook in certified refurbished condition for $700", "offered at a $9.99
// monthly rate", "sells the phone at 30 pounds") and no participant has an actor code ("Russia offered gas at $250
// per thousand cubic metres to Ukraine" is trade between states and keeps its code). "offered to pay $300m to
// settle charges" (no price after a preposition) is left as it is.
bool Sale(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin);

// Whether the trigger of `e` is a word of a name: capitalised in mid-sentence between two capitalised words
// ("NASA's Volatiles Investigating Polar Exploration Rover", "the Commercial Orbital Transportation Services effort",
// "the Syrian Democratic Forces' Support Committee"), in a sentence of mostly lower-case words (a headline in title
// case, "Apple Expands iPod Family", is not judged here). The name is no event.
bool WordOfAName(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin);

// Whether the verb event `e`, "fire" coded as a threat of force or violence (138, roots 18-20) by its block alone,
// dismisses someone from a post: no participant is an armed actor, no "at", "on", "upon", "into", "toward",
// "back" or "over" follows the verb, and what is fired is a person: the direct object (or, in the passive or a
// participle after its noun, the word before the verb group) is a person's name, "him", "her", "them", or a noun whose
// first WordNet sense (`senses`, may be null) is a person ("fired his campaign manager", "some 100 employees were
// fired", "the taxpayers they just fired", "US blogger fired by her airline"). "fired rubber bullets at retirees",
// "fired on the crowd", "police fired tear gas", "the gunman fired" stay violence.
bool Dismissal(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a,
               const SenseLexicon* senses);

// Whether the verb event `e`, "take over" coded as a seizure (root 17) by its block alone, takes over an office, a
// business or a thing rather than a place: no participant is an armed actor, and no target candidate is a place (a
// name the entity stage types a location, a country's code, or a noun whose first WordNet sense, `senses`, is a
// location or an artifact: "the town", "the airport", "the parliament building"). "the UK took over the chairmanship
// of the EU", "Gruenberg took over as acting chairman", "Patriot took over many of the company's operations", "the
// GOP has been taken over by its far-right fringe", "polls taken over the past two weeks"; not "rebels took over the
// town", "protesters took over the parliament building".
bool TakeoverOfNoPlace(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a,
                       const SenseLexicon* senses);

// Whether the event `e`, coded as a threat of force or violence (138, roots 18-20) by its block alone, with no
// participant an armed actor, is a word of force in its everyday sense:
//   - the noun "hit" (also after a determiner, an ordinal or a number where the tagger read a verb): a success
//     ("their first hit in the UK", "scored six hits", "box office hits"), or a blow no armed actor strikes;
//   - "hurt" in the active, with no number of people hurt and no word of violence in its sentence ("the long lines
//     hurt support for the senator", "it could hurt the administration's strategy", "hasn't hurt him with his base
//     voters"; not "the blast hurt 20 people", "five people were hurt");
//   - "fight" or "battle" of a thing, a post or a cause: what follows it (its object, or the phrase of "for",
//     "against" or "over") is headed by a noun whose first WordNet sense (`senses`, may be null) is no person, group or
//     place and names no one ("fighting for her job", "fighting against extradition", "fighting change", "fight
//     climate change", "fought several legal battles"), or it is "fight on" to an end ("vowing to fight on to the
//     convention"); not "fighting the Islamic State", "fight for their country", "fight them".
bool EverydayForce(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const SenseLexicon* senses);

// Whether the active verb event `e`, coded by its block alone under a root of cooperation (03-08), is done by a
// thing: no source names an actor or a name, and the word right before its verb group is a common noun whose every
// WordNet sense (`senses`, may be null) is no person, group or place and whose first is an artifact, a food, a
// substance, a body part, a plant, an animal, a natural object, a phenomenon, a process, an attribute, a state, a
// feeling or a shape ("five-spoke alloy wheels provide the Sentra an unmistakable look", "eating oatmeal promotes
// fullness", "the new phone arrives in March"). What is said or decided ("the bill allows", "the agreement
// provides"), an act ("the deal allows") and a pronoun are left as they are.
bool ThingAsActor(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const SenseLexicon* senses);

// Whether the event `e`, "release" (verb or noun) coded by its block alone under 08 or 035 (no pattern: "released
// the prisoners" is one), frees no one: no target candidate of it (its object, a passive's subject, the phrase of
// the noun), nor the noun right before a participle, is a pronoun, a person's name, a word that may count people
// ("the seven", "others"), a capitalised word the entity stage left untyped, or a noun with a sense that is a
// person or a group (WordNet, `senses`, may be null: then nothing is judged). "Freddy Vs Jason was released in
// summer 2003", "the band released its new album", "the release said", "due for release on May 19", "the release of
// the PS2-only game" free no one; "released the two journalists", "Alan Johnston was released", "the hostages were
// released", "released them", "the release of several others", "within a week of his release" stay.
bool ReleaseOfNoOne(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a,
                    const SenseLexicon* senses);

// Whether the verb event `e`, "help" coded 03-08 by its block alone, helps someone no actor code names do
// something: a generic object ("you", "us", "it", "people", "users", "consumers", "customers", "patients",
// "readers", "viewers") and then a bare verb or "to" and one ("may help you avoid a binge", "this museum can help us
// talk to each other", "has helped it identify 2,400 billionaires", "helping people get to grips with"), as
// noise-7's "help assess" with no object; so does a person or people no name or actor code places ("help Rubio
// convince anyone", "help kids attend college"). "help Ukraine rebuild" (a country), "help the WHO respond" (an
// organisation) and "help them defend" (a pronoun that may stand for a country) are left as they are.
bool HelpToDo(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin, const Analysis& a);

// Whether the verb event `e`, "concede" coded as yielding (080), admits that something is so rather than yielding:
// "that" or a clause follows ("conceded that it had been a difficult night", "conceded he had fallen short",
// "conceded these efforts had been dismal"), or it reports a quotation ("..., he conceded."). "Sanders conceded",
// "conceded defeat", "conceded the race" yield.
bool ConcedingThat(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin);

// Whether the verb event `e`, in the simple present with no modal, is a standing state or a habit told of someone
// or something in a relative clause, no event: its verb group (adverbs such as "also", "rarely" between) follows
// "which", "who" or "that" right before it, and no time follows it before the next verb or the sentence's end
// ("Turkey, which trains Somali troops", "the K-1 visa program, which allows foreigners to", "a donor who backs
// Mr. Cruz", "the agency that oversees the program"; not "the forum, which meets in Davos, Switzerland, next
// week", "who's called for troops", nor "said that talks would resume": a subject between "that" and the verb).
bool StandingRelative(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin);

// Whether the verb event `e`, "meet", satisfies a standard rather than meeting someone: its object, within a few
// words and before any punctuation or preposition, is a target, a demand, a deadline, a need, a cost or a criterion
// ("failed to meet the targets included in it", "will meet their financial targets", "to meet the growing demand
// for bandwidth", "did meet the deadline Congress imposed"; not "met Putin in Moscow"). The noun "meeting" of a
// gerund ("meeting or exceeding all of our objectives") is left.
bool MeetingAStandard(const ReadEvent& e, const SentenceWords& w, size_t sentence_begin);

// "Trump called the decision a witch hunt", "called the verdict absurd", "calling the raid an authoritarian act": the
// verb "call" (at token `verb` of `w`, active) with an object and a predicate after it (a noun phrase opened by
// "a", "an", "the" or a quotation mark, or an adjective ending the object's phrase) says what its subject thinks of
// the object: criticism ("111", ACCUSE), or praise ("051", SUPPORT) when the predicate says so ("called the agreement
// historic", "a success"); "-" when the predicate says neither ("called it a peace dividend": no act, and no
// "call on" either when an "on" comes later) or the object is an accusation the subject rejects ("called the
// allegations preposterous": a denial); "" when there is no such predicate ("called a strike", "called the
// police", "called on X", "called the election for May", "called it a day"). `senses` (may be null) tells an
// adjective.
// `object_end` (when a code is given) is one past the object's last token: the object is the act's target, and the
// predicate after it is none ("called Lula a thief": Lula).
std::string CharacterizationCode(const SentenceWords& w, size_t verb, const SenseLexicon* senses, size_t* object_end);

}  // namespace newsgraph::events
