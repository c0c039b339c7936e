// Paragraphs, tokens and sentences in one left-to-right pass per paragraph.
//
// The tokenizer is a hand-written scanner over bytes with an ASCII fast path; it never looks back more than a few
// tokens and never rescans, so time is linear in the input whatever its shape (one 50 MB line included).
// Sentence boundaries are decided on tokens: a full stop, "!", "?" or ellipsis (plus any closing quotes and
// brackets) ends a sentence unless the next word starts in lower case; a full stop that belongs to an abbreviation
// ends one only for the abbreviations that may end a sentence, and only before a typical sentence opener.
#include <cstring>

#include "newsgraph/text.h"
#include "text/lexicon.h"
#include "text/unicode.h"

namespace newsgraph {
namespace {

using text::CharClass;

struct CharInfo {
  char32_t cp = 0;
  CharClass klass = CharClass::kSpace;
  int length = 0;  // 0 at the end of the range
};

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool IsAlnum(CharClass k) { return k == CharClass::kLetter || k == CharClass::kDigit; }
bool IsWordChar(CharClass k) { return IsAlnum(k) || k == CharClass::kMark; }

class Tokenizer {
 public:
  Tokenizer(std::string_view text, const SegmenterOptions& options, std::vector<Token>* tokens)
      : text_(text), options_(options), tokens_(tokens) {}

  void Run(size_t begin, size_t end) {
    end_ = end;
    size_t pos = begin;
    space_before_ = true;
    while (pos < end_) {
      const CharInfo c = At(pos);
      switch (c.klass) {
        case CharClass::kSpace:
        case CharClass::kControl:  // NUL and other controls separate tokens and are never part of one
          space_before_ = true;
          pos += c.length;
          break;
        case CharClass::kMark: pos = AttachMark(pos, c); break;
        case CharClass::kLetter:
        case CharClass::kDigit: pos = IsUrlStart(pos) ? ScanUrl(pos) : ScanWord(pos, pos); break;
        case CharClass::kQuote: pos = ScanQuote(pos, c); break;
        case CharClass::kDash: pos = ScanRun(pos, c); break;
        case CharClass::kPunct: pos = ScanPunct(pos, c); break;
        case CharClass::kSymbol: pos = ScanSymbol(pos, c); break;
      }
    }
  }

 private:
  CharInfo At(size_t pos) const {
    CharInfo info;
    if (pos >= end_) return info;
    const unsigned char b = static_cast<unsigned char>(text_[pos]);
    if (b < 0x80) {
      info.cp = b;
      info.length = 1;
    } else {
      info.cp = text::DecodeAt(text_, pos, &info.length);
    }
    info.klass = text::Classify(info.cp);
    return info;
  }

  char32_t LastCharBefore(size_t pos) const {
    int len = 0;
    return text::DecodeAt(text_, text::PreviousStart(text_, pos), &len);
  }

  size_t Emit(size_t start, size_t end, TokenKind kind) {
    tokens_->push_back(Token{Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)}, kind, space_before_});
    space_before_ = false;
    return end;
  }

  // End of the run of `cp` starting at pos ("...", "--", "!!").
  size_t RunOf(size_t pos, char32_t cp) const {
    CharInfo c = At(pos);
    while (c.length > 0 && c.cp == cp) {
      pos += c.length;
      c = At(pos);
    }
    return pos;
  }

  // Combining marks, ZWJ and variation selectors extend the token they follow.
  size_t AttachMark(size_t pos, const CharInfo& c) {
    if (!tokens_->empty() && !space_before_ && tokens_->back().span.end == pos) {
      tokens_->back().span.end = static_cast<uint32_t>(pos + c.length);
      return pos + c.length;
    }
    return Emit(pos, pos + c.length, TokenKind::kSymbol);
  }

  bool StartsWithIgnoringCase(size_t pos, std::string_view prefix) const {
    if (end_ - pos < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
      if (text::AsciiLower(text_[pos + i]) != prefix[i]) return false;
    return true;
  }

  bool IsUrlStart(size_t pos) const {
    const char c = text::AsciiLower(text_[pos]);
    if (c != 'h' && c != 'f' && c != 'w') return false;
    return StartsWithIgnoringCase(pos, "http://") || StartsWithIgnoringCase(pos, "https://") ||
           StartsWithIgnoringCase(pos, "ftp://") || StartsWithIgnoringCase(pos, "www.");
  }

  // A URL runs to the next space or quotation mark; trailing sentence punctuation and an unmatched ")" or "]" stay
  // out ("(see http://example.com/a)", "[http://example.com/b]").
  size_t ScanUrl(size_t start) {
    size_t pos = start;
    int open_parens = 0, open_brackets = 0;
    CharInfo c = At(pos);
    while (c.length > 0 && c.klass != CharClass::kSpace && c.klass != CharClass::kControl &&
           !(c.klass == CharClass::kQuote && c.cp != '\'') && c.cp != '<' && c.cp != '>') {
      if (c.cp == '(') ++open_parens;
      if (c.cp == ')') --open_parens;
      if (c.cp == '[') ++open_brackets;
      if (c.cp == ']') --open_brackets;
      pos += c.length;
      c = At(pos);
    }
    while (pos > start) {
      const char last = text_[pos - 1];
      if (std::string_view(".,;:!?'").find(last) != std::string_view::npos || (last == ')' && open_parens < 0) ||
          (last == ']' && open_brackets < 0)) {
        if (last == ')') ++open_parens;
        if (last == ']') ++open_brackets;
        --pos;
      } else {
        break;
      }
    }
    return Emit(start, pos, TokenKind::kUrl);
  }

  // A word or number from `pos`; `start` is where the token began (before a leading "@", "#" or apostrophe).
  size_t ScanWord(size_t start, size_t pos) {
    bool has_letter = false;
    size_t segment_start = pos;  // start of the current run of letters and digits
    while (true) {
      CharInfo c = At(pos);
      while (c.length > 0 && IsWordChar(c.klass)) {
        has_letter |= c.klass == CharClass::kLetter;
        pos += c.length;
        c = At(pos);
      }
      if (c.length == 0) break;
      const CharInfo next = At(pos + c.length);
      const bool prev_digit = text::IsAsciiDigit(text_[pos - 1]);
      const size_t segment_length = pos - segment_start;
      if (c.cp == '.') {
        const bool decimal = prev_digit && next.klass == CharClass::kDigit;
        const bool acronym = segment_length == 1 && text::IsAsciiAlpha(text_[pos - 1]) &&
                             next.klass == CharClass::kLetter && next.cp < 128;  // U.S, a.m, e.g
        const bool domain = segment_length >= 2 && next.cp >= 'a' && next.cp <= 'z' && has_letter;  // bbc.co.uk
        if (decimal || acronym || domain) {
          pos += 1;
          segment_start = pos;
          continue;
        }
        break;
      }
      if (c.cp == '/' && segment_length == 1 && next.klass == CharClass::kLetter && next.cp < 128 &&
          !IsWordChar(At(pos + 2).klass)) {  // b/c, w/o
        pos += 2;
        break;
      }
      if ((c.cp == ',' || c.cp == ':' || c.cp == '/') && prev_digit && next.klass == CharClass::kDigit) {
        // 1,000 and 10:30 and 08/16/2000
        pos += 1;
        segment_start = pos;
        continue;
      }
      if (c.cp == '_' && IsAlnum(next.klass)) {  // file_name, snake_case
        pos += 1;
        segment_start = pos;
        continue;
      }
      if (IsApostrophe(c.cp)) {
        const size_t suffix_start = pos + c.length;
        size_t suffix_end = suffix_start;
        CharInfo s = At(suffix_end);
        while (s.length > 0 && s.klass == CharClass::kLetter) {
          suffix_end += s.length;
          s = At(suffix_end);
        }
        if (suffix_end == suffix_start) break;  // "students' ": the apostrophe stands alone
        const bool at_word_end = !IsWordChar(s.klass) || s.length == 0;
        const std::string suffix = text::LowerCase(text_.substr(suffix_start, suffix_end - suffix_start));
        if (at_word_end && (suffix == "s" || suffix == "re" || suffix == "ve" || suffix == "ll" || suffix == "d" ||
                            suffix == "m")) {
          Emit(start, pos, has_letter ? TokenKind::kWord : TokenKind::kNumber);
          return Emit(pos, suffix_end, TokenKind::kWord);  // 's 're 've 'll 'd 'm
        }
        const char before = text::AsciiLower(text_[pos - 1]);
        if (at_word_end && suffix == "t" && before == 'n' && pos - 1 > start) {
          Emit(start, pos - 1, TokenKind::kWord);
          return Emit(pos - 1, suffix_end, TokenKind::kWord);  // n't
        }
        pos = suffix_start;  // O'Brien, rock'n'roll
        segment_start = pos;
        continue;
      }
      if (IsHyphen(c.cp) && IsAlnum(next.klass) &&
          (!options_.split_hyphens || (prev_digit && next.klass == CharClass::kDigit) ||  // 303-832-8160
           (segment_start == start && text::IsHyphenPrefix(text_.substr(start, pos - start))))) {
        pos += c.length;
        segment_start = pos;
        continue;
      }
      if (c.cp == '&' && next.klass == CharClass::kLetter && text::IsUpper(next.cp) && pos - start <= 4 &&
          text::IsUpper(static_cast<unsigned char>(text_[start]))) {  // AT&T, S&P, M&A
        pos += 1;
        segment_start = pos;
        continue;
      }
      if (c.cp == '@' && IsAlnum(next.klass)) {
        const size_t email_end = ScanEmailDomain(pos + 1);
        if (email_end > 0) return EmitEmail(start, email_end);
      }
      break;
    }
    const std::string_view word = text_.substr(start, pos - start);
    if (const std::vector<uint8_t>* parts = text::FusedWordParts(word)) {
      for (const uint8_t length : *parts) start = Emit(start, start + length, TokenKind::kWord);
      return start;
    }
    if (pos < end_ && text_[pos] == '.' && !(pos + 1 < end_ && text_[pos + 1] == '.')) {
      const text::AbbreviationClass abbreviation = text::ClassifyAbbreviation(word);
      if (abbreviation != text::AbbreviationClass::kNone &&
          (abbreviation != text::AbbreviationClass::kNumeral || NumberFollows(pos + 1)))
        ++pos;  // the full stop belongs to the abbreviation
    }
    return Emit(start, pos, has_letter ? TokenKind::kWord : TokenKind::kNumber);
  }

  bool NumberFollows(size_t pos) const {
    while (pos < end_ && (text_[pos] == ' ' || text_[pos] == '\t')) ++pos;
    return pos < end_ && text::IsAsciiDigit(text_[pos]);
  }

  static bool IsEmailLocalChar(char c) {
    return text::IsAsciiAlpha(c) || text::IsAsciiDigit(c) || std::string_view("._%+-").find(c) != std::string_view::npos;
  }

  // An e-mail address whose domain ends at `end`: the local part may already have been emitted as several tokens
  // ("jane.doe" "+" "news"); take them back.
  size_t EmitEmail(size_t start, size_t end) {
    for (size_t i = start; i-- > 0 && IsEmailLocalChar(text_[i]);) {
      if (tokens_->empty() || space_before_ || tokens_->back().span.end != start) break;
      const Token previous = tokens_->back();
      bool local = true;
      for (uint32_t k = previous.span.start; k < previous.span.end && local; ++k) local = IsEmailLocalChar(text_[k]);
      if (!local) break;
      tokens_->pop_back();
      start = previous.span.start;
      space_before_ = previous.space_before;
      i = start;
    }
    return Emit(start, end, TokenKind::kEmail);
  }

  // The domain of an e-mail address after "@": labels of letters, digits and hyphens, at least one dot.
  // Returns its end, or 0 when it is not one.
  size_t ScanEmailDomain(size_t pos) const {
    size_t last_dot = 0;
    size_t end = pos;
    while (end < end_) {
      const char ch = text_[end];
      if (text::IsAsciiDigit(ch) || text::IsAsciiAlpha(ch) || ch == '-') {
        ++end;
      } else if (ch == '.' && end + 1 < end_ && (text::IsAsciiAlpha(text_[end + 1]) || text::IsAsciiDigit(text_[end + 1]))) {
        last_dot = end;
        ++end;
      } else {
        break;
      }
    }
    return last_dot > pos ? end : 0;
  }

  size_t ScanQuote(size_t pos, const CharInfo& c) {
    if (IsApostrophe(c.cp) || c.cp == 0x2018) {
      const CharInfo next = At(pos + c.length);
      // '90s, ’90s
      if (next.klass == CharClass::kDigit) {
        size_t p = pos + c.length;
        while (p < end_ && text::IsAsciiDigit(text_[p])) ++p;
        if (p - (pos + c.length) == 2) {
          if (p < end_ && text_[p] == 's') ++p;
          const CharInfo after = At(p);
          if (!IsWordChar(after.klass)) return Emit(pos, p, TokenKind::kWord);
        }
      }
      // rock ’n’ roll
      if ((next.cp == 'n' || next.cp == 'N')) {
        const CharInfo close = At(pos + c.length + 1);
        if (IsApostrophe(close.cp) && !IsWordChar(At(pos + c.length + 1 + close.length).klass))
          return Emit(pos, pos + c.length + 1 + close.length, TokenKind::kWord);
      }
    }
    return Emit(pos, pos + c.length, TokenKind::kQuote);
  }

  // Separator lines and runs: "=====", "-----", "***", "__", "==--".
  static bool IsSeparatorChar(char32_t c) { return c < 128 && std::string_view("-=*_~#+").find(static_cast<char>(c)) != std::string_view::npos; }
  size_t SeparatorRunEnd(size_t pos) const {
    size_t end = pos;
    while (end < end_ && IsSeparatorChar(static_cast<unsigned char>(text_[end]))) ++end;
    return end;
  }

  // ":)", ":-(", ";)", ":D", ":P" followed by a space or the end.
  size_t EmoticonEnd(size_t pos) const {
    size_t p = pos + 1;
    if (p < end_ && text_[p] == '-') ++p;
    if (p >= end_ || std::string_view(")(DPp/|").find(text_[p]) == std::string_view::npos) return 0;
    ++p;
    if (p < end_ && !IsSpaceOrPunct(At(p).klass)) return 0;
    return p;
  }
  static bool IsSpaceOrPunct(CharClass k) {
    return k == CharClass::kSpace || k == CharClass::kPunct || k == CharClass::kControl || k == CharClass::kQuote;
  }

  size_t ScanRun(size_t pos, const CharInfo& c) {
    const size_t separators = SeparatorRunEnd(pos);
    if (separators >= pos + 2) return Emit(pos, separators, TokenKind::kPunctuation);
    if (c.cp == '(' || c.cp == ')' || c.cp == '[' || c.cp == ']' || c.cp == '{' || c.cp == '}')
      return Emit(pos, pos + c.length, TokenKind::kPunctuation);
    return Emit(pos, RunOf(pos, c.cp), c.klass == CharClass::kSymbol ? TokenKind::kSymbol : TokenKind::kPunctuation);
  }

  size_t ScanPunct(size_t pos, const CharInfo& c) {
    if ((c.cp == ':' || c.cp == ';') && space_before_) {
      if (const size_t e = EmoticonEnd(pos)) return Emit(pos, e, TokenKind::kSymbol);
    }
    if (c.cp == '.' || c.cp == '!' || c.cp == '?') {
      size_t end = pos;
      CharInfo k = c;
      while (k.length > 0 && (k.cp == '.' || k.cp == '!' || k.cp == '?' || k.cp == 0x2026)) {
        end += k.length;
        k = At(end);
      }
      // ".5" is a number
      if (c.cp == '.' && end == pos + 1 && k.klass == CharClass::kDigit && space_before_) return ScanWord(pos, pos + 1);
      return Emit(pos, end, TokenKind::kPunctuation);
    }
    return ScanRun(pos, c);
  }

  size_t ScanSymbol(size_t pos, const CharInfo& c) {
    if ((c.cp == '@' || c.cp == '#') && IsAlnum(At(pos + 1).klass)) return ScanWord(pos, pos + 1);  // @handle #tag
    return ScanRun(pos, c);
  }

  std::string_view text_;
  const SegmenterOptions& options_;
  std::vector<Token>* tokens_;
  size_t end_ = 0;
  bool space_before_ = true;
};

// --- Sentences -----------------------------------------------------------------------------------------------

char32_t FirstChar(std::string_view text, const Token& t) {
  int len = 0;
  return text::DecodeAt(text, t.span.start, &len);
}

bool IsClosingQuote(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kQuote) return false;
  const char32_t c = FirstChar(text, t);
  if (c == 0x201D || c == 0x2019 || c == 0x00BB || c == 0x203A) return true;
  return (c == '"' || c == '\'') && !t.space_before;  // straight quote glued to the full stop
}

bool IsClosingBracket(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kPunctuation) return false;
  const char32_t c = FirstChar(text, t);
  return c == ')' || c == ']' || c == '}';
}

bool IsOpener(std::string_view text, const Token& t) {
  if (t.kind == TokenKind::kQuote) return true;
  if (t.kind != TokenKind::kPunctuation) return false;
  const char32_t c = FirstChar(text, t);
  return c == '(' || c == '[' || c == '{';
}

enum class Terminal { kNone, kStrong, kAbbreviation };

Terminal TerminalKind(std::string_view text, const Token& t, text::AbbreviationClass* abbreviation) {
  if (t.kind == TokenKind::kPunctuation) {
    const char c = text[t.span.start];
    if (c == '.' || c == '!' || c == '?') return Terminal::kStrong;
    if (t.span.size() == 3 && t.span.In(text) == "\u2026") return Terminal::kStrong;
    return Terminal::kNone;
  }
  if (t.kind == TokenKind::kWord && t.span.size() > 1 && text[t.span.end - 1] == '.') {
    *abbreviation = text::ClassifyAbbreviation(text.substr(t.span.start, t.span.size() - 1));
    return Terminal::kAbbreviation;
  }
  return Terminal::kNone;
}

// `terminal_token` ends a candidate sentence that runs to just before `next` (closing quotes and brackets included).
bool EndsSentenceBefore(std::string_view text, Terminal terminal, text::AbbreviationClass abbreviation,
                        const std::vector<Token>& tokens, size_t terminal_token, size_t next, size_t end) {
  // The first word of what follows, past opening quotes and brackets.
  size_t k = next;
  while (k < end && IsOpener(text, tokens[k])) ++k;
  if (k == end) return true;
  const Token& first = tokens[k];
  const char32_t c = FirstChar(text, first);
  if (terminal == Terminal::kAbbreviation) {
    if (abbreviation == text::AbbreviationClass::kTitle || abbreviation == text::AbbreviationClass::kNumeral)
      return false;
    if (abbreviation == text::AbbreviationClass::kMonth && first.kind == TokenKind::kNumber) return false;
    return text::IsUpper(c) && text::IsSentenceOpener(first.span.In(text));
  }
  if (k == next && first.kind == TokenKind::kPunctuation && std::string_view(",;:)]}").find(text[first.span.start]) != std::string_view::npos)
    return false;  // "?," "!)" and the like
  if (text::IsLower(c)) {
    // A lower-case word goes on the sentence after an ellipsis ("and then... nothing") or a closing quotation mark
    // ("Why?" he asked); after a bare full stop, "?" or "!" it opens a new one, as in informal text.
    const Token& t = tokens[terminal_token];
    const bool ellipsis = t.span.size() > 1 && text[t.span.start] == '.';
    const bool unicode_ellipsis = text[t.span.start] != '.' && text[t.span.start] != '!' && text[t.span.start] != '?';
    return !(ellipsis || unicode_ellipsis || next != terminal_token + 1);
  }
  return true;
}

void SplitSentences(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end,
                    uint32_t paragraph, std::vector<Sentence>* sentences) {
  auto emit = [&](size_t b, size_t e) {
    sentences->push_back(Sentence{Span{tokens[b].span.start, tokens[e - 1].span.end}, static_cast<uint32_t>(b),
                                   static_cast<uint32_t>(e), paragraph});
  };
  size_t sentence_start = begin;
  for (size_t i = begin; i < end; ++i) {
    text::AbbreviationClass abbreviation = text::AbbreviationClass::kNone;
    const Terminal terminal = TerminalKind(text, tokens[i], &abbreviation);
    if (terminal == Terminal::kNone) continue;
    size_t j = i + 1;
    while (j < end && (IsClosingQuote(text, tokens[j]) || IsClosingBracket(text, tokens[j])) &&
           !tokens[j].space_before)
      ++j;
    if (j == end) break;
    if (EndsSentenceBefore(text, terminal, abbreviation, tokens, i, j, end)) {
      emit(sentence_start, j);
      sentence_start = j;
    }
    i = j - 1;
  }
  if (sentence_start < end) emit(sentence_start, end);
}

// --- Paragraphs ----------------------------------------------------------------------------------------------

// True when text[begin, end) holds only whitespace.
bool IsBlank(std::string_view text, size_t begin, size_t end) {
  for (size_t i = begin; i < end;) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v') {
      ++i;
      continue;
    }
    if (b < 0x80) return false;
    int len = 0;
    if (text::Classify(text::DecodeAt(text, i, &len)) != CharClass::kSpace) return false;
    i += len;
  }
  return true;
}

}  // namespace

void Segment(std::string_view text, const SegmenterOptions& options, Analysis* analysis) {
  analysis->paragraphs.clear();
  analysis->sentences.clear();
  analysis->tokens.clear();
  Tokenizer tokenizer(text, options, &analysis->tokens);

  auto add_paragraph = [&](size_t begin, size_t end) {
    const size_t first_token = analysis->tokens.size();
    tokenizer.Run(begin, end);
    const size_t last_token = analysis->tokens.size();
    if (first_token == last_token) return;  // only controls or marks: nothing to say
    const auto index = static_cast<uint32_t>(analysis->paragraphs.size());
    Paragraph p;
    p.span = Span{analysis->tokens[first_token].span.start, analysis->tokens[last_token - 1].span.end};
    p.sentence_begin = static_cast<uint32_t>(analysis->sentences.size());
    SplitSentences(text, analysis->tokens, first_token, last_token, index, &analysis->sentences);
    p.sentence_end = static_cast<uint32_t>(analysis->sentences.size());
    analysis->paragraphs.push_back(p);
  };

  // Paragraphs are runs of non-blank lines.
  size_t paragraph_start = std::string_view::npos;
  size_t line_start = 0;
  while (line_start <= text.size()) {
    const void* nl = line_start < text.size() ? std::memchr(text.data() + line_start, '\n', text.size() - line_start)
                                              : nullptr;
    const size_t line_end = nl ? static_cast<const char*>(nl) - text.data() : text.size();
    if (IsBlank(text, line_start, line_end)) {
      if (paragraph_start != std::string_view::npos) add_paragraph(paragraph_start, line_start);
      paragraph_start = std::string_view::npos;
    } else if (paragraph_start == std::string_view::npos) {
      paragraph_start = line_start;
    }
    if (!nl) break;
    line_start = line_end + 1;
  }
  if (paragraph_start != std::string_view::npos) add_paragraph(paragraph_start, text.size());
}

}  // namespace newsgraph
