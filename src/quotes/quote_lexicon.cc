#include "quotes/quote_lexicon.h"

#include <algorithm>
#include <string>
#include <vector>

#include "util/lines.h"
#include "util/split.h"

namespace newsgraph::embedded {
extern const std::string_view quote_reporting_verbs;
extern const std::string_view quote_cue_phrases;
extern const std::string_view quote_speaker_nouns;
extern const std::string_view quote_titles;
extern const std::string_view quote_function_words;
extern const std::string_view quote_first_names;
}  // namespace newsgraph::embedded

namespace newsgraph::quotes {
namespace {

// Open addressing over a power-of-two table of 64-bit slots (32 bits of hash, 32 bits of entry index), keys in
// one arena: a lookup is one hash, one probe that usually settles on the hash bits, and one comparison. The
// quotation stage looks up every word of every document, so this is its hot path.
class WordTable {
 public:
  WordInfo& Insert(std::string_view key) {
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    const uint64_t h = Hash(key);
    const size_t index = Find(key, h);
    if (slots_[index] != 0) return entries_[(slots_[index] & 0xFFFFFFFFu) - 1].info;
    entries_.push_back(Entry{static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size()), WordInfo{}});
    arena_.append(key);
    slots_[index] = (h & 0xFFFFFFFF00000000ull) | static_cast<uint32_t>(entries_.size());
    max_length_ = std::max(max_length_, key.size());
    bloom_[(h >> 26) & (kBloomBits / 64 - 1)] |= uint64_t{1} << ((h >> 20) & 63);
    return entries_.back().info;
  }

  const WordInfo* Lookup(std::string_view key) const {
    if (slots_.empty() || key.size() > max_length_) return nullptr;
    const uint64_t h = Hash(key);
    // Most words of a text are not in the lists; a 32 KB bit filter answers for them without touching the table.
    if (!(bloom_[(h >> 26) & (kBloomBits / 64 - 1)] & (uint64_t{1} << ((h >> 20) & 63)))) return nullptr;
    const uint64_t slot = slots_[Find(key, h)];
    return slot ? &entries_[(slot & 0xFFFFFFFFu) - 1].info : nullptr;
  }

 private:
  struct Entry {
    uint32_t offset, length;
    WordInfo info;
  };

  static uint64_t Hash(std::string_view key) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a, then a final mix so that the high bits are usable
    for (const char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 32);
  }

  std::string_view KeyOf(const Entry& e) const { return std::string_view(arena_).substr(e.offset, e.length); }

  // Keys are short words: a byte loop beats a call to memcmp.
  bool Equal(const Entry& e, std::string_view key) const {
    if (e.length != key.size()) return false;
    const char* k = arena_.data() + e.offset;
    for (size_t i = 0; i < key.size(); ++i)
      if (k[i] != key[i]) return false;
    return true;
  }

  size_t Find(std::string_view key, uint64_t h) const {
    const size_t mask = slots_.size() - 1;
    const uint64_t tag = h & 0xFFFFFFFF00000000ull;
    size_t i = h & mask;
    while (slots_[i] != 0) {
      if ((slots_[i] & 0xFFFFFFFF00000000ull) == tag && Equal(entries_[(slots_[i] & 0xFFFFFFFFu) - 1], key)) break;
      i = (i + 1) & mask;
    }
    return i;
  }

  void Grow() {
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
    for (uint64_t slot : old) {
      if (slot == 0) continue;
      const std::string_view key = KeyOf(entries_[(slot & 0xFFFFFFFFu) - 1]);
      slots_[Find(key, Hash(key))] = slot;
    }
  }

  static constexpr uint64_t kBloomBits = uint64_t{1} << 18;
  std::vector<Entry> entries_;
  std::vector<uint64_t> slots_;
  std::vector<uint64_t> bloom_ = std::vector<uint64_t>(kBloomBits / 64, 0);
  std::string arena_;
  size_t max_length_ = 0;
};

// The forms of a line are the base, the -s form, past forms and the -ing form, in any order and spelling.
VerbForm FormOf(std::string_view form, const std::vector<std::string_view>& forms) {
  auto listed = [&](std::string_view f) {
    for (std::string_view x : forms)
      if (x == f) return true;
    return false;
  };
  if (form == forms.front()) return VerbForm::kBase;
  if (form.size() > 4 && form.substr(form.size() - 3) == "ing") return VerbForm::kGerund;
  if (form.back() == 's') {
    const std::string_view stem = form.substr(0, form.size() - 1);
    if (listed(stem) || (stem.back() == 'e' && listed(stem.substr(0, stem.size() - 1)))) return VerbForm::kPresent3;
    if (form.size() > 3 && form.substr(form.size() - 3) == "ies" &&
        listed(std::string(form.substr(0, form.size() - 3)) + "y"))
      return VerbForm::kPresent3;
  }
  return VerbForm::kPast;
}

struct Lexicon {
  WordTable words;
  std::vector<std::string> particles;  // index + 1 is WordInfo::particle
  std::vector<std::string> phrase_storage;
  std::vector<internal::CuePhrase> phrases;

  Lexicon() {
    util::ForEachDataLine(embedded::quote_function_words, [&](std::string_view line) {
      const auto f = util::SplitFields(line, '\t');
      if (f.size() < 2) return;
      static constexpr struct {
        std::string_view name;
        uint32_t klass;
      } kClasses[] = {{"det", kDeterminer}, {"aux", kAuxiliary},   {"adv", kAdverb},       {"prep", kPreposition},
                      {"conj", kConjunction}, {"wh", kWhWord},     {"time", kTimeWord},    {"that", kThat},
                      {"he", kPronounHe},   {"she", kPronounShe},  {"they", kPronounThey}, {"it", kPronounIt},
                      {"i", kPronounI},     {"we", kPronounWe},    {"you", kPronounYou},
                      {"particle", kNameParticle}, {"opener", kOpener}, {"number", kNumberWord}};
      for (const auto& c : kClasses)
        if (c.name == f[1]) words.Insert(f[0]).classes |= c.klass;
    });
    util::ForEachDataLine(embedded::quote_reporting_verbs, [&](std::string_view line) {
      const auto f = util::SplitFields(line, '\t');
      if (f.size() < 3) return;
      uint16_t flags = 0;
      for (const char c : f[1]) {
        if (c == 'd') flags |= kVerbDirect;
        if (c == 'i') flags |= kVerbIndirect;
        if (c == 'w') flags |= kVerbWeak;
        if (c == 'o') flags |= kVerbObject;
        if (c == 't') flags |= kVerbToInf;
        if (c == 'q') flags |= kVerbQuestion;
        if (c == 'f') flags |= kVerbNaming;
        if (c == 'n') flags |= kVerbNominal;
        if (c == 'x') flags |= kVerbAlsoNoun;
        if (c == 'a') flags |= kVerbAs;
      }
      uint8_t particle = 0;
      if (f.size() > 3 && !f[3].empty()) {
        for (size_t i = 0; i < particles.size() && !particle; ++i)
          if (particles[i] == f[3]) particle = static_cast<uint8_t>(i + 1);
        if (!particle) {
          particles.emplace_back(f[3]);
          particle = static_cast<uint8_t>(particles.size());
        }
      }
      const std::vector<std::string_view> forms = util::SplitWords(f[2]);
      if (forms.empty()) return;
      for (std::string_view form : forms) {
        WordInfo& w = words.Insert(form);
        w.classes |= kReportingVerb;
        if (w.form == VerbForm::kOther) w.form = FormOf(form, forms);
        if (!particle) {
          w.verb |= flags;
        } else if (w.phrasal_count < 4) {
          w.phrasal[w.phrasal_count++] = PhrasalUse{particle, flags};
        }
      }
    });
    util::ForEachDataLine(embedded::quote_speaker_nouns, [&](std::string_view line) {
      // word[+of][+person]
      const std::vector<std::string_view> parts = util::SplitFields(line, '+');
      uint32_t classes = kSpeakerNoun;
      for (size_t k = 1; k < parts.size(); ++k) {
        if (parts[k] == "of") classes |= kSpeakerNounOf;
        if (parts[k] == "person") classes |= kPersonNoun;
      }
      words.Insert(parts[0]).classes |= classes;
    });
    util::ForEachDataLine(embedded::quote_titles, [&](std::string_view line) {
      const auto f = util::SplitFields(line, '\t');
      uint32_t klass = kTitle;
      if (f.size() > 1 && f[1] == "m") klass |= kMaleTitle;
      if (f.size() > 1 && f[1] == "f") klass |= kFemaleTitle;
      words.Insert(f[0]).classes |= klass;
      words.Insert(std::string(f[0]) + ".").classes |= klass;  // "Mr." is one token
    });
    util::ForEachDataLine(embedded::quote_first_names, [&](std::string_view line) {
      const auto f = util::SplitFields(line, '\t');
      if (f.size() < 2) return;
      words.Insert(f[0]).classes |= (f[1] == "f" ? kFemaleName : kMaleName);
    });
    util::ForEachDataLine(embedded::quote_cue_phrases, [&](std::string_view line) { phrase_storage.emplace_back(line); });
    for (const std::string& p : phrase_storage) {
      const std::string_view view = p;
      const size_t space = view.find(' ');
      const std::string_view first = view.substr(0, space);
      const std::string_view rest = space == std::string_view::npos ? std::string_view() : view.substr(space + 1);
      phrases.push_back(internal::CuePhrase{first, rest});
      words.Insert(first).classes |= kCuePhraseStart;
    }
  }
};

const Lexicon& GetLexicon() {
  static const Lexicon lexicon;
  return lexicon;
}

}  // namespace

const WordInfo* LookupWord(std::string_view lower) { return GetLexicon().words.Lookup(lower); }

std::string_view Particle(uint8_t index) {
  const auto& p = GetLexicon().particles;
  return index == 0 || index > p.size() ? std::string_view() : std::string_view(p[index - 1]);
}

bool LowerWord(std::string_view word, char* buf, size_t capacity, std::string_view* out) {
  size_t n = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    if (n >= capacity) return false;
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c >= 0x80) {
      // ’ (E2 80 99) is the typographic apostrophe of "n’t" and "’s".
      if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
          static_cast<unsigned char>(word[i + 2]) == 0x99) {
        buf[n++] = '\'';
        i += 2;
        continue;
      }
      return false;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    buf[n++] = static_cast<char>(c);
  }
  *out = std::string_view(buf, n);
  return true;
}

namespace internal {
const CuePhrase* CuePhrases(size_t* count) {
  const auto& p = GetLexicon().phrases;
  *count = p.size();
  return p.data();
}
}  // namespace internal

}  // namespace newsgraph::quotes
