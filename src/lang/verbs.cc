#include "lang/verbs.h"

#include <algorithm>

#include "util/lines.h"
#include "util/split.h"

namespace newsgraph::embedded {
extern const std::string_view lang_irregular_verbs;
}  // namespace newsgraph::embedded

namespace newsgraph::lang {
namespace {

// The suffixes asked about are one to three letters, on every lemma look-up: compared a byte at a time, inline,
// where std::string_view's comparison called memcmp.
inline bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const char* tail = s.data() + (s.size() - suffix.size());
  for (size_t i = 0; i < suffix.size(); ++i)
    if (tail[i] != suffix[i]) return false;
  return true;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

VerbLexicon::VerbLexicon() {
  util::ForEachDataLine(embedded::lang_irregular_verbs, [&](std::string_view line) {
    const std::vector<std::string_view> f = util::SplitFields(line, '\t');
    if (f.size() < 3) return;
    const std::string base(f[0]);
    bases_.Insert(base) = 1;
    const std::vector<std::string_view> past = util::SplitFields(f[1], '|');
    const std::vector<std::string_view> participle = util::SplitFields(f[2], '|');
    for (std::string_view p : past) {
      const bool also_participle = std::find(participle.begin(), participle.end(), p) != participle.end();
      irregular_.push_back({base, also_participle ? VerbForm::kPast : VerbForm::kPastTense});
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
  if (w.size() > 4 && EndsWith(w, "ed") && !EndsWith(w, "eed")) return VerbForm::kPast;
  if (w.size() > 4 && EndsWith(w, "ing")) return VerbForm::kGerund;
  if (w.size() > 2 && EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is"))
    return VerbForm::kPresent3;
  return VerbForm::kBase;
}

void VerbLexicon::Lemmas(std::string_view w, std::vector<std::string>* out) const {
  // The strings of *out are rewritten in place (their buffers kept from call to call): no allocation per call. A
  // word has at most six lemmas: room for them at once, where a new vector grew three times.
  out->reserve(6);
  size_t count = 0;
  auto add = [&](std::string_view a, std::string_view b = {}) {
    const std::string_view whole = b.empty() ? a : std::string_view();
    for (size_t i = 0; i < count; ++i) {  // unique, first place kept
      const std::string& x = (*out)[i];
      if (b.empty() ? x == whole : (x.size() == a.size() + b.size() && x.starts_with(a) && x.ends_with(b))) return;
    }
    if (count == out->size()) out->emplace_back();
    (*out)[count].assign(a).append(b);
    ++count;
  };
  if (const Irregular* irregular = FindIrregular(w)) add(irregular->base);
  auto strip = [&](size_t n) {
    const std::string_view stem = w.substr(0, w.size() - n);
    if (stem.size() < 2) return;
    // "stopped" -> "stop"; "hoped" -> "hope"; "agreed" -> "agree".
    const size_t k = stem.size();
    if (k >= 3 && stem[k - 1] == stem[k - 2] && !IsVowel(stem[k - 1]) && stem[k - 1] != 'l' && stem[k - 1] != 's')
      add(stem.substr(0, k - 1));
    // "sued" -> "sue", "argued" -> "argue", "issuing" -> "issue": a "u" before the ending drops an "e" too.
    if (k >= 2 && ((!IsVowel(stem[k - 1]) && stem[k - 1] != 'y' && stem[k - 1] != 'w') || stem[k - 1] == 'u'))
      add(stem, "e");
    add(stem);
    if (k >= 3 && stem[k - 1] == stem[k - 2]) add(stem.substr(0, k - 1));  // "travelled" -> "travel"
  };
  if (EndsWith(w, "ied") && w.size() > 4) {
    add(w.substr(0, w.size() - 3), "y");
  } else if (EndsWith(w, "ies") && w.size() > 4) {
    add(w.substr(0, w.size() - 3), "y");
  } else if (EndsWith(w, "ed") && w.size() > 3) {
    if (EndsWith(w, "eed")) add(w.substr(0, w.size() - 1));  // "agreed" -> "agree"
    strip(2);
  } else if (EndsWith(w, "ing") && w.size() > 4) {
    strip(3);
  } else if (EndsWith(w, "es") && w.size() > 3) {
    add(w.substr(0, w.size() - 2));  // "pushes" -> "push"
    add(w.substr(0, w.size() - 1));  // "hopes" -> "hope"
  } else if (EndsWith(w, "s") && !EndsWith(w, "ss") && w.size() > 2) {
    add(w.substr(0, w.size() - 1));
  }
  add(w);
  out->resize(count);
}

bool HasLemma(std::string_view lower, std::string_view lemma, std::vector<std::string>* scratch) {
  VerbLexicon::Get().Lemmas(lower, scratch);
  for (const std::string& l : *scratch)
    if (l == lemma) return true;
  return false;
}

}  // namespace newsgraph::lang
