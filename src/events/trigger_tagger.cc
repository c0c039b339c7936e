#include "events/trigger_tagger.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

#include "util/hot_rows.h"
#include "util/type_cache.h"

namespace newsgraph::events {

namespace {

// ~300 bytes a type (util::TypeCache). Tag scores at most kChunkTokens tokens at once, unless one sentence is longer.
constexpr size_t kMaxCachedTypes = 40000;
constexpr size_t kChunkTokens = 20000;
// A word is scored in its context only when the word alone makes an event class at least e^-2.5 (8%) as likely as
// no event (its lead over "none", in units of the model's temperature): "the", "of", "Paris" are never triggers, and
// two thirds of the tokens of news need no context features. Chosen on TimeBank dev (strict F1 0.8385 -> 0.8391,
// recall unchanged; `newsgraph eval events --timebank ... --part dev`).
constexpr float kCandidateLead = -2.5f;

}  // namespace

// Per-thread scratch of one tagger: per word type, its summary and its weight sums seen from every offset.
class TriggerWorkspace {
 public:
  // What every token needs of its type, apart from what only the neighbours of candidates need (the sums): the
  // entries read for each token stay few cache lines.
  struct Entry {
    WordSummary summary;
    float lead = 0;  // the best event class's lead over "none" from the word alone (its type features at offset 0)
  };
  util::TypeCache<Entry, kTriggerWindow, kRowSize> types{kMaxCachedTypes};
  // The rows of the frequent features (type features shared by many words, common bigrams, cluster pairs).
  util::HotRows hot_rows;
  std::vector<WordSummary> words;   // per token of the current sentence
  std::vector<float> rows;          // kRowSize per token scored in context (`scored`); the others score zero
  util::KeyLists<kRowSize> context;  // the context features of the tokens scored, looked up together
  std::vector<uint32_t> scored;      // the tokens scored in context (one list of `context` each)
  TriggerWord word;
  std::vector<std::string> stems;
  uint64_t owner = 0;  // the id of the tagger whose weights the entries sum
};

Scratch::Scratch() = default;
Scratch::~Scratch() = default;
Scratch::Scratch(Scratch&&) noexcept = default;
Scratch& Scratch::operator=(Scratch&&) noexcept = default;

TriggerTagger::TriggerTagger(const EventModel& model)
    : model_(model),
      features_(model.lexicon, model.senses),
      id_(util::NewOwnerId()) {
  if (model.pos_tags && model.pos_model()) pos_tagger_.emplace(*model.pos_model());
  for (int d = -kTriggerWindow; d <= kTriggerWindow; ++d) {
    if (d == 0) continue;
    if (const float* row = model.Row(TriggerFeatures::PadFeature(d)))
      std::copy_n(row, kRowSize, pad_[d + kTriggerWindow]);
  }
}

TriggerTagger::~TriggerTagger() = default;

void TriggerTagger::Score(const std::vector<std::string_view>& tokens, const std::vector<uint32_t>& sentence_begin,
                          size_t from, size_t to, const pos::Upos* tags, TriggerWorkspace& ws) const {
  const size_t base = sentence_begin[from], n = std::min<size_t>(sentence_begin[to], tokens.size()) - base;
  auto& types = ws.types;
  const size_t first_new = types.Fill(
      model_, &ws.hot_rows, tokens.data() + base, n,
      [&](std::string_view token, TriggerWorkspace::Entry* entry) {
        features_.Analyze(token, &ws.word, &ws.stems);
        entry->summary = ws.word.summary;
      },
      [&](int offset, std::vector<uint64_t>* keys) { features_.TypeFeatures(ws.word, offset, keys); });
  for (size_t e = first_new; e < types.size(); ++e) {
    const float* own = types.sum(e, 0);
    types.entry(e).lead = *std::max_element(own + 1, own + kClassCount) - own[0];
  }
  const float min_lead = kCandidateLead * model_.temperature;
  ws.context.Clear();
  ws.scored.clear();
  ws.rows.clear();
  for (size_t s = from; s < to; ++s) {
    const size_t b = sentence_begin[s] - base, e = std::min<size_t>(sentence_begin[s + 1] - base, n);
    if (b >= e) continue;
    ws.words.resize(e - b);
    for (size_t i = b; i < e; ++i) {
      if (i + 4 < n) __builtin_prefetch(&types.token(i + 4));
      ws.words[i - b] = types.token(i).summary;
    }
    for (size_t i = b; i < e; ++i) {
      if (!ws.words[i - b].has_letter) continue;  // only words can be triggers; their scores stay zero
      if (types.token(i).lead < min_lead) continue;
      ws.scored.push_back(static_cast<uint32_t>(i));
      ws.rows.resize(ws.rows.size() + kRowSize, 0.0f);
      float* row = &ws.rows[ws.rows.size() - kRowSize];
      types.AddWindow(static_cast<std::ptrdiff_t>(i), static_cast<std::ptrdiff_t>(b), static_cast<std::ptrdiff_t>(e),
                      pad_, row);
      TriggerFeatures::ContextFeatures(ws.words.data(), tags ? tags + base + b : nullptr, e - b, i - b,
                                       ws.context.keys());
      ws.context.EndList();
    }
  }
  // The context features of the chunk's candidates, looked up together.
  ws.context.AddRows(&ws.hot_rows, model_, [&](size_t list) { return &ws.rows[list * kRowSize]; });
}

void TriggerTagger::Tag(const std::vector<std::string_view>& tokens, const std::vector<uint32_t>& sentence_begin,
                        Scratch* scratch, std::vector<Trigger>* out, const std::vector<pos::Upos>* tags) const {
  out->clear();
  if (tokens.empty()) return;
  if (model_.pos_tags && (!tags || tags->size() < tokens.size())) {
    if (!pos_tagger_) return;  // a model trained with tags, none given and no tagger of its own
    pos_tagger_->Tag(tokens, sentence_begin, &scratch->pos, &scratch->tags);
    tags = &scratch->tags;
  }
  const pos::Upos* pos_tags = model_.pos_tags ? tags->data() : nullptr;
  TriggerWorkspace& ws = util::OwnedWorkspace(&scratch->tagger, id_);
  const float inv_t = 1.0f / model_.temperature;
  // Whole sentences, at most kChunkTokens tokens at a time (unless one sentence is longer): a long document's
  // scores and word-type cache stay small.
  for (size_t from = 0; from + 1 < sentence_begin.size();) {
    const size_t to = util::ChunkEnd(sentence_begin, from, kChunkTokens);
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

