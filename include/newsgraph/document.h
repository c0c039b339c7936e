// The data model: a Document goes in, an Analysis comes out.
//
// Every finding carries a Span: [start, end) UTF-8 byte offsets into Document::text exactly as given (also when
// invalid bytes were repaired), so that `text.substr(start, end - start)` is the finding and a user can highlight it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - start; }
  bool empty() const { return start == end; }
  bool Contains(const Span& other) const { return start <= other.start && other.end <= end; }
  bool Overlaps(const Span& other) const { return start < other.end && other.start < end; }
  std::string_view In(std::string_view text) const { return text.substr(start, end - start); }
  friend bool operator==(const Span&, const Span&) = default;
};

// A calendar date (proleptic Gregorian).
struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // Accepts "YYYY-MM-DD" or a full ISO 8601 timestamp ("2025-04-22T10:30:00Z", "...+01:00"); the calendar date as
  // written is kept (no time-zone shift). Rejects impossible dates such as 2025-02-30.
  static StatusOr<Date> Parse(std::string_view text);
  static bool IsValid(int year, int month, int day);
  static int DaysInMonth(int year, int month);

  // Days since 1970-01-01, and back.
  int64_t ToDays() const;
  static Date FromDays(int64_t days);
  Date AddDays(int64_t days) const { return FromDays(ToDays() + days); }
  // 1 = Monday ... 7 = Sunday (ISO 8601).
  int Weekday() const;
  // ISO 8601 week-numbering year and week (1..53).
  void IsoWeek(int* iso_year, int* week) const;

  std::string ToString() const;  // "YYYY-MM-DD"
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// What a web page says about itself, for a Document whose text was extracted from HTML (newsgraph/batch.h reads
// pages, JSON lines with an "html" field and WARC archives). Strings are empty when the page does not say.
struct WebSource {
  std::string url;            // the address the page was fetched from, as given with it (JSONL "url", WARC-Target-URI)
  std::string title;          // the headline
  std::string published;      // publication date, with its time and offset when given (ISO 8601), "" if none found
  std::vector<std::string> authors;
  std::string site;           // the publication's name
  std::string language;       // ISO 639-1 code of the article text (CLD2's reading)
  std::string canonical_url;  // <link rel="canonical"> or og:url
  std::string section;
  // One per paragraph of the extracted text: its span in Document::text, and the bytes of the HTML element it came
  // from in the page as given (not in a decompressed or converted copy).
  struct Block {
    Span text;
    Span html;
  };
  std::vector<Block> blocks;
};

// One article. Only `text` is required.
struct Document {
  std::string id;
  std::string text;
  std::optional<Date> date;  // publication date: resolves "Thursday", "next month"
  std::string title;
  std::string url;
  std::optional<WebSource> source;  // set when `text` was extracted from a web page
};

enum class TokenKind : uint8_t {
  kWord,         // letters, possibly with digits, inner hyphens, apostrophes or abbreviation dots
  kNumber,       // 3.5, 1,000, 10:30, 2025
  kPunctuation,  // . , ; : ! ? ... ( ) [ ] and dashes
  kQuote,        // " ' “ ” ‘ ’ « » and friends, when not an apostrophe inside a word
  kSymbol,       // $ £ € % & # + = and other symbols, emoji
  kUrl,
  kEmail,
};
const char* TokenKindName(TokenKind kind);

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;  // whitespace separates this token from the previous one
};

struct Sentence {
  Span span;
  uint32_t token_begin = 0;  // index range into Analysis::tokens
  uint32_t token_end = 0;
  uint32_t paragraph = 0;    // index into Analysis::paragraphs
};

struct Paragraph {
  Span span;
  uint32_t sentence_begin = 0;  // index range into Analysis::sentences
  uint32_t sentence_end = 0;
};

enum class EntityType : uint8_t { kPerson, kOrganization, kLocation, kMisc };
const char* EntityTypeName(EntityType type);  // "PERSON", "ORGANIZATION", "LOCATION", "MISC"

// A name found by the tagger.
struct Mention {
  Span span;
  EntityType type = EntityType::kMisc;
  float confidence = 0;
  int32_t entity = -1;  // index into Analysis::entities once resolved
};

enum class TimexType : uint8_t { kDate, kTime, kDuration, kSet };
const char* TimexTypeName(TimexType type);  // "DATE", "TIME", "DURATION", "SET"

// A TimeML TIMEX3 time expression.
struct Timex {
  Span span;
  TimexType type = TimexType::kDate;
  std::string value;   // ISO 8601 / TimeML value: 2025-04-24, 2025-W17, P3M, PRESENT_REF, XXXX-05-19 ...
  std::string anchor;  // "document-date", "previous-timex" or "absolute"
  std::string mod;     // TimeML mod (BEFORE, AFTER, APPROX, START, ...) or empty
  std::string freq;    // for SET: "1X" ...
  std::string quant;   // for SET: "EVERY", "EACH" ...
};

enum class QuoteKind : uint8_t { kDirect, kFragment, kIndirect };
const char* QuoteKindName(QuoteKind kind);  // "direct", "fragment", "indirect"

struct Quote {
  Span span;  // the quoted words, inside the quotation marks
  QuoteKind kind = QuoteKind::kDirect;
  std::optional<Span> speaker;  // the mention naming who said it; nullopt when the text names nobody
  std::optional<Span> cue;      // "said", "according to", ...
  int32_t speaker_entity = -1;  // index into Analysis::entities
  // For a pronoun speaker ("he said"), the name mention it was resolved to; nullopt otherwise.
  std::optional<Span> speaker_antecedent;
};

// A role a person holds, as the text gives it: {"title": "Prime Minister", "of": "United Kingdom"}.
struct Role {
  std::string title;
  std::string of;             // a country or organisation name, or empty
  int32_t of_entity = -1;     // index into Analysis::entities
  bool from_knowledge = false;  // given by the office-holder list (data/entities/office_holders.tsv), not the text
};

enum class EntityMentionKind : uint8_t {
  kName,     // "Sir Keir Starmer", "Starmer", "the EU"
  kTitle,    // "the Prime Minister"
  kNominal,  // "the bloc"
  kPronoun,  // "he", as the speaker of a quotation
};
const char* EntityMentionKindName(EntityMentionKind kind);  // "name", "title", "nominal", "pronoun"

struct EntityMention {
  Span span;
  EntityMentionKind kind = EntityMentionKind::kName;
  bool from_knowledge = false;  // linked through the office-holder list, not the text alone
};

// One real person, organisation or place, with all its mentions in the document.
struct Entity {
  EntityType type = EntityType::kMisc;
  std::string name;                     // canonical name, without honorifics
  std::vector<EntityMention> mentions;  // names, titles, nominals, pronouns that refer to it, in text order
  double salience = 0;
  std::vector<Role> roles;
  std::string country;             // ISO 3166-1 alpha-2 for places and country-linked entities
  std::optional<double> latitude;  // for places found in the gazetteer
  std::optional<double> longitude;
  std::string feature;             // gazetteer feature kind: "country", "city", ...
  // A place's GeoNames reading (src/lang/gazetteer.h), when it has one: its GeoNames id (0 for the few areas and
  // counties newsgraph adds), feature class ("P", "A", "L") and code ("PPLA", "ADM1", "PCLI"), and the name of the
  // first-level region it lies in ("Illinois"; its own name for a first-level region).
  uint32_t geonames_id = 0;
  std::string feature_class;
  std::string feature_code;
  std::string admin1;
  std::string metonym_for;         // "Downing Street" -> "office of the UK Prime Minister"
};

// Something that happened, is happening or is planned, with every mention of it in the document.
enum class EventStatus : uint8_t { kHappened, kPlanned, kOngoing, kNegated, kHypothetical };
const char* EventStatusName(EventStatus status);  // "happened", "planned", "ongoing", "negated", "hypothetical"

enum class EventRole : uint8_t { kSource, kTarget, kParticipant };
const char* EventRoleName(EventRole role);  // "source", "target", "participant"

struct EventMention {
  Span span;              // the trigger ("meeting", "summit", "imposed"; a phrasal verb's particle included)
  uint32_t sentence = 0;  // index into Analysis::sentences
};

struct EventParticipant {
  int32_t entity = -1;  // index into Analysis::entities
  EventRole role = EventRole::kParticipant;
  Span span;            // the words that name the participant at this event (a pronoun, a title, a name); for a
                        // pronoun whose antecedent is no entity, the antecedent's words ("the ministry said it")
  // CAMEO actor code of a coded event's participant: country or organisation + agent ("GBRGOV", "USA", "IGOUNO",
  // "---REB" for rebels of no known country), from the words at the event or the entity's name and roles;
  // empty when unknown or the event has no CAMEO code.
  std::string actor;
};

struct EventDate {
  std::string value;          // TimeML value: "2025-04-24", "2025-W17", "2025-05" ...
  int32_t timex = -1;         // index into Analysis::timexes, or -1 (the document date)
  bool on_or_before = false;  // only an upper bound: the event happened on or before `value`
  // An interval's end, or empty: an ongoing event ("since 2019", "in recent months ... have been locked in talks")
  // runs from `value` until the document date (PRESENT_REF without one).
  std::string until;
};

struct Event {
  std::string type;            // PLOVER event type ("CONSULT", "SANCTION" ...), or empty
  std::string cameo;           // the most specific CAMEO event code, or empty
  int quad_class = 0;          // CAMEO QuadClass 1-4 of `cameo` (0: not coded)
  std::optional<double> goldstein;  // Goldstein score of `cameo`
  EventStatus status = EventStatus::kHappened;
  int32_t reported_by = -1;    // index into Analysis::quotes of the quotation that says it, or -1
  std::vector<EventMention> mentions;          // in text order; at least one
  std::vector<EventParticipant> participants;  // each entity once, its first mention at this event
  std::optional<EventDate> date;
  int32_t place = -1;          // index into Analysis::entities
  float confidence = 0;        // the detector's confidence in the likeliest mention
};

// Everything newsgraph found in one Document.
struct Analysis {
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<Timex> timexes;
  std::vector<Event> events;
  uint32_t repaired_bytes = 0;  // invalid UTF-8 bytes replaced by U+FFFD (only with repair on)
};

}  // namespace newsgraph
