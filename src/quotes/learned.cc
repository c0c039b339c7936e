// Cues of the learned model (quotes/cue_model.h): the words the rules left that attribute what follows them
// ("Critics assailed the plan", "Sanders appears to lead", "his attacks on Clinton"). The finder: quotes/finder.h.
#include <algorithm>

#include "quotes/finder.h"
#include "util/hash.h"

namespace newsgraph::quotes::internal {

namespace {

// FROZEN with quotes::kCueFeatureVersion: the classes of neighbouring tokens, the feature templates' numbers and
// the position buckets. A change here changes what a trained model's weights mean: bump the version and retrain.
enum Neighbour : uint8_t {
  kNbStart = 1, kNbEnd, kNbQuoted, kNbComma, kNbTerminal, kNbColon, kNbOtherPunct, kNbThat, kNbTo, kNbPreposition,
  kNbDeterminer, kNbSubjectPronoun, kNbObjectPronoun, kNbAuxiliary, kNbAdverb, kNbWh, kNbConjunction, kNbName,
  kNbNumber, kNbReportingVerb, kNbLower, kNbOther
};

uint8_t NeighbourOf(const Words& w, int i, int lo, int end) {
  if (i < lo) return kNbStart;
  if (i >= end) return kNbEnd;
  if (w.InQuotation(i)) return kNbQuoted;
  if (w.Is(i, kComma)) return kNbComma;
  if (w.Is(i, kTerminal)) return kNbTerminal;
  if (w.Is(i, kColon | kSemicolon | kDash)) return kNbColon;
  if (w.Is(i, kPunct)) return kNbOtherPunct;
  if (w.Lower(i, "that")) return kNbThat;
  if (w.Lower(i, "to")) return kNbTo;
  if (w.Has(i, kPreposition)) return kNbPreposition;
  if (w.Has(i, kDeterminer)) return kNbDeterminer;
  if (w.IsSubjectPronoun(i)) return kNbSubjectPronoun;
  if (w.IsObjectPronoun(i)) return kNbObjectPronoun;
  if (w.Has(i, kAuxiliary)) return kNbAuxiliary;
  if (w.Has(i, kAdverb)) return kNbAdverb;
  if (w.Has(i, kWhWord)) return kNbWh;
  if (w.Has(i, kConjunction)) return kNbConjunction;
  if (w.IsNameWord(i)) return kNbName;
  if (w.Is(i, kNumber)) return kNbNumber;
  if (w.IsReportingVerb(i, 0xFFFF)) return kNbReportingVerb;
  if (w.Is(i, kLower)) return kNbLower;
  return kNbOther;
}

std::string_view LowerOf(const Words& w, int i, int lo, int end) {
  if (i < lo) return "<s>";
  if (i >= end) return "</s>";
  return std::string_view(w[i].lower, w[i].lower_len);
}

enum Template : uint64_t {
  kTWord = 1, kTSuffix, kTPrev, kTNext, kTNext2, kTWordNext, kTPrevWord, kTNextClass, kTPrevClass, kTWordNextClass,
  kTWordPrevClass, kTSubject, kTWordSubject, kTLexicon, kTPosition, kTNextClasses, kTQuoted, kTBeforeAux,
  kTWordBeforeAux
};

uint64_t Key(Template t, uint64_t v) { return util::HashCombine(util::Mix64(t), v); }
uint64_t Key(Template t, std::string_view s) { return util::HashString(s, t); }

// A candidate: a lower-case word outside quotations, not a function word, not a cue or content found already.
bool IsCandidate(const Words& w, int v) {
  return w.Is(v, kLower) && w.Is(v, kWord) && !w.InQuotation(v) && !w.Has(v, kFunctionClasses | kTimeWord) &&
         w[v].lower_len > 0 && !w.Lower(v, "according");
}

}  // namespace

void Finder::CueFeatures(int v, int lo, int end, uint64_t word_key, const Np& subject, bool quoted) {
  std::vector<uint64_t>& f = features_;
  f.clear();
  f.push_back(word_key);  // the stem's
  const std::string_view word(w_[v].lower, w_[v].lower_len);
  f.push_back(Key(kTWord, word));
  f.push_back(Key(kTSuffix, word.substr(word.size() > 3 ? word.size() - 3 : 0)));
  const std::string_view prev = LowerOf(w_, v - 1, lo, end), next = LowerOf(w_, v + 1, lo, end);
  f.push_back(Key(kTPrev, prev));
  f.push_back(Key(kTNext, next));
  f.push_back(Key(kTNext2, LowerOf(w_, v + 2, lo, end)));
  f.push_back(util::HashCombine(word_key, Key(kTWordNext, next)));
  f.push_back(util::HashCombine(word_key, Key(kTPrevWord, prev)));
  const uint8_t nc = NeighbourOf(w_, v + 1, lo, end), pc = NeighbourOf(w_, v - 1, lo, end);
  const uint8_t nc2 = v + 1 < end ? NeighbourOf(w_, v + 2, lo, end) : static_cast<uint8_t>(kNbEnd);
  f.push_back(Key(kTNextClass, nc));
  f.push_back(Key(kTPrevClass, pc));
  f.push_back(util::HashCombine(word_key, Key(kTWordNextClass, nc)));
  f.push_back(util::HashCombine(word_key, Key(kTWordPrevClass, pc)));
  const uint64_t st = static_cast<uint64_t>(subject.type);
  f.push_back(Key(kTSubject, st));
  f.push_back(util::HashCombine(word_key, Key(kTWordSubject, st)));
  f.push_back(Key(kTLexicon, (uint64_t{w_[v].verb} << 8) | static_cast<uint64_t>(w_[v].form)));
  const int at = v - lo;
  f.push_back(Key(kTPosition, at == 0 ? 0 : at < 4 ? 1 : at < 11 ? 2 : 3));
  f.push_back(Key(kTNextClasses, (uint64_t{nc} << 8) | nc2));
  f.push_back(Key(kTQuoted, quoted ? 1 : 0));
  const uint8_t bc = NeighbourOf(w_, w_.SkipAuxBack(v - 1, lo), lo, end);
  f.push_back(Key(kTBeforeAux, bc));
  f.push_back(util::HashCombine(word_key, Key(kTWordBeforeAux, bc)));
}

void Finder::LearnedCues() {
  const int n = static_cast<int>(tokens_.size());
  covered_.assign(n, 0);
  for (const Item& item : items_) {
    for (int t = item.content_b; t < item.content_e; ++t) covered_[t] = 1;
    for (int t = std::max(0, item.cue_b); t < item.cue_e; ++t) covered_[t] = 1;
  }
  for (uint32_t s = 0; s < a_.sentences.size(); ++s) {
    const int lo = static_cast<int>(a_.sentences[s].token_begin), end = static_cast<int>(a_.sentences[s].token_end);
    int quoted = -1;  // whether the sentence holds a quotation, once a candidate asks
    for (int v = lo; v < end; ++v) {
      if (covered_[v] || used_verb_[v] || !IsCandidate(w_, v)) continue;
      const uint64_t key = CueModel::WordKey(std::string_view(w_[v].lower, w_[v].lower_len));
      if (cues_ && !cues_->MayBeCue(key)) continue;
      const Np subject = LearnedSpeaker(v, lo);
      if (quoted < 0) {
        quoted = 0;
        for (int t = lo; t < end && !quoted; ++t) quoted = w_.InQuotation(t) ? 1 : 0;
      }
      CueFeatures(v, lo, end, key, subject, quoted != 0);
      if (collect_) {
        collect_->candidates.push_back({tokens_[v].span, static_cast<uint32_t>(collect_->keys.size()),
                                        static_cast<uint32_t>(collect_->keys.size() + features_.size())});
        collect_->keys.insert(collect_->keys.end(), features_.begin(), features_.end());
        continue;
      }
      if (cues_->Probability(features_.data(), features_.size()) < cues_->threshold) continue;
      const size_t before = items_.size();
      AddLearned(v, subject, lo, end);
      for (size_t i = before; i < items_.size(); ++i) {
        items_[i].learned = true;
        for (int t = items_[i].content_b; t < items_[i].content_e; ++t) covered_[t] = 1;
        for (int t = std::max(0, items_[i].cue_b); t < items_[i].cue_e; ++t) covered_[t] = 1;
      }
    }
  }
}

Np Finder::LearnedSpeaker(int v, int lo) const {
  Np np = np_.SubjectBefore(v, lo);
  if (!np) np = FallbackSubject(v, lo);
  if (!np && v - 1 >= lo) {
    // The owner of a noun: "his attacks on", "Trump's strong criticism of".
    int k = v - 1;
    if (k - 1 >= lo && w_.Is(k, kLower) && w_.IsContentWord(k) && !w_.Has(k, kFunctionClasses)) --k;
    if (w_.Lower(k, "his") || w_.Lower(k, "her") || w_.Lower(k, "their") || w_.Lower(k, "its"))
      np = Np{k, k + 1, NpType::kPronoun};
    else if (w_.Is(k, kPossessive) && k - 1 >= lo)
      np = np_.EndingAt(k - 1, lo);
  }
  if (!np && w_.EndsWith(v, "ing") && v - 1 >= lo && w_.Is(v - 1, kComma)) np = GerundSubject(v, lo);
  if (!np) {
    // The sentence's subject, as for a verb coordinated with its first ("Trump on Friday defended his attacks").
    const Np s = np_.SentenceSubject(lo);
    if (s && s.e <= v) np = s;
  }
  // "It is expected to ...", "it seems": no one.
  if (np && np.e - np.b == 1 && w_.Lower(np.b, "it")) return Np{};
  return np;
}

void Finder::AddLearned(int v, Np speaker, int lo, int end) {
  int cue_b, cue_e;
  CueOf(v, lo, &cue_b, &cue_e);
  int k = cue_e;
  if (k >= end || w_.Is(k, kComma | kTerminal)) {
    // "..., critics believe." / "..., he argued." with the content before.
    if (speaker) FrontContent(v, speaker, cue_b, cue_e, lo, end);
    return;
  }
  // "attacks on Clinton", "voted for Trump", "focused on the economy": the preposition's object is the content.
  if (w_.Has(k, kPreposition) && !w_.Lower(k, "that") && !w_.Lower(k, "to") && k + 1 < end && !w_.Is(k + 1, kPunct))
    ++k;
  if (w_.Is(k, kPunct) && !w_.InQuotation(k)) return;
  int c = k, e;
  if (w_.Lower(k, "that") && k + 1 < end && !w_.Is(k + 1, kPunct)) {
    c = k + 1;
    e = ContentEnd(c, end);
  } else {
    e = IsClauseStart(c, end) ? ContentEnd(c, end) : ObjectEnd(c, end);
  }
  AddIndirect(speaker, cue_b, cue_e, c, e, /*speaker_required=*/false);
}

}  // namespace newsgraph::quotes::internal
