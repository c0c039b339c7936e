#include "eval/quote_eval.h"

#include <algorithm>
#include <cstdio>

#include "newsgraph/models.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/text.h"
#include "quotes/quotes.h"
#include "text/unicode.h"

namespace newsgraph::eval {
namespace {

uint32_t OverlapBytes(const Span& a, const Span& b) {
  const uint32_t s = std::max(a.start, b.start), e = std::min(a.end, b.end);
  return e > s ? e - s : 0;
}

uint32_t OverlapBytes(const Span& a, const std::vector<Span>& spans) {
  uint32_t n = 0;
  for (const Span& s : spans) n += OverlapBytes(a, s);
  return n;
}

bool IsPronoun(std::string_view word) {
  const std::string w = text::LowerCase(word);
  for (const char* p : {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "us", "me", "his"})
    if (w == p) return true;
  return false;
}

// The last word of a name or phrase, lower-cased, without a possessive ("Trump's" -> "trump").
std::string LastWord(std::string_view s) {
  while (!s.empty() && !text::IsAsciiAlpha(s.back()) && static_cast<unsigned char>(s.back()) < 0x80) s.remove_suffix(1);
  size_t b = s.find_last_of(" \n\t");
  std::string_view w = b == std::string_view::npos ? s : s.substr(b + 1);
  if (w.size() > 2 && (w.substr(w.size() - 2) == "'s")) w.remove_suffix(2);
  if (w.size() > 4 && w.substr(w.size() - 4) == "\u2019s") w.remove_suffix(4);
  return text::LowerCase(w);
}

std::string Joined(std::string_view text, const std::vector<Span>& spans) {
  std::string out;
  for (const Span& s : spans) {
    if (!out.empty()) out += " ";
    out += s.In(text);
  }
  return out;
}

std::string Excerpt(std::string_view text, Span span, size_t max = 110) {
  std::string s(span.In(text));
  if (s.size() > max) {
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = s.substr(0, cut) + "…";
  }
  for (char& c : s)
    if (c == '\n') c = ' ';
  return s;
}

// What the gold Source names: itself, or for a pronoun, the nearest non-pronoun Source annotated before it.
std::string GoldSpeakerName(const PolnearDocument& doc, const PolnearAttribution& g) {
  const std::string_view text = doc.text;
  const Span source = g.source.front();
  if (!IsPronoun(source.In(text))) return LastWord(source.In(text));
  const Span* best = nullptr;
  for (const PolnearAttribution& other : doc.attributions)
    for (const Span& s : other.source)
      if (s.end <= source.start && !IsPronoun(s.In(text)) && (!best || s.start > best->start)) best = &s;
  return best ? LastWord(best->In(text)) : std::string();
}

bool SpeakerCorrect(const PolnearDocument& doc, const PolnearAttribution& g, const Quote& q) {
  if (!q.speaker) return false;
  for (const Span& s : g.source) {
    if (q.speaker->Overlaps(s)) return true;
    if (q.speaker_antecedent && q.speaker_antecedent->Overlaps(s)) return true;
  }
  // Otherwise the same entity: through the gold pronoun's referent, or through the predicted pronoun's antecedent.
  if (!IsPronoun(g.source.front().In(doc.text)) && !q.speaker_antecedent) return false;
  const std::string want = GoldSpeakerName(doc, g);
  if (want.empty()) return false;
  const Span named = q.speaker_antecedent ? *q.speaker_antecedent : *q.speaker;
  return LastWord(named.In(doc.text)) == want;
}

bool Overlaps(const Quote& q, const PolnearAttribution& g) { return OverlapBytes(q.span, g.content) > 0; }

// The prediction among `candidates` that overlaps g most, or nullptr.
const Quote* BestMatch(const PolnearAttribution& g, const std::vector<const Quote*>& candidates) {
  const Quote* best = nullptr;
  uint32_t best_overlap = 0;
  for (const Quote* q : candidates) {
    const uint32_t o = OverlapBytes(q->span, g.content);
    if (o > best_overlap) best = q, best_overlap = o;
  }
  return best;
}

std::string GoldExcerpt(std::string_view text, const PolnearAttribution& g) {
  return "«" + Excerpt(text, Span{g.content.front().start, g.content.back().end}) + "»" +
         (g.source.empty() ? "" : "  source «" + Joined(text, g.source) + "»");
}

// Scores found gold attributions' speakers and records misses.
void ScoreGold(const PolnearDocument& doc, const std::vector<const PolnearAttribution*>& gold,
               const std::vector<const Quote*>& quoted, const std::vector<const Quote*>& others, int klass,
               size_t max_errors, OverlapCounts* counts, AccuracyCounts* speakers, QuoteScores* scores) {
  static const char* const kLabel[] = {"direct", "indirect"};
  const std::string_view text = doc.text;
  counts->gold += static_cast<int64_t>(gold.size());
  for (const PolnearAttribution* g : gold) {
    // A mixed attribution may be found by the quotation in marks inside it.
    const Quote* best = BestMatch(*g, others);
    if (!best && (klass == 0 || g->marks == ContentMarks::kPartly)) best = BestMatch(*g, quoted);
    if (!best) {
      if (scores->missed[klass]++ < max_errors)
        scores->errors.push_back(std::string("MISSED ") + kLabel[klass] + "  " + doc.name + "  " + GoldExcerpt(text, *g));
      continue;
    }
    ++counts->gold_found;
    if (g->source.empty()) continue;
    ++speakers->total;
    if (SpeakerCorrect(doc, *g, *best)) {
      ++speakers->correct;
    } else if (scores->wrong_speakers[klass]++ < max_errors) {
      std::string predicted = best->speaker ? std::string(best->speaker->In(text)) : "(none)";
      if (best->speaker_antecedent) predicted += " -> " + std::string(best->speaker_antecedent->In(text));
      scores->errors.push_back(std::string("SPEAKER ") + kLabel[klass] + "  " + doc.name + "  «" +
                               Excerpt(text, best->span, 70) + "»  gold «" + Joined(text, g->source) +
                               "»  predicted «" + predicted + "»");
    }
  }
}

void FalsePositive(const PolnearDocument& doc, const Quote& q, int klass, size_t max_errors, QuoteScores* scores) {
  static const char* const kLabel[] = {"direct", "indirect"};
  if (scores->false_positives[klass]++ < max_errors)
    scores->errors.push_back(std::string("FALSE ") + kLabel[klass] + "  " + doc.name + "  «" + Excerpt(doc.text, q.span) +
                             "»" + (q.kind == QuoteKind::kFragment ? "  (fragment)" : ""));
}

}  // namespace

std::string FormatOverlap(const OverlapCounts& c) {
  char buf[200];
  std::snprintf(buf, sizeof buf, "P %.4f  R %.4f  F1 %.4f  (gold %lld: found %lld; predicted %lld: correct %lld)",
                c.precision(), c.recall(), c.f1(), static_cast<long long>(c.gold),
                static_cast<long long>(c.gold_found), static_cast<long long>(c.predicted),
                static_cast<long long>(c.predicted_correct));
  return buf;
}

void ScoreQuotes(const PolnearDocument& doc, const std::vector<Quote>& predicted, size_t max_errors,
                 QuoteScores* scores) {
  std::vector<const PolnearAttribution*> gold_direct, gold_reported;  // reported: mixed and indirect
  for (const PolnearAttribution& a : doc.attributions) (a.direct() ? gold_direct : gold_reported).push_back(&a);
  std::vector<const Quote*> quoted, direct, indirect;  // quoted: direct and fragments
  for (const Quote& q : predicted) {
    if (q.kind == QuoteKind::kIndirect) {
      indirect.push_back(&q);
      continue;
    }
    quoted.push_back(&q);
    if (q.kind == QuoteKind::kDirect) direct.push_back(&q);
    else ++scores->fragments;
  }
  auto overlaps_any = [](const Quote& q, const std::vector<const PolnearAttribution*>& gold) {
    for (const PolnearAttribution* g : gold)
      if (Overlaps(q, *g)) return true;
    return false;
  };
  for (const Quote* q : quoted) {
    const bool hit = overlaps_any(*q, gold_direct), reported = overlaps_any(*q, gold_reported);
    if (q->kind == QuoteKind::kFragment && (hit || reported)) ++scores->fragments_in_gold;
    if (q->kind == QuoteKind::kDirect) {
      ++scores->direct_strict.predicted;
      if (hit) ++scores->direct_strict.predicted_correct;
    }
    if (hit) {
      ++scores->direct.predicted;
      ++scores->direct.predicted_correct;
    } else if (reported) {
      ++scores->direct_set_aside;
    } else {
      ++scores->direct.predicted;
      FalsePositive(doc, *q, 0, max_errors, scores);
    }
  }
  for (const Quote* q : indirect) {
    ++scores->indirect.predicted;
    if (overlaps_any(*q, gold_reported)) ++scores->indirect.predicted_correct;
    else FalsePositive(doc, *q, 1, max_errors, scores);
  }
  scores->direct_strict.gold += static_cast<int64_t>(gold_direct.size());
  for (const PolnearAttribution* g : gold_direct)
    if (BestMatch(*g, direct)) ++scores->direct_strict.gold_found;
  ScoreGold(doc, gold_direct, {}, quoted, 0, max_errors, &scores->direct, &scores->direct_speakers, scores);
  ScoreGold(doc, gold_reported, quoted, indirect, 1, max_errors, &scores->indirect, &scores->indirect_speakers,
            scores);
}

StatusOr<QuoteScores> EvaluateQuotes(const std::vector<PolnearDocument>& docs, const QuoteEvalOptions& options) {
  std::unique_ptr<Pipeline> pipeline;
  if (!options.quotes_only) {
    PipelineOptions pipeline_options;
    pipeline_options.models_dir = options.models_dir;
    auto created = Pipeline::Create(pipeline_options);
    if (!created.ok()) return created.status();
    pipeline = std::move(*created);
  }
  const quotes::CueModel* cues = options.cue_model;
  std::unique_ptr<quotes::CueModel> loaded;
  if (options.quotes_only && !cues && !options.no_cue_model) {
    auto model = quotes::CueModel::Load(ResolveModelsDir(options.models_dir) + "/" + quotes::kCueModelFile);
    if (!model.ok()) return model.status();
    loaded = std::move(*model);
    cues = loaded.get();
  }
  quotes::Scratch scratch;
  QuoteScores scores;
  for (const PolnearDocument& doc : docs) {
    Analysis analysis;
    if (pipeline) {
      Document d;
      d.id = doc.name;
      d.text = doc.text;
      auto result = pipeline->Analyze(d);
      if (!result.ok()) return Status(result.status().code(), doc.name + ": " + result.status().message());
      analysis = std::move(*result);
    } else {
      Segment(doc.text, {}, &analysis);
      quotes::FindQuotes(doc.text, lang::Lexicon::Get(), &scratch, &analysis, cues);
    }
    ScoreQuotes(doc, analysis.quotes, options.max_errors, &scores);
  }
  return scores;
}

}  // namespace newsgraph::eval
