#include "train/pos_trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "eval/pos_eval.h"
#include "pos/features.h"
#include "pos/tagger.h"
#include "train/perceptron.h"

namespace newsgraph::train {

namespace {

using pos::kNoTag;
using pos::kTagCount;

// One token: its type features (all offsets, or pads) and gold tag.
struct Example {
  uint32_t begin = 0, end = 0;  // into Dataset::keys / features
  uint8_t gold = 0;
  char casing = 'n';
  uint64_t lower_hash = 0;
};

struct Dataset {
  std::vector<uint64_t> keys;       // raw feature keys, then
  std::vector<uint32_t> features;   // their ids
  std::vector<Example> examples;
  std::vector<uint32_t> sentence_begin{0};  // into examples
  std::vector<std::vector<std::string>> sentences;  // token texts, kept for self-tests (train only)
};

void Extract(const std::vector<eval::ConlluDocument>& docs, const pos::PosFeatures& fx, bool keep_text, Dataset* data) {
  std::unordered_map<std::string, pos::PosWord> words;
  std::vector<const pos::PosWord*> sentence;
  for (const eval::ConlluDocument& doc : docs) {
    const eval::PosSentences s = eval::ReadPosSentences(doc);
    for (size_t k = 0; k + 1 < s.sentence_begin.size(); ++k) {
      const uint32_t b = s.sentence_begin[k], e = s.sentence_begin[k + 1];
      if (b == e) continue;
      sentence.clear();
      std::vector<std::string> texts;
      for (uint32_t t = b; t < e; ++t) {
        const std::string text(s.tokens[t]);
        auto it = words.find(text);
        if (it == words.end()) {
          it = words.emplace(text, pos::PosWord{}).first;
          fx.Analyze(text, &it->second);
        }
        sentence.push_back(&it->second);
        if (keep_text) texts.push_back(text);
      }
      const int64_t n = static_cast<int64_t>(sentence.size());
      for (int64_t i = 0; i < n; ++i) {
        Example ex;
        ex.begin = static_cast<uint32_t>(data->keys.size());
        for (int d = -pos::kPosWindow; d <= pos::kPosWindow; ++d) {
          if (i + d < 0 || i + d >= n)
            data->keys.push_back(pos::PosFeatures::PadFeature(d));
          else
            fx.TypeFeatures(*sentence[i + d], d, &data->keys);
        }
        const uint64_t left = i > 0 ? sentence[i - 1]->lower_hash : pos::PosFeatures::kOutside;
        const uint64_t right = i + 1 < n ? sentence[i + 1]->lower_hash : pos::PosFeatures::kOutside;
        data->keys.push_back(pos::PosFeatures::WordPair(-1, left, sentence[i]->lower_hash));
        data->keys.push_back(pos::PosFeatures::WordPair(1, sentence[i]->lower_hash, right));
        ex.end = static_cast<uint32_t>(data->keys.size());
        ex.gold = static_cast<uint8_t>(s.gold[b + i]);
        ex.casing = sentence[i]->form.casing;
        ex.lower_hash = sentence[i]->lower_hash;
        data->examples.push_back(ex);
      }
      data->sentence_begin.push_back(static_cast<uint32_t>(data->examples.size()));
      if (keep_text) data->sentences.push_back(std::move(texts));
    }
  }
}

// Feature ids of the context features, which the examples do not store.
struct ContextIds {
  std::vector<uint32_t> previous;      // [kTagCount + 1]
  std::vector<uint32_t> previous_two;  // [(kTagCount + 1)^2]
  std::unordered_map<char, uint32_t> first_word;
  const std::unordered_map<uint64_t, uint32_t>* ids = nullptr;  // of every feature (for the tag-word pairs)
};
constexpr int kContextFeatures = 4;

// Greedy left-to-right decoding of one sentence under weights `w`; calls visit(example, predicted, feature ids of
// its context) for each token in order, before the next is scored.
template <typename Visit>
void Decode(const Dataset& data, uint32_t sentence, const std::vector<float>& w, const ContextIds& ctx, uint32_t unknown,
            Visit visit) {
  int previous = kNoTag, before_previous = kNoTag;
  for (uint32_t e = data.sentence_begin[sentence]; e < data.sentence_begin[sentence + 1]; ++e) {
    const Example& ex = data.examples[e];
    uint32_t context[kContextFeatures] = {ctx.previous[previous],
                                          ctx.previous_two[before_previous * (kTagCount + 1) + previous], unknown,
                                          unknown};
    if (const auto it = ctx.ids->find(pos::PosFeatures::TagWord(previous, ex.lower_hash)); it != ctx.ids->end())
      context[3] = it->second;
    if (e == data.sentence_begin[sentence])
      if (const auto it = ctx.first_word.find(ex.casing); it != ctx.first_word.end()) context[2] = it->second;
    float score[kTagCount] = {};
    auto add = [&](uint32_t f) {
      const float* row = &w[static_cast<size_t>(f) * kTagCount];
      for (int y = 0; y < kTagCount; ++y) score[y] += row[y];
    };
    for (uint32_t k = ex.begin; k < ex.end; ++k) add(data.features[k]);
    for (uint32_t f : context) add(f);
    const int best = static_cast<int>(std::max_element(score, score + kTagCount) - score);
    visit(ex, best, context);
    before_previous = previous;
    previous = best;
  }
}

double Accuracy(const Dataset& data, const std::vector<float>& w, const ContextIds& ctx, uint32_t unknown) {
  int64_t correct = 0;
  for (uint32_t s = 0; s + 1 < data.sentence_begin.size(); ++s)
    Decode(data, s, w, ctx, unknown, [&](const Example& ex, int best, const uint32_t*) { correct += ex.gold == best; });
  return data.examples.empty() ? 0.0 : static_cast<double>(correct) / static_cast<double>(data.examples.size());
}

}  // namespace

StatusOr<PosTrainResult> TrainPos(const std::vector<eval::ConlluDocument>& train,
                                  const std::vector<eval::ConlluDocument>& dev, ner::WordLexicon lexicon,
                                  const PosTrainOptions& options, const PosProgressFn& progress) {
  const auto t0 = std::chrono::steady_clock::now();
  if (train.empty() || dev.empty()) return Status(StatusCode::kInvalidArgument, "no training or development documents");
  auto model = std::make_unique<pos::PosModel>();
  model->lexicon = std::move(lexicon);
  const pos::PosFeatures fx(model->lexicon);
  Dataset tr, dv;
  Extract(train, fx, true, &tr);
  Extract(dev, fx, false, &dv);

  // Feature ids: keys seen at least min_feature_count times in training, and every context feature.
  FeatureIds ids(tr.keys, options.min_feature_count);
  ContextIds ctx;
  for (int p = 0; p <= kTagCount; ++p) ctx.previous.push_back(ids.Add(pos::PosFeatures::PreviousTag(p)));
  for (int q = 0; q <= kTagCount; ++q)
    for (int p = 0; p <= kTagCount; ++p) ctx.previous_two.push_back(ids.Add(pos::PosFeatures::PreviousTags(q, p)));
  for (const Example& ex : tr.examples) ctx.first_word.emplace(ex.casing, 0);
  for (auto& [casing, f] : ctx.first_word) f = ids.Add(pos::PosFeatures::FirstWord(casing));
  // The tag-word pairs of the gold tags.
  for (uint32_t s = 0; s + 1 < tr.sentence_begin.size(); ++s)
    for (uint32_t e = tr.sentence_begin[s]; e < tr.sentence_begin[s + 1]; ++e)
      ids.Add(pos::PosFeatures::TagWord(e == tr.sentence_begin[s] ? kNoTag : tr.examples[e - 1].gold,
                                        tr.examples[e].lower_hash));
  ctx.ids = &ids.ids();
  const uint32_t unknown = ids.unknown();  // a zero row for keys dropped or unseen
  for (Dataset* d : {&tr, &dv}) ids.Map(d->keys, &d->features);
  progress("train: " + std::to_string(train.size()) + " documents, " + std::to_string(tr.examples.size()) +
           " words; dev: " + std::to_string(dev.size()) + " documents, " + std::to_string(dv.examples.size()) +
           " words; " + std::to_string(ids.size()) + " features");

  // Greedy decoding as the tagger does, each wrong tag's features updated; the dev set chooses the epochs.
  const auto [weights, best_epoch] = TrainPerceptrons(
      ids.rows(), kTagCount, tr.sentence_begin.size() - 1,
      {options.max_epochs, options.patience, options.seed, options.ensemble},
      [&](AveragedPerceptron& p, uint32_t s) {
        Decode(tr, s, p.weights(), ctx, unknown, [&](const Example& ex, int best, const uint32_t* context) {
          if (best != ex.gold) {
            auto update = [&](uint32_t f) {
              if (f != unknown) p.Update(f, ex.gold, best);
            };
            for (uint32_t k = ex.begin; k < ex.end; ++k) update(tr.features[k]);
            for (int k = 0; k < kContextFeatures; ++k) update(context[k]);
          }
          p.Tick();
        });
      },
      [&](const std::vector<float>& averaged, int epoch) {
        const double accuracy = Accuracy(dv, averaged, ctx, unknown);
        char line[96];
        std::snprintf(line, sizeof line, "epoch %d: dev UPOS accuracy %.4f", epoch, accuracy);
        progress(line);
        return accuracy;
      });
  ids.Store(weights, kTagCount, model.get());

  // The saved (quantized) model, scored on dev through the tagger itself, and a few self-test sentences.
  auto reloaded = pos::PosModel::FromBytes(model->ToBytes());
  if (!reloaded.ok()) return reloaded.status();
  pos::PosTagger tagger(**reloaded);
  const eval::PosScore dev_score = eval::EvaluatePos(tagger, dev);
  nlohmann::json meta;
  meta["model"] = "newsgraph part-of-speech tagger (UPOS, averaged perceptron, greedy left to right)";
  meta["data"] = options.data_note;
  meta["settings"] = options.settings_note;
  meta["epochs"] = best_epoch;
  meta["dev_upos_accuracy"] = dev_score.accuracy();
  meta["features"] = (*reloaded)->features();
  (*reloaded)->metadata = meta.dump();
  {
    pos::Scratch scratch;
    std::vector<pos::Upos> tags;
    for (size_t s = 0; s < tr.sentences.size() && (*reloaded)->self_tests.size() < 5; s += tr.sentences.size() / 5 + 1) {
      pos::PosSelfTest t;
      t.tokens = tr.sentences[s];
      std::vector<std::string_view> views(t.tokens.begin(), t.tokens.end());
      tagger.Tag(views, {0, static_cast<uint32_t>(views.size())}, &scratch, &tags);
      for (pos::Upos tag : tags) t.tags.push_back(static_cast<uint8_t>(tag));
      (*reloaded)->self_tests.push_back(std::move(t));
    }
  }
  PosTrainResult result;
  result.model = std::move(*reloaded);
  result.dev_accuracy = dev_score.accuracy();
  result.epochs = best_epoch;
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return result;
}

}  // namespace newsgraph::train
