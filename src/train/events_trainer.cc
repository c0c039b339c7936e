#include "train/events_trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "eval/events_timebank.h"
#include "events/trigger_features.h"
#include "events/trigger_tagger.h"
#include "pos/tagger.h"
#include "train/perceptron.h"

namespace newsgraph::train {

namespace {

using events::kClassCount;
using events::kPosCount;
using events::kRowSize;

// One candidate token (a word): its features and gold labels.
struct Example {
  uint32_t begin = 0, end = 0;  // into Dataset::features
  uint8_t cls = 0;              // EventClass
  int8_t pos = -1;              // EventPos of a gold trigger, else -1
};

struct Dataset {
  std::vector<uint64_t> keys;       // raw feature keys, then
  std::vector<uint32_t> features;   // their ids (train: every kept key; dev: keys seen in training)
  std::vector<Example> examples;
  std::vector<uint32_t> sentence_begin{0};  // into examples, per sentence with a candidate
  int64_t gold_events = 0;          // every gold event, aligned to a token or not
  std::vector<std::vector<std::string>> sentences;  // token texts, kept for self-tests (train only)
};

// Extracts the features of every word of every document.
void Extract(const std::vector<eval::TimemlDocument>& docs, const events::TriggerFeatures& fx,
             const pos::PosTagger* pos_tagger, bool keep_text, Dataset* data) {
  pos::Scratch pos_scratch;
  std::vector<pos::Upos> tags;
  std::vector<std::string_view> views;
  std::unordered_map<std::string, events::TriggerWord> words;
  std::vector<const events::TriggerWord*> sentence;
  std::vector<events::WordSummary> summaries;
  std::vector<uint64_t> keys;
  for (const eval::TimemlDocument& doc : docs) {
    const eval::AlignedTimeml a = eval::AlignEvents(doc);
    data->gold_events += static_cast<int64_t>(doc.events.size());
    for (const Sentence& s : a.segmentation.sentences) {
      sentence.clear();
      summaries.clear();
      std::vector<std::string> texts;
      std::vector<std::string> stems;
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
        const std::string text(a.segmentation.tokens[t].span.In(doc.text));
        auto it = words.find(text);
        if (it == words.end()) {
          it = words.emplace(text, events::TriggerWord{}).first;
          fx.Analyze(text, &it->second, &stems);
        }
        sentence.push_back(&it->second);
        summaries.push_back(it->second.summary);
        if (keep_text) texts.push_back(text);
      }
      const size_t n = sentence.size();
      if (pos_tagger) {
        views.clear();
        for (uint32_t t = s.token_begin; t < s.token_end; ++t) views.push_back(a.segmentation.tokens[t].span.In(doc.text));
        pos_tagger->Tag(views, {0, static_cast<uint32_t>(n)}, &pos_scratch, &tags);
      }
      for (size_t i = 0; i < n; ++i) {
        if (!summaries[i].has_letter) continue;
        Example ex;
        ex.begin = static_cast<uint32_t>(data->keys.size());
        keys.clear();
        for (int d = -events::kTriggerWindow; d <= events::kTriggerWindow; ++d) {
          const int64_t j = static_cast<int64_t>(i) + d;
          if (j < 0 || j >= static_cast<int64_t>(n))
            keys.push_back(events::TriggerFeatures::PadFeature(d));
          else
            fx.TypeFeatures(*sentence[j], d, &keys);
        }
        events::TriggerFeatures::ContextFeatures(summaries.data(), pos_tagger ? tags.data() : nullptr, n, i, &keys);
        data->keys.insert(data->keys.end(), keys.begin(), keys.end());
        ex.end = static_cast<uint32_t>(data->keys.size());
        const int gold = a.event_of[s.token_begin + i];
        if (gold >= 0) {
          const eval::GoldEvent& g = doc.events[gold];
          ex.cls = static_cast<uint8_t>(events::ParseEventClass(g.cls).value_or(events::EventClass::kOccurrence));
          if (!g.pos.empty()) ex.pos = static_cast<int8_t>(events::ParseEventPos(g.pos));
        }
        data->examples.push_back(ex);
      }
      if (data->examples.size() > data->sentence_begin.back()) {
        data->sentence_begin.push_back(static_cast<uint32_t>(data->examples.size()));
        if (keep_text) data->sentences.push_back(std::move(texts));
      }
    }
  }
}

// Scores of one example under weights `w` (kRowSize per feature id).
void ScoreExample(const Dataset& data, const Example& ex, const std::vector<float>& w, float* scores) {
  std::fill(scores, scores + kRowSize, 0.0f);
  for (uint32_t k = ex.begin; k < ex.end; ++k) {
    const float* row = &w[static_cast<size_t>(data.features[k]) * kRowSize];
    for (int y = 0; y < kRowSize; ++y) scores[y] += row[y];
  }
}

// max over event classes of the score minus the "no event" score, and that class.
std::pair<float, int> Margin(const float* scores) {
  const int best = static_cast<int>(std::max_element(scores + 1, scores + kClassCount) - scores);
  return {scores[best] - scores[0], best};
}

struct DevScore {
  int64_t tp = 0, fp = 0, fn = 0;
  double f1() const { return tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0.0; }
};

// Token-level strict trigger F1 on the development set when an event is predicted where margin > bias.
DevScore EvaluateDev(const Dataset& dev, const std::vector<float>& w, float bias) {
  DevScore s;
  float scores[kRowSize];
  for (const Example& ex : dev.examples) {
    ScoreExample(dev, ex, w, scores);
    const bool predicted = Margin(scores).first > bias;
    if (predicted && ex.cls != 0)
      ++s.tp;
    else if (predicted)
      ++s.fp;
  }
  s.fn = dev.gold_events - s.tp;
  return s;
}

// The bias on "no event" that gives the best development F1 (an exact sweep over the sorted margins).
float ChooseBias(const Dataset& dev, const std::vector<float>& w) {
  std::vector<std::pair<float, bool>> margins;
  float scores[kRowSize];
  for (const Example& ex : dev.examples) {
    ScoreExample(dev, ex, w, scores);
    margins.emplace_back(Margin(scores).first, ex.cls != 0);
  }
  std::sort(margins.begin(), margins.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  int64_t tp = 0, fp = 0;
  double best_f1 = -1;
  float best = 0;
  for (size_t k = 0; k < margins.size(); ++k) {
    (margins[k].second ? tp : fp) += 1;
    if (k + 1 < margins.size() && margins[k + 1].first == margins[k].first) continue;
    const double f1 = 2.0 * tp / (2.0 * tp + fp + (dev.gold_events - tp));
    if (f1 > best_f1) {
      best_f1 = f1;
      // Halfway to the next margin, so that the threshold is not on a training artefact.
      best = k + 1 < margins.size() ? (margins[k].first + margins[k + 1].first) / 2 : margins[k].first - 1;
    }
  }
  return best;
}

// The perceptron's step for each word of training sentence s: its event class and, for a gold trigger, its part of
// speech.
void Learn(const Dataset& tr, uint32_t s, AveragedPerceptron* p) {
  float scores[kRowSize];
  auto update = [&](const Example& ex, int good, int bad) {
    for (uint32_t k = ex.begin; k < ex.end; ++k) p->Update(tr.features[k], good, bad);
  };
  for (uint32_t e = tr.sentence_begin[s]; e < tr.sentence_begin[s + 1]; ++e) {
    const Example& ex = tr.examples[e];
    ScoreExample(tr, ex, p->weights(), scores);
    const int predicted = static_cast<int>(std::max_element(scores, scores + kClassCount) - scores);
    if (predicted != ex.cls) update(ex, ex.cls, predicted);
    if (ex.pos >= 0) {
      const int pos = static_cast<int>(std::max_element(scores + kClassCount, scores + kRowSize) - (scores + kClassCount));
      if (pos != ex.pos) update(ex, kClassCount + ex.pos, kClassCount + pos);
    }
    p->Tick();
  }
}

}  // namespace

StatusOr<EventTrainResult> TrainEvents(const std::vector<eval::TimemlDocument>& train,
                                       const std::vector<eval::TimemlDocument>& dev, ner::WordLexicon lexicon,
                                       events::SenseLexicon senses,
                                       const EventTrainOptions& options, const EventProgressFn& progress) {
  const auto t0 = std::chrono::steady_clock::now();
  if (train.empty() || dev.empty()) return Status(StatusCode::kInvalidArgument, "no training or development documents");
  auto model = std::make_unique<events::EventModel>();
  model->lexicon = std::move(lexicon);
  model->senses = std::move(senses);
  const events::TriggerFeatures fx(model->lexicon, model->senses);
  std::unique_ptr<pos::PosTagger> pos_tagger;
  if (options.pos_model) pos_tagger = std::make_unique<pos::PosTagger>(*options.pos_model);
  model->pos_tags = pos_tagger != nullptr;
  Dataset tr, dv;
  Extract(train, fx, pos_tagger.get(), true, &tr);
  Extract(dev, fx, pos_tagger.get(), false, &dv);

  // Feature ids: keys seen at least min_feature_count times in training.
  const FeatureIds ids(tr.keys, options.min_feature_count);
  ids.Map(tr.keys, &tr.features);
  ids.Map(dv.keys, &dv.features);
  progress("train: " + std::to_string(train.size()) + " documents, " + std::to_string(tr.examples.size()) +
           " words, " + std::to_string(tr.gold_events) + " events; dev: " + std::to_string(dev.size()) +
           " documents, " + std::to_string(dv.gold_events) + " events; " + std::to_string(ids.size()) + " features");

  // An ensemble of perceptrons that saw the sentences in different orders, their epochs chosen on dev.
  auto [best_w, best_epoch] = TrainPerceptrons(
      ids.rows(), kRowSize, tr.sentence_begin.size() - 1,
      {options.max_epochs, options.patience, options.seed, options.ensemble},
      [&](AveragedPerceptron& p, uint32_t s) { Learn(tr, s, &p); },
      [&](const std::vector<float>& averaged, int epoch) {
        const DevScore s = EvaluateDev(dv, averaged, 0);
        char line[160];
        std::snprintf(line, sizeof line, "epoch %d: dev trigger F1 %.4f (tp %lld fp %lld fn %lld)", epoch, s.f1(),
                      static_cast<long long>(s.tp), static_cast<long long>(s.fp), static_cast<long long>(s.fn));
        progress(line);
        return s.f1();
      });
  if (options.ensemble > 1) {
    char line[96];
    std::snprintf(line, sizeof line, "ensemble of %d: dev trigger F1 %.4f", options.ensemble, EvaluateDev(dv, best_w, 0).f1());
    progress(line);
  }

  // The bias on "no event", chosen on the development set, goes into the O weight of the bias feature (every word
  // has it), so that tagging needs no extra step.
  const float bias = ChooseBias(dv, best_w);
  const DevScore biased = EvaluateDev(dv, best_w, bias);
  {
    char line[160];
    std::snprintf(line, sizeof line, "epoch %d chosen; bias on no-event %.3f: dev trigger F1 %.4f", best_epoch, bias,
                  biased.f1());
    progress(line);
  }
  {
    const auto it = ids.ids().find(events::TriggerFeatures::BiasFeature());
    if (it == ids.ids().end()) return Status(StatusCode::kInternal, "the bias feature was not seen in training");
    best_w[static_cast<size_t>(it->second) * kRowSize + 0] += bias;
  }
  ids.Store(best_w, kRowSize, model.get());

  // Temperature of the confidences: the best log-likelihood of the development labels.
  {
    float scores[kRowSize];
    double best_nll = 1e300;
    for (float t : {0.5f, 1.0f, 1.5f, 2.0f, 3.0f, 4.0f, 6.0f, 8.0f, 12.0f, 16.0f, 24.0f, 32.0f}) {
      double nll = 0;
      for (const Example& ex : dv.examples) {
        ScoreExample(dv, ex, best_w, scores);
        const float top = *std::max_element(scores, scores + kClassCount);
        double z = 0;
        for (int y = 0; y < kClassCount; ++y) z += std::exp((scores[y] - top) / t);
        nll -= (scores[ex.cls] - top) / t - std::log(z);
      }
      if (nll < best_nll) {
        best_nll = nll;
        model->temperature = t;
      }
    }
  }

  nlohmann::json meta;
  meta["model"] = "newsgraph event-trigger detector (averaged perceptron)";
  meta["data"] = options.data_note;
  meta["settings"] = options.settings_note;
  meta["epochs"] = best_epoch;
  meta["none_bias"] = bias;
  meta["dev_trigger_f1_token_strict"] = biased.f1();
  meta["features"] = model->features();
  meta["temperature"] = model->temperature;
  meta["pos_tags"] = model->pos_tags;
  model->metadata = meta.dump();

  // Self-tests: a few training sentences with the labels the saved (quantized) model gives them.
  auto reloaded = events::EventModel::FromBytes(model->ToBytes());
  if (!reloaded.ok()) return reloaded.status();
  {
    events::TriggerTagger tagger(**reloaded);
    newsgraph::events::Scratch scratch;
    pos::Scratch pos_scratch;
    std::vector<events::Trigger> triggers;
    for (size_t s = 0; s < tr.sentences.size() && (*reloaded)->self_tests.size() < 5; s += tr.sentences.size() / 5 + 1) {
      events::EventSelfTest t;
      t.tokens = tr.sentences[s];
      std::vector<std::string_view> views(t.tokens.begin(), t.tokens.end());
      if (pos_tagger) pos_tagger->Tag(views, {0, static_cast<uint32_t>(views.size())}, &pos_scratch, &t.tags);
      tagger.Tag(views, {0, static_cast<uint32_t>(views.size())}, &scratch, &triggers, pos_tagger ? &t.tags : nullptr);
      t.labels.assign(views.size(), 0);
      for (const events::Trigger& g : triggers) t.labels[g.token] = static_cast<uint8_t>(g.cls);
      (*reloaded)->self_tests.push_back(std::move(t));
    }
  }
  EventTrainResult result;
  result.model = std::move(*reloaded);
  result.dev_f1 = biased.f1();
  result.epochs = best_epoch;
  result.none_bias = bias;
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return result;
}

}  // namespace newsgraph::train
