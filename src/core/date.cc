#include <charconv>
#include <cstdio>

#include "newsgraph/document.h"
#include "util/date_values.h"

namespace newsgraph {
namespace {

// The rest of an ISO 8601 timestamp after the date: "T10:30", "T10:30:00", ".123", "Z", "+01:00", "-0500".
bool IsTimePart(std::string_view rest) {
  if (rest.empty()) return true;
  if (rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ') return false;
  int hour = 0, minute = 0, second = 0;
  if (!util::ParseDigits(rest, 1, 2, &hour) || rest.size() < 6 || rest[3] != ':' ||
      !util::ParseDigits(rest, 4, 2, &minute))
    return false;
  if (hour > 24 || minute > 59) return false;
  size_t pos = 6;
  if (pos < rest.size() && rest[pos] == ':') {
    if (!util::ParseDigits(rest, pos + 1, 2, &second) || second > 60) return false;
    pos += 3;
    if (pos < rest.size() && (rest[pos] == '.' || rest[pos] == ',')) {
      ++pos;
      const size_t digits = pos;
      while (pos < rest.size() && rest[pos] >= '0' && rest[pos] <= '9') ++pos;
      if (pos == digits) return false;
    }
  }
  if (pos == rest.size()) return true;
  if ((rest[pos] == 'Z' || rest[pos] == 'z') && pos + 1 == rest.size()) return true;
  if (rest[pos] != '+' && rest[pos] != '-') return false;
  int oh = 0, om = 0;
  const std::string_view zone = rest.substr(pos + 1);
  if (zone.size() == 5 && zone[2] == ':')
    return util::ParseDigits(zone, 0, 2, &oh) && util::ParseDigits(zone, 3, 2, &om) && oh <= 14;
  if (zone.size() == 4) return util::ParseDigits(zone, 0, 2, &oh) && util::ParseDigits(zone, 2, 2, &om) && oh <= 14;
  if (zone.size() == 2) return util::ParseDigits(zone, 0, 2, &oh) && oh <= 14;
  return false;
}

}  // namespace

bool Date::IsValid(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

int Date::DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

StatusOr<Date> Date::Parse(std::string_view text) {
  Date d;
  const bool shape = text.size() >= 10 && text[4] == '-' && text[7] == '-' && util::ParseDigits(text, 0, 4, &d.year) &&
                     util::ParseDigits(text, 5, 2, &d.month) && util::ParseDigits(text, 8, 2, &d.day);
  if (!shape || !IsTimePart(text.substr(10)))
    return Status(StatusCode::kInvalidArgument,
                  "invalid date \"" + std::string(text.substr(0, 64)) + "\": expected YYYY-MM-DD or an ISO 8601 timestamp");
  if (!IsValid(d.year, d.month, d.day))
    return Status(StatusCode::kInvalidArgument, "invalid date \"" + std::string(text.substr(0, 64)) +
                                                    "\": no such day in the calendar");
  return d;
}

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t Date::ToDays() const {
  const int64_t y = year - (month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::FromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  Date d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
  return d;
}

int Date::Weekday() const {
  const int64_t days = ToDays();  // 1970-01-01 was a Thursday (4)
  return static_cast<int>(((days % 7 + 7 + 3) % 7) + 1);
}

void Date::IsoWeek(int* iso_year, int* week) const {
  // The ISO week belongs to the year that holds its Thursday.
  const Date thursday = AddDays(4 - Weekday());
  *iso_year = thursday.year;
  const Date jan1{thursday.year, 1, 1};
  *week = static_cast<int>((thursday.ToDays() - jan1.ToDays()) / 7 + 1);
}

std::string Date::ToString() const {
  // The digits written directly for the dates there are (years 0-9999): the events stage asks for a date's text
  // for every event it dates, and snprintf's format parsing cost twenty times the writing.
  if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    std::string out(10, '-');
    out[0] = static_cast<char>('0' + year / 1000);
    out[1] = static_cast<char>('0' + year / 100 % 10);
    out[2] = static_cast<char>('0' + year / 10 % 10);
    out[3] = static_cast<char>('0' + year % 10);
    out[5] = static_cast<char>('0' + month / 10);
    out[6] = static_cast<char>('0' + month % 10);
    out[8] = static_cast<char>('0' + day / 10);
    out[9] = static_cast<char>('0' + day % 10);
    return out;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}


}  // namespace newsgraph
