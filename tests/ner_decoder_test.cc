// Viterbi and span probabilities against brute-force enumeration of every valid label sequence.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <map>
#include <tuple>
#include <random>

#include "ner/decoder.h"

namespace newsgraph::ner {
namespace {

struct Problem {
  LabelSet set;
  Transitions t;
  std::vector<float> emissions;
  size_t n;
};

Problem RandomProblem(TagScheme scheme, size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> g(0.0f, 2.0f);
  Problem p{LabelSet(scheme), {}, {}, n};
  const int L = p.set.size();
  std::vector<float> next(L * L), start(L), end(L);
  for (float& x : next) x = g(rng);
  for (float& x : start) x = g(rng);
  for (float& x : end) x = g(rng);
  p.t = Transitions::Constrained(p.set, next.data(), start.data(), end.data());
  p.emissions.resize(n * L);
  for (float& x : p.emissions) x = g(rng);
  return p;
}

// Calls fn(labels, score) for every valid sequence.
void Enumerate(const Problem& p, const std::function<void(const std::vector<int>&, double)>& fn) {
  const int L = p.set.size();
  std::vector<int> y(p.n, 0);
  std::function<void(size_t, double)> rec = [&](size_t i, double score) {
    if (i == p.n) {
      if (!p.set.CanEnd(y[p.n - 1])) return;
      fn(y, score + p.t.end[y[p.n - 1]]);
      return;
    }
    for (int l = 0; l < L; ++l) {
      if (i == 0 ? !p.set.CanStart(l) : !p.set.CanFollow(y[i - 1], l)) continue;
      y[i] = l;
      rec(i + 1, score + (i == 0 ? p.t.start[l] : p.t.next[y[i - 1] * L + l]) + p.emissions[i * L + l]);
    }
  };
  rec(0, 0);
}

TEST(NerDecoder, ViterbiIsTheBestValidSequence) {
  for (TagScheme scheme : {TagScheme::kBio, TagScheme::kBilou}) {
    for (uint32_t seed = 1; seed <= 12; ++seed) {
      const size_t n = 1 + seed % 4;
      Problem p = RandomProblem(scheme, n, seed);
      double best = -1e300;
      std::vector<int> best_labels;
      Enumerate(p, [&](const std::vector<int>& y, double s) {
        if (s > best) {
          best = s;
          best_labels = y;
        }
      });
      std::vector<float> scratch;
      std::vector<uint8_t> out(n);
      Viterbi(p.emissions.data(), n, p.t, &scratch, out.data());
      EXPECT_EQ(std::vector<int>(out.begin(), out.end()), best_labels) << "seed " << seed;
    }
  }
}

TEST(NerDecoder, ViterbiNeverBreaksTheScheme) {
  // Emissions that want an invalid path: I-PER after O, then an open B under BILOU.
  for (TagScheme scheme : {TagScheme::kBio, TagScheme::kBilou}) {
    const LabelSet set(scheme);
    const int L = set.size();
    std::vector<float> zero(L * L, 0.0f), z(L, 0.0f);
    const Transitions t = Transitions::Constrained(set, zero.data(), z.data(), z.data());
    std::vector<float> e(3 * L, 0.0f);
    e[0 * L + set.Label('O', -1)] = 5;
    e[1 * L + set.Label('I', 0)] = 10;
    e[2 * L + set.Label('B', 1)] = 10;
    std::vector<float> scratch;
    std::vector<uint8_t> out(3);
    Viterbi(e.data(), 3, t, &scratch, out.data());
    EXPECT_TRUE(set.CanStart(out[0]));
    EXPECT_TRUE(set.CanFollow(out[0], out[1]));
    EXPECT_TRUE(set.CanFollow(out[1], out[2]));
    EXPECT_TRUE(set.CanEnd(out[2]));
  }
}

TEST(NerDecoder, SpanProbabilityMatchesEnumeration) {
  for (TagScheme scheme : {TagScheme::kBio, TagScheme::kBilou}) {
    for (uint32_t seed = 20; seed < 26; ++seed) {
      const size_t n = 4;
      Problem p = RandomProblem(scheme, n, seed);
      const float temperature = 1.5f;
      // Brute force: Z and the mass of each (begin, end, type) span.
      double z = 0;
      std::map<std::tuple<uint32_t, uint32_t, int>, double> mass;
      std::vector<double> marginal0(p.set.size(), 0.0);
      Enumerate(p, [&](const std::vector<int>& y, double s) {
        const double w = std::exp(s / temperature);
        z += w;
        marginal0[y[0]] += w;
        for (const TokenSpan& sp : p.set.Decode(y)) mass[{sp.begin, sp.end, sp.type}] += w;
      });
      SpanProbability sp;
      sp.Compute(p.emissions.data(), n, p.t, temperature);
      for (int y = 0; y < p.set.size(); ++y) EXPECT_NEAR(sp.Marginal(0, y), marginal0[y] / z, 1e-6);
      for (uint32_t b = 0; b < n; ++b)
        for (uint32_t e = b + 1; e <= n; ++e)
          for (int type = 0; type < kNumTypes; ++type) {
            auto it = mass.find({b, e, type});
            const double expected = it == mass.end() ? 0.0 : it->second / z;
            EXPECT_NEAR(sp.Span(p.set, b, e, type), expected, 1e-6) << b << "-" << e << " type " << type;
          }
      // A backward pass that stops at token `first` gives the very same probabilities for spans from there on.
      for (uint32_t first = 1; first < n; ++first) {
        SpanProbability partial;
        partial.Compute(p.emissions.data(), n, p.t, temperature, first);
        for (uint32_t b = first; b < n; ++b)
          for (uint32_t e = b + 1; e <= n; ++e)
            for (int type = 0; type < kNumTypes; ++type)
              EXPECT_EQ(partial.Span(p.set, b, e, type), sp.Span(p.set, b, e, type)) << first << ": " << b << "-" << e;
      }
    }
  }
}

}  // namespace
}  // namespace newsgraph::ner
