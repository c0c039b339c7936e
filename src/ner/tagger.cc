#include "ner/tagger.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <numeric>
#include <unordered_map>

#include "ner/decoder.h"
#include "ner/features.h"
#include "ner/workspace.h"

namespace newsgraph::ner {

namespace {

constexpr int kOffsets = 5;        // -2..2

// Scratch that is written before it is read: grown, never shrunk (resizing down and up again would zero the growth).
template <typename T>
void GrowTo(std::vector<T>* v, size_t n) {
  if (v->size() < n) v->resize(n);
}
constexpr size_t kMaxCachedWords = 40000;  // the cache keeps its most used half when it grows past this (~1 KB a word)

// What the emissions of one sentence [b, e) sum: the cached vectors of the tokens around each position (vectors[j],
// [stage][offset][label]), the padding past the sentence's edges (pad, laid out alike) and the rows of each token's
// sentence features (found[begin[i - b], begin[i - b + 1]), [stage][label], nullptr for unknown features).
struct SentenceRows {
  uint32_t b, e;
  int window;
  int stages;
  const float* const* vectors;
  const float* pad;
  const uint32_t* begin;
  const float* const* found;
};

// Writes the emissions of every pass p < r.stages for the sentence's tokens, one position at a time: the tokens'
// vectors from offset -window up, the padding from offset -window up, then the sentence features in order, each sum
// starting from zero (the order of the float additions is part of the result). With kL > 0 (the label count, known
// at compile time) a position's sums stay in registers. All passes are summed in one walk over the tokens, so that
// each cached vector (every pass's rows, side by side) is read while it is in cache, and the vector of the token
// that comes into the window next is fetched a few positions ahead (the vectors lie scattered in the cache's pool).
template <int kL>
NEWSGRAPH_DECODING_KERNEL void SentenceEmissions(const SentenceRows& r, int labels, float* const* emissions) {
  const int L = kL > 0 ? kL : labels;
  const int64_t b = r.b, e = r.e;
  const size_t vector_bytes = static_cast<size_t>(r.stages) * kOffsets * L * sizeof(float);
  constexpr int64_t kAhead = 3;  // positions between the fetch of a vector and its first use
  for (int64_t i = b; i < e; ++i) {
    if (const int64_t next = i + r.window + kAhead; next < e) {
      const char* v = reinterpret_cast<const char*>(r.vectors[next]);
      for (size_t at = 0; at < vector_bytes; at += 64) __builtin_prefetch(v + at);
    }
    for (int p = 0; p < r.stages; ++p) {
      float acc[kMaxLabels] = {};
      auto add = [&](const float* in) {
        for (int y = 0; y < L; ++y) acc[y] += in[y];
      };
      for (int d = -r.window; d <= r.window; ++d)
        if (i + d >= b && i + d < e) add(r.vectors[i + d] + (p * kOffsets + d + 2) * L);
      for (int d = -r.window; d <= r.window; ++d)
        if (i + d < b || i + d >= e) add(r.pad + (p * kOffsets + d + 2) * L);
      for (uint32_t k = r.begin[i - b]; k < r.begin[i - b + 1]; ++k)
        if (const float* row = r.found[k]) add(row + p * L);
      std::copy(acc, acc + L, emissions[p] + i * L);
    }
  }
}

}  // namespace

NerTagger::NerTagger(const NerModel& model) : model_(model) {
  for (const std::string& token : model.non_person_tokens) non_person_.Insert(token) = true;
  const int L = model.labels.size();
  const int S = model.stages();
  pad_.assign(static_cast<size_t>(S) * kOffsets * L, 0.0f);
  for (int d = -2; d <= 2; ++d) {
    if (d == 0) continue;
    const float* row = model.Row(FeatureExtractor::PadFeature(d));
    if (!row) continue;
    for (int s = 0; s < S; ++s)
      for (int y = 0; y < L; ++y) pad_[(s * kOffsets + d + 2) * L + y] = row[s * L + y];
  }
}

NerTagger::~NerTagger() = default;

void NerWorkspaceDeleter::operator()(NerWorkspace* workspace) const { delete workspace; }

NerWorkspacePtr NewNerWorkspace() { return NerWorkspacePtr(new NerWorkspace()); }

void NerTagger::Tag(const NerInput& doc, std::vector<NerEntity>* entities, const NerTagOptions& options) const {
  NerWorkspace workspace;
  Tag(doc, &workspace, entities, nullptr, options);
}

void NerTagger::Tag(const NerInput& doc, std::vector<NerEntity>* entities, std::vector<uint8_t>* labels,
                    const NerTagOptions& options) const {
  NerWorkspace workspace;
  Tag(doc, &workspace, entities, labels, options);
}

void NerTagger::Tag(const NerInput& doc, NerWorkspace* workspace, std::vector<NerEntity>* entities,
                    std::vector<uint8_t>* out_labels, const NerTagOptions& options) const {
  entities->clear();
  const size_t n = doc.tokens.size();
  if (out_labels) out_labels->assign(n, 0);
  if (n == 0) return;
  NerWorkspace& ws = *workspace;
  const NerModel& m = model_;
  const int L = m.labels.size();
  const int S = m.stages();
  const size_t vector_size = static_cast<size_t>(S) * kOffsets * L;
  if (ws.entries.size() > kMaxCachedWords) ws.Shrink(kMaxCachedWords / 2, vector_size);
  const int stages = std::max(1, std::min(options.stages, S));
  const int window = m.options.window;
  FeatureExtractor extractor(m.options, m.lexicon, m.gazetteer);

  // 1. Word types: find or analyse each token.
  ws.entry_of.resize(n);
  ws.flags.resize(n);
  ws.forms.resize(n);
  ws.infos.resize(n);
  ws.vectors.resize(n);
  // Hashes first, so that each index slot can be fetched a few tokens before it is read.
  constexpr size_t kPrefetchDistance = 8;
  ws.hashes.resize(n);
  for (size_t i = 0; i < n; ++i) ws.hashes[i] = NerWorkspace::TokenHash(doc.tokens[i]);
  // The index first (each slot fetched a few tokens before it is read), the entries after (each fetched a few
  // tokens before its use count is raised): an entry is a few hundred bytes somewhere in the cache.
  constexpr uint32_t kNew = UINT32_MAX;
  for (size_t i = 0; i < n; ++i) {
    if (i + kPrefetchDistance < n) ws.Prefetch(ws.hashes[i + kPrefetchDistance]);
    const int64_t found = ws.Find(ws.hashes[i]);
    ws.entry_of[i] = found >= 0 ? static_cast<uint32_t>(found) : kNew;
  }
  for (size_t i = 0; i < n; ++i) {
    if (i + kPrefetchDistance < n && ws.entry_of[i + kPrefetchDistance] != kNew)
      __builtin_prefetch(&ws.entries[ws.entry_of[i + kPrefetchDistance]].uses, 1);
    const std::string_view token = doc.tokens[i];
    const uint64_t h = ws.hashes[i];
    // A type new to the cache may have been added by an earlier token of this document.
    const int64_t found = ws.entry_of[i] != kNew ? static_cast<int64_t>(ws.entry_of[i]) : ws.Find(h);
    uint32_t e;
    if (found >= 0) {
      e = static_cast<uint32_t>(found);
      ++ws.entries[e].uses;
    } else {
      e = static_cast<uint32_t>(ws.entries.size());
      ws.entries.emplace_back();
      const std::string_view norm = NormalizeToken(token, &ws.normalized) ? std::string_view(ws.normalized) : token;
      extractor.AnalyzeForm(norm, &ws.entries.back().info);
      ws.entries.back().non_person = non_person_.Find(token) != nullptr;
      ws.entries.back().hash = h;
      ws.Insert(e);
    }
    ws.entry_of[i] = e;
  }
  for (size_t i = 0; i < n; ++i) {
    ws.forms[i] = &ws.entries[ws.entry_of[i]].info.form;
    ws.infos[i] = &ws.entries[ws.entry_of[i]].info;
  }

  // 2. Context flags per sentence, then each token's cached vectors for its flags.
  const size_t sentences = doc.sentence_begin.size() > 0 ? doc.sentence_begin.size() - 1 : 0;
  std::vector<const WordForm*>& sentence_forms = ws.sentence_forms;
  std::vector<uint8_t>& sentence_flags = ws.sentence_flags;
  for (size_t s = 0; s < sentences; ++s) {
    const uint32_t b = doc.sentence_begin[s], e = doc.sentence_begin[s + 1];
    sentence_forms.assign(ws.forms.begin() + b, ws.forms.begin() + e);
    SentenceFlags(sentence_forms, &sentence_flags);
    std::copy(sentence_flags.begin(), sentence_flags.end(), ws.flags.begin() + b);
  }
  // The variants not cached yet: their features' rows are looked up together (their memory reads overlap), then
  // summed per variant and offset in the order of the features.
  ws.pending.clear();
  ws.keys.clear();
  ws.key_end.clear();
  for (size_t i = 0; i < n; ++i) {
    NerWorkspace::Entry& entry = ws.entries[ws.entry_of[i]];
    const uint8_t f = ws.flags[i] & 3;
    if (entry.vectors[f]) continue;
    entry.vectors[f] = ws.Allocate(vector_size);
    ws.pending.push_back(entry.vectors[f]);
    const uint8_t flags = entry.info.flags;  // the features see the variant's flags
    entry.info.flags = f;
    for (int d = -window; d <= window; ++d) {
      extractor.TypeFeatures(entry.info, d, &ws.keys);
      ws.key_end.push_back(static_cast<uint32_t>(ws.keys.size()));
    }
    entry.info.flags = flags;
  }
  GrowTo(&ws.found, ws.keys.size());
  m.Rows(ws.keys.data(), ws.keys.size(), ws.found.data());
  for (size_t v = 0, list = 0, k = 0; v < ws.pending.size(); ++v) {
    for (int d = -window; d <= window; ++d, ++list) {
      for (; k < ws.key_end[list]; ++k) {
        const float* row = ws.found[k];
        if (!row) continue;
        for (int s = 0; s < S; ++s) {
          float* out = ws.pending[v] + (s * kOffsets + d + 2) * L;
          const float* in = row + s * L;
          for (int y = 0; y < L; ++y) out[y] += in[y];
        }
      }
    }
  }
  for (size_t i = 0; i < n; ++i) ws.vectors[i] = ws.entries[ws.entry_of[i]].vectors[ws.flags[i] & 3];

  // 3. Emissions of every pass from word types and sentence features.
  // Every token of a sentence gets its sums below, so when the sentences cover the tokens (as the pipeline's input
  // always does: sentence_begin runs from 0 to n) the emissions need no zeros first.
  float* emission_rows[std::size(ws.emissions)];
  const bool covered = sentences > 0 && doc.sentence_begin.front() == 0 && doc.sentence_begin.back() == n;
  for (int s = 0; s < stages; ++s) {
    if (covered) {
      ws.emissions[s].resize(n * L);
    } else {
      ws.emissions[s].assign(n * L, 0.0f);
    }
    emission_rows[s] = ws.emissions[s].data();
  }
  const int last_stage = stages - 1;
  for (size_t si = 0; si < sentences; ++si) {
    const uint32_t b = doc.sentence_begin[si], e = doc.sentence_begin[si + 1];
    if (e == b) continue;
    ws.lists.Clear();
    extractor.SentenceFeatures(ws.infos.data() + b, ws.flags.data() + b, e - b, &ws.lists);
    GrowTo(&ws.found, ws.lists.keys.size());
    ws.hot_rows.Rows(m, ws.lists.keys.data(), ws.lists.keys.size(), ws.found.data());
    // Pass p uses the weights of stage p.
    const SentenceRows rows{b,           e, window, stages, ws.vectors.data(), pad_.data(), ws.lists.begin.data(),
                            ws.found.data()};
    if (L == kMaxLabels) {
      SentenceEmissions<kMaxLabels>(rows, L, emission_rows);
    } else {
      SentenceEmissions<0>(rows, L, emission_rows);
    }
  }

  // Honorifics are never part of a person's name.
  for (size_t i = 0; i < n; ++i) {
    if (!ws.entries[ws.entry_of[i]].non_person) continue;
    for (int p = 0; p < stages; ++p)
      for (int y = 0; y < L; ++y)
        if (m.labels.Type(y) == 0) ws.emissions[p][i * L + y] = kForbidden;
  }

  // 4. First pass; then document features and the second pass.
  for (int p = 0; p < stages; ++p) {
    ws.labels[p].assign(n, 0);
    if (p == 1) {
      ws.lists.Clear();
      extractor.DocumentFeatures(ws.infos.data(), ws.labels[0].data(), n, doc.sentence_begin, m.labels, &ws.lists);
      GrowTo(&ws.found, ws.lists.keys.size());
      ws.hot_rows.Rows(m, ws.lists.keys.data(), ws.lists.keys.size(), ws.found.data());
      for (size_t i = 0; i < n; ++i) {
        for (uint32_t k = ws.lists.begin[i]; k < ws.lists.begin[i + 1]; ++k) {
          const float* row = ws.found[k];
          if (!row) continue;
          float* out = &ws.emissions[1][i * L];
          for (int y = 0; y < L; ++y) out[y] += row[L + y];
        }
      }
    }
    const Transitions& t = m.transitions(p);
    for (size_t si = 0; si < sentences; ++si) {
      const uint32_t b = doc.sentence_begin[si], e = doc.sentence_begin[si + 1];
      if (e > b) Viterbi(&ws.emissions[p][b * L], e - b, t, &ws.viterbi_scratch, &ws.labels[p][b]);
    }
  }

  // 5. Entities with confidences from the last pass.
  const std::vector<uint8_t>& final_labels = ws.labels[last_stage];
  const Transitions& t = m.transitions(last_stage);
  std::vector<TokenSpan>& spans = ws.spans;
  for (size_t si = 0; si < sentences; ++si) {
    const uint32_t b = doc.sentence_begin[si], e = doc.sentence_begin[si + 1];
    m.labels.Decode(final_labels.data() + b, e - b, &spans);
    if (spans.empty()) continue;
    if (options.confidence) {
      uint32_t first = spans.front().begin;
      for (const TokenSpan& sp : spans) first = std::min(first, sp.begin);
      ws.span_probability.Compute(&ws.emissions[last_stage][b * L], e - b, t, m.temperature, first);
    }
    for (const TokenSpan& sp : spans) {
      NerEntity ent;
      ent.begin = b + sp.begin;
      ent.end = b + sp.end;
      ent.type = sp.type;
      ent.confidence = options.confidence
                           ? static_cast<float>(ws.span_probability.Span(m.labels, sp.begin, sp.end, sp.type))
                           : 1.0f;
      entities->push_back(ent);
    }
  }
  if (out_labels) *out_labels = final_labels;
}

}  // namespace newsgraph::ner
