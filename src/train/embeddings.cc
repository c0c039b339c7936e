#include "train/embeddings.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <random>
#include <thread>
#include <unordered_map>

#include "train/ner_data.h"

namespace newsgraph::train {

namespace {

std::string Form(const std::string& token) {
  std::string s = token;
  for (char& c : s)
    if (c >= '0' && c <= '9') c = '0';
  return s;
}

// A fast, deterministic generator per thread (the linear congruential step word2vec uses).
struct Rng {
  uint64_t state;
  uint64_t Next() {
    state = state * 25214903917ULL + 11;
    return state >> 16;
  }
  float Uniform() { return static_cast<float>(Next() & 0xFFFFFF) / 16777216.0f; }
};

}  // namespace

StatusOr<EmbeddingClusters> BuildEmbeddingClusters(const SentenceCorpus& corpus, const EmbeddingOptions& o,
                                                   const ProgressFn& progress) {
  const auto t0 = std::chrono::steady_clock::now();
  // Vocabulary, most frequent first.
  std::unordered_map<std::string, uint64_t> freq;
  for (const std::string& t : corpus.tokens) ++freq[Form(t)];
  EmbeddingClusters out;
  for (const auto& [w, n] : freq)
    if (static_cast<int64_t>(n) >= o.min_count) out.words.push_back(w);
  std::sort(out.words.begin(), out.words.end(), [&](const std::string& a, const std::string& b) {
    const uint64_t na = freq[a], nb = freq[b];
    return na != nb ? na > nb : a < b;
  });
  const size_t V = out.words.size();
  if (V < 10) return Status(StatusCode::kInvalidArgument, "too little text for embeddings");
  std::unordered_map<std::string, uint32_t> id;
  std::vector<uint64_t> count(V);
  uint64_t total = 0;
  for (size_t i = 0; i < V; ++i) {
    id[out.words[i]] = static_cast<uint32_t>(i);
    count[i] = freq[out.words[i]];
    total += count[i];
  }
  // The text as word ids per sentence (-1 for rare words, skipped).
  std::vector<int32_t> text;
  std::vector<uint32_t> sentence_begin{0};
  text.reserve(corpus.tokens.size());
  for (size_t s = 0; s < corpus.sentences(); ++s) {
    for (uint32_t t = corpus.sentence_begin[s]; t < corpus.sentence_begin[s + 1]; ++t) {
      auto it = id.find(Form(corpus.tokens[t]));
      if (it != id.end()) text.push_back(static_cast<int32_t>(it->second));
    }
    sentence_begin.push_back(static_cast<uint32_t>(text.size()));
  }
  // Negative-sampling table: unigram counts to the power 0.75.
  std::vector<uint32_t> table(1u << 24);
  {
    double norm = 0;
    for (uint64_t c : count) norm += std::pow(static_cast<double>(c), 0.75);
    size_t w = 0;
    double cumulative = std::pow(static_cast<double>(count[0]), 0.75) / norm;
    for (size_t i = 0; i < table.size(); ++i) {
      table[i] = static_cast<uint32_t>(w);
      if (static_cast<double>(i) / table.size() > cumulative && w + 1 < V) {
        ++w;
        cumulative += std::pow(static_cast<double>(count[w]), 0.75) / norm;
      }
    }
  }
  std::vector<float> keep(V);
  for (size_t i = 0; i < V; ++i) {
    const double f = static_cast<double>(count[i]) / total;
    keep[i] = static_cast<float>(std::min(1.0, (std::sqrt(f / o.subsample) + 1) * o.subsample / f));
  }
  const int D = o.dimension;
  std::vector<float> in(V * D), outv(V * D, 0.0f);
  {
    Rng r{o.seed};
    for (float& x : in) x = (r.Uniform() - 0.5f) / D;
  }
  // SGD over the sentences in order, in one thread: several threads (Hogwild) would be faster but would make the
  // vectors, and so the shipped clusters, differ from run to run.
  const size_t sentences = corpus.sentences();
  const uint64_t work = static_cast<uint64_t>(o.epochs) * text.size();
  std::atomic<uint64_t> done{0};
  auto worker = [&](int thread) {
    Rng r{o.seed * 7919 + thread};
    std::vector<float> grad(D);
    std::vector<int32_t> sentence;
    for (int epoch = 0; epoch < o.epochs; ++epoch) {
      for (size_t s = thread; s < sentences; ++s) {
        sentence.clear();
        for (uint32_t k = sentence_begin[s]; k < sentence_begin[s + 1]; ++k)
          if (keep[text[k]] >= 1.0f || r.Uniform() < keep[text[k]]) sentence.push_back(text[k]);
        const uint64_t progress_words = done.fetch_add(sentence_begin[s + 1] - sentence_begin[s]);
        const float lr = std::max(o.learning_rate * 1e-4f, o.learning_rate * (1.0f - static_cast<float>(progress_words) / work));
        const int n = static_cast<int>(sentence.size());
        for (int i = 0; i < n; ++i) {
          const int b = static_cast<int>(r.Next() % o.window);
          for (int j = i - o.window + b; j <= i + o.window - b; ++j) {
            if (j < 0 || j >= n || j == i) continue;
            float* v = &in[static_cast<size_t>(sentence[j]) * D];
            std::fill(grad.begin(), grad.end(), 0.0f);
            for (int k = 0; k <= o.negative; ++k) {
              int32_t target;
              float label;
              if (k == 0) {
                target = sentence[i];
                label = 1;
              } else {
                target = static_cast<int32_t>(table[r.Next() % table.size()]);
                if (target == sentence[i]) continue;
                label = 0;
              }
              float* u = &outv[static_cast<size_t>(target) * D];
              float dot = 0;
              for (int d = 0; d < D; ++d) dot += v[d] * u[d];
              const float p = dot > 6 ? 1.0f : dot < -6 ? 0.0f : 1.0f / (1.0f + std::exp(-dot));
              const float g = (label - p) * lr;
              for (int d = 0; d < D; ++d) grad[d] += g * u[d];
              for (int d = 0; d < D; ++d) u[d] += g * v[d];
            }
            for (int d = 0; d < D; ++d) v[d] += grad[d];
          }
        }
      }
    }
  };
  worker(0);
  if (progress)
    progress("skip-gram vectors: " + std::to_string(V) + " words x " + std::to_string(D) + " dimensions, " +
             std::to_string(o.epochs) + " epochs, " +
             std::to_string(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count()) + " s");
  // Unit vectors, then spherical k-means initialized with the most frequent words (deterministic).
  for (size_t w = 0; w < V; ++w) {
    float norm = 0;
    for (int d = 0; d < D; ++d) norm += in[w * D + d] * in[w * D + d];
    norm = std::sqrt(norm) + 1e-12f;
    for (int d = 0; d < D; ++d) in[w * D + d] /= norm;
  }
  for (int k : o.clusters) {
    const auto t1 = std::chrono::steady_clock::now();
    const size_t K = std::min<size_t>(k, V);
    std::vector<float> centers(K * D);
    // Centers start at evenly spaced words of the frequency ranking (spreading them over common and rare words).
    for (size_t c = 0; c < K; ++c) {
      const size_t w = c * (V / K);
      std::copy(&in[w * D], &in[w * D] + D, &centers[c * D]);
    }
    std::vector<uint32_t> assign(V, 0);
    for (int it = 0; it < o.kmeans_iterations; ++it) {
      std::atomic<size_t> changed{0};
      auto assign_range = [&](size_t from, size_t to) {
        size_t local = 0;
        for (size_t w = from; w < to; ++w) {
          const float* v = &in[w * D];
          float best = -2;
          uint32_t arg = 0;
          for (size_t c = 0; c < K; ++c) {
            const float* cc = &centers[c * D];
            float dot = 0;
            for (int d = 0; d < D; ++d) dot += v[d] * cc[d];
            if (dot > best) {
              best = dot;
              arg = static_cast<uint32_t>(c);
            }
          }
          if (assign[w] != arg) ++local;
          assign[w] = arg;
        }
        changed += local;
      };
      std::vector<std::thread> pool;
      const int T = std::max(1, o.threads);
      for (int t = 0; t < T; ++t) pool.emplace_back(assign_range, V * t / T, V * (t + 1) / T);
      for (auto& t : pool) t.join();
      std::fill(centers.begin(), centers.end(), 0.0f);
      for (size_t w = 0; w < V; ++w)
        for (int d = 0; d < D; ++d) centers[assign[w] * D + d] += in[w * D + d];
      for (size_t c = 0; c < K; ++c) {
        float norm = 0;
        for (int d = 0; d < D; ++d) norm += centers[c * D + d] * centers[c * D + d];
        norm = std::sqrt(norm);
        if (norm == 0) continue;  // an empty cluster keeps a zero center and stays empty
        for (int d = 0; d < D; ++d) centers[c * D + d] /= norm;
      }
      if (changed.load() < V / 1000) break;
    }
    out.classes.push_back(std::move(assign));
    if (progress)
      progress("k-means, " + std::to_string(K) + " clusters: " +
               std::to_string(std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count()) + " s");
  }
  return out;
}

}  // namespace newsgraph::train
