// Finding runs sentence by sentence over the segmenter's tokens; resolving runs in text order so that "the following
// day" can use the last date found. A weekday or month name without a year is placed by the tense of its clause,
// read by the clause reader (lang/clause.h) from the closest tense cue around it in the sentence.
#include "timex/timex.h"

#include <cctype>
#include <cstdio>
#include <string>

#include "lang/clause.h"
#include "newsgraph/text.h"
#include "timex/calendar.h"
#include "timex/lexicon.h"
#include "timex/recognizer.h"

namespace newsgraph::timex {
namespace {

constexpr int kTenseWindow = 12;             // pieces searched on each side of an expression for a tense cue
constexpr uint32_t kNarrativeSentences = 5;  // how long "the following day" may refer back to the last date
constexpr uint32_t kReportingSentences = 10;  // how long a quarter stays the one "a year ago" compares with

bool IsDeterminer(const Piece& p) {
  return p.info && (p.info->keyword == Keyword::kThe || p.info->keyword == Keyword::kA ||
                    p.info->keyword == Keyword::kPossessive);
}

// The tense of the clause around pieces [begin, end), by the clause reader's cues (lang/clause.h); a word of the time
// grammar is never a verb.
Tense ClauseTense(const lang::Lexicon& lexicon, const std::vector<Piece>& pieces, uint32_t begin, uint32_t end) {
  const lang::CueRange range = lang::TenseAroundReads(lexicon, pieces.size(), begin, end, kTenseWindow);
  std::vector<lang::CueWord> words(range.last - range.first);
  for (size_t i = range.first; i < range.last; ++i) {
    const Piece& p = pieces[i];
    words[i - range.first] = lang::CueWord{p.lower,       p.shape == Shape::kWord, p.shape == Shape::kPunct,
                                           p.capitalized, IsDeterminer(p),         p.info && p.info->in_grammar};
  }
  return lang::TenseAround(lexicon, words, begin - range.first, end - range.first, kTenseWindow);
}

// "delayed until Wednesday", "as soon as Monday", "as early as next week": what follows lies ahead, whatever the
// tense of the clause.
bool AheadByPreposition(const std::vector<Piece>& pieces, uint32_t begin) {
  if (begin >= 1 && (pieces[begin - 1].lower == "until" || pieces[begin - 1].lower == "till")) return true;
  return begin >= 3 && pieces[begin - 3].lower == "as" && pieces[begin - 1].lower == "as" &&
         (pieces[begin - 2].lower == "soon" || pieces[begin - 2].lower == "early");
}

Placement PlacementFor(Tense tense, const NamedPeriod& named, const Date& reference) {
  // A weekday is within a week either way: the tense decides. News mostly reports what happened.
  if (named.weekday || named.weekend)
    return tense == Tense::kFuture ? Placement::kFutureOrSame : Placement::kPastOrSame;
  // A month before the document date's in a past clause is this year's ("fell in January", in a December story).
  if (named.month && !named.day && tense == Tense::kPast && named.month <= reference.month)
    return Placement::kPastOrSame;
  // Quarters and halves are named in reports of results: a past one when the clause is past, else the nearest
  // (whatever the tense of "expects to report").
  if (named.quarter || named.half) return tense == Tense::kPast ? Placement::kPastOrSame : Placement::kNearest;
  // Months, days and seasons: the nearest, leaning towards the tense ("was extended to Nov. 16" is still ahead).
  if (tense == Tense::kPast) return Placement::kLeanPast;
  if (tense == Tense::kFuture) return Placement::kLeanFuture;
  return Placement::kNearest;
}

// The value of a named period whose year is unknown: "XXXX-05-19", "XXXX-WXX-4", "XXXX-Q3".
std::string UnknownNamed(const NamedPeriod& n) {
  char buffer[32];
  static constexpr const char* kSeason[] = {"", "WI", "SP", "SU", "FA"};
  if (n.weekday)
    std::snprintf(buffer, sizeof buffer, "XXXX-WXX-%d", n.weekday);
  else if (n.weekend)
    return "XXXX-WXX-WE";
  else if (n.easter)
    return "XXXX-XX-XX";
  else if (n.day)
    std::snprintf(buffer, sizeof buffer, "XXXX-%02d-%02d", n.month, n.day);
  else if (n.month)
    std::snprintf(buffer, sizeof buffer, "XXXX-%02d", n.month);
  else if (n.quarter)
    std::snprintf(buffer, sizeof buffer, "XXXX-Q%d", n.quarter);
  else if (n.half)
    std::snprintf(buffer, sizeof buffer, "XXXX-H%d", n.half);
  else
    std::snprintf(buffer, sizeof buffer, "XXXX-%s", kSeason[n.season]);
  return buffer;
}

bool HasNamedPart(const NamedPeriod& n) { return n.month || n.quarter || n.half || n.season; }

// What resolution keeps between expressions: the last date mentioned, and where.
struct Context {
  const lang::Lexicon& lexicon;
  std::optional<Date> document_date = std::nullopt;
  std::optional<Period> previous = std::nullopt;
  uint32_t previous_sentence = 0;
  // The reporting period under discussion: the last quarter or half named ("the third quarter"), which "the
  // quarter", "a year ago" and "the 1988 period" refer to even after other dates came between.
  std::optional<Period> reporting = std::nullopt;
  uint32_t reporting_sentence = 0;
  uint32_t sentence = 0;
};

// Whether a quarter or half just named becomes the reporting period under discussion. Results are reported for
// periods that have begun: a forecast for a later one ("through the first quarter of 1990") is not what "a year ago"
// compares with. While one is under discussion, an earlier one named ("after a flat second quarter") is a
// comparison too.
bool BecomesReportingPeriod(const Period& period, const Context& ctx) {
  if (ctx.document_date &&
      PeriodIndex(period.date, period.granularity) >= PeriodIndex(*ctx.document_date, period.granularity))
    return false;
  const bool live = ctx.reporting && ctx.sentence - ctx.reporting_sentence <= kReportingSentences;
  return !(live && ctx.reporting->granularity == period.granularity && period.date < ctx.reporting->date);
}

struct Resolved {
  std::string value;
  const char* anchor = "absolute";
  std::optional<Period> period;  // a date the next expressions may refer to
  bool comparison = false;       // "a year earlier": a look back, not a new reference for what follows
  bool used_reporting = false;   // resolved through the reporting period, which stays under discussion
};

constexpr const char* kDocumentDate = "document-date";
constexpr const char* kPreviousTimex = "previous-timex";

Resolved ResolveSpec(const Spec& s, const Context& ctx, const std::vector<Piece>& pieces, const Match& match) {
  Resolved r;
  // A reporting period stays under discussion for a few sentences ("... in the third quarter. ... a year ago").
  const std::optional<Period> reporting =
      ctx.reporting && ctx.sentence - ctx.reporting_sentence <= kReportingSentences ? ctx.reporting : std::nullopt;
  switch (s.kind) {
    case Spec::Kind::kLiteral:
      r.value = s.literal;
      r.anchor = s.anchored ? kDocumentDate : "absolute";
      return r;
    case Spec::Kind::kAbsolute:
      r.value = FormatPeriod(s.period);
      r.period = s.period;
      return r;
    case Spec::Kind::kNamed: {
      std::optional<Date> reference = ctx.document_date;
      r.anchor = kDocumentDate;
      if (s.from_previous && ctx.previous) reference = ctx.previous->date, r.anchor = kPreviousTimex;
      if (!reference) {
        r.value = UnknownNamed(s.named);
        return r;
      }
      const bool day_ahead = (s.named.weekday || s.named.weekend) && AheadByPreposition(pieces, match.begin);
      const Placement placement =
          s.placement ? *s.placement
          : day_ahead ? Placement::kAfter
                      : PlacementFor(ClauseTense(ctx.lexicon, pieces, match.begin, match.end), s.named, *reference);
      r.period = Place(s.named, *reference, placement);
      r.value = r.period ? FormatPeriod(*r.period) : UnknownNamed(s.named);
      return r;
    }
    case Spec::Kind::kOffset: {
      // "the 1988 quarter" after "the third quarter": 1988-Q3; without one, the quarter last reported (the one
      // before the document date's).
      if (s.absolute_year) {
        Period p{Granularity::kYear, Date{s.absolute_year, 1, 1}};
        r.anchor = "absolute";
        if (reporting) {
          p = *reporting;
          r.used_reporting = true;
          r.anchor = kPreviousTimex;
        } else if (ctx.document_date) {
          p = ShiftPeriod(Period{Granularity::kQuarter, *ctx.document_date}, Unit::kQuarter, -1);
          r.anchor = kDocumentDate;
        }
        p.date = AddMonths(p.date, 12 * int64_t{s.absolute_year - p.date.year});
        r.period = p;
        r.value = FormatPeriod(p);
        r.comparison = true;
        return r;
      }
      // The period under discussion: "the quarter" right after "the second quarter" is that quarter (when it is
      // within the year before the document date).
      if (s.discussed && reporting && reporting->granularity == s.granularity &&
          (!ctx.document_date ||
           PeriodIndex(reporting->date, s.granularity) >= PeriodIndex(*ctx.document_date, s.granularity) - 4)) {
        r.period = reporting;
        r.used_reporting = true;
        r.anchor = kPreviousTimex;
        r.value = FormatPeriod(*r.period);
        return r;
      }
      // The last date can serve only if it is at least as fine as the unit counted from it.
      const Granularity needed = s.unit == Unit::kYear ? Granularity::kYear : s.granularity;
      // A date mentioned paragraphs ago is no longer the narrative's time: then the document date serves.
      const bool narrative = ctx.previous && ctx.sentence - ctx.previous_sentence <= kNarrativeSentences;
      // A year-on-year comparison ("a year earlier", "year-ago results") looks back from the reporting period under
      // discussion when there is one; other relative expressions from the last date.
      const bool from_reporting = reporting && (s.previous_if_recent || (s.keep_granularity && s.from_previous));
      const bool from_previous =
          !from_reporting && ctx.previous && ctx.previous->granularity >= needed && s.from_previous && narrative;
      Period base;
      if (from_previous || from_reporting) {
        base = from_previous ? *ctx.previous : *reporting;
        r.used_reporting = from_reporting;
        r.anchor = kPreviousTimex;
        r.comparison = s.keep_granularity;
        // "a year earlier" than a quarter is a quarter; "the following week" after a day is a week.
        if (!(s.keep_granularity && s.granularity == Granularity::kYear && base.granularity > Granularity::kYear))
          base.granularity = s.granularity;
      } else if (ctx.document_date) {
        base = Period{s.granularity, *ctx.document_date};
        r.anchor = kDocumentDate;
      } else {
        r.anchor = kDocumentDate;
        r.value = HasNamedPart(s.named) ? UnknownNamed(s.named) : UnknownValue(s.granularity);
        return r;
      }
      Period p = ShiftPeriod(base, s.unit, s.offset);
      if (HasNamedPart(s.named)) {  // "January this year", "next year's first quarter"
        if (auto in_year = s.named.InYear(p.date.year)) p = *in_year;
      }
      r.period = p;
      r.value = FormatPeriod(p);
      return r;
    }
  }
  return r;
}

// US daylight saving time: from the second Sunday of March to the first Sunday of November since 2007, from the
// first Sunday of April to the last Sunday of October before.
bool IsUsDaylightTime(const Date& d) {
  auto nth_sunday = [](int year, int month, int n) {  // n > 0 from the start of the month, n < 0 from its end
    if (n > 0) {
      Date first{year, month, 1};
      return first.AddDays((7 - first.Weekday()) % 7 + 7 * (n - 1));
    }
    Date last{year, month, Date::DaysInMonth(year, month)};
    return last.AddDays(-(last.Weekday() % 7));
  };
  const Date start = d.year >= 2007 ? nth_sunday(d.year, 3, 2) : nth_sunday(d.year, 4, 1);
  const Date end = d.year >= 2007 ? nth_sunday(d.year, 11, 1) : nth_sunday(d.year, 10, -1);
  return start <= d && d < end;
}

// "T17:00", "T17:00-04:00", "TEV". A US zone without its standard/daylight letter (ET) needs the day to be known.
std::string TimeSuffix(const Spec& s, const std::optional<Period>& day) {
  if (s.clock_minutes < 0) return s.part_of_day[0] ? std::string("T") + s.part_of_day : "";
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "T%02d:%02d", s.clock_minutes / 60, s.clock_minutes % 60);
  std::string out = buffer;
  if (!s.zone) return out;
  const std::string_view zone = s.zone;
  if (zone.rfind("US-", 0) != 0) return out + s.zone;
  if (!day) return out;
  const int standard = zone[3] - '0';  // hours west of UTC
  std::snprintf(buffer, sizeof buffer, "-%02d:00", standard - (IsUsDaylightTime(day->date) ? 1 : 0));
  return out + buffer;
}

// "2014-2016", "1998-99", "2014–16": a range of years is two dates, the second written in full or by its last two
// digits. Adds them to `out` and returns the number of pieces they take (0: no range at i).
uint32_t YearRange(std::string_view text, const std::vector<Piece>& pieces, uint32_t i, std::vector<Timex>* out) {
  auto digits = [&](size_t at, size_t count) {
    int v = 0;
    for (size_t k = at; k < at + count; ++k) {
      if (k >= text.size() || text[k] < '0' || text[k] > '9') return -1;
      v = 10 * v + (text[k] - '0');
    }
    return v;
  };
  const size_t b = pieces[i].start;
  if (b > 0 && (std::isalnum(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '-' || text[b - 1] == '$'))
    return 0;
  const int first = digits(b, 4);
  if (first < 1000 || first > 2199) return 0;
  size_t k = b + 4;
  if (k < text.size() && text[k] == '-') ++k;
  else if (text.substr(k, 3) == "\u2013") k += 3;  // en dash
  else return 0;
  const size_t second_b = k;
  size_t n = 0;
  while (second_b + n < text.size() && text[second_b + n] >= '0' && text[second_b + n] <= '9') ++n;
  if (n != 2 && n != 4) return 0;
  const size_t e = second_b + n;
  if (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '-' || text[e] == '/' ||
                          text[e] == '%' || (text[e] == '.' && e + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[e + 1])))))
    return 0;
  int second = digits(second_b, n);
  if (n == 2) {
    second += first / 100 * 100;
    if (second <= first) second += 100;
  }
  if (second <= first || second - first > 99) return 0;
  uint32_t used = 0;
  while (i + used < pieces.size() && pieces[i + used].start < e) ++used;
  for (const auto& [span, year] : {std::pair{Span{static_cast<uint32_t>(b), static_cast<uint32_t>(b + 4)}, first},
                                   std::pair{Span{static_cast<uint32_t>(second_b), static_cast<uint32_t>(e)}, second}}) {
    Timex t;
    t.span = span;
    t.type = TimexType::kDate;
    t.value = std::to_string(year);
    t.anchor = "absolute";
    out->push_back(std::move(t));
  }
  return used;
}

}  // namespace

std::vector<Timex> FindTimexes(std::string_view text, const Analysis& analysis,
                               const std::optional<Date>& document_date, const Lexicon& lexicon,
                               const lang::Lexicon& english) {
  std::vector<Timex> out;
  std::vector<Piece> pieces;
  std::string arena;
  Context ctx{.lexicon = english, .document_date = document_date};
  for (uint32_t s = 0; s < analysis.sentences.size(); ++s) {
    const Sentence& sentence = analysis.sentences[s];
    BuildPieces(text, analysis, sentence.token_begin, sentence.token_end, lexicon, &arena, &pieces);
    ctx.sentence = s;
    const uint32_t n = static_cast<uint32_t>(pieces.size());
    for (uint32_t i = 0; i < n;) {
      const Piece& p = pieces[i];
      if (const uint32_t used = YearRange(text, pieces, i, &out)) {
        i += used;
        continue;
      }
      if (p.shape == Shape::kWord && (!p.info || !p.info->can_start)) {
        ++i;
        continue;
      }
      std::optional<Match> match = MatchAt(pieces, i);
      if (!match) {
        ++i;
        continue;
      }
      // An expression ends at a token's end: "quarter-to-quarter" is not "quarter" (hyphenated words whose parts
      // are all used, "third-quarter", "mid-1990s", are whole).
      const Piece& last = pieces[match->end - 1];
      if (match->end < n && pieces[match->end].joined && pieces[match->end].token == last.token) {
        ++i;
        continue;
      }
      const uint32_t start = pieces[match->begin].start, end = last.end;
      const uint32_t next = match->end;
      Resolved r = ResolveSpec(match->spec, ctx, pieces, *match);
      Timex t;
      t.span = Span{start, end};
      t.type = match->spec.type;
      t.value = r.value;
      if (t.type == TimexType::kTime) {
        // A time on a day: "2025-04-24T15:00"; without a day it stays "XXXX-XX-XXT15:00".
        if (r.period && r.period->granularity != Granularity::kDay) r.period->granularity = Granularity::kDay;
        const std::string suffix = TimeSuffix(match->spec, r.period);
        t.value = (r.period ? FormatPeriod(*r.period) : t.value) + suffix;
      }
      t.anchor = r.anchor;
      t.mod = match->spec.mod;
      t.freq = match->spec.freq;
      t.quant = match->spec.quant;
      // "the quarter ended Sept. 30": the end date specifies the period, which stays the one under discussion.
      const bool end_of_period =
          match->begin > 0 && (pieces[match->begin - 1].lower == "ended" || pieces[match->begin - 1].lower == "ending");
      if (r.period && !r.comparison && !end_of_period && (t.type == TimexType::kDate || t.type == TimexType::kTime)) {
        ctx.previous = r.period;
        ctx.previous_sentence = s;
        if ((r.period->granularity == Granularity::kQuarter || r.period->granularity == Granularity::kHalf) &&
            BecomesReportingPeriod(*r.period, ctx))
          ctx.reporting = r.period, ctx.reporting_sentence = s;
      }
      if (r.used_reporting) ctx.reporting_sentence = s;
      // "In the nine months, net rose ... from $5 million a year earlier": the discussion moved from the quarter to
      // the year so far, which a year earlier is the year before.
      if (match->spec.year_to_date && (ctx.reporting || ctx.document_date)) {
        const bool live = ctx.reporting && s - ctx.reporting_sentence <= kReportingSentences;
        ctx.reporting = Period{Granularity::kYear, live ? ctx.reporting->date : *ctx.document_date};
        ctx.reporting_sentence = s;
      }
      out.push_back(std::move(t));
      i = next;
    }
  }
  return out;
}

std::vector<Timex> FindTimexes(std::string_view text, const Analysis& analysis,
                               const std::optional<Date>& document_date) {
  return FindTimexes(text, analysis, document_date, Lexicon::Get(), lang::Lexicon::Get());
}

std::vector<Timex> FindTimexes(std::string_view text, const std::optional<Date>& document_date) {
  Analysis analysis;
  Segment(text, SegmenterOptions{}, &analysis);
  return FindTimexes(text, analysis, document_date);
}

}  // namespace newsgraph::timex
