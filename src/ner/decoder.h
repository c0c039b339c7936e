// Exact inference for a first-order linear-chain model: Viterbi for the best labels, and forward-backward for the
// probability of a labelled span (the mention confidence).
//
// Scores: emissions[i * L + y] for token i, transitions[prev * L + next], start[y], end[y]. Invalid transitions
// carry kForbidden. All functions are pure; scratch space is passed in so that callers can reuse it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "ner/labels.h"

namespace newsgraph::ner {

inline constexpr float kForbidden = -1e30f;

// The decoding kernels (Viterbi, SpanProbability::Compute and the tagger's emission sums; the attribute goes on
// their definitions only) are built twice, for AVX2 and for any x86-64, and the loader picks the build the machine
// runs: their inner loops over a row of labels take 8 floats at a time instead of 4. They add and multiply, never
// fused (AVX2 alone has no FMA), and reduce in a fixed order: both builds give the same bits. Sanitizer builds keep
// one plain build (ifunc resolvers run before a sanitizer's run time is set up).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_ADDRESS__) && \
    !defined(__SANITIZE_THREAD__)
#define NEWSGRAPH_DECODING_KERNEL __attribute__((target_clones("avx2", "default")))
#else
#define NEWSGRAPH_DECODING_KERNEL
#endif

// Learned transition scores plus kForbidden where the label set forbids the move.
struct Transitions {
  int labels = 0;
  std::vector<float> next;   // [prev * labels + next]
  std::vector<float> start;  // [label]
  std::vector<float> end;    // [label]
  // The allowed previous labels of each label: previous[previous_begin[y], previous_begin[y + 1]). Under BILOU a
  // label has 2 to 9 of 17, so decoding visits a third of the pairs.
  std::vector<uint8_t> previous;
  std::vector<uint16_t> previous_begin;
  // `next` with rows padded to kRowStride columns (kForbidden in the padding): fixed-width rows for vector code.
  static constexpr int kRowStride = (kMaxLabels + 3) / 4 * 4;
  std::vector<float> next_padded;

  // Adds the label set's constraints to learned scores.
  static Transitions Constrained(const LabelSet& set, const float* next, const float* start, const float* end);
};

// Writes the best label sequence of n tokens to out[0..n).
void Viterbi(const float* emissions, size_t n, const Transitions& t, std::vector<float>* scratch, uint8_t* out);

// Marginals of a linear-chain model whose scores are divided by `temperature`.
class SpanProbability {
 public:
  // Runs forward-backward over the sentence. The backward pass stops at token `first_needed`: Span and Marginal
  // are then valid for tokens from there on only (the tagger asks about its entities, the first of which often
  // starts well into the sentence).
  void Compute(const float* emissions, size_t n, const Transitions& t, float temperature, size_t first_needed = 0);
  // Probability that tokens [begin, end) form exactly one entity of `type` (no wider, no narrower).
  double Span(const LabelSet& set, uint32_t begin, uint32_t end, int type) const;
  // Probability of label y at token i.
  double Marginal(size_t i, int y) const;

 private:
  int L_ = 0;
  size_t n_ = 0;
  float temperature_ = 1;
  const Transitions* t_ = nullptr;
  std::vector<double> psi_, alpha_, beta_, scale_, end_, start_;
  // exp(transitions / temperature) in rows of kW (0 where forbidden): forward_[prev * kW + next], and the same
  // transposed, backward_[next * kW + prev].
  static constexpr int kW = Transitions::kRowStride;
  std::vector<double> forward_, backward_;
  double z_ = 1;
  // exp(transitions / temperature) is computed once per (transitions, temperature).
  const Transitions* cached_for_ = nullptr;
  float cached_temperature_ = 0;
};

}  // namespace newsgraph::ner
