#include "entities/acronyms.h"

#include <algorithm>
#include <cctype>

#include "text/unicode.h"

namespace newsgraph::entities {
namespace {

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool IsConnector(std::string_view w) {
  return w == "of" || w == "for" || w == "and" || w == "the" || w == "on" || w == "de" || w == "du" || w == "des" ||
         w == "la" || w == "&" || w == "in" || w == "to";
}

bool StartsCapitalized(std::string_view text, const Token& t) {
  int len = 0;
  return t.kind == TokenKind::kWord && text::IsUpper(text::DecodeAt(text, t.span.start, &len));
}

// Letters of `acronym` from position `a` found in order in words [w, end), each word giving its first letter or,
// when `inner` is allowed, letters after it.
bool FitsFrom(std::string_view acronym, size_t a, const std::vector<std::string_view>& words, size_t w) {
  if (a == acronym.size()) return true;
  if (w == words.size()) return false;
  const std::string_view word = words[w];
  const char want = Lower(acronym[a]);
  // Connectors may give a letter ("DoJ", "USAID") or be skipped.
  if (IsConnector(word) || (!word.empty() && !IsUpperAscii(word[0]) && !std::isdigit(static_cast<unsigned char>(word[0]))))
    if (FitsFrom(acronym, a, words, w + 1)) return true;
  if (word.empty() || Lower(word[0]) != want) return false;
  // This word gives its first letter, then maybe more letters of its own ("ECOWAS": "Economic Community" -> "ECO").
  size_t taken = 1, pos = 1;
  if (FitsFrom(acronym, a + taken, words, w + 1)) return true;
  while (a + taken < acronym.size() && pos < word.size()) {
    if (Lower(word[pos]) == Lower(acronym[a + taken])) {
      ++taken;
      if (FitsFrom(acronym, a + taken, words, w + 1)) return true;
    }
    ++pos;
  }
  return false;
}

}  // namespace

bool LooksLikeAcronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 8 || !IsUpperAscii(w[0])) return false;
  size_t upper = 0;
  for (const char c : w) {
    if (IsUpperAscii(c)) {
      ++upper;
    } else if (!(c >= 'a' && c <= 'z') && !std::isdigit(static_cast<unsigned char>(c)) && c != '&' && c != '-') {
      return false;
    }
  }
  return upper * 2 > w.size();
}

bool AcronymFits(std::string_view acronym, const std::vector<std::string_view>& words) {
  std::string letters;
  for (const char c : acronym)
    if (std::isalnum(static_cast<unsigned char>(c))) letters.push_back(c);
  if (letters.size() < 2 || words.empty()) return false;
  // The first word (connectors aside) must give the first letter.
  size_t first = 0;
  while (first < words.size() && IsConnector(words[first])) ++first;
  if (first == words.size() || Lower(words[first][0]) != Lower(letters[0])) return false;
  // Every capitalised word must give at least its first letter: the count of capitalised words is at most the
  // acronym's length.
  size_t capitalised = 0;
  for (const std::string_view w : words) capitalised += !w.empty() && IsUpperAscii(w[0]);
  if (capitalised > letters.size()) return false;
  return FitsFrom(letters, 0, std::vector<std::string_view>(words.begin() + first, words.end()), 0);
}

std::vector<AcronymDefinition> FindAcronymDefinitions(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<AcronymDefinition> out;
  for (size_t i = 1; i + 2 < tokens.size(); ++i) {
    if (tokens[i].span.In(text) != "(" || tokens[i + 2].span.In(text) != ")") continue;
    const std::string_view acronym = tokens[i + 1].span.In(text);
    if (tokens[i + 1].kind != TokenKind::kWord || !LooksLikeAcronym(acronym)) continue;
    // The run of capitalised words (connectors inside) ending at "(", at most 10 tokens.
    size_t begin = i;
    while (begin > 0 && i - begin < 10) {
      const Token& t = tokens[begin - 1];
      if (StartsCapitalized(text, t) || (t.kind == TokenKind::kWord && IsConnector(t.span.In(text)))) {
        --begin;
      } else {
        break;
      }
    }
    while (begin < i && !StartsCapitalized(text, tokens[begin])) ++begin;  // no connector first
    if (begin == i) continue;
    // The shortest run that fits, starting at a word with the acronym's first letter.
    for (size_t b = i; b-- > begin;) {
      if (!StartsCapitalized(text, tokens[b])) continue;
      std::vector<std::string_view> words;
      for (size_t k = b; k < i; ++k) words.push_back(tokens[k].span.In(text));
      if (AcronymFits(acronym, words)) {
        out.push_back(AcronymDefinition{b, i, i + 1});
        break;
      }
    }
  }
  return out;
}

std::vector<Span> WireCreditSpans(std::string_view text) {
  static constexpr std::string_view kCues[] = {"reporting by", "editing by", "writing by", "compiled by",
                                               "additional reporting", "research by", "graphics by",
                                               "fact-checking by", "translated by", "edited by"};
  const auto cue_at = [&](size_t pos) {
    for (const std::string_view cue : kCues) {
      if (pos + cue.size() > text.size() || Lower(text[pos]) != cue[0]) continue;
      bool match = true;
      for (size_t k = 0; k < cue.size() && match; ++k) match = Lower(text[pos + k]) == cue[k];
      if (match) return true;
    }
    return false;
  };
  // A credit starts after an opening bracket or at a line's start (spaces aside): "(Reporting by", "\nReporting by".
  std::vector<Span> out;
  const auto next_start = [&](size_t from) {  // the next bracket or line break (a plain loop: find_first_of is slow)
    while (from < text.size() && text[from] != '(' && text[from] != '[' && text[from] != '\n') ++from;
    return from;
  };
  for (size_t at = 0; at < text.size(); at = next_start(at + 1)) {
    const bool bracket = text[at] == '(' || text[at] == '[';
    size_t pos = at == 0 && !bracket && text[0] != '\n' ? 0 : at + 1;
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    if (pos >= text.size() || !cue_at(pos)) continue;
    const uint32_t start = static_cast<uint32_t>(bracket ? at : pos);
    size_t end = bracket ? text.find_first_of(")]\n", pos) : text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    else if (bracket && (text[end] == ')' || text[end] == ']')) ++end;
    out.push_back(Span{start, static_cast<uint32_t>(end)});
  }
  return out;
}

}  // namespace newsgraph::entities
