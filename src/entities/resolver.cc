#include "entities/resolver.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "entities/acronyms.h"
#include "entities/article_tokens.h"
#include "entities/knowledge.h"
#include "entities/organizations.h"
#include "entities/roles.h"
#include "entities/token_index.h"
#include "entities/type_vote.h"
#include "entities/places.h"
#include "lang/dateline.h"
#include "lang/gazetteer.h"
#include "lang/lexicon.h"
#include "text/unicode.h"

namespace newsgraph::entities {
namespace {

using lang::Gender;
using lang::TitleWord;

bool IsAddress(TitleWord kind) { return kind == TitleWord::kStyle || kind == TitleWord::kHonorific; }

struct NameMention {
  size_t index = 0;  // into Analysis::mentions
  EntityType type = EntityType::kMisc;
  Span display;      // with honorifics: "Sir Keir Starmer"
  Span name;         // without: "Keir Starmer"
  size_t token_begin = 0, token_end = 0;  // the name's tokens
  std::vector<std::string> words;         // lower-case words of the name
  std::string key;                        // what clusters compare
  std::string canonical;                  // a canonical name from knowledge, or empty
  std::string country;
  const Metonym* metonym = nullptr;
  bool knowledge_type = false;            // the type comes from knowledge, not the tagger's vote
  Gender gender = Gender::kUnknown;       // from an honorific before the name ("Mrs Clinton")
};

struct Cluster {
  EntityType type = EntityType::kMisc;
  bool knowledge_type = false;
  std::string key;
  std::string name;
  std::vector<std::string> words;  // PERSON: the fullest name's words
  Gender gender = Gender::kUnknown;
  std::vector<EntityMention> mentions;
  std::vector<size_t> tagger_mentions;
  std::vector<Role> roles;
  std::string country;
  std::optional<double> latitude, longitude;
  std::string feature;
  std::string metonym_for;
  const Metonym* metonym = nullptr;
  bool acts = false;
  bool organization_evidence = false;  // "Varig, which ...", "Varig, Brazil's flagship airline,"
  double votes[4] = {0, 0, 0, 0};  // the tagger's votes, weighed by its confidence
  int quotes = 0;

  std::set<uint32_t> starts;  // of the mentions, for distances in O(log n)

  uint32_t first() const { return starts.empty() ? UINT32_MAX : *starts.begin(); }
  // How far back its closest mention before `offset` is (UINT32_MAX when none): ambiguous names go to the closest.
  uint32_t DistanceBefore(uint32_t offset) const {
    auto it = starts.upper_bound(offset);
    return it == starts.begin() ? UINT32_MAX : offset - *std::prev(it);
  }
  void AddRole(Role role) {
    for (Role& r : roles) {
      if (NormalizeName(r.title) == NormalizeName(role.title) && (r.of.empty() || role.of.empty() || r.of == role.of)) {
        if (r.of.empty()) {
          r.of = role.of;
          r.of_entity = role.of_entity;
        }
        r.from_knowledge = r.from_knowledge && role.from_knowledge;
        return;
      }
    }
    roles.push_back(std::move(role));
  }
};

class Resolver : private ArticleTokens {
 public:
  Resolver(std::string_view text, const Document& document, const Knowledge& knowledge, const lang::Lexicon& lexicon,
           Analysis* analysis, EntityLinks* links)
      : ArticleTokens(text, *analysis, lexicon), text_(text), document_(document), a_(*analysis), k_(knowledge),
        lex_(lexicon), links_(*links), index_(text, analysis->tokens), credits_(WireCreditSpans(text)) {}

  void Run() {
    CollectNames();
    VoteTypes();
    DefineAcronyms();
    ClusterNames();
    AddRepeatedNames();
    AddQuoteSpeakers();
    ExtractRoles();
    AddTitlesAndNominals();
    AddOfficesHeld();
    ResolvePlaces();
    Finish();
  }

 private:
  // The tagger mention whose tokens start at `token`, if any.
  const NameMention* NameStartingAt(size_t token) const {
    return token < name_by_begin_.size() && name_by_begin_[token] >= 0 ? &names_[name_by_begin_[token]] : nullptr;
  }
  const NameMention* NameEndingAt(size_t token_end) const {
    return token_end < name_by_end_.size() && name_by_end_[token_end] >= 0 ? &names_[name_by_end_[token_end]] : nullptr;
  }

  // --- 1. Names ---------------------------------------------------------------------------------------------------

  // The first name kept for a token (as emplace into a map would keep it).
  static void KeepName(std::vector<int32_t>* by_token, size_t token, size_t name) {
    if (token >= by_token->size()) by_token->resize(token + 1, -1);
    if ((*by_token)[token] < 0) (*by_token)[token] = static_cast<int32_t>(name);
  }

  void CollectNames() {
    name_by_begin_.assign(a_.tokens.size() + 1, -1);
    name_by_end_.assign(a_.tokens.size() + 1, -1);
    in_person_name_.assign(a_.tokens.size(), false);
    for (size_t i = 0; i < a_.mentions.size(); ++i) {
      const Mention& m = a_.mentions[i];
      if (InCreditLine(m.span)) continue;  // wire credit lines name the article's makers, not people in the story
      if (m.type != EntityType::kPerson &&
          IsShoutedName(k_, index_, text_, a_.tokens, TokenAtOrAfter(m.span.start), TokenEndingAt(m.span.end)))
        continue;
      NameMention n;
      n.index = i;
      n.type = m.type;
      n.token_begin = TokenAtOrAfter(m.span.start);
      n.token_end = TokenEndingAt(m.span.end);
      if (n.token_begin >= n.token_end) continue;
      // Styles and honorifics are not part of the name, whether the tagger included them or not.
      while (n.token_begin + 1 < n.token_end && IsAddress(TitleWordsStartingAt(n.token_begin, n.token_begin + 1).second))
        ++n.token_begin;
      while (n.token_end > n.token_begin + 1 && IsPossessive(n.token_end - 1)) --n.token_end;
      // Council titles and rank abbreviations are titles, not names or places: "Cllr Jane Smith" is Jane Smith,
      // "Ald." alone nothing.
      while (n.type == EntityType::kPerson && n.token_begin + 1 < n.token_end && IsTitleAbbreviation(n.token_begin))
        ++n.token_begin;
      if (n.token_end == n.token_begin + 1 && IsTitleAbbreviation(n.token_begin)) continue;
      if (n.type == EntityType::kPerson) {
        // Letters after a name ("Tom McCabe MSP", "Jane Smith QC") and a party word before a full name ("Tory
        // Dominic Grieve") are not part of it.
        while (n.token_end > n.token_begin + 1 && IsPostNominal(n.token_end - 1)) --n.token_end;
        if (n.token_end == n.token_begin + 1 && IsPostNominal(n.token_begin)) continue;  // "MSP" tagged alone
        if (n.token_end - n.token_begin >= 3 &&
            TitleKind(Lower(n.token_begin)) == TitleWord::kAffiliation)
          ++n.token_begin;
      }
      n.name = Span{a_.tokens[n.token_begin].span.start, a_.tokens[n.token_end - 1].span.end};
      n.display = n.name;
      if (n.type == EntityType::kPerson) {
        // Lower-case particles the tagger left out belong to the surname: "Ms von der Leyen".
        const size_t floor = SentenceBegin(n.token_begin);
        size_t particles = n.token_begin;
        while (particles > floor && n.token_begin - particles < 3 && !Capitalized(particles - 1) &&
               lex_.Has(Lower(particles - 1), lang::kNameParticle))
          --particles;
        if (particles < n.token_begin) {
          n.token_begin = particles;
          n.name.start = n.display.start = a_.tokens[n.token_begin].span.start;
        }
        // A style joins the mention ("Sir Keir"); a courtesy title stays outside ("Ms von der Leyen" -> "von der
        // Leyen"); both tell the gender.
        size_t b = n.token_begin;
        while (b > floor) {
          const auto [count, kind] = TitleWordsEndingAt(b, floor);
          if (!IsAddress(kind)) break;
          b -= count;
          if (n.gender == Gender::kUnknown) n.gender = lex_.GenderOf(Lower(b));
          if (kind == TitleWord::kStyle) n.display.start = a_.tokens[b].span.start;
        }
      }
      for (size_t t = n.token_begin; t < n.token_end; ++t) n.words.push_back(Lower(t));
      n.key = NormalizeName(n.name.In(text_));
      Canonicalize(&n);
      KeepName(&name_by_begin_, n.token_begin, names_.size());
      KeepName(&name_by_end_, n.token_end, names_.size());
      if (n.type == EntityType::kPerson) {
        if (n.token_end > in_person_name_.size()) in_person_name_.resize(n.token_end, false);
        for (size_t t = TokenAtOrAfter(n.display.start); t < n.token_end; ++t) in_person_name_[t] = true;
      }
      names_.push_back(std::move(n));
    }
  }

  // One type for every mention of a name in the article (entities/type_vote.h).
  void VoteTypes() {
    std::vector<NameReading> readings;
    readings.reserve(names_.size());
    for (const NameMention& n : names_) {
      NameReading r{HyphensAsSpaces(n.key), n.words, n.type, a_.mentions[n.index].confidence, n.knowledge_type};
      if (n.words.size() >= 2 && !n.knowledge_type) {  // only full names are read as persons' (type_vote.h)
        r.person_shaped = PersonShaped(k_, n.words);
        r.given_name_first = r.person_shaped && lex_.GenderOf(n.words[0]) != Gender::kUnknown;
        r.known_place = r.given_name_first && IsPlaceName(k_, n.key);
      }
      readings.push_back(std::move(r));
    }
    const std::vector<EntityType> types = VoteNameTypes(readings, OrganizationPriors::Get());
    for (size_t i = 0; i < names_.size(); ++i) names_[i].type = types[i];
  }

  // The country a possessive or an adjective just before token `begin` names: "Peru's" (up to three words before
  // "'s"), "Peruvian"; empty if none.
  std::string OwnerCountryBefore(size_t begin) const {
    if (begin >= 2 && (Word(begin - 1) == "'s" || Word(begin - 1) == "\u2019s")) {
      for (size_t words = 1; words <= 3 && words + 1 <= begin; ++words) {
        const size_t from = begin - 1 - words;
        if (!Capitalized(from)) break;
        const Span owner{a_.tokens[from].span.start, a_.tokens[begin - 2].span.end};
        if (const Country* c = k_.CountryByName(NormalizeName(owner.In(text_)))) return c->code;
      }
      return {};
    }
    if (begin >= 1 && Capitalized(begin - 1))
      if (const Country* d = k_.CountryByDemonym(NormalizeName(Word(begin - 1)))) return d->code;
    return {};
  }

  void Canonicalize(NameMention* n) {
    if (const Country* c = k_.CountryByName(n->key)) {
      n->key = "country:" + c->code;
      n->canonical = c->name;
      n->country = c->code;
      n->type = EntityType::kLocation;
      n->knowledge_type = true;
    } else if (const Organization* o = k_.OrganizationByName(n->key)) {
      n->type = EntityType::kOrganization;
      n->knowledge_type = true;
      // "Peru's Congress", "the Australian Senate": a national body the text gives another country than the listed
      // one's is that country's; a bare name later in the article is the same body ("Congress" after "Peru's
      // Congress").
      std::string owner = o->country.empty() ? std::string() : OwnerCountryBefore(n->token_begin);
      if (owner.empty())
        if (const auto it = local_bodies_.find(o->name); it != local_bodies_.end()) owner = it->second;
      if (!owner.empty() && owner != o->country) {
        local_bodies_.emplace(o->name, owner);
        n->key = "org:" + owner + ":" + n->key;
        n->country = owner;
        return;
      }
      n->key = "org:" + NormalizeName(o->name);
      n->canonical = o->name;
      n->country = o->country;
    } else if (const Metonym* m = k_.MetonymByName(n->key); m && m->building) {
      n->metonym = m;
      n->country = m->country;
      n->type = EntityType::kOrganization;
      n->knowledge_type = true;
    } else if (const Metonym* place = k_.MetonymByName(n->key)) {
      n->metonym = place;
    } else if (n->type != EntityType::kPerson) {
      if (const Country* d = k_.CountryByDemonym(n->key)) {
        n->country = d->code;
        n->type = EntityType::kMisc;
        n->knowledge_type = true;
        n->key = "demonym:" + n->key;
      }
    }
    // "Ruben Berta Foundation", "Acme Holdings plc": an organisation by its last word, whatever the tagger said.
    if (!n->knowledge_type && n->words.size() >= 2 && lex_.Has(n->words.back(), lang::kOrganizationWord)) {
      n->type = EntityType::kOrganization;
      n->knowledge_type = true;
    }
  }

  // --- 2. Clusters ------------------------------------------------------------------------------------------------

  static bool PersonNameMatches(const std::vector<std::string>& full, const std::vector<std::string>& part) {
    if (part.empty() || part.size() > full.size()) return false;
    if (std::equal(part.rbegin(), part.rend(), full.rbegin())) return true;  // "Starmer", "von der Leyen"
    if (part.size() != 1 || full.size() < 2) return false;
    if (part[0] == full[0]) return true;  // "Keir" (as in "Sir Keir")
    // A middle part of a long name: "Mujica" (José Alberto Mujica Cordano), "Sánchez" (Pedro Sánchez Pérez-Castejón).
    return full.size() >= 3 && std::find(full.begin() + 1, full.end() - 1, part[0]) != full.end() - 1;
  }

  static std::string Initials(std::string_view name) {
    std::string out;
    bool start = true;
    for (const char c : name) {
      if (c == ' ' || c == '-') {
        start = true;
        continue;
      }
      if (start && text::IsAsciiAlpha(c) && std::isupper(static_cast<unsigned char>(c))) out.push_back(c);
      start = false;
    }
    return out;
  }

  bool IsAcronym(std::string_view s) const {
    if (s.size() < 2 || s.size() > 6) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }

  size_t NewCluster(const NameMention& n) {
    Cluster c;
    c.type = n.type;
    c.knowledge_type = n.knowledge_type;
    // People are found by their words, never by key: keep their keys apart from places and organisations ("Jordan").
    c.key = (n.type == EntityType::kPerson && !n.knowledge_type ? "person:" : "") + n.key;
    c.name = n.canonical.empty() ? std::string(n.name.In(text_)) : n.canonical;
    c.words = n.words;
    c.gender = n.gender != Gender::kUnknown ? n.gender
               : n.words.size() >= 2   ? lex_.GenderOf(n.words.front())
                                       : Gender::kUnknown;
    c.country = n.country;
    c.metonym = n.metonym;
    const size_t index = clusters_.size();
    if (c.type == EntityType::kPerson && !c.words.empty()) {
      people_by_last_word_[c.words.back()].push_back(index);
      if (c.words.size() >= 2) people_by_first_word_[c.words.front()].push_back(index);
      for (size_t w = 1; w + 1 < c.words.size(); ++w) people_by_inner_word_[c.words[w]].push_back(index);
    }
    if (c.type == EntityType::kOrganization) {
      const std::string name = NormalizeName(c.name);
      const size_t space = name.rfind(' ');
      if (space != std::string::npos) organizations_by_last_word_[name.substr(space + 1)].push_back(index);
      organizations_by_initials_.emplace(Initials(c.name), index);
      if (std::string short_form = WithoutOrganizationSuffix(c.words); !short_form.empty())
        organizations_by_short_form_.emplace(std::move(short_form), index);
    }
    by_key_.emplace(c.key, index);
    clusters_.push_back(std::move(c));
    return index;
  }

  // Adds a mention to a cluster and to the index that finds clusters by position.
  void AddMention(size_t cluster, const EntityMention& m) {
    clusters_[cluster].mentions.push_back(m);
    clusters_[cluster].starts.insert(m.span.start);
    mention_index_.emplace(m.span.start, std::make_pair(m.span.end, cluster));
    longest_mention_ = std::max(longest_mention_, m.span.size());
  }

  // The person clusters whose name `words` can be part of: same last word (surname) or same first word.
  std::vector<size_t> PersonCandidates(const std::vector<std::string>& words) const {
    std::vector<size_t> out;
    if (words.empty()) return out;
    if (const auto it = people_by_last_word_.find(words.back()); it != people_by_last_word_.end()) out = it->second;
    if (words.size() == 1)
      if (const auto it = people_by_first_word_.find(words.front()); it != people_by_first_word_.end())
        out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
  }

  // The person a name is part of ("Starmer", "Keir", "Ms Chester", "Mujica"), the closest before it; SIZE_MAX when
  // none.
  size_t PersonNamed(const NameMention& n) const {
    size_t cluster = PersonNamed(n, PersonCandidates(n.words));
    if (cluster == SIZE_MAX && n.words.size() == 1)  // a middle part only when no first or last name fits
      if (const auto it = people_by_inner_word_.find(n.words[0]); it != people_by_inner_word_.end())
        cluster = PersonNamed(n, it->second);
    return cluster;
  }
  size_t PersonNamed(const NameMention& n, const std::vector<size_t>& candidates) const {
    size_t cluster = SIZE_MAX;
    uint32_t best = UINT32_MAX;
    for (const size_t c : candidates) {
      if (!PersonNameMatches(clusters_[c].words, n.words)) continue;
      const Gender g = clusters_[c].gender;
      if (n.gender != Gender::kUnknown && g != Gender::kUnknown && g != n.gender) continue;  // Mrs / Bill
      const uint32_t d = clusters_[c].DistanceBefore(n.name.start);
      if (cluster == SIZE_MAX || d < best) cluster = c, best = d;
    }
    return cluster;
  }

  // A listed organisation ("Labour", "Reuters") is never a person's lone surname.
  bool ListedOrganization(const NameMention& n) const {
    if (n.knowledge_type) return n.type == EntityType::kOrganization;
    const auto prior = OrganizationPriors::Get().Find(n.key);
    return prior && (prior->strong || n.type == EntityType::kOrganization);  // "Ford" the company, not Bill Ford
  }

  // Whether the name at `token` follows a word that makes it a place or a thing: "in Warwick", "the Chester".
  bool AfterPlaceWord(size_t token) const {
    return token > SentenceBegin(token) &&
           WordIsAny(token - 1, {"in", "at", "near", "from", "to", "into", "across", "outside", "inside", "around",
                                 "throughout", "towards", "toward", "via", "through", "of", "the", "a", "an"});
  }

  void ClusterNames() {
    std::vector<size_t> order(names_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      if (names_[x].words.size() != names_[y].words.size()) return names_[x].words.size() > names_[y].words.size();
      return names_[x].name.start < names_[y].name.start;
    });
    for (const size_t i : order) {
      const NameMention& n = names_[i];
      size_t cluster = SIZE_MAX;
      bool joined = false;  // joined an entity by a part of its name: votes for that entity's type
      if (n.type == EntityType::kPerson && !n.knowledge_type) {
        cluster = PersonNamed(n);
      } else {
        // A lone surname of a person the article names is that person, before any list: "Warwick said" after "Jane
        // Warwick", "Ms Chester" after "Lucy Chester"; not "in Warwick".
        if (n.words.size() <= 2 && !AfterPlaceWord(n.token_begin) && !ListedOrganization(n))
          joined = (cluster = PersonNamed(n)) != SIZE_MAX;
        if (cluster == SIZE_MAX)
          if (const auto it = by_key_.find(n.key); it != by_key_.end()) cluster = it->second;
        const std::string_view surface = n.name.In(text_);
        if (cluster == SIZE_MAX && IsAcronym(surface))
          if (const auto it = organizations_by_initials_.find(std::string(surface)); it != organizations_by_initials_.end())
            cluster = it->second;
      }
      // "Acme" after "Acme Corp.", "Arsenal" after "Arsenal FC"; "in Arsenal" is not the club.
      if (cluster == SIZE_MAX && n.words.size() == 1 && !AfterPlaceWord(n.token_begin))
        if (const auto it = organizations_by_short_form_.find(n.key); it != organizations_by_short_form_.end())
          cluster = it->second, joined = true;
      if (cluster == SIZE_MAX) cluster = NewCluster(n);
      AddMention(cluster, EntityMention{n.display, EntityMentionKind::kName, false});
      Cluster& c = clusters_[cluster];
      c.tagger_mentions.push_back(n.index);
      c.votes[static_cast<int>(joined ? c.type : n.type)] += VoteWeight(a_.mentions[n.index].confidence);
      mention_cluster_[n.index] = cluster;
      if (Acts(n.token_begin, n.token_end)) c.acts = true;
    }
  }

  // "the World Food Programme (WFP)": the acronym names the long form's entity wherever the article writes it. The
  // long form is the tagger's name ending before the bracket, else its words (an organisation unless known).
  void DefineAcronyms() {
    std::set<std::string_view> defined;
    for (const AcronymDefinition& d : FindAcronymDefinitions(text_, a_.tokens)) {
      if (!defined.insert(Word(d.acronym)).second) continue;  // the first definition counts
      NameMention n;
      if (d.long_end < name_by_end_.size() && name_by_end_[d.long_end] >= 0) {
        const size_t named = static_cast<size_t>(name_by_end_[d.long_end]);
        NameMention& tagged = names_[named];
        if (tagged.type == EntityType::kPerson && !tagged.knowledge_type) tagged.type = EntityType::kOrganization;
        if (tagged.token_begin > d.long_begin && !tagged.knowledge_type) {  // the tagger took less than the acronym
          tagged.token_begin = d.long_begin;                                // needs: "[Transport and] General ..."
          tagged.name.start = tagged.display.start = a_.tokens[d.long_begin].span.start;
          tagged.words.clear();
          for (size_t t = d.long_begin; t < d.long_end; ++t) tagged.words.push_back(Lower(t));
          tagged.key = NormalizeName(tagged.name.In(text_));
          KeepName(&name_by_begin_, d.long_begin, named);
        }
        n = tagged;
      } else {
        n.type = EntityType::kOrganization;
        n.name = n.display = Span{a_.tokens[d.long_begin].span.start, a_.tokens[d.long_end - 1].span.end};
        for (size_t t = d.long_begin; t < d.long_end; ++t) n.words.push_back(Lower(t));
        n.key = NormalizeName(n.name.In(text_));
        Canonicalize(&n);
        const auto known = by_key_.find(n.key);
        AddMention(known != by_key_.end() ? known->second : NewCluster(n),
                   EntityMention{n.display, EntityMentionKind::kName, false});
      }
      // The tagger's mentions of the acronym take the long form's key and type, so that they join its entity.
      const std::string_view acronym = Word(d.acronym);
      for (NameMention& m : names_) {
        if (m.name.In(text_) != acronym) continue;
        m.key = n.key;
        m.type = n.type;
        m.knowledge_type = n.knowledge_type;
        m.canonical = n.canonical;
        m.country = n.country;
      }
      acronyms_.emplace_back(std::string(acronym), n.key);
    }
  }

  // The tagger misses some repeats of what it found: every other standalone use of an entity's written name, of a
  // person's surname or of a defined acronym is a mention of it; a form two entities share is left alone, and one
  // word starting a sentence is left to the tagger ("Will", "May").
  void AddRepeatedNames() {
    NameOwners owners;
    const auto words = [&](size_t b, size_t e) {
      std::vector<std::string_view> out;
      for (size_t t = b; t < e; ++t) out.push_back(Word(t));
      return out;
    };
    for (size_t c = 0; c < clusters_.size(); ++c) {
      if (clusters_[c].type == EntityType::kMisc) continue;  // "TV", "PCs", "Budget": too loose a kind
      for (const EntityMention& m : clusters_[c].mentions) {
        const size_t b = TokenAtOrAfter(m.span.start), e = TokenEndingAt(m.span.end);
        if (m.kind != EntityMentionKind::kName || b >= e) continue;
        // One word the tagger found once is too weak a clue for more ("Best", "Free"), but for a person's name.
        if (e > b + 1 || clusters_[c].type == EntityType::kPerson || clusters_[c].tagger_mentions.size() >= 2)
          owners.Add(words(b, e), static_cast<int>(c));
        if (clusters_[c].type == EntityType::kPerson && e > b + 1) owners.Add(words(e - 1, e), static_cast<int>(c));
      }
    }
    for (const auto& [acronym, key] : acronyms_) owners.Add({acronym}, ClusterWithKey(key));
    constexpr uint32_t kCommon = lang::kDeterminer | lang::kAuxiliary | lang::kAdverb | lang::kPreposition |
                                 lang::kConjunction | lang::kWhWord | lang::kTimeWord | lang::kPersonalPronoun |
                                 lang::kNumberWord | lang::kOpener | lang::kTitle;
    owners.ForEachOccurrence(
        index_, text_, a_.tokens, [&](size_t t) { return t == SentenceBegin(t); },
        [&](std::string_view w) {  // also a title ("MP")
          const std::string lower = NormalizeName(w);
          return lex_.Has(lower, kCommon) || TitleKind(lower) != TitleWord::kNone;
        },
        [&](size_t b, size_t e, int cluster) {
          const Span span{a_.tokens[b].span.start, a_.tokens[e - 1].span.end};
          if (ClusterOverlapping(span) < 0 && !InCreditLine(span))
            AddMention(static_cast<size_t>(cluster), EntityMention{span, EntityMentionKind::kName, false});
        });
  }

  bool InCreditLine(const Span& span) const {
    // The last credit line starting before the span's end (they are sorted by start).
    const auto it = std::lower_bound(credits_.begin(), credits_.end(), span.end,
                                     [](const Span& c, uint32_t end) { return c.start < end; });
    return it != credits_.begin() && std::prev(it)->Overlaps(span);
  }

  // Whether the name at tokens [begin, end) acts or speaks: the subject of a verb at the start of a clause.
  bool Acts(size_t begin, size_t end) const {
    if (end >= a_.tokens.size() || a_.tokens[end].kind != TokenKind::kWord) return false;
    if (!lex_.Has(Lower(end), lang::kActionVerb)) return false;
    if (begin == SentenceBegin(begin)) return true;
    const std::string& before = Lower(begin - 1);
    return before == "," || before == "and" || before == "but" || a_.tokens[begin - 1].kind == TokenKind::kQuote;
  }

  // --- Quotes' speakers -------------------------------------------------------------------------------------------

  int ClusterOverlapping(const Span& span) const {
    const uint32_t from = span.start > longest_mention_ ? span.start - longest_mention_ : 0;
    for (auto it = mention_index_.lower_bound(from); it != mention_index_.end() && it->first < span.end; ++it)
      if (it->second.first > span.start) return static_cast<int>(it->second.second);
    return -1;
  }

  // A speaker the tagger missed but knowledge knows ("Downing Street said"), and pronoun speakers resolved by the
  // quotation stage.
  void AddQuoteSpeakers() {
    for (const Quote& q : a_.quotes) {
      if (!q.speaker) continue;
      if (ClusterOverlapping(*q.speaker) < 0 && !q.speaker_antecedent) {
        const std::string key = NormalizeName(q.speaker->In(text_));
        NameMention n;
        n.type = EntityType::kOrganization;
        n.key = key;
        n.name = n.display = *q.speaker;
        n.token_begin = TokenAtOrAfter(q.speaker->start);
        n.token_end = TokenEndingAt(q.speaker->end);
        Canonicalize(&n);
        if (n.knowledge_type && n.token_begin < n.token_end) {
          for (size_t t = n.token_begin; t < n.token_end; ++t) n.words.push_back(Lower(t));
          const auto known = by_key_.find(n.key);
          const size_t cluster = known != by_key_.end() ? known->second : NewCluster(n);
          AddMention(cluster, EntityMention{*q.speaker, EntityMentionKind::kName, false});
          clusters_[cluster].acts = true;
        }
      }
      if (q.speaker_antecedent) {
        const int c = ClusterOverlapping(*q.speaker_antecedent);
        if (c >= 0 && ClusterOverlapping(*q.speaker) != c)
          AddMention(c, EntityMention{*q.speaker, EntityMentionKind::kPronoun, false});
      }
    }
  }

  // --- 3. Roles from the text -------------------------------------------------------------------------------------

  // What a role is "of" when the words before a title are a country, a demonym or an organisation: returns the
  // country or organisation name and its cluster, and the number of tokens it takes (0 when none).
  struct Of {
    std::string name;
    int cluster = -1;
    size_t tokens = 0;
  };
  Of OfEndingAt(size_t end, size_t floor) const {
    Of of;
    if (end <= floor) return of;
    size_t e = end;
    const bool possessive = IsPossessive(e - 1) && e - 1 > floor;
    if (possessive) --e;  // "Britain's prime minister"
    if (const NameMention* n = NameEndingAt(e); n && n->token_begin >= floor && n->type != EntityType::kPerson) {
      of.name = NameCanonical(*n);
      of.cluster = ClusterOf(*n);
      if (n->key.rfind("demonym:", 0) == 0) {  // "Dutch Economy Minister": of the Netherlands
        const Country* c = k_.CountryByCode(n->country);
        of.name = c->name;
        of.cluster = ClusterWithKey("country:" + c->code);
      }
      of.tokens = end - n->token_begin;
      return of;
    }
    const std::string& word = Lower(e - 1);
    if (!Capitalized(e - 1)) return possessive && AttachedPossessive(e) ? NominalOf(e - 1, e) : of;  // "the company's"
    if (const Country* c = k_.CountryByName(word)) {
      of.name = c->name;
    } else if (const Country* d = k_.CountryByDemonym(word)) {
      of.name = d->name;
    } else {
      return of;
    }
    of.cluster = ClusterWithKey("country:" + (k_.CountryByName(of.name) ? k_.CountryByName(of.name)->code : ""));
    of.tokens = end - (e - 1);
    return of;
  }
  // A country named before a title that the tagger took for part of the title ("US President"): it is still a
  // mention of the country.
  void NoteCountry(Of* of, size_t end) {
    if (of->tokens != 1 || of->cluster >= 0 || end == 0) return;
    const Country* c = k_.CountryByName(Lower(end - 1));
    if (!c || NameEndingAt(end)) return;
    NameMention n;
    n.type = EntityType::kLocation;
    n.name = n.display = a_.tokens[end - 1].span;
    n.token_begin = end - 1;
    n.token_end = end;
    n.words = {Lower(end - 1)};
    n.key = n.words[0];
    Canonicalize(&n);
    const auto known = by_key_.find(n.key);
    const size_t cluster = known != by_key_.end() ? known->second : NewCluster(n);
    AddMention(cluster, EntityMention{n.display, EntityMentionKind::kName, false});
    of->cluster = static_cast<int>(cluster);
  }

  Of OfStartingAt(size_t begin, size_t ceiling) const {  // "of [the] X"
    Of of;
    // "of": "President of the European Council"; "at", "for", "with": "an epidemiologist at Imperial College"
    if (begin >= ceiling || !WordIsAny(begin, {"of", "at", "for", "with"})) return of;
    size_t b = begin + 1;
    if (b < ceiling && Lower(b) == "the") ++b;
    if (b >= ceiling) return of;
    if (const NameMention* n = NameStartingAt(b); n && n->type != EntityType::kPerson && n->token_end <= ceiling) {
      of.name = NameCanonical(*n);
      of.cluster = ClusterOf(*n);
      of.tokens = n->token_end - begin;
    } else if (const Country* c = k_.CountryByName(Lower(b)); c && Capitalized(b)) {
      of.name = c->name;
      of.cluster = ClusterWithKey("country:" + c->code);
      of.tokens = b + 1 - begin;
    } else if (b > begin + 1 && !Capitalized(b) && k_.IsGenericOrganizationNoun(Lower(b)) &&
               (b + 1 >= ceiling || a_.tokens[b + 1].kind != TokenKind::kWord)) {
      // "chief executive of the company": the one organisation the article named before
      if (const int cluster = NominalCluster(Lower(b), a_.tokens[b].span.start); cluster >= 0) {
        of.name = clusters_[cluster].name;
        of.cluster = cluster;
        of.tokens = b + 1 - begin;
      }
    }
    return of;
  }

  std::string NameCanonical(const NameMention& n) const {
    const int c = ClusterOf(n);
    return c >= 0 ? clusters_[c].name : std::string(n.name.In(text_));
  }
  int ClusterOf(const NameMention& n) const {
    const auto it = mention_cluster_.find(n.index);
    return it == mention_cluster_.end() ? -1 : static_cast<int>(it->second);
  }
  int ClusterWithKey(const std::string& key) const {
    const auto it = by_key_.find(key);
    return it == by_key_.end() ? -1 : static_cast<int>(it->second);
  }

  // Title words (qualifiers and at least one office word) ending at `end`: their start, or `end` when none.
  size_t TitleStartBefore(size_t end, size_t floor, std::vector<std::string>* words) const {
    size_t b = end;
    bool office = false;
    while (b > floor) {
      const auto [count, kind] = TitleWordsEndingAt(b, floor);
      if (kind != TitleWord::kOffice && kind != TitleWord::kQualifier) break;
      office |= kind == TitleWord::kOffice;
      b -= count;
    }
    if (!office) return end;
    for (size_t i = b; i < end; ++i) words->push_back(Lower(i));
    return b;
  }
  // Title words starting at `begin`: their end, or `begin` when none (or no office word among them).
  size_t TitleEndAfter(size_t begin, size_t ceiling, std::vector<std::string>* words) const {
    size_t e = begin;
    size_t last_office_end = begin;
    while (e < ceiling) {
      const auto [count, kind] = TitleWordsStartingAt(e, ceiling);
      if (kind != TitleWord::kOffice && kind != TitleWord::kQualifier) break;
      e += count;
      if (kind == TitleWord::kOffice) last_office_end = e;
    }
    for (size_t i = begin; i < last_office_end; ++i) words->push_back(Lower(i));
    return last_office_end;
  }

  void ExtractRoles() {
    for (const NameMention& n : names_) {
      if (n.type != EntityType::kPerson) continue;
      const int cluster = ClusterOf(n);
      if (cluster < 0 || clusters_[cluster].type != EntityType::kPerson) continue;
      const size_t floor = SentenceBegin(n.token_begin), ceiling = SentenceEnd(n.token_begin);
      size_t before = TokenAtOrAfter(n.display.start);
      // "President of the European Council Antonio Costa": title, "of", organisation, name.
      if (const NameMention* org = NameEndingAt(before); org && org->type != EntityType::kPerson && org != &n) {
        size_t b = org->token_begin;
        if (b > floor && Lower(b - 1) == "the") --b;
        if (b > floor && Lower(b - 1) == "of") {
          std::vector<std::string> words;
          const size_t start = TitleStartBefore(b - 1, floor, &words);
          if (start < b - 1) {
            clusters_[cluster].AddRole(Role{RoleTitle(words), NameCanonical(*org), ClusterOf(*org), false});
            continue;
          }
        }
      }
      // "US President Donald Trump", "Dutch Economy Minister Dirk Beljaarts", "European Commission President ...".
      std::vector<std::string> words;
      const size_t start = TitleStartBefore(before, floor, &words);
      if (start < before) {
        Of of = OfEndingAt(start, floor);
        NoteCountry(&of, start);
        clusters_[cluster].AddRole(Role{RoleTitle(words), of.name, of.cluster, false});
        continue;
      }
      // "Britain's prime minister, Keir Starmer"
      if (before > floor + 1 && Word(before - 1) == ",") {
        words.clear();
        const size_t s = TitleStartBefore(before - 1, floor, &words);
        if (s < before - 1) {
          const Of of = OfEndingAt(s, floor);
          // "The company's chief executive, X" even when the article names no company, or several; not an item of a
          // list ("the president, the vice president, Susan Rice").
          const bool the = Lower(s - 1) == "the" && !(s - 1 > floor && Word(s - 2) == ",");
          if (of.tokens > 0 || s == floor || the || (s - 1 > floor && AttachedPossessive(s - 1))) {
            clusters_[cluster].AddRole(Role{RoleTitle(words), of.name, of.cluster, false});
            continue;
          }
        }
      }
      // "Antonio Costa, President of the European Council," / "Marieke de Vries, the union's lead negotiator,"
      size_t after = n.token_end;
      if (after + 1 < ceiling && Word(after) == ",") {
        size_t b = after + 1;
        if (Lower(b) == "the" || Lower(b) == "a" || Lower(b) == "an") ++b;
        if (b >= ceiling) continue;  // "... with Varig, the" at the end of the text
        Of of;
        // "the union's": a possessive noun or name before the title
        for (size_t e = b + 1; e <= std::min(b + 4, ceiling); ++e) {
          if (e < ceiling && IsPossessive(e)) {
            of = OfEndingAt(e + 1, b);
            if (of.tokens == 0) of = NominalOf(b, e);
            if (of.tokens > 0 || !of.name.empty()) b = e + 1;
            break;
          }
        }
        if (of.tokens == 0 && of.name.empty()) {
          const Of demonym = OfEndingAt(b + 1, b);  // "Antonio Costa, the Portuguese president"
          if (demonym.tokens == 1) {
            of = demonym;
            b += 1;
          }
        }
        words.clear();
        const size_t e = TitleEndAfter(b, ceiling, &words);
        if (e > b) {
          if (of.name.empty()) of = OfStartingAt(e, ceiling);
          clusters_[cluster].AddRole(Role{RoleTitle(words), of.name, of.cluster, false});
        }
      }
    }
  }

  // A possessive ending written onto the word before it ("company's"), not a quotation mark after a comma.
  bool AttachedPossessive(size_t i) const {
    return IsPossessive(i) && i > 0 && a_.tokens[i - 1].kind == TokenKind::kWord &&
           a_.tokens[i - 1].span.end == a_.tokens[i].span.start;
  }

  // "the union's": a common noun naming an organisation of the article (its name's last word).
  Of NominalOf(size_t begin, size_t end) const {
    Of of;
    const int c = NominalCluster(Words(begin, end), a_.tokens[begin].span.start);
    if (c >= 0) {
      of.name = clusters_[c].name;
      of.cluster = c;
      of.tokens = end - begin + 1;
    }
    return of;
  }

  // The organisation a nominal phrase ("bloc", "commission", "union", "company") refers to: a listed one that the
  // article names, else the closest organisation named before whose name ends with the phrase's last word, else for
  // a generic noun ("the company") the one organisation the article has named before.
  int NominalCluster(const std::string& phrase, uint32_t offset) const {
    const std::string listed = k_.NominalOrganization(phrase);
    if (!listed.empty()) return ClusterWithKey("org:" + NormalizeName(listed));
    const size_t space = phrase.rfind(' ');
    const std::string head = space == std::string::npos ? phrase : phrase.substr(space + 1);
    int best = -1;
    if (const auto candidates = organizations_by_last_word_.find(head);
        candidates != organizations_by_last_word_.end()) {
      uint32_t best_distance = UINT32_MAX;
      for (const size_t c : candidates->second) {
        const uint32_t d = clusters_[c].DistanceBefore(offset);
        if (d < best_distance) best = static_cast<int>(c), best_distance = d;
      }
    }
    if (best < 0 && k_.IsGenericOrganizationNoun(head)) best = OnlyOrganizationBefore(offset);
    return best;
  }
  // The one organisation named before `offset`, leaving out news agencies and outlets (a wire story credits one) and
  // the buildings that stand for a government; -1 when none or several.
  int OnlyOrganizationBefore(uint32_t offset) const {
    int found = -1;
    for (size_t c = 0; c < clusters_.size(); ++c) {
      const Cluster& cl = clusters_[c];
      if (cl.type != EntityType::kOrganization || cl.metonym || cl.first() >= offset) continue;
      const auto prior = OrganizationPriors::Get().Find(HyphensAsSpaces(NormalizeName(cl.name)));
      if (prior && prior->kind == OrganizationKind::kMedia) continue;
      if (found >= 0) return -1;
      found = static_cast<int>(c);
    }
    return found;
  }

  // --- 4. Titles and nominals without a name ----------------------------------------------------------------------

  bool InsidePersonName(size_t token) const { return token < in_person_name_.size() && in_person_name_[token]; }

  void AddTitlesAndNominals() {
    for (size_t c = 0; c < clusters_.size(); ++c)
      for (const Role& r : clusters_[c].roles)
        if (!r.from_knowledge) people_by_role_[NormalizeName(r.title)].push_back(c);
    for (const Sentence& s : a_.sentences) {
      for (size_t i = s.token_begin; i + 1 < s.token_end; ++i) {
        if (!WordIs(i, "the") || InsidePersonName(i + 1)) continue;
        // "the bloc", "the continental bloc"
        if (TryNominal(i, s.token_end)) continue;
        size_t j = i + 1;
        Of of;
        if (Capitalized(j)) {  // "the German chancellor", "the US president"
          of = OfEndingAt(j + 1, j);
          if (of.tokens == 1) ++j;
          else of = Of();
        }
        std::vector<std::string> words;
        const size_t e = TitleEndAfter(j, s.token_end, &words);
        if (e == j) continue;
        size_t end = e;
        if (of.name.empty()) {
          of = OfStartingAt(e, s.token_end);
          end = e + of.tokens;
        }
        if (end < s.token_end && NameStartingAt(end) && NameStartingAt(end)->type == EntityType::kPerson) continue;
        const Span span{a_.tokens[i].span.start, a_.tokens[end - 1].span.end};
        LinkTitle(RoleTitle(words), of, span);
        i = end - 1;
      }
    }
  }

  // "the bloc", "the continental bloc": one or two words after "the" listed in data/entities/nominals.tsv.
  bool TryNominal(size_t the, size_t ceiling) {
    const uint32_t offset = a_.tokens[the].span.start;
    for (size_t n = std::min<size_t>(2, WordsStartingAt(the + 1, ceiling, 2)); n >= 1; --n) {
      const std::string phrase = Words(the + 1, the + n + 1);
      // A lower-case noun that no capitalised word follows ("the airline", not "the Airline Pilots Association").
      const bool common = !Capitalized(the + n) && (the + n + 1 >= ceiling || !Capitalized(the + n + 1));
      // ... that ends its phrase: punctuation, a word of a closed class, a possessive or a verb in "-ed" or of saying
      // follows ("the airline said", "the bank's board"; not "the airline industry", "the union faithful"), and no
      // apposition names another ("The airline, SpiceJet,").
      const size_t next = the + n + 1;
      const std::string& after = Lower(next);
      const bool ends = next >= ceiling || a_.tokens[next].kind != TokenKind::kWord || IsPossessive(next) ||
                        lex_.Has(after, lang::kDeterminer | lang::kAuxiliary | lang::kAdverb | lang::kPreposition |
                                            lang::kConjunction | lang::kWhWord | lang::kThat |
                                            lang::kReportingVerb | lang::kActionVerb) ||
                        (after.size() > 4 && after.ends_with("ed"));
      const bool apposition = next + 1 < ceiling && Word(next) == "," && Capitalized(next + 1);
      int c = -1;
      if (!k_.NominalOrganization(phrase).empty()) {
        c = NominalCluster(phrase, offset);
        if (c < 0 && n == 1 && common && ends && !apposition) c = KindOrganizationBefore(phrase, "", offset);
        if (c < 0) return false;
      } else if (n == 2 && common && ends && !apposition && k_.IsGenericOrganizationNoun(Lower(the + 2)) &&
                 !Lower(the + 1).ends_with("est") && Lower(the + 1) != "whole" && Lower(the + 1) != "only") {
        // "the paramilitary group", "the Australian airline" (not "the biggest bank": any bank)
        c = KindOrganizationBefore(Lower(the + 2), Lower(the + 1), offset);
      } else if (n == 1 && common && ends && !apposition && k_.IsGenericOrganizationNoun(phrase)) {
        c = KindOrganizationBefore(phrase, "", offset);  // "the airline"
      }
      if (c < 0) continue;
      const Span span{a_.tokens[the].span.start, a_.tokens[the + n].span.end};
      AddMention(c, EntityMention{span, EntityMentionKind::kNominal, false});
      return true;
    }
    return false;
  }

  // The organisation a generic noun (`noun`, after `modifier`: "the [paramilitary] group") stands for when the article
  // has named several: the nearest one named within kNominalReach bytes before `offset` whose name's words say it is
  // of that kind ("the airline": "Qantas Airways"; "the bank": "Deutsche Bank"; "the union": "Transport Workers
  // Union"; an armed group: "Rapid Support Forces"); -1 when none does.
  int KindOrganizationBefore(std::string_view noun, std::string_view modifier, uint32_t offset) const {
    constexpr uint32_t kNominalReach = 600;
    static constexpr std::string_view kAirline[] = {"air", "airways", "airlines", "airline"};
    static constexpr std::string_view kBank[] = {"bank", "banco", "banque"};
    static constexpr std::string_view kUnion[] = {"union", "federation", "confederation"};
    static constexpr std::string_view kArmed[] = {"forces", "front", "army", "movement", "brigade", "brigades",
                                                  "militia", "militias", "group"};
    static constexpr std::string_view kArmedModifiers[] = {"paramilitary", "rebel", "militant", "armed", "insurgent",
                                                           "jihadist", "islamist", "separatist"};
    const std::string_view* words = nullptr;
    size_t count = 0;
    auto use = [&](const auto& list) {
      words = list;
      count = std::size(list);
    };
    if (noun == "airline" || noun == "carrier") use(kAirline);
    else if (noun == "bank" || noun == "lender") use(kBank);
    else if (noun == "union") use(kUnion);
    else if ((noun == "group" || noun == "organisation" || noun == "organization") &&
             std::find(std::begin(kArmedModifiers), std::end(kArmedModifiers), modifier) != std::end(kArmedModifiers))
      use(kArmed);
    if (!words) return -1;
    int best = -1;
    uint32_t best_distance = kNominalReach;
    for (size_t c = 0; c < clusters_.size(); ++c) {
      const Cluster& cl = clusters_[c];
      if (cl.type != EntityType::kOrganization || cl.metonym) continue;
      const uint32_t d = cl.DistanceBefore(offset);
      if (d >= best_distance) continue;
      const std::string name = NormalizeName(cl.name);
      bool fits = false;
      for (size_t from = 0; from < name.size() && !fits;) {
        const size_t to = std::min(name.find(' ', from), name.size());
        fits = std::find(words, words + count, std::string_view(name).substr(from, to - from)) != words + count;
        from = to + 1;
      }
      if (fits) best = static_cast<int>(c), best_distance = d;
    }
    return best;
  }

  // "the Prime Minister": the person the article gives that role, else the office holder on the article's date
  // when the article names that person.
  void LinkTitle(const std::string& title, const Of& of, const Span& span) {
    const std::string wanted = NormalizeName(title);
    if (const auto holders = people_by_role_.find(wanted); holders != people_by_role_.end()) {
      for (const size_t c : holders->second) {
        for (const Role& r : clusters_[c].roles) {
          if (NormalizeName(r.title) != wanted || r.from_knowledge) continue;
          if (!of.name.empty() && !r.of.empty() && r.of != of.name) continue;
          AddMention(c, EntityMention{span, EntityMentionKind::kTitle, false});
          return;
        }
      }
    }
    if (!document_.date) return;
    for (const OfficeHolder* h : k_.HoldersOn(title, *document_.date)) {
      const Country* country = k_.CountryByCode(h->of);
      const std::string of_name = country ? country->name : h->of;
      if (!of.name.empty() && of.name != of_name) continue;
      const std::vector<std::string> holder_words = SplitWords(NormalizeName(h->person));
      for (const size_t c : PersonCandidates(holder_words)) {
        if (!PersonNameMatches(holder_words, clusters_[c].words) &&
            !PersonNameMatches(clusters_[c].words, holder_words))
          continue;
        AddMention(c, EntityMention{span, EntityMentionKind::kTitle, true});
        const int of_cluster =
            country ? ClusterWithKey("country:" + country->code) : ClusterWithKey("org:" + NormalizeName(h->of));
        clusters_[c].AddRole(Role{h->title, of_name, of_cluster, true});
        return;
      }
    }
  }

  // A person the article names in full who holds an office on the article's date ("Keir Starmer" in 2025, Prime
  // Minister of the United Kingdom) has that role, marked as knowledge, when the text gives them none with its
  // country or organisation: so that what they do is done by their government.
  void AddOfficesHeld() {
    if (!document_.date) return;
    const std::vector<const OfficeHolder*> holders = k_.HoldersOn(*document_.date);
    if (holders.empty()) return;
    std::unordered_multimap<std::string, size_t> people;  // full names, accents folded ("Erdogan" is "Erdoğan")
    for (size_t c = 0; c < clusters_.size(); ++c) {
      const Cluster& cluster = clusters_[c];
      if (cluster.type != EntityType::kPerson || cluster.words.size() < 2) continue;
      if (std::any_of(cluster.roles.begin(), cluster.roles.end(), [](const Role& r) { return !r.of.empty(); }))
        continue;
      std::string name;
      for (const std::string& w : cluster.words) name += (name.empty() ? "" : " ") + w;
      people.emplace(lang::NormalizeKey(name), c);
    }
    for (const OfficeHolder* h : holders) {
      const auto [first, last] = people.equal_range(lang::NormalizeKey(h->person));
      for (auto it = first; it != last; ++it) {
        const Country* country = k_.CountryByCode(h->of);
        const int of_cluster =
            country ? ClusterWithKey("country:" + country->code) : ClusterWithKey("org:" + NormalizeName(h->of));
        clusters_[it->second].AddRole(Role{h->title, country ? country->name : h->of, of_cluster, true});
      }
    }
  }

  static std::vector<std::string> SplitWords(const std::string& s) {
    std::vector<std::string> out;
    size_t pos = 0;
    while (pos < s.size()) {
      size_t space = s.find(' ', pos);
      if (space == std::string::npos) space = s.size();
      if (space > pos) out.push_back(s.substr(pos, space - pos));
      pos = space + 1;
    }
    return out;
  }

  // --- 5. Places --------------------------------------------------------------------------------------------------

  // A name the tagger took for a person is an organisation when the text says so: a relative "which" after it, or an
  // apposition headed by an organisation word ("Varig, Brazil's flagship airline, ...").
  void FindOrganizationEvidence() {
    for (const NameMention& n : names_) {
      const size_t e = n.token_end;
      if (e + 2 >= a_.tokens.size() || Word(e) != "," || SentenceEnd(e) <= e + 1) continue;
      // Not after a preposition: in "a meeting with Putin, which ended", "which" is the meeting.
      const bool after_preposition =
          n.token_begin > 0 && WordIsAny(n.token_begin - 1, {"with", "of", "to", "by", "for", "from"});
      bool evidence = WordIs(e + 1, "which") && !after_preposition;
      if (!evidence && (WordIsAny(e + 1, {"the", "a", "an"}) || IsPossessive(e + 2))) {
        // The apposition's head: its last word before a comma, a full stop or a preposition ("a member of the
        // union" is headed by "member").
        const size_t end = std::min(SentenceEnd(e), e + 8);
        size_t k = e + 1;
        while (k < end && !WordIsAny(k, {",", ".", "of", "for", "at", "in", "with", "which", "who"})) ++k;
        evidence = k > e + 2 && !Capitalized(k - 1) && lex_.Has(Lower(k - 1), lang::kOrganizationWord);
      }
      if (!evidence) continue;
      const int c = ClusterOverlapping(n.name);
      if (c >= 0) clusters_[c].organization_evidence = true;
    }
  }

  void ResolvePlaces() {
    FindOrganizationEvidence();
    for (Cluster& c : clusters_) DecideType(&c);
    // The countries the article is about: those it names, and those of the regions and demonyms it names.
    std::set<std::string> countries;
    for (const Cluster& c : clusters_) {
      if (c.key.rfind("country:", 0) == 0 || c.key.rfind("demonym:", 0) == 0) {
        countries.insert(c.country);
      } else if (c.type == EntityType::kLocation) {
        if (std::string region = k_.RegionCountry(c.name); !region.empty()) countries.insert(std::move(region));
      }
    }
    for (Cluster& c : clusters_) {
      if (c.key.rfind("country:", 0) == 0) {
        c.feature = "country";
        continue;
      }
      if (c.type == EntityType::kLocation) {
        if (k_.IsContinentOrRegion(c.name)) {
          c.feature = "region";
        } else if (const std::string region = k_.RegionCountry(c.name);
                   !region.empty() && !HasLargeCityIn(k_.CitiesByName(c.name), region)) {
          c.feature = "region";  // "California", "Ontario"; but "Washington" and "New York" are read as the cities
          c.country = region;
        } else if (const City* pick = PickCity(k_.CitiesByName(c.name), c, countries)) {
          c.feature = "city";
          c.country = pick->country;
          c.latitude = pick->latitude;
          c.longitude = pick->longitude;
          if (c.acts && !c.metonym && pick->capital) {
            if (const Country* country = k_.CountryByCode(pick->country))
              c.metonym_for = "government of " + country->name;
          }
        }
      }
      if (c.metonym && (c.metonym->building || c.acts)) {
        c.metonym_for = c.metonym->stands_for;
        if (c.country.empty()) c.country = c.metonym->country;
        if (c.metonym->building) c.type = EntityType::kOrganization;
      }
    }
  }

  // Which of the cities of a name the article means: the one in the region or country written after it ("London,
  // Ontario"), else the largest, with capitals and cities in the article's countries weighed up tenfold each; none
  // when that is a small town in a country the article does not mention.
  const City* PickCity(const std::vector<const City*>& cities, const Cluster& c,
                       const std::set<std::string>& countries) const {
    std::set<std::string> qualified;
    for (const EntityMention& m : c.mentions) {
      const size_t after = TokenEndingAt(m.span.end);
      if (after + 1 >= a_.tokens.size() || Word(after) != "," || !Capitalized(after + 1)) continue;
      if (const Country* country = k_.CountryByName(Lower(after + 1))) qualified.insert(country->code);
      const NameMention* next = NameStartingAt(after + 1);
      const std::string region =
          k_.RegionCountry(next ? std::string(next->name.In(text_)) : std::string(Word(after + 1)));
      if (!region.empty()) qualified.insert(region);
    }
    const City* best = nullptr;
    double best_score = -1;
    for (const City* city : cities) {
      if (!qualified.empty() && !qualified.count(city->country)) continue;
      double score = static_cast<double>(city->population) + 1;
      if (city->capital) score *= 10;
      if (countries.count(city->country)) score *= 10;
      if (score > best_score) best = city, best_score = score;
    }
    if (!best) return cities.empty() ? nullptr : cities.front();
    // A small town in a country the article never mentions is more likely a word than that town ("the Republic"
    // is not Republic, Missouri).
    if (qualified.empty() && !countries.count(best->country) && !best->capital && best->population < 100000)
      return nullptr;
    return best;
  }

  static bool HasLargeCityIn(const std::vector<const City*>& cities, const std::string& country) {
    return std::any_of(cities.begin(), cities.end(),
                       [&](const City* c) { return c->country == country && c->population >= 500000; });
  }

  static void DecideType(Cluster* c) {
    if (c->knowledge_type) return;
    int best = -1;
    for (int t = 0; t < 4; ++t)
      if (best < 0 || c->votes[t] > c->votes[best]) best = t;
    if (c->votes[best] > 0) c->type = static_cast<EntityType>(best);
    // Not for a name with a gender ("a meeting with Mr. Trump, which took place": "Mr.", "Donald").
    if (c->organization_evidence && c->type == EntityType::kPerson && c->gender == Gender::kUnknown)
      c->type = EntityType::kOrganization;
  }

  // --- 6. Salience, order, links ----------------------------------------------------------------------------------

  void Finish() {
    for (const Quote& q : a_.quotes) {
      if (!q.speaker) continue;
      const int c = ClusterOverlapping(*q.speaker);
      if (c >= 0) clusters_[c].quotes++;
    }
    const uint32_t first_paragraph_end = a_.paragraphs.empty() ? 0 : a_.paragraphs[0].span.end;
    double best = 0;
    std::vector<double> scores(clusters_.size());
    for (size_t c = 0; c < clusters_.size(); ++c) {
      auto& mentions = clusters_[c].mentions;
      std::sort(mentions.begin(), mentions.end(),
                [](const EntityMention& x, const EntityMention& y) { return x.span.start < y.span.start; });
      // One mention per place in the text: a name wins over a title or pronoun found at the same words.
      std::vector<EntityMention> kept;
      for (const EntityMention& m : mentions) {
        if (!kept.empty() && kept.back().span.Overlaps(m.span)) {
          if (m.kind == EntityMentionKind::kName && kept.back().kind != EntityMentionKind::kName) kept.back() = m;
          continue;
        }
        kept.push_back(m);
      }
      mentions = std::move(kept);
      double score = clusters_[c].quotes;
      for (const EntityMention& m : mentions) {
        double w = m.kind == EntityMentionKind::kName ? 1.0 : m.kind == EntityMentionKind::kTitle ? 0.8 : 0.6;
        if (m.span.start < first_paragraph_end) w *= 1.5;
        score += w;
      }
      scores[c] = score;
      best = std::max(best, score);
    }
    std::vector<size_t> order(clusters_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return clusters_[x].first() < clusters_[y].first(); });
    std::vector<int32_t> new_index(clusters_.size());
    for (size_t i = 0; i < order.size(); ++i) new_index[order[i]] = static_cast<int32_t>(i);

    a_.entities.clear();
    for (const size_t c : order) {
      Cluster& cl = clusters_[c];
      Entity e;
      e.type = cl.type;
      e.name = cl.name;
      e.mentions = std::move(cl.mentions);
      e.salience = best > 0 ? std::round(scores[c] / best * 1000) / 1000 : 0;
      for (Role r : cl.roles) {
        if (r.of_entity >= 0) r.of_entity = new_index[r.of_entity];
        e.roles.push_back(std::move(r));
      }
      e.country = cl.country;
      e.latitude = cl.latitude;
      e.longitude = cl.longitude;
      e.feature = cl.feature;
      e.metonym_for = cl.metonym_for;
      a_.entities.push_back(std::move(e));
    }
    links_.mention_entity.assign(a_.mentions.size(), -1);
    for (const auto& [mention, cluster] : mention_cluster_) links_.mention_entity[mention] = new_index[cluster];
    links_.speaker_entity.assign(a_.quotes.size(), -1);
    for (size_t q = 0; q < a_.quotes.size(); ++q)
      if (a_.quotes[q].speaker) links_.speaker_entity[q] = SpeakerEntity(a_.quotes[q], new_index);
  }

  // The entity a speaker phrase names: the one whose mention holds the phrase's head word; a name inside a phrase
  // headed by a common noun speaks only through a spokesperson ("a Labour party spokesman" is Labour; "the Liverpool
  // player" is not Liverpool).
  int32_t SpeakerEntity(const Quote& q, const std::vector<int32_t>& new_index) const {
    int c = -1;
    const size_t end = TokenEndingAt(q.speaker->end);
    const size_t head = end > 0 ? end - 1 : 0;
    if (end > 0 && a_.tokens[head].span.start >= q.speaker->start) c = ClusterOverlapping(a_.tokens[head].span);
    if (c < 0 && (end == 0 || Capitalized(head) || lex_.Has(Lower(head), lang::kSpeaksFor)))
      c = ClusterOverlapping(*q.speaker);
    if (c < 0 && q.speaker_antecedent) c = ClusterOverlapping(*q.speaker_antecedent);
    return c < 0 ? -1 : new_index[c];
  }
  std::string_view text_;
  const Document& document_;
  Analysis& a_;
  const Knowledge& k_;
  const lang::Lexicon& lex_;
  EntityLinks& links_;
  const TokenIndex index_;
  const std::vector<Span> credits_;
  std::vector<NameMention> names_;
  std::vector<int32_t> name_by_begin_, name_by_end_;  // token -> names_ index, -1 for none
  std::vector<bool> in_person_name_;  // tokens inside a person's name or its honorifics
  std::vector<Cluster> clusters_;
  std::unordered_map<std::string, size_t> by_key_;
  std::unordered_map<std::string, std::vector<size_t>> people_by_last_word_, people_by_first_word_,
      people_by_inner_word_;
  std::unordered_map<std::string, std::vector<size_t>> people_by_role_;  // text roles, by normalised title
  std::unordered_map<std::string, std::vector<size_t>> organizations_by_last_word_;
  std::unordered_map<std::string, size_t> organizations_by_initials_, organizations_by_short_form_;
  std::vector<std::pair<std::string, std::string>> acronyms_;  // defined in the article: acronym, its entity's key
  std::multimap<uint32_t, std::pair<uint32_t, size_t>> mention_index_;  // start -> (end, cluster)
  uint32_t longest_mention_ = 0;
  std::unordered_map<size_t, size_t> mention_cluster_;  // tagger mention -> cluster
  std::unordered_map<std::string, std::string> local_bodies_;  // listed body -> the country the article gave it
};

}  // namespace

void ResolveEntities(std::string_view text, const Document& document, const Knowledge& knowledge,
                     const lang::Lexicon& lexicon, Analysis* analysis, EntityLinks* links) {
  Resolver(text, document, knowledge, lexicon, analysis, links).Run();
}

void ResolveEntities(std::string_view text, const Document& document, Analysis* analysis) {
  EntityLinks links;
  ResolveEntities(text, document, Knowledge::Get(), lang::Lexicon::Get(), analysis, &links);
  PlaceEntities(text, lang::Gazetteer::Get(), lang::FindDateline(text, analysis->tokens, analysis->paragraphs),
                analysis, &links);
  ApplyEntityLinks(links, analysis);
}

void ApplyEntityLinks(const EntityLinks& links, Analysis* analysis) {
  for (size_t m = 0; m < analysis->mentions.size() && m < links.mention_entity.size(); ++m)
    analysis->mentions[m].entity = links.mention_entity[m];
  for (size_t q = 0; q < analysis->quotes.size() && q < links.speaker_entity.size(); ++q)
    analysis->quotes[q].speaker_entity = links.speaker_entity[q];
}

}  // namespace newsgraph::entities
