// The words and fixed phrases of time expressions, compiled from data/timex/*.txt into the library and loaded once.
//
//   const timex::Lexicon& lexicon = timex::Lexicon::Get();
//   const timex::WordInfo* info = lexicon.Find("sept.");  // info->month == 9
//
// Thread safety: the lexicon is built on first use (thread-safe static) and immutable afterwards. It knows the clause
// reader's tense cues (lang/lexicon.h) as words of the grammar.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/lexicon.h"
#include "util/data_file.h"
#include "util/word_table.h"

namespace newsgraph::timex {

// Calendar units, from the smallest. kWeekend and kFortnight are units of amounts only ("two weekends").
enum class Unit : uint8_t {
  kNone,
  kSecond,
  kMinute,
  kHour,
  kDay,
  kWeekend,
  kWeek,
  kFortnight,
  kMonth,
  kQuarter,
  kHalf,
  kSeason,
  kYear,
  kDecade,
  kCentury,
  kMillennium,
};

enum class Relative : uint8_t { kNone, kLast, kNext, kThis, kPrevious, kFollowing };

// Grammar words the recognizer asks for by name.
enum class Keyword : uint8_t {
  kNone,
  kThe,
  kA,
  kOf,
  kAnd,
  kOr,
  kTo,
  kAgo,
  kEarlier,
  kLater,
  kFrom,
  kNow,
  kThat,
  kSame,
  kComparable,  // "the comparable quarter", "the corresponding period"
  kFiscal,
  kHalf,
  kYearAgo,
  kPossessive,
  kApostropheS,
  kOclock,
  kAt,
  kIn,
  kOn,
  kSo,
  kTimes,
  kOnce,
  kTwice,
  kPer,
  kOther,
  kThan,
  kUp,
  kNo,
  kLocal,
  kTime,
  kLatest,
  kRecent,
  kFor,
  kWithin,
  kPeriod,
  kAdditional,
  kFull,
  kThese,
  kSince,
  kDuring,
  kBy,
  kCounted,  // "trading" in "eight trading days"
  kWhile,    // "for a while"
};

using lang::Tense;

struct Phrase;

// Everything the lexicon knows about one lower-case word. A zero / kNone field means "not in that class".
struct WordInfo {
  int32_t number = -1;  // cardinal ("twelve", "dozen" -> 12)
  int8_t month = 0;     // 1..12
  int8_t weekday = 0;   // 1 = Monday .. 7 = Sunday
  int8_t weekday_plural = 0;
  int8_t ordinal = 0;
  int8_t season = 0;      // 1 WI, 2 SP, 3 SU, 4 FA (calendar order within a season year)
  int8_t day_offset = 0;  // with is_dayword: today 0, yesterday -1, tomorrow 1
  bool is_dayword = false;
  bool is_tonight = false;
  bool vague = false;    // "several", "few"
  bool is_zone = false;     // "GMT"
  char zone_offset[7] = {};  // "Z", "+01:00", "-05:00", or "US-5" (US Eastern: -05:00, -04:00 in summer)
  int8_t meridiem = 0;   // 1 a.m., 2 p.m.
  Unit unit = Unit::kNone;
  bool unit_plural = false;
  char part_of_day[3] = {};         // "MO", "AF", "EV", "NI", "DT"
  bool part_of_day_plural = false;  // "nights": a recurrence
  int8_t decade_word = 0;           // "eighties" -> 8
  bool rate_noun = false;           // "sales" in "annual sales"
  int16_t clock_minutes = -1;       // "noon" -> 720, "midnight" -> 1440
  Relative relative = Relative::kNone;
  char position[6] = {};  // "START", "MID", "END"
  char every[6] = {};     // "EVERY", "EACH"
  Keyword keyword = Keyword::kNone;
  bool starts_phrase = false;
  const std::vector<const Phrase*>* phrases = nullptr;  // those starting with this word, longest first
  bool in_grammar = false;  // in some class other than tense cues: may continue a time expression
  bool can_start = false;   // may start one (grammar words such as "of" cannot)
};

// kTense: a tense cue of the clause reader (lang/clause.h), listed so that its words are known words of the grammar.
enum class PhraseKind : uint8_t { kRef, kSet, kHoliday, kMod, kTense };

struct Phrase {
  std::vector<std::string> words;
  PhraseKind kind = PhraseKind::kRef;
  std::string type;               // kRef: "DATE"
  std::string value;              // kRef/kSet: TimeML value; kHoliday: "12-25" or "EASTER-2"; kMod: the TimeML mod
  std::string quant;              // kSet
};

class Lexicon {
 public:
  // Built from embedded tables, the same for every pipeline and changed by no option: one instance for the process,
  // built on first use like a static table; a Pipeline holds a reference to it (core/resources.h).
  static const Lexicon& Get();

  // Words longer than this are in no class.
  static constexpr size_t kMaxWordBytes = 24;

  // `word` in lower case, curly apostrophes folded. Returns nullptr for words outside the lexicon.
  const WordInfo* Find(std::string_view word) const;
  // Folds `word` as written (ASCII lower case, U+2018/U+2019 to "'") into `folded`, which must have room for
  // kMaxWordBytes bytes, sets *folded_size, and looks it up: the hot path of the recognizer, without
  // allocation. Words longer than kMaxWordBytes are not folded (*folded_size = 0) and not found.
  const WordInfo* FoldAndFind(std::string_view word, char* folded, size_t* folded_size) const;

 private:
  Lexicon();
  void AddWords(const util::DataFile& data);
  void AddPhrases(const util::DataFile& data);
  void AddTenseCues(const std::vector<lang::TenseCue>& cues);
  void AddPhrase(std::unique_ptr<Phrase> phrase);
  void SortPhrases();
  WordInfo& Entry(std::string_view word);

  util::WordTable<WordInfo> words_;
  std::vector<std::unique_ptr<Phrase>> phrases_;
  util::WordTable<std::vector<const Phrase*>> phrases_by_first_word_;
};

}  // namespace newsgraph::timex
