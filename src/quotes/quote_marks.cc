#include "quotes/quote_marks.h"

#include "text/unicode.h"

namespace newsgraph::quotes {
namespace {

enum class Facing : uint8_t { kOpen, kClose, kEither, kNone };

struct Mark {
  uint32_t begin = 0, end = 0;  // tokens of the mark
  bool single = false;
  Facing glyph = Facing::kNone;  // which way the glyph faces
  bool straight = false;
};

char32_t FirstCodePoint(std::string_view text, const Token& t) {
  int len = 0;
  return text::DecodeAt(text, t.span.start, &len);
}

bool Adjacent(const Token& a, const Token& b) { return a.span.end == b.span.start; }

// The mark starting at token i (a kQuote token) of a paragraph ending at token `end`.
Mark ReadMark(std::string_view text, const std::vector<Token>& tokens, uint32_t i, uint32_t end) {
  Mark m;
  m.begin = i;
  m.end = i + 1;
  const char32_t c = FirstCodePoint(text, tokens[i]);
  const bool pair = i + 1 < end && tokens[i + 1].kind == TokenKind::kQuote && Adjacent(tokens[i], tokens[i + 1]) &&
                    FirstCodePoint(text, tokens[i + 1]) == c;
  switch (c) {
    case '"':
    case 0xFF02:
      m.glyph = Facing::kEither;
      m.straight = true;
      break;
    case '\'':
      m.straight = true;
      if (pair) {  // '' typewriter double quote
        m.end = i + 2;
        m.glyph = Facing::kEither;
      } else {
        m.single = true;
        m.glyph = Facing::kEither;
      }
      break;
    case '`':
      m.glyph = Facing::kOpen;
      m.straight = true;
      if (pair) m.end = i + 2;
      else m.single = true;
      break;
    case 0x201C: m.glyph = Facing::kOpen; break;                  // “
    case 0x201D: m.glyph = Facing::kClose; break;                 // ”
    case 0x201E: case 0x201F: case 0x00AB: m.glyph = Facing::kOpen; break;  // „ ‟ «
    case 0x00BB: m.glyph = Facing::kClose; break;                 // »
    case 0x2018: case 0x201A: case 0x201B: case 0x2039: m.glyph = Facing::kOpen; m.single = true; break;  // ‘ ‚ ‛ ‹
    case 0x2019: case 0x203A: m.glyph = Facing::kClose; m.single = true; break;  // ’ ›
    default: m.glyph = Facing::kNone; break;  // primes, CJK brackets
  }
  return m;
}

bool IsOpeningContextPunct(std::string_view text, const Token& t) {
  if (t.kind == TokenKind::kQuote) return true;
  if (t.kind != TokenKind::kPunctuation) return false;
  const char32_t c = FirstCodePoint(text, t);
  return c == '(' || c == '[' || c == '{' || c == ':' || c == ';' || c == ',' || c == '/' || c == '-' ||
         c == 0x2013 || c == 0x2014 || c == 0x2015;
}

bool IsClosingContextPunct(std::string_view text, const Token& t) {
  if (t.kind == TokenKind::kQuote) return true;
  if (t.kind != TokenKind::kPunctuation) return false;
  const char32_t c = FirstCodePoint(text, t);
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '}' ||
         c == 0x2026 || c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2015;
}

struct Open {
  Mark mark;
  uint32_t paragraph = 0;
};

class Scanner {
 public:
  Scanner(std::string_view text, const Analysis& a, std::vector<QuoteRegion>* out)
      : text_(text), a_(a), tokens_(a.tokens), out_(out) {}

  void Run() {
    for (uint32_t p = 0; p < a_.paragraphs.size(); ++p) {
      const Paragraph& para = a_.paragraphs[p];
      if (para.sentence_begin >= para.sentence_end) continue;
      const uint32_t begin = a_.sentences[para.sentence_begin].token_begin;
      const uint32_t end = a_.sentences[para.sentence_end - 1].token_end;
      RunParagraph(p, begin, end);
    }
    if (carry_) Emit(carry_open_, carry_end_, carry_end_, carry_paragraph_, false);
  }

 private:
  void RunParagraph(uint32_t p, uint32_t begin, uint32_t end) {
    uint32_t i = begin;
    if (carry_) {
      bool continues = false;
      if (tokens_[begin].kind == TokenKind::kQuote) {
        const Mark m = ReadMark(text_, tokens_, begin, end);
        const Facing f = Decide(m, end);
        continues = !m.single && m.glyph != Facing::kNone && (f == Facing::kOpen || f == Facing::kEither);
        if (continues) i = m.end;
      }
      if (continues) {
        stack_.push_back(carry_open_);
        ++doubles_;
      } else {
        Emit(carry_open_, carry_end_, carry_end_, carry_paragraph_, false);
      }
      carry_ = false;
    }
    while (i < end) {
      if (tokens_[i].kind != TokenKind::kQuote) {
        ++i;
        continue;
      }
      const Mark m = ReadMark(text_, tokens_, i, end);
      if (m.glyph == Facing::kNone) {
        i = m.end;
        continue;
      }
      if (m.straight && !m.single && i > begin && Adjacent(tokens_[i - 1], tokens_[i]) &&
          text_[tokens_[i - 1].span.end - 1] == '=') {
        i = SkipAttribute(i, end);  // tweet-id="7834..."
        continue;
      }
      Facing f = Decide(m, end);
      if (f == Facing::kEither) {
        if (m.single) f = Facing::kNone;  // a lone straight ' between spaces or letters: not a mark
        else f = doubles_ > 0 ? Facing::kClose : Facing::kOpen;
      }
      if (f == Facing::kClose) {
        if (!Close(m, p)) {
          // Nothing of its kind is open: a misplaced ” that opens ("”Mr. Trump ..."), or an apostrophe.
          if (!m.single && OpensByContext(m, end)) Push(m, p);
        }
      } else if (f == Facing::kOpen) {
        Push(m, p);
      }
      i = m.end;
    }
    // What the paragraph leaves open: a double quotation may continue in the next paragraph; the rest is dropped.
    if (!stack_.empty() && !stack_.front().mark.single) {
      carry_ = true;
      carry_open_ = stack_.front();
      carry_end_ = end;
      carry_paragraph_ = p;
    }
    stack_.clear();
    doubles_ = singles_ = 0;
  }

  // The segmenter marks a paragraph's first token as preceded by space.
  bool LeftSpace(const Mark& m) const { return m.begin == 0 || tokens_[m.begin].space_before; }
  bool RightSpace(const Mark& m, uint32_t end) const { return m.end >= end || tokens_[m.end].space_before; }

  bool OpensByContext(const Mark& m, uint32_t end) const {
    const bool left = LeftSpace(m) || (m.begin > 0 && IsOpeningContextPunct(text_, tokens_[m.begin - 1]));
    return left && !RightSpace(m, end) && !IsClosingContextPunct(text_, tokens_[m.end]);
  }
  bool ClosesByContext(const Mark& m, uint32_t end) const {
    if (LeftSpace(m)) return false;
    return RightSpace(m, end) || IsClosingContextPunct(text_, tokens_[m.end]);
  }

  Facing Decide(const Mark& m, uint32_t end) const {
    const bool opens = OpensByContext(m, end), closes = ClosesByContext(m, end);
    if (opens && !closes) {
      // A ’ that opens is an elided word ("’em"), not a quotation.
      if (m.single && m.glyph == Facing::kClose) return Facing::kNone;
      return Facing::kOpen;
    }
    if (closes && !opens) return Facing::kClose;
    return m.glyph;
  }

  void Push(const Mark& m, uint32_t p) {
    stack_.push_back(Open{m, p});
    (m.single ? singles_ : doubles_) += 1;
  }

  // Closes the innermost open quotation of m's kind, dropping unclosed ones inside it. Returns false when none is
  // open.
  bool Close(const Mark& m, uint32_t p) {
    if ((m.single ? singles_ : doubles_) == 0) return false;
    while (!stack_.empty()) {
      const Open top = stack_.back();
      stack_.pop_back();
      (top.mark.single ? singles_ : doubles_) -= 1;
      if (top.mark.single == m.single) {
        if (stack_.empty()) Emit(top, m.begin, m.end, p, true);
        return true;
      }
    }
    return true;
  }

  uint32_t SkipAttribute(uint32_t i, uint32_t end) {
    const char32_t c = FirstCodePoint(text_, tokens_[i]);
    for (uint32_t j = i + 1; j < end && j < i + 64; ++j)
      if (tokens_[j].kind == TokenKind::kQuote && FirstCodePoint(text_, tokens_[j]) == c) return j + 1;
    return i + 1;
  }

  void Emit(const Open& open, uint32_t inner_end, uint32_t close_end, uint32_t last_paragraph, bool closed) {
    if (open.mark.end >= inner_end) return;  // "" holds nothing
    QuoteRegion r;
    r.open_begin = open.mark.begin;
    r.inner_begin = open.mark.end;
    r.inner_end = inner_end;
    r.close_end = close_end;
    r.first_paragraph = open.paragraph;
    r.last_paragraph = last_paragraph;
    r.closed = closed;
    r.single = open.mark.single;
    out_->push_back(r);
  }

  std::string_view text_;
  const Analysis& a_;
  const std::vector<Token>& tokens_;
  std::vector<QuoteRegion>* out_;
  std::vector<Open> stack_;
  int doubles_ = 0, singles_ = 0;
  bool carry_ = false;
  Open carry_open_;
  uint32_t carry_end_ = 0, carry_paragraph_ = 0;
};

}  // namespace

void ScanQuotations(std::string_view text, const Analysis& analysis, std::vector<QuoteRegion>* out) {
  Scanner(text, analysis, out).Run();
}

}  // namespace newsgraph::quotes
