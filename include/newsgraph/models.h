// Where a Pipeline finds its model files, and what the shipped NER model is.
//
//   std::string dir = newsgraph::ResolveModelsDir();             // the directory Pipeline::Create() would use
//   newsgraph::StatusOr<newsgraph::ModelInfo> ner = newsgraph::ReadNerModelInfo();
//   if (ner.ok()) std::cout << ner->path << " format " << ner->format_version;
//
// All functions here are thread-safe.
#pragma once

#include <cstdint>
#include <string>

#include "newsgraph/status.h"

namespace newsgraph {

// The named-entity tagger's file inside the models directory.
inline constexpr const char* kNerModelFile = "ner-en-news.bin";

// The models directory: `models_dir` when not empty, else $NEWSGRAPH_MODELS, else the first that exists of
// <exe>/../share/newsgraph/models, <exe>/../models and <exe>/models (an installed program, a build tree), <lib>/<the
// installed data directory>/newsgraph/models beside the shared library, the install prefix's share/newsgraph/models,
// and last the source tree's models/.
std::string ResolveModelsDir(const std::string& models_dir = "");

struct ModelInfo {
  std::string path;
  uint32_t format_version = 0;  // the file's format version
  uint64_t checksum = 0;        // the payload checksum its header records: it identifies the model's contents
  uint64_t bytes = 0;           // the file's size
  std::string metadata;         // JSON text: how it was trained (features, data, settings) and its dev scores
  Status load_status;           // ok when the model loads: checksum, feature set and self-test sentences pass
};

// Reads the header and metadata of the NER model in the models directory (resolved as above) and loads it once to
// check it. Errors: kNotFound, kCorrupt when the header cannot be read; a model that fails its checks is returned
// with that failure in load_status.
StatusOr<ModelInfo> ReadNerModelInfo(const std::string& models_dir = "");

}  // namespace newsgraph
