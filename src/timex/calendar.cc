#include "timex/calendar.h"

#include <cstdio>
#include <cstdlib>

namespace newsgraph::timex {
namespace {

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

// Meteorological season of a month: 1 WI (Dec-Feb), 2 SP, 3 SU, 4 FA; December counts in the next year's winter.
int SeasonOf(const Date& d, int* season_year) {
  *season_year = d.year + (d.month == 12 ? 1 : 0);
  return d.month == 12 || d.month <= 2 ? 1 : 1 + (d.month - 3) / 3 + 1;
}

Date SeasonDate(int season_year, int season) {
  static constexpr int kMonth[] = {0, 1, 4, 7, 10};  // a month inside each season
  return Date{season_year, kMonth[season], 15};
}

}  // namespace

std::string FormatPeriod(const Period& p) {
  const Date& d = p.date;
  char buffer[32];
  switch (p.granularity) {
    case Granularity::kMillennium: std::snprintf(buffer, sizeof buffer, "%d", d.year / 1000); break;
    case Granularity::kCentury: std::snprintf(buffer, sizeof buffer, "%02d", d.year / 100); break;
    case Granularity::kDecade: std::snprintf(buffer, sizeof buffer, "%03d", d.year / 10); break;
    case Granularity::kYear: std::snprintf(buffer, sizeof buffer, "%04d", d.year); break;
    case Granularity::kHalf: std::snprintf(buffer, sizeof buffer, "%04d-H%d", d.year, d.month <= 6 ? 1 : 2); break;
    case Granularity::kQuarter: std::snprintf(buffer, sizeof buffer, "%04d-Q%d", d.year, (d.month - 1) / 3 + 1); break;
    case Granularity::kSeason: {
      int year = 0;
      static constexpr const char* kNames[] = {"", "WI", "SP", "SU", "FA"};
      const int season = SeasonOf(d, &year);
      std::snprintf(buffer, sizeof buffer, "%04d-%s", year, kNames[season]);
      break;
    }
    case Granularity::kMonth: std::snprintf(buffer, sizeof buffer, "%04d-%02d", d.year, d.month); break;
    case Granularity::kWeek:
    case Granularity::kWeekend: {
      int iso_year = 0, week = 0;
      d.IsoWeek(&iso_year, &week);
      std::snprintf(buffer, sizeof buffer, "%04d-W%02d%s", iso_year, week,
                    p.granularity == Granularity::kWeekend ? "-WE" : "");
      break;
    }
    case Granularity::kDay: return d.ToString();
  }
  return buffer;
}

std::string UnknownValue(Granularity granularity) {
  switch (granularity) {
    case Granularity::kMillennium: return "X";
    case Granularity::kCentury: return "XX";
    case Granularity::kDecade: return "XXX";
    case Granularity::kYear: return "XXXX";
    case Granularity::kHalf: return "XXXX-HX";
    case Granularity::kQuarter: return "XXXX-QX";
    case Granularity::kSeason: return "XXXX-XX";
    case Granularity::kMonth: return "XXXX-XX";
    case Granularity::kWeek: return "XXXX-WXX";
    case Granularity::kWeekend: return "XXXX-WXX-WE";
    case Granularity::kDay: return "XXXX-XX-XX";
  }
  return "XXXX";
}

int64_t PeriodIndex(Date d, Granularity granularity) {
  switch (granularity) {
    case Granularity::kMillennium: return FloorDiv(d.year, 1000);
    case Granularity::kCentury: return FloorDiv(d.year, 100);
    case Granularity::kDecade: return FloorDiv(d.year, 10);
    case Granularity::kYear: return d.year;
    case Granularity::kHalf: return int64_t{d.year} * 2 + (d.month - 1) / 6;
    case Granularity::kQuarter: return int64_t{d.year} * 4 + (d.month - 1) / 3;
    case Granularity::kSeason: {
      int year = 0;
      const int season = SeasonOf(d, &year);
      return int64_t{year} * 4 + season - 1;
    }
    case Granularity::kMonth: return int64_t{d.year} * 12 + d.month - 1;
    case Granularity::kWeek:
    case Granularity::kWeekend: return FloorDiv(d.ToDays() + 3, 7);  // 1970-01-01 was a Thursday
    case Granularity::kDay: return d.ToDays();
  }
  return 0;
}

Date AddMonths(const Date& date, int64_t months) {
  const int64_t total = int64_t{date.year} * 12 + (date.month - 1) + months;
  Date out;
  out.year = static_cast<int>(FloorDiv(total, 12));
  out.month = static_cast<int>(total - int64_t{out.year} * 12) + 1;
  out.day = std::min(date.day, Date::DaysInMonth(out.year, out.month));
  return out;
}

Granularity GranularityOf(Unit unit) {
  switch (unit) {
    case Unit::kWeekend: return Granularity::kWeekend;
    case Unit::kWeek:
    case Unit::kFortnight: return Granularity::kWeek;
    case Unit::kMonth: return Granularity::kMonth;
    case Unit::kQuarter: return Granularity::kQuarter;
    case Unit::kHalf: return Granularity::kHalf;
    case Unit::kSeason: return Granularity::kSeason;
    case Unit::kYear: return Granularity::kYear;
    case Unit::kDecade: return Granularity::kDecade;
    case Unit::kCentury: return Granularity::kCentury;
    case Unit::kMillennium: return Granularity::kMillennium;
    default: return Granularity::kDay;
  }
}

Period ShiftPeriod(const Period& period, Unit unit, int64_t count) {
  Period out = period;
  const Date& d = period.date;
  switch (unit) {
    case Unit::kSecond:
    case Unit::kMinute:
    case Unit::kHour:
    case Unit::kNone: break;
    case Unit::kDay: out.date = d.AddDays(count); break;
    case Unit::kWeekend:
    case Unit::kWeek: out.date = d.AddDays(7 * count); break;
    case Unit::kFortnight: out.date = d.AddDays(14 * count); break;
    case Unit::kMonth: out.date = AddMonths(d, count); break;
    case Unit::kQuarter:
    case Unit::kSeason: out.date = AddMonths(d, 3 * count); break;
    case Unit::kHalf: out.date = AddMonths(d, 6 * count); break;
    case Unit::kYear: out.date = AddMonths(d, 12 * count); break;
    case Unit::kDecade: out.date = AddMonths(d, 120 * count); break;
    case Unit::kCentury: out.date = AddMonths(d, 1200 * count); break;
    case Unit::kMillennium: out.date = AddMonths(d, 12000 * count); break;
  }
  return out;
}

Granularity NamedPeriod::granularity() const {
  if (weekend) return Granularity::kWeekend;
  if (weekday || day || easter) return Granularity::kDay;
  if (month) return Granularity::kMonth;
  if (quarter) return Granularity::kQuarter;
  if (half) return Granularity::kHalf;
  return Granularity::kSeason;
}

std::optional<Period> NamedPeriod::InYear(int year) const {
  if (year < 1 || year > 9999) return std::nullopt;
  if (easter) return Period{Granularity::kDay, EasterSunday(year).AddDays(easter_offset)};
  if (day) {
    if (!Date::IsValid(year, month, day)) return std::nullopt;
    Date d{year, month, day};
    if (on_weekday) d = d.AddDays((on_weekday - d.Weekday() + 7) % 7);
    return Period{Granularity::kDay, d};
  }
  if (month) return Period{Granularity::kMonth, Date{year, month, 1}};
  if (quarter) return Period{Granularity::kQuarter, Date{year, 3 * quarter - 2, 1}};
  if (half) return Period{Granularity::kHalf, Date{year, 6 * half - 5, 1}};
  if (season) return Period{Granularity::kSeason, SeasonDate(year, season)};
  return std::nullopt;
}

std::optional<Period> Place(const NamedPeriod& named, const Date& reference, Placement placement) {
  // Weekends are compared by their Saturday: "the weekend" in a past-tense Wednesday story is the one just gone.
  const Granularity granularity = named.weekend ? Granularity::kDay : named.granularity();
  std::vector<Period> candidates;
  if (named.weekday || named.weekend) {
    const int weekday = named.weekend ? 6 : named.weekday;
    for (int k = -14; k <= 14; ++k) {
      const Date d = reference.AddDays(k);
      if (d.Weekday() == weekday) candidates.push_back(Period{Granularity::kDay, d});
    }
  } else {
    for (int year = reference.year - 2; year <= reference.year + 2; ++year)
      if (auto p = named.InYear(year)) candidates.push_back(*p);
  }
  const int64_t ref = PeriodIndex(reference, granularity);
  // The container that "this" refers to: the week for weekdays, the year otherwise (the season year for seasons).
  const Granularity container = named.weekday || named.weekend ? Granularity::kWeek : Granularity::kYear;
  const Period* best = nullptr;
  int64_t best_index = 0;
  for (const Period& c : candidates) {
    const int64_t index = PeriodIndex(c.date, granularity);
    bool ok = false;
    bool better = false;
    switch (placement) {
      case Placement::kPastOrSame:
        ok = index <= ref;
        better = !best || index > best_index;
        break;
      case Placement::kBefore:
        ok = index < ref;
        better = !best || index > best_index;
        break;
      case Placement::kFutureOrSame:
        ok = index >= ref;
        better = !best || index < best_index;
        break;
      case Placement::kAfter:
        ok = index > ref;
        better = !best || index < best_index;
        break;
      case Placement::kSame: {
        if (granularity == Granularity::kSeason) {
          ok = PeriodIndex(c.date, Granularity::kSeason) / 4 == ref / 4;
        } else {
          ok = PeriodIndex(c.date, container) == PeriodIndex(reference, container);
        }
        better = !best;
        break;
      }
      case Placement::kNearest:
      case Placement::kLeanPast:
      case Placement::kLeanFuture: {
        ok = true;
        // Distances in half-periods so that the weights stay integers: the tense's side counts 2, the other 12;
        // without a tense the past wins near ties (news reports more than it announces).
        auto cost = [&](int64_t at) -> int64_t {
          const int64_t d = at - ref;
          if (placement == Placement::kLeanPast) return d > 0 ? 12 * d : -2 * d;
          if (placement == Placement::kLeanFuture) return d < 0 ? -12 * d : 2 * d;
          return d > 0 ? 3 * d : -2 * d;
        };
        better = !best || cost(index) < cost(best_index) || (cost(index) == cost(best_index) && index < best_index);
        break;
      }
    }
    if (ok && better) {
      best = &c;
      best_index = index;
    }
  }
  if (!best) return std::nullopt;
  Period out = *best;
  if (named.weekend) out.granularity = Granularity::kWeekend;
  return out;
}

Date EasterSunday(int year) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{year, month, day};
}

}  // namespace newsgraph::timex
