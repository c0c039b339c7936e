#include "lang/words.h"

#include <cstring>

#include "lang/dateline.h"
#include "text/normalize.h"
#include "text/unicode.h"

namespace newsgraph::lang {
namespace {

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (text::AsciiLower(a[i]) != b[i]) return false;
  return true;
}

}  // namespace

void Words::Read(std::string_view text, const Analysis& analysis, const Lexicon& lexicon) {
  text_ = text;
  a_ = &analysis;
  lex_ = &lexicon;
  Classify();
  MarkHeadlines();
  FillLowerTokens();
  quotation_.assign(words_.size(), -1);
  dateline_ = FindDateline(text, analysis.tokens, analysis.paragraphs);
}

namespace {

// Appends `token` as NormalizedLower makes it to *out; `normalized` is working memory.
void AppendNormalizedLower(std::string_view token, std::string* normalized, std::string* out) {
  const size_t from = out->size();
  *out += text::NormalizeToken(token, normalized) ? std::string_view(*normalized) : token;
  for (size_t k = from; k < out->size(); ++k) (*out)[k] = text::AsciiLower((*out)[k]);
}

}  // namespace

std::string NormalizedLower(std::string_view token) {
  std::string out, normalized;
  AppendNormalizedLower(token, &normalized, &out);
  return out;
}

void Words::FillLowerTokens() {
  const std::vector<Token>& tokens = a_->tokens;
  lower_bytes_.clear();
  std::string normalized;
  lower_tokens_.resize(tokens.size());
  // Offsets first (the bytes may move while they grow), views after.
  std::vector<uint32_t>& ends = lower_ends_;
  ends.resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    AppendNormalizedLower(tokens[i].span.In(text_), &normalized, &lower_bytes_);
    ends[i] = static_cast<uint32_t>(lower_bytes_.size());
  }
  for (size_t i = 0, from = 0; i < tokens.size(); from = ends[i++])
    lower_tokens_[i] = std::string_view(lower_bytes_).substr(from, ends[i] - from);
}

void Words::Classify() {
  const size_t n = a_->tokens.size();
  words_.assign(n, Word{});
  sentence_of_.assign(n, 0);
  for (uint32_t s = 0; s < a_->sentences.size(); ++s)
    for (uint32_t t = a_->sentences[s].token_begin; t < a_->sentences[s].token_end; ++t) sentence_of_[t] = s;
  char buf[32];
  headline_.assign(a_->sentences.size(), 0);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = a_->tokens[i];
    Word& k = words_[i];
    const std::string_view w = t.span.In(text_);
    const unsigned char c0 = static_cast<unsigned char>(w[0]);
    switch (t.kind) {
      case TokenKind::kWord: {
        k.shape |= kWord;
        char32_t first = c0;
        if (c0 >= 0x80) {
          int len = 0;
          first = text::DecodeAt(text_, t.span.start, &len);
        }
        if (text::IsUpper(first)) k.shape |= kCap;
        else if (text::IsLower(first)) k.shape |= kLower;
        if (w.size() > 1 && w.back() == '.') {
          k.shape |= kAbbrevDot;
          if (w.size() == 2 && (k.shape & kCap)) k.shape |= kInitial;
        }
        if ((w.size() == 2 && (w == "'s" || w == "'S")) || w == "\u2019s") k.shape |= kPossessive;
        std::string_view lower;
        if (LowerWord(w, buf, sizeof buf, &lower)) {
          if (lower.size() <= sizeof k.lower) {
            std::memcpy(k.lower, lower.data(), lower.size());
            k.lower_len = static_cast<uint8_t>(lower.size());
          }
          if (const WordInfo* info = lex_->Find(lower)) {
            k.cls = info->classes;
            k.verb = info->verb;
            k.form = info->form;
            // A phrasal use ("called for") when its particle follows, else the bare verb ("called").
            for (uint8_t u = 0; u < info->phrasal_count && i + 1 < n; ++u) {
              if (EqualsIgnoringCase(a_->tokens[i + 1].span.In(text_), lex_->Particle(info->phrasal[u].particle))) {
                k.verb = info->phrasal[u].verb;
                k.particle = 1;
                break;
              }
            }
          } else if (lower.size() > 2 && lower.back() == '.') {
            // "Sen." is listed without its full stop.
            if (const WordInfo* info2 = lex_->Find(lower.substr(0, lower.size() - 1)))
              k.cls = info2->classes & (kTitle | kMaleTitle | kFemaleTitle);
          }
        }
        break;
      }
      case TokenKind::kNumber:
        k.shape |= kNumber;
        break;
      case TokenKind::kQuote:
        k.shape |= kQuoteMark;
        break;
      case TokenKind::kPunctuation: {
        k.shape |= kPunct;
        int len = 0;
        const char32_t c = text::DecodeAt(text_, t.span.start, &len);
        if (c == ',') k.shape |= kComma;
        else if (c == ':') k.shape |= kColon;
        else if (c == ';') k.shape |= kSemicolon;
        else if (c == '.' || c == '!' || c == '?' || c == 0x2026) k.shape |= kTerminal;
        else if (c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2015) k.shape |= kDash;
        else if (c == '(' || c == '[' || c == '{') k.shape |= kOpenBracket;
        else if (c == ')' || c == ']' || c == '}') k.shape |= kCloseBracket;
        break;
      }
      default:
        break;
    }
  }
}

void Words::MarkHeadlines() {
  for (const Paragraph& p : a_->paragraphs) {
    if (p.sentence_end != p.sentence_begin + 1) continue;
    const Sentence& s = a_->sentences[p.sentence_begin];
    int words = 0, caps = 0;
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      if (!Is(t, kWord)) continue;
      ++words;
      caps += Is(t, kCap) ? 1 : 0;
    }
    if (words >= 4 && caps * 10 >= words * 8) headline_[p.sentence_begin] = 1;
  }
}

bool Words::IsSubjectPronoun(int i) const {
  if (!Has(i, kPersonalPronoun)) return false;
  return Lower(i, "he") || Lower(i, "she") || Lower(i, "they") || Lower(i, "it") || Lower(i, "i") ||
         Lower(i, "we") || Lower(i, "you");
}

bool Words::IsObjectPronoun(int i) const {
  return Lower(i, "him") || Lower(i, "her") || Lower(i, "them") || Lower(i, "us") || Lower(i, "me") ||
         Lower(i, "you") || Lower(i, "it");
}

bool Words::IsNameWord(int i) const {
  if (!Is(i, kCap)) return false;
  if (Has(i, kTimeWord)) return false;
  if (headline_[sentence_of_[i]] && words_[i].verb != 0 && i != SentenceBegin(i)) return false;
  if ((Has(i, kOpener) || EndsWith(i, "ly")) && (SentenceBegin(i) == i || Is(i - 1, kQuoteMark | kOpenBracket)))
    return false;  // "Meanwhile", "Immediately"
  if (Has(i, kFunctionClasses | kAdverb) && !Has(i, kTitle)) {
    // "May", "Will", "Bill" and initials stay names inside a run; sentence-initial function words never are.
    if (Has(i, kMaleName | kFemaleName) && SentenceBegin(i) != i) return true;
    return false;
  }
  return true;
}

bool Words::IsQuantity(int i) const {
  if (Is(i, kNumber)) return true;
  if (Has(i, kNumberWord)) return true;
  const Word& t = words_[i];
  const std::string_view w(t.lower, t.lower_len);
  const size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  const WordInfo* first = lex_->Find(w.substr(0, dash));
  return first && (first->classes & kNumberWord);
}

bool Words::IsBarePlural(int i) const {
  const Word& t = words_[i];
  if (!Is(i, kWord) || t.lower_len < 4 || (t.cls & (kFunctionClasses | kReportingVerb | kTimeWord))) return false;
  const std::string_view w(t.lower, t.lower_len);
  return w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i';
}

bool Words::IsContentWord(int i) const {
  if (!Is(i, kLower)) {
    // "46-year-old", "9/11": a word that starts with a digit
    if (!Is(i, kWord) || Is(i, kCap) || !text::IsAsciiDigit(text_[a_->tokens[i].span.start])) return false;
    return true;
  }
  if (Has(i, kFunctionClasses | kTimeWord)) return false;
  // A reporting verb is a noun after a determiner or a possessive ("Cruz's thinking", "the report").
  if (words_[i].verb != 0 && !Has(i, kSpeakerNoun) && !(i > 0 && (Is(i - 1, kPossessive) || Has(i - 1, kDeterminer))))
    return false;
  return true;
}

bool Words::IsContentWordNoun(int j) const {
  const Word& t = words_[j];
  if (t.lower_len < 3) return true;
  const std::string_view w(t.lower, t.lower_len);
  if (t.cls & kReportingVerb) return false;
  if (w.size() > 2 && w.substr(w.size() - 2) == "ed") return false;
  if (w.back() == 's' && w.size() > 3 && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i')
    return false;  // "needs", "wants": probably a verb after a subject
  return true;
}

bool Words::IsReportingVerb(int i, uint16_t flags) const {
  const Word& t = words_[i];
  if (!(t.cls & kReportingVerb) || !(t.verb & flags)) return false;
  // In a headline every word is capitalised ("Glenn Beck Says Trump Poses A Threat").
  if (!(t.shape & kLower) && !(headline_[sentence_of_[i]] && i != SentenceBegin(i))) return false;
  if (i > 0) {
    // "the report", "his remarks", "a tweet": a noun, not a verb.
    if (Has(i - 1, kDeterminer) && !Has(i - 1, kPersonalPronoun)) return false;
    if (Is(i - 1, kPossessive) || (Is(i - 1, kNumber) && words_[i].form == VerbForm::kPresent3))
      return false;  // "50 states"
    // "strong support", "public support": a noun after an adjective or a singular noun.
    if ((t.verb & kVerbAlsoNoun) && t.form == VerbForm::kBase && IsContentWord(i - 1) && !IsBarePlural(i - 1) &&
        !Has(i - 1, kSpeakerNoun) && !EndsWith(i - 1, "ly"))
      return false;
  }
  return true;
}

int Words::SkipAuxBack(int j, int lo, bool* had_aux) const {
  int steps = 0;
  while (j >= lo && steps < 4 && Is(j, kLower) &&
         (Has(j, kAuxiliary | kAdverb) || Lower(j, "itself") || Lower(j, "himself") || Lower(j, "herself") ||
          Lower(j, "themselves") || (words_[j].lower_len > 3 && words_[j].lower[words_[j].lower_len - 1] == 'y' &&
                                          words_[j].lower[words_[j].lower_len - 2] == 'l'))) {
    if (had_aux && Has(j, kAuxiliary)) *had_aux = true;
    --j;
    ++steps;
  }
  return j;
}

int Words::SkipAuxForward(int j, int hi) const {
  int steps = 0;
  while (j < hi && steps < 3 && Is(j, kLower) && Has(j, kAuxiliary | kAdverb) && !Has(j, kReportingVerb)) ++j, ++steps;
  return std::min(j, hi - 1);
}

}  // namespace newsgraph::lang
