// Pieces: a sentence's tokens as the time grammar reads them (hyphenated words split, numbers classified by shape,
// words looked up in the time lexicon). The grammar itself is timex/grammar.h.
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

}  // namespace newsgraph::timex
