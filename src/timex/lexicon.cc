#include "timex/lexicon.h"

#include <algorithm>
#include <charconv>
#include <memory>

#include "util/data_file.h"
#include "util/split.h"

namespace newsgraph::timex {
namespace {

int ToInt(std::string_view s) {
  int value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

Unit UnitFromCode(std::string_view code) {
  static const std::pair<std::string_view, Unit> kCodes[] = {
      {"S", Unit::kSecond},     {"MIN", Unit::kMinute}, {"H", Unit::kHour},       {"D", Unit::kDay},
      {"WE", Unit::kWeekend},   {"W", Unit::kWeek},     {"FN", Unit::kFortnight}, {"M", Unit::kMonth},
      {"Q", Unit::kQuarter},    {"Y", Unit::kYear},     {"DE", Unit::kDecade},    {"CE", Unit::kCentury},
      {"ML", Unit::kMillennium}};
  for (const auto& [name, unit] : kCodes)
    if (name == code) return unit;
  return Unit::kNone;
}

Keyword KeywordFromName(std::string_view name) {
  // clang-format off
  static const std::pair<std::string_view, Keyword> kNames[] = {
      {"THE", Keyword::kThe},       {"A", Keyword::kA},
      {"OF", Keyword::kOf},         {"AND", Keyword::kAnd},
      {"OR", Keyword::kOr},         {"TO", Keyword::kTo},
      {"AGO", Keyword::kAgo},       {"EARLIER", Keyword::kEarlier},
      {"LATER", Keyword::kLater},   {"FROM", Keyword::kFrom},
      {"NOW", Keyword::kNow},       {"THAT", Keyword::kThat},
      {"SAME", Keyword::kSame},     {"COMPARABLE", Keyword::kComparable}, {"FISCAL", Keyword::kFiscal},
      {"HALF", Keyword::kHalf},     {"YEAR_AGO", Keyword::kYearAgo},
      {"POSSESSIVE", Keyword::kPossessive}, {"S", Keyword::kApostropheS},
      {"OCLOCK", Keyword::kOclock}, {"AT", Keyword::kAt},
      {"IN", Keyword::kIn},         {"ON", Keyword::kOn},
      {"SO", Keyword::kSo},         {"TIMES", Keyword::kTimes},
      {"ONCE", Keyword::kOnce},     {"TWICE", Keyword::kTwice},
      {"PER", Keyword::kPer},       {"OTHER", Keyword::kOther},
      {"THAN", Keyword::kThan},     {"UP", Keyword::kUp},
      {"NO", Keyword::kNo},         {"LOCAL", Keyword::kLocal},
      {"TIME", Keyword::kTime},     {"LATEST", Keyword::kLatest},
      {"RECENT", Keyword::kRecent}, {"FOR", Keyword::kFor},
      {"WITHIN", Keyword::kWithin}, {"PERIOD", Keyword::kPeriod},
      {"ADDITIONAL", Keyword::kAdditional}, {"FULL", Keyword::kFull},
      {"THESE", Keyword::kThese},   {"SINCE", Keyword::kSince},
      {"DURING", Keyword::kDuring}, {"BY", Keyword::kBy},
      {"COUNTED", Keyword::kCounted}, {"WHILE", Keyword::kWhile}};
  // clang-format on
  for (const auto& [n, keyword] : kNames)
    if (n == name) return keyword;
  return Keyword::kNone;
}

template <size_t N>
void CopyCode(std::string_view code, char (&out)[N]) {
  const size_t n = std::min(code.size(), N - 1);
  std::copy_n(code.data(), n, out);
  out[n] = '\0';
}

}  // namespace

const WordInfo* Lexicon::FoldAndFind(std::string_view word, char* folded, size_t* folded_size) const {
  *folded_size = 0;
  if (word.size() > kMaxWordBytes) return nullptr;
  size_t n = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<unsigned char>(c + ('a' - 'A'));
    } else if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(word[i + 2]) == 0x99 || static_cast<unsigned char>(word[i + 2]) == 0x98)) {
      c = '\'';  // U+2019 / U+2018
      i += 2;
    }
    folded[n++] = static_cast<char>(c);
  }
  *folded_size = n;
  return words_.Find(std::string_view(folded, n));
}

const Lexicon& Lexicon::Get() {
  static const Lexicon lexicon;
  return lexicon;
}

Lexicon::Lexicon() {
  AddWords(util::DataFile::Get("data/timex/words.txt"));
  AddPhrases(util::DataFile::Get("data/timex/phrases.txt"));
  AddTenseCues(lang::Lexicon::Get().tense_cues());
  // The phrases starting with a word, for its record (the lists no longer move).
  phrases_by_first_word_.ForEach(
      [&](std::string_view word, const std::vector<const Phrase*>& list) { Entry(word).phrases = &list; });
}

WordInfo& Lexicon::Entry(std::string_view word) { return words_.Insert(word); }

void Lexicon::AddWords(const util::DataFile& data) {
  util::ForEachDataLine(data, [&](std::string_view line) {
    const std::vector<std::string_view> fields = util::SplitWords(line);
    if (fields.size() < 3) return;
    const std::string_view klass = fields[0], value = fields[1];
    for (size_t i = 2; i < fields.size(); ++i) {
      WordInfo& w = Entry(fields[i]);
      w.in_grammar = true;
      if (klass != "keyword") w.can_start = true;
      if (klass == "month")
        w.month = static_cast<int8_t>(ToInt(value));
      else if (klass == "weekday")
        w.weekday = static_cast<int8_t>(ToInt(value));
      else if (klass == "weekdays")
        w.weekday_plural = static_cast<int8_t>(ToInt(value));
      else if (klass == "number")
        w.number = ToInt(value);
      else if (klass == "ordinal")
        w.ordinal = static_cast<int8_t>(ToInt(value));
      else if (klass == "season")
        w.season = value == "WI" ? 1 : value == "SP" ? 2 : value == "SU" ? 3 : 4;
      else if (klass == "unit" || klass == "units") {
        w.unit = UnitFromCode(value);
        w.unit_plural = klass == "units";
      } else if (klass == "partofday" || klass == "partsofday") {
        CopyCode(value, w.part_of_day);
        w.part_of_day_plural = klass == "partsofday";
      } else if (klass == "decadeword")
        w.decade_word = static_cast<int8_t>(ToInt(value));
      else if (klass == "ratenoun") {
        w.rate_noun = true;
        w.in_grammar = false;
      } else if (klass == "clock")
        w.clock_minutes = static_cast<int16_t>(ToInt(value) * 60 + ToInt(value.substr(3)));
      else if (klass == "dayword") {
        w.is_dayword = true;
        w.day_offset = static_cast<int8_t>(ToInt(value));
        w.is_tonight = fields[i] == "tonight";
      } else if (klass == "relative") {
        w.relative = value == "LAST"       ? Relative::kLast
                     : value == "NEXT"     ? Relative::kNext
                     : value == "THIS"     ? Relative::kThis
                     : value == "PREVIOUS" ? Relative::kPrevious
                                           : Relative::kFollowing;
      } else if (klass == "position")
        CopyCode(value, w.position);
      else if (klass == "vague")
        w.vague = true;
      else if (klass == "every")
        CopyCode(value, w.every);
      else if (klass == "zone") {
        w.is_zone = true;
        CopyCode(value, w.zone_offset);
      }
      else if (klass == "meridiem")
        w.meridiem = value == "AM" ? 1 : 2;
      else if (klass == "keyword") {
        w.keyword = KeywordFromName(value);
        static constexpr Keyword kStarters[] = {
            Keyword::kThe,     Keyword::kA,      Keyword::kThat,    Keyword::kPossessive, Keyword::kFiscal,
            Keyword::kYearAgo, Keyword::kIn,     Keyword::kOnce,    Keyword::kTwice,      Keyword::kNow,
            Keyword::kHalf,    Keyword::kRecent, Keyword::kEarlier, Keyword::kLater};
        for (Keyword k : kStarters)
          if (k == w.keyword) w.can_start = true;
      }
    }
  });
}

void Lexicon::AddPhrases(const util::DataFile& data) {
  util::ForEachDataLine(data, [&](std::string_view line) {
    const size_t colon = line.find(" : ");
    if (colon == std::string_view::npos) return;
    const std::vector<std::string_view> fields = util::SplitWords(line.substr(0, colon));
    if (fields.empty()) return;
    std::string_view rest = line.substr(colon + 3);
    while (!rest.empty()) {
      const size_t bar = rest.find('|');
      const std::string_view text = rest.substr(0, bar);
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      std::vector<std::string_view> words = util::SplitWords(text);
      if (words.empty()) continue;
      auto phrase = std::make_unique<Phrase>();
      for (std::string_view w : words) phrase->words.emplace_back(w);
      const std::string_view kind = fields[0];
      phrase->kind = kind == "ref"       ? PhraseKind::kRef
                     : kind == "set"     ? PhraseKind::kSet
                     : kind == "holiday" ? PhraseKind::kHoliday
                                         : PhraseKind::kMod;
      if (phrase->kind == PhraseKind::kRef && fields.size() >= 3) {
        phrase->type = fields[1];
        phrase->value = fields[2];
      } else if (fields.size() >= 2) {
        phrase->value = fields[1];
        if (fields.size() >= 3) phrase->quant = fields[2];
      }
      Entry(words[0]).in_grammar = true;
      Entry(words[0]).can_start = true;
      AddPhrase(std::move(phrase));
    }
  });
  SortPhrases();
}

// The clause reader's tense cues are words the grammar knows: "5 said" is not "5" before an unknown word.
void Lexicon::AddTenseCues(const std::vector<lang::TenseCue>& cues) {
  for (const lang::TenseCue& cue : cues) {
    if (cue.words.size() == 1) {
      Entry(cue.words[0]);
      continue;
    }
    auto phrase = std::make_unique<Phrase>();
    phrase->words = cue.words;
    phrase->kind = PhraseKind::kTense;
    AddPhrase(std::move(phrase));
  }
  SortPhrases();
}

void Lexicon::AddPhrase(std::unique_ptr<Phrase> phrase) {
  Entry(phrase->words[0]).starts_phrase = true;
  phrases_by_first_word_.Insert(phrase->words[0]).push_back(phrase.get());
  phrases_.push_back(std::move(phrase));
}

void Lexicon::SortPhrases() {
  phrases_by_first_word_.ForEach([](std::string_view, std::vector<const Phrase*>& list) {
    std::stable_sort(list.begin(), list.end(),
                     [](const Phrase* a, const Phrase* b) { return a->words.size() > b->words.size(); });
  });
}

const WordInfo* Lexicon::Find(std::string_view word) const { return words_.Find(word); }

}  // namespace newsgraph::timex
