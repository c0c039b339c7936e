#include "events/senses.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <vector>

#include "util/lines.h"
#include "util/split.h"

namespace newsgraph::events {

Status SenseLexicon::Parse(std::string_view content) {
  std::vector<std::pair<std::string, std::string>> aliases;
  Status status = Status::Ok();
  util::ForEachDataLine(content, [&](std::string_view line) {
    if (!status.ok()) return;
    const std::vector<std::string_view> f = util::SplitFields(line, '\t');
    if (f.size() == 2 && !f[1].empty() && f[1][0] == '=') {
      aliases.emplace_back(f[0], f[1].substr(1));
      return;
    }
    Senses s;
    int values[3];
    bool ok = f.size() == 5;
    for (int k = 0; ok && k < 3; ++k) {
      const auto r = std::from_chars(f[1 + k].data(), f[1 + k].data() + f[1 + k].size(), values[k]);
      ok = r.ec == std::errc() && values[k] >= -1 && values[k] < 64;
    }
    if (ok) ok = std::from_chars(f[4].data(), f[4].data() + f[4].size(), s.mask, 16).ec == std::errc();
    if (!ok) {
      status = Status(StatusCode::kCorrupt, "bad WordNet senses line: " + std::string(line));
      return;
    }
    s.noun = static_cast<int8_t>(values[0]);
    s.verb = static_cast<int8_t>(values[1]);
    s.adjective = static_cast<int8_t>(values[2]);
    words_.Insert(f[0]) = s;
  });
  for (const auto& [form, base] : aliases)
    if (const Senses* senses = words_.Find(base)) {
      const Senses copy = *senses;  // Emplace may move the records
      if (auto [slot, added] = words_.Emplace(form); added) *slot = copy;
    }
  return status;
}

const SenseLexicon::Senses* SenseLexicon::Find(std::string_view lower) const {
  return words_.Find(lower);
}

void SenseLexicon::Write(ner::BinaryWriter* out) const {
  // Sorted, so that the model file does not depend on hash-table order.
  std::map<std::string_view, const Senses*> sorted;
  words_.ForEach([&](std::string_view w, const Senses& s) { sorted.emplace(w, &s); });
  out->U32(static_cast<uint32_t>(sorted.size()));
  for (const auto& [w, s] : sorted) {
    out->Str(w);
    out->U8(static_cast<uint8_t>(s->noun));
    out->U8(static_cast<uint8_t>(s->verb));
    out->U8(static_cast<uint8_t>(s->adjective));
    out->U64(s->mask);
  }
}

Status SenseLexicon::Read(ner::BinaryReader* in) {
  words_ = {};
  const uint32_t n = in->U32();
  if (n > in->remaining() / 15) return Status(StatusCode::kCorrupt, "bad sense lexicon");
  words_.Reserve(n);
  for (uint32_t i = 0; i < n && in->ok(); ++i) {
    const std::string w(in->Str());
    Senses s;
    s.noun = static_cast<int8_t>(in->U8());
    s.verb = static_cast<int8_t>(in->U8());
    s.adjective = static_cast<int8_t>(in->U8());
    s.mask = in->U64();
    if (auto [slot, added] = words_.Emplace(w); added) *slot = s;
  }
  if (!in->ok()) return Status(StatusCode::kCorrupt, "truncated sense lexicon");
  return Status::Ok();
}

}  // namespace newsgraph::events
