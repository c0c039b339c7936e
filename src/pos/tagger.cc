#include "pos/tagger.h"

#include <algorithm>
#include <cstddef>

#include "util/hot_rows.h"
#include "util/type_cache.h"

namespace newsgraph::pos {

namespace {

// ~350 bytes a type (util::TypeCache). Tag caches at most kChunkTokens tokens at once, unless one sentence is longer.
constexpr size_t kMaxCachedTypes = 40000;
constexpr size_t kChunkTokens = 20000;

void Add(float* sum, const float* row) { util::AddRow<kTagCount>(row, sum); }

}  // namespace

// Per-thread scratch of one tagger: per word type, its casing and lower-case hash and its weight sums seen from every
// offset.
class PosWorkspace {
 public:
  struct Entry {
    uint64_t lower = 0;  // PosWord::lower_hash
    char casing = 'n';   // ner::WordForm::casing
  };
  util::TypeCache<Entry, kPosWindow, kTagCount> types{kMaxCachedTypes};
  util::HotRows hot_rows;  // the rows of features shared by many types (suffixes, casing, clusters)
  PosWord word;
  uint64_t owner = 0;  // the id of the tagger whose weights the sums are
};

Scratch::Scratch() = default;
Scratch::~Scratch() = default;
Scratch::Scratch(Scratch&&) noexcept = default;
Scratch& Scratch::operator=(Scratch&&) noexcept = default;

PosTagger::PosTagger(const PosModel& model) : model_(model), features_(model.lexicon), id_(util::NewOwnerId()) {
  for (int d = -kPosWindow; d <= kPosWindow; ++d)
    if (const float* row = model.Row(PosFeatures::PadFeature(d))) std::copy_n(row, kTagCount, pad_[d + kPosWindow]);
  for (int p = 0; p <= kTagCount; ++p) {
    const float* previous = model.Row(PosFeatures::PreviousTag(p));
    for (int q = 0; q <= kTagCount; ++q) {
      float* history = history_[q * (kTagCount + 1) + p];
      if (previous) std::copy_n(previous, kTagCount, history);
      if (const float* row = model.Row(PosFeatures::PreviousTags(q, p))) Add(history, row);
    }
  }
}

PosTagger::~PosTagger() = default;

void PosTagger::Fill(PosWorkspace& ws, const std::string_view* tokens, size_t n) const {
  ws.types.Fill(
      model_, &ws.hot_rows, tokens, n,
      [&](std::string_view token, PosWorkspace::Entry* entry) {
        features_.Analyze(token, &ws.word);
        *entry = {ws.word.lower_hash, ws.word.form.casing};
      },
      [&](int offset, std::vector<uint64_t>* keys) { features_.TypeFeatures(ws.word, offset, keys); });
}

void PosTagger::Decode(PosWorkspace& ws, size_t n, std::ptrdiff_t shift, size_t from, size_t to, Upos* tags) const {
  const auto& types = ws.types;
  auto at = [&](size_t i) { return static_cast<size_t>(static_cast<std::ptrdiff_t>(i) + shift); };
  int previous = from > 0 ? static_cast<int>(tags[from - 1]) : kNoTag;
  int before_previous = from > 1 ? static_cast<int>(tags[from - 2]) : kNoTag;
  for (size_t i = from; i < to; ++i) {
    float score[kTagCount];
    std::copy_n(history_[before_previous * (kTagCount + 1) + previous], kTagCount, score);
    const uint64_t word = types.token(at(i)).lower;
    const uint64_t left = i > 0 ? types.token(at(i - 1)).lower : PosFeatures::kOutside;
    const uint64_t right = i + 1 < n ? types.token(at(i + 1)).lower : PosFeatures::kOutside;
    uint64_t keys[4] = {PosFeatures::TagWord(previous, word), PosFeatures::WordPair(-1, left, word),
                        PosFeatures::WordPair(1, word, right), PosFeatures::FirstWord(types.token(at(i)).casing)};
    const float* rows[4];
    const int key_count = i == 0 ? 4 : 3;  // the first word's casing only at the sentence's start
    ws.hot_rows.Rows(model_, keys, key_count, rows);
    for (int k = 0; k < key_count; ++k)
      if (rows[k]) Add(score, rows[k]);
    types.AddWindow(static_cast<std::ptrdiff_t>(at(i)), shift, static_cast<std::ptrdiff_t>(n) + shift, pad_, score);
    const int best = static_cast<int>(std::max_element(score, score + kTagCount) - score);
    tags[i] = static_cast<Upos>(best);
    before_previous = previous;
    previous = best;
  }
}

void PosTagger::Tag(const std::vector<std::string_view>& tokens, const std::vector<uint32_t>& sentence_begin,
                    Scratch* scratch, std::vector<Upos>* tags) const {
  tags->assign(tokens.size(), Upos::kX);
  if (tokens.empty() || sentence_begin.size() < 2) return;
  PosWorkspace& ws = util::OwnedWorkspace(&scratch->workspace, id_);
  // Whole sentences, at most kChunkTokens tokens at a time (unless one sentence is longer).
  for (size_t from = 0; from + 1 < sentence_begin.size();) {
    const size_t to = util::ChunkEnd(sentence_begin, from, kChunkTokens);
    const size_t base = sentence_begin[from], end = std::min<size_t>(sentence_begin[to], tokens.size());
    if (base < end) {
      Fill(ws, tokens.data() + base, end - base);
      for (size_t s = from; s < to; ++s) {
        const size_t b = sentence_begin[s], e = std::min<size_t>(sentence_begin[s + 1], end);
        if (b < e) Decode(ws, e - b, static_cast<std::ptrdiff_t>(b - base), 0, e - b, tags->data() + b);
      }
    }
    from = to;
  }
}

void PosTagger::TagSpan(std::span<const std::string_view> sentence, size_t from, size_t to, Scratch* scratch,
                        Upos* tags) const {
  to = std::min(to, sentence.size());
  if (from >= to) return;
  PosWorkspace& ws = util::OwnedWorkspace(&scratch->workspace, id_);
  // The word types the tokens' features read: kPosWindow either side.
  constexpr size_t kWindow = kPosWindow;
  const size_t first = from > kWindow ? from - kWindow : 0;
  const size_t last = std::min(to + kWindow, sentence.size());
  Fill(ws, sentence.data() + first, last - first);
  Decode(ws, sentence.size(), -static_cast<std::ptrdiff_t>(first), from, to, tags);
}

}  // namespace newsgraph::pos
