// The grammar is a set of small rules, each reading pieces from a position and returning the expression it found;
// MatchAt keeps the longest. Rules share a few sub-parsers (amounts, units, years, month-days), and two wrappers add
// what can precede any expression: a bound ("about", "more than") and a position ("early", "the end of").
#include "timex/recognizer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace newsgraph::timex {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!IsDigit(c)) return false;
  return true;
}

int64_t DigitsValue(std::string_view s) {
  int64_t v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// "1,000", "12,500,000"
bool IsGroupedInteger(std::string_view s) {
  const size_t comma = s.find(',');
  if (comma == std::string_view::npos || comma == 0 || comma > 3) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool comma_slot = i >= comma && (i - comma) % 4 == 0;
    if (comma_slot ? s[i] != ',' : !IsDigit(s[i])) return false;
  }
  return (s.size() - comma) % 4 == 0;
}

// Splits "a<sep>b<sep>c" into digit fields; false when any field is not all digits.
bool DigitFields(std::string_view s, char sep, std::vector<std::string_view>* fields) {
  fields->clear();
  size_t pos = 0;
  while (true) {
    const size_t next = s.find(sep, pos);
    const std::string_view f = s.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos);
    if (!AllDigits(f) || f.size() > 4) return false;
    fields->push_back(f);
    if (next == std::string_view::npos) return true;
    pos = next + 1;
  }
}

// Shapes of number-like text: "10:30", "5pm", "30th", "1980s", "Q3", "FY2025", "2025-04-22", "4/22/2025", "1/2".
void ClassifyShape(Piece* piece) {
  const std::string_view s = piece->lower;
  std::vector<std::string_view> fields;
  if (AllDigits(s)) {
    if (s.size() <= 9) {
      piece->shape = Shape::kInteger;
      piece->number = DigitsValue(s);
      piece->digits = static_cast<uint8_t>(s.size());
    }
    return;
  }
  if (IsGroupedInteger(s)) {
    piece->shape = Shape::kGroupedInteger;
    int64_t v = 0;
    for (char c : s)
      if (c != ',') v = v * 10 + (c - '0');
    piece->number = v;
    return;
  }
  if (s.size() <= 12 && DigitFields(s, '.', &fields) && fields.size() == 2) {
    piece->shape = Shape::kDecimal;
    piece->number =
        DigitsValue(fields[0]) * static_cast<int64_t>(std::pow(10, fields[1].size())) + DigitsValue(fields[1]);
    piece->scale = static_cast<int16_t>(std::pow(10, fields[1].size()));
    return;
  }
  if (DigitFields(s, ':', &fields) && (fields.size() == 2 || fields.size() == 3) && fields[0].size() <= 2 &&
      fields[1].size() == 2) {
    const int64_t h = DigitsValue(fields[0]), m = DigitsValue(fields[1]);
    if (h <= 24 && m <= 59) {
      piece->shape = Shape::kClock;
      piece->a = static_cast<int16_t>(h);
      piece->b = static_cast<int16_t>(m);
    }
    return;
  }
  if (DigitFields(s, '-', &fields) && fields.size() == 3 && fields[0].size() == 4 && fields[1].size() == 2 &&
      fields[2].size() == 2) {
    const int y = static_cast<int>(DigitsValue(fields[0])), m = static_cast<int>(DigitsValue(fields[1])),
              d = static_cast<int>(DigitsValue(fields[2]));
    if (Date::IsValid(y, m, d)) {
      piece->shape = Shape::kIsoDate;
      piece->a = y, piece->b = m, piece->c = d;
    }
    return;
  }
  if (DigitFields(s, '/', &fields)) {
    if (fields.size() == 3 && fields[0].size() <= 2 && fields[1].size() <= 2 && fields[2].size() == 4) {
      piece->shape = Shape::kSlashDate;
      piece->a = static_cast<int16_t>(DigitsValue(fields[0]));
      piece->b = static_cast<int16_t>(DigitsValue(fields[1]));
      piece->c = static_cast<int16_t>(DigitsValue(fields[2]));
    } else if (fields.size() == 2 && fields[0].size() == 1 && fields[1].size() == 1 && fields[0] < fields[1]) {
      piece->shape = Shape::kFraction;
      piece->a = static_cast<int16_t>(DigitsValue(fields[0]));
      piece->b = static_cast<int16_t>(DigitsValue(fields[1]));
    }
    return;
  }
  // "'80s": the segmenter keeps the apostrophe of a two-digit decade.
  if (s.size() == 4 && s[0] == '\'' && IsDigit(s[1]) && s[2] == '0' && s[3] == 's') {
    piece->shape = Shape::kDecade;
    piece->a = (s[1] - '0') * 10;
    piece->digits = 2;
    return;
  }
  // Digits followed by letters.
  size_t digits = 0;
  while (digits < s.size() && (IsDigit(s[digits]) || s[digits] == ':')) ++digits;
  if (digits > 0 && digits <= 5) {
    const std::string_view number = s.substr(0, digits), suffix = s.substr(digits);
    if (suffix == "am" || suffix == "pm" || suffix == "a.m." || suffix == "p.m.") {
      const size_t colon = number.find(':');
      const std::string_view hours = number.substr(0, colon);
      const std::string_view minutes = colon == std::string_view::npos ? std::string_view() : number.substr(colon + 1);
      if (AllDigits(hours) && hours.size() <= 2 && (minutes.empty() || (AllDigits(minutes) && minutes.size() == 2))) {
        const int64_t h = DigitsValue(hours), m = minutes.empty() ? 0 : DigitsValue(minutes);
        if (h >= 1 && h <= 12 && m <= 59) {
          piece->shape = Shape::kClock;
          piece->a = static_cast<int16_t>(h), piece->b = static_cast<int16_t>(m), piece->c = suffix[0] == 'a' ? 1 : 2;
        }
      }
    } else if (AllDigits(number) && digits <= 3 &&
               (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")) {
      piece->shape = Shape::kOrdinalNumber;
      piece->a = static_cast<int16_t>(DigitsValue(number));
    } else if (AllDigits(number) && suffix == "s" && (digits == 4 || digits == 2) && number.back() == '0') {
      piece->shape = Shape::kDecade;
      piece->a = static_cast<int16_t>(DigitsValue(number));
      piece->digits = static_cast<uint8_t>(digits);
    }
    return;
  }
  if (s.size() == 2 && (s[0] == 'q' || s[0] == 'h') && IsDigit(s[1])) {
    const int v = s[1] - '0';
    if (s[0] == 'q' && v >= 1 && v <= 4) piece->shape = Shape::kQuarterCode, piece->a = v;
    if (s[0] == 'h' && v >= 1 && v <= 2) piece->shape = Shape::kHalfCode, piece->a = v;
    return;
  }
  if (s.size() >= 4 && s[0] == 'f' && s[1] == 'y' && AllDigits(s.substr(2)) && (s.size() == 4 || s.size() == 6)) {
    const int v = static_cast<int>(DigitsValue(s.substr(2)));
    piece->shape = Shape::kFiscalYear;
    piece->a = s.size() == 6 ? v : 2000 + v;
  }
}

}  // namespace

void BuildPieces(std::string_view text, const Analysis& analysis, uint32_t begin, uint32_t end,
                 const Lexicon& lexicon, std::string* arena, std::vector<Piece>* pieces) {
  pieces->clear();
  size_t bytes = 0;
  for (uint32_t t = begin; t < end; ++t) bytes += analysis.tokens[t].span.size();
  // Sized once: the pieces keep views into it, so it must not reallocate below.
  arena->resize(bytes + Lexicon::kMaxWordBytes);
  char* out = arena->data();

  auto add = [&](std::string_view part, uint32_t start, uint32_t token, Shape shape, bool joined) {
    Piece& piece = pieces->emplace_back();
    piece.start = start;
    piece.end = start + static_cast<uint32_t>(part.size());
    piece.token = token;
    piece.shape = shape;
    piece.joined = joined;
    piece.capitalized = !part.empty() && part[0] >= 'A' && part[0] <= 'Z';
    if (shape != Shape::kWord) {  // punctuation and symbols have no case: their text is their lower case
      piece.lower = part;
      return;
    }
    size_t folded = 0;
    piece.info = lexicon.FoldAndFind(part, out, &folded);
    piece.lower = std::string_view(out, folded);
    out += folded;
    bool digit = false;
    for (char c : part) {
      digit |= IsDigit(c);
      piece.has_upper |= c >= 'A' && c <= 'Z';
    }
    // Only text with a digit can be a number, a clock time or a date ("1989", "5pm", "'80s", "Q3").
    if (!piece.info && digit) ClassifyShape(&piece);
  };

  for (uint32_t t = begin; t < end; ++t) {
    const Token& token = analysis.tokens[t];
    const std::string_view s = token.span.In(text);
    switch (token.kind) {
      case TokenKind::kPunctuation: add(s, token.span.start, t, Shape::kPunct, false); continue;
      case TokenKind::kQuote: add(s, token.span.start, t, Shape::kQuote, false); continue;
      case TokenKind::kSymbol:
      case TokenKind::kUrl:
      case TokenKind::kEmail: add(s, token.span.start, t, Shape::kSymbol, false); continue;
      case TokenKind::kNumber:
      case TokenKind::kWord: break;
    }
    bool hyphen = false;
    if (token.kind == TokenKind::kWord && s.size() <= 40)
      for (char c : s) hyphen |= c == '-';
    if (!hyphen) {
      add(s, token.span.start, t, Shape::kWord, false);
      continue;
    }
    // A hyphenated word: whole when the lexicon knows it ("year-ago"), else by parts ("third-quarter").
    char folded[Lexicon::kMaxWordBytes];
    size_t folded_size = 0;
    if (lexicon.FoldAndFind(s, folded, &folded_size)) {
      add(s, token.span.start, t, Shape::kWord, false);
      continue;
    }
    size_t pos = 0;
    bool first = true;
    while (pos <= s.size()) {
      size_t next = s.find('-', pos);
      if (next == std::string_view::npos) next = s.size();
      if (next > pos) {
        add(s.substr(pos, next - pos), token.span.start + static_cast<uint32_t>(pos), t, Shape::kWord, !first);
        first = false;
      }
      pos = next + 1;
    }
  }
}

namespace {

constexpr std::string_view kFullMonthNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                                "july",    "august",   "september", "october", "november", "december"};

struct Amount {
  uint32_t end = 0;
  double value = 0;
  double max_value = 0;  // > value for a range ("three or four")
  bool vague = false;
  bool article = false;  // "a"/"an" as one
};

struct Clock {
  uint32_t end = 0;
  int minutes = 0;
};

void KeepLongest(std::optional<Match>* best, std::optional<Match> candidate) {
  if (candidate && (!*best || candidate->end > (*best)->end)) *best = std::move(candidate);
}

char UnitLetter(Unit unit) {
  switch (unit) {
    case Unit::kSecond: return 'S';
    case Unit::kMinute: return 'M';
    case Unit::kHour: return 'H';
    case Unit::kDay: return 'D';
    case Unit::kWeek: return 'W';
    case Unit::kMonth: return 'M';
    default: return 'Y';
  }
}

bool IsTimeUnit(Unit unit) { return unit == Unit::kSecond || unit == Unit::kMinute || unit == Unit::kHour; }

std::string FormatNumber(double v) {
  char buffer[32];
  if (v == std::floor(v)) {
    std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(v));
  } else {
    std::snprintf(buffer, sizeof buffer, "%.3f", v);
    std::string s = buffer;
    while (!s.empty() && s.back() == '0') s.pop_back();
    return s;
  }
  return buffer;
}

// ISO 8601 / TimeML duration: P3M, PT4H, P2Y6M (for 2.5 years), P20Y (two decades), PXY (several years), PXC
// (centuries).
std::string DurationValue(double amount, Unit unit, bool vague) {
  const bool time = IsTimeUnit(unit);
  std::string value = time ? "PT" : "P";
  if (vague) {
    if (unit == Unit::kWeekend) return "PXWE";
    // TimeML's letters for the units ISO 8601 lacks: Q quarter, E decade, C century, L millennium ("for centuries":
    // PXC).
    if (unit == Unit::kDecade) return "PXE";
    if (unit == Unit::kCentury) return "PXC";
    if (unit == Unit::kMillennium) return "PXL";
    if (unit == Unit::kQuarter) return "PXQ";
    return value + 'X' + UnitLetter(unit);
  }
  switch (unit) {  // units without an ISO 8601 letter become multiples of one that has
    case Unit::kFortnight: amount *= 2, unit = Unit::kWeek; break;
    case Unit::kQuarter: amount *= 3, unit = Unit::kMonth; break;
    case Unit::kDecade: amount *= 10, unit = Unit::kYear; break;
    case Unit::kCentury: amount *= 100, unit = Unit::kYear; break;
    case Unit::kMillennium: amount *= 1000, unit = Unit::kYear; break;
    case Unit::kWeekend: return value + FormatNumber(amount) + "WE";
    default: break;
  }
  const double whole = std::floor(amount), fraction = amount - whole;
  // A fraction goes to the next smaller unit when it comes out whole there (2.5 years = P2Y6M).
  struct Smaller {
    Unit unit;
    int per;
  };
  std::optional<Smaller> smaller;
  if (unit == Unit::kYear) smaller = Smaller{Unit::kMonth, 12};
  if (unit == Unit::kWeek) smaller = Smaller{Unit::kDay, 7};
  if (unit == Unit::kDay) smaller = Smaller{Unit::kHour, 24};
  if (unit == Unit::kHour) smaller = Smaller{Unit::kMinute, 60};
  if (unit == Unit::kMinute) smaller = Smaller{Unit::kSecond, 60};
  if (fraction > 0 && smaller) {
    const double rest = fraction * smaller->per;
    if (std::fabs(rest - std::round(rest)) < 1e-9) {
      std::string out = value;
      if (whole > 0) out += FormatNumber(whole) + UnitLetter(unit);
      if (unit == Unit::kDay) out += "T";
      out += FormatNumber(std::round(rest)) + UnitLetter(smaller->unit);
      return out;
    }
  }
  return value + FormatNumber(amount) + UnitLetter(unit);
}

class Grammar {
 public:
  explicit Grammar(const std::vector<Piece>& pieces) : p_(pieces), n_(static_cast<uint32_t>(pieces.size())) {}

  std::optional<Match> Longest(uint32_t i) const {
    std::optional<Match> best = Core(i);
    KeepLongest(&best, WithPosition(i));
    KeepLongest(&best, WithBound(i));
    return best;
  }

 private:
  const std::vector<Piece>& p_;
  const uint32_t n_;

  // ---- piece predicates --------------------------------------------------------------------------------------
  const WordInfo* Info(uint32_t i) const { return i < n_ ? p_[i].info : nullptr; }
  bool Is(uint32_t i, Keyword k) const {
    const WordInfo* w = Info(i);
    return w && w->keyword == k;
  }
  bool IsLower(uint32_t i, std::string_view word) const { return i < n_ && p_[i].lower == word; }
  bool IsPunct(uint32_t i, std::string_view punct) const {
    return i < n_ && p_[i].shape == Shape::kPunct && p_[i].lower == punct;
  }
  Relative Rel(uint32_t i) const {
    const WordInfo* w = Info(i);
    return w ? w->relative : Relative::kNone;
  }
  Unit UnitAt(uint32_t i) const {
    const WordInfo* w = Info(i);
    return w ? w->unit : Unit::kNone;
  }
  bool IsInteger(uint32_t i) const { return i < n_ && p_[i].shape == Shape::kInteger; }
  bool IsNumberish(uint32_t i) const {
    return i < n_ && (p_[i].shape == Shape::kInteger || p_[i].shape == Shape::kGroupedInteger ||
                      p_[i].shape == Shape::kDecimal || p_[i].shape == Shape::kFraction);
  }
  // A following word that is still part of the sentence's words (not punctuation or the end).
  bool WordFollows(uint32_t i) const { return i < n_ && p_[i].shape != Shape::kPunct && p_[i].shape != Shape::kQuote; }

  // ---- amounts -----------------------------------------------------------------------------------------------
  // "twenty four", "twenty-four", "a hundred", "two thousand", "dozen".
  std::optional<std::pair<int64_t, uint32_t>> NumberWords(uint32_t i) const {
    const WordInfo* w = Info(i);
    int64_t value = 0;
    uint32_t j = i;
    if (Is(j, Keyword::kA) && Info(j + 1) &&
        (Info(j + 1)->number == 100 || Info(j + 1)->number == 1000 || Info(j + 1)->number == 12)) {
      value = 1;
      ++j;
      w = Info(j);
    }
    if (!w || w->number < 0) return std::nullopt;
    if (value == 0) {
      value = w->number;
      ++j;
      if (value >= 20 && value <= 90 && value % 10 == 0 && Info(j) && Info(j)->number >= 1 && Info(j)->number <= 9) {
        value += Info(j)->number;
        ++j;
      }
    } else {
      value *= w->number;
      ++j;
    }
    if (value < 100 && Info(j) && Info(j)->number == 100) {
      value *= 100;
      ++j;
    }
    if (value < 1000 && Info(j) && Info(j)->number == 1000) {
      value *= 1000;
      ++j;
    }
    return std::make_pair(value, j);
  }

  std::optional<Amount> ParseAmount(uint32_t i, bool allow_article) const {
    if (i >= n_) return std::nullopt;
    Amount a;
    const Piece& p = p_[i];
    if (p.shape == Shape::kInteger || p.shape == Shape::kGroupedInteger) {
      a.value = static_cast<double>(p.number);
      a.end = i + 1;
      if (a.end < n_ && p_[a.end].shape == Shape::kFraction) {
        a.value += static_cast<double>(p_[a.end].a) / p_[a.end].b;
        ++a.end;
      }
    } else if (p.shape == Shape::kDecimal) {
      a.value = static_cast<double>(p.number) / p.scale;
      a.end = i + 1;
    } else if (p.shape == Shape::kFraction) {
      a.value = static_cast<double>(p.a) / p.b;
      a.end = i + 1;
    } else if (Is(i, Keyword::kHalf) && Is(i + 1, Keyword::kA)) {
      a.value = 0.5;  // "half an hour"
      a.end = i + 2;
      return a;
    } else if (Is(i, Keyword::kA) && Is(i + 1, Keyword::kHalf)) {
      a.value = 0.5;  // "a half hour", "a half-hour"
      a.end = i + 2;
      return a;
    } else if (Is(i, Keyword::kA) && Info(i + 1) && Info(i + 1)->vague) {
      // "a few", "a couple (of)"
      a.end = i + 2;
      if (IsLower(i + 1, "couple")) {
        a.value = 2;
        if (Is(a.end, Keyword::kOf)) ++a.end;
      } else if (IsLower(i + 1, "few")) {
        a.vague = true;
      } else {
        return std::nullopt;
      }
    } else if (IsLower(i, "couple")) {
      a.value = 2;  // "the next couple of years"
      a.end = Is(i + 1, Keyword::kOf) ? i + 2 : i + 1;
    } else if (Info(i) && Info(i)->vague) {
      a.vague = true;
      a.end = i + 1;
    } else if (auto words = NumberWords(i)) {
      a.value = static_cast<double>(words->first);
      a.end = words->second;
    } else if (allow_article && Is(i, Keyword::kA)) {
      a.value = 1;
      a.article = true;
      a.end = i + 1;
    } else {
      return std::nullopt;
    }
    // "two and a half"
    if (!a.vague && Is(a.end, Keyword::kAnd) && Is(a.end + 1, Keyword::kA) && Is(a.end + 2, Keyword::kHalf)) {
      a.value += 0.5;
      a.end += 3;
    }
    // A range: "three or four", "12 to 18", "two-to-three".
    a.max_value = a.value;
    if (!a.vague && !a.article && (Is(a.end, Keyword::kOr) || Is(a.end, Keyword::kTo))) {
      if (auto upper = ParseAmount(a.end + 1, false); upper && !upper->vague && upper->value > a.value) {
        a.max_value = upper->value;
        a.end = upper->end;
      }
    }
    return a;
  }

  // ---- durations and offsets ---------------------------------------------------------------------------------
  // [the] [past|next|first|latest ...] AMOUNT [more] UNIT [and a half] [or so] [ago|earlier|later|from now]
  std::optional<Match> DurationOrOffset(uint32_t i) const {
    uint32_t j = i;
    const bool the = Is(j, Keyword::kThe);
    if (the) ++j;
    enum class Qualifier { kNone, kPast, kFuture, kOther } qualifier = Qualifier::kNone;
    const Relative rel = Rel(j);
    if (rel == Relative::kLast || rel == Relative::kPrevious)
      qualifier = Qualifier::kPast;
    else if (rel == Relative::kNext || rel == Relative::kFollowing)
      qualifier = Qualifier::kFuture;
    else if (IsLower(j, "first") || Is(j, Keyword::kLatest) || Is(j, Keyword::kAdditional) || Is(j, Keyword::kFull) ||
             IsLower(j, "final") || IsLower(j, "initial") || IsLower(j, "remaining") || IsLower(j, "same"))
      qualifier = Qualifier::kOther;
    if (qualifier != Qualifier::kNone) ++j;
    // "the year-earlier nine months"
    if (the && qualifier == Qualifier::kNone && Is(j, Keyword::kYearAgo)) ++j, qualifier = Qualifier::kOther;
    // "a three-year period": the article belongs to the expression only with the noun after the adjective.
    if (!the && qualifier == Qualifier::kNone && Is(j, Keyword::kA)) {
      if (auto inner = ParseAmount(j + 1, false); inner && inner->end < n_ && p_[inner->end].joined &&
                                                  UnitAt(inner->end) != Unit::kNone &&
                                                  Is(inner->end + 1, Keyword::kPeriod))
        return MakeDuration(i, inner->end + 2, *inner, UnitAt(inner->end), false);
    }
    std::optional<Amount> amount = ParseAmount(j, /*allow_article=*/!the);
    if (!amount) return std::nullopt;  // "the coming weeks", "recent years": references, elsewhere
    uint32_t k = amount->end;
    // "20 more years", "eight trading days", "three straight quarters", "two full years"
    if (Is(k, Keyword::kAdditional)) ++k;
    if ((Is(k, Keyword::kCounted) || Is(k, Keyword::kFull)) && UnitAt(k + 1) != Unit::kNone) ++k;
    const Unit unit = UnitAt(k);
    if (unit == Unit::kNone) return std::nullopt;
    const bool plural = Info(k)->unit_plural;
    const bool adjective = p_[k].joined;                 // "two-year", "30-day"
    if (amount->article && plural) return std::nullopt;  // "a years" is not English
    if (the && amount->article) return std::nullopt;     // "the a year"
    // "the 1988 quarter" names a quarter of 1988; "three-quarters of" and "a quarter of" are fractions.
    if (!amount->article && !plural && !adjective && amount->value >= 1000) return std::nullopt;
    if (unit == Unit::kQuarter && ((Is(k + 1, Keyword::kOf) && !amount->vague) || (adjective && plural)))
      return std::nullopt;  // but "several quarters of losses" is time
    // "a second reason" is an ordinal.
    if (unit == Unit::kSecond && amount->article && WordFollows(k + 1)) return std::nullopt;
    uint32_t end = k + 1;
    // "Islam will one day be ...": after a modal verb, "one day" is some day in the future.
    if (!the && qualifier == Qualifier::kNone && IsLower(j, "one") && unit == Unit::kDay && !plural && !adjective &&
        i > 0 && IsModal(i - 1)) {
      Match m;
      m.begin = i, m.end = end;
      m.spec.kind = Spec::Kind::kLiteral;
      m.spec.literal = "FUTURE_REF";
      m.spec.anchored = true;
      return m;
    }
    // "the two-week trading halt": the determiner belongs to the noun phrase, not to the adjective; "a one-year
    // term" keeps its noun.
    uint32_t begin = i;
    if (adjective && qualifier == Qualifier::kNone) begin = j;
    if (adjective && Is(end, Keyword::kPeriod)) ++end;
    Amount total = *amount;
    if (Is(end, Keyword::kAnd) && Is(end + 1, Keyword::kA) && Is(end + 2, Keyword::kHalf)) {
      total.value += 0.5, total.max_value += 0.5;
      end += 3;
    }
    std::string mod;
    if (Is(end, Keyword::kOr) && Is(end + 1, Keyword::kSo)) {
      mod = "APPROX";
      end += 2;
    }
    // Ages ("52 years old", "a 136-year-old company") describe a thing, not the time of the story.
    if (IsLower(end, "old") && !Is(end + 1, Keyword::kPeriod)) return std::nullopt;
    // Offsets from a reference: "two years ago", "a day earlier", "three weeks from now".
    if (qualifier == Qualifier::kNone && !the && !adjective) {
      int sign = 0;
      bool from_previous = false;
      uint32_t after = end;
      if (Is(end, Keyword::kAgo)) {
        sign = -1, after = end + 1;
      } else if (Is(end, Keyword::kFrom) && Is(end + 1, Keyword::kNow)) {
        sign = 1, after = end + 2;
      } else if (IsLower(end, "hence")) {
        sign = 1, after = end + 1;
      } else if ((Is(end, Keyword::kEarlier) || Is(end, Keyword::kLater)) && !IsTimeUnit(unit) &&
                 !IsLower(end, "later")) {
        // "two days before the vote" is a duration before an event: only the bare adverb is an offset. Hours and
        // minutes later need a clock time to count from, which news rarely gives: those stay durations. "Three
        // days later" is the TimeML duration "three days" followed by a signal, "later".
        const bool adverb = IsLower(end, "earlier") || !WordFollows(end + 1);
        if (adverb) sign = Is(end, Keyword::kEarlier) ? -1 : 1, after = end + 1, from_previous = true;
      }
      if (sign != 0) return MakeOffset(i, after, total, unit, sign, from_previous, mod);
    }
    if (amount->article && !adjective && IsRateContext(i)) return std::nullopt;
    Match m = MakeDuration(begin, end, total, unit, qualifier == Qualifier::kPast || qualifier == Qualifier::kFuture);
    if (!mod.empty()) m.spec.mod = mod;
    // "the nine months", "the first six months", "the latest nine months": the year so far, in results.
    m.spec.year_to_date = the && !adjective && !amount->vague && unit == Unit::kMonth &&
                          (amount->value == 6 || amount->value == 9) && amount->max_value == amount->value &&
                          (qualifier == Qualifier::kNone || IsLower(j - 1, "first") || Is(j - 1, Keyword::kLatest));
    return m;
  }

  bool IsModal(uint32_t i) const {
    static constexpr std::string_view kModals[] = {"will", "'ll", "would", "could", "may",   "might",
                                                   "can",  "shall", "should", "must", "wo"};
    for (std::string_view w : kModals)
      if (IsLower(i, w)) return true;
    return false;
  }

  // "$5 a year", "10% a day", "four flights a week": a rate, not a time expression.
  bool IsRateContext(uint32_t i) const {
    if (i == 0) return false;
    const Piece& prev = p_[i - 1];
    if (prev.shape == Shape::kInteger || prev.shape == Shape::kDecimal || prev.shape == Shape::kGroupedInteger ||
        prev.shape == Shape::kSymbol)
      return true;
    static constexpr std::string_view kRateWords[] = {"percent", "cents",  "million", "billion", "trillion",
                                                      "dollars", "pounds", "euros",   "points",  "times",
                                                      "once",    "twice",  "%",       "share",   "apiece"};
    for (std::string_view w : kRateWords)
      if (prev.lower == w) return true;
    // A plural noun just before: "seats a week", "barrels a day".
    return prev.shape == Shape::kWord && !prev.info && !prev.capitalized && prev.lower.size() > 3 &&
           prev.lower.back() == 's' && prev.lower[prev.lower.size() - 2] != 's';
  }

  Match MakeDuration(uint32_t begin, uint32_t end, const Amount& amount, Unit unit, bool anchored) const {
    Match m;
    m.begin = begin, m.end = end;
    m.spec.type = TimexType::kDuration;
    m.spec.kind = Spec::Kind::kLiteral;
    m.spec.literal = DurationValue(amount.value, unit, amount.vague);
    m.spec.anchored = anchored;
    if (amount.max_value > amount.value) m.spec.mod = "EQUAL_OR_MORE";  // a range: its lower bound, at least
    return m;
  }

  std::optional<Match> MakeOffset(uint32_t begin, uint32_t end, const Amount& amount, Unit unit, int sign,
                                  bool from_previous, const std::string& mod) const {
    Match m;
    m.begin = begin, m.end = end;
    m.spec.type = TimexType::kDate;
    m.spec.mod = mod;
    if (amount.vague || amount.max_value > amount.value) {
      m.spec.kind = Spec::Kind::kLiteral;
      m.spec.literal = sign < 0 ? "PAST_REF" : "FUTURE_REF";
      m.spec.anchored = true;
      return m;
    }
    if (IsTimeUnit(unit)) {
      m.spec.type = TimexType::kTime;
      m.spec.kind = Spec::Kind::kOffset;
      m.spec.unit = Unit::kDay;
      m.spec.offset = 0;
      m.spec.granularity = Granularity::kDay;
      m.spec.from_previous = from_previous;
      return m;
    }
    double value = amount.value;
    if (value != std::floor(value)) {  // "2 1/2 years ago": to months
      if (unit == Unit::kYear)
        value *= 12, unit = Unit::kMonth;
      else if (unit == Unit::kWeek)
        value *= 7, unit = Unit::kDay;
    }
    m.spec.kind = Spec::Kind::kOffset;
    m.spec.unit = unit;
    m.spec.offset = sign * static_cast<int>(std::lround(value));
    m.spec.granularity = GranularityOf(unit);
    m.spec.from_previous = from_previous;
    m.spec.previous_if_recent = !from_previous && unit == Unit::kYear;
    m.spec.keep_granularity = unit == Unit::kYear;
    return m;
  }

  // ---- relative units: last week, this year, the following day, that quarter, the year-earlier period --------
  std::optional<Match> RelativeUnit(uint32_t i) const {
    uint32_t j = i;
    const bool the = Is(j, Keyword::kThe);
    if (the) ++j;
    Relative rel = Rel(j);
    bool that = false, same = false, latest = false, year_ago = false;
    if (rel != Relative::kNone) {
      ++j;
      // "this past week", "this coming weekend"
      if (rel == Relative::kThis && (Rel(j) == Relative::kLast || Rel(j) == Relative::kNext) && !IsLower(j, "last")) {
        rel = Rel(j);
        ++j;
      }
    } else if (!the && Is(j, Keyword::kThat)) {
      that = true, ++j;
    } else if (the && (Is(j, Keyword::kSame) || (Is(j, Keyword::kComparable) && !Is(j + 1, Keyword::kYearAgo)))) {
      same = true, ++j;
    } else if (the && Is(j, Keyword::kLatest)) {
      latest = true, ++j;
    } else if (the && Is(j, Keyword::kFull) && UnitAt(j + 1) == Unit::kYear) {
      ++j;  // "the full year": this year
    } else if (Is(j, Keyword::kYearAgo)) {
      year_ago = true, ++j;
      if (the && IsLower(j, "comparable")) ++j;
    } else if (the && Is(j, Keyword::kComparable) && Is(j + 1, Keyword::kYearAgo)) {
      year_ago = true, j += 2;
    } else if (!the) {
      return std::nullopt;
    }
    const bool fiscal = Is(j, Keyword::kFiscal);
    if (fiscal) ++j;
    Unit unit = UnitAt(j);
    bool period_word = false;
    if (unit == Unit::kNone && Is(j, Keyword::kPeriod) && IsLower(j, "period") &&
        (latest || year_ago || same || (the && rel == Relative::kNone && YearBack(j + 1))))
      period_word = true;
    if (unit == Unit::kNone && !period_word) {
      if (!year_ago) return std::nullopt;
      // "year-earlier" alone, as in "year-earlier results": the period under discussion, a year before.
      Match m;
      m.begin = the ? i + 1 : i;
      m.end = j;
      m.spec.kind = Spec::Kind::kOffset;
      m.spec.unit = Unit::kYear;
      m.spec.offset = -1;
      m.spec.granularity = Granularity::kYear;
      m.spec.from_previous = true;
      m.spec.keep_granularity = true;
      return m;
    }
    if (!period_word && Info(j)->unit_plural) return std::nullopt;
    if (p_[j].joined && j > i) return std::nullopt;  // "present-day Russia", "next-day delivery": adjectives
    if (unit == Unit::kSecond || unit == Unit::kMinute || unit == Unit::kHour || unit == Unit::kFortnight)
      return std::nullopt;
    if (fiscal && unit != Unit::kYear && unit != Unit::kQuarter) return std::nullopt;
    uint32_t end = j + 1;
    // "the quarter a year ago", "the corresponding period last year": the period under discussion, a year back.
    if (the && rel == Relative::kNone && !that && !latest && !year_ago && (unit == Unit::kQuarter || period_word)) {
      if (const uint32_t back = YearBack(end)) year_ago = true, same = false, end += back;
    }
    Match m;
    m.begin = i;
    // "the year ended March 31", "the fiscal year ending June 30": a twelve-month accounting period.
    if (the && rel == Relative::kNone && !that && !same && !latest && !year_ago && unit == Unit::kYear &&
        (IsLower(end, "ended") || IsLower(end, "ending"))) {
      m.end = end;
      m.spec.type = TimexType::kDuration;
      m.spec.kind = Spec::Kind::kLiteral;
      m.spec.literal = "P1Y";
      return m;
    }
    m.spec.type = TimexType::kDate;
    m.spec.kind = Spec::Kind::kOffset;
    m.spec.unit = period_word ? Unit::kQuarter : unit;
    m.spec.granularity = GranularityOf(m.spec.unit);
    if (year_ago) {
      // The period under discussion, a year before: "the year-earlier quarter", "year-ago results".
      m.spec.unit = Unit::kYear;
      m.spec.offset = -1;
      m.spec.from_previous = true;
      m.spec.keep_granularity = true;
    } else if (latest) {
      m.spec.offset = -1;  // the latest complete one, or the one under discussion ("the latest period")
      m.spec.discussed = true;
    } else if (that || same) {
      m.spec.offset = 0;
      m.spec.from_previous = true;
    } else {
      switch (rel) {
        case Relative::kLast: m.spec.offset = -1; break;
        case Relative::kNext:
          m.spec.offset = 1;
          m.spec.from_previous = the;
          break;
        case Relative::kThis: m.spec.offset = 0; break;
        case Relative::kPrevious:
          m.spec.offset = -1;
          m.spec.from_previous = true;
          break;
        case Relative::kFollowing:
          m.spec.offset = 1;
          m.spec.from_previous = true;
          break;
        case Relative::kNone:
          if ((Is(end, Keyword::kEarlier) || Is(end, Keyword::kLater)) && !WordFollows(end + 1)) {
            // "the day before", "the year after": from the last date mentioned.
            m.spec.offset = Is(end, Keyword::kEarlier) ? -1 : 1;
            m.spec.from_previous = true;
            ++end;
            break;
          }
          // "the year", "the week", "the quarter": the current one (the quarter under discussion in reports);
          // "the day" and "the weekend" alone are too vague to place this way.
          if (unit == Unit::kDay || unit == Unit::kWeekend) return std::nullopt;
          m.spec.offset = 0;
          if (unit == Unit::kQuarter) m.spec.offset = -1, m.spec.discussed = true;
          break;
      }
    }
    // "This Week", "Next Year" in mid-sentence capitals are titles (of shows, of columns).
    if (i > 0 && p_[j].capitalized && p_[i].capitalized && j > i) return std::nullopt;
    if (Is(end, Keyword::kOr) && Is(end + 1, Keyword::kSo)) {  // "the next year or so"
      m.spec.mod = "APPROX";
      end += 2;
    }
    m.end = end;
    return m;
  }

  // "a year ago", "a year earlier", "last year", "the year before" after a period: the number of pieces, or 0.
  uint32_t YearBack(uint32_t i) const {
    const bool one_year = UnitAt(i + 1) == Unit::kYear && !Info(i + 1)->unit_plural;
    if (!one_year) return 0;
    if (Is(i, Keyword::kA) && (Is(i + 2, Keyword::kAgo) || IsLower(i + 2, "earlier"))) return 3;
    if (IsLower(i, "last")) return 2;
    if (Is(i, Keyword::kThe) && IsLower(i + 2, "before")) return 3;
    return 0;
  }

  // "the weekend": a named period placed by tense; "the day" alone is too vague to tag.
  std::optional<Match> Weekend(uint32_t i) const {
    uint32_t j = i;
    if (!Is(j, Keyword::kThe)) return std::nullopt;
    ++j;
    if (UnitAt(j) != Unit::kWeekend || Info(j)->unit_plural) return std::nullopt;
    Match m;
    m.begin = i, m.end = j + 1;
    m.spec.kind = Spec::Kind::kNamed;
    m.spec.named.weekend = true;
    return m;
  }

  // ---- references: recent years, the coming months, in recent weeks -----------------------------------------
  std::optional<Match> VagueReference(uint32_t i) const {
    uint32_t j = i;
    // "in recent months" is read as one adverbial, like "recently" (the reference article's convention).
    const bool in = Is(j, Keyword::kIn) && Is(j + 1, Keyword::kRecent);
    if (in) ++j;
    const bool the = Is(j, Keyword::kThe);
    if (the) ++j;
    std::string value;
    if (Is(j, Keyword::kRecent) || Rel(j) == Relative::kLast)
      value = "PAST_REF";
    else if (Rel(j) == Relative::kNext || IsLower(j, "future"))
      value = "FUTURE_REF";
    else
      return std::nullopt;
    ++j;
    // "recent weeks and months"
    const Unit unit = UnitAt(j);
    if (unit == Unit::kNone || !Info(j)->unit_plural) return std::nullopt;
    uint32_t end = j + 1;
    if (Is(end, Keyword::kAnd) && UnitAt(end + 1) != Unit::kNone && Info(end + 1)->unit_plural) end += 2;
    if (IsLower(end, "ahead")) ++end;
    Match m;
    m.begin = i, m.end = end;
    m.spec.kind = Spec::Kind::kLiteral;
    m.spec.literal = value;
    m.spec.anchored = true;
    return m;
  }

  // "the weeks ahead", "for years", "decades": an unknown number of units.
  std::optional<Match> BarePlural(uint32_t i) const {
    uint32_t j = i;
    const bool the = Is(j, Keyword::kThe);
    const bool for_ = !the && (Is(j, Keyword::kFor) || Is(j, Keyword::kWithin));
    const Unit unit = UnitAt(the ? j + 1 : j);
    if (for_) {
      // "for years": the preposition stays outside; the match starts at the unit.
      return std::nullopt;
    }
    if (unit == Unit::kNone || !Info(the ? j + 1 : j)->unit_plural) return std::nullopt;
    const uint32_t u = the ? j + 1 : j;
    uint32_t end = u + 1;
    if (!the && Is(end, Keyword::kAgo)) {  // "years ago"
      Match m;
      m.begin = i, m.end = end + 1;
      m.spec.kind = Spec::Kind::kLiteral;
      m.spec.literal = "PAST_REF";
      m.spec.anchored = true;
      return m;
    }
    const bool ahead = IsLower(end, "ahead");
    if (ahead) ++end;
    // Bare plurals are time expressions after "for"/"in" ("for years"), as "the years ahead", "over the years", and
    // before "of" ("after months of talks", "heady days of growth").
    const bool after_for = u > 0 && (Is(u - 1, Keyword::kFor) || (Is(u - 1, Keyword::kIn) && !the) ||
                                     Is(u - 1, Keyword::kWithin) || Is(u - 1, Keyword::kDuring));
    const bool over_the = the && i > 0 && IsLower(i - 1, "over");
    const bool of_after = !the && Is(end, Keyword::kOf) && u > 0 && p_[u - 1].shape == Shape::kWord &&
                          !Info(u - 1) && !p_[u - 1].capitalized;  // not after a number or a determiner
    if (!ahead && !over_the && !of_after && !(after_for && !the)) return std::nullopt;
    if (unit == Unit::kWeekend) return std::nullopt;
    Match m;
    m.begin = i, m.end = end;
    m.spec.type = TimexType::kDuration;
    m.spec.kind = Spec::Kind::kLiteral;
    m.spec.literal = DurationValue(0, unit, /*vague=*/true);
    return m;
  }

  // "for a while": an unknown amount of unknown units.
  std::optional<Match> AWhile(uint32_t i) const {
    if (!Is(i, Keyword::kA) || !Is(i + 1, Keyword::kWhile) || i == 0 || !Is(i - 1, Keyword::kFor))
      return std::nullopt;
    Match m;
    m.begin = i, m.end = i + 2;
    m.spec.type = TimexType::kDuration;
    m.spec.kind = Spec::Kind::kLiteral;
    m.spec.literal = "PXX";
    return m;
  }

  // "(later) in the day", "in the morning": that part of the day the narrative is on (the last date mentioned,
  // else the document date).
  std::optional<Match> InTheDay(uint32_t i) const {
    if (!Is(i, Keyword::kThe) || i == 0 || !Is(i - 1, Keyword::kIn)) return std::nullopt;
    const WordInfo* w = Info(i + 1);
    if (!w || p_[i + 1].joined) return std::nullopt;
    // "in the morning paper" is a noun phrase: only function words may follow.
    if (WordFollows(i + 2) && !Info(i + 2) && !p_[i + 2].capitalized) {
      static constexpr std::string_view kFunctionWords[] = {"and", "but", "when", "as", "because", "after", "before"};
      bool function_word = false;
      for (std::string_view f : kFunctionWords) function_word |= IsLower(i + 2, f);
      if (!function_word) return std::nullopt;
    }
    const bool day = w->unit == Unit::kDay && !w->unit_plural;
    const bool part = w->part_of_day[0] && !w->part_of_day_plural && !IsLower(i + 1, "overnight") &&
                      !IsLower(i + 1, "night");
    // "the day" alone is too vague: "later in the day" and "earlier in the day" place it.
    if (day && !(i >= 2 && (IsLower(i - 2, "later") || IsLower(i - 2, "earlier")))) return std::nullopt;
    if (!day && !part) return std::nullopt;
    Match m;
    m.begin = i, m.end = i + 2;
    m.spec.kind = Spec::Kind::kOffset;
    m.spec.unit = Unit::kDay;
    m.spec.granularity = Granularity::kDay;
    m.spec.from_previous = true;
    if (part) {
      m.spec.type = TimexType::kTime;
      std::copy_n(w->part_of_day, 3, m.spec.part_of_day);
    }
    return m;
  }

  // "today is the eighth day of the operation", "it's the second day of an offensive": the document date.
  std::optional<Match> NthDayOf(uint32_t i) const {
    if (i == 0 || !(IsLower(i - 1, "is") || IsLower(i - 1, "'s"))) return std::nullopt;
    const uint32_t j = Is(i, Keyword::kThe) ? i + 1 : i;
    if (!Info(j) || Info(j)->ordinal < 1 || UnitAt(j + 1) != Unit::kDay || Info(j + 1)->unit_plural ||
        !Is(j + 2, Keyword::kOf))
      return std::nullopt;
    Match m;
    m.begin = i, m.end = j + 2;
    m.spec.kind = Spec::Kind::kOffset;
    m.spec.unit = Unit::kDay;
    m.spec.granularity = Granularity::kDay;
    return m;
  }

  // ---- days: today, yesterday morning, tonight, the day before yesterday --------------------------------------
  std::optional<Match> DayWord(uint32_t i) const {
    uint32_t j = i;
    int offset = 0;
    bool found = false, tonight = false;
    if (Info(j) && Info(j)->is_dayword) {
      offset = Info(j)->day_offset, tonight = Info(j)->is_tonight, found = true, ++j;
    } else if (Is(j, Keyword::kThe) && UnitAt(j + 1) == Unit::kDay && !Info(j + 1)->unit_plural &&
               (Is(j + 2, Keyword::kEarlier) || Is(j + 2, Keyword::kLater)) && Info(j + 3) && Info(j + 3)->is_dayword &&
               !Info(j + 3)->is_tonight && Info(j + 3)->day_offset != 0) {
      // "the day before yesterday", "the day after tomorrow"
      offset = Info(j + 3)->day_offset + (Is(j + 2, Keyword::kEarlier) ? -1 : 1);
      found = true, j += 4;
    }
    if (!found) return std::nullopt;
    Match m;
    m.begin = i;
    m.spec.kind = Spec::Kind::kOffset;
    m.spec.unit = Unit::kDay;
    m.spec.offset = offset;
    m.spec.granularity = Granularity::kDay;
    if (tonight) {
      m.spec.type = TimexType::kTime;
      std::copy_n("NI", 3, m.spec.part_of_day);
    } else if (const WordInfo* w = Info(j); w && w->part_of_day[0] && !w->part_of_day_plural) {
      m.spec.type = TimexType::kTime;
      std::copy_n(w->part_of_day, 3, m.spec.part_of_day);
      ++j;
    }
    m.end = j;
    return m;
  }

  // "this morning", "last night", "tomorrow evening" (the last via DayWord).
  std::optional<Match> PartOfDayRelative(uint32_t i) const {
    const Relative rel = Rel(i);
    if (rel != Relative::kThis && rel != Relative::kLast) return std::nullopt;
    if (rel == Relative::kLast && !IsLower(i, "last")) return std::nullopt;
    const WordInfo* w = Info(i + 1);
    if (!w || !w->part_of_day[0] || w->part_of_day_plural) return std::nullopt;
    if (rel == Relative::kLast && std::string_view(w->part_of_day) != "NI") return std::nullopt;
    Match m;
    m.begin = i, m.end = i + 2;
    m.spec.type = TimexType::kTime;
    m.spec.kind = Spec::Kind::kOffset;
    m.spec.unit = Unit::kDay;
    m.spec.offset = rel == Relative::kLast ? -1 : 0;
    std::copy_n(w->part_of_day, 3, m.spec.part_of_day);
    return m;
  }

  // ---- weekdays: Thursday, last Friday, Thursday evening, Saturday, April 25 ---------------------------------
  std::optional<Match> Weekday(uint32_t i) const {
    uint32_t j = i;
    std::optional<Placement> placement;
    bool from_previous = false;
    const bool the = Is(j, Keyword::kThe);
    if (the) ++j;
    const Relative rel = Rel(j);
    if (rel != Relative::kNone) {
      ++j;
      if (rel == Relative::kThis && Rel(j) == Relative::kNext && !IsLower(j, "next"))
        placement = Placement::kFutureOrSame, ++j;
      else if (rel == Relative::kThis && Rel(j) == Relative::kLast && !IsLower(j, "last"))
        placement = Placement::kBefore, ++j;
      else if (rel == Relative::kLast)
        placement = Placement::kBefore;
      else if (rel == Relative::kNext)
        placement = IsLower(j - 1, "next") ? Placement::kAfter : Placement::kFutureOrSame;
      else if (rel == Relative::kThis)
        placement = Placement::kSame;
      else if (rel == Relative::kPrevious)
        placement = Placement::kBefore, from_previous = true;
      else if (rel == Relative::kFollowing)
        placement = Placement::kAfter, from_previous = true;
      if (the != (rel == Relative::kPrevious || rel == Relative::kFollowing)) return std::nullopt;
    } else if (the) {
      return std::nullopt;
    }
    const WordInfo* w = Info(j);
    if (!w || !w->weekday) return std::nullopt;
    const Piece& day = p_[j];
    const bool abbreviation =
        day.lower.size() <= 5 && day.lower != "sunday" && day.lower != "monday" && day.lower != "friday";
    ++j;
    Match m;
    m.begin = i;
    m.spec.kind = Spec::Kind::kNamed;
    m.spec.named.weekday = w->weekday;
    m.spec.placement = placement;
    m.spec.from_previous = from_previous;
    // "Saturday, April 25": the date decides.
    const uint32_t k = IsPunct(j, ",") ? j + 1 : j;
    if (auto date = MonthDayYear(k)) {  // "Saturday, April 25", "this coming Sunday, March eighth"
      m = *date;
      m.begin = i;
      return m;
    }
    if (abbreviation && !day.capitalized) return std::nullopt;
    if (abbreviation && day.lower.back() != '.') return std::nullopt;  // "Sat", "Sun" and "Wed" are words
    if (abbreviation && day.lower.back() == '.' && !(j < n_ && p_[j].shape != Shape::kPunct)) return std::nullopt;
    if (!day.capitalized && day.has_upper) return std::nullopt;
    if (const WordInfo* part = Info(j); part && part->part_of_day[0] && !part->part_of_day_plural) {
      m.spec.type = TimexType::kTime;
      std::copy_n(part->part_of_day, 3, m.spec.part_of_day);
      ++j;
    }
    m.end = j;
    return m;
  }

  // ---- calendar dates ----------------------------------------------------------------------------------------
  int MonthAt(uint32_t i) const {
    const WordInfo* w = Info(i);
    return w ? w->month : 0;
  }
  bool IsFullMonthName(uint32_t i) const {
    for (std::string_view name : kFullMonthNames)
      if (p_[i].lower == name) return true;
    return false;
  }
  // A day of the month: "19", "19th", "nineteenth", "twenty-first".
  std::optional<std::pair<int, uint32_t>> DayOfMonth(uint32_t i) const {
    if (i >= n_) return std::nullopt;
    const Piece& p = p_[i];
    if (p.shape == Shape::kInteger && p.digits <= 2 && p.number >= 1 && p.number <= 31)
      return std::make_pair(static_cast<int>(p.number), i + 1);
    if (p.shape == Shape::kOrdinalNumber && p.a >= 1 && p.a <= 31) return std::make_pair(p.a, i + 1);
    const WordInfo* w = Info(i);
    if (w && (w->number == 20 || w->number == 30) && Info(i + 1) && Info(i + 1)->ordinal >= 1 &&
        Info(i + 1)->ordinal <= 9 && w->number + Info(i + 1)->ordinal <= 31)
      return std::make_pair(static_cast<int>(w->number + Info(i + 1)->ordinal), i + 2);
    if (w && w->ordinal >= 1) return std::make_pair(static_cast<int>(w->ordinal), i + 1);
    return std::nullopt;
  }
  // A year: "1989", "nineteen ninety-six", "two thousand and four".
  std::optional<std::pair<int, uint32_t>> Year(uint32_t i, bool strict) const {
    if (i >= n_) return std::nullopt;
    const Piece& p = p_[i];
    if (p.shape == Shape::kInteger && p.digits == 4 && p.number >= 1000 && p.number <= 2199) {
      if (strict && !PlausibleYear(i)) return std::nullopt;
      return std::make_pair(static_cast<int>(p.number), i + 1);
    }
    const WordInfo* w = Info(i);
    if (!w) return std::nullopt;
    if (w->number == 19 || w->number == 20) {  // "nineteen ninety-six", "twenty twenty-five"
      const WordInfo* tens = Info(i + 1);
      if (tens && tens->number >= 10 && tens->number <= 90 && !Is(i + 1, Keyword::kA)) {
        int value = tens->number;
        uint32_t end = i + 2;
        if (value >= 20 && value % 10 == 0 && Info(end) && Info(end)->number >= 1 && Info(end)->number <= 9)
          value += Info(end)->number, ++end;
        if (value < 10 || (w->number == 20 && value < 10)) return std::nullopt;
        return std::make_pair(w->number * 100 + value, end);
      }
    }
    if (w->number == 2 && Info(i + 1) && Info(i + 1)->number == 1000) {  // "two thousand (and) four"
      uint32_t end = i + 2;
      int value = 2000;
      uint32_t k = Is(end, Keyword::kAnd) ? end + 1 : end;
      if (Info(k) && Info(k)->number >= 1 && Info(k)->number <= 99 && !Is(k, Keyword::kA)) {
        value += Info(k)->number;
        end = k + 1;
      }
      return std::make_pair(value, end);
    }
    return std::nullopt;
  }

  // A four-digit number that reads as a year rather than a count ("2000 people", "$1990").
  bool PlausibleYear(uint32_t i) const {
    const Piece& p = p_[i];
    if (i > 0) {
      const Piece& prev = p_[i - 1];
      if (prev.shape == Shape::kSymbol || prev.lower == "no." || prev.lower == "#" || prev.lower == "route" ||
          prev.lower == "number" || prev.lower == "flight" || prev.lower == "room" || prev.lower == "page")
        return false;
      if (prev.shape == Shape::kInteger || prev.shape == Shape::kGroupedInteger) return false;
    }
    if (i + 1 < n_) {
      const Piece& next = p_[i + 1];
      if (next.lower == "%" || next.lower == "percent" || next.lower == "per" || next.shape == Shape::kInteger)
        return false;
      if (next.shape == Shape::kSymbol && next.lower != "'s") return false;
      // Round numbers before a noun are counts: "2000 people", "1500 troops".
      const bool noun_follows = next.shape == Shape::kWord && !next.capitalized && !next.info && !next.joined;
      if (noun_follows && p.number % 100 == 0) return false;
      if (next.joined) return false;  // "1990-style" and other compounds
    }
    if (p.number >= 1900 && p.number <= 2099) return true;
    if (i == 0) return false;
    const Piece& prev = p_[i - 1];
    static constexpr std::string_view kYearContext[] = {
        "in",     "since",  "until",  "by",     "from",   "of",     "to",    "between", "during",
        "before", "after",  "circa",  "c.",     "year",   "fiscal", "early", "late",    "mid",
        "around", "summer", "spring", "autumn", "winter", "fall",   "and",   "through"};
    for (std::string_view w : kYearContext)
      if (prev.lower == w) return true;
    return prev.info && prev.info->month;
  }

  // MONTH DAY[, YEAR] | DAY [of] MONTH [YEAR] | MONTH [of|,] YEAR | ISO and slashed dates.
  std::optional<Match> MonthDayYear(uint32_t i) const {
    if (i >= n_) return std::nullopt;
    const Piece& p = p_[i];
    Match m;
    m.begin = i;
    m.spec.kind = Spec::Kind::kAbsolute;
    if (p.shape == Shape::kIsoDate) {
      m.end = i + 1;
      m.spec.period = Period{Granularity::kDay, Date{p.a, p.b, p.c}};
      return m;
    }
    if (p.shape == Shape::kSlashDate) {
      // Month first (US) unless the first field cannot be a month.
      int month = p.a, day = p.b;
      if (month > 12) std::swap(month, day);
      if (!Date::IsValid(p.c, month, day)) return std::nullopt;
      m.end = i + 1;
      m.spec.period = Period{Granularity::kDay, Date{p.c, month, day}};
      return m;
    }
    // "the 8th of March"
    uint32_t j = i;
    const bool the = Is(j, Keyword::kThe);
    if (the) ++j;
    int month = 0, day = 0;
    uint32_t end = 0;
    if (const int mo = MonthAt(j); mo && !the) {
      const bool abbreviated = !IsFullMonthName(j);
      if (auto d = DayOfMonth(j + 1); d && !(abbreviated && !p_[j].capitalized)) {
        // "May 5 people" or "March 8 percent" are rare; a following unit ("May 3 years") is not a date.
        if (d->second < n_ && (UnitAt(d->second) != Unit::kNone || IsLower(d->second, "%"))) return std::nullopt;
        month = mo, day = d->first, end = d->second;
      } else if (auto y = Year(IsPunct(j + 1, ",") || Is(j + 1, Keyword::kOf) ? j + 2 : j + 1, false);
                 y && p_[j].capitalized) {
        m.end = y->second;
        m.spec.period = Period{Granularity::kMonth, Date{y->first, mo, 1}};
        return m;
      } else {
        return std::nullopt;
      }
    } else if (auto d = DayOfMonth(j)) {
      uint32_t k = d->second;
      if (Is(k, Keyword::kOf)) ++k;
      const int mo = MonthAt(k);
      if (!mo || !p_[k].capitalized) return std::nullopt;
      if (the && !Is(d->second, Keyword::kOf)) return std::nullopt;
      month = mo, day = d->first, end = k + 1;
    } else {
      return std::nullopt;
    }
    // The year: "May 19, 2025", "19 May 2025".
    uint32_t k = IsPunct(end, ",") ? end + 1 : end;
    if (auto y = Year(k, false); y && p_[k].shape == Shape::kInteger ? true : y.has_value()) {
      if (y && Date::IsValid(y->first, month, day)) {
        m.end = y->second;
        m.spec.period = Period{Granularity::kDay, Date{y->first, month, day}};
        return m;
      }
    }
    if (day > Date::DaysInMonth(2024, month)) return std::nullopt;
    m.end = end;
    m.spec.kind = Spec::Kind::kNamed;
    m.spec.named.month = month;
    m.spec.named.day = day;
    return m;
  }

  // A month name alone, or with last/next/this, or "January this year".
  std::optional<Match> MonthName(uint32_t i) const {
    uint32_t j = i;
    std::optional<Placement> placement;
    bool from_previous = false;
    const bool the = Is(j, Keyword::kThe);
    if (the) ++j;
    const Relative rel = Rel(j);
    if (rel != Relative::kNone) {
      ++j;
      if (rel == Relative::kThis && Rel(j) == Relative::kLast && !IsLower(j, "last"))
        placement = Placement::kBefore, ++j;
      else if (rel == Relative::kThis && Rel(j) == Relative::kNext && !IsLower(j, "next"))
        placement = Placement::kAfter, ++j;
      else if (rel == Relative::kLast)
        placement = Placement::kBefore;
      else if (rel == Relative::kNext)
        placement = Placement::kAfter;
      else if (rel == Relative::kThis)
        placement = Placement::kSame;
      else if (rel == Relative::kPrevious)
        placement = Placement::kBefore, from_previous = true;
      else
        placement = Placement::kAfter, from_previous = true;
      if (the != (rel == Relative::kPrevious || rel == Relative::kFollowing)) return std::nullopt;
    } else if (the) {
      return std::nullopt;
    }
    const int month = MonthAt(j);
    if (!month || !IsFullMonthName(j)) return std::nullopt;
    const Piece& name = p_[j];
    if (!name.capitalized && !placement) return std::nullopt;
    // "May", "March" and "August" are also a verb, a name and an adjective: alone they need a time context.
    if (!placement && (name.lower == "may" || name.lower == "march" || name.lower == "august")) {
      const bool context_before =
          j > 0 && (Is(j - 1, Keyword::kIn) || Is(j - 1, Keyword::kSince) || Is(j - 1, Keyword::kBy) ||
                    Is(j - 1, Keyword::kDuring) || Is(j - 1, Keyword::kFrom) || Is(j - 1, Keyword::kTo) ||
                    Is(j - 1, Keyword::kEarlier) || Is(j - 1, Keyword::kLater) || Is(j - 1, Keyword::kOf) ||
                    (Info(j - 1) && Info(j - 1)->position[0]) || Is(j - 1, Keyword::kAnd) || Is(j - 1, Keyword::kOr) ||
                    IsLower(j - 1, "until") || IsLower(j - 1, "early"));
      if (!context_before) return std::nullopt;
      if (j > 0 && Is(j - 1, Keyword::kOf) && j > 1 && p_[j - 2].capitalized) return std::nullopt;  // "Theresa May of"
    }
    ++j;
    Match m;
    m.begin = i;
    m.spec.kind = Spec::Kind::kNamed;
    m.spec.named.month = month;
    m.spec.placement = placement;
    m.spec.from_previous = from_previous;
    // "January this year", "June last year", "May next year"
    if (!placement && (Rel(j) == Relative::kThis || Rel(j) == Relative::kLast || Rel(j) == Relative::kNext) &&
        UnitAt(j + 1) == Unit::kYear && !Info(j + 1)->unit_plural && Rel(j) != Relative::kPrevious) {
      const Relative r = Rel(j);
      if (r == Relative::kThis || IsLower(j, "last") || IsLower(j, "next")) {
        m.spec.kind = Spec::Kind::kOffset;
        m.spec.unit = Unit::kYear;
        m.spec.offset = r == Relative::kThis ? 0 : r == Relative::kLast ? -1 : 1;
        m.spec.granularity = Granularity::kMonth;
        j += 2;
      }
    }
    m.end = j;
    return m;
  }

  // ---- years, decades, centuries -----------------------------------------------------------------------------
  std::optional<Match> YearExpression(uint32_t i) const {
    if (i < n_ && p_[i].shape == Shape::kFiscalYear) {  // "FY2025", "FY25": the fiscal year, by the year it ends
      Match m;
      m.begin = i, m.end = i + 1;
      m.spec.kind = Spec::Kind::kAbsolute;
      m.spec.period = Period{Granularity::kYear, Date{p_[i].a, 1, 1}};
      return m;
    }
    uint32_t j = i;
    bool the = Is(j, Keyword::kThe);
    if (the) ++j;
    bool fiscal = false;
    if (Is(j, Keyword::kFiscal)) fiscal = true, ++j;
    const bool fiscal_after =
        the && !fiscal && IsInteger(j) && Is(j + 1, Keyword::kFiscal) && UnitAt(j + 2) == Unit::kYear;
    if (UnitAt(j) == Unit::kYear && !Info(j)->unit_plural && (the || fiscal))
      ++j;  // "the year 2000", "fiscal year 1990"
    else if (the && !fiscal && !fiscal_after)
      return std::nullopt;  // "the 1989 fiscal year" below
    auto y = Year(j, /*strict=*/!fiscal && j == i);
    if (!y) return std::nullopt;
    if (p_[j].shape != Shape::kInteger && j == i && Info(j)->number != 19 && !IsSpelledYearContext(i))
      return std::nullopt;
    uint32_t end = y->second;
    Match m;
    m.begin = i;
    m.spec.kind = Spec::Kind::kAbsolute;
    m.spec.period = Period{Granularity::kYear, Date{y->first, 1, 1}};
    // "1994 or later", "1990 and beyond"
    if (Is(end, Keyword::kOr) && (IsLower(end + 1, "later") || IsLower(end + 1, "after"))) {
      m.spec.mod = "ON_OR_AFTER", end += 2;
    } else if (Is(end, Keyword::kOr) && (IsLower(end + 1, "earlier") || IsLower(end + 1, "before"))) {
      m.spec.mod = "ON_OR_BEFORE", end += 2;
    } else if (Is(end, Keyword::kAnd) && IsLower(end + 1, "beyond")) {
      m.spec.mod = "ON_OR_AFTER", end += 2;
    }
    // "the 1989 fiscal year"
    if (the && !fiscal && Is(end, Keyword::kFiscal) && UnitAt(end + 1) == Unit::kYear) end += 2;
    m.end = end;
    return m;
  }
  bool IsSpelledYearContext(uint32_t i) const {
    // "nineteen ninety-six" alone: a year only after a preposition, to keep "twenty twenty" counts out.
    return i > 0 && (Is(i - 1, Keyword::kIn) || Is(i - 1, Keyword::kSince) || Is(i - 1, Keyword::kBy) ||
                     Is(i - 1, Keyword::kOf) || Is(i - 1, Keyword::kFrom) || Is(i - 1, Keyword::kTo) ||
                     Is(i - 1, Keyword::kDuring) || MonthAt(i - 1));
  }

  std::optional<Match> DecadeOrCentury(uint32_t i) const {
    uint32_t j = i;
    const bool the = Is(j, Keyword::kThe);
    if (the) ++j;
    int decade_start = -1;  // 1980 for the 1980s; -2 for a two-digit decade to place later
    uint32_t end = 0;
    if (j < n_ && p_[j].shape == Shape::kQuote && j + 1 < n_ && p_[j + 1].shape == Shape::kDecade &&
        p_[j + 1].digits == 2) {
      decade_start = 1900 + p_[j + 1].a;  // "the '80s"
      end = j + 2;
    } else if (j < n_ && p_[j].shape == Shape::kDecade && (p_[j].digits == 4 || the || p_[j].lower[0] == '\'')) {
      decade_start = p_[j].digits == 4 ? p_[j].a : 1900 + p_[j].a;
      end = j + 1;
    } else if (the && Info(j) && Info(j)->decade_word) {
      decade_start = 1900 + 10 * Info(j)->decade_word;  // "the eighties"
      end = j + 1;
    } else if (Info(j) && Info(j)->number == 19 && Info(j + 1) && Info(j + 1)->decade_word && p_[j + 1].joined) {
      decade_start = 1900 + 10 * Info(j + 1)->decade_word;  // "the nineteen-eighties"
      end = j + 2;
    }
    if (decade_start >= 0) {
      Match m;
      m.begin = i, m.end = end;
      m.spec.kind = Spec::Kind::kAbsolute;
      m.spec.period = Period{Granularity::kDecade, Date{decade_start, 1, 1}};
      return m;
    }
    // "the 20th century", "the twentieth century", "20th-century"
    int ordinal = 0;
    uint32_t k = j;
    if (k < n_ && p_[k].shape == Shape::kOrdinalNumber)
      ordinal = p_[k].a, ++k;
    else if (Info(k) && Info(k)->number == 20 && Info(k + 1) && Info(k + 1)->ordinal == 1)
      ordinal = 21, k += 2;
    else if (Info(k) && Info(k)->ordinal)
      ordinal = Info(k)->ordinal, ++k;
    if (ordinal < 1 || ordinal > 30) return std::nullopt;
    if (UnitAt(k) != Unit::kCentury || Info(k)->unit_plural) return std::nullopt;
    Match m;
    m.begin = i, m.end = k + 1;
    m.spec.kind = Spec::Kind::kAbsolute;
    m.spec.period = Period{Granularity::kCentury, Date{(ordinal - 1) * 100 + 1, 1, 1}};
    return m;
  }

  // ---- quarters and halves: the third quarter, third-quarter, Q3 2025, this year's first half -----------------
  std::optional<Match> QuarterOrHalf(uint32_t i) const {
    uint32_t j = i;
    bool determiner = false;
    if (Is(j, Keyword::kPossessive)) return std::nullopt;  // "its third quarter": the quarter starts after "its"
    if (Is(j, Keyword::kThe)) determiner = true, ++j;
    std::optional<int> year;
    std::optional<int> year_offset;
    bool year_from_previous = false;
    // "the 1988 third quarter", "1989's first half", "this year's third quarter", "last year's quarter"
    if (auto y = Year(j, false); y && p_[j].shape == Shape::kInteger) {
      year = y->first, j = y->second;
      if (Is(j, Keyword::kApostropheS)) ++j;
    } else if (!determiner && (Rel(j) == Relative::kThis || IsLower(j, "last") || IsLower(j, "next")) &&
               UnitAt(j + 1) == Unit::kYear && !Info(j + 1)->unit_plural && Is(j + 2, Keyword::kApostropheS)) {
      year_offset = Rel(j) == Relative::kThis ? 0 : IsLower(j, "last") ? -1 : 1;
      j += 3;
    } else if (determiner && Is(j, Keyword::kYearAgo)) {
      year_from_previous = true, ++j;
    }
    // "the 1988 quarter", "the 1989 period": the period under discussion, in that year.
    if (year && !year_offset && determiner && (UnitAt(j) == Unit::kQuarter || IsLower(j, "period")) &&
        !(Info(j)->unit_plural)) {
      Match m;
      m.begin = i, m.end = j + 1;
      m.spec.kind = Spec::Kind::kOffset;
      m.spec.absolute_year = *year;
      return m;
    }
    // "last year's quarter", "this year's period": the period under discussion, in that year.
    if (year_offset && ((UnitAt(j) == Unit::kQuarter && !Info(j)->unit_plural) || IsLower(j, "period"))) {
      Match m;
      m.begin = i, m.end = j + 1;
      m.spec.kind = Spec::Kind::kOffset;
      m.spec.unit = Unit::kYear;
      m.spec.offset = *year_offset;
      m.spec.granularity = Granularity::kYear;
      m.spec.previous_if_recent = true;
      m.spec.keep_granularity = true;
      return m;
    }
    bool fiscal = false;
    if (Is(j, Keyword::kFiscal)) fiscal = true, ++j;
    int number = 0;
    Unit unit = Unit::kNone;
    bool adjective = false;  // "third-quarter"
    if (j < n_ && p_[j].shape == Shape::kQuarterCode) {
      number = p_[j].a, unit = Unit::kQuarter, ++j;
    } else if (j < n_ && p_[j].shape == Shape::kHalfCode) {
      number = p_[j].a, unit = Unit::kHalf, ++j;
    } else {
      int ordinal = 0;
      bool last = false;
      if (Info(j) && Info(j)->ordinal)
        ordinal = Info(j)->ordinal;
      else if (j < n_ && p_[j].shape == Shape::kOrdinalNumber)
        ordinal = p_[j].a;
      else if ((IsLower(j, "last") || IsLower(j, "final")) && determiner)
        last = true;
      if (!ordinal && !last) return std::nullopt;
      ++j;
      if (Is(j, Keyword::kFiscal)) fiscal = true, ++j;  // "first fiscal quarter"
      adjective = j < n_ && p_[j].joined;
      // "the first two quarters" and "the last two quarters" of a year are its halves.
      const bool two_quarters = (ordinal == 1 || last) && Info(j) && Info(j)->number == 2 &&
                                UnitAt(j + 1) == Unit::kQuarter && Info(j + 1)->unit_plural && !p_[j + 1].joined;
      if (two_quarters) {
        unit = Unit::kHalf, number = last ? 2 : 1, ++j;
      } else if (UnitAt(j) == Unit::kQuarter && !Info(j)->unit_plural) {
        unit = Unit::kQuarter, number = last ? 4 : ordinal;
      } else if (Is(j, Keyword::kHalf)) {
        unit = Unit::kHalf, number = last ? 2 : ordinal;
      } else {
        return std::nullopt;
      }
      ++j;
      if ((unit == Unit::kQuarter && (number < 1 || number > 4)) || (unit == Unit::kHalf && number > 2))
        return std::nullopt;
    }
    // "of 1990", "of fiscal 1990", "of the year", "of this year", "of next year"
    uint32_t k = j;
    if (Is(k, Keyword::kOf) || (unit == Unit::kQuarter && Is(k, Keyword::kIn))) {
      uint32_t y = k + 1;
      if (Is(y, Keyword::kFiscal)) ++y;
      if (UnitAt(y) == Unit::kYear && Is(y - 1, Keyword::kFiscal)) ++y;
      if (auto yy = Year(y, false); yy && !year && !year_offset) {
        year = yy->first, j = yy->second;
      } else if (!year && !year_offset &&
                 (Rel(y) == Relative::kThis || IsLower(y, "last") || IsLower(y, "next") || Is(y, Keyword::kThe)) &&
                 UnitAt(y + 1) == Unit::kYear && !Info(y + 1)->unit_plural) {
        year_offset = Rel(y) == Relative::kThis || Is(y, Keyword::kThe) ? 0 : IsLower(y, "last") ? -1 : 1;
        j = y + 2;
      }
    } else if (!year && !year_offset && Year(k, false) && p_[k].shape == Shape::kInteger) {
      year = Year(k, false)->first, j = Year(k, false)->second;  // "Q3 2025", "the first quarter 1990"
    }
    // A half needs a year to be a time: "the first half" alone is mostly sport.
    if (unit == Unit::kHalf && !year && !year_offset && !year_from_previous) return std::nullopt;
    Match m;
    // "the third-quarter loss": the article belongs to the noun phrase.
    m.begin = determiner && adjective && !year && !year_from_previous && !fiscal ? i + 1 : i;
    m.end = j;
    NamedPeriod named;
    if (unit == Unit::kQuarter)
      named.quarter = number;
    else
      named.half = number;
    if (year) {
      m.spec.kind = Spec::Kind::kAbsolute;
      m.spec.period = *named.InYear(*year);
    } else if (year_offset || year_from_previous) {
      m.spec.kind = Spec::Kind::kOffset;
      m.spec.unit = Unit::kYear;
      m.spec.offset = year_from_previous ? -1 : *year_offset;
      m.spec.from_previous = year_from_previous;
      m.spec.named = named;
      m.spec.granularity = unit == Unit::kQuarter ? Granularity::kQuarter : Granularity::kHalf;
    } else {
      m.spec.kind = Spec::Kind::kNamed;
      m.spec.named = named;
      // A fiscal quarter is reported once it is over.
      if (fiscal) m.spec.placement = Placement::kPastOrSame;
    }
    return m;
  }

  // ---- seasons: summer, this summer, last fall, the winter of 1994 --------------------------------------------
  std::optional<Match> Season(uint32_t i) const {
    uint32_t j = i;
    std::optional<Placement> placement;
    const bool the = Is(j, Keyword::kThe);
    if (the) ++j;
    const Relative rel = Rel(j);
    if (rel == Relative::kLast || rel == Relative::kNext || rel == Relative::kThis) {
      if (the) return std::nullopt;
      ++j;
      placement = rel == Relative::kLast   ? Placement::kBefore
                  : rel == Relative::kNext ? Placement::kAfter
                                           : Placement::kSame;
      if (rel == Relative::kThis && Rel(j) == Relative::kLast && !IsLower(j, "last"))
        placement = Placement::kBefore, ++j;
      else if (rel == Relative::kThis && Rel(j) == Relative::kNext && !IsLower(j, "next"))
        placement = Placement::kAfter, ++j;
    }
    const WordInfo* w = Info(j);
    if (!w || !w->season) return std::nullopt;
    const std::string_view word = p_[j].lower;
    ++j;
    Match m;
    m.begin = i;
    NamedPeriod named;
    named.season = w->season;
    uint32_t k = Is(j, Keyword::kOf) ? j + 1 : j;
    if (auto y = Year(k, Is(j, Keyword::kOf) ? false : true); y && !placement) {
      m.end = y->second;
      m.spec.kind = Spec::Kind::kAbsolute;
      m.spec.period = *named.InYear(y->first);
      return m;
    }
    // "fall" and "spring" are also verbs and nouns: they need a determiner and a preposition ("in the spring").
    const bool preposition_before =
        i > 0 &&
        (Is(i - 1, Keyword::kIn) || Is(i - 1, Keyword::kDuring) || Is(i - 1, Keyword::kBy) ||
         Is(i - 1, Keyword::kSince) || IsLower(i - 1, "until") || IsLower(i - 1, "through") || IsLower(i - 1, "over"));
    if (!placement && (word == "fall" || word == "spring") && !(the && preposition_before)) return std::nullopt;
    if (!placement && !the &&
        !(i > 0 && (Is(i - 1, Keyword::kIn) || Is(i - 1, Keyword::kDuring) || Is(i - 1, Keyword::kBy) ||
                    Is(i - 1, Keyword::kSince) || (Info(i - 1) && Info(i - 1)->position[0]))))
      return std::nullopt;
    m.end = j;
    m.spec.kind = Spec::Kind::kNamed;
    m.spec.named = named;
    m.spec.placement = placement;
    return m;
  }

  // ---- clock times: 5 p.m., 10:30 a.m. GMT, noon Thursday, 5 p.m. EST, Nov. 6 ---------------------------------
  std::optional<Clock> ClockTime(uint32_t i) const {
    if (i >= n_) return std::nullopt;
    const Piece& p = p_[i];
    int hour = -1, minute = 0, meridiem = 0;
    uint32_t j = i + 1;
    if (p.shape == Shape::kClock) {
      hour = p.a, minute = p.b, meridiem = p.c;
    } else if (p.shape == Shape::kInteger && p.digits <= 2 && p.number >= 1 && p.number <= 12) {
      hour = static_cast<int>(p.number);
    } else if (Info(i) && Info(i)->number >= 1 && Info(i)->number <= 12 && !Is(i, Keyword::kA) && Info(i + 1) &&
               (Info(i + 1)->meridiem || Is(i + 1, Keyword::kOclock))) {
      hour = Info(i)->number;
    } else if (Info(i) && Info(i)->clock_minutes >= 0) {
      Clock c;
      c.minutes = Info(i)->clock_minutes;
      c.end = i + 1;
      return c;
    } else {
      return std::nullopt;
    }
    if (!meridiem && Info(j) && Info(j)->meridiem) meridiem = Info(j)->meridiem, ++j;
    const bool oclock = !meridiem && Is(j, Keyword::kOclock);
    if (oclock) ++j;
    if (p.shape != Shape::kClock && !meridiem && !oclock) return std::nullopt;
    if (meridiem && (hour < 1 || hour > 12)) return std::nullopt;
    if (p.shape == Shape::kClock && !meridiem && p.c == 0 && i > 0 && p_[i - 1].shape == Shape::kSymbol)
      return std::nullopt;
    if (meridiem == 2 && hour < 12) hour += 12;
    if (meridiem == 1 && hour == 12) hour = 0;
    Clock c;
    c.minutes = hour * 60 + minute;
    c.end = j;
    return c;
  }

  std::optional<Match> ClockExpression(uint32_t i) const {
    auto clock = ClockTime(i);
    if (!clock) return std::nullopt;
    uint32_t j = clock->end;
    const char* zone = nullptr;
    if (Info(j) && Info(j)->is_zone && p_[j].has_upper)  // "EST", not "et"
      zone = Info(j)->zone_offset, ++j;
    else if (Is(j, Keyword::kLocal) && Is(j + 1, Keyword::kTime))
      j += 2;
    Match m;
    m.begin = i, m.end = j;
    m.spec.zone = zone;
    m.spec.type = TimexType::kTime;
    m.spec.kind = Spec::Kind::kOffset;
    m.spec.unit = Unit::kDay;
    m.spec.granularity = Granularity::kDay;
    m.spec.clock_minutes = clock->minutes;
    // The day it is on: "5 p.m. EST, Nov. 9", "noon Thursday", "10 a.m. tomorrow" are one expression; in "6 a.m. on
    // March 17" the preposition parts two, but the time is still on that day.
    const bool on = Is(j, Keyword::kOn);
    const uint32_t k = IsPunct(j, ",") || on ? j + 1 : j;
    std::optional<Match> day;
    KeepLongest(&day, Weekday(k));
    KeepLongest(&day, MonthDayYear(k));
    KeepLongest(&day, DayWord(k));
    // "on Thursday at 5 p.m.": the day just before "at".
    bool day_before = false;
    if (!day && i >= 2 && Is(i - 1, Keyword::kAt)) {
      for (uint32_t start = i >= 6 ? i - 6 : 0; start + 1 < i && !day; ++start) {
        std::optional<Match> before;
        KeepLongest(&before, Weekday(start));
        KeepLongest(&before, MonthDayYear(start));
        KeepLongest(&before, DayWord(start));
        if (before && before->end == i - 1) day = before, day_before = true;
      }
    }
    if (day && day->spec.type == TimexType::kDate) {
      Spec spec = day->spec;
      spec.type = TimexType::kTime;
      spec.clock_minutes = clock->minutes;
      spec.zone = zone;
      m.spec = spec;
      if (!on && !day_before) m.end = day->end;
    }
    return m;
  }

  // ---- recurrences: every Tuesday, each year, twice a week, three times a year, Tuesday nights ----------------
  std::optional<Match> Recurrence(uint32_t i) const {
    Match m;
    m.begin = i;
    m.spec.type = TimexType::kSet;
    m.spec.kind = Spec::Kind::kLiteral;
    if (const WordInfo* w = Info(i); w && w->every[0]) {
      m.spec.quant = w->every;
      uint32_t j = i + 1;
      if (Is(j, Keyword::kOther)) {  // "every other week"
        if (UnitAt(j + 1) == Unit::kNone) return std::nullopt;
        m.spec.literal = DurationValue(2, UnitAt(j + 1), false);
        m.end = j + 2;
        return m;
      }
      if (auto amount = ParseAmount(j, false); amount && !amount->vague && UnitAt(amount->end) != Unit::kNone) {
        m.spec.literal = DurationValue(amount->value, UnitAt(amount->end), false);
        m.end = amount->end + 1;
        return m;
      }
      const WordInfo* x = Info(j);
      if (!x) return std::nullopt;
      char buffer[32];
      if (x->unit != Unit::kNone && !x->unit_plural) {
        if (x->unit == Unit::kWeekend)
          m.spec.literal = "XXXX-WXX-WE";
        else
          m.spec.literal = DurationValue(1, x->unit, false);
        m.end = j + 1;
        return m;
      }
      if (x->weekday) {
        std::snprintf(buffer, sizeof buffer, "XXXX-WXX-%d", x->weekday);
        m.spec.literal = buffer;
        m.end = j + 1;
        if (const WordInfo* part = Info(j + 1); part && part->part_of_day[0]) {
          m.spec.literal += std::string("T") + part->part_of_day;
          ++m.end;
        }
        return m;
      }
      if (x->month && IsFullMonthName(j)) {
        std::snprintf(buffer, sizeof buffer, "XXXX-%02d", x->month);
        m.spec.literal = buffer;
        m.end = j + 1;
        return m;
      }
      if (x->season) {
        static constexpr const char* kSeason[] = {"", "WI", "SP", "SU", "FA"};
        m.spec.literal = std::string("XXXX-") + kSeason[x->season];
        m.end = j + 1;
        return m;
      }
      if (x->part_of_day[0] && !x->part_of_day_plural) {
        m.spec.literal = std::string("XXXX-XX-XXT") + x->part_of_day;
        m.end = j + 1;
        return m;
      }
      return std::nullopt;
    }
    // "once a year", "twice a week", "three times a month", "five times per day"
    int times = 0;
    uint32_t j = i;
    if (Is(j, Keyword::kOnce))
      times = 1, ++j;
    else if (Is(j, Keyword::kTwice))
      times = 2, ++j;
    else if (auto amount = ParseAmount(j, false); amount && !amount->vague && Is(amount->end, Keyword::kTimes))
      times = static_cast<int>(amount->value), j = amount->end + 1;
    if (times > 0) {
      if (!(Is(j, Keyword::kA) || Is(j, Keyword::kPer) || (Info(j) && Info(j)->every[0]))) return std::nullopt;
      const Unit unit = UnitAt(j + 1);
      if (unit == Unit::kNone || Info(j + 1)->unit_plural) return std::nullopt;
      m.spec.literal = DurationValue(1, unit, false);
      m.spec.freq = std::to_string(times) + "X";
      m.end = j + 2;
      return m;
    }
    // "Mondays", "Tuesday nights"
    if (const WordInfo* w = Info(i); w && (w->weekday_plural || w->weekday)) {
      const WordInfo* part = Info(i + 1);
      const bool plural_part = part && part->part_of_day[0] && part->part_of_day_plural;
      if (w->weekday_plural || plural_part) {
        if (!p_[i].capitalized) return std::nullopt;
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "XXXX-WXX-%d", w->weekday_plural ? w->weekday_plural : w->weekday);
        m.spec.literal = buffer;
        m.end = i + 1;
        if (part && part->part_of_day[0]) {
          m.spec.literal += std::string("T") + part->part_of_day;
          ++m.end;
        }
        return m;
      }
    }
    return std::nullopt;
  }

  // ---- the phrase table: refs, recurrence words, holidays ------------------------------------------------------
  std::optional<Match> PhraseAt(uint32_t i) const {
    if (i >= n_ || !p_[i].info || !p_[i].info->starts_phrase) return std::nullopt;
    const auto* phrases = p_[i].info->phrases;
    if (!phrases) return std::nullopt;
    for (const Phrase* phrase : *phrases) {
      if (phrase->kind == PhraseKind::kMod || phrase->kind == PhraseKind::kTense) continue;
      if (i + phrase->words.size() > n_) continue;
      bool ok = true;
      for (size_t w = 1; w < phrase->words.size() && ok; ++w) ok = p_[i + w].lower == phrase->words[w];
      if (!ok) continue;
      const uint32_t end = i + static_cast<uint32_t>(phrase->words.size());
      // "the long-term outlook": a hyphenated phrase is an adjective.
      if (phrase->words.size() > 1 && p_[end - 1].joined) continue;
      Match m;
      m.begin = i, m.end = end;
      if (phrase->kind == PhraseKind::kRef) {
        m.spec.type = phrase->type == "TIME" ? TimexType::kTime : TimexType::kDate;
        m.spec.kind = Spec::Kind::kLiteral;
        m.spec.literal = phrase->value;
        m.spec.anchored = true;
      } else if (phrase->kind == PhraseKind::kSet) {
        // "annual sales" is a rate; "an annual summit" recurs.
        if (end < n_ && p_[end].info && p_[end].info->rate_noun) return std::nullopt;
        if (Is(end, Keyword::kOf)) return std::nullopt;  // "its initial quarterly of five cents"
        m.spec.type = TimexType::kSet;
        m.spec.kind = Spec::Kind::kLiteral;
        m.spec.literal = phrase->value;
        m.spec.quant = phrase->quant;
        if (phrase->words.size() >= 2 && (phrase->words[0] == "every" || phrase->words[0] == "each"))
          m.spec.quant = phrase->words[0] == "every" ? "EVERY" : "EACH";
      } else {
        // Holidays are names: capitalised in text ("Christmas"), placed like "May 19".
        if (!p_[i].capitalized) return std::nullopt;
        m.spec.kind = Spec::Kind::kNamed;
        if (phrase->value.rfind("EASTER", 0) == 0) {
          m.spec.named.easter = true;
          m.spec.named.easter_offset = phrase->value.size() > 6 ? std::stoi(phrase->value.substr(6)) : 0;
        } else {
          m.spec.named.month = std::stoi(phrase->value.substr(0, 2));
          m.spec.named.day = std::stoi(phrase->value.substr(3, 2));
        }
        if (auto y = Year(end, false); y && p_[end].shape == Shape::kInteger) {
          m.spec.kind = Spec::Kind::kAbsolute;
          m.spec.period = *m.spec.named.InYear(y->first);
          m.end = y->second;
        }
      }
      return m;
    }
    return std::nullopt;
  }

  // "year-end", "year end", "year's end", "the end of the year" (the last via WithPosition).
  std::optional<Match> YearEnd(uint32_t i) const {
    if (UnitAt(i) != Unit::kYear || Info(i)->unit_plural) return std::nullopt;
    uint32_t j = i + 1;
    if (Is(j, Keyword::kApostropheS)) ++j;
    if (!IsLower(j, "end")) return std::nullopt;
    Match m;
    m.begin = i, m.end = j + 1;
    m.spec.kind = Spec::Kind::kOffset;
    m.spec.unit = Unit::kYear;
    m.spec.granularity = Granularity::kYear;
    m.spec.mod = "END";
    return m;
  }

  // "mid-afternoon", "late morning", "early evening" (today's), with an optional day: "mid-afternoon yesterday".
  std::optional<Match> PositionPartOfDay(uint32_t i) const {
    const WordInfo* w = Info(i);
    if (!w || !w->position[0]) return std::nullopt;
    if (!IsLower(i, "early") && !IsLower(i, "late") && !IsLower(i, "mid")) return std::nullopt;
    const WordInfo* part = Info(i + 1);
    if (!part || !part->part_of_day[0] || part->part_of_day_plural || IsLower(i + 1, "overnight")) return std::nullopt;
    Match m;
    m.begin = i, m.end = i + 2;
    m.spec.type = TimexType::kTime;
    m.spec.kind = Spec::Kind::kOffset;
    m.spec.unit = Unit::kDay;
    m.spec.mod = w->position;
    std::copy_n(part->part_of_day, 3, m.spec.part_of_day);
    std::optional<Match> day;
    KeepLongest(&day, Weekday(i + 2));
    KeepLongest(&day, DayWord(i + 2));
    if (day && day->spec.type == TimexType::kDate) {
      Spec spec = day->spec;
      spec.type = TimexType::kTime;
      spec.mod = m.spec.mod;
      std::copy_n(part->part_of_day, 3, spec.part_of_day);
      m.spec = spec;
      m.end = day->end;
    }
    return m;
  }

  // ---- wrappers ----------------------------------------------------------------------------------------------
  std::optional<Match> Core(uint32_t i) const {
    if (i >= n_) return std::nullopt;
    const Piece& p = p_[i];
    if (p.shape == Shape::kWord && (!p.info || !p.info->can_start)) return std::nullopt;  // the common case
    // A count before a plain word ("5 million", "20 people") starts nothing; a year may ("1990 levels").
    if ((p.shape == Shape::kInteger || p.shape == Shape::kGroupedInteger || p.shape == Shape::kDecimal) &&
        p.digits != 4 && i + 1 < n_ && p_[i + 1].shape == Shape::kWord && !p_[i + 1].info && !p_[i + 1].joined)
      return std::nullopt;
    // "the", "a", "in", "its" start an expression only before a time word or a number.
    if (p.info && p.info->keyword != Keyword::kNone && p.info->keyword != Keyword::kYearAgo && !p.info->phrases &&
        i + 1 < n_ && p_[i + 1].shape == Shape::kWord && !p_[i + 1].info)
      return std::nullopt;
    if (p.shape == Shape::kPunct || p.shape == Shape::kSymbol) return std::nullopt;
    std::optional<Match> best;
    KeepLongest(&best, PhraseAt(i));
    KeepLongest(&best, DurationOrOffset(i));
    KeepLongest(&best, RelativeUnit(i));
    KeepLongest(&best, Weekend(i));
    KeepLongest(&best, VagueReference(i));
    KeepLongest(&best, BarePlural(i));
    KeepLongest(&best, DayWord(i));
    KeepLongest(&best, AWhile(i));
    KeepLongest(&best, InTheDay(i));
    KeepLongest(&best, NthDayOf(i));
    KeepLongest(&best, PartOfDayRelative(i));
    KeepLongest(&best, Weekday(i));
    KeepLongest(&best, MonthDayYear(i));
    KeepLongest(&best, MonthName(i));
    KeepLongest(&best, YearExpression(i));
    KeepLongest(&best, DecadeOrCentury(i));
    KeepLongest(&best, QuarterOrHalf(i));
    KeepLongest(&best, Season(i));
    KeepLongest(&best, ClockExpression(i));
    KeepLongest(&best, Recurrence(i));
    KeepLongest(&best, YearEnd(i));
    KeepLongest(&best, PositionPartOfDay(i));
    return best;
  }

  // "early next year", "late yesterday", "mid-November", "the end of the year", "the early 1980s",
  // "earlier this week", "later today", "earlier in the year".
  std::optional<Match> WithPosition(uint32_t i) const {
    uint32_t j = i;
    const bool the = Is(j, Keyword::kThe);
    if (the) ++j;
    const WordInfo* w = Info(j);
    if (!w) return std::nullopt;
    std::string mod;
    bool needs_of = false;
    if (w->position[0]) {
      mod = w->position;
      const std::string_view word = p_[j].lower;
      // "end", "beginning", "start", "middle", "close" are nouns: "the end of ..."; "early", "late", "mid" are not.
      needs_of = word != "early" && word != "late" && word != "mid";
      if (needs_of && !the) return std::nullopt;
    } else if (!the && (Is(j, Keyword::kEarlier) || Is(j, Keyword::kLater)) &&
               (IsLower(j, "earlier") || IsLower(j, "later"))) {
      mod = Is(j, Keyword::kEarlier) ? "START" : "END";
    } else {
      return std::nullopt;
    }
    ++j;
    if (needs_of) {
      if (!Is(j, Keyword::kOf)) return std::nullopt;
      ++j;
    } else if (Is(j, Keyword::kIn) && Is(j + 1, Keyword::kThe)) {
      ++j;  // "earlier in the year", "late in the day"
    }
    std::optional<Match> core = Core(j);
    if (!core || core->spec.type == TimexType::kDuration || core->spec.type == TimexType::kSet) return std::nullopt;
    if (core->spec.kind == Spec::Kind::kLiteral) return std::nullopt;
    // "late last year" and "the end of the year" are fine; "early the year" is not English.
    if (!needs_of && Is(j, Keyword::kThe) && !Is(j - 1, Keyword::kIn)) {
      // "the early 1980s" puts "the" first; "early the third quarter" is not a phrase.
      if (!(core->spec.kind == Spec::Kind::kAbsolute && core->spec.period.granularity == Granularity::kDecade))
        return std::nullopt;
    }
    if (the && !needs_of && Is(j, Keyword::kThe)) return std::nullopt;
    core->begin = i;
    if (core->spec.mod.empty()) core->spec.mod = mod;
    return core;
  }

  // "about two years ago", "more than four hours", "nearly 40 years", "around 7:15 p.m.", "up to 18 months".
  std::optional<Match> WithBound(uint32_t i) const {
    if (i >= n_ || !p_[i].info || !p_[i].info->starts_phrase) return std::nullopt;
    const auto* phrases = p_[i].info->phrases;
    if (!phrases) return std::nullopt;
    for (const Phrase* phrase : *phrases) {
      if (phrase->kind != PhraseKind::kMod) continue;
      if (i + phrase->words.size() > n_) continue;
      bool ok = true;
      for (size_t w = 1; w < phrase->words.size() && ok; ++w) ok = p_[i + w].lower == phrase->words[w];
      if (!ok) continue;
      const uint32_t j = i + static_cast<uint32_t>(phrase->words.size());
      std::optional<Match> core = Core(j);
      if (!core) continue;
      // A bound applies to an amount ("more than four hours", "about two years ago") or a clock time; only the
      // loosest ("around", "about") to a date ("around Nov. 1").
      const bool counted = IsNumberish(j) || (Info(j) && (Info(j)->number >= 0 || Is(j, Keyword::kA)));
      const bool approx = phrase->value == "APPROX";
      const bool amount_like =
          counted && (core->spec.type == TimexType::kDuration || core->spec.kind == Spec::Kind::kOffset ||
                      core->spec.literal == "PAST_REF" || core->spec.literal == "FUTURE_REF");
      const bool clock = core->spec.type == TimexType::kTime && core->spec.clock_minutes >= 0;
      const bool date = approx && phrase->words[0] != "some" && core->spec.type == TimexType::kDate &&
                        core->spec.kind != Spec::Kind::kLiteral;
      if (!amount_like && !clock && !date) continue;
      core->begin = i;
      core->spec.mod = phrase->value;
      return core;
    }
    return std::nullopt;
  }
};

}  // namespace

std::optional<Match> MatchAt(const std::vector<Piece>& pieces, uint32_t i) { return Grammar(pieces).Longest(i); }

}  // namespace newsgraph::timex
