// The stage contract (src/core/stage.h): every stage and resolution step is made the same way from the pipeline's
// resources, declares what it reads and writes, and the order in src/core/pipeline.cc honours the declarations.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <thread>
#include <vector>

#include "core/resources.h"
#include "core/stages.h"
#include "newsgraph/pipeline.h"

namespace newsgraph::internal {
namespace {

std::vector<StageInfo> ActualOrder() {
  auto resources = Resources::Load(PipelineOptions{});
  EXPECT_TRUE(resources.ok()) << resources.status().message();
  std::vector<StageInfo> order;
  if (!resources.ok()) return order;
  for (const StageFactory create : PipelineOrder()) {
    auto stage = create(**resources);
    EXPECT_TRUE(stage.ok()) << stage.status().message();
    if (stage.ok()) order.push_back((*stage)->info());
  }
  return order;
}

TEST(StageContract, ThePipelineOrderHonoursEveryDeclaration) {
  const std::vector<StageInfo> order = ActualOrder();
  ASSERT_FALSE(order.empty());
  EXPECT_TRUE(CheckStageOrder(order).ok()) << CheckStageOrder(order).message();
  std::set<std::string> names;
  for (const StageInfo& info : order) {
    EXPECT_TRUE(names.insert(info.name).second) << info.name;
    EXPECT_NE(info.writes, 0u) << info.name;
  }
  // The disagreements between stages are settled by resolution steps, not by the stages.
  EXPECT_TRUE(names.count("names-over-timexes"));
  EXPECT_TRUE(names.count("entity-links"));
}

TEST(StageContract, AStageMayNotReadWhatComesLaterOrWriteWhatAnotherOwns) {
  const StageInfo timex{"timex", false, kSegmentation, kTimexes};
  const StageInfo ner{"ner", false, kSegmentation, kMentions};
  const StageInfo quotes{"quotes", false, kSegmentation | kMentions, kQuotes};
  const StageInfo greedy{"greedy", false, kSegmentation, kMentions | kTimexes};
  const StageInfo resolve{"resolve", true, kMentions | kTimexes, kTimexes};
  EXPECT_TRUE(CheckStageOrder({timex, ner, resolve, quotes}).ok());
  EXPECT_FALSE(CheckStageOrder({timex, quotes, ner}).ok());      // quotes read mentions not yet found
  EXPECT_FALSE(CheckStageOrder({timex, ner, greedy}).ok());      // a stage editing the others' findings
  EXPECT_FALSE(CheckStageOrder({resolve, timex, ner}).ok());     // a step before what it settles
}

TEST(StageContract, WorkspacesAreReusedAcrossThreads) {
  auto pipeline = Pipeline::Create();
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  Document doc{.id = "a", .text = "Sir Keir Starmer said on Thursday: \u201cWe will meet again.\u201d",
               .date = Date{2025, 4, 22}};
  const auto first = (*pipeline)->Analyze(doc);
  ASSERT_TRUE(first.ok());
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        const auto again = (*pipeline)->Analyze(doc);
        same[t] += again.ok() && again->quotes.size() == first->quotes.size() &&
                   again->timexes.size() == first->timexes.size() && again->entities.size() == first->entities.size();
      }
    });
  for (std::thread& t : threads) t.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(same[t], 20);
}

}  // namespace
}  // namespace newsgraph::internal
