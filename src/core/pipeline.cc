#include "newsgraph/pipeline.h"

#include <mutex>
#include <span>
#include <string>
#include <vector>

#include "core/resources.h"
#include "core/spans.h"
#include "core/stage.h"
#include "core/stages.h"
#include "core/workspace.h"
#include "newsgraph/text.h"

namespace newsgraph {
namespace {

// The pipeline, in order: the one place the order is written. After segmentation each entry runs in turn; a
// finding stage adds its own findings, a resolution step settles where two stages' findings meet.
constexpr internal::StageFactory kOrder[] = {
    internal::CreateTimexStage,            // time expressions
    internal::CreateNerStage,              // name mentions
    internal::CreateNamesOverTimexesStep,  // a date inside a name is part of the name
    internal::CreateQuoteStage,            // quotations and speakers, over the name mentions
    internal::CreateEntityStage,           // entities, over the mentions and the speakers
    internal::CreateEntityLinkStep,        // mentions and speakers get their entity
    internal::CreateEventStage,            // events, over everything above
};

}  // namespace

namespace internal {

std::span<const StageFactory> PipelineOrder() { return kOrder; }

Status CheckStageOrder(const std::vector<StageInfo>& order) {
  uint32_t written = kSegmentation, owned = kSegmentation;
  for (const StageInfo& info : order) {
    if ((info.reads & written) != info.reads)
      return Status(StatusCode::kInternal, std::string("pipeline order: ") + info.name +
                                               " reads what no earlier stage writes");
    if (!info.resolution && (info.writes & owned))
      return Status(StatusCode::kInternal, std::string("pipeline order: ") + info.name +
                                               " writes another stage's findings");
    if (!info.resolution) owned |= info.writes;
    written |= info.writes;
  }
  return Status::Ok();
}

}  // namespace internal

struct Pipeline::Impl {
  std::unique_ptr<internal::Resources> resources;
  std::vector<std::unique_ptr<internal::Stage>> stages;  // in kOrder's order

  // Workspaces not in use: Analyze takes one and gives it back, so that each thread that analyses keeps reusing
  // memory without thread-local storage, and the pool grows to the number of threads analysing at once.
  std::mutex mutex;
  std::vector<std::unique_ptr<internal::Workspace>> idle;

  std::unique_ptr<internal::Workspace> Acquire() {
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (!idle.empty()) {
        std::unique_ptr<internal::Workspace> ws = std::move(idle.back());
        idle.pop_back();
        return ws;
      }
    }
    return std::make_unique<internal::Workspace>();
  }
  void Release(std::unique_ptr<internal::Workspace> ws) {
    std::lock_guard<std::mutex> lock(mutex);
    idle.push_back(std::move(ws));
  }
};

Pipeline::Pipeline(PipelineOptions options) : options_(std::move(options)), impl_(std::make_unique<Impl>()) {}
Pipeline::~Pipeline() = default;

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(PipelineOptions options) {
  std::unique_ptr<Pipeline> pipeline(new Pipeline(std::move(options)));
  auto resources = internal::Resources::Load(pipeline->options_);
  if (!resources.ok()) return resources.status();
  pipeline->impl_->resources = std::move(*resources);
  std::vector<internal::StageInfo> order;
  for (const internal::StageFactory create : kOrder) {
    auto stage = create(*pipeline->impl_->resources);
    if (!stage.ok()) return stage.status();
    order.push_back((*stage)->info());
    pipeline->impl_->stages.push_back(std::move(*stage));
  }
  if (Status s = internal::CheckStageOrder(order); !s.ok()) return s;
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
  std::unique_ptr<internal::Workspace> workspace = impl_->Acquire();
  workspace->StartDocument(text, analysis, impl_->resources->english);
  const internal::StageInput input{text, document};
  for (const auto& stage : impl_->stages) stage->Run(input, workspace.get(), &analysis);
  impl_->Release(std::move(workspace));

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
