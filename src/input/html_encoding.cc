#include "input/html_encoding.h"

#include <iconv.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>

#include "input/html_scan.h"
#include "newsgraph/text.h"
#include "text/unicode.h"

namespace newsgraph::input {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
// uchardet reads at most this much of a page: enough for a confident guess, bounded for 50 MB pages.
constexpr size_t kDetectBytes = 1 << 20;

struct Alias {
  std::string_view label;
  std::string_view name;
};

// WHATWG Encoding Standard labels that differ from their encoding's name (the common ones on news pages).
constexpr Alias kAliases[] = {
    {"utf8", "utf-8"},
    {"unicode-1-1-utf-8", "utf-8"},
    {"x-unicode20utf8", "utf-8"},
    {"us-ascii", "windows-1252"},
    {"ascii", "windows-1252"},
    {"ansi_x3.4-1968", "windows-1252"},
    {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"},
    {"iso_8859-1", "windows-1252"},
    {"iso88591", "windows-1252"},
    {"latin1", "windows-1252"},
    {"l1", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"x-cp1252", "windows-1252"},
    {"cp819", "windows-1252"},
    {"ibm819", "windows-1252"},
    {"iso-ir-100", "windows-1252"},
    {"iso-8859-9", "windows-1254"},
    {"latin5", "windows-1254"},
    {"iso-8859-11", "windows-874"},
    {"tis-620", "windows-874"},
    {"gb2312", "gbk"},
    {"gb_2312-80", "gbk"},
    {"chinese", "gbk"},
    {"csgb2312", "gbk"},
    {"x-gbk", "gbk"},
    {"sjis", "shift_jis"},
    {"x-sjis", "shift_jis"},
    {"ms_kanji", "shift_jis"},
    {"windows-31j", "shift_jis"},
    {"csshiftjis", "shift_jis"},
    {"ks_c_5601-1987", "euc-kr"},
    {"windows-949", "euc-kr"},
    {"big5-hkscs", "big5"},
    {"x-user-defined", "windows-1252"},
    {"utf-16", "utf-16le"},
    {"unicode", "utf-16le"},
};

// The iconv (glibc) name for a WHATWG encoding, using the supersets browsers use.
std::string IconvName(std::string_view name) {
  if (name == "shift_jis") return "CP932";
  if (name == "euc-kr") return "CP949";
  if (name == "big5") return "BIG5-HKSCS";
  std::string upper(name);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

bool IsUtf16(std::string_view name) { return name == "utf-16le" || name == "utf-16be"; }

bool HasHighByte(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// The value after "charset=" in a Content-Type value, raw.
std::string_view CharsetParameter(std::string_view value) {
  size_t from = 0;
  while (true) {
    const size_t at = FindCaseless(value, "charset", from);
    if (at == std::string_view::npos) return {};
    size_t i = at + 7;
    while (i < value.size() && IsHtmlSpace(value[i])) ++i;
    if (i >= value.size() || value[i] != '=') {
      from = at + 7;
      continue;
    }
    ++i;
    while (i < value.size() && IsHtmlSpace(value[i])) ++i;
    if (i < value.size() && (value[i] == '"' || value[i] == '\'')) {
      const char quote = value[i++];
      const size_t end = value.find(quote, i);
      return value.substr(i, end == std::string_view::npos ? value.size() - i : end - i);
    }
    size_t end = i;
    while (end < value.size() && !IsHtmlSpace(value[end]) && value[end] != ';') ++end;
    return value.substr(i, end - i);
  }
}

// Converts with iconv, segment by segment (a segment starts at each '<' and after each '>'), so that the offset map
// is exact at every tag; a byte iconv cannot convert becomes U+FFFD. Returns false when iconv does not know `name`.
bool ConvertWithIconv(std::string_view bytes, const std::string& name, std::string* out, OffsetMap* map,
                      uint32_t* replaced) {
  iconv_t cd = iconv_open("UTF-8", IconvName(name).c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out->clear();
  out->reserve(bytes.size() + bytes.size() / 4 + 16);
  char buffer[4096];
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t end = pos + 1;
    while (end < bytes.size() && bytes[end] != '<' && bytes[end - 1] != '>') ++end;
    map->Add(static_cast<uint32_t>(out->size()), static_cast<uint32_t>(pos));
    char* in = const_cast<char*>(bytes.data() + pos);
    size_t in_left = end - pos;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    while (in_left > 0) {
      char* o = buffer;
      size_t o_left = sizeof(buffer);
      const size_t r = iconv(cd, &in, &in_left, &o, &o_left);
      out->append(buffer, static_cast<size_t>(o - buffer));
      if (r == static_cast<size_t>(-1) && errno != E2BIG) {  // EILSEQ, or EINVAL for a sequence cut at the end
        out->append(kReplacement);
        ++*replaced;
        ++in;
        --in_left;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
      }
    }
    char* o = buffer;
    size_t o_left = sizeof(buffer);
    iconv(cd, nullptr, nullptr, &o, &o_left);  // flush a stateful encoding's shift sequence
    out->append(buffer, static_cast<size_t>(o - buffer));
    pos = end;
  }
  iconv_close(cd);
  return true;
}

// UTF-16 by hand (each code unit maps exactly); an unpaired surrogate becomes U+FFFD.
void ConvertUtf16(std::string_view bytes, bool big_endian, std::string* out, OffsetMap* map, uint32_t* replaced) {
  out->reserve(bytes.size());
  auto unit = [&](size_t i) -> uint32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return big_endian ? (a << 8 | b) : (b << 8 | a);
  };
  size_t i = 0;
  char32_t previous = 0;
  while (i + 1 < bytes.size()) {
    uint32_t c = unit(i);
    size_t length = 2;
    if (c >= 0xD800 && c <= 0xDBFF && i + 3 < bytes.size()) {
      const uint32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        length = 4;
      }
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
      ++*replaced;
    }
    if (c == '<' || previous == '>') map->Add(static_cast<uint32_t>(out->size()), static_cast<uint32_t>(i));
    text::AppendUtf8(c, out);
    previous = c;
    i += length;
  }
  if (i < bytes.size()) {  // an odd final byte
    out->append(kReplacement);
    ++*replaced;
  }
}

std::string Detect(std::string_view bytes) {
  uchardet_t detector = uchardet_new();
  if (!detector) return {};
  uchardet_handle_data(detector, bytes.data(), std::min(bytes.size(), kDetectBytes));
  uchardet_data_end(detector);
  const char* found = uchardet_get_charset(detector);
  std::string name = found ? NormalizeCharset(found) : std::string();
  uchardet_delete(detector);
  return name;
}

void ReplaceNul(std::string* text) { std::replace(text->begin(), text->end(), '\0', ' '); }

}  // namespace

void OffsetMap::Add(uint32_t copy, uint32_t original) {
  if (!points_.empty() && points_.back().first == copy) {
    points_.back().second = original;
    return;
  }
  points_.emplace_back(copy, original);
}

uint32_t OffsetMap::ToOriginal(uint32_t copy) const { return shift_ + Map(copy); }

uint32_t OffsetMap::Map(uint32_t copy) const {
  if (points_.empty()) return copy;
  auto it = std::upper_bound(points_.begin(), points_.end(), copy,
                             [](uint32_t c, const std::pair<uint32_t, uint32_t>& p) { return c < p.first; });
  if (it == points_.begin()) return copy;
  const auto& [c, o] = *(it - 1);
  uint32_t original = o + (copy - c);
  if (it != points_.end()) original = std::min(original, it->second);
  return original;
}

const char* CharsetSourceName(CharsetSource source) {
  switch (source) {
    case CharsetSource::kDefault: return "default";
    case CharsetSource::kBom: return "bom";
    case CharsetSource::kHttp: return "http";
    case CharsetSource::kMeta: return "meta";
    case CharsetSource::kUtf8Bytes: return "utf-8 bytes";
    case CharsetSource::kDetected: return "detected";
  }
  return "?";
}

std::string NormalizeCharset(std::string_view label) {
  while (!label.empty() && (IsHtmlSpace(label.front()) || label.front() == '"' || label.front() == '\''))
    label.remove_prefix(1);
  while (!label.empty() && (IsHtmlSpace(label.back()) || label.back() == '"' || label.back() == '\''))
    label.remove_suffix(1);
  std::string lower(label.substr(0, 64));
  for (char& c : lower) c = AsciiLowerChar(c);
  for (const Alias& a : kAliases)
    if (a.label == lower) return std::string(a.name);
  return lower;
}

std::string CharsetFromContentType(std::string_view content_type) {
  const std::string_view value = CharsetParameter(content_type);
  if (value.empty()) {
    // A bare charset name ("utf-8") is accepted too.
    if (content_type.find('/') == std::string_view::npos && content_type.find('=') == std::string_view::npos &&
        !content_type.empty())
      return NormalizeCharset(content_type);
    return {};
  }
  return NormalizeCharset(value);
}

std::string SniffMetaCharset(std::string_view html, size_t limit) {
  html = html.substr(0, std::min(limit, html.size()));
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      const size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) return {};
      i = end + 3;
      continue;
    }
    TagScan tag = ScanTag(html, i);
    if (tag.end == 0) return {};
    i = tag.end;
    if (tag.closing || !EqualsCaseless(tag.name, "meta")) {
      if (EqualsCaseless(tag.name, "body")) return {};
      continue;
    }
    std::string_view charset, http_equiv, content;
    for (const auto& [name, value] : tag.attributes) {
      if (EqualsCaseless(name, "charset")) charset = value;
      else if (EqualsCaseless(name, "http-equiv")) http_equiv = value;
      else if (EqualsCaseless(name, "content")) content = value;
    }
    std::string found;
    if (!charset.empty()) found = NormalizeCharset(charset);
    else if (EqualsCaseless(http_equiv, "content-type")) found = NormalizeCharset(CharsetParameter(content));
    if (found.empty()) continue;
    if (IsUtf16(found)) return "utf-8";  // a page that can be read as ASCII to find its <meta> is not UTF-16
    return found;
  }
  return {};
}

StatusOr<DecodedHtml> DecodeHtml(std::string_view bytes, std::string_view http_charset) {
  if (bytes.size() >= std::numeric_limits<uint32_t>::max())
    return Status(StatusCode::kTooLarge, "page of " + std::to_string(bytes.size()) + " bytes (at most 4 GiB)");
  DecodedHtml out;
  out.input_ = bytes;
  out.original_size_ = static_cast<uint32_t>(bytes.size());

  // A byte-order mark decides.
  const auto starts = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
  if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
    const bool big_endian = starts("\xFE\xFF");
    out.charset = big_endian ? "utf-16be" : "utf-16le";
    out.source = CharsetSource::kBom;
    out.map_.SetShift(2);
    ConvertUtf16(bytes.substr(2), big_endian, &out.storage_, &out.map_, &out.replaced);
    out.owned_ = true;
    ReplaceNul(&out.storage_);
    return out;
  }
  if (starts("\xEF\xBB\xBF")) {
    out.source = CharsetSource::kBom;
    bytes.remove_prefix(3);
    out.map_.SetShift(3);
  }

  const std::string from_http = CharsetFromContentType(http_charset);
  if (out.source != CharsetSource::kBom) {
    out.declared = !from_http.empty() ? from_http : SniffMetaCharset(bytes);
    out.source = out.declared.empty() ? CharsetSource::kDefault
                                      : (!from_http.empty() ? CharsetSource::kHttp : CharsetSource::kMeta);
  } else {
    out.declared = "utf-8";
  }

  const bool valid = IsValidUtf8(bytes);
  const bool declared_utf8 = out.declared.empty() || out.declared == "utf-8";
  std::string use;  // the charset to convert from, "" for UTF-8 as it is
  if (valid) {
    if (!declared_utf8 && !IsUtf16(out.declared) && HasHighByte(bytes)) out.source = CharsetSource::kUtf8Bytes;
    out.charset = declared_utf8 || out.source == CharsetSource::kUtf8Bytes || IsUtf16(out.declared)
                      ? "utf-8"
                      : out.declared;  // ASCII bytes read the same in any ASCII-compatible charset
  } else {
    use = declared_utf8 ? std::string() : out.declared;
    if (IsUtf16(use)) {
      out.charset = use;
      ConvertUtf16(bytes, use == "utf-16be", &out.storage_, &out.map_, &out.replaced);
      out.owned_ = true;
      ReplaceNul(&out.storage_);
      return out;
    }
    if (use.empty() || !ConvertWithIconv(bytes, use, &out.storage_, &out.map_, &out.replaced)) {
      // Declared UTF-8 (or nothing, or a charset iconv does not know) but not valid UTF-8: ask the detector.
      out.map_.Clear();
      out.storage_.clear();
      out.replaced = 0;
      const std::string detected = Detect(bytes);
      if (!detected.empty() && detected != "utf-8" && !IsUtf16(detected) &&
          ConvertWithIconv(bytes, detected, &out.storage_, &out.map_, &out.replaced)) {
        out.charset = detected;
        out.source = CharsetSource::kDetected;
      } else {
        // No better reading: UTF-8 with each invalid sequence replaced.
        RepairedText repaired = RepairUtf8(bytes);
        out.storage_ = std::move(repaired.text);
        out.replaced = repaired.replaced_bytes;
        for (size_t i = 0; i < repaired.to_original.size(); ++i)
          if (i == 0 || repaired.to_original[i] != repaired.to_original[i - 1] + 1)
            out.map_.Add(static_cast<uint32_t>(i), repaired.to_original[i]);
        out.charset = "utf-8";
        if (out.source != CharsetSource::kDefault && !declared_utf8) out.source = CharsetSource::kDetected;
      }
    } else {
      out.charset = use;
    }
    out.owned_ = true;
  }
  if (!out.owned_) {
    if (std::memchr(bytes.data(), 0, bytes.size()) == nullptr) {
      out.input_ = bytes;
      return out;
    }
    out.storage_.assign(bytes);
    out.owned_ = true;
  }
  ReplaceNul(&out.storage_);
  return out;
}

}  // namespace newsgraph::input
