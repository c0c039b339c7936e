// The quotation stage alone, on the segmentation of repaired input.
#include "fuzz_util.h"
#include "newsgraph/text.h"
#include "quotes/quotes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const newsgraph::RepairedText repaired =
      newsgraph::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  newsgraph::Analysis analysis;
  newsgraph::Segment(repaired.text, {}, &analysis);
  newsgraph::quotes::FindQuotes(repaired.text, &analysis);
  newsgraph::fuzz::CheckAnalysis(analysis, repaired.text.size());
  for (const newsgraph::Quote& q : analysis.quotes)
    if (q.speaker_antecedent) newsgraph::fuzz::RequireSpan(*q.speaker_antecedent, repaired.text.size(), "antecedent");
  return 0;
}
