// The calendar values time expressions and events carry (TimeML's: "2025-04-24", "2025-W17", "2025-04", "2025"), as
// ranges of days that can be compared.
#pragma once

#include <cstdint>
#include <string_view>

namespace newsgraph {

// A value as the range of days [first, last] (Date::ToDays) it covers: a day (or a time of it, "2025-03-17T06:00"),
// an ISO week (Monday to Sunday), a month, a year. False for anything else (durations, "PRESENT_REF", "2025-03-17TMO"
// reads as its day).
bool DayRange(std::string_view value, int64_t* first, int64_t* last);

}  // namespace newsgraph
