#include "events/trigger_tagger.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <memory>

#include "util/hash.h"
#include "util/hot_rows.h"
#include "util/type_index.h"

namespace newsgraph::events {

namespace {

constexpr int kOffsets = 2 * kTriggerWindow + 1;
// ~300 bytes a type. Before a chunk that could overflow it, the cache keeps its most used half; within one chunk
// (Tag scores at most kChunkTokens tokens at once, unless one sentence is longer) it grows as needed.
constexpr size_t kMaxCachedTypes = 40000;
constexpr size_t kChunkTokens = 20000;
std::atomic<uint64_t> next_tagger_id{1};
// A word is scored in its context only when the word alone makes an event class at least e^-2.5 (8%) as likely as
// no event (its lead over "none", in units of the model's temperature): "the", "of", "Paris" are never triggers, and
// two thirds of the tokens of news need no context features. Chosen on TimeBank dev (strict F1 0.8385 -> 0.8391,
// recall unchanged; `newsgraph eval events --timebank ... --part dev`).
constexpr float kCandidateLead = -2.5f;

}  // namespace

// Per-thread scratch of one tagger: per word type, its summary and its weight sums seen from every offset.
class TriggerWorkspace {
 public:
  TriggerWorkspace() {
    entries.reserve(kMaxCachedTypes);
    sums.reserve(kMaxCachedTypes);
  }
  // What every token needs of its type (48 bytes), apart from what only the neighbours of candidates need (the
  // sums): the entries read for each token stay few cache lines.
  struct Entry {
    uint64_t hash = 0;
    WordSummary summary;
    float lead = 0;  // the best event class's lead over "none" from the word alone (its type features at offset 0)
  };
  struct Sums {
    float at[kOffsets][kRowSize] = {};
  };
  std::vector<Entry> entries;
  std::vector<Sums> sums;  // of entries[k]
  util::TypeIndex types;  // word type -> entries[k]
  // Keeps the `keep` most used word types (util::TypeIndex::Shrink).
  void Shrink(size_t keep) {
    const size_t kept = types.Shrink(keep, [&](uint32_t from, uint32_t to) {
      entries[to] = entries[from];
      sums[to] = sums[from];
    });
    entries.resize(kept);
    sums.resize(kept);
  }

  // The rows of the frequent features (type features shared by many words, common bigrams, cluster pairs).
  util::HotRows hot_rows;
  // Looks up the features of `keys` together, then adds the rows of its k-th list (ending at key_end[k]) into
  // sum_of(k), list by list, in order.
  template <typename SumOf>
  void AddLists(const EventModel& m, SumOf sum_of) {
    found.resize(keys.size());
    hot_rows.Rows(m, keys.data(), keys.size(), found.data());
    for (size_t list = 0, k = 0; list < key_end.size(); ++list) {
      float* sum = sum_of(list);
      for (; k < key_end[list]; ++k)
        if (const float* row = found[k])
          for (int y = 0; y < kRowSize; ++y) sum[y] += row[y];
    }
  }

  std::vector<uint64_t> hashes;     // per token
  std::vector<uint32_t> entry_of;   // per token
  std::vector<WordSummary> words;   // per token of the current sentence
  std::vector<float> rows;          // kRowSize per token scored in context (`scored`); the others score zero
  std::vector<uint64_t> keys;        // features looked up together
  std::vector<uint32_t> key_end;     // where each list of features in `keys` ends
  std::vector<const float*> found;   // their rows (or nullptr)
  std::vector<uint32_t> scored;      // the tokens scored in context (one list of `keys` each)
  TriggerWord word;
  std::vector<std::string> stems;
  uint64_t owner = 0;  // the id of the tagger whose weights the entries sum
};

Scratch::Scratch() = default;
Scratch::~Scratch() = default;
Scratch::Scratch(Scratch&&) noexcept = default;
Scratch& Scratch::operator=(Scratch&&) noexcept = default;

TriggerTagger::TriggerTagger(const EventModel& model)
    : model_(model), features_(model.lexicon, model.senses), id_(next_tagger_id.fetch_add(1)) {
  for (int d = -kTriggerWindow; d <= kTriggerWindow; ++d) {
    if (d == 0) continue;
    if (const float* row = model.Row(TriggerFeatures::PadFeature(d)))
      std::copy_n(row, kRowSize, pad_[d + kTriggerWindow]);
  }
}

TriggerTagger::~TriggerTagger() = default;

TriggerWorkspace& TriggerTagger::Workspace(Scratch* scratch) const {
  if (!scratch->tagger) scratch->tagger = std::make_unique<TriggerWorkspace>();
  TriggerWorkspace& ws = *scratch->tagger;
  if (ws.owner != id_) {  // another tagger's sums: start afresh
    ws = TriggerWorkspace();
    ws.owner = id_;
  }
  return ws;
}

void TriggerTagger::Score(const std::vector<std::string_view>& tokens, const std::vector<uint32_t>& sentence_begin,
                          size_t from, size_t to, const pos::Upos* tags, TriggerWorkspace& ws) const {
  const size_t base = sentence_begin[from], n = std::min<size_t>(sentence_begin[to], tokens.size()) - base;
  ws.entry_of.resize(n);
  if (ws.entries.size() + n > kMaxCachedTypes) ws.Shrink(kMaxCachedTypes / 2 > n ? kMaxCachedTypes / 2 - n : 0);
  // Word types: found in the cache or analysed once. The hashes first, each slot fetched ahead of its probe.
  ws.hashes.resize(n);
  for (size_t i = 0; i < n; ++i) {
    ws.hashes[i] = util::HashShortKey(tokens[base + i]);
    ws.types.Prefetch(ws.hashes[i]);
  }
  // A new type's features (kOffsets lists of keys, ws.key_end marking where each ends) are looked up together with
  // those of the chunk's other new types, after this loop: their reads from the model overlap.
  const size_t first_new = ws.entries.size();
  ws.keys.clear();
  ws.key_end.clear();
  for (size_t i = 0; i < n; ++i) {
    const uint64_t h = ws.hashes[i];
    int64_t e = ws.types.Find(h);
    if (e < 0) {
      e = static_cast<int64_t>(ws.entries.size());
      TriggerWorkspace::Entry& entry = ws.entries.emplace_back();
      ws.sums.emplace_back();
      entry.hash = h;
      features_.Analyze(tokens[base + i], &ws.word, &ws.stems);
      entry.summary = ws.word.summary;
      for (int d = -kTriggerWindow; d <= kTriggerWindow; ++d) {
        features_.TypeFeatures(ws.word, d, &ws.keys);
        ws.key_end.push_back(static_cast<uint32_t>(ws.keys.size()));
      }
      ws.types.Insert(h, static_cast<uint32_t>(e), ws.entries.size());
    }
    ws.entry_of[i] = static_cast<uint32_t>(e);
  }
  ws.AddLists(model_, [&](size_t list) { return ws.sums[first_new + list / kOffsets].at[list % kOffsets]; });
  for (size_t e = first_new; e < ws.entries.size(); ++e) {
    const float* own = ws.sums[e].at[kTriggerWindow];
    ws.entries[e].lead = *std::max_element(own + 1, own + kClassCount) - own[0];
  }
  const float min_lead = kCandidateLead * model_.temperature;
  ws.keys.clear();
  ws.key_end.clear();
  ws.scored.clear();
  ws.rows.clear();
  for (size_t s = from; s < to; ++s) {
    const size_t b = sentence_begin[s] - base, e = std::min<size_t>(sentence_begin[s + 1] - base, n);
    if (b >= e) continue;
    ws.words.resize(e - b);
    for (size_t i = b; i < e; ++i) {
      if (i + 4 < n) __builtin_prefetch(&ws.entries[ws.entry_of[i + 4]]);
      ws.words[i - b] = ws.entries[ws.entry_of[i]].summary;
    }
    for (size_t i = b; i < e; ++i) {
      if (!ws.words[i - b].has_letter) continue;  // only words can be triggers; their scores stay zero
      if (ws.entries[ws.entry_of[i]].lead < min_lead) continue;
      ws.scored.push_back(static_cast<uint32_t>(i));
      ws.rows.resize(ws.rows.size() + kRowSize, 0.0f);
      float* row = &ws.rows[ws.rows.size() - kRowSize];
      for (int d = -kTriggerWindow; d <= kTriggerWindow; ++d) {
        const int64_t j = static_cast<int64_t>(i) + d;
        const float* sum = (j < static_cast<int64_t>(b) || j >= static_cast<int64_t>(e))
                               ? pad_[d + kTriggerWindow]
                               : ws.sums[ws.entry_of[j]].at[d + kTriggerWindow];
        for (int y = 0; y < kRowSize; ++y) row[y] += sum[y];
      }
      TriggerFeatures::ContextFeatures(ws.words.data(), tags ? tags + base + b : nullptr, e - b, i - b, &ws.keys);
      ws.key_end.push_back(static_cast<uint32_t>(ws.keys.size()));
    }
  }
  // The context features of the chunk's candidates, looked up together.
  ws.AddLists(model_, [&](size_t list) { return &ws.rows[list * kRowSize]; });
}

void TriggerTagger::Tag(const std::vector<std::string_view>& tokens, const std::vector<uint32_t>& sentence_begin,
                        Scratch* scratch, std::vector<Trigger>* out, const std::vector<pos::Upos>* tags) const {
  out->clear();
  if (tokens.empty()) return;
  if (model_.pos_tags && (!tags || tags->size() < tokens.size())) return;
  const pos::Upos* pos_tags = model_.pos_tags ? tags->data() : nullptr;
  TriggerWorkspace& ws = Workspace(scratch);
  const float inv_t = 1.0f / model_.temperature;
  // Whole sentences, at most kChunkTokens tokens at a time (unless one sentence is longer): a long document's
  // scores and word-type cache stay small.
  for (size_t from = 0; from + 1 < sentence_begin.size();) {
    size_t to = from + 1;
    while (to + 1 < sentence_begin.size() && sentence_begin[to + 1] - sentence_begin[from] <= kChunkTokens) ++to;
    Score(tokens, sentence_begin, from, to, pos_tags, ws);
    // A token not scored in context scores zero everywhere: no event (the first of equal scores).
    const size_t base = sentence_begin[from];
    for (size_t c = 0; c < ws.scored.size(); ++c) {
      const float* row = &ws.rows[c * kRowSize];
      const int best = static_cast<int>(std::max_element(row, row + kClassCount) - row);
      if (best == 0 || row[best] <= row[0]) continue;
      Trigger t;
      t.token = static_cast<uint32_t>(base + ws.scored[c]);
      t.cls = static_cast<EventClass>(best);
      t.pos = static_cast<EventPos>(std::max_element(row + kClassCount, row + kRowSize) - (row + kClassCount));
      float z = 0;
      for (int y = 0; y < kClassCount; ++y) z += std::exp((row[y] - row[best]) * inv_t);
      t.confidence = 1.0f / z;
      out->push_back(t);
    }
    from = to;
  }
}

}  // namespace newsgraph::events

