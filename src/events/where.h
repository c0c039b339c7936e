// Where an event happened, as the text says it: a place entity after a place preposition in the event's own clause
// ("meet the Prime Minister in London", "marched through Nairobi", "an attack on Odesa", "will travel to Paris"), or
// in its subject ("Doctors in Lagos protested", "A Moscow court sentenced"); the object of an attack when it is a
// town or a region heading its phrase ("Russian drones attacked Odesa", "bombed Beirut's southern suburbs"; not a
// country, not "the Vermont senator"); verbs joined by "and" share it ("met and signed a deal in Paris");
// of "Niger's Tillaberi region" the place inside; "the city" ("the capital", "the region" ...) is the place of that
// kind named last before it; "there" the place named last before it after a place preposition. Never a place named
// elsewhere in the sentence (past a comma, or in the phrase of a
// noun for a state of affairs: "to discuss the war in Sudan"), in a name or an origin ("a Paris-based group",
// "students from Kyiv"). Else the article's dateline place
// (lang/dateline.h) for a recent event of the story's lead that happened or goes on in a sentence naming no other
// place or country.
//
// PlaceReader also indexes the document's entity mentions and event triggers for the record builder
// (events/records.h), which asks it for participants' entities as well.
//
// Thread safety: immutable after construction; pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "events/reader.h"
#include "lang/words.h"
#include "newsgraph/document.h"

namespace newsgraph::events {

// Words that open another clause: the place of an event is not looked for past them, nor are other links.
inline constexpr std::string_view kClauseOpeners[] = {"that", "which", "who", "while", "because", "but", "and", ";",
                                                      ":"};

// A document's entity mentions and event triggers, as the place rules read them.
struct PlaceReader {
  PlaceReader(std::string_view text, const lang::Words& words, const Analysis& analysis,
              const std::vector<ReadEvent>& read);

  std::string_view text;
  const Analysis& a;
  const lang::Words& words;                    // the language floor's reading of the tokens (word classes)
  const std::vector<std::string_view>& lower;  // per token, normalized lower case (words.lower_tokens())
  // Every entity mention (names, titles, nominals, pronouns) by start offset, with its entity.
  std::vector<std::pair<Span, int32_t>> entity_spans;
  // Per token: 1 for a verbal trigger; 2 for a noun for a state of affairs ("the crisis", "the war"), whose "in"
  // phrase is its own; 3 for another nominal one.
  std::vector<uint8_t> trigger;

  // The entity of the longest mention inside `span`, the later of two as long: the phrase's head ("the President
  // of the European Commission" over "European Commission"; "US President Donald Trump": "Donald Trump").
  int32_t EntityIn(Span span) const;
  // Whether a mention of `entity` starts at byte `start` ("in New York": at "New").
  bool MentionStartsAt(uint32_t start, int32_t entity) const { return EntityMentionEnd(start, entity) > 0; }
  // The end of the longest mention of `entity` that starts at byte `start`, or 0.
  uint32_t EntityMentionEnd(uint32_t start, int32_t entity) const;
  bool Verb(size_t t) const { return trigger[t] == 1; }
  // The first token starting at or after byte `start` (a.tokens.size() when none).
  size_t TokenAt(uint32_t start) const;
  // Whether the words of `span` follow a place preposition ("in", "at", "near" ...).
  bool AfterPlacePreposition(Span span) const;
  // The location entity named right after the preposition at token t ("in New York", "at a checkpoint in northern
  // Nigeria" from the second "in"; an article, a compass adjective and "the city of" passed over), or -1.
  int32_t PlaceAfter(uint32_t t, const Sentence& s) const { return EntityAfter(t, s, EntityType::kLocation); }
  // The entity of `type` named right after the preposition at token t (as PlaceAfter), or -1; `end` gets the end
  // of its mention.
  int32_t EntityAfter(uint32_t t, const Sentence& s, EntityType type, uint32_t* end = nullptr) const;
  // The location entity of a mention that starts at token t, or -1.
  int32_t LocationAt(uint32_t t) const;
  // The place a "where" at token w refers to: a location named right before it, or before a comma and a time
  // between ("Odesa on Sunday, where"), or -1.
  int32_t PlaceBeforeWhere(uint32_t w, const Sentence& s) const;
  // Whether a place name ending at byte `end` ends its noun phrase (so that the place is its head: "attacked Odesa
  // on Tuesday", "Beirut's southern suburbs", not "the Vermont senator", "Beirut shares").
  bool EndsObject(uint32_t end, const Sentence& s) const;
  // What "the city" ("the town", "the capital"; "the region", "the province") at token t of `s` stands for when
  // the entity stage linked it to nothing: the place of that kind (a populated place; a division) named last before
  // it in the sentence or the two before; -1 for "the city of ..." and when none.
  int32_t PlaceNamedBefore(uint32_t t, const Sentence& s) const;
  // What "there" at token t of `s` stands for: the location named last before it after a place preposition or "to"
  // ("in Goma", "to the island of Lesbos"), in the sentence or the one before; -1 when none.
  int32_t PlaceThere(uint32_t t, const Sentence& s) const;
  // Where the event at `e` happened, as the text says it: a location after a place preposition in the trigger's
  // clause ("met in New York", "marched through Nairobi", "moved into Novi Sad"; "on" too for attacks: "an attack on
  // Odesa"; "to" for verbs of going or sending: "will travel to Paris"), up to the
  // next verbal trigger, clause opener (not "and": a verb after it is a trigger) or comma, within 12 words, unless
  // the phrase belongs to another event noun for a state of affairs ("to discuss the crisis in Haiti"); else one in
  // the subject before the trigger ("Protesters in Belgrade have been blocking"). `cameo` is the record's code.
  int32_t PlaceOf(const ReadEvent& e, std::string_view cameo) const;
};

// The article's dateline place ("LONDON —", lang/dateline.h), and where it may stand for an event's place: an event
// of the story's lead (the dateline's sentence and the next three) that happened or goes on, not dated more than a
// month before the article, whose text places it nowhere, in a sentence that names no other place (but the
// dateline place's own country or region) and no participant of another country. Planned, hypothetical and negated
// events happen nowhere yet; an event the text places elsewhere, one of another country reported from the
// dateline's city, and background further down are not the dateline's.
struct Dateline {
  static constexpr uint32_t kLeadSentences = 4;  // the dateline's sentence and the next three: the story's lead
  int32_t entity = -1;
  uint32_t lead_end = 0;           // the first sentence after the lead
  std::vector<uint8_t> elsewhere;  // per sentence: names a place or an actor of another country

  Dateline(const PlaceReader& b, const std::vector<Event>& records);
  // `date`: the document date.
  bool Places(const Event& rec, const std::optional<Date>& date) const;
};

}  // namespace newsgraph::events
