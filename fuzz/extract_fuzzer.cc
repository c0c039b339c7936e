// The whole extract pipeline on raw bytes: with and without UTF-8 repair, then the JSON record.
#include <memory>
#include <string>

#include "fuzz_util.h"
#include "newsgraph/newsgraph.h"

namespace {

const newsgraph::Pipeline& GetPipeline(bool repair) {
  static const auto make = [](bool r) {
    newsgraph::PipelineOptions options;
    options.repair_utf8 = r;
    auto pipeline = newsgraph::Pipeline::Create(options);
    newsgraph::fuzz::Require(pipeline.ok(), "pipeline loads");
    return std::move(pipeline).value();
  };
  static const std::unique_ptr<newsgraph::Pipeline> strict = make(false), repairing = make(true);
  return repair ? *repairing : *strict;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsgraph::Document doc;
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  doc.date = newsgraph::Date{2025, 4, 22};
  for (const bool repair : {false, true}) {
    auto analysis = GetPipeline(repair).Analyze(doc);
    if (!analysis.ok()) {
      newsgraph::fuzz::Require(!repair, "repairing pipeline accepts any bytes");
      continue;
    }
    newsgraph::fuzz::CheckAnalysis(*analysis, size);
    const std::string json = newsgraph::ToJson(doc, *analysis, {true, false});
    newsgraph::fuzz::Require(newsgraph::IsValidUtf8(json), "JSON output is valid UTF-8");
  }
  return 0;
}
