#include "train/ner_data.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "ner/features.h"
#include "ner/tagger.h"
#include "ner/workspace.h"
#include "ner/word_shape.h"
#include "newsgraph/text.h"

namespace newsgraph::train {

namespace fs = std::filesystem;

namespace {

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<fs::path> FilesUnder(const fs::path& dir, std::string_view extension) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    if (it->is_regular_file() && it->path().extension() == extension) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  return files;
}

// SGML character references of Reuters-21578: &lt; &gt; &amp; and &#N; (control characters, dropped).
std::string Unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      const size_t semi = s.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 6) {
        const std::string_view entity = s.substr(i + 1, semi - i - 1);
        if (entity == "lt") out += '<';
        else if (entity == "gt") out += '>';
        else if (entity == "amp") out += '&';
        else if (entity == "quot") out += '"';
        else if (!entity.empty() && entity[0] != '#') out.append(s.substr(i, semi - i + 1));
        i = semi;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

// Titles and bodies of the <REUTERS> records of an SGML file, a title and a body per text.
void ReutersTexts(const std::string& sgml, std::vector<std::string>* texts) {
  size_t pos = 0;
  while (true) {
    const size_t start = sgml.find("<REUTERS", pos);
    if (start == std::string::npos) break;
    size_t end = sgml.find("</REUTERS>", start);
    if (end == std::string::npos) end = sgml.size();
    const std::string_view record(sgml.data() + start, end - start);
    std::string text;
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"<TITLE>", "</TITLE>"},
                                      {"<BODY>", "</BODY>"}}) {
      const size_t a = record.find(open);
      if (a == std::string_view::npos) continue;
      const size_t b = record.find(close, a);
      std::string part = Unescape(record.substr(a + open.size(), (b == std::string_view::npos ? record.size() : b) - a - open.size()));
      // Bodies end with the signature "Reuter" (and a control character, already dropped).
      while (!part.empty() && std::isspace(static_cast<unsigned char>(part.back()))) part.pop_back();
      for (std::string_view sig : {"Reuter", "REUTER"})
        if (part.size() >= sig.size() && part.compare(part.size() - sig.size(), sig.size(), sig) == 0)
          part.resize(part.size() - sig.size());
      text += part;
      text += "\n\n";
    }
    texts->push_back(std::move(text));
    pos = end;
  }
}

std::string ClusterForm(std::string_view token) {
  std::string s(token);
  for (char& c : s)
    if (c >= '0' && c <= '9') c = '0';
  return s;
}

}  // namespace

void SentenceCorpus::AddSentence(const std::vector<std::string_view>& words) {
  std::string normalized;
  for (std::string_view w : words) {
    if (ner::NormalizeToken(w, &normalized)) {
      tokens.push_back(normalized);
    } else {
      tokens.emplace_back(w);
    }
  }
  sentence_begin.push_back(static_cast<uint32_t>(tokens.size()));
}

void AddText(std::string_view raw, SentenceCorpus* corpus) {
  std::string repaired;
  if (!IsValidUtf8(raw)) {
    repaired = RepairUtf8(raw).text;
    raw = repaired;
  }
  Analysis a;
  Segment(raw, {}, &a);
  std::vector<std::string_view> words;
  for (const Sentence& s : a.sentences) {
    words.clear();
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) words.push_back(a.tokens[t].span.In(raw));
    corpus->AddSentence(words);
  }
}

void AddConll(const eval::ConllFile& file, SentenceCorpus* corpus) {
  std::vector<std::string_view> words;
  for (const auto& doc : file.documents)
    for (const auto& s : doc.sentences) {
      words.assign(s.words.begin(), s.words.end());
      corpus->AddSentence(words);
    }
}

namespace {

// Calls fn(text) for every document of an unlabeled source; returns the number of documents.
template <typename Fn>
StatusOr<size_t> ForEachUnlabeledText(const std::string& data_dir, const std::string& source, Fn&& fn) {
  size_t documents = 0;
  if (source == "reuters") {
    const auto files = FilesUnder(fs::path(data_dir) / "unlabeled-news" / "reuters21578", ".sgm");
    if (files.empty()) return Status(StatusCode::kNotFound, "no Reuters-21578 .sgm files under " + data_dir);
    for (const auto& f : files) {
      std::vector<std::string> texts;
      ReutersTexts(ReadFile(f), &texts);
      for (const std::string& t : texts) fn(t);
      documents += texts.size();
    }
  } else if (source == "bbc" || source == "polnear") {
    const fs::path dir = source == "bbc" ? fs::path(data_dir) / "unlabeled-news" / "bbc-news" / "news"
                                         : fs::path(data_dir) / "polnear";
    auto files = FilesUnder(dir, ".txt");
    if (source == "polnear")
      std::erase_if(files, [](const fs::path& p) { return p.parent_path().filename() != "text"; });
    if (files.empty()) return Status(StatusCode::kNotFound, "no " + source + " texts under " + dir.string());
    for (const auto& f : files) fn(ReadFile(f));
    documents = files.size();
  } else {
    return Status(StatusCode::kInvalidArgument, "unknown unlabeled source " + source);
  }
  return documents;
}

}  // namespace

Status AddUnlabeledNews(const std::string& data_dir, const std::vector<std::string>& sources, SentenceCorpus* corpus,
                        std::string* description) {
  for (const std::string& source : sources) {
    const size_t before = corpus->tokens.size();
    auto documents = ForEachUnlabeledText(data_dir, source, [&](const std::string& text) { AddText(text, corpus); });
    if (!documents.ok()) return documents.status();
    *description += source + " (" + std::to_string(*documents) + " documents, " +
                    std::to_string(corpus->tokens.size() - before) + " tokens); ";
  }
  return Status::Ok();
}

Status InduceGazetteers(const ner::NerModel& model, const std::string& data_dir, const std::vector<std::string>& sources,
                        const InduceOptions& options, const std::string& out_dir, std::string* description) {
  ner::NerTagger tagger(model);
  ner::NerWorkspace workspace;
  struct Found {
    int count[ner::kNumTypes] = {0, 0, 0, 0};
    double confidence[ner::kNumTypes] = {0, 0, 0, 0};
  };
  std::unordered_map<std::string, Found> found;
  Analysis a;
  ner::NerInput input;
  std::vector<ner::NerEntity> entities;
  std::string repaired;
  for (const std::string& source : sources) {
    auto documents = ForEachUnlabeledText(data_dir, source, [&](const std::string& raw) {
      std::string_view text = raw;
      if (!IsValidUtf8(text)) {
        repaired = RepairUtf8(text).text;
        text = repaired;
      }
      Segment(text, {}, &a);
      input.tokens.clear();
      input.sentence_begin.assign(1, 0);
      for (const Sentence& s : a.sentences) {
        for (uint32_t t = s.token_begin; t < s.token_end; ++t) input.tokens.push_back(a.tokens[t].span.In(text));
        input.sentence_begin.push_back(static_cast<uint32_t>(input.tokens.size()));
      }
      tagger.Tag(input, &workspace, &entities);
      for (const ner::NerEntity& e : entities) {
        std::string name;
        for (uint32_t t = e.begin; t < e.end; ++t) {
          if (t > e.begin) name += ' ';
          name += input.tokens[t];
        }
        Found& f = found[name];
        ++f.count[e.type];
        f.confidence[e.type] += e.confidence;
      }
    });
    if (!documents.ok()) return documents.status();
  }
  std::vector<std::set<std::string>> lists(ner::kNumTypes);
  for (const auto& [name, f] : found) {
    int total = 0, best = 0;
    for (int t = 0; t < ner::kNumTypes; ++t) {
      total += f.count[t];
      if (f.count[t] > f.count[best]) best = t;
    }
    if (total < options.min_count || f.count[best] < options.min_share * total) continue;
    if (f.confidence[best] / f.count[best] < options.min_confidence) continue;
    // A name with a capital letter (titles and stray lower-case words are not names).
    bool capital = false;
    for (char c : name) capital |= c >= 'A' && c <= 'Z';
    if (capital) lists[best].insert(name);
  }
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  static const char* const kFiles[] = {"induced-per", "induced-org", "induced-loc", "induced-misc"};
  for (int t = 0; t < ner::kNumTypes; ++t) {
    const fs::path path = fs::path(out_dir) / (std::string(kFiles[t]) + ".txt");
    std::ofstream out(path, std::ios::binary);
    if (!out) return Status(StatusCode::kIoError, "cannot write " + path.string());
    out << "# " << kFiles[t] << ": " << lists[t].size() << " names the tagger found in unlabeled news at least "
        << options.min_count << " times, " << options.min_share * 100 << "% of them as " << ner::TypeName(t)
        << " (newsgraph train ner-induce)\n";
    for (const auto& n : lists[t]) out << n << '\n';
    *description += std::string(kFiles[t]) + ":" + std::to_string(lists[t].size()) + " ";
  }
  return Status::Ok();
}

Status WriteCasing(const SentenceCorpus& corpus, const std::string& path, size_t* written) {
  struct Counts {
    uint64_t lower = 0, capitalized = 0;
    std::map<std::string, uint64_t> forms;
  };
  std::unordered_map<std::string, Counts> counts;
  std::vector<ner::WordForm> forms;
  std::vector<const ner::WordForm*> ptrs;
  std::vector<uint8_t> flags;
  for (size_t s = 0; s < corpus.sentences(); ++s) {
    const uint32_t b = corpus.sentence_begin[s], e = corpus.sentence_begin[s + 1];
    forms.resize(e - b);
    ptrs.clear();
    for (uint32_t t = b; t < e; ++t) {
      ner::AnalyzeWord(corpus.tokens[t], &forms[t - b]);
      ptrs.push_back(&forms[t - b]);
    }
    ner::SentenceFlags(ptrs, &flags);
    for (uint32_t i = 0; i < e - b; ++i) {
      const ner::WordForm& f = forms[i];
      if (!(f.flags & (ner::kHasUpper | ner::kHasLower))) continue;
      // Case is forced at the start of a sentence, after an opening quote or colon, and in capitals headlines.
      if (flags[i] & (ner::kSentenceInitial | ner::kCapsSentence)) continue;
      if (i > 0) {
        const std::string& prev = corpus.tokens[b + i - 1];
        if (prev == "\"" || prev == ":" || prev == "(" || prev == "'" || prev == "``" || prev == "-" || prev == "--")
          continue;
      }
      Counts& c = counts[f.lower];
      if (f.flags & ner::kInitialUpper) {
        ++c.capitalized;
      } else {
        ++c.lower;
      }
      ++c.forms[ClusterForm(corpus.tokens[b + i])];
    }
  }
  std::vector<const std::pair<const std::string, Counts>*> sorted;
  for (const auto& c : counts)
    if (c.second.lower + c.second.capitalized >= 2) sorted.push_back(&c);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });
  std::ofstream out(path, std::ios::binary);
  if (!out) return Status(StatusCode::kIoError, "cannot write " + path);
  out << "# lower-case form\tlower-case count\tcapitalized count\tusual form (newsgraph train ner-data)\n";
  for (const auto* c : sorted) {
    std::string usual;
    uint64_t best = 0;
    for (const auto& [form, n] : c->second.forms)
      if (n > best) {
        best = n;
        usual = form;
      }
    out << c->first << '\t' << c->second.lower << '\t' << c->second.capitalized << '\t' << usual << '\n';
  }
  *written = sorted.size();
  return out ? Status::Ok() : Status(StatusCode::kIoError, "cannot write " + path);
}

// ---------------------------------------------------------------------------------------------------------------
// Top-down exchange clustering.

namespace {

class ExchangeClustering {
 public:
  ExchangeClustering(const SentenceCorpus& corpus, int min_count) {
    // Vocabulary, most frequent first; rarer words share one fixed class, as does the sentence boundary.
    std::unordered_map<std::string, uint64_t> freq;
    for (const std::string& t : corpus.tokens) ++freq[ClusterForm(t)];
    for (const auto& [w, n] : freq)
      if (static_cast<int64_t>(n) >= min_count) words_.push_back(w);
    std::sort(words_.begin(), words_.end(), [&](const std::string& a, const std::string& b) {
      const uint64_t na = freq[a], nb = freq[b];
      return na != nb ? na > nb : a < b;
    });
    V_ = static_cast<uint32_t>(words_.size());
    std::unordered_map<std::string, uint32_t> id;
    for (uint32_t i = 0; i < V_; ++i) id[words_[i]] = i;
    boundary_ = V_;
    unknown_ = V_ + 1;
    count_.assign(V_ + 2, 0);
    // Bigrams over boundary-padded sentences.
    std::vector<uint64_t> pairs;
    pairs.reserve(corpus.tokens.size() + corpus.sentences());
    for (size_t s = 0; s < corpus.sentences(); ++s) {
      uint32_t prev = boundary_;
      ++count_[boundary_];
      for (uint32_t t = corpus.sentence_begin[s]; t < corpus.sentence_begin[s + 1]; ++t) {
        auto it = id.find(ClusterForm(corpus.tokens[t]));
        const uint32_t cur = it == id.end() ? unknown_ : it->second;
        ++count_[cur];
        pairs.push_back((static_cast<uint64_t>(prev) << 32) | cur);
        prev = cur;
      }
      pairs.push_back((static_cast<uint64_t>(prev) << 32) | boundary_);
    }
    // Each word's right neighbours (CSR) and, from the transposed list, its left neighbours.
    BuildAdjacency(pairs, false, &right_);
    for (uint64_t& p : pairs) p = (p << 32) | (p >> 32);
    BuildAdjacency(pairs, true, &left_);
    self_.assign(V_ + 2, 0);
    for (uint32_t w = 0; w < V_ + 2; ++w)
      for (uint32_t k = right_.begin[w]; k < right_.begin[w + 1]; ++k)
        if (right_.id[k] == w) self_[w] = right_.count[k];
    bigram_types_ = right_.id.size();
  }

  uint32_t words() const { return V_; }
  size_t bigram_types() const { return bigram_types_; }
  const std::string& word(uint32_t w) const { return words_[w]; }
  uint64_t count(uint32_t w) const { return count_[w]; }
  uint32_t path(uint32_t w) const { return class_[w]; }

  const std::vector<uint32_t>& flat(size_t k) const { return flat_[k]; }

  // Runs `depth` levels of splits; returns per-level (objective, moves) lines through `progress`. At each level in
  // `flat_levels`, a copy of the clustering is also refined with every class open to every word (a flat
  // clustering, no longer nested in the hierarchy), kept in flat(k).
  void Run(int depth, int iterations, const std::vector<int>& flat_levels, int flat_iterations,
           const ProgressFn& progress) {
    class_.assign(V_ + 2, 0);
    K_ = 1;
    for (int level = 1; level <= depth; ++level) {
      const auto t0 = std::chrono::steady_clock::now();
      // Split: each word goes to half 0 or 1 of its class, alternating by frequency within the class.
      std::vector<uint32_t> seen(K_, 0);
      for (uint32_t w = 0; w < V_; ++w) class_[w] = 2 * class_[w] + (seen[class_[w]]++ & 1);
      K_ *= 2;
      RebuildCounts();
      const auto [passes, moves] = Converge(iterations, [&] { return Pass(); });
      if (progress) {
        char line[200];
        std::snprintf(line, sizeof line, "level %d: %u clusters, %d passes (last moved %zu words), log-likelihood %.0f, %.1f s",
                      level, K_, passes, moves, Objective(),
                      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        progress(line);
      }
      if (std::find(flat_levels.begin(), flat_levels.end(), level) != flat_levels.end()) {
        const auto t1 = std::chrono::steady_clock::now();
        const std::vector<uint32_t> saved = class_;
        const std::vector<int64_t> saved_N = N_, saved_n = n_;
        BuildTransposed();
        const auto [flat_passes, flat_moves] = Converge(flat_iterations, [&] { return FlatPass(); });
        flat_.push_back(std::vector<uint32_t>(class_.begin(), class_.begin() + V_));
        if (progress) {
          char line[200];
          std::snprintf(line, sizeof line, "  flat refinement of level %d: %d passes (last moved %zu words), log-likelihood %.0f, %.1f s",
                        level, flat_passes, flat_moves, Objective(),
                        std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count());
          progress(line);
        }
        class_ = saved;
        N_ = saved_N;
        n_ = saved_n;
        NT_.clear();
      }
    }
  }

 private:
  struct Adjacency {
    std::vector<uint32_t> begin, id, count;
  };

  void BuildAdjacency(std::vector<uint64_t>& pairs, bool, Adjacency* adj) {
    std::sort(pairs.begin(), pairs.end());
    adj->begin.assign(V_ + 3, 0);
    adj->id.clear();
    adj->count.clear();
    for (size_t i = 0; i < pairs.size();) {
      size_t j = i;
      while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
      const uint32_t a = static_cast<uint32_t>(pairs[i] >> 32), b = static_cast<uint32_t>(pairs[i]);
      ++adj->begin[a + 1];
      adj->id.push_back(b);
      adj->count.push_back(static_cast<uint32_t>(j - i));
      i = j;
    }
    for (uint32_t w = 0; w < V_ + 2; ++w) adj->begin[w + 1] += adj->begin[w];
  }

  uint32_t ClassOf(uint32_t w) const {
    if (w == boundary_) return K_;
    if (w == unknown_) return K_ + 1;
    return class_[w];
  }
  size_t C() const { return K_ + 2; }

  void RebuildCounts() {
    N_.assign(C() * C(), 0);
    n_.assign(C(), 0);
    for (uint32_t w = 0; w < V_ + 2; ++w) {
      const uint32_t cw = ClassOf(w);
      n_[cw] += count_[w];
      for (uint32_t k = right_.begin[w]; k < right_.begin[w + 1]; ++k) N_[cw * C() + ClassOf(right_.id[k])] += right_.count[k];
    }
  }

  static double F(int64_t x) {
    static const std::vector<double> table = [] {
      std::vector<double> t(1 << 20);
      for (size_t i = 1; i < t.size(); ++i) t[i] = static_cast<double>(i) * std::log(static_cast<double>(i));
      return t;
    }();
    if (x <= 0) return 0;
    if (x < static_cast<int64_t>(table.size())) return table[x];
    return static_cast<double>(x) * std::log(static_cast<double>(x));
  }

  double Objective() const {
    double o = 0;
    for (int64_t v : N_) o += F(v);
    for (int64_t v : n_) o -= 2 * F(v);
    return o;
  }

  // The classes of w's right and left neighbours (other than w) with their counts into r_ and l_, and the classes
  // touched into *rt and *lt (r_ and l_ are zero elsewhere; the caller clears the touched entries after use).
  void CountNeighbours(uint32_t w, std::vector<uint32_t>* rt, std::vector<uint32_t>* lt) {
    rt->clear();
    lt->clear();
    for (uint32_t k = right_.begin[w]; k < right_.begin[w + 1]; ++k) {
      if (right_.id[k] == w) continue;
      const uint32_t c = ClassOf(right_.id[k]);
      if (r_[c] == 0) rt->push_back(c);
      r_[c] += right_.count[k];
    }
    for (uint32_t k = left_.begin[w]; k < left_.begin[w + 1]; ++k) {
      if (left_.id[k] == w) continue;
      const uint32_t c = ClassOf(left_.id[k]);
      if (l_[c] == 0) lt->push_back(c);
      l_[c] += left_.count[k];
    }
  }

  // Runs `pass` up to `iterations` times, until one moves fewer than one word in a thousand: how many passes ran and
  // how many words the last one moved.
  template <typename PassFn>
  std::pair<int, size_t> Converge(int iterations, PassFn pass) {
    int passes = 0;
    size_t moves = 0;
    for (int it = 0; it < iterations; ++it) {
      moves = pass();
      ++passes;
      if (moves < std::max<size_t>(1, V_ / 1000)) break;
    }
    return {passes, moves};
  }

  // One exchange pass over all words, most frequent first: each word leaves its class and joins the one `choose`
  // picks (with `transposed`, NT_ is kept in step with N_); returns how many moved.
  template <typename Choose>
  size_t ExchangePass(bool transposed, Choose choose) {
    const size_t C = this->C();
    r_.assign(C, 0);
    l_.assign(C, 0);
    size_t moves = 0;
    std::vector<uint32_t> rt, lt;  // touched classes
    for (uint32_t w = 0; w < V_; ++w) {
      const uint32_t a = class_[w];
      CountNeighbours(w, &rt, &lt);
      const int64_t s = self_[w], nw = count_[w];
      Move(a, rt, lt, s, nw, -1);
      if (transposed) MoveTransposed(a, rt, lt, s, -1);
      const uint32_t target = choose(a, rt, lt, s, nw);
      Move(target, rt, lt, s, nw, +1);
      if (transposed) MoveTransposed(target, rt, lt, s, +1);
      if (target != a) {
        class_[w] = target;
        ++moves;
      }
      for (uint32_t c : rt) r_[c] = 0;
      for (uint32_t c : lt) l_[c] = 0;
    }
    return moves;
  }

  // A pass where each word stays or moves to its sibling class (a ^ 1).
  size_t Pass() {
    return ExchangePass(false, [&](uint32_t a, const std::vector<uint32_t>& rt, const std::vector<uint32_t>& lt,
                                   int64_t s, int64_t nw) {
      const uint32_t b = a ^ 1u;
      const double stay = Score(a, rt, lt, s, nw), go = Score(b, rt, lt, s, nw);
      return go > stay + 1e-9 ? b : a;
    });
  }

  void BuildTransposed() {
    const size_t C = this->C();
    NT_.assign(C * C, 0);
    for (size_t a = 0; a < C; ++a)
      for (size_t b = 0; b < C; ++b) NT_[b * C + a] = N_[a * C + b];
  }

  // A pass where each word may move to any class (N_ and its transpose NT_ kept in step).
  size_t FlatPass() {
    return ExchangePass(true, [&](uint32_t a, const std::vector<uint32_t>& rt, const std::vector<uint32_t>& lt,
                                  int64_t s, int64_t nw) {
      uint32_t best = a;
      double best_score = FastScore(a, rt, lt, s, nw);
      for (uint32_t b = 0; b < K_; ++b) {
        if (b == a) continue;
        const double sc = FastScore(b, rt, lt, s, nw);
        if (sc > best_score + 1e-9) {
          best_score = sc;
          best = b;
        }
      }
      return best;
    });
  }

  void MoveTransposed(uint32_t x, const std::vector<uint32_t>& rt, const std::vector<uint32_t>& lt, int64_t s, int sign) {
    AddBigrams(&NT_, /*transposed=*/true, x, rt, lt, s, sign);
  }

  // Score() reading columns from the transposed matrix (rows are contiguous).
  double FastScore(uint32_t b, const std::vector<uint32_t>& rt, const std::vector<uint32_t>& lt, int64_t s, int64_t nw) const {
    const size_t C = this->C();
    const int64_t* row = &N_[b * C];
    const int64_t* col = &NT_[b * C];
    double d = 0;
    for (uint32_t c : rt) {
      if (c == b) continue;
      d += F(row[c] + r_[c]) - F(row[c]);
    }
    for (uint32_t c : lt) {
      if (c == b) continue;
      d += F(col[c] + l_[c]) - F(col[c]);
    }
    const int64_t bb = row[b];
    d += F(bb + r_[b] + l_[b] + s) - F(bb);
    d -= 2 * (F(n_[b] + nw) - F(n_[b]));
    return d;
  }

  // Adds (sign +1) or removes (-1) word counts r_, l_ (self bigrams s, count nw) to or from class x.
  void Move(uint32_t x, const std::vector<uint32_t>& rt, const std::vector<uint32_t>& lt, int64_t s, int64_t nw,
            int sign) {
    AddBigrams(&N_, /*transposed=*/false, x, rt, lt, s, sign);
    n_[x] += sign * nw;
  }

  // The bigram part of a move, in N_ or in its transpose NT_ (whose rows are N_'s columns).
  void AddBigrams(std::vector<int64_t>* m, bool transposed, uint32_t x, const std::vector<uint32_t>& rt,
                  const std::vector<uint32_t>& lt, int64_t s, int sign) {
    const size_t C = this->C();
    const size_t row = transposed ? 1 : C, col = transposed ? C : 1;  // (a, b) of N_ is at a * row + b * col
    for (uint32_t c : rt)
      if (c != x) (*m)[x * row + c * col] += sign * r_[c];
    for (uint32_t c : lt)
      if (c != x) (*m)[c * row + x * col] += sign * l_[c];
    (*m)[x * C + x] += sign * (r_[x] + l_[x] + s);
  }

  // The change of the objective if the word (removed from every class) joined class b, up to a constant.
  double Score(uint32_t b, const std::vector<uint32_t>& rt, const std::vector<uint32_t>& lt, int64_t s, int64_t nw) const {
    const size_t C = this->C();
    double d = 0;
    for (uint32_t c : rt) {
      if (c == b) continue;
      const int64_t v = N_[b * C + c];
      d += F(v + r_[c]) - F(v);
    }
    for (uint32_t c : lt) {
      if (c == b) continue;
      const int64_t v = N_[c * C + b];
      d += F(v + l_[c]) - F(v);
    }
    const int64_t bb = N_[b * C + b];
    d += F(bb + r_[b] + l_[b] + s) - F(bb);
    d -= 2 * (F(n_[b] + nw) - F(n_[b]));
    return d;
  }

  std::vector<std::string> words_;
  uint32_t V_ = 0, boundary_ = 0, unknown_ = 0, K_ = 1;
  std::vector<uint64_t> count_;
  std::vector<int64_t> self_;
  Adjacency right_, left_;
  size_t bigram_types_ = 0;
  std::vector<uint32_t> class_;
  std::vector<int64_t> N_, NT_, n_, r_, l_;
  std::vector<std::vector<uint32_t>> flat_;
};

}  // namespace

Status BuildClusters(const SentenceCorpus& corpus, const ClusterOptions& options, const std::string& path,
                     const ProgressFn& progress) {
  if (options.depth < 1 || options.depth > 16) return Status(StatusCode::kInvalidArgument, "cluster depth must be 1-16");
  ExchangeClustering clustering(corpus, options.min_count);
  if (progress)
    progress("clustering " + std::to_string(clustering.words()) + " words (count >= " + std::to_string(options.min_count) +
             ") over " + std::to_string(corpus.tokens.size()) + " tokens, " + std::to_string(clustering.bigram_types()) +
             " bigram types");
  std::vector<int> flat_levels;
  for (int level : options.flat_levels)
    if (level >= 1 && level <= options.depth) flat_levels.push_back(level);
  std::sort(flat_levels.begin(), flat_levels.end());
  clustering.Run(options.depth, options.iterations, flat_levels, options.flat_iterations, progress);
  EmbeddingClusters embedded;
  std::unordered_map<std::string, uint32_t> embedded_id;
  if (options.embeddings) {
    EmbeddingOptions e = options.embedding;
    e.min_count = options.min_count;
    auto built = BuildEmbeddingClusters(corpus, e, progress);
    if (!built.ok()) return built.status();
    embedded = std::move(*built);
    for (uint32_t i = 0; i < embedded.words.size(); ++i) embedded_id[embedded.words[i]] = i;
  }
  std::ofstream out(path, std::ios::binary);
  if (!out) return Status(StatusCode::kIoError, "cannot write " + path);
  out << "# path\tword\tcount";
  for (int level : flat_levels) out << "\tflat-" << (1 << level);
  if (options.embeddings)
    for (int k : options.embedding.clusters) out << "\tskipgram-kmeans-" << k;
  out << "   (newsgraph train ner-data: top-down exchange clustering of " << corpus.tokens.size() << " tokens)\n";
  for (uint32_t w = 0; w < clustering.words(); ++w) {
    std::string bits;
    for (int k = options.depth - 1; k >= 0; --k) bits += ((clustering.path(w) >> k) & 1) ? '1' : '0';
    out << bits << '\t' << clustering.word(w) << '\t' << clustering.count(w);
    for (size_t k = 0; k < flat_levels.size(); ++k) out << '\t' << clustering.flat(k)[w];
    if (options.embeddings) {
      auto it = embedded_id.find(clustering.word(w));
      for (size_t k = 0; k < embedded.classes.size(); ++k)
        out << '\t' << (it == embedded_id.end() ? -1 : static_cast<int64_t>(embedded.classes[k][it->second]));
    }
    out << '\n';
  }
  return out ? Status::Ok() : Status(StatusCode::kIoError, "cannot write " + path);
}

// ---------------------------------------------------------------------------------------------------------------
// Gazetteer lists.

namespace {

std::vector<std::string> SplitOn(std::string_view s, char sep) {
  std::vector<std::string> out;
  while (true) {
    const size_t p = s.find(sep);
    out.emplace_back(s.substr(0, p));
    if (p == std::string_view::npos) break;
    s.remove_prefix(p + 1);
  }
  return out;
}

// Lines of a TSV file, without comment lines.
std::vector<std::vector<std::string>> ReadTsv(const fs::path& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    rows.push_back(SplitOn(line, '\t'));
  }
  return rows;
}

// "new york" -> "New York": compromise writes its lexicon in lower case; the lists are matched case-insensitively,
// the capital letters only make them readable.
std::string Capitalize(std::string s) {
  bool start = true;
  for (char& c : s) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    start = c == ' ' || c == '-';
  }
  return s;
}

// One entry of a PETRARCH/TABARI actor dictionary: a name, its synonyms ("+" lines), its codes ("[...]") and the
// comment of its first line.
struct ActorEntry {
  std::string name;
  std::vector<std::string> synonyms;
  std::vector<std::string> codes;
  std::string comment;
};

std::vector<ActorEntry> ReadActors(const fs::path& path) {
  std::vector<ActorEntry> out;
  std::ifstream in(path);
  std::string line;
  auto trim = [](std::string s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
    size_t b = 0;
    while (b < s.size() && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    return s.substr(b);
  };
  while (std::getline(in, line)) {
    const size_t hash = line.find('#');
    const std::string comment = hash == std::string::npos ? "" : line.substr(hash + 1);
    std::string body = trim(hash == std::string::npos ? line : line.substr(0, hash));
    if (body.empty()) continue;
    if (body[0] == '[') {
      if (!out.empty()) out.back().codes.push_back(body);
      continue;
    }
    const size_t bracket = body.find('[');
    std::string name = trim(body.substr(0, bracket));
    if (body[0] == '+') {
      if (!out.empty()) out.back().synonyms.push_back(trim(name.substr(1)));
      continue;
    }
    ActorEntry e;
    e.name = name;
    if (bracket != std::string::npos) e.codes.push_back(body.substr(bracket));
    e.comment = comment;
    out.push_back(std::move(e));
  }
  return out;
}

// "BOUTROS_BOUTROS-GHALI_" -> "Boutros Boutros-Ghali"; parenthesized acronyms are dropped.
std::string ActorName(std::string_view raw) {
  std::string out;
  bool start = true;
  int depth = 0;
  for (char c : raw) {
    if (c == '(') ++depth;
    if (depth > 0) {
      if (c == ')') --depth;
      continue;
    }
    if (c == '_') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) {
      start = true;
      continue;
    }
    if (std::isalpha(static_cast<unsigned char>(c))) {
      out += start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
                   : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      start = false;
    } else {
      out += c;
      start = c == ' ' || c == '-' || c == '.' || c == '\'';
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> words;
  std::string w;
  for (char c : name) {
    if (c == ' ') {
      if (!w.empty()) words.push_back(w);
      w.clear();
    } else {
      w += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
  }
  if (!w.empty()) words.push_back(w);
  return words;
}

// Words that make a dictionary entry a role or a description rather than a person's name.
bool HasRoleWord(const std::vector<std::string>& words) {
  static const std::set<std::string> kRoles = {
      "PRESIDENT", "MINISTER", "SECRETARY", "SECRETARY-GENERAL", "GENERAL", "CHAIRMAN", "LEADER", "KING", "QUEEN",
      "PRINCE", "PRINCESS", "FORMER", "COMMUNIST", "PRIME", "CHIEF", "GOVERNOR", "SENATOR", "MAYOR", "AMBASSADOR",
      "POPE", "DIRECTOR", "COMMANDER", "SPOKESMAN", "REPRESENTATIVE", "ENVOY", "DEPUTY", "VICE", "MR", "MRS", "MS",
      "DR", "SIR", "LORD", "OFFICIAL", "OFFICIALS", "HEAD", "JUDGE", "JUSTICE", "COLONEL", "MAJOR", "CAPTAIN",
      "MILITARY", "GOVERNMENT", "ARMY", "FORCES", "POLICE", "PARTY", "MINISTRY", "COUNCIL", "THE", "OF"};
  for (const auto& w : words)
    if (kRoles.count(w)) return true;
  return false;
}

bool HasOrgWord(const std::vector<std::string>& words) {
  static const std::set<std::string> kOrg = {
      "ORGANIZATION", "ORGANISATION", "ASSOCIATION", "COMMITTEE", "COUNCIL", "UNION", "FEDERATION", "FRONT", "ARMY",
      "PARTY", "MOVEMENT", "GROUP", "BRIGADE", "BRIGADES", "FORCE", "FORCES", "LEAGUE", "INSTITUTE", "FOUNDATION",
      "BANK", "FUND", "AGENCY", "COMMISSION", "MINISTRY", "DEPARTMENT", "OFFICE", "CENTER", "CENTRE", "SOCIETY",
      "CONGRESS", "ASSEMBLY", "PARLIAMENT", "COURT", "TRIBUNAL", "PROGRAMME", "PROGRAM", "NETWORK", "ALLIANCE",
      "COALITION", "CORPS", "COMMAND", "CONFERENCE", "INTERNATIONAL", "UNIVERSITY", "COMPANY", "CORP", "INC",
      "CORPORATION", "LTD", "AUTHORITY", "SERVICE", "BUREAU", "BOARD", "GUARD", "JIHAD", "MILITIA", "CARTEL"};
  for (const auto& w : words)
    if (kOrg.count(w)) return true;
  return false;
}

// "Jefferies Group Inc" -> "Jefferies Group": news often drops the corporate suffix.
std::string WithoutCorporateSuffix(const std::string& name) {
  static const char* const kSuffixes[] = {" Inc", " Corp", " Corporation", " Co", " Ltd", " Plc", " Llc", " Sa",
                                          " Ag", " Nv", " Spa", " Incorporated", " Limited", " Company"};
  for (const char* s : kSuffixes) {
    const std::string suffix = s;
    if (name.size() > suffix.size() + 2 && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      return name.substr(0, name.size() - suffix.size());
  }
  return "";
}

}  // namespace

Status BuildGazetteerLists(const std::string& knowledge_dir, const std::string& places_dir,
                           const std::string& out_dir, bool actor_dictionaries, std::string* description) {
  const fs::path k(knowledge_dir), p(places_dir);
  std::map<std::string, std::set<std::string>> lists;
  auto add = [&](const std::string& list, std::string name) {
    while (!name.empty() && (name.back() == ' ' || name.back() == '\r')) name.pop_back();
    if (name.empty() || !IsValidUtf8(name)) return;
    lists[list].insert(std::move(name));
  };
  for (const char* required : {"countries.tsv", "cities.tsv", "regions.tsv"})
    if (!fs::exists(p / required)) return Status(StatusCode::kNotFound, "missing " + (p / required).string());
  // Places: newsgraph's place gazetteer (GeoNames, countries-list, i18n-nationality; see data/places).
  for (const auto& row : ReadTsv(p / "countries.tsv")) {
    if (row.size() < 4) continue;
    add("loc-country", row[1]);
    for (const auto& a : SplitOn(row[2], '|')) add("loc-country", a);
    for (const auto& d : SplitOn(row[3], '|')) add("misc-demonym", d);
  }
  for (const auto& row : ReadTsv(p / "country_extras.tsv")) {
    if (row.size() < 2) continue;
    for (const auto& a : SplitOn(row[1], '|')) add("loc-country", a);
    if (row.size() > 2)
      for (const auto& d : SplitOn(row[2], '|')) add("misc-demonym", d);
  }
  for (const auto& row : ReadTsv(p / "cities.tsv")) {
    if (row.size() < 2) continue;
    add("loc-city", row[0]);
    for (const auto& a : SplitOn(row[1], '|')) add("loc-city", a);
  }
  for (const auto& row : ReadTsv(p / "regions.tsv"))
    if (!row.empty()) add("loc-region", row[0]);
  for (const auto& row : ReadTsv(p / "regions_of_the_world.txt"))
    if (!row.empty()) add("loc-region", row[0]);
  // People: first names (SSA baby names with 2,000+ babies, public domain; Moby first names via @stdlib, PD).
  const auto ssa = ReadTsv(k / "ssa-first-names" / "us_ssa_first_names_1880_2023.tsv");
  if (ssa.empty()) return Status(StatusCode::kNotFound, "missing the SSA first names under " + knowledge_dir);
  for (const auto& row : ssa)
    if (row.size() >= 2 && row[0] != "name" && std::atoll(row[1].c_str()) >= 2000) add("per-first", row[0]);
  for (const char* f : {"female_first_names_en.txt", "male_first_names_en.txt"})
    for (const auto& row : ReadTsv(k / "stdlib-first-names" / f))
      if (!row.empty()) add("per-first", row[0]);
  // compromise's lexicon (MIT): names, organisations, titles, places, demonyms.
  const auto compromise = ReadTsv(k / "compromise-lexicon" / "compromise_lexicon.tsv");
  if (compromise.empty()) return Status(StatusCode::kNotFound, "missing the compromise lexicon under " + knowledge_dir);
  for (const auto& row : compromise) {
    if (row.size() < 2 || row[0] == "term") continue;
    const std::string name = Capitalize(row[0]);
    std::set<std::string> tags;
    for (const auto& t : SplitOn(row[1], ',')) tags.insert(t);
    if (tags.count("FemaleName") || tags.count("MaleName") || tags.count("FirstName")) add("per-first", name);
    if (tags.count("LastName")) add("per-last", name);
    if (tags.count("Person")) add("per-person", name);
    if (tags.count("Organization") || tags.count("SportsTeam")) add("org", name);
    if (tags.count("Honorific")) add("title", name);
    if (tags.count("Actor")) add("role", row[0]);
    if (tags.count("Demonym")) add("misc-demonym", name);
    if (tags.count("Country")) add("loc-country", name);
    if (tags.count("City")) add("loc-city", name);
    if (tags.count("Region") || tags.count("Place")) add("loc-region", name);
  }
  // The actor dictionaries of PETRARCH2 (Open Event Data Alliance, MIT): political leaders and officials of every
  // country since the 1950s (CountryInfo), international organisations, NGOs, companies and armed groups.
  const fs::path cameo = k.parent_path() / "cameo" / "petrarch2" / "dictionaries";
  if (actor_dictionaries) {
    if (!fs::exists(cameo / "Phoenix.Countries.actors.txt"))
      return Status(StatusCode::kNotFound, "missing " + (cameo / "Phoenix.Countries.actors.txt").string());
    auto person = [&](const ActorEntry& e) {
      for (const std::string* raw : {&e.name}) {
        const std::string name = ActorName(*raw);
        const auto words = Words(name);
        if (words.size() >= 2 && words.size() <= 5 && !HasRoleWord(words) && !HasOrgWord(words)) add("per-politician", name);
      }
      for (const std::string& raw : e.synonyms) {
        const std::string name = ActorName(raw);
        const auto words = Words(name);
        if (words.size() >= 2 && words.size() <= 5 && !HasRoleWord(words) && !HasOrgWord(words)) add("per-politician", name);
      }
    };
    auto organisation = [&](const ActorEntry& e, const std::string& list, bool need_org_word) {
      for (const std::string* raw : {&e.name}) {
        const std::string name = ActorName(*raw);
        const auto words = Words(name);
        if (words.empty() || words.size() > 8 || (need_org_word && !HasOrgWord(words))) continue;
        add(list, name);
        const std::string bare = WithoutCorporateSuffix(name);
        if (!bare.empty()) add(list, bare);
      }
      for (const std::string& raw : e.synonyms) {
        const std::string name = ActorName(raw);
        const auto words = Words(name);
        if (words.empty() || words.size() > 8 || (need_org_word && !HasOrgWord(words))) continue;
        add(list, name);
      }
    };
    for (const ActorEntry& e : ReadActors(cameo / "Phoenix.Countries.actors.txt")) {
      if (e.comment.find("CountryInfo") != std::string::npos) {
        person(e);
      } else if (!e.codes.empty() && e.codes[0].size() > 5) {  // "[AFG]" blocks are the countries themselves
        organisation(e, "org-institution", true);
      }
    }
    for (const ActorEntry& e : ReadActors(cameo / "Phoenix.International.actors.txt")) {
      const std::string code = e.codes.empty() ? "" : e.codes[0];
      if (code.rfind("[MNC", 0) == 0) {
        organisation(e, "org-company", false);
      } else {
        const auto words = Words(ActorName(e.name));
        const bool looks_like_person = words.size() >= 2 && words.size() <= 4 && !HasOrgWord(words) &&
                                       lists["per-first"].count(ActorName(words[0])) > 0;
        if (looks_like_person) {
          person(e);
        } else {
          organisation(e, "org-institution", false);
        }
      }
    }
    for (const ActorEntry& e : ReadActors(cameo / "Phoenix.MilNonState.actors.txt")) organisation(e, "org-institution", true);
  }

  std::error_code ec;
  fs::create_directories(out_dir, ec);
  for (const auto& [list, names] : lists) {
    std::ofstream out(fs::path(out_dir) / (list + ".txt"), std::ios::binary);
    if (!out) return Status(StatusCode::kIoError, "cannot write " + (fs::path(out_dir) / (list + ".txt")).string());
    out << "# " << list << ": " << names.size() << " names (newsgraph train ner-data; sources in ../ATTRIBUTION.md)\n";
    for (const auto& n : names) out << n << '\n';
    *description += list + ":" + std::to_string(names.size()) + " ";
  }
  return Status::Ok();
}

}  // namespace newsgraph::train
