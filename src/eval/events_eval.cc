#include "eval/events_eval.h"

#include <algorithm>
#include <cstdio>

#include "eval/events_timebank.h"
#include "events/verb_group.h"
#include "events/when.h"
#include "lang/words.h"

namespace newsgraph::eval {

namespace {

std::string Context(const std::string& text, const Span& span) {
  const uint32_t from = span.start > 60 ? span.start - 60 : 0;
  const uint32_t to = std::min<uint32_t>(static_cast<uint32_t>(text.size()), span.end + 60);
  std::string s = text.substr(from, span.start - from) + "[[" + std::string(span.In(text)) + "]]" +
                  text.substr(span.end, to - span.end);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// The gold date of each event instance from the TLINKs: a time expression that includes it, or "before the DCT".
struct GoldDate {
  std::string value;  // empty: none
  bool before_dct = false;
};

GoldDate GoldDateOf(const TimemlDocument& doc, const std::string& eiid) {
  GoldDate d;
  if (eiid.empty()) return d;
  auto time_value = [&](const std::string& tid) -> std::string {
    if (tid == doc.creation_tid) return doc.creation ? doc.creation->ToString() : "";
    for (const GoldTimex& t : doc.timexes)
      if (t.tid == tid && (t.type == "DATE" || t.type == "TIME")) return t.value;
    return "";
  };
  for (const GoldTlink& l : doc.tlinks) {
    const bool event_in_time = !l.from_time && l.from == eiid && l.to_time &&
                               (l.rel == "IS_INCLUDED" || l.rel == "DURING" || l.rel == "SIMULTANEOUS" ||
                                l.rel == "IDENTITY");
    const bool time_has_event = l.from_time && !l.to_time && l.to == eiid &&
                                (l.rel == "INCLUDES" || l.rel == "SIMULTANEOUS" || l.rel == "IDENTITY" ||
                                 l.rel == "DURING_INV");
    if (event_in_time || time_has_event) {
      const std::string v = time_value(event_in_time ? l.to : l.from);
      if (!v.empty()) {
        d.value = v;
        return d;
      }
    }
    const bool before = (!l.from_time && l.from == eiid && l.to_time && l.to == doc.creation_tid &&
                         (l.rel == "BEFORE" || l.rel == "IBEFORE")) ||
                        (l.from_time && l.from == doc.creation_tid && !l.to_time && l.to == eiid &&
                         (l.rel == "AFTER" || l.rel == "IAFTER"));
    d.before_dct |= before;
  }
  return d;
}

}  // namespace

std::string FormatAccuracy(const Accuracy& a) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.4f (%lld/%lld)", a.value(), static_cast<long long>(a.correct),
                static_cast<long long>(a.total));
  return buf;
}

TimebankEventScores EvaluateTimebankEvents(const std::vector<TimemlDocument>& docs, const events::TriggerTagger& tagger,
                                           const pos::PosTagger* pos_tagger, const Pipeline* pipeline,
                                           size_t max_errors) {
  pos::Scratch pos_scratch;
  std::vector<pos::Upos> tags;
  TimebankEventScores s;
  auto error = [&](const TimemlDocument& doc, const std::string& line) {
    if (s.errors.size() < max_errors) s.errors.push_back(doc.id + "\t" + line);
  };
  std::vector<std::string_view> views;
  std::vector<uint32_t> sentence_begin;
  newsgraph::events::Scratch scratch;
  std::vector<events::Trigger> triggers;
  lang::Words words;
  for (const TimemlDocument& doc : docs) {
    Analysis a;
    bool dated = false;
    if (pipeline) {
      Document d;
      d.id = doc.id;
      d.text = doc.text;
      d.date = doc.creation;
      auto analysed = pipeline->Analyze(d);
      if (analysed.ok()) {
        a = std::move(*analysed);
        dated = true;
      }
    }
    if (!dated) Segment(doc.text, SegmenterOptions{}, &a);
    int unaligned = 0;
    const std::vector<int> event_of = EventOfToken(doc, a.tokens, &unaligned);
    s.unaligned += unaligned;
    views.clear();
    for (const Token& t : a.tokens) views.push_back(t.span.In(doc.text));
    words.Read(doc.text, a, lang::Lexicon::Get());
    sentence_begin.clear();
    for (const Sentence& sen : a.sentences) sentence_begin.push_back(sen.token_begin);
    sentence_begin.push_back(static_cast<uint32_t>(a.tokens.size()));
    if (pos_tagger) pos_tagger->Tag(views, sentence_begin, &pos_scratch, &tags);
    tagger.Tag(views, sentence_begin, &scratch, &triggers, pos_tagger ? &tags : nullptr);
    const events::TimexTokens timex_tokens(doc.text, a, words.dateline());

    // Strict: the trigger's token is a gold event's span.
    std::vector<bool> gold_found(doc.events.size(), false);
    std::vector<bool> predicted_strict(triggers.size(), false);
    size_t sentence = 0;
    for (size_t p = 0; p < triggers.size(); ++p) {
      const events::Trigger& t = triggers[p];
      const std::string cls = events::EventClassName(t.cls);
      const int g = event_of[t.token];
      while (sentence + 1 < a.sentences.size() && a.sentences[sentence].token_end <= t.token) ++sentence;
      if (g < 0) {
        s.strict.AddSpurious();
        s.by_class[cls].AddSpurious();
        error(doc, "EXTRA\t" + cls + "\t" + Context(doc.text, a.tokens[t.token].span));
        continue;
      }
      predicted_strict[p] = true;
      gold_found[g] = true;
      s.strict.AddMatch();
      const GoldEvent& gold = doc.events[g];
      s.cls.Add(gold.cls == cls);
      if (gold.cls == cls) {
        s.by_class[cls].AddMatch();
      } else {
        s.by_class[cls].AddSpurious();
        s.by_class[gold.cls].AddMissed();
        error(doc, "CLASS\t" + gold.cls + " as " + cls + "\t" + Context(doc.text, gold.span));
      }
      if (gold.eiid.empty()) continue;
      // Attributes, read from the verb group.
      const Sentence& sen = a.sentences[sentence];
      const events::VerbGroup group = events::TimeMLGroup(words, t.token, sen.token_begin, t.pos);
      const std::string gold_pos = gold.pos == "PREPOSITION" ? "OTHER" : gold.pos;
      s.pos.Add(gold_pos == events::EventPosName(t.pos));
      s.tense.Add(gold.tense == group.tense);
      s.aspect.Add(gold.aspect == group.aspect);
      s.polarity.Add((gold.polarity == "NEG") == group.negated);
      const std::string gold_modality = Lower(gold.modality) == "none" ? "" : Lower(gold.modality);
      s.modality.Add(gold_modality == group.modality);
      if (gold.tense != group.tense || gold.aspect != group.aspect)
        error(doc, "TENSE\t" + gold.tense + "/" + gold.aspect + " as " + std::string(group.tense) + "/" +
                       std::string(group.aspect) + " (" + gold.pos + ")\t" + Context(doc.text, gold.span));
      if (!dated) continue;
      const GoldDate gd = GoldDateOf(doc, gold.eiid);
      if (gd.value.empty() && !gd.before_dct) continue;
      std::vector<uint32_t> others;
      for (const events::Trigger& o : triggers)
        if (o.token >= sen.token_begin && o.token < sen.token_end && o.pos == events::EventPos::kVerb)
          others.push_back(o.token);
      const auto date = events::DateOf(a, words, timex_tokens, t.token, sen, group, t.pos, others, doc.creation);
      if (!gd.value.empty()) {
        const bool ok = date && !date->on_or_before && date->value == gd.value;
        s.date_included.Add(ok);
        if (!ok)
          error(doc, "DATE\t" + gd.value + " as " + (date ? date->value + (date->on_or_before ? " (on or before)" : "") : "none") +
                         "\t" + Context(doc.text, gold.span));
      } else {
        bool ok = date && date->on_or_before;
        if (date && !date->on_or_before && doc.creation) {
          auto d = Date::Parse(date->value);
          ok = d.ok() && *d < *doc.creation;
        }
        s.date_before.Add(ok);
      }
    }
    for (size_t g = 0; g < doc.events.size(); ++g)
      if (!gold_found[g]) {
        s.strict.AddMissed();
        s.by_class[doc.events[g].cls].AddMissed();
        error(doc, "MISSED\t" + doc.events[g].cls + "\t" + Context(doc.text, doc.events[g].span));
      }

    // Relaxed: one-to-one by overlap (strict pairs first; then any overlap, for tokenization differences).
    std::vector<bool> gold_used = gold_found;
    int64_t relaxed = 0;
    for (size_t p = 0; p < triggers.size(); ++p) relaxed += predicted_strict[p];
    for (size_t p = 0; p < triggers.size(); ++p) {
      if (predicted_strict[p]) continue;
      const Span span = a.tokens[triggers[p].token].span;
      for (size_t g = 0; g < doc.events.size(); ++g)
        if (!gold_used[g] && doc.events[g].span.Overlaps(span)) {
          gold_used[g] = true;
          ++relaxed;
          break;
        }
    }
    s.relaxed.Add(static_cast<int64_t>(doc.events.size()), static_cast<int64_t>(triggers.size()), relaxed);
  }
  return s;
}

std::string FormatTimebankEventScores(const TimebankEventScores& s) {
  std::string out;
  out += "triggers, strict extent:   " + FormatCounts(s.strict) + "\n";
  out += "triggers, relaxed extent:  " + FormatCounts(s.relaxed) + "\n";
  out += "  gold events that are no newsgraph token: " + std::to_string(s.unaligned) + "\n";
  out += "class accuracy (strict matches):  " + FormatAccuracy(s.cls) + "\n";
  char buf[96];
  std::snprintf(buf, sizeof buf, "class F1 (strict F1 x class accuracy): %.4f\n", s.strict.f1() * s.cls.value());
  out += buf;
  for (const auto& [cls, c] : s.by_class) {
    std::snprintf(buf, sizeof buf, "  %-11s ", cls.c_str());
    out += buf + FormatCounts(c) + "\n";
  }
  out += "part of speech:  " + FormatAccuracy(s.pos) + "\n";
  out += "tense:           " + FormatAccuracy(s.tense) + "\n";
  out += "aspect:          " + FormatAccuracy(s.aspect) + "\n";
  out += "polarity:        " + FormatAccuracy(s.polarity) + "\n";
  out += "modality:        " + FormatAccuracy(s.modality) + "\n";
  if (s.date_included.total + s.date_before.total > 0) {
    Accuracy all = s.date_included;
    all.correct += s.date_before.correct;
    all.total += s.date_before.total;
    out += "TLINK dates (strict matches with a gold date): " + FormatAccuracy(all) + "\n";
    out += "  included in a time expression:  " + FormatAccuracy(s.date_included) + "\n";
    out += "  before the document date:       " + FormatAccuracy(s.date_before) + "\n";
  }
  return out;
}

}  // namespace newsgraph::eval
