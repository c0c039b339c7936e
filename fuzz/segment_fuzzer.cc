// The text layer alone, on repaired input, in both hyphen conventions.
#include "fuzz_util.h"
#include "newsgraph/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const newsgraph::RepairedText repaired =
      newsgraph::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  newsgraph::fuzz::Require(newsgraph::IsValidUtf8(repaired.text), "repair gives valid UTF-8");
  newsgraph::fuzz::Require(repaired.to_original.size() == repaired.text.size() + 1, "repair map size");
  newsgraph::Analysis analysis;
  for (const bool split : {false, true}) {
    newsgraph::SegmenterOptions options;
    options.split_hyphens = split;
    newsgraph::Segment(repaired.text, options, &analysis);
    newsgraph::fuzz::CheckAnalysis(analysis, repaired.text.size());
    for (const auto& t : analysis.tokens)
      newsgraph::fuzz::Require(newsgraph::IsValidUtf8(t.span.In(repaired.text)), "tokens cut whole characters");
  }
  return 0;
}
