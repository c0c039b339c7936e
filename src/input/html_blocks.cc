#include "input/html_blocks.h"

#include <algorithm>
#include <array>

#include "input/html_scan.h"

namespace newsgraph::input {
namespace {

constexpr size_t kTagCount = static_cast<size_t>(Tag::kCount);

constexpr std::array<bool, kTagCount> MakeTagSet(std::initializer_list<Tag> tags) {
  std::array<bool, kTagCount> set{};
  for (Tag t : tags) set[static_cast<size_t>(t)] = true;
  return set;
}

// Elements that end a line of text: what a browser lays out as blocks.
constexpr auto kBlockTags = MakeTagSet({
    Tag::kDocument, Tag::kHtml, Tag::kBody, Tag::kArticle, Tag::kSection, Tag::kDiv, Tag::kP, Tag::kH1, Tag::kH2,
    Tag::kH3, Tag::kH4, Tag::kH5, Tag::kH6, Tag::kUl, Tag::kOl, Tag::kLi, Tag::kDl, Tag::kDt, Tag::kDd,
    Tag::kBlockquote, Tag::kPre, Tag::kTable, Tag::kThead, Tag::kTbody, Tag::kTfoot, Tag::kTr, Tag::kCaption,
    Tag::kFigure, Tag::kFigcaption, Tag::kHeader, Tag::kFooter, Tag::kNav, Tag::kAside, Tag::kMain, Tag::kForm,
    Tag::kFieldset, Tag::kAddress, Tag::kDetails, Tag::kSummary, Tag::kHr, Tag::kCenter, Tag::kMenu, Tag::kDialog,
});

// Elements whose contents are never article text.
constexpr auto kSkipTags = MakeTagSet({
    Tag::kHead, Tag::kTitle, Tag::kMeta, Tag::kLink, Tag::kBase, Tag::kScript, Tag::kStyle, Tag::kNoscript,
    Tag::kTemplate, Tag::kSvg, Tag::kMath, Tag::kIframe, Tag::kObject, Tag::kEmbed, Tag::kCanvas, Tag::kVideo,
    Tag::kAudio, Tag::kMap, Tag::kInput, Tag::kButton, Tag::kSelect, Tag::kOption, Tag::kTextarea, Tag::kNav,
    Tag::kAside, Tag::kFooter, Tag::kDialog,
});

bool Is(const std::array<bool, kTagCount>& set, Tag t) { return set[static_cast<size_t>(t)]; }

// An element the page hides: the hidden attribute, aria-hidden="true", or an inline display:none/visibility:hidden.
bool Hidden(const HtmlDom& dom, uint32_t n) {
  if (dom.Has(n, Attr::kHidden)) return true;
  if (EqualsCaseless(dom.Get(n, Attr::kAriaHidden), "true")) return true;
  const std::string_view style = dom.Get(n, Attr::kStyle);
  if (style.empty()) return false;
  std::string compact;
  for (char c : style)
    if (!IsHtmlSpace(c)) compact.push_back(AsciiLowerChar(c));
  return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

// Words in class and id values that mark the article's own text.
constexpr std::string_view kArticleWords[] = {
    "articlebody", "article-body", "article_body", "article__body", "articlecontent", "article-content",
    "article_content", "article__content", "article-text", "articletext", "article__text", "story-body",
    "storybody", "story_body", "story-content", "storycontent", "story-text", "entry-content", "entry_content",
    "entrycontent", "post-content", "postcontent", "post_content", "post-body", "postbody", "post-entry",
    "post-text", "body-text", "bodytext", "text-body", "content-body", "rich-text", "richtext", "article-main",
};

// Substrings of class and id values that mark boilerplate: kinds of page furniture...
constexpr std::string_view kBoilerplateWords[] = {
    "comment", "disqus", "related", "recommend", "newsletter", "subscri", "signup", "sign-up", "promo",
    "sponsor", "advert", "outbrain", "taboola", "cookie", "consent", "gdpr", "breadcrumb", "sidebar", "footer",
    "masthead", "navbar", "navigation", "menu", "trending", "popular", "most-read", "mostread", "more-from",
    "read-more", "readmore", "also-read", "see-also", "popup", "modal", "inline-ad", "ad-slot", "adslot",
    "ad-unit", "adunit", "ad-container", "ad-wrapper", "dfp", "skip-link", "sr-only", "visually-hidden",
    "visuallyhidden", "screen-reader",
};

// ...and small parts of an article's frame, words that page wrappers use too.
constexpr std::string_view kWeakBoilerplateWords[] = {
    "share", "sharing", "social", "follow", "widget", "byline", "author", "dateline", "timestamp", "caption",
    "credit", "pagination", "toolbar", "print", "banner", "overlay", "header", "topics", "keywords", "tag-list",
    "taglist", "post-tags", "article-tags", "meta", "rating", "login", "search", "donate", "affiliate", "bio",
    "next-article", "prev-next", "jump", "teaser", "playlist", "gallery",
};

// Words of embedded posts.
constexpr std::string_view kEmbedWords[] = {"embed", "twitter-tweet", "instagram-media"};

// Words of wrappers around the article's text.
constexpr std::string_view kContentWords[] = {"content", "article", "story", "entry", "main", "body", "text"};

// Whole class tokens that mark boilerplate (too short to search as substrings).
constexpr std::string_view kBoilerplateTokens[] = {
    "ad", "ads", "adv", "nav", "tags", "tag", "hidden", "hide", "is-hidden", "d-none", "date", "time",
    "tools", "share", "print", "email", "more", "video", "photo", "img", "image", "credits",
};

bool ContainsAny(std::string_view text, const std::string_view* words, size_t count) {
  for (size_t i = 0; i < count; ++i)
    if (text.find(words[i]) != std::string_view::npos) return true;
  return false;
}

}  // namespace

Evidence ClassEvidence(const HtmlDom& dom, uint32_t n) {
  const std::string_view itemprop = dom.Get(n, Attr::kItemprop);
  if (EqualsCaseless(itemprop, "articlebody") || EqualsCaseless(itemprop, "text")) return Evidence::kArticle;
  const std::string_view role = dom.Get(n, Attr::kRole);
  if (EqualsCaseless(role, "navigation") || EqualsCaseless(role, "complementary") || EqualsCaseless(role, "banner") ||
      EqualsCaseless(role, "contentinfo") || EqualsCaseless(role, "dialog") || EqualsCaseless(role, "alert"))
    return Evidence::kBoilerplate;
  const std::string_view cls = dom.Get(n, Attr::kClass);
  const std::string_view id = dom.Get(n, Attr::kId);
  if (cls.empty() && id.empty()) return Evidence::kNone;
  std::string words;
  words.reserve(cls.size() + id.size() + 1);
  for (char c : cls) words.push_back(AsciiLowerChar(c));
  words.push_back(' ');
  for (char c : id) words.push_back(AsciiLowerChar(c));
  if (ContainsAny(words, kArticleWords, std::size(kArticleWords))) return Evidence::kArticle;
  // An embedded post (a tweet, an Instagram post) is quoted material of the article, however its wrapper is named.
  if (ContainsAny(words, kEmbedWords, std::size(kEmbedWords))) return Evidence::kNone;
  // A name that joins a content word to a furniture word is weak evidence: "content-with-sidebar" wraps the article,
  // "content-header" is small; the size decides (html_article.cc).
  const bool content_word = ContainsAny(words, kContentWords, std::size(kContentWords));
  if (ContainsAny(words, kBoilerplateWords, std::size(kBoilerplateWords)))
    return content_word ? Evidence::kWeakBoilerplate : Evidence::kBoilerplate;
  if (ContainsAny(words, kWeakBoilerplateWords, std::size(kWeakBoilerplateWords))) return Evidence::kWeakBoilerplate;
  // Token checks: "ad", "ad-top", "top-ad", "nav".
  size_t i = 0;
  while (i < words.size()) {
    while (i < words.size() && IsHtmlSpace(words[i])) ++i;
    size_t j = i;
    while (j < words.size() && !IsHtmlSpace(words[j])) ++j;
    const std::string_view token = std::string_view(words).substr(i, j - i);
    for (std::string_view t : kBoilerplateTokens)
      if (token == t) return Evidence::kWeakBoilerplate;
    if (token.substr(0, 3) == "ad-" || token.substr(0, 3) == "ad_" ||
        (token.size() > 3 && (token.substr(token.size() - 3) == "-ad" || token.substr(token.size() - 3) == "_ad")))
      return Evidence::kWeakBoilerplate;
    i = j;
  }
  return Evidence::kNone;
}

std::vector<NodeFacts> ComputeFacts(const HtmlDom& dom) {
  const size_t n = dom.size();
  std::vector<NodeFacts> facts(n);
  std::vector<uint8_t> has_block(n, 0);
  // Children come after their parent: a backward pass sees them first.
  for (size_t k = n; k-- > 0;) {
    const HtmlNode& node = dom.node(static_cast<uint32_t>(k));
    NodeFacts& f = facts[k];
    f.subtree_end = node.last_child == HtmlDom::kNone ? static_cast<uint32_t>(k + 1) : facts[node.last_child].subtree_end;
    if (node.tag == Tag::kText) continue;
    f.block = Is(kBlockTags, node.tag) || (node.tag == Tag::kOther && has_block[k]);
    if ((f.block || has_block[k]) && node.parent != HtmlDom::kNone) has_block[node.parent] = 1;
  }
  for (size_t k = 0; k < n; ++k) {
    const HtmlNode& node = dom.node(static_cast<uint32_t>(k));
    if (node.tag == Tag::kText || node.tag == Tag::kDocument) continue;
    NodeFacts& f = facts[k];
    f.skip = Is(kSkipTags, node.tag) || Hidden(dom, static_cast<uint32_t>(k));
    // The classes of <html> and <body> describe the whole page ("single-post has-sidebar"), not a part of it.
    if (!f.skip && node.attr_count > 0 && node.tag != Tag::kHtml && node.tag != Tag::kBody)
      f.evidence = ClassEvidence(dom, static_cast<uint32_t>(k));
  }
  return facts;
}

namespace {

bool IsSpaceAt(std::string_view s, size_t i, size_t* length) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *length = 1;
    return true;
  }
  // U+00A0 no-break space, U+200B zero width space, U+2009 thin space, U+202F narrow no-break space.
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    *length = 2;
    return true;
  }
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    const unsigned char d = static_cast<unsigned char>(s[i + 2]);
    if (d == 0x8B || d == 0x89 || d == 0xAF || d == 0x8A || d == 0x88) {
      *length = 3;
      return true;
    }
  }
  return false;
}

bool EndsSentence(std::string_view text) {
  // Strip closing quotes and brackets, then look for terminal punctuation.
  size_t end = text.size();
  while (end > 0) {
    const unsigned char c = static_cast<unsigned char>(text[end - 1]);
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      --end;
      continue;
    }
    if (end >= 3 && static_cast<unsigned char>(text[end - 3]) == 0xE2 &&
        static_cast<unsigned char>(text[end - 2]) == 0x80 &&
        (static_cast<unsigned char>(text[end - 1]) == 0x9D || static_cast<unsigned char>(text[end - 1]) == 0x99)) {
      end -= 3;  // ” ’
      continue;
    }
    break;
  }
  if (end == 0) return false;
  const char c = text[end - 1];
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  // … and the CJK full stop
  return end >= 3 && ((static_cast<unsigned char>(text[end - 3]) == 0xE2 && static_cast<unsigned char>(text[end - 2]) == 0x80 &&
                       static_cast<unsigned char>(text[end - 1]) == 0xA6) ||
                      (static_cast<unsigned char>(text[end - 3]) == 0xE3 && static_cast<unsigned char>(text[end - 2]) == 0x80 &&
                       static_cast<unsigned char>(text[end - 1]) == 0x82));
}

BlockKind KindOf(Tag t) {
  switch (t) {
    case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
      return BlockKind::kHeading;
    case Tag::kLi: case Tag::kDt: case Tag::kDd:
      return BlockKind::kListItem;
    case Tag::kTr:
      return BlockKind::kTableRow;
    case Tag::kPre:
      return BlockKind::kPreformatted;
    default:
      return BlockKind::kParagraph;
  }
}

// Builds the blocks during one walk of the tree.
class BlockBuilder {
 public:
  BlockBuilder(const HtmlDom& dom, const std::vector<NodeFacts>& facts) : dom_(dom), facts_(facts) {}

  std::vector<TextBlock> Run(uint32_t root) {
    uint32_t n = root;
    while (true) {
      const bool descend = Enter(n);
      if (descend && dom_.node(n).first_child != HtmlDom::kNone) {
        n = dom_.node(n).first_child;
        continue;
      }
      if (descend) Exit(n);
      while (n != root && dom_.node(n).next_sibling == HtmlDom::kNone) {
        n = dom_.node(n).parent;
        Exit(n);
      }
      if (n == root) break;
      n = dom_.node(n).next_sibling;
    }
    Flush(html_size());
    return std::move(blocks_);
  }

 private:
  uint32_t html_size() const { return dom_.node(HtmlDom::kRoot).end; }

  // Returns whether to walk into n (and later call Exit for it).
  bool Enter(uint32_t n) {
    const HtmlNode& node = dom_.node(n);
    if (node.tag == Tag::kText) {
      AddText(dom_.Text(n));
      return false;
    }
    const NodeFacts& f = facts_[n];
    if (f.skip) return false;
    if (node.tag == Tag::kBr) {
      LineBreak(node.begin, node.end);
      return false;
    }
    if (f.block) {
      Flush(node.begin);  // the text before this block ends there, with the counters as they were
      owners_.push_back(n);
      segment_start_ = node.begin;
    }
    Count(n, +1);
    return true;
  }

  // Keeps the link, figure, header and quotation depths as the walk enters (+1) and leaves (-1) elements.
  void Count(uint32_t n, int step) {
    const HtmlNode& node = dom_.node(n);
    switch (node.tag) {
      case Tag::kA:
        if (dom_.Has(n, Attr::kHref)) link_depth_ = std::max(0, link_depth_ + step);
        break;
      case Tag::kTd: case Tag::kTh:
        if (step > 0 && !line_.empty()) pending_separator_ = true;
        break;
      case Tag::kFigure: case Tag::kFigcaption: case Tag::kCaption:
        figure_depth_ = std::max(0, figure_depth_ + step);
        break;
      case Tag::kHeader:
        header_depth_ = std::max(0, header_depth_ + step);
        break;
      case Tag::kBlockquote:
        quote_depth_ = std::max(0, quote_depth_ + step);
        break;
      default:
        break;
    }
  }

  void Exit(uint32_t n) {
    const HtmlNode& node = dom_.node(n);
    if (facts_[n].block) {
      Flush(node.end);  // the block's last text, inside its figure or quotation still
      if (!owners_.empty()) owners_.pop_back();
      segment_start_ = node.end;
    }
    Count(n, -1);
  }

  void LineBreak(uint32_t br_begin, uint32_t br_end) {
    if (line_.empty()) {
      breaks_ = 0;
      segment_start_ = br_end;
      return;
    }
    if (++breaks_ >= 2 || line_.back() == '\n') {
      // Two line breaks in a row end a paragraph.
      Flush(br_begin);
      segment_start_ = br_end;
      return;
    }
    pending_space_ = false;
    pending_newline_ = true;
  }

  void AddText(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
      size_t length = 1;
      if (IsSpaceAt(text, i, &length)) {
        pending_space_ = true;
        i += length;
        continue;
      }
      const size_t start = i;
      while (i < text.size() && !IsSpaceAt(text, i, &length)) ++i;
      AppendWord(text.substr(start, i - start));
    }
  }

  void AppendWord(std::string_view word) {
    if (!line_.empty()) {
      if (pending_newline_) line_.push_back('\n');
      else if (pending_separator_) line_.append(" | ");
      else if (pending_space_) line_.push_back(' ');
    }
    if (pending_space_ || pending_newline_ || pending_separator_ || line_.empty()) ++words_;
    pending_space_ = pending_newline_ = pending_separator_ = false;
    breaks_ = 0;
    line_.append(word);
    uint32_t chars = 0;
    for (char c : word)
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;
    chars_ += chars;
    if (link_depth_ > 0) link_chars_ += chars;
    for (char c : word) commas_ += c == ',';
  }

  void Flush(uint32_t html_end) {
    if (!line_.empty()) {
      TextBlock b;
      b.owner = owners_.empty() ? HtmlDom::kRoot : owners_.back();
      b.html_begin = std::min(segment_start_, html_end);
      b.html_end = html_end;
      b.chars = chars_;
      b.link_chars = link_chars_;
      b.words = words_;
      b.commas = commas_;
      b.kind = KindOf(dom_.node(b.owner).tag);
      b.in_figure = figure_depth_ > 0;
      b.in_header = header_depth_ > 0;
      b.in_quote = quote_depth_ > 0;
      if (b.in_quote && b.kind == BlockKind::kParagraph) b.kind = BlockKind::kQuote;
      b.ends_sentence = EndsSentence(line_);
      b.text = std::move(line_);
      blocks_.push_back(std::move(b));
    }
    line_.clear();
    chars_ = link_chars_ = words_ = commas_ = 0;
    pending_space_ = pending_newline_ = pending_separator_ = false;
    breaks_ = 0;
  }

  const HtmlDom& dom_;
  const std::vector<NodeFacts>& facts_;
  std::vector<TextBlock> blocks_;
  std::vector<uint32_t> owners_;
  std::string line_;
  uint32_t segment_start_ = 0;
  uint32_t chars_ = 0, link_chars_ = 0, words_ = 0, commas_ = 0;
  int link_depth_ = 0, figure_depth_ = 0, header_depth_ = 0, quote_depth_ = 0;
  int breaks_ = 0;
  bool pending_space_ = false, pending_newline_ = false, pending_separator_ = false;
};

}  // namespace

std::vector<TextBlock> CollectBlocks(const HtmlDom& dom, const std::vector<NodeFacts>& facts, uint32_t root) {
  BlockBuilder builder(dom, facts);
  return builder.Run(root);
}

}  // namespace newsgraph::input
