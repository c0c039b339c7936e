#include "train/ner_trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <numeric>
#include <random>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "eval/metrics.h"
#include "ner/decoder.h"
#include "ner/features.h"
#include "ner/tagger.h"
#include "ner/workspace.h"
#include "newsgraph/text.h"

namespace newsgraph::train {

namespace {

using ner::LabelSet;
using ner::TokenInfo;

// ---------------------------------------------------------------------------------------------------------------
// Data sets as the learner sees them.

struct Dataset {
  std::vector<TokenInfo> infos;          // per token
  std::vector<uint8_t> gold;             // per token, labels of the scheme
  std::vector<uint32_t> sentence_begin;  // tokens; one more entry than sentences
  std::vector<uint32_t> document_begin;  // sentences; one more entry than documents
  std::vector<std::string_view> words;   // per token, into the ConllFile
  std::vector<uint64_t> keys;            // first-stage feature keys, per token: keys[key_begin[t], key_begin[t+1])
  std::vector<uint32_t> key_begin;
  std::vector<uint64_t> identity;        // per token: 2 keys of the word itself (FeatureExtractor::IdentityKeys)
  std::vector<uint8_t> capitalized;      // per token
  size_t tokens() const { return infos.size(); }
  size_t sentences() const { return sentence_begin.size() - 1; }
  size_t documents() const { return document_begin.size() - 1; }
};

Dataset Prepare(const eval::ConllFile& file, const ner::FeatureExtractor& fx, const LabelSet& labels) {
  Dataset d;
  d.sentence_begin.push_back(0);
  d.document_begin.push_back(0);
  d.key_begin.push_back(0);
  d.infos.reserve(file.tokens());
  std::vector<const ner::WordForm*> forms;
  std::vector<uint8_t> flags;
  std::vector<const TokenInfo*> sentence;
  ner::KeyLists lists;
  const int window = fx.options().window;
  for (const eval::ConllDocument& doc : file.documents) {
    for (const eval::ConllSentence& s : doc.sentences) {
      const size_t first = d.infos.size();
      const size_t n = s.words.size();
      for (const std::string& w : s.words) {
        d.infos.emplace_back();
        fx.Analyze(w, 0, &d.infos.back());
        d.words.push_back(w);
      }
      forms.clear();
      for (size_t i = 0; i < n; ++i) forms.push_back(&d.infos[first + i].form);
      ner::SentenceFlags(forms, &flags);
      for (size_t i = 0; i < n; ++i) d.infos[first + i].flags = flags[i];
      const std::vector<int> gold = labels.Encode(ner::SpansFromIob(s.tags), n);
      for (int g : gold) d.gold.push_back(static_cast<uint8_t>(g));
      sentence.clear();
      for (size_t i = 0; i < n; ++i) sentence.push_back(&d.infos[first + i]);
      lists.Clear();
      fx.SentenceFeatures(sentence.data(), flags.data(), n, &lists);
      for (size_t i = 0; i < n; ++i) {
        for (int off = -window; off <= window; ++off) {
          const int64_t j = static_cast<int64_t>(i) + off;
          if (j < 0 || j >= static_cast<int64_t>(n)) {
            d.keys.push_back(ner::FeatureExtractor::PadFeature(off));
          } else {
            fx.TypeFeatures(*sentence[j], off, &d.keys);
          }
        }
        d.keys.insert(d.keys.end(), lists.keys.begin() + lists.begin[i], lists.keys.begin() + lists.begin[i + 1]);
        d.key_begin.push_back(static_cast<uint32_t>(d.keys.size()));
        uint64_t exact, lower;
        ner::FeatureExtractor::IdentityKeys(*sentence[i], &exact, &lower);
        d.identity.push_back(exact);
        d.identity.push_back(lower);
        d.capitalized.push_back((sentence[i]->form.flags & ner::kHasUpper) ? 1 : 0);
      }
      d.sentence_begin.push_back(static_cast<uint32_t>(d.infos.size()));
    }
    d.document_begin.push_back(static_cast<uint32_t>(d.sentence_begin.size() - 1));
  }
  return d;
}

// Feature indices per token.
struct Indexed {
  std::vector<uint32_t> feats;
  std::vector<uint32_t> begin{0};
  std::vector<uint32_t> identity;  // per token, 2 indices of the word's own features (kNone when unknown)
  static constexpr uint32_t kNone = 0xFFFFFFFF;
};

class Dictionary {
 public:
  // Counts keys of the training set, then keeps those seen at least min_count times.
  void Add(const std::vector<uint64_t>& keys, int min_count) {
    std::unordered_map<uint64_t, uint32_t> counts;
    counts.reserve(keys.size() / 4);
    for (uint64_t k : keys)
      if (!index_.count(k)) ++counts[k];
    std::vector<uint64_t> kept;
    for (const auto& [k, c] : counts)
      if (static_cast<int>(c) >= min_count) kept.push_back(k);
    std::sort(kept.begin(), kept.end());  // deterministic indices
    for (uint64_t k : kept) {
      index_.emplace(k, static_cast<uint32_t>(keys_.size()));
      keys_.push_back(k);
    }
  }
  int64_t Find(uint64_t key) const {
    auto it = index_.find(key);
    return it == index_.end() ? int64_t{-1} : static_cast<int64_t>(it->second);
  }
  size_t size() const { return keys_.size(); }
  uint64_t key(size_t i) const { return keys_[i]; }

 private:
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<uint64_t> keys_;
};

// Indices of per-token key lists (several lists per token are concatenated).
Indexed Index(const Dictionary& dict, size_t tokens, const std::vector<const std::vector<uint64_t>*>& keys,
              const std::vector<const std::vector<uint32_t>*>& begins) {
  Indexed out;
  out.begin.reserve(tokens + 1);
  for (size_t t = 0; t < tokens; ++t) {
    for (size_t l = 0; l < keys.size(); ++l) {
      for (uint32_t k = (*begins[l])[t]; k < (*begins[l])[t + 1]; ++k) {
        const int64_t f = dict.Find((*keys[l])[k]);
        if (f >= 0) out.feats.push_back(static_cast<uint32_t>(f));
      }
    }
    out.begin.push_back(static_cast<uint32_t>(out.feats.size()));
  }
  return out;
}

void IndexIdentity(const Dictionary& dict, const std::vector<uint64_t>& identity, Indexed* x) {
  x->identity.resize(identity.size());
  for (size_t k = 0; k < identity.size(); ++k) {
    const int64_t f = dict.Find(identity[k]);
    x->identity[k] = f < 0 ? Indexed::kNone : static_cast<uint32_t>(f);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The averaged structured perceptron.

struct Weights {
  std::vector<float> w;  // [feature * L + label]
  std::vector<float> t;  // L*L next, L start, L end
};

class Decoder {
 public:
  Decoder(const Weights& weights, const LabelSet& labels)
      : weights_(weights),
        L_(labels.size()),
        transitions_(ner::Transitions::Constrained(labels, weights.t.data(), weights.t.data() + L_ * L_,
                                                   weights.t.data() + L_ * L_ + L_)) {}
  // Labels of sentence s.
  void Decode(const Dataset& d, const Indexed& x, size_t s, uint8_t* out) {
    const uint32_t b = d.sentence_begin[s], e = d.sentence_begin[s + 1];
    if (e > b) DecodeRange(x.feats.data(), &x.begin[b], e - b, out);
  }
  // Labels of n tokens whose features are feats[begin[i], begin[i + 1]).
  void DecodeRange(const uint32_t* feats, const uint32_t* begin, size_t n, uint8_t* out) {
    emissions_.assign(n * L_, 0.0f);
    for (size_t i = 0; i < n; ++i) {
      float* em = &emissions_[i * L_];
      for (uint32_t k = begin[i]; k < begin[i + 1]; ++k) {
        const float* row = &weights_.w[static_cast<size_t>(feats[k]) * L_];
        for (int y = 0; y < L_; ++y) em[y] += row[y];
      }
    }
    ner::Viterbi(emissions_.data(), n, transitions_, &scratch_, out);
  }

 private:
  const Weights& weights_;
  int L_;
  ner::Transitions transitions_;
  std::vector<float> emissions_, scratch_;
};

class Perceptron {
 public:
  // pa_c > 0: passive-aggressive (PA-I) steps with aggressiveness pa_c and Hamming loss instead of unit steps.
  Perceptron(size_t features, const LabelSet& labels, float pa_c = 0, float dropout = 0)
      : labels_(labels), L_(labels.size()), pa_c_(pa_c), dropout_(dropout) {
    current_.w.assign(features * L_, 0.0f);
    current_.t.assign(L_ * L_ + 2 * L_, 0.0f);
    sum_.w.assign(features * L_, 0.0f);
    sum_.t.assign(L_ * L_ + 2 * L_, 0.0f);
  }

  void Epoch(const Dataset& d, const Indexed& x, std::vector<uint32_t>* order, std::mt19937_64* rng) {
    std::shuffle(order->begin(), order->end(), *rng);
    std::vector<uint8_t> predicted;
    std::vector<uint32_t> feats, begin;
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    for (uint32_t s : *order) {
      const uint32_t b = d.sentence_begin[s], e = d.sentence_begin[s + 1];
      const size_t n = e - b;
      if (n == 0) continue;
      // The sentence's features; with word dropout, capitalized words lose their own identity at random.
      feats.clear();
      begin.assign(1, 0);
      for (uint32_t t = b; t < e; ++t) {
        uint32_t drop0 = Indexed::kNone, drop1 = Indexed::kNone;
        if (dropout_ > 0 && d.capitalized[t] && !x.identity.empty() && uniform(*rng) < dropout_) {
          drop0 = x.identity[2 * t];
          drop1 = x.identity[2 * t + 1];
        }
        for (uint32_t k = x.begin[t]; k < x.begin[t + 1]; ++k)
          if (x.feats[k] != drop0 && x.feats[k] != drop1) feats.push_back(x.feats[k]);
        begin.push_back(static_cast<uint32_t>(feats.size()));
      }
      predicted.resize(n);
      {
        Decoder decoder(current_, labels_);
        decoder.DecodeRange(feats.data(), begin.data(), n, predicted.data());
      }
      const uint8_t* gold = &d.gold[b];
      if (!std::equal(predicted.begin(), predicted.end(), gold)) {
        const float step = pa_c_ > 0 ? PaStep(feats.data(), begin.data(), n, gold, predicted.data()) : 1.0f;
        const int start = L_ * L_, end = L_ * L_ + L_;
        for (size_t i = 0; i < n; ++i) {
          if (predicted[i] == gold[i]) continue;
          for (uint32_t k = begin[i]; k < begin[i + 1]; ++k) {
            const size_t f = static_cast<size_t>(feats[k]) * L_;
            Update(&current_.w[f + gold[i]], &sum_.w[f + gold[i]], step);
            Update(&current_.w[f + predicted[i]], &sum_.w[f + predicted[i]], -step);
          }
        }
        if (gold[0] != predicted[0]) {
          Update(&current_.t[start + gold[0]], &sum_.t[start + gold[0]], step);
          Update(&current_.t[start + predicted[0]], &sum_.t[start + predicted[0]], -step);
        }
        if (gold[n - 1] != predicted[n - 1]) {
          Update(&current_.t[end + gold[n - 1]], &sum_.t[end + gold[n - 1]], step);
          Update(&current_.t[end + predicted[n - 1]], &sum_.t[end + predicted[n - 1]], -step);
        }
        for (size_t i = 1; i < n; ++i) {
          const int g = gold[i - 1] * L_ + gold[i], p = predicted[i - 1] * L_ + predicted[i];
          if (g == p) continue;
          Update(&current_.t[g], &sum_.t[g], step);
          Update(&current_.t[p], &sum_.t[p], -step);
        }
      }
      ++step_;
    }
  }

  // The average of the weights over all steps so far: w - sum / step (Daume's trick).
  Weights Averaged() const {
    Weights a;
    const float inv = 1.0f / static_cast<float>(step_);
    a.w.resize(current_.w.size());
    for (size_t i = 0; i < a.w.size(); ++i) a.w[i] = current_.w[i] - sum_.w[i] * inv;
    a.t.resize(current_.t.size());
    for (size_t i = 0; i < a.t.size(); ++i) a.t[i] = current_.t[i] - sum_.t[i] * inv;
    return a;
  }

 private:
  // PA-I: the smallest step that separates gold from the prediction by their Hamming distance, capped at C.
  float PaStep(const uint32_t* feats, const uint32_t* begin, size_t n, const uint8_t* gold, const uint8_t* pred) const {
    double margin = 0, norm = 0;
    int loss = 0;
    const int start = L_ * L_, end = L_ * L_ + L_;
    for (size_t i = 0; i < n; ++i) {
      if (pred[i] == gold[i]) continue;
      ++loss;
      for (uint32_t k = begin[i]; k < begin[i + 1]; ++k) {
        const size_t f = static_cast<size_t>(feats[k]) * L_;
        margin += current_.w[f + gold[i]] - current_.w[f + pred[i]];
        norm += 2;
      }
    }
    if (gold[0] != pred[0]) {
      margin += current_.t[start + gold[0]] - current_.t[start + pred[0]];
      norm += 2;
    }
    if (gold[n - 1] != pred[n - 1]) {
      margin += current_.t[end + gold[n - 1]] - current_.t[end + pred[n - 1]];
      norm += 2;
    }
    for (size_t i = 1; i < n; ++i) {
      const int g = gold[i - 1] * L_ + gold[i], p = pred[i - 1] * L_ + pred[i];
      if (g == p) continue;
      margin += current_.t[g] - current_.t[p];
      norm += 2;
    }
    if (norm <= 0) return 0;
    return static_cast<float>(std::min<double>(pa_c_, (loss - margin) / norm));
  }

  void Update(float* w, float* s, float delta) {
    *w += delta;
    *s += delta * static_cast<float>(step_);
  }
  const LabelSet& labels_;
  int L_;
  float pa_c_ = 0;
  float dropout_ = 0;
  Weights current_, sum_;
  int64_t step_ = 1;
};

// Entity counts, and their F1 in percent (epochs are chosen by it).
using Prf = eval::Counts;
double F1Percent(const Prf& r) { return 100.0 * r.f1(); }

// Entity F1 of labels (one per token of `d`) against the gold labels.
Prf Score(const Dataset& d, const LabelSet& labels, const std::vector<uint8_t>& predicted) {
  Prf r;
  std::vector<int> g, p;
  for (size_t s = 0; s < d.sentences(); ++s) {
    const uint32_t b = d.sentence_begin[s], e = d.sentence_begin[s + 1];
    g.assign(d.gold.begin() + b, d.gold.begin() + e);
    p.assign(predicted.begin() + b, predicted.begin() + e);
    const auto gs = labels.Decode(g), ps = labels.Decode(p);
    int64_t correct = 0;
    for (const auto& x : ps) correct += std::find(gs.begin(), gs.end(), x) != gs.end();
    r.Add(static_cast<int64_t>(gs.size()), static_cast<int64_t>(ps.size()), correct);
  }
  return r;
}

std::vector<uint8_t> DecodeAll(const Weights& w, const LabelSet& labels, const Dataset& d, const Indexed& x,
                               const std::vector<uint32_t>& sentences) {
  std::vector<uint8_t> out(d.tokens(), 0);
  Decoder decoder(w, labels);
  for (uint32_t s : sentences) decoder.Decode(d, x, s, &out[d.sentence_begin[s]]);
  return out;
}

std::vector<uint32_t> AllSentences(const Dataset& d) {
  std::vector<uint32_t> v(d.sentences());
  std::iota(v.begin(), v.end(), 0u);
  return v;
}

struct StageResult {
  Weights weights;
  int epochs = 0;
  double dev_f1 = 0;
};

// Trains with early stopping on the development F1. With options.ensemble > 1, trains that many perceptrons on
// different sentence orders (in parallel) and averages their weights: still one linear model, less dependent on
// the order of the data.
StageResult TrainOne(const char* name, size_t features, const LabelSet& labels, const Dataset& train,
                     const Indexed& xtrain, const Dataset& dev, const Indexed& xdev, const NerTrainOptions& options,
                     uint64_t seed, const ProgressFn& progress) {
  Perceptron p(features, labels, options.pa_c, options.word_dropout);
  std::mt19937_64 rng(seed);
  std::vector<uint32_t> order = AllSentences(train);
  const std::vector<uint32_t> dev_sentences = AllSentences(dev);
  StageResult best;
  best.dev_f1 = -1;
  int since_best = 0;
  for (int epoch = 1; epoch <= options.max_epochs; ++epoch) {
    const auto t0 = std::chrono::steady_clock::now();
    p.Epoch(train, xtrain, &order, &rng);
    Weights avg = p.Averaged();
    const Prf r = Score(dev, labels, DecodeAll(avg, labels, dev, xdev, dev_sentences));
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    char line[160];
    std::snprintf(line, sizeof line, "%s epoch %d: dev F1 %.2f (P %.2f R %.2f), %.1f s", name, epoch, F1Percent(r),
                  100.0 * r.precision(), 100.0 * r.recall(),
                  secs);
    if (progress) progress(line);
    if (F1Percent(r) > best.dev_f1) {
      best.dev_f1 = F1Percent(r);
      best.epochs = epoch;
      best.weights = std::move(avg);
      since_best = 0;
    } else if (++since_best >= options.patience) {
      break;
    }
  }
  return best;
}

// Runs job(k) for every k in [0, n) on up to `threads` threads, each thread taking the next k.
void ParallelFor(int n, int threads, const std::function<void(int)>& job) {
  std::mutex mu;
  int next = 0;
  auto worker = [&] {
    while (true) {
      int k;
      {
        std::lock_guard<std::mutex> lock(mu);
        if (next >= n) return;
        k = next++;
      }
      job(k);
    }
  };
  std::vector<std::thread> pool;
  for (int i = 0; i < std::min(n, std::max(1, threads)); ++i) pool.emplace_back(worker);
  for (auto& t : pool) t.join();
}

StageResult TrainSelected(const char* name, size_t features, const LabelSet& labels, const Dataset& train,
                          const Indexed& xtrain, const Dataset& dev, const Indexed& xdev,
                          const NerTrainOptions& options, const ProgressFn& progress) {
  const int members = std::max(1, options.ensemble);
  if (members == 1) return TrainOne(name, features, labels, train, xtrain, dev, xdev, options, options.seed, progress);
  std::vector<StageResult> results(members);
  std::mutex mu;
  ParallelFor(members, options.threads, [&](int m) {
    const std::string member = std::string(name) + " member " + std::to_string(m + 1);
    results[m] = TrainOne(member.c_str(), features, labels, train, xtrain, dev, xdev, options,
                          options.seed + 1000 * m, [&](std::string_view s) {
                            std::lock_guard<std::mutex> lock(mu);
                            if (progress) progress(s);
                          });
  });
  StageResult avg;
  avg.weights = results[0].weights;
  avg.epochs = results[0].epochs;
  for (int m = 1; m < members; ++m) {
    for (size_t i = 0; i < avg.weights.w.size(); ++i) avg.weights.w[i] += results[m].weights.w[i];
    for (size_t i = 0; i < avg.weights.t.size(); ++i) avg.weights.t[i] += results[m].weights.t[i];
    avg.epochs = std::max(avg.epochs, results[m].epochs);
  }
  for (float& w : avg.weights.w) w /= members;
  for (float& w : avg.weights.t) w /= members;
  avg.dev_f1 = F1Percent(Score(dev, labels, DecodeAll(avg.weights, labels, dev, xdev, AllSentences(dev))));
  if (progress) progress(std::string(name) + ": average of " + std::to_string(members) + " members: dev F1 " + std::to_string(avg.dev_f1));
  return avg;
}

// First-stage labels of every training sentence, each from a model trained without its document's fold.
std::vector<uint8_t> Jackknife(size_t features, const LabelSet& labels, const Dataset& train, const Indexed& x,
                               int epochs, const NerTrainOptions& options, const ProgressFn& progress) {
  const int folds = std::max(2, options.folds);
  std::vector<int> fold_of(train.documents());
  std::vector<uint32_t> docs(train.documents());
  std::iota(docs.begin(), docs.end(), 0u);
  std::mt19937_64 rng(options.seed + 17);
  std::shuffle(docs.begin(), docs.end(), rng);
  for (size_t k = 0; k < docs.size(); ++k) fold_of[docs[k]] = static_cast<int>(k % folds);
  std::vector<uint8_t> out(train.tokens(), 0);
  std::mutex mu;
  ParallelFor(folds, options.threads, [&](int fold) {
    std::vector<uint32_t> in, held;
    for (size_t doc = 0; doc < train.documents(); ++doc)
      for (uint32_t s = train.document_begin[doc]; s < train.document_begin[doc + 1]; ++s)
        (fold_of[doc] == fold ? held : in).push_back(s);
    Perceptron p(features, labels, options.pa_c, options.word_dropout);
    std::mt19937_64 fold_rng(options.seed + 100 + fold);
    for (int e = 0; e < epochs; ++e) p.Epoch(train, x, &in, &fold_rng);
    const Weights w = p.Averaged();
    const std::vector<uint8_t> labels_out = DecodeAll(w, labels, train, x, held);
    std::lock_guard<std::mutex> lock(mu);
    for (uint32_t s : held)
      for (uint32_t t = train.sentence_begin[s]; t < train.sentence_begin[s + 1]; ++t) out[t] = labels_out[t];
    if (progress) progress("jackknife fold " + std::to_string(fold + 1) + "/" + std::to_string(folds) + " done");
  });
  return out;
}

// Document-feature keys of every token given first-stage labels.
void DocumentKeys(const Dataset& d, const ner::FeatureExtractor& fx, const LabelSet& labels,
                  const std::vector<uint8_t>& stage1, std::vector<uint64_t>* keys, std::vector<uint32_t>* begin) {
  keys->clear();
  begin->assign(1, 0);
  std::vector<const TokenInfo*> infos;
  std::vector<uint32_t> sentence_begin;
  ner::KeyLists lists;
  for (size_t doc = 0; doc < d.documents(); ++doc) {
    const uint32_t first_sentence = d.document_begin[doc], last_sentence = d.document_begin[doc + 1];
    const uint32_t b = d.sentence_begin[first_sentence], e = d.sentence_begin[last_sentence];
    infos.clear();
    for (uint32_t t = b; t < e; ++t) infos.push_back(&d.infos[t]);
    sentence_begin.clear();
    for (uint32_t s = first_sentence; s <= last_sentence; ++s) sentence_begin.push_back(d.sentence_begin[s] - b);
    lists.Clear();
    fx.DocumentFeatures(infos.data(), &stage1[b], e - b, sentence_begin, labels, &lists);
    for (size_t i = 0; i < e - b; ++i) {
      keys->insert(keys->end(), lists.keys.begin() + lists.begin[i], lists.keys.begin() + lists.begin[i + 1]);
      begin->push_back(static_cast<uint32_t>(keys->size()));
    }
  }
}

// A CoNLL document as the tagger's input, and its gold entities as token spans.
ner::NerInput InputOf(const eval::ConllDocument& doc, std::vector<ner::TokenSpan>* gold) {
  ner::NerInput input;
  input.sentence_begin.push_back(0);
  for (const eval::ConllSentence& s : doc.sentences) {
    const uint32_t base = static_cast<uint32_t>(input.tokens.size());
    for (const std::string& w : s.words) input.tokens.push_back(w);
    for (ner::TokenSpan g : ner::SpansFromIob(s.tags)) gold->push_back({g.begin + base, g.end + base, g.type});
    input.sentence_begin.push_back(static_cast<uint32_t>(input.tokens.size()));
  }
  return input;
}

// Entity F1 of the runtime tagger on a CoNLL file (the figure the saved model gives).
Prf EvaluateModel(const ner::NerModel& model, const eval::ConllFile& file, int stages) {
  ner::NerTagger tagger(model);
  ner::NerWorkspace workspace;
  Prf r;
  for (const eval::ConllDocument& doc : file.documents) {
    std::vector<ner::TokenSpan> gold;
    const ner::NerInput input = InputOf(doc, &gold);
    std::vector<ner::NerEntity> entities;
    tagger.Tag(input, &workspace, &entities, nullptr, ner::NerTagOptions{.stages = stages, .confidence = false});
    int64_t correct = 0;
    for (const ner::NerEntity& e : entities)
      correct += std::find(gold.begin(), gold.end(), ner::TokenSpan{e.begin, e.end, e.type}) != gold.end();
    r.Add(static_cast<int64_t>(gold.size()), static_cast<int64_t>(entities.size()), correct);
  }
  return r;
}

// The temperature that makes mention confidences calibrated on the development set (least Brier score).
float ChooseTemperature(ner::NerModel* model, const eval::ConllFile& dev, double* brier_out) {
  float best_t = 1;
  double best_brier = 1e300;
  for (float t : {0.5f, 1.0f, 2.0f, 3.0f, 4.0f, 6.0f, 8.0f, 12.0f, 16.0f, 20.0f, 24.0f, 32.0f, 40.0f, 48.0f, 64.0f}) {
    model->temperature = t;
    ner::NerTagger tagger(*model);
    ner::NerWorkspace workspace;
    double brier = 0;
    int64_t n = 0;
    for (const eval::ConllDocument& doc : dev.documents) {
      std::vector<ner::TokenSpan> gold;
      const ner::NerInput input = InputOf(doc, &gold);
      std::vector<ner::NerEntity> entities;
      tagger.Tag(input, &workspace, &entities);
      for (const ner::NerEntity& e : entities) {
        const bool correct = std::find(gold.begin(), gold.end(), ner::TokenSpan{e.begin, e.end, e.type}) != gold.end();
        brier += (e.confidence - (correct ? 1.0 : 0.0)) * (e.confidence - (correct ? 1.0 : 0.0));
        ++n;
      }
    }
    if (n > 0 && brier / n < best_brier) {
      best_brier = brier / n;
      best_t = t;
    }
  }
  model->temperature = best_t;
  *brier_out = best_brier;
  return best_t;
}

// Sentences the model tags again at load time (written for this purpose, not from any corpus).
const char* const kSelfTestSentences[] = {
    "Angela Merkel met Emmanuel Macron in Paris on Monday , a spokesman for the German government said .",
    "Shares of Toyota Motor Corp rose 3 percent in Tokyo after the Bank of Japan held rates .",
    "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .",
    "The European Union and NATO will meet in Brussels with officials from the United Nations .",
    "He said the Democrats would vote against the bill in the Senate on Tuesday .",
};

std::string JsonEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// Resources.

Status LoadClusters(const std::string& path, ner::WordLexicon* lexicon, std::string* description) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kNotFound, "cannot read clusters " + path);
  std::string line;
  size_t n = 0;
  std::vector<int> flat;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::istringstream fields(line);
    for (std::string f; std::getline(fields, f, '\t');) cols.push_back(f);
    if (cols.size() < 3) continue;
    flat.clear();
    for (size_t k = 3; k < cols.size(); ++k) flat.push_back(std::atoi(cols[k].c_str()));
    lexicon->AddWord(cols[1], cols[0], std::stoull(cols[2]), flat);
    ++n;
  }
  *description += "clusters " + std::filesystem::path(path).filename().string() + " (" + std::to_string(n) +
                  " words, depth " + std::to_string(lexicon->max_depth()) + ", " +
                  std::to_string(lexicon->flat_clusterings()) + " flat clusterings); ";
  return Status::Ok();
}

Status LoadCasing(const std::string& path, ner::WordLexicon* lexicon, std::string* description) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kNotFound, "cannot read casing statistics " + path);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    std::vector<std::string_view> cols;
    std::string_view rest = line;
    while (true) {
      const size_t tab = rest.find('\t');
      cols.push_back(rest.substr(0, tab));
      if (tab == std::string_view::npos) break;
      rest.remove_prefix(tab + 1);
    }
    if (cols.size() < 4 || cols[0].empty() || cols[0][0] == '#') continue;
    lexicon->AddCasing(cols[0], std::stoull(std::string(cols[1])), std::stoull(std::string(cols[2])), cols[3]);
    ++n;
  }
  *description += "casing " + std::filesystem::path(path).filename().string() + " (" + std::to_string(n) + " words); ";
  return Status::Ok();
}

Status LoadGazetteers(const std::string& dir, ner::Gazetteer* gazetteer, std::string* description) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  if (ec) return Status(StatusCode::kNotFound, "cannot read gazetteer directory " + dir);
  std::sort(files.begin(), files.end());
  size_t total = 0;
  std::string lists;
  Analysis analysis;
  ner::WordForm form;
  std::string normalized;
  for (const auto& path : files) {
    const int list = gazetteer->AddList(path.stem().string());
    if (list < 0) return Status(StatusCode::kInvalidArgument, "more than 32 gazetteer lists in " + dir);
    std::ifstream in(path);
    std::string line;
    std::set<std::vector<std::string>> seen;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const size_t tab = line.find('\t');  // extra columns are ignored
      if (tab != std::string::npos) line.resize(tab);
      if (!IsValidUtf8(line)) continue;
      Segment(line, {}, &analysis);
      std::vector<std::string> tokens;
      for (const Token& t : analysis.tokens) {
        std::string_view tok = t.span.In(line);
        if (ner::NormalizeToken(tok, &normalized)) tok = normalized;
        ner::AnalyzeWord(tok, &form);
        tokens.push_back(form.lower);
      }
      if (tokens.empty() || tokens.size() > static_cast<size_t>(ner::Gazetteer::kMaxEntryTokens)) continue;
      if (!seen.insert(tokens).second) continue;
      gazetteer->AddEntry(list, tokens);
    }
    lists += ' ';
    lists += path.stem().string();
    lists += ':';
    lists += std::to_string(seen.size());
    total += seen.size();
  }
  *description += "gazetteers (" + std::to_string(total) + " names:" + lists + "); ";
  return Status::Ok();
}

// ---------------------------------------------------------------------------------------------------------------

StatusOr<NerTrainResult> TrainNer(const eval::ConllFile& train_file, const eval::ConllFile& dev_file,
                                  NerResources resources, const NerTrainOptions& options,
                                  const ProgressFn& progress) {
  const auto start_time = std::chrono::steady_clock::now();
  if (train_file.tokens() == 0) return Status(StatusCode::kInvalidArgument, "the training file has no tokens");
  if (dev_file.tokens() == 0) return Status(StatusCode::kInvalidArgument, "the development file has no tokens");
  const LabelSet labels(options.scheme);
  const int L = labels.size();
  const int stages = std::clamp(options.stages, 1, 2);
  const ner::FeatureExtractor fx(options.features, resources.lexicon, resources.gazetteer);
  auto say = [&](const std::string& s) {
    if (progress) progress(s);
  };

  const Dataset train = Prepare(train_file, fx, labels);
  const Dataset dev = Prepare(dev_file, fx, labels);
  Dictionary dict;
  dict.Add(train.keys, options.min_feature_count);
  const size_t static_features = dict.size();
  Indexed xtrain = Index(dict, train.tokens(), {&train.keys}, {&train.key_begin});
  IndexIdentity(dict, train.identity, &xtrain);
  const Indexed xdev = Index(dict, dev.tokens(), {&dev.keys}, {&dev.key_begin});
  say("features: " + std::to_string(static_features) + " first-stage features from " + std::to_string(train.tokens()) +
      " training tokens");

  NerTrainResult result;
  StageResult s1 = TrainSelected("stage 1", static_features, labels, train, xtrain, dev, xdev, options, progress);
  result.dev_f1[0] = s1.dev_f1;
  result.epochs[0] = s1.epochs;
  say("stage 1: best dev F1 " + std::to_string(s1.dev_f1) + " after " + std::to_string(s1.epochs) + " epochs");

  StageResult s2;
  if (stages == 2) {
    const std::vector<uint8_t> train_stage1 = Jackknife(static_features, labels, train, xtrain, s1.epochs, options, progress);
    const std::vector<uint8_t> dev_stage1 = DecodeAll(s1.weights, labels, dev, xdev, AllSentences(dev));
    std::vector<uint64_t> train_doc_keys, dev_doc_keys;
    std::vector<uint32_t> train_doc_begin, dev_doc_begin;
    DocumentKeys(train, fx, labels, train_stage1, &train_doc_keys, &train_doc_begin);
    DocumentKeys(dev, fx, labels, dev_stage1, &dev_doc_keys, &dev_doc_begin);
    dict.Add(train_doc_keys, options.min_feature_count);
    Indexed xtrain2 =
        Index(dict, train.tokens(), {&train.keys, &train_doc_keys}, {&train.key_begin, &train_doc_begin});
    IndexIdentity(dict, train.identity, &xtrain2);
    const Indexed xdev2 = Index(dict, dev.tokens(), {&dev.keys, &dev_doc_keys}, {&dev.key_begin, &dev_doc_begin});
    say("stage 2: " + std::to_string(dict.size() - static_features) + " document features; jackknifed stage-1 F1 on train " +
        std::to_string(F1Percent(Score(train, labels, train_stage1))));
    s2 = TrainSelected("stage 2", dict.size(), labels, train, xtrain2, dev, xdev2, options, progress);
    result.dev_f1[1] = s2.dev_f1;
    result.epochs[1] = s2.epochs;
    say("stage 2: best dev F1 " + std::to_string(s2.dev_f1) + " after " + std::to_string(s2.epochs) + " epochs");
  }

  // Assemble the model: one row per feature with the weights of each stage.
  auto model = std::make_unique<ner::NerModel>();
  model->labels = labels;
  model->options = options.features;
  model->lexicon = std::move(resources.lexicon);
  model->gazetteer = std::move(resources.gazetteer);
  model->non_person_tokens = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mx", "Mx.", "Dr", "Dr.", "Sir", "Dame", "Prof",
                               "Prof.", "Rev", "Rev.", "Mme", "Mme.", "Mlle", "Messrs", "Messrs."};
  model->SetStages(stages);
  float max_abs = 0;
  for (float w : s1.weights.w) max_abs = std::max(max_abs, std::fabs(w));
  for (float w : s2.weights.w) max_abs = std::max(max_abs, std::fabs(w));
  const float threshold = options.prune * max_abs;
  std::vector<float> row(stages * L);
  size_t kept = 0;
  for (size_t f = 0; f < dict.size(); ++f) {
    float largest = 0;
    for (int y = 0; y < L; ++y) {
      row[y] = f < static_features ? s1.weights.w[f * L + y] : 0.0f;
      if (stages == 2) row[L + y] = s2.weights.w[f * L + y];
    }
    for (float w : row) largest = std::max(largest, std::fabs(w));
    if (largest == 0 || largest < threshold) continue;
    model->AddFeature(dict.key(f), row.data());
    ++kept;
  }
  model->FinishFeatures();
  std::copy(s1.weights.t.begin(), s1.weights.t.end(), model->transition_weights(0));
  if (stages == 2) std::copy(s2.weights.t.begin(), s2.weights.t.end(), model->transition_weights(1));
  model->FinishTransitions();

  // Round trip through the file format, so that every figure below is the saved model's.
  auto loaded = ner::NerModel::FromBytes(model->ToBytes());
  if (!loaded.ok()) return loaded.status();
  std::unique_ptr<ner::NerModel> final_model = std::move(*loaded);
  const Prf saved = EvaluateModel(*final_model, dev_file, stages);
  double brier = 0;
  const float temperature = ChooseTemperature(final_model.get(), dev_file, &brier);
  char line[200];
  std::snprintf(line, sizeof line,
                "saved model: %zu features kept; dev F1 %.2f; confidence temperature %.2f (Brier score %.4f)", kept,
                F1Percent(saved), temperature, brier);
  say(line);

  // Self-tests: the labels this model gives a few sentences, checked again at every load.
  {
    ner::NerTagger tagger(*final_model);
    ner::NerWorkspace workspace;
    for (const char* sentence : kSelfTestSentences) {
      ner::SelfTest t;
      std::istringstream words(sentence);
      for (std::string w; words >> w;) t.tokens.push_back(w);
      ner::NerInput input;
      for (const std::string& w : t.tokens) input.tokens.push_back(w);
      input.sentence_begin = {0, static_cast<uint32_t>(t.tokens.size())};
      std::vector<ner::NerEntity> entities;
      tagger.Tag(input, &workspace, &entities, nullptr, ner::NerTagOptions{.stages = 2, .confidence = false});
      std::vector<ner::TokenSpan> spans;
      for (const auto& e : entities) spans.push_back({e.begin, e.end, e.type});
      t.tags = ner::IobFromSpans(spans, t.tokens.size());
      final_model->self_tests.push_back(std::move(t));
    }
  }

  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_time).count();
  std::ostringstream meta;
  meta << "{\"trainer\": \"averaged structured perceptron, " << stages << " stage(s)\", \"scheme\": \""
       << (options.scheme == ner::TagScheme::kBilou ? "BILOU" : "BIO") << "\", \"features\": \""
       << JsonEscape(options.features.ToString()) << "\", \"resources\": \"" << JsonEscape(resources.description)
       << "\", \"train_tokens\": " << train.tokens() << ", \"dev_tokens\": " << dev.tokens()
       << ", \"min_feature_count\": " << options.min_feature_count << ", \"folds\": " << options.folds
       << ", \"seed\": " << options.seed << ", \"epochs\": [" << s1.epochs << ", " << s2.epochs
       << "], \"dev_f1\": [" << s1.dev_f1 << ", " << s2.dev_f1 << "], \"dev_f1_saved\": " << F1Percent(saved)
       << ", \"features_kept\": " << kept << ", \"temperature\": " << temperature << ", \"dev_brier\": " << brier
       << ", \"training_seconds\": " << static_cast<int>(result.seconds) << ", \"settings\": \""
       << JsonEscape(options.settings_note) << "\"}";
  final_model->metadata = meta.str();
  // Serialize once more with metadata and self-tests, and load it as a user would.
  auto checked = ner::NerModel::FromBytes(final_model->ToBytes());
  if (!checked.ok()) return checked.status();
  result.model = std::move(*checked);
  return result;
}

}  // namespace newsgraph::train
