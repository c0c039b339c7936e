#include "events/cameo.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <unordered_set>

#include "util/hash_map.h"
#include "events/verb_group.h"
#include "util/hash.h"
#include "util/lines.h"
#include "util/split.h"

namespace newsgraph::embedded {
extern const std::string_view events_cameo_codes;
extern const std::string_view events_cameo_verbs;
extern const std::string_view events_cameo_nouns;
}  // namespace newsgraph::embedded

namespace newsgraph::events {

// ---------------------------------------------------------------------------------------------------------------
// The code table.

Status CameoCodes::Parse(std::string_view content) {
  Status status = Status::Ok();
  util::ForEachDataLine(content, [&](std::string_view line) {
    const std::vector<std::string_view> f = util::SplitFields(line, '\t');
    if (f.size() < 7) {
      status = Status(StatusCode::kCorrupt, "bad CAMEO code line: " + std::string(line));
      return;
    }
    CameoCode c;
    c.code = std::string(f[0]);
    std::from_chars(f[1].data(), f[1].data() + f[1].size(), c.quad_class);
    c.goldstein = std::stof(std::string(f[2]));
    c.plover = std::string(f[3]);
    c.plover_mode = std::string(f[4]);
    c.plover_context = std::string(f[5]);
    c.description = std::string(f[6]);
    codes_[c.code] = std::move(c);
  });
  return status;
}

const CameoCode* CameoCodes::Find(std::string_view code) const {
  std::string c(code);
  while (c.size() >= 2) {
    if (const auto it = codes_.find(c); it != codes_.end()) return &it->second;
    c.pop_back();
  }
  return nullptr;
}

const CameoCodes& CameoCodes::Builtin() {
  static const CameoCodes* codes = [] {
    auto* c = new CameoCodes();
    (void)c->Parse(embedded::events_cameo_codes);  // compiled-in data, checked by the tests
    return c;
  }();
  return *codes;
}

namespace {

// The first entry of `table` whose key is a prefix of `code`, else `other`.
std::string ByPrefix(std::string_view code, std::initializer_list<std::pair<std::string_view, std::string_view>> table,
                     std::string_view other) {
  for (const auto& [from, to] : table)
    if (code.substr(0, from.size()) == from) return std::string(to);
  return std::string(other);
}

}  // namespace

std::string IntentCode(std::string_view code) {
  if (code.size() < 2) return std::string(code);
  const std::string_view root = code.substr(0, 2);
  auto by = [&](std::initializer_list<std::pair<std::string_view, std::string_view>> table, std::string_view other) {
    return ByPrefix(code, table, other);
  };
  if (root == "04") return "036";                                   // meet, visit, negotiate
  if (root == "05") return "032";                                   // diplomatic cooperation
  if (root == "06") return by({{"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}}, "031");
  if (root == "07") return by({{"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}}, "033");
  if (root == "08")
    return by({{"081", "0351"}, {"082", "0352"}, {"083", "034"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"},
               {"087", "0356"}},
              "035");
  if (root == "14") return "133";                                   // protest
  if (root == "16") return by({{"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"164", "134"}}, "131");
  if (root == "17") return by({{"172", "132"}, {"175", "137"}}, "130");
  if (root == "18") return "1383";
  if (root == "19") return by({{"190", "138"}, {"191", "1381"}, {"192", "1382"}}, "1384");  // 190: any force
  if (root == "20") return "1385";
  return std::string(code);
}

std::string ThreatCode(std::string_view code) {
  const std::string intent = IntentCode(code);
  return intent.rfind("13", 0) == 0 ? intent : "130";
}

std::string DemandCode(std::string_view code) {
  const std::string_view root = code.substr(0, std::min<size_t>(2, code.size()));
  if (root == "03" || root == "04") return "106";
  if (root == "05") return "102";
  if (root == "06") return ByPrefix(code, {{"061", "1011"}, {"062", "1012"}, {"063", "1013"}, {"064", "1014"}}, "101");
  if (root == "07") return ByPrefix(code, {{"071", "1031"}, {"072", "1032"}, {"073", "1033"}, {"074", "1034"}}, "103");
  if (root == "08")
    return ByPrefix(code, {{"081", "1051"}, {"082", "1052"}, {"083", "104"}, {"084", "1053"}, {"085", "1054"},
                           {"086", "1055"}, {"087", "1056"}},
                    "105");
  return "100";
}

std::string RejectCode(std::string_view code) {
  const std::string_view root = code.substr(0, std::min<size_t>(2, code.size()));
  if (root == "03") return RejectCode(code.size() > 2 && code[2] == '6' ? "04" : "06");
  if (root == "04") return "125";
  if (root == "05") return "120";
  if (root == "06") return ByPrefix(code, {{"061", "1211"}, {"062", "1212"}, {"063", "1213"}, {"064", "1214"}}, "121");
  if (root == "07") return ByPrefix(code, {{"071", "1221"}, {"072", "1222"}, {"073", "1223"}, {"074", "1224"}}, "122");
  if (root == "08")
    return ByPrefix(code, {{"081", "1241"}, {"082", "1242"}, {"083", "123"}, {"084", "1243"}, {"085", "1244"},
                           {"086", "1245"}, {"087", "1246"}},
                    "124");
  if (root == "01" || root == "02" || root == "09" || root == "10" || root == "11" || root == "12") return "120";
  return "";
}

// ---------------------------------------------------------------------------------------------------------------
// The verb dictionary and its matcher.

namespace {

// One element of a pattern (PETRARCH syntax): a word, a synonym set (&NAME), a phrase in braces ({A B}: the words
// of one noun phrase, in order), words joined by '_' (consecutive), a prepositional phrase in parentheses ((IN
// COURT): the preposition, then the words) or a marker ($ source, + target, ^ skip, % compound) that matches nothing.
struct Element {
  enum Kind : uint8_t { kWord, kSynset, kGroup, kConsecutive, kPrep, kMarker };
  Kind kind = kWord;
  std::string word;
  int synset = -1;
  std::vector<Element> children;
};

struct Pattern {
  std::vector<Element> pre, post;
  std::string code;
  int words = 0;  // literal words and synsets: the pattern's specificity
  // A pattern whose words after the verb begin with a particle or preposition ("set out views", "put off talks",
  // "take part"-like idioms of one verb) holds for the verb it was written for (`verb`, its base form) only, with
  // the particle right after it; other patterns hold for every verb of the block.
  bool idiom = false;
  // A pattern whose code is verbal where its block's is material (or the reverse) is a sense of the verb it was
  // written for: the block "explosive_destruction" (190) holds "blast" and "blow up", and "blast ... statement"
  // (111) is criticism only when "blast" says it. Such a pattern holds for `verb` alone (anywhere after it, unlike an idiom).
  bool sense = false;
  // A pattern of ours (data/events/cameo_nouns.tsv, "pattern:"): it holds for `verb` alone, before the dictionary's
  // patterns of as many words.
  bool ours = false;
  uint8_t reach = 7;  // words between the verb and the first word after it (ours may ask for fewer: 0 to 9)
  std::string verb;  // the base form of the verb the pattern was written for (its dictionary line says it)
};

struct Block {
  std::string name;
  std::string code;
  std::vector<Pattern> patterns;  // the most specific first (Pattern::words), in dictionary order among equals
  // Each pattern is filed under one word it needs (its first literal word, or every first word of its first
  // synset's phrases); patterns that need no word are tried always.
  util::WordTable<uint32_t> by_word;  // a stem -> 1 + index into anchored
  std::vector<uint32_t> unanchored;
  std::vector<std::vector<uint32_t>> anchored;  // the patterns filed under one stem
};

struct VerbEntry {
  std::vector<std::string> tokens;  // "ask", "for"
  uint32_t block = 0;
  std::string code;  // the verb's own code; empty: the block's
  std::string base;  // the base form of tokens[0] ("thought" -> "think")
  bool own_patterns = false;  // only the patterns written for this verb apply, not its block's others
  // Whether the entry codes without reading its block's patterns (CameoCoder::CodesVerb): kYes when its code and
  // every pattern of its block are codes, kNo when none is; set once the dictionaries are read.
  CameoCoder::VerbCodes codes = CameoCoder::VerbCodes::kPatterns;
};

// The base form of a verb form (the likeliest of VerbLexicon's candidates), for a pattern's verb and an entry's.
std::string BaseForm(std::string_view form) {
  std::vector<std::string> lemmas;
  VerbLexicon::Get().Lemmas(form, &lemmas);
  return lemmas.empty() ? std::string(form) : lemmas.front();
}

constexpr std::string_view kParticles[] = {"to", "for", "with", "on", "up", "out", "off", "in", "at", "by", "from",
                                           "into", "of", "over", "against", "about", "down", "back", "away",
                                           "around", "through", "part", "place"};

// A crude stem, the same for a pattern's word and the text's ("sanctions" and "sanction", "imposed" and "impose",
// "parties" and "party", "stopped" and "stop" all give one): a prefix of the word, so no copy is made.
std::string_view CrudeStem(std::string_view w) {
  // Nouns whose crude stem is another word the patterns use: "a campaign aide" is no "aid", "planes" no "plan".
  // (Asked only of a word of their lengths that starts with their letter: each comparison was a call.)
  if (w.size() >= 4 && w.size() <= 6 && (w[0] == 'a' || w[0] == 'p')) {
    if (w == "aide" || w == "aides") return "aide";
    if (w == "plane" || w == "planes") return "plane";
  }
  // Byte by byte: the suffixes are one to three letters, and a call to memcmp costs more than the comparison.
  auto ends = [&](std::string_view suffix) {
    if (w.size() <= suffix.size() + 2) return false;
    const char* tail = w.data() + w.size() - suffix.size();
    for (size_t i = 0; i < suffix.size(); ++i)
      if (tail[i] != suffix[i]) return false;
    return true;
  };
  if (ends("ing"))
    w.remove_suffix(3);
  else if (ends("ied") || ends("ies"))
    w.remove_suffix(3);
  else if (ends("ed") || ends("es"))
    w.remove_suffix(2);
  else if (ends("s") && !ends("ss"))
    w.remove_suffix(1);
  if (w.size() > 3 && (w.back() == 'e' || w.back() == 'y')) w.remove_suffix(1);
  if (w.size() > 3 && w[w.size() - 1] == w[w.size() - 2] && w.back() != 'l' && w.back() != 's') w.remove_suffix(1);
  return w;
}

// Splits "(to {banned parties})" into "(", "to", "{", "banned", "parties", "}", ")".
std::vector<std::string> PatternTokens(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) out.push_back(std::move(current));
    current.clear();
  };
  for (char c : text) {
    if (c == '(' || c == ')' || c == '{' || c == '}') {
      flush();
      out.emplace_back(1, c);
    } else if (c == ' ' || c == '\t') {
      flush();
    } else {
      current.push_back(c);
    }
  }
  flush();
  return out;
}

// The code before a ':' (the code when the actors are reversed follows it), or the whole code.
std::string_view ForwardCode(std::string_view code) { return code.substr(0, code.find(':')); }

std::pair<std::string, std::string> SplitCode(std::string_view code) {
  const size_t colon = code.find(':');
  if (colon == std::string_view::npos) return {std::string(code), ""};
  return {std::string(code.substr(0, colon)), std::string(code.substr(colon + 1))};
}

bool IsCode(std::string_view code) { return !code.empty() && code != "---"; }

}  // namespace

struct CameoCoder::Impl {
  std::unordered_map<std::string, int> synset_index;
  std::vector<std::vector<std::vector<std::string>>> synsets;  // phrases of each synset
  std::unordered_map<std::string, uint32_t> block_index;
  std::vector<Block> blocks;
  std::unordered_map<std::string, std::vector<VerbEntry>> verbs;  // by first token
  // Event nouns keyed by the hash of the word (or HashCombine of two words' hashes) -> 1 + index into noun_codes;
  // a nominalization's entry is its verb, marked by a leading '='.
  util::HashMap64<uint32_t> nouns;
  std::vector<std::string> noun_codes;
  std::vector<std::string> noun_names;
  // "context:strike\t143\tworkers union ...": an ambiguous noun coded only when one of its cue words stands within
  // kContextReach words of it (a word starting with '-' matches as a suffix: "-hour" in "48-hour"). Keyed, as
  // `nouns`, by the word's hash -> 1 + index into context_nouns (every lower-case token is looked up).
  struct ContextNoun {
    std::string noun;
    std::vector<std::pair<std::string, std::vector<std::string>>> codes;  // code, cues
  };
  util::HashMap64<uint32_t> context_index;
  std::vector<ContextNoun> context_nouns;
  static constexpr size_t kContextReach = 4;
  size_t pattern_count = 0;

  // The synset called `name`, created empty if new; "&asylum" and "asylum" are one (the compiled dictionary names
  // synsets with their '&', patterns refer to them with or without it).
  int Synset(std::string_view name) {
    if (!name.empty() && name[0] == '&') name.remove_prefix(1);
    const std::string key(name);
    if (const auto it = synset_index.find(key); it != synset_index.end()) return it->second;
    synset_index.emplace(key, static_cast<int>(synsets.size()));
    synsets.emplace_back();
    return static_cast<int>(synsets.size()) - 1;
  }

  // Parses tokens[*pos..] up to `close` (or the end) into elements.
  void ParseElements(const std::vector<std::string>& tokens, size_t* pos, char close, std::vector<Element>* out,
                     int* words) {
    while (*pos < tokens.size()) {
      const std::string& t = tokens[*pos];
      ++*pos;
      if (t.size() == 1 && t[0] == close) return;
      Element e;
      if (t == "(" || t == "{") {
        e.kind = t == "(" ? Element::kPrep : Element::kGroup;
        ParseElements(tokens, pos, t == "(" ? ')' : '}', &e.children, words);
        if (!e.children.empty()) out->push_back(std::move(e));
        continue;
      }
      if (t == ")" || t == "}") continue;  // unbalanced: ignored
      out->push_back(ParseWord(t, words));
    }
  }

  // A word, a synset, a marker, or words joined by '_'.
  Element ParseWord(std::string_view t, int* words) {
    Element e;
    if (t.find('_') != std::string_view::npos) {
      e.kind = Element::kConsecutive;
      for (std::string_view part : util::SplitFields(t, '_'))
        if (!part.empty()) e.children.push_back(ParseWord(part, words));
      if (e.children.size() == 1) return std::move(e.children[0]);
      return e;
    }
    if (t == "$" || t == "+" || t == "^" || t == "%" || t == "*") {
      e.kind = Element::kMarker;
      return e;
    }
    if (t[0] == '&') {
      e.kind = Element::kSynset;
      e.synset = Synset(t.substr(1));
      ++*words;
      return e;
    }
    e.kind = Element::kWord;
    e.word = std::string(CrudeStem(t));
    ++*words;
    return e;
  }

  // The words a pattern could be filed under (see Block::by_word).
  void Anchors(const std::vector<Element>& elements, std::vector<std::string_view>* out) const {
    for (const Element& e : elements) {
      if (!out->empty()) return;
      if (e.kind == Element::kWord) {
        out->push_back(e.word);
      } else if (e.kind == Element::kSynset) {
        if (e.synset >= 0)
          for (const auto& phrase : synsets[e.synset])
            if (!phrase.empty()) out->push_back(phrase[0]);
        if (!out->empty()) return;
      } else {
        Anchors(e.children, out);
      }
    }
  }

  Status Parse(std::string_view content) {
    Status status = Status::Ok();
    std::vector<std::pair<int, std::string>> nested;  // synset -> member synset name
    util::ForEachDataLine(content, [&](std::string_view line) {
      if (!status.ok()) return;
      const std::vector<std::string_view> f = util::SplitFields(line, '\t');
      if (f[0] == "S" && f.size() >= 3) {
        const int s = Synset(f[1]);
        if (!f[2].empty() && f[2][0] == '&') {
          nested.emplace_back(s, std::string(f[2].substr(1)));
        } else {
          std::vector<std::string> phrase;
          for (std::string_view w : util::SplitWords(f[2])) phrase.emplace_back(CrudeStem(w));
          if (!phrase.empty()) synsets[s].push_back(std::move(phrase));
        }
      } else if (f[0] == "B" && f.size() >= 3) {
        block_index[std::string(f[1])] = static_cast<uint32_t>(blocks.size());
        Block block;
        block.name = std::string(f[1]);
        block.code = std::string(f[2]);
        blocks.push_back(std::move(block));
      } else if (f[0] == "V" && f.size() >= 3) {
        const auto b = block_index.find(std::string(f[2]));
        if (b == block_index.end()) return;
        VerbEntry v;
        for (std::string_view w : util::SplitWords(f[1])) v.tokens.emplace_back(w);
        if (v.tokens.empty()) return;
        v.block = b->second;
        v.code = f.size() > 3 ? std::string(f[3]) : "";
        v.base = BaseForm(v.tokens[0]);
        verbs[v.tokens[0]].push_back(std::move(v));
      } else if ((f[0] == "P" || f[0] == "Q") && f.size() >= 5) {  // Q: a pattern of ours
        const auto b = block_index.find(std::string(f[1]));
        if (b == block_index.end()) return;
        Pattern p;
        p.code = std::string(f[4]);
        p.ours = f[0] == "Q";
        if (p.ours && f.size() > 6 && f[6].size() == 1 && std::isdigit(static_cast<unsigned char>(f[6][0])))
          p.reach = static_cast<uint8_t>(f[6][0] - '0');
        const std::vector<std::string> pre = PatternTokens(f[2]), post = PatternTokens(f[3]);
        size_t pos = 0;
        ParseElements(pre, &pos, '\0', &p.pre, &p.words);
        pos = 0;
        ParseElements(post, &pos, '\0', &p.post, &p.words);
        if (p.words == 0) return;  // a pattern of markers only says nothing the block does not
        // The verb the pattern was written for.
        if (f.size() > 5) p.verb = BaseForm(f[5].substr(0, f[5].find('_')));
        if (!p.post.empty() && p.post[0].kind == Element::kWord &&
            std::find(std::begin(kParticles), std::end(kParticles), p.post[0].word) != std::end(kParticles)) {
          p.idiom = true;
        }
        // Verbal (QuadClass 1, 3) against material (2, 4): "blast" a statement against "blow up" a bridge.
        const CameoCode* block_code = CameoCodes::Builtin().Find(ForwardCode(blocks[b->second].code));
        const CameoCode* pattern_code = CameoCodes::Builtin().Find(ForwardCode(p.code));
        if (!p.idiom && f.size() > 5 && block_code && pattern_code &&
            block_code->quad_class % 2 != pattern_code->quad_class % 2) {
          p.sense = true;
        }
        blocks[b->second].patterns.push_back(std::move(p));
        ++pattern_count;
      } else {
        status = Status(StatusCode::kCorrupt, "bad verb dictionary line: " + std::string(line));
      }
    });
    if (!status.ok()) return status;
    // Synsets inside synsets: their phrases are copied in (one level is all the dictionaries use).
    for (const auto& [s, name] : nested)
      if (const auto it = synset_index.find(name); it != synset_index.end() && it->second != s)
        for (const auto& phrase : synsets[it->second]) synsets[s].push_back(phrase);
    // An idiom's verb that is no verb of its block (the unit-test dictionaries put coders' initials there): the
    // idiom holds for every verb of the block.
    std::unordered_set<std::string> block_verbs;  // "block index\tbase form"
    for (const auto& [first, entries] : verbs)
      for (const VerbEntry& v : entries) block_verbs.insert(std::to_string(v.block) + "\t" + v.base);
    for (uint32_t b = 0; b < blocks.size(); ++b)
      for (Pattern& p : blocks[b].patterns)
        if ((p.idiom || p.sense) && !block_verbs.count(std::to_string(b) + "\t" + p.verb)) p.verb.clear();
    // Most specific first (dictionary order among equals): the first pattern that matches is the one to take.
    for (Block& block : blocks)
      std::stable_sort(block.patterns.begin(), block.patterns.end(),
                       [](const Pattern& a, const Pattern& b) { return a.words > b.words || (a.words == b.words && a.ours > b.ours); });
    std::vector<std::string_view> anchors;  // views into the patterns' words and the synsets' phrases
    for (Block& block : blocks)
      for (uint32_t k = 0; k < block.patterns.size(); ++k) {
        anchors.clear();
        Anchors(block.patterns[k].post, &anchors);
        if (anchors.empty()) Anchors(block.patterns[k].pre, &anchors);
        if (anchors.empty()) block.unanchored.push_back(k);
        std::sort(anchors.begin(), anchors.end());
        anchors.erase(std::unique(anchors.begin(), anchors.end()), anchors.end());
        for (const std::string_view a : anchors) {
          uint32_t& list = block.by_word.Insert(a);
          if (list == 0) {
            block.anchored.emplace_back();
            list = static_cast<uint32_t>(block.anchored.size());
          }
          block.anchored[list - 1].push_back(k);
        }
      }
    return Status::Ok();
  }

  // --- Matching -------------------------------------------------------------------------------------------------

  // Participles that are prepositions without an auxiliary: "according to the police", "following the deal".
  static bool PrepositionParticiple(std::string_view word) {
    static constexpr std::string_view kPrepositions[] = {"according", "following", "including", "regarding",
                                                         "concerning", "excluding", "barring", "pending",
                                                         "notwithstanding"};
    // Every word of the list ends in "ing": the others (every word of a document is asked) are none of them.
    static_assert(std::all_of(std::begin(kPrepositions), std::end(kPrepositions),
                              [](std::string_view p) { return p.ends_with("ing"); }));
    return word.ends_with("ing") &&
           std::find(std::begin(kPrepositions), std::end(kPrepositions), word) != std::end(kPrepositions);
  }

  // The verb: its form, else one of its stems, as the first word of a dictionary verb; the longest entry whose
  // other words follow (phrasal verbs: "call off", "set up") wins; *verb_end is one past its last word. The
  // dictionary entries of the word's form are remembered in the scratch (keyed by the form's 64-bit hash, which
  // stands for the form as the model's feature keys do).
  const VerbEntry* FindVerb(const std::vector<std::string_view>& lower, size_t trigger, CoderScratch* scratch,
                            size_t* verb_end, const uint64_t* hashes = nullptr) const {
    CoderScratch& cache = *scratch;
    if (cache.owner != this || cache.entries.size() > 50000) {
      cache.owner = this;
      cache.entries.Clear();
    }
    const uint64_t form = hashes ? hashes[trigger] : util::HashString(lower[trigger]);
    const void* found;
    if (const void* const* cached = cache.entries.Find(form)) {
      found = *cached;
    } else {
      std::vector<std::string>& stems = scratch->stems;
      VerbLexicon::Get().Lemmas(lower[trigger], &stems);
      found = nullptr;
      for (const std::string& stem : stems)
        if (const auto it = verbs.find(stem); it != verbs.end()) {
          found = &it->second;
          break;
        }
      cache.entries[form] = found;
    }
    const VerbEntry* verb = nullptr;
    *verb_end = trigger + 1;
    if (!found) return nullptr;
    for (const VerbEntry& v : *static_cast<const std::vector<VerbEntry>*>(found)) {
      // The particle may follow at a distance of one word ("called the talks off" is rare; "called off" common).
      size_t p = trigger + 1;
      bool ok = true;
      for (size_t k = 1; k < v.tokens.size(); ++k, ++p)
        if (p >= lower.size() || lower[p] != v.tokens[k]) ok = false;
      if (ok && (!verb || v.tokens.size() > verb->tokens.size())) {
        verb = &v;
        *verb_end = trigger + v.tokens.size();
      }
    }
    return verb;
  }

  // Per token of the sentence window: its crude stem, which a pattern word's must equal.
  using Window = CoderScratch::Window;


  // Matches element `e` exactly at `pos`; returns the end of the match or SIZE_MAX.
  size_t MatchAt(const Element& e, const Window& w, size_t pos, size_t limit) const {
    switch (e.kind) {
      case Element::kMarker:
        return pos;
      case Element::kWord:
        return pos < limit && w.Has(pos, e.word) ? pos + 1 : SIZE_MAX;
      case Element::kSynset: {
        size_t best = SIZE_MAX;
        if (e.synset < 0) return best;
        for (const auto& phrase : synsets[e.synset]) {
          size_t p = pos;
          bool ok = true;
          for (const std::string& word : phrase) {
            if (p >= limit || !w.Has(p, word)) {
              ok = false;
              break;
            }
            ++p;
          }
          if (ok && (best == SIZE_MAX || p > best)) best = p;
        }
        return best;
      }
      case Element::kConsecutive: {
        size_t p = pos;
        for (const Element& c : e.children) {
          p = MatchAt(c, w, p, limit);
          if (p == SIZE_MAX) return p;
        }
        return p;
      }
      case Element::kGroup:
      case Element::kPrep: {
        // The first child right here, the others in order with short gaps ("to the border", "{arms shipment}").
        size_t p = MatchAt(e.children[0], w, pos, limit);
        if (p == SIZE_MAX) return p;
        // A preposition heads a phrase only with an object in the clause: "to" before the next verb ("praised
        // the efforts to improve") marks an infinitive.
        if (e.kind == Element::kPrep && p >= limit) return SIZE_MAX;
        const size_t gap = e.kind == Element::kPrep ? 3 : 2;
        for (size_t c = 1; c < e.children.size(); ++c) {
          p = Find(e.children[c], w, p, std::min(limit, p + gap + 1), limit);
          if (p == SIZE_MAX) return p;
        }
        return p;
      }
    }
    return SIZE_MAX;
  }

  // Finds element `e` starting in [from, last_start); returns the end of the first match or SIZE_MAX.
  size_t Find(const Element& e, const Window& w, size_t from, size_t last_start, size_t limit) const {
    if (e.kind == Element::kMarker) return from;
    for (size_t p = from; p < last_start && p < limit; ++p)
      if (const size_t end = MatchAt(e, w, p, limit); end != SIZE_MAX) return end;
    return SIZE_MAX;
  }

  // All elements in order from `from`: the first within `first_gap` tokens, the next within `gap` of the previous.
  bool MatchSequence(const std::vector<Element>& elements, const Window& w, size_t from, size_t limit,
                     size_t first_gap, size_t gap) const {
    size_t p = from;
    bool first = true;
    for (const Element& e : elements) {
      if (e.kind == Element::kMarker) continue;
      const size_t end = Find(e, w, p, p + (first ? first_gap : gap) + 1, limit);
      if (end == SIZE_MAX) return false;
      p = end;
      first = false;
    }
    return true;
  }
};

CameoCoder::CameoCoder() : impl_(std::make_unique<Impl>()) {}
CameoCoder::~CameoCoder() = default;

StatusOr<std::unique_ptr<CameoCoder>> CameoCoder::Create(std::string_view verbs, std::string_view nouns) {
  std::unique_ptr<CameoCoder> coder(new CameoCoder());
  // "pattern:exclude\tadoption\t129\tblock": a pattern of ours for a block of the verb dictionary (the words after
  // the verb, the code, the verb it is written for; a fifth field 0 to 9: the words between the verb and them),
  // read with the dictionary's own.
  std::string patterns;
  util::ForEachDataLine(nouns, [&](std::string_view line) {
    if (!line.starts_with("pattern:")) return;
    const std::vector<std::string_view> f = util::SplitFields(line.substr(8), '\t');
    if (f.size() != 4 && f.size() != 5) return;
    patterns.append("Q\t").append(f[0]).append("\t\t").append(f[1]).append("\t").append(f[2]).append("\t").append(f[3]);
    if (f.size() == 5) patterns.append("\t").append(f[4]);
    patterns += '\n';
  });
  NEWSGRAPH_RETURN_IF_ERROR(coder->impl_->Parse(patterns.empty() ? verbs : std::string(verbs) + "\n" + patterns));
  Status status = Status::Ok();
  std::unordered_map<std::string, std::string> own_codes;  // "verb:think\t---": a verb's own code
  std::unordered_set<std::string> own_patterns;              // "own:say\tpatterns": only its own patterns
  util::ForEachDataLine(nouns, [&](std::string_view line) {
    const std::vector<std::string_view> f = util::SplitFields(line, '\t');
    if (f.size() < 2) {
      status = Status(StatusCode::kCorrupt, "bad event noun line: " + std::string(line));
      return;
    }
    Impl& m = *coder->impl_;
    if (f[0].starts_with("pattern:")) {
      if (f.size() != 4 && f.size() != 5)
        status = Status(StatusCode::kCorrupt, "bad verb pattern line: " + std::string(line));
      return;
    }
    if (f[0].starts_with("context:")) {
      if (f.size() != 3 || f[0].size() == 8) {
        status = Status(StatusCode::kCorrupt, "bad context noun line: " + std::string(line));
        return;
      }
      const std::string_view noun = f[0].substr(8);
      uint32_t& index = m.context_index[util::HashString(noun)];
      if (index == 0) {
        m.context_nouns.push_back({std::string(noun), {}});
        index = static_cast<uint32_t>(m.context_nouns.size());
      }
      std::vector<std::string> cues;
      for (std::string_view w : util::SplitWords(f[2])) cues.emplace_back(w);
      m.context_nouns[index - 1].codes.emplace_back(std::string(f[1]), std::move(cues));
      return;
    }
    if (f[0].starts_with("own:")) {
      if (f.size() != 2 || f[1] != "patterns" || f[0].size() == 4) {
        status = Status(StatusCode::kCorrupt, "bad own-patterns line: " + std::string(line));
        return;
      }
      own_patterns.insert(std::string(f[0].substr(4)));
      return;
    }
    if (f[0].rfind("verb:", 0) == 0) {  // the verb's code alone, in place of the dictionary's
      own_codes[std::string(f[0].substr(5))] = std::string(f[1]);
      // "verb:urge\t020\tdemand": a verb the dictionary lacks, added to the block whose patterns were written for
      // it.
      if (f.size() > 2 && !f[2].empty()) {
        const auto b = m.block_index.find(std::string(f[2]));
        const std::vector<std::string_view> words = util::SplitWords(f[0].substr(5));
        if (b == m.block_index.end() || words.empty()) {
          status = Status(StatusCode::kCorrupt, "unknown verb block: " + std::string(line));
          return;
        }
        if (m.verbs.count(std::string(words[0]))) return;  // the dictionary has it: its own code only
        VerbEntry v;
        for (std::string_view w : words) v.tokens.emplace_back(w);
        v.block = b->second;
        v.code = std::string(f[1]);
        v.base = std::string(words[0]);
        m.verbs[v.tokens[0]].push_back(std::move(v));
      }
      return;
    }
    const std::vector<std::string_view> words = util::SplitWords(f[0]);
    if (words.empty() || words.size() > 2) {
      status = Status(StatusCode::kCorrupt, "bad event noun (one or two words): " + std::string(line));
      return;
    }
    const uint64_t key = words.size() == 1 ? util::HashString(words[0])
                                           : util::HashCombine(util::HashString(words[0]), util::HashString(words[1]));
    m.noun_codes.emplace_back(f[1]);
    m.noun_names.emplace_back(f[0]);
    m.nouns[key] = static_cast<uint32_t>(m.noun_codes.size());
  });
  if (!status.ok()) return status;
  // Every form of such a verb in the dictionary ("thought" as well as "think", "walked out" as "walk out").
  if (!own_codes.empty() || !own_patterns.empty()) {
    std::vector<std::string> lemmas;
    for (auto& [first, entries] : coder->impl_->verbs) {
      VerbLexicon::Get().Lemmas(first, &lemmas);
      lemmas.push_back(first);
      for (VerbEntry& v : entries)
        for (const std::string& lemma : lemmas) {
          std::string key = lemma;
          for (size_t k = 1; k < v.tokens.size(); ++k) key += " " + v.tokens[k];
          if (const auto it = own_codes.find(key); it != own_codes.end()) v.code = it->second;
          if (own_patterns.count(key)) v.own_patterns = true;
        }
    }
  }
  // Which entries code whatever the words around them (CodesVerb): CodeVerb takes the entry's code (or its block's),
  // or the code of one of the block's patterns, and codes when that has a forward or a reverse code.
  auto codes = [](std::string_view code) {
    const auto [forward, reverse] = SplitCode(code);
    return IsCode(forward) || IsCode(reverse);
  };
  for (auto& [first, entries] : coder->impl_->verbs)
    for (VerbEntry& v : entries) {
      const Block& block = coder->impl_->blocks[v.block];
      const bool own = codes(!v.code.empty() ? v.code : block.code);
      size_t coding_patterns = 0;
      for (const Pattern& p : block.patterns) coding_patterns += codes(p.code);
      if (own && coding_patterns == block.patterns.size()) v.codes = VerbCodes::kYes;
      if (!own && coding_patterns == 0) v.codes = VerbCodes::kNo;
    }
  return coder;
}

const CameoCoder& CameoCoder::Builtin() {
  static const CameoCoder* coder = [] {
    auto created = Create(embedded::events_cameo_verbs, embedded::events_cameo_nouns);
    // Compiled-in data, checked by the tests: an error here is a build defect, and an empty coder codes nothing.
    return created.ok() ? created->release() : new CameoCoder();
  }();
  return *coder;
}

size_t CameoCoder::verb_forms() const {
  size_t n = 0;
  for (const auto& [w, entries] : impl_->verbs) n += entries.size();
  return n;
}

size_t CameoCoder::patterns() const { return impl_->pattern_count; }

std::optional<Coding> CameoCoder::CodeVerb(const std::vector<std::string_view>& lower, size_t trigger,
                                           size_t group_begin, size_t clause_end, CoderScratch* scratch) const {
  const Impl& m = *impl_;
  if (trigger >= lower.size()) return std::nullopt;
  if (group_begin == trigger && Impl::PrepositionParticiple(lower[trigger])) return std::nullopt;
  clause_end = std::min(clause_end, lower.size());
  size_t verb_end;
  const VerbEntry* verb = m.FindVerb(lower, trigger, scratch, &verb_end);
  if (!verb) return std::nullopt;
  const Block& block = m.blocks[verb->block];
  Coding coding;
  coding.verb_end = static_cast<uint32_t>(verb_end);
  coding.block = block.name;
  std::string code = !verb->code.empty() ? verb->code : block.code;

  if (!block.patterns.empty()) {
    // The window: up to 8 words before the verb group, up to 14 after the verb.
    CoderScratch::Window& w = scratch->window;
    w.first = group_begin > 8 ? group_begin - 8 : 0;
    const size_t last = std::min(clause_end, verb_end + 14);
    w.stems.assign(last > w.first ? last - w.first : 0, std::string_view());
    for (size_t t = w.first; t < last; ++t)
      if (t < group_begin || t >= verb_end) w.stems[t - w.first] = CrudeStem(lower[t]);
    // Candidate patterns: those filed under a word of the window, and the unanchored ones.
    std::vector<uint32_t>& candidates = scratch->candidates;
    candidates = block.unanchored;
    for (std::string_view stem : w.stems) {
      if (stem.empty()) continue;
      if (const uint32_t* list = block.by_word.Find(stem))
        candidates.insert(candidates.end(), block.anchored[*list - 1].begin(), block.anchored[*list - 1].end());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    // A verb with a code of its own under another root than its block's ("walk out" 143 among the verbs of going
    // somewhere, 040) is not what the block's other verbs' patterns were written for: only its own patterns apply
    // ("will walk out for 48 hours" is no intent to meet). A verb that codes nothing alone ("give" ---) keeps them.
    // A verb of saying takes a clause, not the object its block's other verbs' patterns were written for ("said there
    // were no plans" is no "announced plans"): only its own patterns apply (data/events/cameo_nouns.tsv, "own:").
    const bool own_root = verb->own_patterns || (IsCode(verb->code) && IsCode(block.code) &&
                                                 verb->code.compare(0, 2, block.code, 0, 2) != 0);
    // Candidates are in the block's order, most specific first: the first that matches is the best.
    const Pattern* best = nullptr;
    for (uint32_t k : candidates) {
      const Pattern& p = block.patterns[k];
      if ((p.idiom || p.sense || p.ours || own_root) && !p.verb.empty() && p.verb != verb->base) continue;
      if (!p.post.empty() && !m.MatchSequence(p.post, w, verb_end, last, p.idiom ? 0 : p.reach, 5)) continue;
      if (!p.pre.empty() && !m.MatchSequence(p.pre, w, w.first, group_begin, 8, 8)) continue;
      best = &p;
      break;
    }
    if (best) {
      code = best->code;
      coding.pattern_words = best->words;
      // "take part", "come (to)": a particle or a preposition with no object words.
      coding.particle = best->words == 1 && best->pre.empty() &&
                        (best->idiom || (best->post.size() == 1 && best->post[0].kind == Element::kPrep &&
                                         best->post[0].children.size() == 1));
    }
  }
  auto [forward, reverse] = SplitCode(code);
  if (!IsCode(forward) && !IsCode(reverse)) return std::nullopt;
  coding.code = IsCode(forward) ? forward : "";
  coding.reverse = IsCode(reverse) ? reverse : "";
  return coding;
}

CameoCoder::VerbCodes CameoCoder::CodesVerb(const std::vector<std::string_view>& lower, size_t trigger,
                                            size_t group_begin, CoderScratch* scratch,
                                            const uint64_t* hashes) const {
  const Impl& m = *impl_;
  if (trigger >= lower.size()) return VerbCodes::kNo;
  if (group_begin == trigger && Impl::PrepositionParticiple(lower[trigger])) return VerbCodes::kNo;
  size_t verb_end;
  const VerbEntry* verb = m.FindVerb(lower, trigger, scratch, &verb_end, hashes);
  return verb ? verb->codes : VerbCodes::kNo;
}

namespace {

// Whether `word` is a count with the unit `suffix` ("48-hour", "three-day" for "-hour", "-day"); not "half-an-hour".
bool CountedSuffix(std::string_view word, std::string_view suffix) {
  if (word.size() <= suffix.size() || !word.ends_with(suffix)) return false;
  const std::string_view count = word.substr(0, word.size() - suffix.size());
  static constexpr std::string_view kCounts[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                 "ten", "twelve"};
  return std::all_of(count.begin(), count.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
         std::find(std::begin(kCounts), std::end(kCounts), count) != std::end(kCounts);
}

}  // namespace

std::optional<Coding> CameoCoder::CodeNoun(const std::vector<std::string_view>& lower, size_t trigger,
                                           CoderScratch* scratch, const uint64_t* hashes) const {
  const Impl& m = *impl_;
  if (trigger >= lower.size()) return std::nullopt;
  // A noun that only modifies the people or the vehicles after it names no event: "aid workers", "an aid flotilla",
  // "attack helicopters", "protest leaders", "aid trucks".
  static constexpr std::string_view kModifiedHeads[] = {"worker", "workers", "official", "officials", "leader",
                                                        "leaders", "organiser", "organisers", "organizer", "organizers",
                                                        "agency", "agencies", "group", "groups", "organisation",
                                                        "organisations", "organization", "organizations", "helicopter",
                                                        "helicopters", "aircraft", "jet", "jets", "ship", "ships",
                                                        "flotilla", "convoy", "convoys", "truck", "trucks", "lorry",
                                                        "lorries", "vehicle", "vehicles", "boat", "boats", "dog",
                                                        "dogs"};
  auto modifier = [&] {  // asked only of a noun the tables code (every token of a document is asked for a code)
    return trigger + 1 < lower.size() && std::find(std::begin(kModifiedHeads), std::end(kModifiedHeads),
                                                   lower[trigger + 1]) != std::end(kModifiedHeads);
  };
  // Two-word entries first ("air strike", "peace talks"), then the word itself.
  const uint64_t word = hashes ? hashes[trigger] : util::HashString(lower[trigger]);
  const uint32_t* entry = nullptr;
  int words = 1;
  if (trigger > 0) {
    entry = m.nouns.Find(
        util::HashCombine(hashes ? hashes[trigger - 1] : util::HashString(lower[trigger - 1]), word));
    words = 2;
  }
  if (!entry) {
    entry = m.nouns.Find(word);
    words = 1;
  }
  if (!entry) {
    const uint32_t* index = m.context_index.Find(word);
    if (!index || modifier()) return std::nullopt;
    const Impl::ContextNoun& noun = m.context_nouns[*index - 1];
    const size_t from = trigger > Impl::kContextReach ? trigger - Impl::kContextReach : 0;
    const size_t to = std::min(lower.size(), trigger + Impl::kContextReach + 1);
    for (const auto& [code, cues] : noun.codes)
      for (size_t t = from; t < to; ++t)
        if (t != trigger && std::any_of(cues.begin(), cues.end(), [&](const std::string& cue) {
              return cue[0] == '-' ? CountedSuffix(lower[t], cue) : lower[t] == cue;
            }))
          return Coding{code, "", noun.noun, 1, static_cast<uint32_t>(trigger + 1)};
    return std::nullopt;
  }
  if (modifier()) return std::nullopt;
  const std::string& code = m.noun_codes[*entry - 1];
  if (code.empty() || code[0] != '=')
    return Coding{code, "", m.noun_names[*entry - 1], words, static_cast<uint32_t>(trigger + 1)};
  // A nominalization is coded as its verb, its "of" phrase read as the verb's object: the words around the noun
  // (as far as CodeVerb's window reaches) with the verb in its place.
  constexpr size_t kBefore = 8, kAfter = 20;
  const size_t from = trigger > kBefore ? trigger - kBefore : 0;
  const size_t skip = trigger + 1 < lower.size() && lower[trigger + 1] == "of" ? 2 : 1;
  const size_t to = std::min(lower.size(), trigger + skip + kAfter);
  std::vector<std::string_view>& rewritten = scratch->rewritten;
  rewritten.assign(lower.begin() + static_cast<std::ptrdiff_t>(from), lower.begin() + static_cast<std::ptrdiff_t>(trigger));
  rewritten.push_back(std::string_view(code).substr(1));
  if (trigger + skip < to)
    rewritten.insert(rewritten.end(), lower.begin() + static_cast<std::ptrdiff_t>(trigger + skip),
                     lower.begin() + static_cast<std::ptrdiff_t>(to));
  auto coding = CodeVerb(rewritten, trigger - from, trigger - from, rewritten.size(), scratch);
  if (coding) coding->verb_end = static_cast<uint32_t>(trigger + 1);
  return coding;
}

}  // namespace newsgraph::events
