// The pipeline's stages and resolution steps, each made by a StageFactory (core/stage.h). Pipeline::Create runs them
// in the order src/core/pipeline.cc writes down.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/stage.h"
#include "newsgraph/pipeline.h"

namespace newsgraph::internal {

// The stages and steps in the order they run (src/core/pipeline.cc).
std::span<const StageFactory> PipelineOrder();
// What a stage reads was written before it (or is the segmentation), and no two finding stages write the same part.
Status CheckStageOrder(const std::vector<StageInfo>& order);

// The directory model files are read from (see PipelineOptions::models_dir).
std::string ResolveModelsDir(const PipelineOptions& options);

// Finding stages (src/core/stages.cc).
// Time expressions resolved against the document date (src/timex/); reads only the segmentation.
StatusOr<std::unique_ptr<Stage>> CreateTimexStage(const Resources& resources);
// Named-entity mentions (people, organisations, places, other names) from the trained tagger (src/ner/).
StatusOr<std::unique_ptr<Stage>> CreateNerStage(const Resources& resources);
// Quotations and their speakers (src/quotes/); reads the tagger's name mentions.
StatusOr<std::unique_ptr<Stage>> CreateQuoteStage(const Resources& resources);
// One entity per person, organisation and place, with roles and places (src/entities/); reads the mentions and the
// quotations' speakers, and hands over which entity each of them names.
StatusOr<std::unique_ptr<Stage>> CreateEntityStage(const Resources& resources);
StatusOr<std::unique_ptr<Stage>> CreateEventStage(const Resources& resources);

// Resolution steps (src/core/resolve.cc).
// A time expression inside a longer name is part of the name ("Twentieth Century Fox", "USA Today"): the name wins.
StatusOr<std::unique_ptr<Stage>> CreateNamesOverTimexesStep(const Resources& resources);
// Writes the entity stage's links into the mentions (Mention::entity) and quotations (Quote::speaker_entity).
StatusOr<std::unique_ptr<Stage>> CreateEntityLinkStep(const Resources& resources);

}  // namespace newsgraph::internal
