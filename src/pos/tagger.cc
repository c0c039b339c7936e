#include "pos/tagger.h"

#include <algorithm>
#include <atomic>

#include "util/hash.h"
#include "util/hot_rows.h"
#include "util/type_index.h"

namespace newsgraph::pos {

namespace {

constexpr int kOffsets = 2 * kPosWindow + 1;
// ~350 bytes a type. Before a chunk that could overflow it, the cache keeps its most used half; within one chunk
// (Tag caches at most kChunkTokens tokens at once, unless one sentence is longer) it grows as needed.
constexpr size_t kMaxCachedTypes = 40000;
constexpr size_t kChunkTokens = 20000;
std::atomic<uint64_t> next_tagger_id{1};

void Add(float* sum, const float* row) {
  for (int y = 0; y < kTagCount; ++y) sum[y] += row[y];
}

}  // namespace

// Per-thread scratch of one tagger: per word type, its casing and its weight sums seen from every offset.
class PosWorkspace {
 public:
  PosWorkspace() {
    sums.reserve(kMaxCachedTypes);
    casing.reserve(kMaxCachedTypes);
    lower.reserve(kMaxCachedTypes);
  }
  struct Sums {
    float at[kOffsets][kTagCount] = {};
  };
  util::TypeIndex types;     // word type -> sums[k], casing[k]
  std::vector<Sums> sums;
  std::vector<char> casing;  // ner::WordForm::casing
  std::vector<uint64_t> lower;  // PosWord::lower_hash
  void Shrink(size_t keep) {
    const size_t kept = types.Shrink(keep, [&](uint32_t from, uint32_t to) {
      sums[to] = sums[from];
      casing[to] = casing[from];
      lower[to] = lower[from];
    });
    sums.resize(kept);
    casing.resize(kept);
    lower.resize(kept);
  }

  util::HotRows hot_rows;           // the rows of features shared by many types (suffixes, casing, clusters)
  std::vector<uint64_t> hashes;     // per token of the chunk
  std::vector<uint32_t> entry_of;   // per token of the chunk
  std::vector<uint64_t> keys;       // the features of the chunk's new types, looked up together
  std::vector<uint32_t> key_end;    // where each (type, offset) list of features in `keys` ends
  std::vector<const float*> found;  // their rows (or nullptr)
  PosWord word;
  uint64_t owner = 0;  // the id of the tagger whose weights the sums are
};

Scratch::Scratch() = default;
Scratch::~Scratch() = default;
Scratch::Scratch(Scratch&&) noexcept = default;
Scratch& Scratch::operator=(Scratch&&) noexcept = default;

PosTagger::PosTagger(const PosModel& model) : model_(model), features_(model.lexicon), id_(next_tagger_id.fetch_add(1)) {
  for (int d = -kPosWindow; d <= kPosWindow; ++d)
    if (const float* row = model.Row(PosFeatures::PadFeature(d))) std::copy_n(row, kTagCount, pad_[d + kPosWindow]);
  for (int p = 0; p <= kTagCount; ++p) {
    if (const float* row = model.Row(PosFeatures::PreviousTag(p))) std::copy_n(row, kTagCount, previous_[p]);
    for (int q = 0; q <= kTagCount; ++q)
      if (const float* row = model.Row(PosFeatures::PreviousTags(q, p)))
        std::copy_n(row, kTagCount, previous_two_[q * (kTagCount + 1) + p]);
  }
}

PosTagger::~PosTagger() = default;

PosWorkspace& PosTagger::Workspace(Scratch* scratch) const {
  if (!scratch->workspace) scratch->workspace = std::make_unique<PosWorkspace>();
  PosWorkspace& ws = *scratch->workspace;
  if (ws.owner != id_) {  // another tagger's sums: start afresh
    ws = PosWorkspace();
    ws.owner = id_;
  }
  return ws;
}

void PosTagger::CacheTypes(const std::vector<std::string_view>& tokens, size_t begin, size_t end,
                           PosWorkspace& ws) const {
  const size_t n = end - begin;
  if (ws.sums.size() + n > kMaxCachedTypes) ws.Shrink(kMaxCachedTypes / 2 > n ? kMaxCachedTypes / 2 - n : 0);
  ws.hashes.resize(n);
  ws.entry_of.resize(n);
  for (size_t i = 0; i < n; ++i) {
    ws.hashes[i] = util::HashShortKey(tokens[begin + i]);
    ws.types.Prefetch(ws.hashes[i]);
  }
  // A new type's features are looked up together with those of the chunk's other new types, after this loop.
  const size_t first_new = ws.sums.size();
  ws.keys.clear();
  ws.key_end.clear();
  for (size_t i = 0; i < n; ++i) {
    const uint64_t h = ws.hashes[i];
    int64_t e = ws.types.Find(h);
    if (e < 0) {
      e = static_cast<int64_t>(ws.sums.size());
      features_.Analyze(tokens[begin + i], &ws.word);
      ws.sums.emplace_back();
      ws.casing.push_back(ws.word.form.casing);
      ws.lower.push_back(ws.word.lower_hash);
      for (int d = -kPosWindow; d <= kPosWindow; ++d) {
        features_.TypeFeatures(ws.word, d, &ws.keys);
        ws.key_end.push_back(static_cast<uint32_t>(ws.keys.size()));
      }
      ws.types.Insert(h, static_cast<uint32_t>(e), ws.sums.size());
    }
    ws.entry_of[i] = static_cast<uint32_t>(e);
  }
  ws.found.resize(ws.keys.size());
  ws.hot_rows.Rows(model_, ws.keys.data(), ws.keys.size(), ws.found.data());
  for (size_t list = 0, k = 0; list < ws.key_end.size(); ++list) {
    float* sum = ws.sums[first_new + list / kOffsets].at[list % kOffsets];
    for (; k < ws.key_end[list]; ++k)
      if (const float* row = ws.found[k]) Add(sum, row);
  }
}

void PosTagger::Tag(const std::vector<std::string_view>& tokens, const std::vector<uint32_t>& sentence_begin,
                    Scratch* scratch, std::vector<Upos>* tags) const {
  tags->assign(tokens.size(), Upos::kX);
  if (tokens.empty() || sentence_begin.size() < 2) return;
  PosWorkspace& ws = Workspace(scratch);
  // Whole sentences, at most kChunkTokens tokens at a time (unless one sentence is longer).
  for (size_t from = 0; from + 1 < sentence_begin.size();) {
    size_t to = from + 1;
    while (to + 1 < sentence_begin.size() && sentence_begin[to + 1] - sentence_begin[from] <= kChunkTokens) ++to;
    const size_t base = sentence_begin[from], end = std::min<size_t>(sentence_begin[to], tokens.size());
    if (base >= end) {
      from = to;
      continue;
    }
    CacheTypes(tokens, base, end, ws);
    for (size_t s = from; s < to; ++s) {
      const size_t b = sentence_begin[s] - base, e = std::min<size_t>(sentence_begin[s + 1], end) - base;
      int previous = kNoTag, before_previous = kNoTag;
      for (size_t i = b; i < e; ++i) {
        float score[kTagCount];
        std::copy_n(previous_[previous], kTagCount, score);
        Add(score, previous_two_[before_previous * (kTagCount + 1) + previous]);
        const uint64_t word = ws.lower[ws.entry_of[i]];
        uint64_t keys[4] = {PosFeatures::TagWord(previous, word),
                            PosFeatures::WordPair(-1, i > b ? ws.lower[ws.entry_of[i - 1]] : PosFeatures::kOutside, word),
                            PosFeatures::WordPair(1, word, i + 1 < e ? ws.lower[ws.entry_of[i + 1]] : PosFeatures::kOutside),
                            PosFeatures::FirstWord(ws.casing[ws.entry_of[i]])};
        const float* rows[4];
        ws.hot_rows.Rows(model_, keys, i == b ? 4 : 3, rows);
        for (int k = 0; k < (i == b ? 4 : 3); ++k)
          if (rows[k]) Add(score, rows[k]);
        for (int d = -kPosWindow; d <= kPosWindow; ++d) {
          const int64_t j = static_cast<int64_t>(i) + d;
          Add(score, (j < static_cast<int64_t>(b) || j >= static_cast<int64_t>(e))
                         ? pad_[d + kPosWindow]
                         : ws.sums[ws.entry_of[j]].at[d + kPosWindow]);
        }
        const int best = static_cast<int>(std::max_element(score, score + kTagCount) - score);
        (*tags)[base + i] = static_cast<Upos>(best);
        before_previous = previous;
        previous = best;
      }
    }
    from = to;
  }
}

}  // namespace newsgraph::pos
