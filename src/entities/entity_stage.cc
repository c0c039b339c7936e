// The entity stage: runs last, over the tagger's mentions and the quotations' speakers.
#include "core/stages.h"
#include "entities/knowledge.h"
#include "entities/resolver.h"

namespace newsgraph::internal {
namespace {

class EntityStage : public Stage {
 public:
  const char* name() const override { return "entities"; }
  void Run(std::string_view text, const Document& document, Analysis* analysis) const override {
    entities::ResolveEntities(text, document, analysis);
  }
};

}  // namespace

StatusOr<std::unique_ptr<Stage>> CreateEntityStage(const PipelineOptions&) {
  entities::Knowledge::Get();  // parse the gazetteer now, not inside the first document
  return std::unique_ptr<Stage>(new EntityStage);
}

}  // namespace newsgraph::internal
