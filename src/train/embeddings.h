// Word embeddings learned without labels (skip-gram with negative sampling, Mikolov et al. 2013), clustered with
// k-means into flat word classes: a second view of distributional similarity for the NER tagger, from wider
// contexts (±5 words) than the class-bigram clusters (±1).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "newsgraph/status.h"
#include "train/ner_trainer.h"

namespace newsgraph::train {

struct SentenceCorpus;

struct EmbeddingOptions {
  int dimension = 100;
  int window = 5;
  int negative = 5;
  int epochs = 5;
  int min_count = 2;
  float learning_rate = 0.025f;
  float subsample = 1e-4f;
  int threads = 2;  // for k-means; the skip-gram runs in one thread so that its output is reproducible
  uint64_t seed = 1;
  std::vector<int> clusters{256, 1024};  // k-means clusterings of the (normalized) vectors
  int kmeans_iterations = 15;
};

struct EmbeddingClusters {
  std::vector<std::string> words;             // the vocabulary (digits written as 0)
  std::vector<std::vector<uint32_t>> classes;  // per clustering, the class of each word
};

// Trains the vectors on `corpus` and clusters them.
StatusOr<EmbeddingClusters> BuildEmbeddingClusters(const SentenceCorpus& corpus, const EmbeddingOptions& options,
                                                   const ProgressFn& progress);

}  // namespace newsgraph::train
