#include "ner/decoder.h"

#include <algorithm>
#include <cmath>

namespace newsgraph::ner {

Transitions Transitions::Constrained(const LabelSet& set, const float* next, const float* start, const float* end) {
  Transitions t;
  const int L = set.size();
  t.labels = L;
  t.next.resize(L * L);
  t.start.resize(L);
  t.end.resize(L);
  for (int a = 0; a < L; ++a) {
    t.start[a] = set.CanStart(a) ? start[a] : kForbidden;
    t.end[a] = set.CanEnd(a) ? end[a] : kForbidden;
    for (int b = 0; b < L; ++b) t.next[a * L + b] = set.CanFollow(a, b) ? next[a * L + b] : kForbidden;
  }
  t.next_padded.assign(static_cast<size_t>(L) * kRowStride, kForbidden);
  for (int a = 0; a < L; ++a)
    for (int b = 0; b < L; ++b) t.next_padded[a * kRowStride + b] = t.next[a * L + b];
  t.previous_begin.push_back(0);
  for (int b = 0; b < L; ++b) {
    for (int a = 0; a < L; ++a)
      if (set.CanFollow(a, b)) t.previous.push_back(static_cast<uint8_t>(a));
    t.previous_begin.push_back(static_cast<uint16_t>(t.previous.size()));
  }
  return t;
}

NEWSGRAPH_DECODING_KERNEL void Viterbi(const float* emissions, size_t n, const Transitions& t,
                                       std::vector<float>* scratch, uint8_t* out) {
  if (n == 0) return;
  const int L = t.labels;
  // scratch: scores of the current and previous token, then back pointers as floats' worth of bytes.
  // Grown, never shrunk: the next sentence's resize would zero what this one leaves (all of it is written first).
  if (scratch->size() < 2 * L + n * L) scratch->resize(2 * L + n * L);
  float* prev = scratch->data();
  float* cur = prev + L;
  uint8_t* back = reinterpret_cast<uint8_t*>(cur + L);
  const float* next = t.next_padded.data();
  constexpr int W = Transitions::kRowStride;
  for (int y = 0; y < L; ++y) prev[y] = t.start[y] + emissions[y];
  float score[W];
  int32_t arg[W];
  for (size_t i = 1; i < n; ++i) {
    // Over all pairs, previous label outermost and rows of a fixed width, so that the inner loop becomes vector code;
    // a forbidden pair (kForbidden) never beats an allowed one, and ties keep the lowest previous label.
    for (int y = 0; y < W; ++y) {
      score[y] = prev[0] + next[y];
      arg[y] = 0;
    }
    for (int p = 1; p < L; ++p) {
      const float from = prev[p];
      const float* row = next + p * W;
      for (int y = 0; y < W; ++y) {
        const float s = from + row[y];
        const float old = score[y];
        const int32_t old_arg = arg[y];
        score[y] = s > old ? s : old;
        arg[y] = s > old ? p : old_arg;
      }
    }
    const float* e = emissions + i * L;
    uint8_t* bp = back + i * L;
    for (int y = 0; y < L; ++y) {
      cur[y] = score[y] + e[y];
      bp[y] = static_cast<uint8_t>(arg[y]);
    }
    std::swap(prev, cur);
  }
  float best = -3e38f;
  int best_label = 0;
  for (int y = 0; y < L; ++y) {
    const float s = prev[y] + t.end[y];
    if (s > best) {
      best = s;
      best_label = y;
    }
  }
  out[n - 1] = static_cast<uint8_t>(best_label);
  for (size_t i = n - 1; i > 0; --i) out[i - 1] = back[i * L + out[i]];
}

NEWSGRAPH_DECODING_KERNEL void SpanProbability::Compute(const float* emissions, size_t n, const Transitions& t,
                                                        float temperature, size_t first_needed) {
  const int L = t.labels;
  L_ = L;
  n_ = n;
  t_ = &t;
  temperature_ = temperature > 0 ? temperature : 1;
  const double inv = 1.0 / temperature_;
  if (cached_for_ != &t || cached_temperature_ != temperature_) {
    end_.resize(L);
    start_.resize(L);
    forward_.assign(static_cast<size_t>(L) * kW, 0.0);
    backward_.assign(static_cast<size_t>(L) * kW, 0.0);
    for (int p = 0; p < L; ++p) {
      for (int y = 0; y < L; ++y) {
        const float next = t.next[p * L + y];
        forward_[p * kW + y] = backward_[y * kW + p] = next <= kForbidden / 2 ? 0.0 : std::exp(next * inv);
      }
    }
    for (int y = 0; y < L; ++y) {
      end_[y] = t.end[y] <= kForbidden / 2 ? 0.0 : std::exp(t.end[y] * inv);
      start_[y] = t.start[y] <= kForbidden / 2 ? 0.0 : std::exp(t.start[y] * inv);
    }
    cached_for_ = &t;
    cached_temperature_ = temperature_;
  }
  // Grown, never shrunk (a shrink followed by a growth would zero the growth for every sentence): every value read
  // below is written first, and Span and Marginal read only the sentence's own.
  for (std::vector<double>* v : {&psi_, &alpha_, &beta_})
    if (v->size() < n * L) v->resize(n * L);
  if (scale_.size() < n) scale_.resize(n);
  // Potentials relative to the token's best label, in single precision like the scores they come from; a label
  // more than 40 units below the best (a factor under 1e-17) cannot move a sum of doubles, so it costs no exp.
  const float inv_float = static_cast<float>(inv);
  for (size_t i = 0; i < n; ++i) {
    const float* e = emissions + i * L;
    const float m = *std::max_element(e, e + L);
    for (int y = 0; y < L; ++y) {
      const float x = (e[y] - m) * inv_float;
      psi_[i * L + y] = e[y] <= kForbidden / 2 || x < -40.0f ? 0.0 : std::exp(x);
    }
  }
  // Both recursions run over all label pairs in fixed-width rows (zeros where a move is forbidden), the summed index
  // outermost and in the same order as a sparse loop would take it, so that the inner loops become vector code and
  // the sums are the same.
  double acc[kW];
  for (size_t i = 0; i < n; ++i) {
    double* a = &alpha_[i * L];
    if (i == 0) {
      for (int y = 0; y < L; ++y) acc[y] = start_[y];
    } else {
      std::fill(acc, acc + kW, 0.0);
      const double* previous = &alpha_[(i - 1) * L];
      for (int p = 0; p < L; ++p) {
        const double from = previous[p];
        if (from == 0) continue;
        const double* row = &forward_[p * kW];
        for (int y = 0; y < kW; ++y) acc[y] += from * row[y];
      }
    }
    double sum = 0;
    for (int y = 0; y < L; ++y) {
      a[y] = acc[y] * psi_[i * L + y];
      sum += a[y];
    }
    if (sum <= 0) sum = 1e-300;
    scale_[i] = sum;
    const double inv_sum = 1.0 / sum;
    for (int y = 0; y < L; ++y) a[y] *= inv_sum;
  }
  for (int y = 0; y < L; ++y) beta_[(n - 1) * L + y] = end_[y];
  for (size_t i = n - 1; i > first_needed; --i) {
    // beta[i-1][p] = sum over x allowed after p of trans[p][x] psi[i][x] beta[i][x] / scale[i]
    std::fill(acc, acc + kW, 0.0);
    const double inv_scale = 1.0 / scale_[i];
    for (int x = 0; x < L; ++x) {
      const double w = psi_[i * L + x] * beta_[i * L + x] * inv_scale;
      if (w == 0) continue;
      const double* column = &backward_[x * kW];
      for (int p = 0; p < kW; ++p) acc[p] += column[p] * w;
    }
    std::copy(acc, acc + L, &beta_[(i - 1) * L]);
  }
  z_ = 0;
  for (int y = 0; y < L; ++y) z_ += alpha_[(n - 1) * L + y] * end_[y];
  if (z_ <= 0) z_ = 1e-300;
}

double SpanProbability::Marginal(size_t i, int y) const { return alpha_[i * L_ + y] * beta_[i * L_ + y] / z_; }

double SpanProbability::Span(const LabelSet& set, uint32_t begin, uint32_t end, int type) const {
  if (begin >= end || end > n_) return 0;
  const int L = L_;
  const bool bilou = set.scheme() == TagScheme::kBilou;
  if (bilou && end - begin == 1) return std::clamp(Marginal(begin, set.Label('U', type)), 0.0, 1.0);
  const int b = set.Label('B', type), in = set.Label('I', type), last = bilou ? set.Label('L', type) : in;
  double p = alpha_[begin * L + b];
  int prev = b;
  for (uint32_t k = begin + 1; k < end; ++k) {
    const int y = k + 1 == end ? last : in;
    p *= forward_[prev * kW + y] * psi_[k * L + y] / scale_[k];
    prev = y;
  }
  const size_t e = end - 1;
  double tail;
  if (bilou) {
    tail = beta_[e * L + prev];
  } else if (end == n_) {
    tail = end_[prev];
  } else {
    // The next token must not continue the entity.
    tail = 0;
    for (int x = 0; x < L; ++x)
      if (x != in) tail += forward_[prev * kW + x] * psi_[end * L + x] * beta_[end * L + x];
    tail /= scale_[end];
  }
  return std::clamp(p * tail / z_, 0.0, 1.0);
}

}  // namespace newsgraph::ner
