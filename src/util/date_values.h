// Calendar values as time expressions and events carry them (TimeML's: "2025-04-24", "2025-W17", "2025-04",
// "2025"): their digits, and the ranges of days they cover, to compare them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "newsgraph/document.h"

namespace newsgraph::util {

// The number written by the `count` ASCII digits of `text` at `pos`; false when any is not a digit or the text ends.
inline bool ParseDigits(std::string_view text, size_t pos, size_t count, int* out) {
  if (pos + count > text.size()) return false;
  int value = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  *out = value;
  return true;
}

// A value as the range of days [first, last] (Date::ToDays) it covers: a day (or a time of it, "2025-03-17T06:00";
// TimeML's "2025-03-17TMO" reads as its day), an ISO week (Monday to Sunday), a month, a year. False for anything
// else (durations, "PRESENT_REF").
inline bool DayRange(std::string_view v, int64_t* first, int64_t* last) {
  int y = 0, m = 0, d = 0;
  if (!ParseDigits(v, 0, 4, &y)) return false;
  if (v.size() == 4) {
    *first = Date{y, 1, 1}.ToDays(), *last = Date{y, 12, 31}.ToDays();
    return true;
  }
  if (v.size() == 8 && v[4] == '-' && v[5] == 'W' && ParseDigits(v, 6, 2, &d)) {  // ISO week: its Monday .. Sunday
    const Date jan4{y, 1, 4};
    *first = jan4.ToDays() - (jan4.Weekday() - 1) + 7 * (d - 1);
    *last = *first + 6;
    return true;
  }
  if (v.size() < 7 || v[4] != '-' || !ParseDigits(v, 5, 2, &m) || m < 1 || m > 12) return false;
  if (v.size() == 7) {
    *first = Date{y, m, 1}.ToDays(), *last = Date{y, m, Date::DaysInMonth(y, m)}.ToDays();
    return true;
  }
  // A day, or a time of that day ("2025-03-17T06:00").
  if ((v.size() == 10 || (v.size() > 10 && v[10] == 'T')) && v[7] == '-' && ParseDigits(v, 8, 2, &d) &&
      Date::IsValid(y, m, d)) {
    *first = *last = Date{y, m, d}.ToDays();
    return true;
  }
  return false;
}

}  // namespace newsgraph::util
