// A compact document tree built from libxml2's HTML parser (its SAX interface: no libxml2 tree is made).
//
//   auto dom = newsgraph::input::ParseHtml(utf8_html, {});
//   for (uint32_t c = dom->node(HtmlDom::kRoot).first_child; c != HtmlDom::kNone; c = dom->node(c).next_sibling) ...
//
// Nodes live in one vector (index 0 is the document); each element knows the byte range [begin, end) it covers in
// the parsed UTF-8 (from its start tag's '<' to its end tag's '>', or to the end of its content when the end tag is
// implied), and each text node its text (entities decoded) in one shared buffer. Only the attributes the extractor
// reads are kept. Script and style contents are dropped, except JSON-LD (<script type="application/ld+json">), kept
// as the script's text. Why libxml2 rather than gumbo: docs/HTML.md. Every traversal of the tree is iterative, so
// that a page nested 100,000 levels deep is no danger. An HtmlDom is immutable after parsing and may be read from
// several threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::input {

enum class Tag : uint8_t {
  kDocument,
  kText,
  kOther,  // any element not listed (its name is kept: TagName)
  kHtml, kHead, kBody, kTitle, kMeta, kLink, kBase, kScript, kStyle, kNoscript, kTemplate,
  kSvg, kMath, kIframe, kObject, kEmbed, kCanvas, kVideo, kAudio, kMap,
  kForm, kInput, kButton, kSelect, kOption, kTextarea, kLabel, kFieldset,
  kNav, kHeader, kFooter, kAside, kMain, kArticle, kSection, kDiv, kSpan, kCenter, kFont,
  kP, kBr, kHr, kWbr, kH1, kH2, kH3, kH4, kH5, kH6,
  kUl, kOl, kLi, kDl, kDt, kDd, kMenu, kBlockquote, kPre, kCode,
  kTable, kThead, kTbody, kTfoot, kTr, kTd, kTh, kCaption,
  kFigure, kFigcaption, kImg, kPicture, kSource,
  kA, kStrong, kB, kEm, kI, kU, kS, kSmall, kSub, kSup, kTime, kAddress, kCite, kQ, kAbbr, kMark,
  kDetails, kSummary, kDialog,
  kCount
};

// Attributes kept by the parser; all others are dropped.
enum class Attr : uint8_t {
  kClass, kId, kRole, kItemprop, kItemtype, kProperty, kName, kContent, kHref, kRel, kDatetime, kType, kLang,
  kHidden, kAriaHidden, kStyle, kCharset, kHttpEquiv, kTitle, kDataType,
  kCount
};

struct HtmlNode {
  Tag tag = Tag::kDocument;
  uint8_t attr_count = 0;
  uint32_t parent = UINT32_MAX;
  uint32_t first_child = UINT32_MAX;
  uint32_t last_child = UINT32_MAX;
  uint32_t next_sibling = UINT32_MAX;
  // Elements: [begin, end) in the parsed HTML. Text nodes: [begin, end) in HtmlDom::text_buffer().
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t attr_begin = 0;  // index of the first attribute in HtmlDom's attribute list
  uint32_t depth = 0;       // 0 for the document
};

class HtmlDom {
 public:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = UINT32_MAX;

  size_t size() const { return nodes_.size(); }
  const HtmlNode& node(uint32_t i) const { return nodes_[i]; }
  const std::vector<HtmlNode>& nodes() const { return nodes_; }

  // A text node's text.
  std::string_view Text(uint32_t i) const {
    const HtmlNode& n = nodes_[i];
    return std::string_view(text_).substr(n.begin, n.end - n.begin);
  }
  // An element's attribute value (entities decoded), "" when absent; Has tells absent from empty.
  std::string_view Get(uint32_t i, Attr attr) const;
  bool Has(uint32_t i, Attr attr) const;
  // The element's name as written, lower case ("amp-img" for a kOther).
  std::string_view TagName(uint32_t i) const;
  // The node after n in document order within the subtree of `root` (kNone at its end); descend = false skips n's
  // children. The way to walk a subtree without recursion:
  //   for (uint32_t n = root; n != kNone; n = dom.Next(n, root, !skip(n))) ...
  uint32_t Next(uint32_t n, uint32_t root, bool descend) const {
    if (descend && nodes_[n].first_child != kNone) return nodes_[n].first_child;
    while (n != root) {
      if (nodes_[n].next_sibling != kNone) return nodes_[n].next_sibling;
      n = nodes_[n].parent;
    }
    return kNone;
  }
  // All text under node i, concatenated as written.
  std::string InnerText(uint32_t i) const;

  const std::string& text_buffer() const { return text_; }

 private:
  friend class DomBuilder;
  struct Attribute {
    Attr name;
    uint32_t begin;
    uint32_t size;
  };
  std::vector<HtmlNode> nodes_;
  std::vector<Attribute> attributes_;
  std::vector<std::pair<uint32_t, uint32_t>> other_names_;  // node -> name offset in strings_ (kOther only), sorted
  std::string strings_;  // attribute values and names of other elements
  std::string text_;
};

struct HtmlParseOptions {
  // Elements and text nodes at most; a page past it is cut there (HtmlDom::truncated is not needed: the caller
  // compares size()), so that a hostile page cannot take unbounded memory.
  size_t max_nodes = 4'000'000;
};

const char* TagNameOf(Tag tag);  // "p", "div"... ("" for kDocument, kText, kOther)

// Parses valid UTF-8 HTML without NUL bytes (see DecodeHtml). Errors: kTooLarge over 2 GiB.
StatusOr<HtmlDom> ParseHtml(std::string_view html, const HtmlParseOptions& options = {});

}  // namespace newsgraph::input
