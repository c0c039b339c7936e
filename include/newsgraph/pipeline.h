// The facade: a Pipeline loads its resources once and analyses documents.
//
//   auto pipeline = newsgraph::Pipeline::Create();
//   if (!pipeline.ok()) { /* pipeline.status().message() */ }
//   newsgraph::Document doc{.id = "a1", .text = "...", .date = newsgraph::Date{2025, 4, 22}};
//   newsgraph::StatusOr<newsgraph::Analysis> result = (*pipeline)->Analyze(doc);
//   std::string json = newsgraph::ToJson(doc, *result, {});
//
// Thread safety: a Pipeline is immutable after Create(); one instance may be shared by any number of threads calling
// Analyze() at once.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/status.h"
#include "newsgraph/text.h"

namespace newsgraph {

struct PipelineOptions {
  // Replace invalid UTF-8 by U+FFFD instead of rejecting the document; offsets still index the original bytes.
  bool repair_utf8 = false;
  // Documents above this size are rejected with kTooLarge (time and memory stay linear below it).
  size_t max_document_bytes = size_t{128} << 20;
  // Where model files are looked for; empty means: $NEWSGRAPH_MODELS, then beside the executable, then where the
  // library was installed, then the source tree's models/ (ResolveModelsDir in newsgraph/models.h).
  std::string models_dir;
  SegmenterOptions segmenter;
  // Analysis::events lists every event mention the detector finds (one record per event, coreferent mentions
  // merged), for TimeML-style scoring; by default only the events with a PLOVER type or an entity participant.
  bool all_events = false;
  // false: the events stage does not run and Analysis::events stays empty (about a third faster; for users who
  // need only names, quotations and dates).
  bool events = true;
};

class Pipeline {
 public:
  static StatusOr<std::unique_ptr<Pipeline>> Create(PipelineOptions options = {});
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Errors: kInvalidUtf8 (with the byte offset) unless repair_utf8, kTooLarge over max_document_bytes.
  StatusOr<Analysis> Analyze(const Document& document) const;

  const PipelineOptions& options() const { return options_; }

 private:
  struct Impl;  // the loaded stages (src/core/pipeline.cc)
  explicit Pipeline(PipelineOptions options);
  PipelineOptions options_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsgraph
