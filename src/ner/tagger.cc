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
constexpr size_t kMaxCachedWords = 40000;  // the cache keeps its most used half when it grows past this (~1 KB a word)

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
  for (size_t i = 0; i < n; ++i) {
    if (i + kPrefetchDistance < n) ws.Prefetch(ws.hashes[i + kPrefetchDistance]);
    const std::string_view token = doc.tokens[i];
    const uint64_t h = ws.hashes[i];
    const int64_t found = ws.Find(h);
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
  for (size_t i = 0; i < n; ++i) {
    NerWorkspace::Entry& entry = ws.entries[ws.entry_of[i]];
    const uint8_t f = ws.flags[i] & 3;
    if (!entry.vectors[f]) {
      entry.vectors[f] = ws.Allocate(vector_size);
      float* v = entry.vectors[f];
      TokenInfo info = entry.info;
      info.flags = f;
      for (int d = -window; d <= window; ++d) {
        ws.keys.clear();
        extractor.TypeFeatures(info, d, &ws.keys);
        for (uint64_t key : ws.keys) {
          const float* row = m.Row(key);
          if (!row) continue;
          for (int s = 0; s < S; ++s) {
            float* out = v + (s * kOffsets + d + 2) * L;
            const float* in = row + s * L;
            for (int y = 0; y < L; ++y) out[y] += in[y];
          }
        }
      }
    }
  }
  for (size_t i = 0; i < n; ++i) ws.vectors[i] = ws.entries[ws.entry_of[i]].vectors[ws.flags[i] & 3];

  // 3. Emissions of every pass from word types and sentence features.
  for (int s = 0; s < stages; ++s) ws.emissions[s].assign(n * L, 0.0f);
  const int last_stage = stages - 1;
  const int stage_index[2] = {0, 1};  // pass p uses the weights of stage p
  for (size_t si = 0; si < sentences; ++si) {
    const uint32_t b = doc.sentence_begin[si], e = doc.sentence_begin[si + 1];
    if (e == b) continue;
    // Each token adds its cached vectors to the emissions of the positions that see it (j - d sees token j at
    // offset d): one sequential read of the token's vectors instead of five scattered ones.
    for (uint32_t j = b; j < e; ++j) {
      for (int p = 0; p < stages; ++p) {
        const float* v = ws.vectors[j] + stage_index[p] * kOffsets * L;
        for (int d = -window; d <= window; ++d) {
          const int64_t i = static_cast<int64_t>(j) - d;
          if (i < b || i >= e) continue;
          float* out = &ws.emissions[p][i * L];
          const float* in = v + (d + 2) * L;
          for (int y = 0; y < L; ++y) out[y] += in[y];
        }
      }
    }
    // Positions near the sentence edges see padding.
    for (uint32_t i = b; i < e; ++i) {
      if (i >= b + window && i + window < e) continue;
      for (int d = -window; d <= window; ++d) {
        const int64_t j = static_cast<int64_t>(i) + d;
        if (j >= b && j < e) continue;
        for (int p = 0; p < stages; ++p) {
          float* out = &ws.emissions[p][i * L];
          const float* in = &pad_[(stage_index[p] * kOffsets + d + 2) * L];
          for (int y = 0; y < L; ++y) out[y] += in[y];
        }
      }
    }
    ws.lists.Clear();
    extractor.SentenceFeatures(ws.infos.data() + b, ws.flags.data() + b, e - b, &ws.lists);
    for (uint32_t i = b; i < e; ++i) {
      for (uint32_t k = ws.lists.begin[i - b]; k < ws.lists.begin[i - b + 1]; ++k) {
        const float* row = ws.Row(m, ws.lists.keys[k]);
        if (!row) continue;
        for (int p = 0; p < stages; ++p) {
          float* out = &ws.emissions[p][i * L];
          const float* in = row + stage_index[p] * L;
          for (int y = 0; y < L; ++y) out[y] += in[y];
        }
      }
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
      for (size_t i = 0; i < n; ++i) {
        for (uint32_t k = ws.lists.begin[i]; k < ws.lists.begin[i + 1]; ++k) {
          const float* row = ws.Row(m, ws.lists.keys[k]);
          if (!row) continue;
          float* out = &ws.emissions[1][i * L];
          for (int y = 0; y < L; ++y) out[y] += row[L + y];
        }
      }
    }
    const Transitions& t = m.transitions(stage_index[p]);
    for (size_t si = 0; si < sentences; ++si) {
      const uint32_t b = doc.sentence_begin[si], e = doc.sentence_begin[si + 1];
      if (e > b) Viterbi(&ws.emissions[p][b * L], e - b, t, &ws.viterbi_scratch, &ws.labels[p][b]);
    }
  }

  // 5. Entities with confidences from the last pass.
  const std::vector<uint8_t>& final_labels = ws.labels[last_stage];
  const Transitions& t = m.transitions(stage_index[last_stage]);
  std::vector<TokenSpan>& spans = ws.spans;
  for (size_t si = 0; si < sentences; ++si) {
    const uint32_t b = doc.sentence_begin[si], e = doc.sentence_begin[si + 1];
    m.labels.Decode(final_labels.data() + b, e - b, &spans);
    if (spans.empty()) continue;
    if (options.confidence) ws.span_probability.Compute(&ws.emissions[last_stage][b * L], e - b, t, m.temperature);
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
