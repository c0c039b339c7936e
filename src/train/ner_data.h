// Builds what the NER tagger learns from outside its labelled data (scripts/build_ner_data.sh runs it):
//   * word clusters learned without labels from news text, by top-down exchange clustering (below);
//   * casing statistics: how often each word is capitalized where case is not forced;
//   * gazetteers: name lists from permissively licensed sources.
//
// Word clusters. Brown et al.'s class-bigram model scores a clustering by the likelihood of the text under
// P(w_i | w_{i-1}) = P(c_i | c_{i-1}) P(w_i | c_i). Brown clustering merges bottom-up (slow: O(V C^2)); we split
// top-down instead: all words start in one class; at each level every class splits in two, initialized by
// alternating words by frequency, then improved by the exchange algorithm (Kneser & Ney 1993, Martin et al. 1998)
// with each word free to move between the two halves of its parent, under the full class-bigram likelihood of that
// level. A word's path of split decisions is a bit string whose prefixes are coarser clusters, as in Brown paths, at
// a cost of O(levels x iterations x bigram types): seconds for millions of words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "eval/ner_conll.h"
#include "ner/model.h"
#include "newsgraph/status.h"
#include "train/embeddings.h"
#include "train/ner_trainer.h"

namespace newsgraph::train {

// Sentences of tokens (normalized as the tagger's features normalize them).
struct SentenceCorpus {
  std::vector<std::string> tokens;
  std::vector<uint32_t> sentence_begin{0};
  size_t sentences() const { return sentence_begin.size() - 1; }
  void AddSentence(const std::vector<std::string_view>& tokens);
};

// Adds raw text (paragraphs, sentences and tokens by newsgraph's segmenter).
void AddText(std::string_view text, SentenceCorpus* corpus);
void AddConll(const eval::ConllFile& file, SentenceCorpus* corpus);

// The unlabeled news of ../shared/data: Reuters-21578 (SGML titles and bodies), BBC News and the PolNeAR article
// texts. `sources` lists which: "reuters", "bbc", "polnear".
Status AddUnlabeledNews(const std::string& data_dir, const std::vector<std::string>& sources, SentenceCorpus* corpus,
                        std::string* description);

// Casing statistics, written as "<lower>\t<lower-case count>\t<capitalized count>\t<usual form>" for words seen
// at least twice mid-sentence outside capitals headlines.
Status WriteCasing(const SentenceCorpus& corpus, const std::string& path, size_t* words);

struct ClusterOptions {
  int depth = 12;       // levels of splits: up to 2^depth clusters
  int min_count = 2;    // rarer words are not clustered
  int iterations = 8;   // exchange passes per level at most
  std::vector<int> flat_levels{8, 10};  // levels also refined into flat clusterings (any word to any class)
  int flat_iterations = 6;
  bool embeddings = false;  // also k-means clusterings of skip-gram vectors (train/embeddings.h)
  EmbeddingOptions embedding;
};

// Clusters the corpus's words (digits read as 0) and writes "<bits>\t<word>\t<count>[\t<flat id>...]" lines, most
// frequent first (the Brown-cluster paths format, plus one column per flat clustering: the refined exchange levels,
// then the k-means clusterings of skip-gram vectors).
Status BuildClusters(const SentenceCorpus& corpus, const ClusterOptions& options, const std::string& path,
                     const ProgressFn& progress);

// Name lists for the tagger, one "<list>.txt" per list under `out_dir`, from the knowledge lists of
// ../shared/data/knowledge and newsgraph's place gazetteer (data/places). See data/gazetteers/ATTRIBUTION.md.
// With `actor_dictionaries`, also lists from the PETRARCH2 actor dictionaries of ../shared/data/cameo (MIT): 19,000
// political leaders and officials, 6,700 companies, 3,000 institutions and armed groups. They did not raise
// development F1 (docs/NER.md), so the shipped model does without them.
Status BuildGazetteerLists(const std::string& knowledge_dir, const std::string& places_dir,
                           const std::string& out_dir, bool actor_dictionaries, std::string* description);

struct InduceOptions {
  int min_count = 3;           // a name must be found this often
  double min_share = 0.9;      // with this share of its occurrences of one type
  double min_confidence = 0.8; // and this mean confidence
};

// Self-training for gazetteers: tags the unlabeled news with a model and writes the names it finds often, with one
// type and high confidence, as lists "induced-per.txt", "induced-org.txt", "induced-loc.txt", "induced-misc.txt".
Status InduceGazetteers(const ner::NerModel& model, const std::string& data_dir, const std::vector<std::string>& sources,
                        const InduceOptions& options, const std::string& out_dir, std::string* description);

}  // namespace newsgraph::train
