#include "eval/events_coding.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "eval/timex_timeml.h"

namespace newsgraph::eval {

namespace {

StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, path + " not found");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// "20080804" or "080804" (years under 30 in the 2000s, as PETRARCH reads them).
std::optional<Date> PetrarchDate(const std::string& s) {
  std::string iso;
  if (s.size() == 8)
    iso = s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2);
  else if (s.size() == 6)
    iso = (std::stoi(s.substr(0, 2)) < 30 ? "20" : "19") + s.substr(0, 2) + "-" + s.substr(2, 2) + "-" + s.substr(4, 2);
  else
    return std::nullopt;
  auto d = Date::Parse(iso);
  if (!d.ok()) return std::nullopt;
  return *d;
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// The byte ranges of `needle`'s occurrences in `text`, case-insensitively (the first one).
std::optional<Span> FindSpan(const std::string& text, const std::string& needle) {
  if (needle.empty()) return std::nullopt;
  const std::string t = Lower(text), n = Lower(needle);
  const size_t at = t.find(n);
  if (at == std::string::npos) return std::nullopt;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + n.size())};
}

std::string ReadableTriples(const std::vector<Triple>& triples) {
  std::string s;
  for (const Triple& t : triples) s += (s.empty() ? "" : " ") + t.source + "/" + t.target + "/" + t.code;
  return s.empty() ? "(none)" : s;
}

// The main event of a sentence: the first with a PLOVER type and a source naming a known actor, else the first
// with a PLOVER type.
const events::ReadEvent* MainEvent(const std::vector<events::ReadEvent>& events) {
  const events::ReadEvent* first = nullptr;
  for (const events::ReadEvent& e : events) {
    if (e.merged || !e.code || e.code->plover.empty()) continue;
    if (!first || (first->subordinate && !e.subordinate)) first = &e;
    if (e.subordinate) continue;
    for (const events::EventParticipant& p : e.participants)
      if (p.role == events::ParticipantRole::kSource && !p.actor.empty()) return &e;
  }
  return first;
}

}  // namespace

StatusOr<std::vector<PetrarchRecord>> ReadPetrarchRecords(const std::string& path) {
  auto content = ReadFile(path);
  if (!content.ok()) return content.status();
  const std::string& x = *content;
  std::vector<PetrarchRecord> records;
  size_t pos = x.find("<Sentence ");
  while (pos != std::string::npos) {
    size_t next = x.find("<Sentence ", pos + 1);
    const size_t chunk_end = next == std::string::npos ? x.size() : next;
    const std::string_view chunk(x.data() + pos, chunk_end - pos);
    const size_t tag_end = chunk.find('>');
    const std::string_view tag = chunk.substr(0, tag_end);
    PetrarchRecord r;
    r.id = XmlAttribute(tag, "id");
    r.category = XmlAttribute(tag, "category");
    r.date = PetrarchDate(XmlAttribute(tag, "date"));
    const size_t text_open = chunk.find("<Text>"), text_close = chunk.find("</Text>");
    if (text_open != std::string_view::npos && text_close != std::string_view::npos && text_close > text_open)
      r.text = CollapseSpaces(DecodeXmlText(chunk.substr(text_open + 6, text_close - text_open - 6)));
    for (size_t c = chunk.find("<EventCoding"); c != std::string_view::npos; c = chunk.find("<EventCoding", c + 1)) {
      const std::string_view coding = chunk.substr(c, chunk.find('>', c) - c);
      const std::string code = XmlAttribute(coding, "eventcode");
      if (code.empty()) continue;  // noevents="True"
      r.gold.push_back({XmlAttribute(coding, "sourcecode"), XmlAttribute(coding, "targetcode"), code});
    }
    if (!r.text.empty()) records.push_back(std::move(r));
    pos = next;
  }
  if (records.empty()) return Status(StatusCode::kCorrupt, path + ": no <Sentence> records with text");
  return records;
}

StatusOr<std::vector<PloverRecord>> ReadPloverRecords(const std::string& path) {
  auto content = ReadFile(path);
  if (!content.ok()) return content.status();
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(*content);
  } catch (const std::exception& e) {
    return Status(StatusCode::kCorrupt, path + ": " + e.what());
  }
  if (!j.is_array()) return Status(StatusCode::kCorrupt, path + ": not a JSON array");
  static const std::map<std::string, std::string> kRenamed = {
      {"DEMAND", "REQUEST"}, {"DISAPPROVE", "ACCUSE"}, {"INVESTIGATE", "ACCUSE"}, {"FIGHT", "ASSAULT"}};
  std::vector<PloverRecord> records;
  auto actors = [](const nlohmann::json& list, std::vector<PloverActor>* out) {
    if (!list.is_array()) return;
    for (const auto& a : list)
      if (a.is_object() && a.contains("actorText") && a["actorText"].is_string())
        out->push_back({a["actorText"].get<std::string>(), a.value("code", "")});
  };
  for (const auto& r : j) {
    if (!r.is_object() || !r.contains("text") || !r["text"].is_string()) continue;
    const std::string type = r.value("event", "");
    if (type.empty() || type == "DOCUMENT") continue;
    PloverRecord p;
    p.id = r.value("id", "");
    p.type = kRenamed.count(type) ? kRenamed.at(type) : type;
    p.text = r["text"].get<std::string>();
    if (r.contains("date") && r["date"].is_string())
      if (auto d = Date::Parse(r["date"].get<std::string>()); d.ok()) p.date = *d;
    actors(r.value("source", nlohmann::json()), &p.sources);
    actors(r.value("target", nlohmann::json()), &p.targets);
    if (r.contains("textInfo") && r["textInfo"].is_object() && r["textInfo"].contains("markup")) {
      const std::string markup = r["textInfo"]["markup"].get<std::string>();
      for (size_t at = markup.find("(EVT: "); at != std::string::npos; at = markup.find("(EVT: ", at + 1)) {
        const size_t close = markup.find(')', at);
        if (close != std::string::npos) p.event_texts.push_back(markup.substr(at + 6, close - at - 6));
      }
    }
    records.push_back(std::move(p));
  }
  if (records.empty()) return Status(StatusCode::kCorrupt, path + ": no PLOVER records");
  return records;
}

std::vector<events::ReadEvent> ReadEvents(const EventCodingSystem& system, const std::string& text,
                                          const std::optional<Date>& date, Analysis* analysis) {
  std::vector<events::ReadEvent> events;
  Document d;
  d.text = text;
  d.date = date;
  auto analysed = system.pipeline->Analyze(d);
  if (!analysed.ok()) return events;
  *analysis = std::move(*analysed);
  events::ExtractorScratch scratch;
  system.extractor->Read(text, *analysis, date, &scratch);
  return std::move(scratch.read);
}

std::vector<Triple> TriplesOf(const std::vector<events::ReadEvent>& events) {
  std::vector<Triple> out;
  const auto coded = [](const events::ReadEvent& e) { return !e.merged && (!e.cameo.empty() || !e.cameo_reverse.empty()); };
  const auto actors = [](const events::ReadEvent& e, events::ParticipantRole role) {
    std::vector<std::string> a;
    for (const events::EventParticipant& p : e.participants)
      if (p.role == role && !p.actor.empty() && !p.beside_place) a.push_back(p.actor);
    std::sort(a.begin(), a.end());
    return a;
  };
  // One clause, one code for one pair of actors: a verb that announces or refuses an act ("agreed to lift the
  // sanctions on Iran", "pledged to expel", "refused to lift") and that act, coded between the same source and
  // target, are one PETRARCH event. An announcement is coded by the act announced (PETRARCH's "agree to lift
  // sanction" 085, not the intent 0354 beside it); a refusal (root 12) by the refusal, the act not having happened.
  std::vector<bool> dropped(events.size(), false);
  for (size_t c = 0; c < events.size(); ++c) {
    const events::ReadEvent& act = events[c];
    if (!coded(act) || act.governor == UINT32_MAX) continue;
    for (size_t g = 0; g < events.size(); ++g) {
      const events::ReadEvent& by = events[g];
      if (g == c || !coded(by) || by.sentence != act.sentence || by.trigger.token != act.governor ||
          by.trigger.pos != events::EventPos::kVerb)
        continue;
      const auto s = actors(act, events::ParticipantRole::kSource);
      if (s.empty() || s != actors(by, events::ParticipantRole::kSource) ||
          actors(act, events::ParticipantRole::kTarget) != actors(by, events::ParticipantRole::kTarget))
        continue;
      (by.CameoOrReverse().starts_with("12") ? dropped[c] : dropped[g]) = true;
    }
  }
  for (size_t i = 0; i < events.size(); ++i) {
    const events::ReadEvent& e = events[i];
    if (e.merged || (e.cameo.empty() && e.cameo_reverse.empty()) || dropped[i]) continue;
    if (e.trigger.cls == events::EventClass::kReporting) {
      bool reports_coded = false;
      for (const events::ReadEvent& o : events)
        if (&o != &e && o.sentence == e.sentence && !o.merged && (!o.cameo.empty() || !o.cameo_reverse.empty()) &&
            o.trigger.cls != events::EventClass::kReporting)
          reports_coded = true;
      if (reports_coded) continue;
    }
    std::vector<std::string> sources, targets;
    for (const events::EventParticipant& p : e.participants) {
      if (p.actor.empty() || p.beside_place) continue;
      (p.role == events::ParticipantRole::kSource ? sources : targets).push_back(p.actor);
    }
    if (sources.empty()) continue;
    // "The US, Russia and Switzerland met": a meeting or cooperation of several sources without a target is
    // coded between every two of them.
    const std::string& code = !e.cameo.empty() ? e.cameo : e.cameo_reverse;
    const bool mutual = targets.empty() && sources.size() > 1 &&
                        (code.rfind("03", 0) == 0 || code.rfind("04", 0) == 0 || code.rfind("05", 0) == 0 ||
                         code.rfind("06", 0) == 0);
    if (mutual) targets = sources;
    // Without a known target only statements, intents, protests and shows of force are coded (an actor acting
    // alone); an attack or an aid without its target is not a PETRARCH event.
    if (targets.empty()) {
      const bool alone = code.rfind("01", 0) == 0 || code.rfind("03", 0) == 0 || code.rfind("14", 0) == 0 ||
                         code.rfind("15", 0) == 0;
      if (!alone) continue;
      targets.push_back("---");
    }
    for (const std::string& s : sources)
      for (const std::string& t : targets) {
        if (s == t) continue;
        if (!e.cameo.empty()) out.push_back({s, t, e.cameo});
        if (!e.cameo_reverse.empty() && t != "---") out.push_back({t, s, e.cameo_reverse});
      }
  }
  // Unique, order kept; "X --- code" is dropped when "X Y code" says more.
  std::vector<Triple> unique;
  for (const Triple& t : out) {
    if (std::find(unique.begin(), unique.end(), t) != unique.end()) continue;
    if (t.target == "---" && std::any_of(out.begin(), out.end(), [&](const Triple& o) {
          return o.source == t.source && o.code == t.code && o.target != "---";
        }))
      continue;
    unique.push_back(t);
  }
  return unique;
}

PetrarchScores EvaluatePetrarch(const std::vector<PetrarchRecord>& records, const EventCodingSystem& system,
                                size_t max_errors) {
  PetrarchScores s;
  Analysis analysis;
  for (const PetrarchRecord& r : records) {
    const std::vector<Triple> predicted = TriplesOf(ReadEvents(system, r.text, r.date, &analysis));
    ++s.records;
    s.gold += static_cast<int64_t>(r.gold.size());
    s.predicted += static_cast<int64_t>(predicted.size());
    int64_t found = 0;
    for (const Triple& g : r.gold) {
      const bool ok = std::find(predicted.begin(), predicted.end(), g) != predicted.end();
      found += ok;
      s.found_by_category[r.category].Add(ok);
    }
    s.found += found;
    int64_t extra = 0;
    for (const Triple& p : predicted) extra += std::find(r.gold.begin(), r.gold.end(), p) == r.gold.end();
    s.extra += extra;
    if (r.gold.empty()) {
      ++s.empty_records;
      s.empty_clean += predicted.empty();
    }
    if ((found < static_cast<int64_t>(r.gold.size()) || extra > 0) && s.errors.size() < max_errors)
      s.errors.push_back(r.id + "\tgold " + ReadableTriples(r.gold) + "\tcoded " + ReadableTriples(predicted) + "\t" +
                         r.text);
  }
  return s;
}

std::string FormatPetrarchScores(const PetrarchScores& s) {
  char buf[256];
  std::string out;
  std::snprintf(buf, sizeof buf, "records: %lld (%lld code no event)\n", static_cast<long long>(s.records),
                static_cast<long long>(s.empty_records));
  out += buf;
  std::snprintf(buf, sizeof buf, "gold triples found exactly: %.4f (%lld/%lld)\n",
                s.gold ? static_cast<double>(s.found) / s.gold : 0.0, static_cast<long long>(s.found),
                static_cast<long long>(s.gold));
  out += buf;
  std::snprintf(buf, sizeof buf, "extra triples: %lld, %.3f per record, %.4f of the %lld coded\n",
                static_cast<long long>(s.extra), s.records ? static_cast<double>(s.extra) / s.records : 0.0,
                s.predicted ? static_cast<double>(s.extra) / s.predicted : 0.0, static_cast<long long>(s.predicted));
  out += buf;
  std::snprintf(buf, sizeof buf, "records without events left uncoded: %lld/%lld\n", static_cast<long long>(s.empty_clean),
                static_cast<long long>(s.empty_records));
  out += buf;
  for (const auto& [category, a] : s.found_by_category) out += "  " + category + " found " + FormatAccuracy(a) + "\n";
  return out;
}

PloverScores EvaluatePlover(const std::vector<PloverRecord>& records, const EventCodingSystem& system,
                            size_t max_errors) {
  PloverScores s;
  Analysis analysis;
  for (const PloverRecord& r : records) {
    ++s.records;
    const std::vector<events::ReadEvent> events = ReadEvents(system, r.text, r.date, &analysis);
    const events::ReadEvent* main = MainEvent(events);
    const std::string type = main ? main->code->plover : "";
    s.type.Add(type == r.type);
    s.type_by_gold[r.type].Add(type == r.type);
    // The event at the gold trigger: its trigger inside one of the marked event texts.
    std::string at_trigger;
    for (const std::string& evt : r.event_texts) {
      const auto span = FindSpan(r.text, evt);
      if (!span) continue;
      for (const events::ReadEvent& e : events)
        if (span->Contains(e.span) && !e.merged && e.code && !e.code->plover.empty() && at_trigger.empty())
          at_trigger = e.code->plover;
    }
    s.type_at_trigger.Add(at_trigger == r.type);
    auto overlaps = [&](const std::vector<PloverActor>& gold, events::ParticipantRole role) {
      if (!main) return false;
      for (const events::EventParticipant& p : main->participants) {
        if (p.role != role || p.beside_place) continue;
        for (const PloverActor& g : gold) {
          const auto span = FindSpan(r.text, g.text);
          if (span && (span->Overlaps(p.span) || (p.antecedent && span->Overlaps(*p.antecedent)))) return true;
        }
      }
      return false;
    };
    bool source_ok = false;
    if (!r.sources.empty()) {
      source_ok = overlaps(r.sources, events::ParticipantRole::kSource);
      s.source_text.Add(source_ok);
      bool code_ok = false;
      if (main)
        for (const events::EventParticipant& p : main->participants)
          for (const PloverActor& g : r.sources)
            if (p.role == events::ParticipantRole::kSource && p.actor.size() >= 3 && g.code.size() >= 3 &&
                p.actor.compare(0, 3, g.code, 0, 3) == 0)
              code_ok = true;
      s.source_code.Add(code_ok);
    }
    const bool target_ok = r.targets.empty() || overlaps(r.targets, events::ParticipantRole::kTarget);
    if (!r.targets.empty()) s.target_text.Add(target_ok);
    if ((type != r.type || (!r.sources.empty() && !source_ok) || !target_ok) && s.errors.size() < max_errors) {
      std::string sources;
      if (main)
        for (const events::EventParticipant& p : main->participants)
          sources += std::string(p.role == events::ParticipantRole::kSource ? " SRC[" : " TAR[") +
                     std::string((p.antecedent ? *p.antecedent : p.span).In(r.text)) + "]" + p.actor;
      s.errors.push_back(r.id + "\tgold " + r.type + (r.sources.empty() ? "" : " src " + r.sources[0].text) +
                         (r.targets.empty() ? "" : " tar " + r.targets[0].text) + "\tgot " +
                         (main ? type + " (" + main->cameo + " '" + std::string(main->span.In(r.text)) + "')" + sources
                               : "(none)") +
                         "\t" + r.text);
    }
  }
  return s;
}

std::string FormatPloverScores(const PloverScores& s) {
  std::string out = "records: " + std::to_string(s.records) + "\n";
  out += "type of the main event:        " + FormatAccuracy(s.type) + "\n";
  out += "type of the event at the gold trigger: " + FormatAccuracy(s.type_at_trigger) + "\n";
  out += "source (words overlap):        " + FormatAccuracy(s.source_text) + "\n";
  out += "source (country code):         " + FormatAccuracy(s.source_code) + "\n";
  out += "target (words overlap):        " + FormatAccuracy(s.target_text) + "\n";
  for (const auto& [type, a] : s.type_by_gold) out += "  " + type + " " + FormatAccuracy(a) + "\n";
  return out;
}

}  // namespace newsgraph::eval
