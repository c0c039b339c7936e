// The pipeline stage: fills Analysis::timexes from the segmentation and the document's date.
#include "core/stages.h"
#include "timex/lexicon.h"
#include "timex/timex.h"

namespace newsgraph::internal {
namespace {

class TimexStage : public Stage {
 public:
  const char* name() const override { return "timex"; }
  void Run(std::string_view text, const Document& document, Analysis* analysis) const override {
    analysis->timexes = timex::FindTimexes(text, *analysis, document.date);
  }
};

}  // namespace

StatusOr<std::unique_ptr<Stage>> CreateTimexStage(const PipelineOptions&) {
  // Load the lexicon now, so that the first document does not pay for it and a broken table shows up at once.
  if (timex::Lexicon::Get().Find("january") == nullptr)
    return Status(StatusCode::kCorrupt, "timex lexicon (data/timex/words.txt) lacks month names");
  return std::unique_ptr<Stage>(new TimexStage());
}

}  // namespace newsgraph::internal
