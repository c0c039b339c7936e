// Finding time expressions in a sentence: the tokens are turned into pieces (hyphenated words split, numbers
// classified by shape, words looked up in the lexicon), and a small grammar over pieces returns, at each position,
// the longest expression with what it says (a Spec), before any calendar arithmetic.
//
//   "the last three or four months"  ->  DURATION, amount 3..4 months, anchored on the reference date
//   "May 19"                         ->  DATE, named month-day, placed by the clause's tense
//
// Thread safety: pure functions over immutable lexicon data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "timex/calendar.h"
#include "timex/lexicon.h"

namespace newsgraph::timex {

// The shape of a token (or a part of a hyphenated word).
enum class Shape : uint8_t {
  kWord,
  kInteger,         // "19", "1989"; `number`, `digits`
  kGroupedInteger,  // "1,000": a count, never a year or a day
  kDecimal,         // "2.5": `number` = 25, `scale` = 10
  kClock,           // "10:30", "5pm", "5:30 p.m." style: `a` hour, `b` minute, `c` meridiem (0 none, 1 am, 2 pm)
  kOrdinalNumber,   // "30th": `a`
  kDecade,          // "1980s": `a` = 1980; "80s": `a` = 80 with `digits` 2
  kIsoDate,         // "2025-04-22": `a` `b` `c`
  kSlashDate,       // "4/22/2025": `a` `b` `c` as written
  kFraction,        // "1/2": `a` / `b`
  kQuarterCode,     // "Q3": `a`
  kHalfCode,        // "H1": `a`
  kFiscalYear,      // "FY2025", "FY25": `a` = 2025
  kPunct,
  kSymbol,
  kQuote,
};

struct Piece {
  std::string_view lower;  // folded lower case (empty for words longer than Lexicon::kMaxWordBytes)
  const WordInfo* info = nullptr;
  int64_t number = -1;
  int16_t a = 0, b = 0, c = 0;
  int16_t scale = 1;
  uint32_t start = 0, end = 0;  // bytes in the document
  uint32_t token = 0;           // index into Analysis::tokens
  Shape shape = Shape::kWord;
  uint8_t digits = 0;
  bool capitalized = false;  // the first letter is a capital
  bool has_upper = false;    // some letter is a capital ("EST", not "est")
  bool joined = false;       // hyphen-joined to the previous piece (one token)
};

// Builds the pieces of tokens [begin, end) of `analysis`. `arena` holds the lower-case texts and must outlive the
// pieces (it is reserved up front so that views stay valid).
void BuildPieces(std::string_view text, const Analysis& analysis, uint32_t begin, uint32_t end,
                 const Lexicon& lexicon, std::string* arena, std::vector<Piece>* pieces);

// What an expression says, before it is placed on the calendar.
struct Spec {
  enum class Kind : uint8_t {
    kLiteral,   // `literal` is the value: PRESENT_REF, P3M, XXXX-WXX-2 ...
    kAbsolute,  // `period` is written in full: "May 19, 2025", "the 1990s", "the third quarter of 1990"
    kNamed,     // `named` without a year ("May 19", "Thursday", "February"), placed by `placement` or the tense
    kOffset,    // `offset` `unit`s from the reference day ("yesterday", "next month", "two years ago")
  };
  TimexType type = TimexType::kDate;
  Kind kind = Kind::kLiteral;
  std::string literal;
  Period period;
  NamedPeriod named;
  std::optional<Placement> placement;  // kNamed: nullopt = by the clause's tense
  Unit unit = Unit::kNone;             // kOffset
  int offset = 0;
  Granularity granularity = Granularity::kDay;  // kOffset: of the value
  bool from_previous = false;                   // kNamed/kOffset: the reference is the last date mentioned
  bool previous_if_recent = false;  // "a year ago": from the period under discussion (a quarter, a month) when
                                    // one was named in this sentence or the one before
  bool keep_granularity = false;    // "a year earlier" than a quarter is a quarter
  bool discussed = false;           // "the quarter": the one just named, if any, else `offset` from the reference
  int absolute_year = 0;            // "the 1988 quarter": the period under discussion, in that year
  bool year_to_date = false;        // "the nine months", "the first six months": results of the year so far
  bool anchored = false;            // kLiteral: a duration or reference relative to the document date
  int clock_minutes = -1;           // TIME: minutes after midnight (1440 = midnight at the end of the day)
  char part_of_day[3] = {};         // TIME: "MO", "AF", "EV", "NI", "DT"
  const char* zone = nullptr;       // TIME: the zone's offset code (WordInfo::zone_offset), when one is written
  std::string mod, quant, freq;
};

struct Match {
  uint32_t begin = 0, end = 0;  // piece range
  Spec spec;
};

// The longest expression starting at piece `i` of one sentence's pieces, if any.
std::optional<Match> MatchAt(const std::vector<Piece>& pieces, uint32_t i);

}  // namespace newsgraph::timex
