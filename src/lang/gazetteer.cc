#include "lang/gazetteer.h"

#include <utf8proc.h>
#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <optional>

namespace newsgraph::embedded {
extern const std::string_view places_gazetteer;  // data/places/gazetteer.bin, stored (src/lang/gazetteer_data.cc)
}  // namespace newsgraph::embedded

namespace newsgraph::lang {
namespace {

constexpr char kMagic[8] = {'N', 'G', 'G', 'A', 'Z', 'E', 'T', 'R'};
constexpr uint32_t kVersion = 2;  // 2: counties and areas inside countries (PlaceKind::kAdmin2, kRegion)
constexpr size_t kHeaderSize = 24;
constexpr size_t kMaxPayload = 256u << 20;  // far above the real file; guards the allocation

uint32_t ReadU32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

Status Corrupt(const std::string& what) { return Status(StatusCode::kCorrupt, "gazetteer: " + what); }

// Letters NFKD does not split into a base letter and a mark; the same table as FOLD in build_gazetteer.py.
std::string_view FoldLetter(char32_t c) {
  switch (c) {
    case U'ø': return "o";
    case U'ł': return "l";
    case U'đ': return "d";
    case U'æ': return "ae";
    case U'œ': return "oe";
    case U'ı': return "i";
    case U'þ': return "th";
    case U'ð': return "d";
    case U'ħ': return "h";
    default: return {};
  }
}

bool IsDropped(char32_t c) { return c == '.' || c == '\'' || c == U'\u2019' || c == U'\u2018' || c == '`'; }

// Words written short in place names, spelled out as the build script does.
std::string_view Expand(std::string_view word) {
  if (word == "st") return "saint";
  if (word == "ste") return "sainte";
  if (word == "mt") return "mount";
  if (word == "ft") return "fort";
  return word;
}

void AppendUtf8(char32_t c, std::string* out) {
  char buffer[4];
  const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), reinterpret_cast<utf8proc_uint8_t*>(buffer));
  out->append(buffer, static_cast<size_t>(n));
}

}  // namespace

namespace {

// NormalizeKey of an ASCII name (most names), in one pass and one string: what the general pass below makes of
// ASCII, without utf8proc (letters lowered and digits kept, full stops, apostrophes and backquotes dropped, anything
// else a space), each word spelled out as it ends and a leading "the" dropped when a second word starts. Returns
// false, `out` unspecified, at the first byte that is not ASCII.
bool NormalizeAsciiKey(std::string_view name, std::string* out) {
  out->clear();
  out->reserve(name.size() + 3);  // "st" -> "saint" grows a word by three
  size_t words = 0, word_start = 0;
  bool in_word = false;
  auto end_word = [&] {
    const std::string_view word = Expand(std::string_view(*out).substr(word_start));
    if (word.data() != out->data() + word_start)  // spelled out: a literal
      out->replace(word_start, std::string::npos, word);
    ++words;
    in_word = false;
  };
  for (const char c : name) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    if (c == '.' || c == '\'' || c == '`') continue;
    char lower;
    if (c >= 'A' && c <= 'Z') {
      lower = static_cast<char>(c + 32);
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      lower = c;
    } else {
      if (in_word) end_word();
      continue;
    }
    if (!in_word) {
      if (words == 1 && *out == "the") out->clear();
      if (!out->empty()) *out += ' ';
      word_start = out->size();
      in_word = true;
    }
    *out += lower;
  }
  if (in_word) end_word();
  return true;
}

}  // namespace

std::string NormalizeKey(std::string_view name) {
  // Fold to lower case without marks, dropping or spacing punctuation: ASCII in one pass (NormalizeAsciiKey),
  // anything else through utf8proc (NFKD, marks stripped, case folded), then a pass over its characters.
  if (std::string key; NormalizeAsciiKey(name, &key)) return key;
  std::string spaced;
  {
    std::string folded;
    utf8proc_uint8_t* mapped = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                                static_cast<utf8proc_ssize_t>(name.size()), &mapped,
                                static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                                                               UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
    if (n < 0) return {};  // not UTF-8: no key
    folded.assign(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
    std::free(mapped);
    spaced.reserve(folded.size());
    for (size_t i = 0; i < folded.size();) {
      utf8proc_int32_t c = 0;
      const auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(folded.data() + i),
                                        static_cast<utf8proc_ssize_t>(folded.size() - i), &c);
      if (len <= 0) return {};
      i += static_cast<size_t>(len);
      const char32_t ch = static_cast<char32_t>(c);
      if (IsDropped(ch)) continue;
      if (const std::string_view f = FoldLetter(ch); !f.empty()) {
        spaced += f;
        continue;
      }
      const auto category = utf8proc_category(c);
      const bool alnum = (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
                         (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO);
      if (alnum) {
        AppendUtf8(ch, &spaced);
      } else {
        spaced += ' ';
      }
    }
  }
  // Words: spelled out, single spaces, no leading "the" when more words follow.
  std::string out;
  out.reserve(spaced.size());
  size_t words = 0;
  for (size_t i = 0; i < spaced.size();) {
    while (i < spaced.size() && spaced[i] == ' ') ++i;
    size_t j = i;
    while (j < spaced.size() && spaced[j] != ' ') ++j;
    if (j == i) break;
    const std::string_view word = Expand(std::string_view(spaced).substr(i, j - i));
    if (words == 1 && out == "the") out.clear();
    if (!out.empty()) out += ' ';
    out += word;
    ++words;
    i = j;
  }
  return out;
}

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRadians = 3.14159265358979323846 / 180;
  const double dlat = (lat2 - lat1) * kRadians, dlon = (lon2 - lon1) * kRadians;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRadians) * std::cos(lat2 * kRadians) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

StatusOr<Gazetteer> Gazetteer::Load(std::string_view file) { return Open(file, /*in_place=*/false); }
StatusOr<Gazetteer> Gazetteer::LoadInPlace(std::string_view file) { return Open(file, /*in_place=*/true); }

StatusOr<Gazetteer> Gazetteer::Open(std::string_view file, bool in_place) {
  if constexpr (std::endian::native != std::endian::little) {
    return Status(StatusCode::kInternal, "gazetteer: only little-endian machines are supported");
  }
  if (file.size() < kHeaderSize || std::memcmp(file.data(), kMagic, 8) != 0) return Corrupt("not a gazetteer file");
  const uint32_t version = ReadU32(file.data() + 8);
  if (version != kVersion) {
    return Status(StatusCode::kVersionMismatch,
                  "gazetteer: format version " + std::to_string(version) + ", expected " + std::to_string(kVersion));
  }
  const uint32_t payload_size = ReadU32(file.data() + 12), crc = ReadU32(file.data() + 16),
                 compressed = ReadU32(file.data() + 20);
  if (payload_size > kMaxPayload) return Corrupt("sizes do not match");

  Gazetteer g;
  const char* p = nullptr;
  bool checked = false;  // read in place: its CRC checked before
  if (compressed == 0) {  // stored: the payload follows the header
    if (file.size() - kHeaderSize != payload_size) return Corrupt("sizes do not match");
    const char* stored = file.data() + kHeaderSize;
    if (in_place && reinterpret_cast<uintptr_t>(stored) % 8 == 0) {
      p = stored;
      checked = true;
    } else {
      g.payload_.reset(new char[payload_size]);
      std::memcpy(g.payload_.get(), stored, payload_size);
      p = g.payload_.get();
    }
  } else {
    if (compressed != file.size() - kHeaderSize) return Corrupt("sizes do not match");
    g.payload_.reset(new char[payload_size]);  // every byte inflated into: no zeros first
    // A zlib stream (its Adler-32 checked as it inflates), inflated by ISA-L in one call: about a quarter of zlib's
    // instructions (the library's own gazetteer is inflated at build time instead: it was most of the process start).
    const auto state = std::make_unique<inflate_state>();  // tens of KB: not on a worker's stack
    inflate_state& inflater = *state;
    isal_inflate_init(&inflater);
    inflater.crc_flag = ISAL_ZLIB;
    inflater.next_in = reinterpret_cast<uint8_t*>(const_cast<char*>(file.data() + kHeaderSize));
    inflater.avail_in = compressed;
    inflater.next_out = reinterpret_cast<uint8_t*>(g.payload_.get());
    inflater.avail_out = payload_size;
    if (isal_inflate_stateless(&inflater) != ISAL_DECOMP_OK || inflater.avail_out != 0 ||
        inflater.block_state != ISAL_BLOCK_FINISH) {
      return Corrupt("the compressed payload does not inflate");
    }
    p = g.payload_.get();
  }
  if (!checked && crc32_gzip_refl(0, reinterpret_cast<const unsigned char*>(p), payload_size) != crc)
    return Corrupt("bad checksum");

  if (payload_size < 20) return Corrupt("truncated");
  const size_t places = ReadU32(p), names = ReadU32(p + 4), feature_bytes = ReadU32(p + 8), pool_bytes = ReadU32(p + 12);
  size_t at = 20;
  // Takes the next column of `count` elements of `size` bytes, 8-byte aligned; false when it would overrun.
  auto column = [&](size_t count, size_t size, const char** out) {
    at = (at + 7) & ~size_t{7};
    if (count > (payload_size - std::min<size_t>(at, payload_size)) / size) return false;
    *out = p + at;
    at += count * size;
    return true;
  };
  const char *features, *id, *lat, *lon, *pop, *name, *admin1, *country, *cc, *kind, *feature, *key, *key_place,
      *key_kind, *pool;
  if (!column(feature_bytes, 1, &features) || !column(places, 4, &id) || !column(places, 4, &lat) ||
      !column(places, 4, &lon) || !column(places, 8, &pop) || !column(places, 4, &name) ||
      !column(places, 4, &admin1) || !column(places, 4, &country) || !column(places, 2, &cc) ||
      !column(places, 1, &kind) || !column(places, 1, &feature) || !column(names, 4, &key) ||
      !column(names, 4, &key_place) || !column(names, 1, &key_kind) || !column(pool_bytes, 1, &pool)) {
    return Corrupt("truncated payload");
  }
  g.places_ = places;
  g.names_ = names;
  for (std::string_view rest(features, feature_bytes); !rest.empty();) {
    const size_t end = rest.find('\0');
    if (end == std::string_view::npos) return Corrupt("feature table not terminated");
    g.features_.push_back(rest.substr(0, end));
    rest.remove_prefix(end + 1);
  }
  auto u32 = [](const char* q, size_t n) { return std::span<const uint32_t>(reinterpret_cast<const uint32_t*>(q), n); };
  g.id_ = u32(id, places);
  g.lat_ = std::span<const int32_t>(reinterpret_cast<const int32_t*>(lat), places);
  g.lon_ = std::span<const int32_t>(reinterpret_cast<const int32_t*>(lon), places);
  g.population_ = std::span<const uint64_t>(reinterpret_cast<const uint64_t*>(pop), places);
  g.name_ = u32(name, places);
  g.admin1_ = u32(admin1, places);
  g.country_ = u32(country, places);
  g.cc_ = std::span<const char>(cc, places * 2);
  g.kind_ = std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(kind), places);
  g.feature_ = std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(feature), places);
  g.key_ = u32(key, names);
  g.key_place_ = u32(key_place, names);
  g.key_kind_ = std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(key_kind), names);
  g.pool_ = std::string_view(pool, pool_bytes);
  if (pool_bytes == 0 || g.pool_.back() != '\0') return Corrupt("string pool not terminated");

  // Every index in range, so that readers need no checks.
  for (size_t i = 0; i < places; ++i) {
    if (g.name_[i] >= pool_bytes || g.feature_[i] >= g.features_.size() || g.kind_[i] < 1 || g.kind_[i] > 6 ||
        (g.admin1_[i] != kNoPlace && g.admin1_[i] >= places) || (g.country_[i] != kNoPlace && g.country_[i] >= places))
      return Corrupt("place " + std::to_string(i) + " out of range");
  }
  for (size_t i = 0; i < names; ++i) {
    if (g.key_[i] >= pool_bytes || g.key_place_[i] >= places || g.key_kind_[i] > 2)
      return Corrupt("name " + std::to_string(i) + " out of range");
    // strcmp orders NUL-terminated strings as std::string_view would, without measuring them first.
    if (i > 0 && std::strcmp(g.pool_.data() + g.key_[i - 1], g.pool_.data() + g.key_[i]) > 0)
      return Corrupt("names not sorted");
  }
  return g;
}

namespace {
struct Loaded {
  Status status;
  std::optional<Gazetteer> gazetteer;
};
}  // namespace

static const Loaded& Embedded() {
  static const Loaded loaded = [] {
    Loaded l;
    StatusOr<Gazetteer> g = Gazetteer::LoadInPlace(embedded::places_gazetteer);
    if (g.ok()) {
      l.gazetteer.emplace(std::move(g).value());
    } else {
      l.status = g.status();
    }
    return l;
  }();
  return loaded;
}

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer empty;
  const Loaded& l = Embedded();
  return l.gazetteer ? *l.gazetteer : empty;
}

const Status& Gazetteer::load_status() { return Embedded().status; }

std::string_view Gazetteer::String(uint32_t offset) const { return std::string_view(pool_.data() + offset); }

Place Gazetteer::place(uint32_t i) const {
  Place p;
  if (i >= places_) return p;
  p.index = i;
  p.geonames_id = id_[i];
  p.latitude = lat_[i] / 1e5;
  p.longitude = lon_[i] / 1e5;
  p.population = static_cast<int64_t>(population_[i]);
  p.name = String(name_[i]);
  p.country = cc_[2 * i] == ' ' ? std::string_view() : std::string_view(&cc_[2 * i], 2);
  p.kind = static_cast<PlaceKind>(kind_[i]);
  p.feature = features_[feature_[i]];
  p.admin1 = admin1_[i];
  p.country_place = country_[i];
  return p;
}

std::vector<NameMatch> Gazetteer::LookupKey(std::string_view key) const {
  std::vector<NameMatch> out;
  if (key.empty() || names_ == 0) return out;
  // A name of the pool holds no NUL: neither does a key that matches one.
  if (key.find('\0') != std::string_view::npos) return out;
  // How the pool's name at `offset` compares with the key (as std::string_view would: bytes unsigned, a prefix
  // first), read up to the first difference without measuring the name first.
  auto compare = [&](uint32_t offset) {
    const auto* name = reinterpret_cast<const unsigned char*>(pool_.data() + offset);
    for (size_t i = 0; i < key.size(); ++i) {
      const auto k = static_cast<unsigned char>(key[i]);
      if (name[i] != k) return name[i] < k ? -1 : 1;  // the name's NUL: a prefix of the key
    }
    return name[key.size()] == 0 ? 0 : 1;
  };
  size_t lo = 0, hi = names_;
  while (lo < hi) {  // first name >= key
    const size_t mid = lo + (hi - lo) / 2;
    if (compare(key_[mid]) < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  for (size_t i = lo; i < names_ && compare(key_[i]) == 0; ++i)
    out.push_back(NameMatch{key_place_[i], static_cast<NameKind>(key_kind_[i])});
  return out;
}

std::vector<NameMatch> Gazetteer::Lookup(std::string_view name) const { return LookupKey(NormalizeKey(name)); }

uint32_t Gazetteer::CountryByCode(std::string_view code) const {
  // Countries come right after the world regions, sorted by code.
  for (size_t i = 0; i < places_; ++i) {
    if (kind_[i] == static_cast<uint8_t>(PlaceKind::kCountry)) {
      if (std::string_view(&cc_[2 * i], 2) == code) return static_cast<uint32_t>(i);
    } else if (kind_[i] > static_cast<uint8_t>(PlaceKind::kCountry)) {
      break;
    }
  }
  return kNoPlace;
}

}  // namespace newsgraph::lang
