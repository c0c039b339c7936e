#include "train/quote_trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <random>
#include <unordered_map>

#include "eval/quote_eval.h"
#include "newsgraph/text.h"

namespace newsgraph::train {

namespace {

struct Example {
  uint32_t begin, end;  // into the feature indexes
  float label;
};

// Made-up sentences whose candidates are scored again when the model is loaded (quotes/cue_model.h).
const std::vector<std::string> kSelfTests = {
    "Critics assailed the plan as reckless, and the mayor appears to agree with them.",
    "His attacks on the senator drew a rebuke from party leaders, who are looking for a new candidate.",
    "Most voters believe the economy is improving, according to the survey.",
};

std::string Figures(const eval::QuoteScores& s) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "indirect P %.3f R %.3f F1 %.4f, direct P %.3f R %.3f, indirect speakers %.3f",
                s.indirect.precision(), s.indirect.recall(), s.indirect.f1(), s.direct.precision(),
                s.direct.recall(), s.indirect_speakers.accuracy());
  return buf;
}

}  // namespace

StatusOr<QuoteTrainResult> TrainQuoteCues(const std::vector<eval::PolnearDocument>& train,
                                          const std::vector<eval::PolnearDocument>& dev,
                                          const QuoteTrainOptions& options,
                                          const std::function<void(std::string_view)>& say) {
  const auto start = std::chrono::steady_clock::now();
  if (train.empty() || dev.empty()) return Status(StatusCode::kInvalidArgument, "no training or dev articles");
  const lang::Lexicon& lexicon = lang::Lexicon::Get();

  // 1. Candidates and their labels.
  quotes::CueCandidates all;
  std::vector<float> labels;
  quotes::CueCandidates doc;
  for (const eval::PolnearDocument& d : train) {
    Analysis a;
    Segment(d.text, {}, &a);
    doc.clear();
    quotes::CollectCueCandidates(d.text, lexicon, nullptr, &a, &doc);
    std::vector<Span> cues;
    for (const eval::PolnearAttribution& g : d.attributions)
      if (!g.direct()) cues.insert(cues.end(), g.cue.begin(), g.cue.end());
    for (const quotes::CueCandidate& c : doc.candidates) {
      bool cue = false;
      for (const Span& s : cues) cue |= s.start <= c.token.start && c.token.end <= s.end;
      labels.push_back(cue ? 1.0f : 0.0f);
      const uint32_t b = static_cast<uint32_t>(all.keys.size());
      all.keys.insert(all.keys.end(), doc.keys.begin() + c.key_begin, doc.keys.begin() + c.key_end);
      all.candidates.push_back({c.token, b, static_cast<uint32_t>(all.keys.size())});
    }
  }

  // 2. The gate.
  std::unordered_map<uint64_t, int> cue_count, seen;
  for (size_t i = 0; i < all.candidates.size(); ++i) {
    const uint64_t word = all.keys[all.candidates[i].key_begin];
    ++seen[word];
    if (labels[i] > 0) ++cue_count[word];
  }
  std::vector<uint64_t> gate;
  for (const auto& [word, n] : cue_count)
    if (n >= options.min_cue_count && n >= options.min_cue_rate * seen[word]) gate.push_back(word);
  std::sort(gate.begin(), gate.end());

  // 3. The examples of gated words, with features as indexes.
  std::unordered_map<uint64_t, int> feature_count;
  std::vector<size_t> kept;
  for (size_t i = 0; i < all.candidates.size(); ++i) {
    const quotes::CueCandidate& c = all.candidates[i];
    if (!std::binary_search(gate.begin(), gate.end(), all.keys[c.key_begin])) continue;
    kept.push_back(i);
    for (uint32_t k = c.key_begin; k < c.key_end; ++k) ++feature_count[all.keys[k]];
  }
  std::vector<uint64_t> keys;
  for (const auto& [key, n] : feature_count)
    if (n >= options.min_feature_count) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  std::unordered_map<uint64_t, uint32_t> index;
  for (uint32_t i = 0; i < keys.size(); ++i) index.emplace(keys[i], i);
  std::vector<uint32_t> feats;
  std::vector<Example> examples;
  int positives = 0;
  for (size_t i : kept) {
    const quotes::CueCandidate& c = all.candidates[i];
    Example e{static_cast<uint32_t>(feats.size()), 0, labels[i]};
    for (uint32_t k = c.key_begin; k < c.key_end; ++k) {
      const auto it = index.find(all.keys[k]);
      if (it != index.end()) feats.push_back(it->second);
    }
    e.end = static_cast<uint32_t>(feats.size());
    examples.push_back(e);
    positives += labels[i] > 0 ? 1 : 0;
  }
  say("candidates " + std::to_string(all.candidates.size()) + ", gate " + std::to_string(gate.size()) +
      " words, examples " + std::to_string(examples.size()) + " (" + std::to_string(positives) + " cues), features " +
      std::to_string(keys.size()));

  // 4. Logistic regression by AdaGrad.
  std::vector<float> w(keys.size(), 0.0f), g2(keys.size(), 1e-6f);
  float bias = 0, bias_g2 = 1e-6f;
  std::vector<uint32_t> order(examples.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(20161108);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    double loss = 0;
    for (uint32_t i : order) {
      const Example& e = examples[i];
      float z = bias;
      for (uint32_t k = e.begin; k < e.end; ++k) z += w[feats[k]];
      const float p = 1.0f / (1.0f + std::exp(-z));
      loss -= e.label > 0 ? std::log(std::max(p, 1e-7f)) : std::log(std::max(1 - p, 1e-7f));
      const float g = p - e.label;
      for (uint32_t k = e.begin; k < e.end; ++k) {
        const uint32_t f = feats[k];
        g2[f] += g * g;
        w[f] -= options.learning_rate * g / std::sqrt(g2[f]);
      }
      bias_g2 += g * g;
      bias -= options.learning_rate * g / std::sqrt(bias_g2);
    }
    say("epoch " + std::to_string(epoch + 1) + ": mean log loss " +
        std::to_string(loss / std::max<size_t>(1, examples.size())));
  }
  std::vector<uint64_t> model_keys;
  std::vector<float> model_weights;
  for (size_t i = 0; i < keys.size(); ++i)
    if (std::fabs(w[i]) >= 1e-3f) {
      model_keys.push_back(keys[i]);
      model_weights.push_back(w[i]);
    }
  auto model = std::make_unique<quotes::CueModel>();
  model->Set(std::move(model_keys), std::move(model_weights), bias, std::move(gate));

  // 5. The threshold, chosen on dev.
  QuoteTrainResult result;
  eval::QuoteEvalOptions eval_options;
  eval_options.quotes_only = true;
  eval_options.no_cue_model = true;
  auto rules = eval::EvaluateQuotes(dev, eval_options);
  if (!rules.ok()) return rules.status();
  result.report = "dev, rules alone: " + Figures(*rules) + "\n";
  eval_options.cue_model = model.get();
  std::vector<double> f1;
  for (float t : options.thresholds) {
    model->threshold = t;
    auto s = eval::EvaluateQuotes(dev, eval_options);
    if (!s.ok()) return s.status();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", t);
    result.report += std::string("dev, threshold ") + buf + ": " + Figures(*s) + "\n";
    f1.push_back(s->indirect.f1());
  }
  // The best F1; of thresholds within kF1Tie of it, the highest (the more precise reading of a tie).
  constexpr double kF1Tie = 0.002;
  const double best = f1.empty() ? 0 : *std::max_element(f1.begin(), f1.end());
  float best_threshold = -1;
  for (size_t i = 0; i < f1.size(); ++i)
    if (f1[i] >= best - kF1Tie) best_threshold = std::max(best_threshold, options.thresholds[i]);
  if (best_threshold <= 0) best_threshold = 0.5f;  // no thresholds given
  model->threshold = best_threshold;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", best_threshold);
  result.report += std::string("threshold kept: ") + buf + "\n";
  model->metadata = "newsgraph quotation cue model: logistic regression over the words the rules leave\n"
                    "trained on " + std::to_string(train.size()) + " PolNeAR articles, threshold chosen on " +
                    std::to_string(dev.size()) + "; gate " + std::to_string(model->gate_size()) + " words, " +
                    std::to_string(model->features()) + " features, " + std::to_string(options.epochs) +
                    " epochs\n" + options.settings_note + "\n" + result.report;
  model->AddSelfTests(kSelfTests, lexicon);
  result.model = std::move(model);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace newsgraph::train
