// The time-expression stage alone, with and without a document date; the first two bytes pick the date.
#include "fuzz_util.h"
#include "newsgraph/text.h"
#include "timex/timex.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const newsgraph::RepairedText repaired =
      newsgraph::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data) + 2, size - 2));
  std::optional<newsgraph::Date> date;
  if (data[0] & 1) date = newsgraph::Date::FromDays(static_cast<int64_t>(data[0] | (data[1] << 8)) * 7 - 20000);
  const std::vector<newsgraph::Timex> found = newsgraph::timex::FindTimexes(repaired.text, date);
  uint32_t previous_end = 0;
  for (const newsgraph::Timex& t : found) {
    newsgraph::fuzz::RequireSpan(t.span, repaired.text.size(), "timex span");
    newsgraph::fuzz::Require(t.span.start >= previous_end && t.span.start < t.span.end, "timexes ordered, disjoint");
    newsgraph::fuzz::Require(!t.value.empty(), "every timex has a value");
    previous_end = t.span.end;
  }
  return 0;
}
