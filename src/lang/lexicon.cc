#include "lang/lexicon.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "text/unicode.h"
#include "util/data_file.h"
#include "util/split.h"

namespace newsgraph::lang {
namespace {

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

uint16_t VerbFlags(std::string_view letters) {
  uint16_t flags = 0;
  for (const char c : letters) {
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
  return flags;
}

TitleWord TitleWordOf(std::string_view kind) {
  static constexpr struct {
    std::string_view name;
    TitleWord kind;
  } kKinds[] = {{"style", TitleWord::kStyle},           {"honorific", TitleWord::kHonorific},
                {"office", TitleWord::kOffice},         {"qualifier", TitleWord::kQualifier},
                {"postnominal", TitleWord::kPostNominal}, {"affiliation", TitleWord::kAffiliation}};
  for (const auto& k : kKinds)
    if (k.name == kind) return k.kind;
  return TitleWord::kNone;
}

}  // namespace

const Lexicon& Lexicon::Get() {
  static const Lexicon lexicon;
  return lexicon;
}

Lexicon::Lexicon() {
  using Fields = std::vector<std::string_view>;
  util::ForEachDataRow(util::DataFile::Get("data/lang/function_words.txt"), 2, [&](const Fields& f) {
    static constexpr struct {
      std::string_view name;
      uint32_t klass;
    } kClasses[] = {{"det", kDeterminer}, {"aux", kAuxiliary},   {"adv", kAdverb},       {"prep", kPreposition},
                    {"conj", kConjunction}, {"wh", kWhWord},     {"time", kTimeWord},    {"that", kThat},
                    {"he", kPronounHe},   {"she", kPronounShe},  {"they", kPronounThey}, {"it", kPronounIt},
                    {"i", kPronounI},     {"we", kPronounWe},    {"you", kPronounYou},
                    {"particle", kNameParticle}, {"opener", kOpener}, {"number", kNumberWord}};
    for (const auto& c : kClasses)
      if (c.name == f[1]) words_.Insert(f[0]).classes |= c.klass;
  });
  util::ForEachDataRow(util::DataFile::Get("data/lang/reporting_verbs.txt"), 3, [&](const Fields& f) {
    const uint16_t flags = VerbFlags(f[1]);
    uint8_t particle = 0;
    if (f.size() > 3 && !f[3].empty()) {
      for (size_t i = 0; i < particles_.size() && !particle; ++i)
        if (particles_[i] == f[3]) particle = static_cast<uint8_t>(i + 1);
      if (!particle) {
        particles_.emplace_back(f[3]);
        particle = static_cast<uint8_t>(particles_.size());
      }
    }
    const std::vector<std::string_view> forms = util::SplitWords(f[2]);
    if (forms.empty()) return;
    for (std::string_view form : forms) {
      WordInfo& w = words_.Insert(form);
      w.classes |= kReportingVerb;
      if (w.form == VerbForm::kOther) w.form = FormOf(form, forms);
      if (!particle) {
        w.verb |= flags;
      } else if (w.phrasal_count < 4) {
        w.phrasal[w.phrasal_count++] = PhrasalUse{particle, flags};
      }
    }
  });
  util::ForEachDataLine(util::DataFile::Get("data/lang/speaker_nouns.txt"), [&](std::string_view line) {
    // word[+of][+person][+for]
    const std::vector<std::string_view> parts = util::SplitFields(line, '+');
    uint32_t classes = kSpeakerNoun;
    for (size_t k = 1; k < parts.size(); ++k) {
      if (parts[k] == "of") classes |= kSpeakerNounOf;
      if (parts[k] == "person") classes |= kPersonNoun;
      if (parts[k] == "for") classes |= kSpeaksFor;
    }
    words_.Insert(parts[0]).classes |= classes;
  });
  util::ForEachDataRow(util::DataFile::Get("data/lang/titles.tsv"), 3, [&](const Fields& f) {
    // words <TAB> entity <TAB> speaker
    const TitleWord kind = TitleWordOf(f[1]);
    if (kind != TitleWord::kNone) {
      WordInfo& w = words_.Insert(f[0]);
      if (w.title == TitleWord::kNone) w.title = kind;  // the first line for a word wins
      longest_title_words_ = std::max<size_t>(longest_title_words_, std::count(f[0].begin(), f[0].end(), ' ') + 1);
    }
    if (f[2] != "-") {
      uint32_t klass = kTitle;
      if (f[2] == "m") klass |= kMaleTitle;
      if (f[2] == "f") klass |= kFemaleTitle;
      words_.Insert(f[0]).classes |= klass;
      words_.Insert(std::string(f[0]) + ".").classes |= klass;  // "Mr." is one token
    }
  });
  util::ForEachDataRow(util::DataFile::Get("data/lang/given_names.tsv"), 2, [&](const Fields& f) {
    words_.Insert(f[0]).classes |= (f[1] == "f" ? kFemaleName : kMaleName);
  });
  util::ForEachDataLine(util::DataFile::Get("data/lang/cue_phrases.txt"), [&](std::string_view line) {
    words_.Insert(line.substr(0, line.find(' '))).classes |= kCuePhraseStart;
  });
  util::ForEachDataLine(util::DataFile::Get("data/lang/action_verbs.txt"),
                        [&](std::string_view line) { words_.Insert(line).classes |= kActionVerb; });
  util::ForEachDataLine(util::DataFile::Get("data/lang/organization_words.txt"),
                        [&](std::string_view line) { words_.Insert(line).classes |= kOrganizationWord; });
  AddClauseCues();
}

// data/lang/clause.txt: "CLASS : cue | cue of several words | ...".
void Lexicon::AddClauseCues() {
  static constexpr struct {
    std::string_view name;
    Tense tense;
    uint8_t flags;
  } kClasses[] = {{"FUTURE", Tense::kFuture, 0},      {"PAST", Tense::kPast, 0},
                  {"PRESENT", Tense::kPresent, 0},    {"NONE", Tense::kUnknown, 0},
                  {"POSSIBLE", Tense::kUnknown, kClausePossible}, {"NECESSARY", Tense::kUnknown, kClauseNecessary},
                  {"CONDITIONAL", Tense::kUnknown, kClauseConditional}, {"INTENDED", Tense::kUnknown, kClauseIntended},
                  {"NEGATION", Tense::kUnknown, kClauseNegation}, {"NEGATIVE", Tense::kUnknown, kClauseNegative}};
  std::vector<std::pair<std::string, size_t>> phrase_starts;  // first word, index into tense_cues_
  util::ForEachDataLine(util::DataFile::Get("data/lang/clause.txt"), [&](std::string_view line) {
    const size_t colon = line.find(" : ");
    if (colon == std::string_view::npos) return;
    const std::string_view name = line.substr(0, colon);
    const auto klass =
        std::find_if(std::begin(kClasses), std::end(kClasses), [&](const auto& c) { return c.name == name; });
    if (klass == std::end(kClasses)) return;
    for (std::string_view cue : util::SplitFields(line.substr(colon + 3), '|')) {
      const std::vector<std::string_view> words = util::SplitWords(cue);
      if (words.empty()) continue;
      if (klass->flags) {  // modality and polarity: single words
        clause_words_.Insert(words[0]).flags |= klass->flags;
        continue;
      }
      TenseCue& t = tense_cues_.emplace_back();
      t.words.assign(words.begin(), words.end());
      t.tense = klass->tense;
      t.not_past = name == "NONE";
      longest_tense_cue_ = std::max(longest_tense_cue_, words.size());
      if (words.size() > 1) phrase_starts.emplace_back(std::string(words[0]), tense_cues_.size() - 1);
    }
  });
  for (const TenseCue& t : tense_cues_) {  // a later line for a word overrides an earlier one
    if (t.words.size() != 1) continue;
    ClauseWord& w = clause_words_.Insert(t.words[0]);
    if (t.not_past) w.not_past = true;
    else w.tense = t.tense;
  }
  for (const auto& [first, index] : phrase_starts) clause_words_.Insert(first).phrases.push_back(&tense_cues_[index]);
  clause_words_.ForEach([](std::string_view, ClauseWord& w) {
    std::stable_sort(w.phrases.begin(), w.phrases.end(),
                     [](const TenseCue* a, const TenseCue* b) { return a->words.size() > b->words.size(); });
  });
}

Status Lexicon::Check() const {
  const WordInfo* said = Find("said");
  if (!said || !(said->classes & kReportingVerb) || !Find("according") ||
      ClassifyTitleWords("mr") == TitleWord::kNone || !Has("foundation", kOrganizationWord) ||
      !Has("confirmed", kActionVerb) || GenderOf("hillary") != Gender::kFemale ||
      !FindClauseWord("will") || FindClauseWord("will")->tense != Tense::kFuture)
    return Status(StatusCode::kCorrupt, "the English word lists (data/lang/) are missing from this build");
  return Status::Ok();
}

Gender Lexicon::GenderOf(std::string_view lower) const {
  const WordInfo* w = Find(lower);
  if (!w) return Gender::kUnknown;
  if (w->classes & (kMaleTitle | kMaleName)) return Gender::kMale;
  if (w->classes & (kFemaleTitle | kFemaleName)) return Gender::kFemale;
  return Gender::kUnknown;
}

std::string TitleCase(const std::vector<std::string>& lower_words) {
  std::string out;
  for (const std::string& w : lower_words) {
    if (!out.empty()) out += ' ';
    if (w == "of" || w == "the" || w == "and" || w == "for" || w == "on") {
      out += w;
      continue;
    }
    std::string word = w;
    if (!word.empty() && text::IsAsciiAlpha(word[0])) word[0] = static_cast<char>(std::toupper(word[0]));
    for (size_t i = 1; i + 1 < word.size(); ++i)  // "vice-president" -> "Vice-President"
      if (word[i] == '-' && text::IsAsciiAlpha(word[i + 1])) word[i + 1] = static_cast<char>(std::toupper(word[i + 1]));
    out += word;
  }
  return out;
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

}  // namespace newsgraph::lang
