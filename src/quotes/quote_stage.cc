// The quotation stage of the pipeline: runs after the tagger so that its name mentions are available.
#include <memory>

#include "core/stages.h"
#include "lang/lexicon.h"
#include "quotes/quotes.h"

namespace newsgraph::internal {
namespace {

class QuoteStage : public Stage {
 public:
  const char* name() const override { return "quotes"; }
  void Run(std::string_view text, const Document&, Analysis* analysis) const override {
    quotes::FindQuotes(text, analysis);
  }
};

}  // namespace

StatusOr<std::unique_ptr<Stage>> NewQuoteStage(const PipelineOptions&) {
  // The word lists are compiled in; a build that lost them would find no quotation at all.
  if (Status s = lang::Lexicon::Get().Check(); !s.ok()) return s;
  return std::unique_ptr<Stage>(new QuoteStage());
}

}  // namespace newsgraph::internal
