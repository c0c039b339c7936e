// The resolution steps: where two stages' findings meet, the pipeline decides here, in the open, rather than one
// stage editing another's findings.
#include <algorithm>
#include <memory>

#include "core/stages.h"
#include "core/workspace.h"
#include "entities/resolver.h"

namespace newsgraph::internal {
namespace {

// The tagger's names against the time expressions: a time expression inside a longer name of a person, an
// organisation or a place is part of the name ("Twentieth Century Fox", "USA Today") and is dropped.
class NamesOverTimexes : public Stage {
 public:
  StageInfo info() const override { return {"names-over-timexes", true, kMentions | kTimexes, kTimexes}; }
  void Run(const StageInput&, Workspace*, Analysis* a) const override {
    if (a->timexes.empty() || a->mentions.empty()) return;
    auto inside_a_name = [&](const Timex& t) {
      auto it = std::upper_bound(a->mentions.begin(), a->mentions.end(), t.span.start,
                                 [](uint32_t offset, const Mention& m) { return offset < m.span.start; });
      if (it == a->mentions.begin()) return false;
      const Mention& m = *std::prev(it);
      return m.type != EntityType::kMisc && m.span.Contains(t.span) && m.span.size() > t.span.size();
    };
    a->timexes.erase(std::remove_if(a->timexes.begin(), a->timexes.end(), inside_a_name), a->timexes.end());
  }
};

// The entity stage decides which entity each name mention and each quotation's speaker is; this step writes its
// answer into the tagger's mentions and the quotation stage's quotes.
class EntityLinks : public Stage {
 public:
  StageInfo info() const override {
    return {"entity-links", true, kEntityLinks | kMentions | kQuotes, kMentionEntity | kSpeakerEntity};
  }
  void Run(const StageInput&, Workspace* ws, Analysis* a) const override {
    entities::ApplyEntityLinks(ws->entity_links, a);
  }
};

}  // namespace

StatusOr<std::unique_ptr<Stage>> CreateNamesOverTimexesStep(const Resources&) {
  return std::unique_ptr<Stage>(new NamesOverTimexes());
}

StatusOr<std::unique_ptr<Stage>> CreateEntityLinkStep(const Resources&) {
  return std::unique_ptr<Stage>(new EntityLinks());
}

}  // namespace newsgraph::internal
