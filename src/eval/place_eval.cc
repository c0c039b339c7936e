#include "eval/place_eval.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <numeric>
#include <optional>
#include <sstream>

#include "lang/gazetteer.h"
#include "lang/toponyms.h"

namespace newsgraph::eval {
namespace {

using nlohmann::json;

struct GoldToponym {
  Span span;
  double lat = 0, lon = 0;
};

struct Predicted {
  Span span;
  bool resolved = false;
  double lat = 0, lon = 0;
  std::string place = {};  // what it was read as, for the notes: "Paris (US, Texas)"
};

constexpr float kSureTagger = 0.8f;

std::string Slurp(const std::string& path, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  *ok = static_cast<bool>(in);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string Quote(const std::string& text, Span s) {
  std::string out = "\"";
  out.append(s.In(text));
  out += '"';
  return out;
}

std::string Km(double km) {
  std::ostringstream out;
  out.precision(0);
  out << std::fixed << km << " km";
  return out.str();
}

// The pipeline's LOCATION name mentions with the entity's coordinates, in text order.
std::vector<Predicted> PipelinePlaces(const Analysis& a) {
  std::vector<Predicted> out;
  for (const Entity& e : a.entities) {
    if (e.type != EntityType::kLocation) continue;
    for (const EntityMention& m : e.mentions) {
      if (m.kind != EntityMentionKind::kName) continue;
      Predicted p{m.span, e.latitude.has_value() && e.longitude.has_value(), e.latitude.value_or(0),
                  e.longitude.value_or(0)};
      out.push_back(p);
    }
  }
  std::sort(out.begin(), out.end(), [](const Predicted& x, const Predicted& y) { return x.span.start < y.span.start; });
  return out;
}

// Replaces the coordinates of `places` by the document-level resolver's readings of the same spans.
void ResolveWithToponyms(const std::string& text, const Analysis& a, const std::optional<Span>& dateline,
                         const lang::ToponymResolver& resolver, std::vector<Predicted>* places) {
  std::vector<Span> spans;
  for (const Predicted& p : *places) spans.push_back(p.span);
  std::vector<lang::ToponymMention> mentions = lang::MakeToponymMentions(text, a.tokens, a.sentences, spans);
  std::optional<lang::ToponymMention> line;
  if (dateline) line = lang::MakeToponymMentions(text, a.tokens, a.sentences, std::span(&*dateline, 1)).front();
  const std::vector<lang::ToponymReading> readings = resolver.Resolve(mentions, line ? &*line : nullptr);
  for (size_t i = 0; i < places->size(); ++i) {
    Predicted& p = (*places)[i];
    const lang::Place place = lang::Gazetteer::Get().place(readings[i].place);
    p.resolved = place.index != lang::kNoPlace;
    p.lat = place.latitude;
    p.lon = place.longitude;
    if (p.resolved) {
      p.place = std::string(place.name) + " (" + std::string(place.country);
      if (place.admin1 != lang::kNoPlace && place.admin1 != place.index)
        p.place += ", " + std::string(lang::Gazetteer::Get().place(place.admin1).name);
      p.place += ")";
    }
  }
  // A state abbreviation ("Ill." after Springfield, "VA" alone) is not a toponym of its own.
  std::vector<Predicted> kept;
  for (size_t i = 0; i < places->size(); ++i)
    if (!readings[i].abbreviation) kept.push_back((*places)[i]);
  *places = std::move(kept);
}

}  // namespace

double ErrorCurveAuc(std::vector<double> errors_km) {
  if (errors_km.size() < 2) return 0;
  std::sort(errors_km.begin(), errors_km.end());
  double area = 0;
  for (size_t i = 1; i < errors_km.size(); ++i)
    area += (std::log1p(errors_km[i - 1]) + std::log1p(errors_km[i])) / 2;
  return area / (std::log(kMaxErrorKm) * static_cast<double>(errors_km.size() - 1));
}

double PlaceScores::AccuracyAt161() const {
  if (errors_km.empty()) return 0;
  return static_cast<double>(std::count_if(errors_km.begin(), errors_km.end(), [](double e) { return e <= 161; })) /
         static_cast<double>(errors_km.size());
}
double PlaceScores::Auc() const { return ErrorCurveAuc(errors_km); }
double PlaceScores::MeanErrorKm() const {
  return errors_km.empty() ? 0 : std::accumulate(errors_km.begin(), errors_km.end(), 0.0) / errors_km.size();
}
double PlaceScores::MedianErrorKm() const {
  if (errors_km.empty()) return 0;
  std::vector<double> e = errors_km;
  std::sort(e.begin(), e.end());
  return e.size() % 2 ? e[e.size() / 2] : (e[e.size() / 2 - 1] + e[e.size() / 2]) / 2;
}

StatusOr<PlaceScores> EvaluatePlaces(const Pipeline& pipeline, const PlaceEvalOptions& options) {
  std::ifstream in(options.gold);
  if (!in) return Status(StatusCode::kNotFound, "cannot open " + options.gold);
  // The gazetteer is loaded only when the new resolver is asked for, so that "entities" measures newsgraph as is.
  std::optional<lang::ToponymResolver> resolver;
  if (options.resolver == PlaceResolver::kToponyms || options.mentions == PlaceMentions::kGold)
    resolver.emplace(lang::Gazetteer::Get(), options.weights);
  PlaceScores scores;
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    const std::string where = options.gold + ":" + std::to_string(line_number);
    const json d = json::parse(line, nullptr, false);
    if (d.is_discarded() || !d.is_object() || !d.contains("toponyms") || !d["toponyms"].is_array())
      return Status(StatusCode::kCorrupt, where + ": not a gold document (an object with \"toponyms\")");
    Document doc;
    doc.id = d.value("id", where);
    if (d.contains("text")) {
      doc.text = d["text"].get<std::string>();
    } else if (d.contains("text_path")) {
      bool ok = false;
      doc.text = Slurp(options.shared_dir + "/" + d["text_path"].get<std::string>(), &ok);
      if (!ok) {
        ++scores.skipped;
        continue;
      }
    } else {
      return Status(StatusCode::kCorrupt, where + ": neither \"text\" nor \"text_path\"");
    }
    if (d.contains("date")) {
      StatusOr<Date> date = Date::Parse(d["date"].get<std::string>());
      if (!date.ok()) return Status(StatusCode::kCorrupt, where + ": " + date.status().message());
      doc.date = *date;
    }
    std::vector<GoldToponym> gold;
    for (const json& t : d["toponyms"]) {
      const auto span = t.at("span").get<std::vector<uint32_t>>();
      if (span.size() != 2 || span[0] >= span[1] || span[1] > doc.text.size())
        return Status(StatusCode::kCorrupt, where + ": span out of the text");
      GoldToponym g{Span{span[0], span[1]}, t.at("lat").get<double>(), t.at("lon").get<double>()};
      if (t.contains("name") && g.span.In(doc.text) != t["name"].get<std::string>())
        return Status(StatusCode::kCorrupt, where + ": the text at " + std::to_string(span[0]) + " is not \"" +
                                                t["name"].get<std::string>() + "\" (has the text changed?)");
      gold.push_back(g);
    }
    std::optional<Span> dateline;
    if (d.contains("dateline")) {
      const auto span = d["dateline"].get<std::vector<uint32_t>>();
      if (span.size() == 2 && span[0] < span[1] && span[1] <= doc.text.size()) dateline = Span{span[0], span[1]};
    }

    StatusOr<Analysis> analysis = pipeline.Analyze(doc);
    if (!analysis.ok()) return Status(analysis.status().code(), doc.id + ": " + analysis.status().message());
    ++scores.documents;
    std::vector<Predicted> predicted;
    if (options.mentions == PlaceMentions::kGold) {
      for (const GoldToponym& g : gold) predicted.push_back(Predicted{g.span});
    } else {
      predicted = PipelinePlaces(*analysis);
    }
    if (options.resolver == PlaceResolver::kToponyms && options.mentions == PlaceMentions::kPipeline &&
        options.recover_missed) {
      std::vector<Span> known, blocked;
      for (const Predicted& p : predicted) known.push_back(p.span);
      // The tagger's confident names of other types block; an unsure one ("Kyogle" as a person at 0.5) may be a
      // place the words around it show.
      for (const Mention& m : analysis->mentions)
        if (m.type != EntityType::kLocation && m.confidence >= kSureTagger) blocked.push_back(m.span);
      for (const Timex& t : analysis->timexes) blocked.push_back(t.span);
      for (const Span& s : lang::FindMissedToponyms(doc.text, analysis->tokens, analysis->sentences, known, blocked))
        predicted.push_back(Predicted{s});
      std::sort(predicted.begin(), predicted.end(),
                [](const Predicted& x, const Predicted& y) { return x.span.start < y.span.start; });
    }
    if (options.resolver == PlaceResolver::kToponyms || options.mentions == PlaceMentions::kGold)
      ResolveWithToponyms(doc.text, *analysis, dateline, *resolver, &predicted);

    // Recognition: exact spans.
    for (const Predicted& p : predicted) {
      const bool hit = std::any_of(gold.begin(), gold.end(), [&](const GoldToponym& g) {
        return g.span.start == p.span.start && g.span.end == p.span.end;
      });
      if (hit) {
        scores.recognition.AddMatch();  // exact spans: one gold toponym each
      } else {
        scores.recognition.AddSpurious();
        scores.notes.push_back(doc.id + ": extra " + Quote(doc.text, p.span) + (p.place.empty() ? "" : ": " + p.place));
      }
    }
    // Resolution: each gold toponym against the predicted toponym overlapping it (exact first).
    for (const GoldToponym& g : gold) {
      const Predicted* match = nullptr;
      for (const Predicted& p : predicted) {
        if (p.span.start == g.span.start && p.span.end == g.span.end) {
          match = &p;
          break;
        }
        if (!match && p.span.Overlaps(g.span)) match = &p;
      }
      if (!match || match->span.start != g.span.start || match->span.end != g.span.end) {
        scores.recognition.AddMissed();
        if (!match) {
          scores.notes.push_back(doc.id + ": missed " + Quote(doc.text, g.span));
          continue;
        }
      }
      const double error = match->resolved ? lang::DistanceKm(g.lat, g.lon, match->lat, match->lon) : kMaxErrorKm;
      scores.errors_km.push_back(error);
      if (error > 161)
        scores.notes.push_back(doc.id + ": " + Quote(doc.text, g.span) + " " +
                               (match->resolved ? "placed " + Km(error) + " away" + (match->place.empty() ? "" : ": " + match->place)
                                                : "not placed"));
    }
  }
  return scores;
}

}  // namespace newsgraph::eval
