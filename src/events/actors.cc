#include "events/actors.h"

#include <algorithm>
#include <charconv>

#include "util/lines.h"
#include "util/split.h"

namespace newsgraph::embedded {
extern const std::string_view events_cameo_actors;
extern const std::string_view events_cameo_agents;
}  // namespace newsgraph::embedded

namespace newsgraph::events {

namespace {

int32_t ParseDay(std::string_view s) {
  int32_t v = 0;
  if (s.empty() || std::from_chars(s.data(), s.data() + s.size(), v).ec != std::errc()) return 0;
  return v;
}

size_t Words(std::string_view phrase) { return static_cast<size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1; }

}  // namespace

StatusOr<std::unique_ptr<ActorCoder>> ActorCoder::Create(std::string_view actors, std::string_view agents) {
  std::unique_ptr<ActorCoder> coder(new ActorCoder());
  Status status = Status::Ok();
  util::ForEachDataLine(actors, [&](std::string_view line) {
    const std::vector<std::string_view> f = util::SplitFields(line, '\t');
    if (f.size() < 2 || f[0].empty() || f[1].empty()) {
      status = Status(StatusCode::kCorrupt, "bad actor line: " + std::string(line));
      return;
    }
    DatedCode c{std::string(f[1]), f.size() > 2 ? ParseDay(f[2]) : 0, f.size() > 3 ? ParseDay(f[3]) : 0};
    coder->actors_[std::string(f[0])].push_back(std::move(c));
    coder->max_actor_words_ = std::max(coder->max_actor_words_, Words(f[0]));
  });
  util::ForEachDataLine(agents, [&](std::string_view line) {
    const std::vector<std::string_view> f = util::SplitFields(line, '\t');
    if (f.size() < 2 || f[0].empty() || f[1].find('~') == std::string_view::npos) {
      status = Status(StatusCode::kCorrupt, "bad agent line: " + std::string(line));
      return;
    }
    coder->agents_.emplace(std::string(f[0]), std::string(f[1]));
    coder->max_agent_words_ = std::max(coder->max_agent_words_, Words(f[0]));
  });
  if (!status.ok()) return status;
  return coder;
}

const ActorCoder& ActorCoder::Builtin() {
  static const ActorCoder* coder = [] {
    auto created = Create(embedded::events_cameo_actors, embedded::events_cameo_agents);
    // Compiled-in data, checked by the tests.
    return created.ok() ? created->release() : new ActorCoder();
  }();
  return *coder;
}

template <typename Table>
size_t ActorCoder::Longest(const Table& table, size_t max_words, const std::vector<std::string_view>& lower,
                           size_t begin, size_t end, typename Table::const_iterator* found) const {
  thread_local std::string key;
  for (size_t n = std::min(max_words, end - begin); n > 0; --n) {
    key.clear();
    for (size_t k = begin; k < begin + n; ++k) {
      if (k > begin) key.push_back(' ');
      key.append(lower[k]);
    }
    if (const auto it = table.find(key); it != table.end()) {
      *found = it;
      return n;
    }
  }
  return 0;
}

std::string ActorCoder::Code(const std::vector<std::string_view>& lower, size_t begin, size_t end,
                             const std::optional<Date>& date) const {
  end = std::min(end, lower.size());
  std::string actor;
  std::vector<std::string> suffixes, prefixes;
  const int32_t day = date ? date->year * 10000 + date->month * 100 + date->day : 0;
  for (size_t t = begin; t < end;) {
    decltype(actors_)::const_iterator a;
    if (actor.empty()) {
      if (const size_t n = Longest(actors_, max_actor_words_, lower, t, end, &a)) {
        // The code whose dates hold the day; else the undated one; else the latest.
        const DatedCode* pick = nullptr;
        for (const DatedCode& c : a->second)
          if (day && (c.first || c.last) && (!c.first || c.first <= day) && (!c.last || day <= c.last)) pick = &c;
        if (!pick)
          for (const DatedCode& c : a->second)
            if (!c.first && !c.last) pick = &c;
        if (!pick)
          for (const DatedCode& c : a->second)
            if (!pick || c.first > pick->first) pick = &c;
        actor = pick->code;
        t += n;
        continue;
      }
    }
    decltype(agents_)::const_iterator g;
    if (const size_t n = Longest(agents_, max_agent_words_, lower, t, end, &g)) {
      const std::string& code = g->second;
      const size_t tilde = code.find('~');
      std::string sector = tilde == 0 ? code.substr(1) : code.substr(0, tilde);
      auto& list = tilde == 0 ? suffixes : prefixes;
      if (!sector.empty() && std::find(list.begin(), list.end(), sector) == list.end() && list.size() < 2)
        list.push_back(std::move(sector));
      t += n;
      continue;
    }
    ++t;
  }
  if (actor.empty() && suffixes.empty() && prefixes.empty()) return "";
  std::string code;
  for (const std::string& p : prefixes) code += p;
  code += actor.empty() ? "---" : actor;
  for (const std::string& s : suffixes)
    if (code.size() < s.size() || code.compare(code.size() - s.size(), s.size(), s) != 0) code += s;
  return code;
}

}  // namespace newsgraph::events
