#include "ner/lexicon.h"

#include <algorithm>
#include <cmath>
#include <mutex>

#include "util/hash.h"

namespace newsgraph::ner {

WordLexicon::Tables& WordLexicon::Mutable() {
  if (tables_.use_count() > 1 || !tables_->source.empty()) {
    auto copy = std::make_shared<Tables>(*tables_);
    copy->source.clear();
    tables_ = std::move(copy);
  }
  return *tables_;
}

void WordLexicon::AddWord(std::string_view form, std::string_view bits, uint64_t count, const std::vector<int>& flat) {
  Tables& t = Mutable();
  Word w;
  for (size_t k = 0; k < flat.size() && k < static_cast<size_t>(kMaxFlat); ++k) {
    w.flat[k] = flat[k] >= 0 && flat[k] < kNoFlat ? static_cast<uint16_t>(flat[k]) : kNoFlat;
    t.flat_count = std::max(t.flat_count, static_cast<int>(k) + 1);
  }
  const size_t depth = std::min<size_t>(bits.size(), 32);
  for (size_t i = 0; i < depth; ++i) w.path = (w.path << 1) | (bits[i] == '1' ? 1u : 0u);
  w.depth = static_cast<uint8_t>(depth);
  w.count_bucket = static_cast<uint8_t>(std::min<int>(31, static_cast<int>(std::log2(static_cast<double>(count) + 1))));
  t.max_depth = std::max(t.max_depth, static_cast<int>(depth));
  t.words.Insert(form) = w;
}

uint8_t WordLexicon::CasingBucket(uint64_t lower_count, uint64_t capitalized_count) {
  const uint64_t n = lower_count + capitalized_count;
  if (n < 3) return 6;
  const double share = static_cast<double>(capitalized_count) / static_cast<double>(n);
  if (share < 0.01) return 0;
  if (share < 0.10) return 1;
  if (share < 0.50) return 2;
  if (share < 0.90) return 3;
  if (share < 0.99) return 4;
  return 5;
}

void WordLexicon::AddCasing(std::string_view lower, uint64_t lower_count, uint64_t capitalized_count,
                            std::string_view truecase) {
  Casing c;
  c.bucket = CasingBucket(lower_count, capitalized_count);
  c.truecase = std::string(truecase);
  Mutable().casing.Insert(lower) = std::move(c);
}

const WordLexicon::Word* WordLexicon::FindWord(std::string_view form) const {
  return tables_->words.Find(form);
}

const WordLexicon::Casing* WordLexicon::FindCasing(std::string_view lower) const {
  return tables_->casing.Find(lower);
}

namespace {

// A table's entries sorted by key, so that the same lexicon always gives the same bytes.
template <typename Info>
std::vector<std::pair<std::string_view, const Info*>> SortedEntries(const util::WordTable<Info>& table) {
  std::vector<std::pair<std::string_view, const Info*>> out;
  out.reserve(table.size());
  table.ForEach([&](std::string_view key, const Info& info) { out.emplace_back(key, &info); });
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

// The length of the lexicon Write wrote at the start of `bytes` (the same walk as Parse, without building
// anything), or 0 if it does not read as one.
size_t LexiconLength(std::string_view bytes) {
  BinaryReader in(bytes);
  const uint32_t n = in.U32();
  const uint8_t flat_count = in.U8();
  if (n > in.remaining() || flat_count > WordLexicon::kMaxFlat) return 0;
  for (uint32_t i = 0; i < n && in.ok(); ++i) {
    in.Str();
    in.Bytes(4 + 1 + 1 + 2 * static_cast<size_t>(flat_count));
  }
  const uint32_t m = in.U32();
  if (m > in.remaining()) return 0;
  for (uint32_t i = 0; i < m && in.ok(); ++i) {
    in.Str();
    in.U8();
    if (in.U8() > 1) in.Str();
  }
  return in.ok() ? bytes.size() - in.remaining() : 0;
}

// The tables read so far in this process, by the bytes they were read from (weak: they go with their last model).
struct LexiconRegistry {
  std::mutex mutex;
  std::vector<std::weak_ptr<void>> tables;
};
LexiconRegistry& Registry() {
  static LexiconRegistry* const registry = new LexiconRegistry();  // never destroyed: models may outlive statics
  return *registry;
}

}  // namespace

void WordLexicon::Write(BinaryWriter* out) const {
  const Tables& t = *tables_;
  const auto words = SortedEntries(t.words);
  out->U32(static_cast<uint32_t>(words.size()));
  out->U8(static_cast<uint8_t>(t.flat_count));
  for (const auto& [form, w] : words) {
    out->Str(form);
    out->U32(w->path);
    out->U8(w->depth);
    out->U8(w->count_bucket);
    for (int k = 0; k < t.flat_count; ++k) out->U16(w->flat[k]);
  }
  const auto casings = SortedEntries(t.casing);
  out->U32(static_cast<uint32_t>(casings.size()));
  for (const auto& [lower, c] : casings) {
    out->Str(lower);
    out->U8(c->bucket);
    // Most truecase forms equal the lower-case form or its title case: store a code instead of the string.
    const std::string& truecase = c->truecase;
    if (truecase == lower) {
      out->U8(0);
    } else if (truecase == CapitalizeFirstAscii(lower)) {
      out->U8(1);
    } else {
      out->U8(2);
      out->Str(truecase);
    }
  }
}

Status WordLexicon::Read(BinaryReader* in) {
  const std::string_view rest = in->Rest();
  const size_t length = LexiconLength(rest);
  if (length == 0) {  // not a well-formed lexicon: Parse says what is wrong
    tables_ = std::make_shared<Tables>();
    return Parse(in, tables_.get());
  }
  const std::string_view source = rest.substr(0, length);
  LexiconRegistry& registry = Registry();
  std::lock_guard<std::mutex> lock(registry.mutex);
  std::erase_if(registry.tables, [](const std::weak_ptr<void>& w) { return w.expired(); });
  for (const std::weak_ptr<void>& w : registry.tables) {
    std::shared_ptr<Tables> known = std::static_pointer_cast<Tables>(w.lock());
    if (known && known->source == source) {
      tables_ = std::move(known);
      in->Bytes(length);
      return Status::Ok();
    }
  }
  auto tables = std::make_shared<Tables>();
  NEWSGRAPH_RETURN_IF_ERROR(Parse(in, tables.get()));
  tables->source = std::string(source);
  registry.tables.push_back(tables);
  tables_ = std::move(tables);
  return Status::Ok();
}

Status WordLexicon::Parse(BinaryReader* in, Tables* t) {
  const uint32_t n = in->U32();
  t->flat_count = in->U8();
  if (n > in->remaining() || t->flat_count > kMaxFlat)
    return Status(StatusCode::kCorrupt, "word lexicon: bad word count");
  t->words.Reserve(n);
  for (uint32_t i = 0; i < n && in->ok(); ++i) {
    const std::string_view form = in->Str();  // a view into the model's bytes, copied once into the table
    Word w;
    w.path = in->U32();
    w.depth = in->U8();
    w.count_bucket = in->U8();
    for (int k = 0; k < t->flat_count; ++k) w.flat[k] = in->U16();
    if (w.depth > 32) return Status(StatusCode::kCorrupt, "word lexicon: bad cluster depth");
    t->max_depth = std::max(t->max_depth, static_cast<int>(w.depth));
    if (const auto [slot, added] = t->words.Emplace(form); added) *slot = w;
  }
  const uint32_t m = in->U32();
  if (m > in->remaining()) return Status(StatusCode::kCorrupt, "word lexicon: bad casing count");
  t->casing.Reserve(m);
  for (uint32_t i = 0; i < m && in->ok(); ++i) {
    const std::string_view lower = in->Str();
    Casing c;
    c.bucket = in->U8();
    const uint8_t code = in->U8();
    if (code == 0) {
      c.truecase = std::string(lower);
    } else if (code == 1) {
      c.truecase = CapitalizeFirstAscii(lower);
    } else {
      c.truecase = std::string(in->Str());
    }
    if (const auto [slot, added] = t->casing.Emplace(lower); added) *slot = std::move(c);
  }
  if (!in->ok()) return Status(StatusCode::kCorrupt, "word lexicon: truncated");
  return Status::Ok();
}

std::string CapitalizeFirstAscii(std::string_view s) {
  std::string t(s);
  if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') t[0] = static_cast<char>(t[0] - 32);
  return t;
}

int Gazetteer::AddList(std::string_view name) {
  const int existing = ListIndex(name);
  if (existing >= 0) return existing;
  if (num_lists() >= kMaxLists) return -1;
  list_names_.emplace_back(name);
  return num_lists() - 1;
}

int Gazetteer::ListIndex(std::string_view name) const {
  for (int i = 0; i < num_lists(); ++i)
    if (list_names_[i] == name) return i;
  return -1;
}

uint64_t Gazetteer::TokenKey(std::string_view lower) { return util::HashString(lower, 0x67617a); }

uint64_t Gazetteer::EdgeKey(uint32_t node, uint64_t token_key) { return util::HashCombine(token_key, node); }

void Gazetteer::AddEdge(uint64_t key, uint32_t child) {
  if ((edge_count_ + 1) * 2 > edges_.size()) {
    std::vector<Edge> old(edges_.size() * 2);
    old.swap(edges_);
    const size_t mask = edges_.size() - 1;
    for (const Edge& e : old) {
      if (e.child == 0) continue;
      size_t slot = e.key & mask;
      while (edges_[slot].child != 0) slot = (slot + 1) & mask;
      edges_[slot] = e;
    }
  }
  const size_t mask = edges_.size() - 1;
  size_t slot = key & mask;
  while (edges_[slot].child != 0) slot = (slot + 1) & mask;
  edges_[slot] = Edge{key, child};
  ++edge_count_;
}

void Gazetteer::Insert(int list, const std::vector<std::string_view>& tokens) {
  uint32_t node = 0;
  for (std::string_view t : tokens) node = Child(node, TokenKey(t));
  end_masks_[node] |= 1u << list;
}

uint32_t Gazetteer::Child(uint32_t node, uint64_t token_key) {
  // One probe sequence: the child when the edge is there, else the empty slot it ends at takes the new edge (when
  // the table need not grow first).
  const uint64_t key = EdgeKey(node, token_key);
  size_t mask = edges_.size() - 1;
  size_t slot = key & mask;
  for (; edges_[slot].child != 0; slot = (slot + 1) & mask)
    if (edges_[slot].key == key) return edges_[slot].child;
  const uint32_t child = static_cast<uint32_t>(end_masks_.size());
  end_masks_.push_back(0);
  if ((edge_count_ + 1) * 2 > edges_.size()) {
    AddEdge(key, child);
  } else {
    edges_[slot] = Edge{key, child};
    ++edge_count_;
  }
  return child;
}

void Gazetteer::AddEntry(int list, const std::vector<std::string>& tokens) {
  if (list < 0 || list >= num_lists() || tokens.empty() || tokens.size() > static_cast<size_t>(kMaxEntryTokens))
    return;
  std::string joined;
  std::vector<std::string_view> views;
  for (const std::string& t : tokens) {
    if (!joined.empty()) joined.push_back(' ');
    joined += t;
    views.push_back(t);
  }
  Insert(list, views);
  entries_.push_back({static_cast<uint8_t>(list), std::move(joined)});
}

void Gazetteer::Write(BinaryWriter* out) const {
  out->U32(static_cast<uint32_t>(list_names_.size()));
  for (const std::string& n : list_names_) out->Str(n);
  std::vector<const Entry*> sorted;
  for (const Entry& e : entries_) sorted.push_back(&e);
  std::sort(sorted.begin(), sorted.end(),
            [](const Entry* a, const Entry* b) { return a->list != b->list ? a->list < b->list : a->tokens < b->tokens; });
  out->U32(static_cast<uint32_t>(sorted.size()));
  for (const Entry* e : sorted) {
    out->U8(e->list);
    out->Str(e->tokens);
  }
}

Status Gazetteer::Read(BinaryReader* in) {
  list_names_.clear();
  entries_.clear();
  edges_.assign(16, Edge{});
  edge_count_ = 0;
  end_masks_.assign(1, 0);
  const uint32_t lists = in->U32();
  if (lists > static_cast<uint32_t>(kMaxLists)) return Status(StatusCode::kCorrupt, "gazetteer: too many lists");
  for (uint32_t i = 0; i < lists; ++i) list_names_.emplace_back(in->Str());
  const uint32_t n = in->U32();
  if (n > in->remaining()) return Status(StatusCode::kCorrupt, "gazetteer: bad entry count");
  entries_.reserve(n);
  for (uint32_t i = 0; i < n && in->ok(); ++i) {
    Entry e;
    e.list = in->U8();
    e.tokens = std::string(in->Str());
    if (e.list >= lists) return Status(StatusCode::kCorrupt, "gazetteer: entry of an unknown list");
    entries_.push_back(std::move(e));
  }
  if (!in->ok()) return Status(StatusCode::kCorrupt, "gazetteer: truncated");
  for (const Entry& e : entries_) {
    // Insert, each token walked down the trie as it is split off.
    uint32_t node = 0;
    size_t count = 0;
    std::string_view rest = e.tokens;
    while (!rest.empty()) {
      const size_t space = rest.find(' ');
      if (++count > static_cast<size_t>(kMaxEntryTokens)) return Status(StatusCode::kCorrupt, "gazetteer: bad entry");
      node = Child(node, TokenKey(rest.substr(0, space)));
      if (space == std::string_view::npos) break;
      rest.remove_prefix(space + 1);
    }
    if (count == 0) return Status(StatusCode::kCorrupt, "gazetteer: bad entry");
    end_masks_[node] |= 1u << e.list;
  }
  return Status::Ok();
}

const WordLexicon::Word* FindCluster(const WordLexicon& lexicon, std::string_view norm, const WordForm& form) {
  // Clusters were learned on text with digits written as 0 (as form.lower has them).
  const WordLexicon::Word* cluster = nullptr;
  if (form.casing != 'l') {
    std::string digits(norm);
    for (char& c : digits)
      if (c >= '0' && c <= '9') c = '0';
    cluster = lexicon.FindWord(digits);
    if (!cluster && form.casing == 'A') cluster = lexicon.FindWord(TitleCase(digits));
  }
  return cluster ? cluster : lexicon.FindWord(form.lower);
}

}  // namespace newsgraph::ner
