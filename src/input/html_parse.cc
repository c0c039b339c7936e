#include "input/html_parse.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <mutex>

#include "input/html_scan.h"

namespace newsgraph::input {
namespace {

struct TagEntry {
  std::string_view name;
  Tag tag;
};

// Sorted by name for binary search.
constexpr TagEntry kTags[] = {
    {"a", Tag::kA},           {"abbr", Tag::kAbbr},         {"address", Tag::kAddress},
    {"article", Tag::kArticle}, {"aside", Tag::kAside},     {"audio", Tag::kAudio},
    {"b", Tag::kB},           {"base", Tag::kBase},         {"blockquote", Tag::kBlockquote},
    {"body", Tag::kBody},     {"br", Tag::kBr},             {"button", Tag::kButton},
    {"canvas", Tag::kCanvas}, {"caption", Tag::kCaption},   {"center", Tag::kCenter},
    {"cite", Tag::kCite},     {"code", Tag::kCode},         {"dd", Tag::kDd},
    {"details", Tag::kDetails}, {"dialog", Tag::kDialog},   {"div", Tag::kDiv},
    {"dl", Tag::kDl},         {"dt", Tag::kDt},             {"em", Tag::kEm},
    {"embed", Tag::kEmbed},   {"fieldset", Tag::kFieldset}, {"figcaption", Tag::kFigcaption},
    {"figure", Tag::kFigure}, {"font", Tag::kFont},         {"footer", Tag::kFooter},
    {"form", Tag::kForm},     {"h1", Tag::kH1},             {"h2", Tag::kH2},
    {"h3", Tag::kH3},         {"h4", Tag::kH4},             {"h5", Tag::kH5},
    {"h6", Tag::kH6},         {"head", Tag::kHead},         {"header", Tag::kHeader},
    {"hr", Tag::kHr},         {"html", Tag::kHtml},         {"i", Tag::kI},
    {"iframe", Tag::kIframe}, {"img", Tag::kImg},           {"input", Tag::kInput},
    {"label", Tag::kLabel},   {"li", Tag::kLi},             {"link", Tag::kLink},
    {"main", Tag::kMain},     {"map", Tag::kMap},           {"mark", Tag::kMark},
    {"math", Tag::kMath},     {"menu", Tag::kMenu},         {"meta", Tag::kMeta},
    {"nav", Tag::kNav},       {"noscript", Tag::kNoscript}, {"object", Tag::kObject},
    {"ol", Tag::kOl},         {"option", Tag::kOption},     {"p", Tag::kP},
    {"picture", Tag::kPicture}, {"pre", Tag::kPre},         {"q", Tag::kQ},
    {"s", Tag::kS},           {"script", Tag::kScript},     {"section", Tag::kSection},
    {"select", Tag::kSelect}, {"small", Tag::kSmall},       {"source", Tag::kSource},
    {"span", Tag::kSpan},     {"strong", Tag::kStrong},     {"style", Tag::kStyle},
    {"sub", Tag::kSub},       {"summary", Tag::kSummary},   {"sup", Tag::kSup},
    {"svg", Tag::kSvg},       {"table", Tag::kTable},       {"tbody", Tag::kTbody},
    {"td", Tag::kTd},         {"template", Tag::kTemplate}, {"textarea", Tag::kTextarea},
    {"tfoot", Tag::kTfoot},   {"th", Tag::kTh},             {"thead", Tag::kThead},
    {"time", Tag::kTime},     {"title", Tag::kTitle},       {"tr", Tag::kTr},
    {"u", Tag::kU},           {"ul", Tag::kUl},             {"video", Tag::kVideo},
    {"wbr", Tag::kWbr},
};

struct AttrEntry {
  std::string_view name;
  Attr attr;
};

constexpr AttrEntry kAttrs[] = {
    {"aria-hidden", Attr::kAriaHidden}, {"charset", Attr::kCharset},   {"class", Attr::kClass},
    {"content", Attr::kContent},        {"data-type", Attr::kDataType}, {"datetime", Attr::kDatetime},
    {"hidden", Attr::kHidden},          {"href", Attr::kHref},          {"http-equiv", Attr::kHttpEquiv},
    {"id", Attr::kId},                  {"itemprop", Attr::kItemprop},  {"itemtype", Attr::kItemtype},
    {"lang", Attr::kLang},              {"name", Attr::kName},          {"property", Attr::kProperty},
    {"rel", Attr::kRel},                {"role", Attr::kRole},          {"style", Attr::kStyle},
    {"title", Attr::kTitle},            {"type", Attr::kType},
};

template <typename Entry, size_t N>
const Entry* Lookup(const Entry (&table)[N], std::string_view name) {
  const Entry* it = std::lower_bound(std::begin(table), std::end(table), name,
                                     [](const Entry& e, std::string_view n) { return e.name < n; });
  return (it != std::end(table) && it->name == name) ? it : nullptr;
}

void IgnoreMessage(void*, const char*, ...) {}
void IgnoreStructured(void*, xmlErrorPtr) {}

void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace

// Receives libxml2's SAX events and grows the tree.
class DomBuilder {
 public:
  DomBuilder(std::string_view html, const HtmlParseOptions& options, HtmlDom* dom)
      : html_(html), options_(options), dom_(dom) {
    dom_->nodes_.reserve(html.size() / 40 + 16);
    dom_->text_.reserve(html.size() / 6 + 16);
    dom_->nodes_.push_back(HtmlNode{});
    dom_->nodes_[0].end = static_cast<uint32_t>(html.size());
  }

  void set_context(htmlParserCtxtPtr context) { context_ = context; }

  static void OnStart(void* self, const xmlChar* name, const xmlChar** atts) {
    static_cast<DomBuilder*>(self)->Start(reinterpret_cast<const char*>(name), atts);
  }
  static void OnEnd(void* self, const xmlChar* name) {
    static_cast<DomBuilder*>(self)->End(reinterpret_cast<const char*>(name));
  }
  static void OnCharacters(void* self, const xmlChar* text, int length) {
    static_cast<DomBuilder*>(self)->Characters(reinterpret_cast<const char*>(text), length, false);
  }
  static void OnRawText(void* self, const xmlChar* text, int length) {
    static_cast<DomBuilder*>(self)->Characters(reinterpret_cast<const char*>(text), length, true);
  }
  static void OnComment(void* self, const xmlChar*) { static_cast<DomBuilder*>(self)->Mark(); }

  void Finish() {
    const uint32_t end = Position();
    while (current_ != HtmlDom::kRoot) {
      dom_->nodes_[current_].end = std::max(dom_->nodes_[current_].begin, std::min(end, last_mark_));
      current_ = dom_->nodes_[current_].parent;
    }
    std::sort(dom_->other_names_.begin(), dom_->other_names_.end());
  }

 private:
  // Offset of the parser in the input.
  uint32_t Position() const {
    const xmlParserInputPtr in = context_->input;
    if (!in || !in->cur || !in->base) return last_mark_;
    const size_t pos = static_cast<size_t>(in->consumed) + static_cast<size_t>(in->cur - in->base);
    return static_cast<uint32_t>(std::min(pos, html_.size()));
  }

  void Mark() { last_mark_ = Position(); }

  bool Full() {
    if (dom_->nodes_.size() < options_.max_nodes) return false;
    xmlStopParser(context_);
    return true;
  }

  uint32_t Append(Tag tag) {
    const uint32_t index = static_cast<uint32_t>(dom_->nodes_.size());
    HtmlNode node;
    node.tag = tag;
    node.parent = current_;
    HtmlNode& parent = dom_->nodes_[current_];
    node.depth = parent.depth + 1;
    if (parent.last_child == HtmlDom::kNone) parent.first_child = index;
    else dom_->nodes_[parent.last_child].next_sibling = index;
    parent.last_child = index;
    dom_->nodes_.push_back(node);
    return index;
  }

  // Offset of the '<' that opened `name`, searched back from the parser's position to the previous event's end; an
  // element the parser implied (no tag in the source) starts where its first content does.
  uint32_t TagStart(std::string_view name, uint32_t position) const {
    const uint32_t floor = std::min(last_mark_, position);
    for (uint32_t i = position; i-- > floor;) {
      if (html_[i] != '<') continue;
      if (StartsWithCaseless(html_.substr(i + 1), name)) {
        const size_t after = i + 1 + name.size();
        if (after >= html_.size() || IsHtmlSpace(html_[after]) || html_[after] == '>' || html_[after] == '/')
          return i;
      }
    }
    return position;
  }

  // Whether the bytes just before `position` are the end tag "</name ...>".
  bool EndsWithEndTag(std::string_view name, uint32_t position) const {
    if (position == 0 || html_[position - 1] != '>') return false;
    const size_t window = std::min<size_t>(position, name.size() + 64);
    const size_t lt = html_.substr(position - window, window).rfind("</");
    if (lt == std::string_view::npos) return false;
    return StartsWithCaseless(html_.substr(position - window + lt + 2), name);
  }

  void Start(const char* raw_name, const xmlChar** atts) {
    if (Full()) return;
    const std::string_view name(raw_name);
    const TagEntry* entry = Lookup(kTags, name);
    const Tag tag = entry ? entry->tag : Tag::kOther;
    const uint32_t position = Position();
    const uint32_t index = Append(tag);
    HtmlNode& node = dom_->nodes_[index];
    node.begin = TagStart(name, position);
    node.end = node.begin;
    if (tag == Tag::kOther) {
      dom_->other_names_.emplace_back(index, static_cast<uint32_t>(dom_->strings_.size()));
      dom_->strings_.append(name);
      dom_->strings_.push_back('\0');
    }
    node.attr_begin = static_cast<uint32_t>(dom_->attributes_.size());
    if (atts) {
      for (size_t i = 0; atts[i] && node.attr_count < 255; i += 2) {
        const AttrEntry* attr = Lookup(kAttrs, reinterpret_cast<const char*>(atts[i]));
        if (!attr) continue;
        const char* value = atts[i + 1] ? reinterpret_cast<const char*>(atts[i + 1]) : "";
        const size_t size = std::min<size_t>(std::strlen(value), 1 << 20);
        dom_->attributes_.push_back({attr->attr, static_cast<uint32_t>(dom_->strings_.size()),
                                     static_cast<uint32_t>(size)});
        dom_->strings_.append(value, size);
        ++node.attr_count;
      }
    }
    current_ = index;
    last_mark_ = position;
  }

  void End(const char* raw_name) {
    const std::string_view name(raw_name);
    // libxml2 closes elements by name; close up to the innermost open element of that name.
    uint32_t target = current_;
    while (target != HtmlDom::kRoot) {
      const HtmlNode& n = dom_->nodes_[target];
      const std::string_view open = n.tag == Tag::kOther ? dom_->TagName(target) : std::string_view(TagNameOf(n.tag));
      if (open == name) break;
      target = n.parent;
    }
    if (target == HtmlDom::kRoot) return;  // not open (the node limit cut it off)
    const uint32_t position = Position();
    const uint32_t end = EndsWithEndTag(name, position) ? position : std::max(last_mark_, dom_->nodes_[target].begin);
    for (uint32_t n = current_;; n = dom_->nodes_[n].parent) {
      HtmlNode& node = dom_->nodes_[n];
      node.end = std::max(node.begin, n == target ? end : std::min(end, last_mark_));
      if (n == target) break;
    }
    current_ = dom_->nodes_[target].parent;
    last_mark_ = std::max(last_mark_, end);
  }

  void Characters(const char* text, int length, bool raw) {
    if (length <= 0) return;
    const Tag parent = dom_->nodes_[current_].tag;
    if (raw || parent == Tag::kScript || parent == Tag::kStyle) {
      // Script and style contents: only JSON-LD is kept.
      if (parent != Tag::kScript || !StartsWithCaseless(dom_->Get(current_, Attr::kType), "application/ld+json")) {
        Mark();
        return;
      }
    }
    const uint32_t last = dom_->nodes_[current_].last_child;
    if (last != HtmlDom::kNone && dom_->nodes_[last].tag == Tag::kText &&
        dom_->nodes_[last].end == dom_->text_.size()) {
      dom_->text_.append(text, static_cast<size_t>(length));
      dom_->nodes_[last].end = static_cast<uint32_t>(dom_->text_.size());
    } else {
      if (Full()) return;
      const uint32_t index = Append(Tag::kText);
      HtmlNode& node = dom_->nodes_[index];
      node.begin = static_cast<uint32_t>(dom_->text_.size());
      dom_->text_.append(text, static_cast<size_t>(length));
      node.end = static_cast<uint32_t>(dom_->text_.size());
    }
    Mark();
  }

  std::string_view html_;
  const HtmlParseOptions& options_;
  HtmlDom* dom_;
  htmlParserCtxtPtr context_ = nullptr;
  uint32_t current_ = HtmlDom::kRoot;
  uint32_t last_mark_ = 0;  // where the previous event ended
};

const char* TagNameOf(Tag tag) {
  for (const TagEntry& e : kTags)
    if (e.tag == tag) return e.name.data();
  return "";
}

std::string_view HtmlDom::Get(uint32_t i, Attr attr) const {
  const HtmlNode& n = nodes_[i];
  for (uint32_t a = n.attr_begin; a < n.attr_begin + n.attr_count; ++a)
    if (attributes_[a].name == attr) return std::string_view(strings_).substr(attributes_[a].begin, attributes_[a].size);
  return {};
}

bool HtmlDom::Has(uint32_t i, Attr attr) const {
  const HtmlNode& n = nodes_[i];
  for (uint32_t a = n.attr_begin; a < n.attr_begin + n.attr_count; ++a)
    if (attributes_[a].name == attr) return true;
  return false;
}

std::string_view HtmlDom::TagName(uint32_t i) const {
  const Tag tag = nodes_[i].tag;
  if (tag != Tag::kOther) return TagNameOf(tag);
  auto it = std::lower_bound(other_names_.begin(), other_names_.end(), std::make_pair(i, 0u));
  if (it == other_names_.end() || it->first != i) return {};
  return std::string_view(strings_.c_str() + it->second);
}

std::string HtmlDom::InnerText(uint32_t i) const {
  std::string out;
  for (uint32_t n = i; n != kNone; n = Next(n, i, true))
    if (nodes_[n].tag == Tag::kText) out.append(Text(n));
  return out;
}

StatusOr<HtmlDom> ParseHtml(std::string_view html, const HtmlParseOptions& options) {
  if (html.size() > static_cast<size_t>(std::numeric_limits<int>::max()))
    return Status(StatusCode::kTooLarge, "page of " + std::to_string(html.size()) + " bytes (at most 2 GiB)");
  InitLibxml();
  HtmlDom dom;
  DomBuilder builder(html, options, &dom);
  if (html.empty()) return dom;
  htmlParserCtxtPtr context = htmlCreateMemoryParserCtxt(html.data(), static_cast<int>(html.size()));
  if (!context) return Status(StatusCode::kInternal, "libxml2 could not create an HTML parser");
  htmlSAXHandler sax;
  std::memset(&sax, 0, sizeof(sax));
  sax.startElement = DomBuilder::OnStart;
  sax.endElement = DomBuilder::OnEnd;
  sax.characters = DomBuilder::OnCharacters;
  sax.ignorableWhitespace = DomBuilder::OnCharacters;
  sax.cdataBlock = DomBuilder::OnRawText;
  sax.comment = DomBuilder::OnComment;
  sax.warning = IgnoreMessage;
  sax.error = IgnoreMessage;
  sax.fatalError = IgnoreMessage;
  sax.serror = IgnoreStructured;
  sax.initialized = 1;
  std::memcpy(context->sax, &sax, sizeof(sax));
  context->userData = &builder;
  builder.set_context(context);
  htmlCtxtUseOptions(context, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                  HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
  xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8);
  htmlParseDocument(context);
  builder.Finish();
  htmlFreeParserCtxt(context);
  return dom;
}

}  // namespace newsgraph::input
