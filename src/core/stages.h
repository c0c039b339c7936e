// Factories of the pipeline's stages, in the order Pipeline::Create runs them. Each loads what it needs once
// (lexicons, models) and returns an error Status when a resource is missing or corrupt.
#pragma once

#include <memory>
#include <string>

#include "core/stage.h"
#include "newsgraph/pipeline.h"

namespace newsgraph::internal {

// The directory model files are read from (see PipelineOptions::models_dir).
std::string ResolveModelsDir(const PipelineOptions& options);

// Time expressions resolved against the document date (src/timex/); needs only the segmentation.
StatusOr<std::unique_ptr<Stage>> CreateTimexStage(const PipelineOptions& options);

// Named-entity mentions (people, organisations, places, other names) from the trained tagger in
// models/ner-en-news.bin (src/ner/); fails when the model file is missing or damaged.
StatusOr<std::unique_ptr<Stage>> CreateNerStage(const PipelineOptions& options);

// Quotations and their speakers (src/quotes/); runs after the tagger, whose name mentions it uses.
StatusOr<std::unique_ptr<Stage>> NewQuoteStage(const PipelineOptions& options);

// One entity per person, organisation and place, with roles and places (src/entities/); runs last.
StatusOr<std::unique_ptr<Stage>> CreateEntityStage(const PipelineOptions& options);

}  // namespace newsgraph::internal
