#include "newsgraph/pipeline.h"

#include <string>
#include <vector>

#include "core/spans.h"
#include "core/stage.h"
#include "core/stages.h"
#include "newsgraph/text.h"

namespace newsgraph {

struct Pipeline::Impl {
  std::vector<std::unique_ptr<internal::Stage>> stages;
};

Pipeline::Pipeline(PipelineOptions options) : options_(std::move(options)), impl_(std::make_unique<Impl>()) {}
Pipeline::~Pipeline() = default;

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(PipelineOptions options) {
  std::unique_ptr<Pipeline> pipeline(new Pipeline(std::move(options)));
  // Stages run in this order, after segmentation; each reads what the earlier ones found.
  auto timexes = internal::CreateTimexStage(pipeline->options_);
  if (!timexes.ok()) return timexes.status();
  pipeline->impl_->stages.push_back(std::move(*timexes));
  auto mentions = internal::CreateNerStage(pipeline->options_);
  if (!mentions.ok()) return mentions.status();
  pipeline->impl_->stages.push_back(std::move(*mentions));
  auto quotes = internal::NewQuoteStage(pipeline->options_);
  if (!quotes.ok()) return quotes.status();
  pipeline->impl_->stages.push_back(std::move(*quotes));
  auto entities = internal::CreateEntityStage(pipeline->options_);
  if (!entities.ok()) return entities.status();
  pipeline->impl_->stages.push_back(std::move(*entities));
  return pipeline;
}

StatusOr<Analysis> Pipeline::Analyze(const Document& document) const {
  const std::string_view original = document.text;
  if (original.size() > options_.max_document_bytes)
    return Status(StatusCode::kTooLarge, "document of " + std::to_string(original.size()) +
                                             " bytes is over the limit of " +
                                             std::to_string(options_.max_document_bytes) + " bytes");
  if (original.size() > UINT32_MAX - 16)
    return Status(StatusCode::kTooLarge, "documents are limited to 4 GiB");

  size_t bad_offset = 0;
  RepairedText repaired;
  std::string_view text = original;
  if (!IsValidUtf8(original, &bad_offset)) {
    if (!options_.repair_utf8)
      return Status(StatusCode::kInvalidUtf8, "invalid UTF-8 at byte offset " + std::to_string(bad_offset) +
                                                  " (use --repair to replace invalid bytes by U+FFFD)");
    repaired = RepairUtf8(original);
    text = repaired.text;
  }

  Analysis analysis;
  Segment(text, options_.segmenter, &analysis);
  for (const auto& stage : impl_->stages) stage->Run(text, document, &analysis);

  if (!repaired.to_original.empty()) {
    internal::ForEachSpan(&analysis, [&](Span& span) {
      span.start = repaired.to_original[span.start];
      span.end = repaired.to_original[span.end];
    });
    analysis.repaired_bytes = repaired.replaced_bytes;
  }
  return analysis;
}

}  // namespace newsgraph
