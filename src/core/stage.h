// The stage contract. Every step of the pipeline after segmentation is a Stage:
//   - a finding stage (timex, ner, quotes, entities, events) adds its own findings to the Analysis and never edits
//     another stage's: it declares the parts it reads and the parts it writes, and no two finding stages write the
//     same part;
//   - a resolution step settles where two stages' findings meet (a date inside a name; which entity a mention
//     names): it is the one place one stage's answer changes another's findings, and says so in its declaration.
// Every stage is created the same way, by a StageFactory from the Resources the Pipeline loaded (core/resources.h),
// and gets its per-thread scratch from the Workspace passed to Run (core/workspace.h): it keeps no mutable state of
// its own (Run is called from many threads at once). The order of stages and steps is written once, in
// src/core/pipeline.cc, which checks the declarations when it builds a pipeline.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph::internal {

struct Resources;
struct Workspace;

// The parts of an Analysis (and of the Workspace's hand-over area) a stage reads or writes.
enum Part : uint32_t {
  kSegmentation = 1u << 0,    // paragraphs, sentences, tokens, and Workspace::words over them (before any stage)
  kTimexes = 1u << 1,         // Analysis::timexes
  kMentions = 1u << 2,        // Analysis::mentions, but for Mention::entity
  kQuotes = 1u << 3,          // Analysis::quotes, but for Quote::speaker_entity
  kEntities = 1u << 4,        // Analysis::entities
  kEntityLinks = 1u << 5,     // Workspace::entity_links: which entity each mention and speaker names
  kMentionEntity = 1u << 6,   // Mention::entity
  kSpeakerEntity = 1u << 7,   // Quote::speaker_entity
  kEvents = 1u << 8,          // Analysis::events
};

struct StageInfo {
  const char* name;
  bool resolution;  // a resolution step: may write parts that finding stages wrote
  uint32_t reads;   // Part bits
  uint32_t writes;  // Part bits
};

// What a stage reads of the document besides the Analysis: its text as analysed (valid UTF-8; spans index it) and
// its metadata (the publication date).
struct StageInput {
  std::string_view text;
  const Document& document;
};

class Stage {
 public:
  virtual ~Stage() = default;
  virtual StageInfo info() const = 0;
  virtual void Run(const StageInput& input, Workspace* workspace, Analysis* analysis) const = 0;
};

// One signature for every stage: built once by Pipeline::Create from the loaded resources; an error Status when a
// resource it needs is missing or damaged.
using StageFactory = StatusOr<std::unique_ptr<Stage>> (*)(const Resources& resources);

}  // namespace newsgraph::internal
