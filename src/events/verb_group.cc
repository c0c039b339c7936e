#include "events/verb_group.h"

#include <algorithm>

#include "util/hash.h"
#include "ner/word_shape.h"
#include "util/lines.h"
#include "util/split.h"

namespace newsgraph::embedded {
extern const std::string_view events_irregular_verbs;
}  // namespace newsgraph::embedded

namespace newsgraph::events {

namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

constexpr std::string_view kModals[] = {"would", "could", "may", "might", "must", "should", "can", "cannot", "ought"};
constexpr std::string_view kFuture[] = {"will", "shall", "'ll", "wo"};  // "wo" of "wo n't"
constexpr std::string_view kHave[] = {"have", "has", "had", "'ve", "having"};
constexpr std::string_view kBe[] = {"be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m"};
constexpr std::string_view kDo[] = {"do", "does", "did"};
constexpr std::string_view kNegation[] = {"not", "n't", "never"};
constexpr std::string_view kAdverbs[] = {"also", "still", "already", "just", "yet", "now", "even", "only",
                                         "further", "again", "ever", "soon", "then", "probably", "certainly"};
// Contracted auxiliaries kept as one token: the auxiliary they hold, and negation.
struct Contraction {
  std::string_view word, aux;
};
constexpr Contraction kContractions[] = {
    {"don't", "do"},      {"doesn't", "does"}, {"didn't", "did"},     {"won't", "will"},     {"can't", "can"},
    {"couldn't", "could"}, {"wouldn't", "would"}, {"shouldn't", "should"}, {"isn't", "is"}, {"aren't", "are"},
    {"wasn't", "was"},    {"weren't", "were"},  {"hasn't", "has"},     {"haven't", "have"},  {"hadn't", "had"},
    {"mustn't", "must"},  {"mightn't", "might"}};

bool IsAdverb(std::string_view w) { return InList(w, kAdverbs) || (w.size() > 4 && EndsWith(w, "ly")); }

// The tense an auxiliary carries: PRESENT for "has", "is", "does"; PAST for "had", "was", "did"; "" otherwise.
std::string_view AuxTense(std::string_view w) {
  if (w == "has" || w == "have" || w == "'ve" || w == "is" || w == "are" || w == "am" || w == "'s" || w == "'re" ||
      w == "'m" || w == "do" || w == "does")
    return "PRESENT";
  if (w == "had" || w == "was" || w == "were" || w == "did") return "PAST";
  return "";
}

}  // namespace

VerbLexicon::VerbLexicon() {
  util::ForEachDataLine(embedded::events_irregular_verbs, [&](std::string_view line) {
    const std::vector<std::string_view> f = util::SplitFields(line, '\t');
    if (f.size() < 3) return;
    const std::string base(f[0]);
    bases_.Insert(base) = 1;
    const std::vector<std::string_view> past = util::SplitFields(f[1], '|');
    const std::vector<std::string_view> participle = util::SplitFields(f[2], '|');
    for (std::string_view p : past) {
      const bool also_participle = std::find(participle.begin(), participle.end(), p) != participle.end();
      irregular_.push_back({base, also_participle ? VerbForm::kPastOrParticiple : VerbForm::kPast});
      forms_.Insert(p) = static_cast<uint32_t>(irregular_.size());
    }
    for (std::string_view p : participle)
      if (!FindIrregular(p)) {
        irregular_.push_back({base, VerbForm::kPastParticiple});
        forms_.Insert(p) = static_cast<uint32_t>(irregular_.size());
      }
  });
}

const VerbLexicon::Irregular* VerbLexicon::FindIrregular(std::string_view form) const {
  const uint32_t* i = forms_.Find(form);
  return i ? &irregular_[*i - 1] : nullptr;
}

const VerbLexicon& VerbLexicon::Get() {
  static const VerbLexicon* lexicon = new VerbLexicon();
  return *lexicon;
}

VerbForm VerbLexicon::FormOf(std::string_view w) const {
  // "put", "cut", "set": the base form too; read as past, the usual reading in news.
  if (const Irregular* irregular = FindIrregular(w)) return irregular->form;
  if (bases_.Find(w)) return VerbForm::kBase;
  if (w.size() > 4 && EndsWith(w, "ed") && !EndsWith(w, "eed")) return VerbForm::kPastOrParticiple;
  if (w.size() > 4 && EndsWith(w, "ing")) return VerbForm::kGerund;
  if (w.size() > 2 && EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is"))
    return VerbForm::kThirdPerson;
  return VerbForm::kBase;
}

void VerbLexicon::Lemmas(std::string_view w, std::vector<std::string>* out) const {
  out->clear();
  if (const Irregular* irregular = FindIrregular(w)) out->push_back(irregular->base);
  auto strip = [&](size_t n) {
    const std::string stem(w.substr(0, w.size() - n));
    if (stem.size() < 2) return;
    // "stopped" -> "stop"; "hoped" -> "hope"; "agreed" -> "agree".
    const size_t k = stem.size();
    if (k >= 3 && stem[k - 1] == stem[k - 2] && !IsVowel(stem[k - 1]) && stem[k - 1] != 'l' && stem[k - 1] != 's')
      out->push_back(stem.substr(0, k - 1));
    if (k >= 2 && !IsVowel(stem[k - 1]) && stem[k - 1] != 'y' && stem[k - 1] != 'w') out->push_back(stem + "e");
    out->push_back(stem);
    if (k >= 3 && stem[k - 1] == stem[k - 2]) out->push_back(stem.substr(0, k - 1));  // "travelled" -> "travel"
  };
  if (EndsWith(w, "ied") && w.size() > 4) {
    out->push_back(std::string(w.substr(0, w.size() - 3)) + "y");
  } else if (EndsWith(w, "ies") && w.size() > 4) {
    out->push_back(std::string(w.substr(0, w.size() - 3)) + "y");
  } else if (EndsWith(w, "ed") && w.size() > 3) {
    if (EndsWith(w, "eed")) out->push_back(std::string(w.substr(0, w.size() - 1)));  // "agreed" -> "agree"
    strip(2);
  } else if (EndsWith(w, "ing") && w.size() > 4) {
    strip(3);
  } else if (EndsWith(w, "es") && w.size() > 3) {
    out->push_back(std::string(w.substr(0, w.size() - 2)));  // "pushes" -> "push"
    out->push_back(std::string(w.substr(0, w.size() - 1)));  // "hopes" -> "hope"
  } else if (EndsWith(w, "s") && !EndsWith(w, "ss") && w.size() > 2) {
    out->push_back(std::string(w.substr(0, w.size() - 1)));
  }
  out->push_back(std::string(w));
  // Unique, order kept.
  for (size_t i = 0; i < out->size(); ++i)
    for (size_t j = i + 1; j < out->size();)
      if ((*out)[j] == (*out)[i])
        out->erase(out->begin() + static_cast<std::ptrdiff_t>(j));
      else
        ++j;
}

namespace {

// Appends `token` as NormalizedLower makes it to *out; `normalized` is working memory.
void AppendNormalizedLower(std::string_view token, std::string* normalized, std::string* out) {
  const size_t from = out->size();
  *out += ner::NormalizeToken(token, normalized) ? std::string_view(*normalized) : token;
  for (size_t k = from; k < out->size(); ++k)
    if ((*out)[k] >= 'A' && (*out)[k] <= 'Z') (*out)[k] = static_cast<char>((*out)[k] - 'A' + 'a');
}

}  // namespace

std::string NormalizedLower(std::string_view token) {
  std::string out, normalized;
  AppendNormalizedLower(token, &normalized, &out);
  return out;
}

void LowerTokens::Fill(const std::vector<std::string_view>& tokens) {
  bytes.clear();
  std::string normalized;
  std::vector<uint32_t> ends(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    AppendNormalizedLower(tokens[i], &normalized, &bytes);
    ends[i] = static_cast<uint32_t>(bytes.size());
  }
  lower.resize(tokens.size());
  for (size_t i = 0, from = 0; i < tokens.size(); from = ends[i++])
    lower[i] = std::string_view(bytes).substr(from, ends[i] - from);
}

VerbGroup ReadVerbGroup(const std::vector<std::string_view>& lower, size_t trigger, EventPos pos) {
  VerbGroup g;
  g.begin = trigger;
  // The group: auxiliaries, "to", negation and adverbs right before the trigger (at most 6 words).
  std::string_view modal, future_aux, finite, last_aux;
  bool to = false, have = false, been = false, be = false, get = false;
  size_t j = trigger;
  while (j > 0 && trigger - j < 6) {
    std::string_view w = lower[j - 1];
    std::string_view aux = w;
    bool negation = InList(w, kNegation);
    for (const Contraction& c : kContractions)
      if (w == c.word) {
        aux = c.aux;
        negation = true;
      }
    if (w == "cannot") {
      aux = "can";
      negation = true;
    }
    if (w == "ca") aux = "can";  // "ca n't"
    const bool is_modal = InList(aux, kModals), is_future = InList(aux, kFuture), is_have = InList(aux, kHave),
               is_be = InList(aux, kBe), is_do = InList(aux, kDo), is_get = aux == "get" || aux == "got" || aux == "gets";
    if (negation && aux == w) {
      g.negated = true;
    } else if (is_modal || is_future || is_have || is_be || is_do || (is_get && j + 1 == trigger)) {
      g.negated |= negation;
      if (is_modal && modal.empty()) modal = aux == "cannot" ? "can" : aux;
      if (is_future) future_aux = aux;
      have |= is_have;
      been |= aux == "been";
      be |= is_be && aux != "been";
      get |= is_get;
      if (last_aux.empty()) last_aux = aux;
      if (const std::string_view t = AuxTense(aux); !t.empty()) finite = t;  // the leftmost finite auxiliary wins
    } else if (w == "to") {
      to = true;
      --j;
      break;  // "to" opens the group
    } else if (!IsAdverb(w)) {
      break;
    }
    --j;
  }
  // Leading adverbs are not part of the group.
  while (j < trigger && IsAdverb(lower[j])) ++j;
  g.begin = j;
  if (pos == EventPos::kNoun) {
    g.negated = g.negated || (trigger > 0 && lower[trigger - 1] == "no");
    return g;  // TimeML gives nouns neither tense nor aspect
  }
  const VerbForm form = pos == EventPos::kVerb ? VerbLexicon::Get().FormOf(lower[trigger]) : VerbForm::kBase;
  const bool participle = form == VerbForm::kPastParticiple || form == VerbForm::kPastOrParticiple;
  // The auxiliary nearest the trigger decides: "was / has been / is being imposed", "got arrested".
  g.passive = pos == EventPos::kVerb && participle && (InList(last_aux, kBe) || get);
  if (have) g.aspect = "PERFECTIVE";
  if (form == VerbForm::kGerund && pos == EventPos::kVerb && (be || been)) g.aspect = have ? "PERFECTIVE_PROGRESSIVE" : "PROGRESSIVE";
  if (form == VerbForm::kGerund && pos == EventPos::kVerb && last_aux == "being") g.aspect = "NONE";
  if (last_aux == "being" && participle) g.aspect = "PROGRESSIVE";  // "are being issued"
  if (!modal.empty()) {
    g.modality = modal;
    g.tense = "NONE";
  } else if (!future_aux.empty()) {
    g.tense = "FUTURE";
  } else if (to) {
    g.tense = "INFINITIVE";
  } else if (!finite.empty()) {
    g.tense = finite;
  } else if (pos == EventPos::kVerb) {
    switch (form) {
      case VerbForm::kPast:
      case VerbForm::kPastOrParticiple:
        g.tense = "PAST";
        break;
      case VerbForm::kPastParticiple:
        g.tense = "PASTPART";
        break;
      case VerbForm::kGerund:
        g.tense = "PRESPART";
        break;
      default:
        g.tense = "PRESENT";
    }
  }
  return g;
}

}  // namespace newsgraph::events
