#include "ner/labels.h"

namespace newsgraph::ner {

const char* TypeName(int type) {
  static const char* const kNames[] = {"PER", "ORG", "LOC", "MISC"};
  return type >= 0 && type < kNumTypes ? kNames[type] : "O";
}

int TypeFromName(std::string_view name) {
  if (name == "PER") return 0;
  if (name == "ORG") return 1;
  if (name == "LOC") return 2;
  if (name == "MISC") return 3;
  return -1;
}

EntityType ToEntityType(int type) {
  switch (type) {
    case 0: return EntityType::kPerson;
    case 1: return EntityType::kOrganization;
    case 2: return EntityType::kLocation;
    default: return EntityType::kMisc;
  }
}

LabelSet::LabelSet(TagScheme scheme) : scheme_(scheme) {}

char LabelSet::Prefix(int label) const {
  if (label <= 0) return 'O';
  if (scheme_ == TagScheme::kBio) return (label - 1) % 2 == 0 ? 'B' : 'I';
  static const char kPrefixes[] = {'B', 'I', 'L', 'U'};
  return kPrefixes[(label - 1) % 4];
}

int LabelSet::Type(int label) const {
  if (label <= 0) return -1;
  return scheme_ == TagScheme::kBio ? (label - 1) / 2 : (label - 1) / 4;
}

int LabelSet::Label(char prefix, int type) const {
  if (prefix == 'O' || type < 0) return 0;
  if (scheme_ == TagScheme::kBio) return 1 + 2 * type + (prefix == 'B' || prefix == 'U' ? 0 : 1);
  const int offset = prefix == 'B' ? 0 : prefix == 'I' ? 1 : prefix == 'L' ? 2 : 3;
  return 1 + 4 * type + offset;
}

std::string LabelSet::Name(int label) const {
  if (label <= 0) return "O";
  return std::string(1, Prefix(label)) + "-" + TypeName(Type(label));
}

bool LabelSet::CanStart(int label) const {
  const char p = Prefix(label);
  return p == 'O' || p == 'B' || p == 'U';
}

bool LabelSet::CanEnd(int label) const {
  const char p = Prefix(label);
  if (scheme_ == TagScheme::kBio) return true;
  return p == 'O' || p == 'L' || p == 'U';
}

bool LabelSet::CanFollow(int prev, int next) const {
  const char p = Prefix(prev), n = Prefix(next);
  if (scheme_ == TagScheme::kBio) {
    if (n == 'I') return (p == 'B' || p == 'I') && Type(prev) == Type(next);
    return true;
  }
  if (p == 'B' || p == 'I') return (n == 'I' || n == 'L') && Type(prev) == Type(next);
  return n == 'O' || n == 'B' || n == 'U';
}

template <typename T>
void LabelSet::DecodeInto(const T* labels, size_t size, std::vector<TokenSpan>* spans) const {
  const uint32_t n = static_cast<uint32_t>(size);
  for (uint32_t i = 0; i < n;) {
    const char p = Prefix(labels[i]);
    if (p == 'O') {
      ++i;
      continue;
    }
    const int type = Type(labels[i]);
    uint32_t j = i + 1;
    if (p == 'B') {
      while (j < n && Type(labels[j]) == type && (Prefix(labels[j]) == 'I' || Prefix(labels[j]) == 'L')) {
        ++j;
        if (Prefix(labels[j - 1]) == 'L') break;
      }
    } else if (p == 'I' && scheme_ == TagScheme::kBio) {
      while (j < n && Type(labels[j]) == type && Prefix(labels[j]) == 'I') ++j;
    }
    spans->push_back({i, j, type});
    i = j;
  }
}

std::vector<TokenSpan> LabelSet::Decode(const std::vector<int>& labels) const {
  std::vector<TokenSpan> spans;
  DecodeInto(labels.data(), labels.size(), &spans);
  return spans;
}

void LabelSet::Decode(const uint8_t* labels, size_t n, std::vector<TokenSpan>* spans) const {
  spans->clear();
  DecodeInto(labels, n, spans);
}

std::vector<int> LabelSet::Encode(const std::vector<TokenSpan>& spans, size_t n) const {
  std::vector<int> labels(n, 0);
  for (const TokenSpan& s : spans) {
    if (s.end <= s.begin || s.end > n) continue;
    if (scheme_ == TagScheme::kBio) {
      labels[s.begin] = Label('B', s.type);
      for (uint32_t k = s.begin + 1; k < s.end; ++k) labels[k] = Label('I', s.type);
    } else if (s.end - s.begin == 1) {
      labels[s.begin] = Label('U', s.type);
    } else {
      labels[s.begin] = Label('B', s.type);
      for (uint32_t k = s.begin + 1; k + 1 < s.end; ++k) labels[k] = Label('I', s.type);
      labels[s.end - 1] = Label('L', s.type);
    }
  }
  return labels;
}

namespace {

// Splits "B-PER" into prefix "B" and type "PER" as conlleval does (split on "-", the type is the second field).
void SplitTag(std::string_view tag, std::string_view* prefix, std::string_view* type) {
  const size_t dash = tag.find('-');
  if (dash == std::string_view::npos) {
    *prefix = tag;
    *type = {};
    return;
  }
  *prefix = tag.substr(0, dash);
  std::string_view rest = tag.substr(dash + 1);
  const size_t dash2 = rest.find('-');
  *type = dash2 == std::string_view::npos ? rest : rest.substr(0, dash2);
}

}  // namespace

std::vector<TokenSpan> SpansFromIob(const std::vector<std::string>& tags) {
  std::vector<TokenSpan> spans;
  int open_type = -2;  // -2: no open chunk; -1: an open chunk of a type we do not know (read, never reported)
  uint32_t open_begin = 0;
  std::string_view last_prefix = "O", last_type;
  auto close = [&](uint32_t end) {
    if (open_type >= 0) spans.push_back({open_begin, end, open_type});
    open_type = -2;
  };
  for (uint32_t i = 0; i < tags.size(); ++i) {
    std::string_view prefix, type;
    SplitTag(tags[i], &prefix, &type);
    if (prefix == "O" || prefix.empty()) {
      close(i);
    } else if (open_type == -2 || prefix == "B" || prefix == "U" || prefix == "S" || last_prefix == "L" ||
               last_prefix == "E" || last_prefix == "U" || last_prefix == "S" || type != last_type) {
      close(i);
      open_begin = i;
      open_type = TypeFromName(type);
    }
    last_prefix = prefix;
    last_type = type;
  }
  close(static_cast<uint32_t>(tags.size()));
  return spans;
}

std::vector<std::string> IobFromSpans(const std::vector<TokenSpan>& spans, size_t n) {
  std::vector<std::string> tags(n, "O");
  for (const TokenSpan& s : spans) {
    if (s.end <= s.begin || s.end > n) continue;
    tags[s.begin] = std::string("B-") + TypeName(s.type);
    for (uint32_t k = s.begin + 1; k < s.end; ++k) tags[k] = std::string("I-") + TypeName(s.type);
  }
  return tags;
}

}  // namespace newsgraph::ner
