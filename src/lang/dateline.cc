#include "lang/dateline.h"

#include "text/token_search.h"

namespace newsgraph::lang {
namespace {

bool IsDash(std::string_view w) { return w == "—" || w == "–" || w == "-" || w == "--" || w == "―"; }

}  // namespace

std::optional<Span> FindDateline(std::string_view text, const std::vector<Token>& tokens,
                                 const std::vector<Paragraph>& paragraphs) {
  constexpr size_t kParagraphs = 3, kMaxWords = 4, kMaxQualifier = 4;
  const auto word = [&](size_t t) { return tokens[t].span.In(text); };
  for (size_t p = 0; p < paragraphs.size() && p < kParagraphs; ++p) {
    size_t t = text::TokenAtOrAfter(tokens, paragraphs[p].span.start);
    const size_t end = text::TokenAtOrAfter(tokens, paragraphs[p].span.end);
    const size_t begin = t;
    bool caps = true;
    while (t < end && t < begin + kMaxWords && tokens[t].kind == TokenKind::kWord && StartsUpper(word(t))) {
      caps &= !HasLower(word(t));
      ++t;
    }
    if (t == begin || t >= end) continue;
    const size_t name_end = t;
    // ", Ga." or ", Jan 5": a qualifier or a date, up to a few tokens; or both (", Texas, Aug 20").
    bool qualified = true;
    for (int q = 0; q < 2 && t < end && word(t) == ","; ++q) {
      size_t k = t + 1;
      while (k < end && k < t + 1 + kMaxQualifier && !IsDash(word(k)) && word(k) != "(" && word(k) != ",") ++k;
      if (k == t + 1 || k >= end) {
        qualified = false;
        break;
      }
      t = k;
    }
    if (!qualified) continue;
    // "(AP)", "(Reuters)"
    if (t < end && word(t) == "(") {
      size_t k = t + 1;
      while (k < end && k < t + 4 && word(k) != ")") ++k;
      if (k >= end || word(k) != ")") continue;
      t = k + 1;
    }
    const bool dash = t < end && IsDash(word(t));
    const bool colon = t < end && word(t) == ":" && caps;  // "NEW DELHI:"
    if (!dash && !colon) continue;
    // A capitalised name ends at the dash or its comma; a capital run must be a place's, not a headline's words.
    if (caps && word(begin).size() < 2) continue;
    return Span{tokens[begin].span.start, tokens[name_end - 1].span.end};
  }
  return std::nullopt;
}

}  // namespace newsgraph::lang
