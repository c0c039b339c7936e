#include "input/html_article.h"

#include <algorithm>
#include <cmath>

#include "input/html_blocks.h"
#include "input/html_encoding.h"
#include "input/html_language.h"
#include "input/html_lines.h"
#include "input/html_metadata.h"
#include "input/html_parse.h"
#include "input/html_scan.h"

namespace newsgraph::input {
namespace {

// A block's worth as article text: its own text counts for it, link text and the bare fact of being one more block
// count against it; a block that ends a sentence is more likely prose.
// Links inside a sentence are prose that links; links on their own are navigation.
bool IsProse(const TextBlock& b) { return b.ends_sentence && b.words >= 8; }

double BlockValue(const TextBlock& b) {
  const bool prose = IsProse(b);
  const double text = static_cast<double>(b.chars) - b.link_chars;
  double v = prose ? text + 0.5 * b.link_chars : text - 1.5 * b.link_chars;
  v -= 20;
  if (b.ends_sentence && text >= 40) v += 20;
  return v;
}

// Which elements are boilerplate. Class words are noisy ("has-sidebar" on the article's wrapper, "author-jane" on
// the article itself), so: no element holding an element marked as article text is boilerplate; strong words
// (comments, related, sidebar) count whatever the size; weak words (share, byline, meta) only for an element holding
// less than a quarter of the page's positive value.
std::vector<uint8_t> ResolveBoilerplate(const HtmlDom& dom, const std::vector<NodeFacts>& facts,
                                        const std::vector<TextBlock>& blocks) {
  const size_t n = dom.size();
  std::vector<double> positive(n, 0.0);
  std::vector<uint8_t> article(n, 0);
  for (const TextBlock& b : blocks) positive[b.owner] += std::max(0.0, BlockValue(b));
  for (size_t k = n; k-- > 1;) {
    const HtmlNode& node = dom.node(static_cast<uint32_t>(k));
    if (node.tag == Tag::kText) continue;
    article[k] |= facts[k].evidence == Evidence::kArticle;
    positive[node.parent] += positive[k];
    article[node.parent] |= article[k];
  }
  const double total = positive[HtmlDom::kRoot];
  std::vector<uint8_t> boilerplate(n, 0);
  for (size_t k = 1; k < n; ++k) {
    if (article[k]) continue;
    const Evidence e = facts[k].evidence;
    boilerplate[k] = e == Evidence::kBoilerplate || (e == Evidence::kWeakBoilerplate && positive[k] < 0.25 * total);
  }
  return boilerplate;
}

// The element whose subtree holds the most article value: each node sums the values of the blocks it owns and of its
// children; a boilerplate child passes on no positive value, and no element inside boilerplate is a candidate.
uint32_t FindContainer(const HtmlDom& dom, const std::vector<NodeFacts>& facts, const std::vector<TextBlock>& blocks,
                       const std::vector<uint8_t>& boilerplate, std::vector<double>* sums) {
  std::vector<double>& sum = *sums;
  sum.assign(dom.size(), 0.0);
  for (const TextBlock& b : blocks) sum[b.owner] += BlockValue(b);
  for (size_t k = dom.size(); k-- > 1;) {
    const HtmlNode& node = dom.node(static_cast<uint32_t>(k));
    if (node.tag == Tag::kText) continue;
    sum[node.parent] += boilerplate[k] ? std::min(sum[k], 0.0) : sum[k];
  }
  std::vector<uint8_t> inside(dom.size(), 0);
  uint32_t best = HtmlDom::kRoot;
  double best_score = -1e300;
  for (uint32_t k = 1; k < dom.size(); ++k) {
    const HtmlNode& node = dom.node(k);
    if (node.tag == Tag::kText) continue;
    inside[k] = inside[node.parent] || boilerplate[k];
    if (inside[k]) continue;
    const double score = facts[k].evidence == Evidence::kArticle ? sum[k] * 1.5 : sum[k];
    if (score > best_score) {
      best_score = score;
      best = k;
    }
  }
  return best;
}

// Why a block is or is not part of the article.
enum class Verdict : uint8_t {
  kKept, kOutside, kBoilerplate, kFigure, kLinks, kFurniture, kTitle, kByline, kDate, kPromo, kOrphan
};

const char* VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kKept: return "KEPT";
    case Verdict::kOutside: return "outside";
    case Verdict::kBoilerplate: return "boilerplate-class";
    case Verdict::kFigure: return "figure";
    case Verdict::kLinks: return "links";
    case Verdict::kFurniture: return "furniture";
    case Verdict::kTitle: return "title";
    case Verdict::kByline: return "byline";
    case Verdict::kDate: return "date";
    case Verdict::kPromo: return "promo";
    case Verdict::kOrphan: return "orphan-heading";
  }
  return "?";
}

double LinkDensity(const TextBlock& b) { return b.chars ? static_cast<double>(b.link_chars) / b.chars : 0; }

// The verdict on one block from itself alone.
Verdict Judge(const HtmlDom& dom, const TextBlock& b, uint32_t root, uint32_t end, const std::vector<uint8_t>& dropped,
              const std::string& title_key, bool header_inside) {
  if (b.owner < root || b.owner >= end) return Verdict::kOutside;
  if (dropped[b.owner - root]) return Verdict::kBoilerplate;
  if (b.in_figure) return Verdict::kFigure;
  if (b.in_header && header_inside) return Verdict::kTitle;  // the article's <header>: headline, standfirst, byline
  if (LinkDensity(b) > 0.5 && !IsProse(b)) return Verdict::kLinks;
  if (IsFurnitureLine(b.text)) return Verdict::kFurniture;
  if (dom.node(b.owner).tag == Tag::kH1) return Verdict::kTitle;
  if (b.kind == BlockKind::kHeading && !title_key.empty() && LetterKey(b.text) == title_key) return Verdict::kTitle;
  if (IsBylineLine(b.text, b.words)) return Verdict::kByline;
  if (b.words <= 25 && IsPromoLine(b.text, true)) return Verdict::kPromo;
  return Verdict::kKept;
}

// Lists whose items are mostly links and short: "More great stories", tag lists, teaser lists.
void DropLinkLists(const HtmlDom& dom, const std::vector<TextBlock>& blocks, std::vector<Verdict>* verdicts) {
  struct ListStats {
    double chars = 0, links = 0, words = 0;
    int items = 0;
  };
  std::vector<std::pair<uint32_t, size_t>> items;  // (list element, block index)
  for (size_t i = 0; i < blocks.size(); ++i) {
    if ((*verdicts)[i] != Verdict::kKept || dom.node(blocks[i].owner).tag != Tag::kLi) continue;
    items.emplace_back(dom.node(blocks[i].owner).parent, i);
  }
  std::sort(items.begin(), items.end());
  for (size_t i = 0; i < items.size();) {
    size_t j = i;
    ListStats s;
    while (j < items.size() && items[j].first == items[i].first) {
      const TextBlock& b = blocks[items[j].second];
      s.chars += b.chars;
      s.links += b.link_chars;
      s.words += b.words;
      ++s.items;
      ++j;
    }
    if (s.items >= 2 && s.links >= 0.35 * s.chars && s.words / s.items < 20)
      for (size_t k = i; k < j; ++k) (*verdicts)[items[k].second] = Verdict::kLinks;
    i = j;
  }
}

// Verdicts that depend on a block's place: date lines and promotions at the article's edges, and a short heading
// whose section was dropped.
void JudgeInContext(const std::vector<TextBlock>& blocks, std::vector<Verdict>* verdicts) {
  std::vector<Verdict>& v = *verdicts;
  std::vector<size_t> kept;
  for (size_t i = 0; i < blocks.size(); ++i)
    if (v[i] == Verdict::kKept) kept.push_back(i);
  // Before the first paragraph of prose, a date may stand alone; after it only a time or an "updated" says so.
  bool prose_seen = false;
  for (size_t i : kept) {
    if (IsDateLine(blocks[i].text, prose_seen)) v[i] = Verdict::kDate;
    if (IsProse(blocks[i]) && blocks[i].words >= 15) prose_seen = true;
  }
  // Promotions and credits closing or opening the article.
  for (size_t k = kept.size(); k-- > 0;) {
    const TextBlock& b = blocks[kept[k]];
    if (v[kept[k]] != Verdict::kKept) continue;
    if (b.words > 35 || !IsPromoLine(b.text, false)) break;
    v[kept[k]] = Verdict::kPromo;
  }
  for (size_t k = 0; k < kept.size(); ++k) {
    const TextBlock& b = blocks[kept[k]];
    if (v[kept[k]] != Verdict::kKept) continue;
    if (b.words > 35 || !IsPromoLine(b.text, false)) break;
    v[kept[k]] = Verdict::kPromo;
  }
  // A short heading followed by a list of dropped links introduced it ("More great stories", "Related").
  for (size_t i = 0; i + 2 < blocks.size(); ++i) {
    const TextBlock& b = blocks[i];
    if (v[i] != Verdict::kKept || b.words > 8 || b.ends_sentence) continue;
    if (v[i + 1] == Verdict::kLinks && v[i + 2] == Verdict::kLinks) v[i] = Verdict::kOrphan;
  }
}

struct Selection {
  uint32_t container = HtmlDom::kRoot;
  std::vector<Verdict> verdicts;  // per block
  std::vector<double> sums;       // per node: the value of its subtree
};

Selection Select(const HtmlDom& dom, const std::vector<NodeFacts>& facts, const std::vector<TextBlock>& blocks,
                 std::string_view title) {
  Selection sel;
  std::vector<double>& sums = sel.sums;
  const std::vector<uint8_t> boilerplate = ResolveBoilerplate(dom, facts, blocks);
  sel.container = FindContainer(dom, facts, blocks, boilerplate, &sums);
  sel.verdicts.assign(blocks.size(), Verdict::kOutside);
  const uint32_t root = sel.container;
  const uint32_t end = facts[root].subtree_end;
  const double root_value = std::max(1.0, sums[root]);

  // Boilerplate subtrees inside the container, unless one holds most of the container's value.
  std::vector<uint8_t> dropped(end - root, 0);
  for (uint32_t n = root + 1; n < end; ++n) {
    const HtmlNode& node = dom.node(n);
    if (node.tag == Tag::kText) continue;
    uint8_t d = dropped[node.parent - root];
    if (!d && boilerplate[n] && sums[n] < 0.5 * root_value) d = 1;
    dropped[n - root] = d;
  }
  const std::string title_key = LetterKey(title);
  // A <header> inside the container is the article's own; a container inside a <header> is a page gone wrong.
  bool header_inside = true;
  for (uint32_t n = root; n != HtmlDom::kRoot; n = dom.node(n).parent)
    if (dom.node(n).tag == Tag::kHeader) header_inside = false;
  for (size_t i = 0; i < blocks.size(); ++i)
    sel.verdicts[i] = Judge(dom, blocks[i], root, end, dropped, title_key, header_inside);
  DropLinkLists(dom, blocks, &sel.verdicts);
  JudgeInContext(blocks, &sel.verdicts);
  return sel;
}

bool LooksBinary(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 1 << 16);
  if (n == 0) return false;
  size_t control = 0;
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  return control * 10 > n;
}

// UTF-16 without a byte-order mark: NUL bytes at every other position.
std::string_view SniffUtf16(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 4096) & ~size_t{1};
  if (n < 16) return {};
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < n; i += 2) {
    even += bytes[i] == 0;
    odd += bytes[i + 1] == 0;
  }
  if (odd * 10 > n * 4 && even * 20 < n) return "utf-16le";
  if (even * 10 > n * 4 && odd * 20 < n) return "utf-16be";
  return {};
}

}  // namespace

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kListItem: return "list_item";
    case BlockKind::kQuote: return "quote";
    case BlockKind::kTableRow: return "table_row";
    case BlockKind::kPreformatted: return "preformatted";
  }
  return "?";
}

bool LooksLikeHtml(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  size_t i = 0;
  while (i < head.size() && IsHtmlSpace(head[i])) ++i;
  head.remove_prefix(i);
  if (StartsWithCaseless(head, "<!doctype html") || StartsWithCaseless(head, "<html") ||
      StartsWithCaseless(head, "<head") || StartsWithCaseless(head, "<body"))
    return true;
  if (StartsWithCaseless(head, "<?xml") && FindCaseless(head, "<html") != std::string_view::npos) return true;
  if (head.empty() || head[0] != '<') return false;
  // A fragment: several known tags near the start.
  int tags = 0;
  for (std::string_view t : {"<p>", "<p ", "<div", "<meta", "<title", "<script", "<link", "<span", "<br", "<a "})
    if (FindCaseless(head, t) != std::string_view::npos) ++tags;
  return tags >= 2;
}

namespace {

// Everything the extraction computes, kept together for ExplainArticle.
struct Analysis {
  DecodedHtml decoded;
  HtmlDom dom;
  std::vector<NodeFacts> facts;
  std::vector<TextBlock> blocks;
  Selection selection;
  ArticleMetadata metadata;
};

StatusOr<Analysis> Analyze(std::string_view html, const HtmlSource& source, const ArticleOptions& options) {
  if (html.size() > options.max_bytes)
    return Status(StatusCode::kTooLarge, "page of " + std::to_string(html.size()) + " bytes, over the limit of " +
                                             std::to_string(options.max_bytes));
  std::string_view charset = source.http_charset;
  const std::string_view utf16 = SniffUtf16(html);
  if (!utf16.empty() && CharsetFromContentType(charset).rfind("utf-16", 0) != 0) charset = utf16;
  if (utf16.empty() && LooksBinary(html))
    return Status(StatusCode::kInvalidArgument, "binary content, not an HTML page");
  auto decoded = DecodeHtml(html, charset);
  if (!decoded.ok()) return decoded.status();
  HtmlParseOptions parse_options;
  parse_options.max_nodes = options.max_nodes;
  auto dom = ParseHtml(decoded->text(), parse_options);
  if (!dom.ok()) return dom.status();
  Analysis a{std::move(*decoded), std::move(*dom), {}, {}, {}, {}};
  a.metadata = ReadMetadata(a.dom, source.url);
  a.facts = ComputeFacts(a.dom);
  uint32_t body = HtmlDom::kRoot;
  for (uint32_t n = 0; n < a.dom.size(); ++n)
    if (a.dom.node(n).tag == Tag::kBody) {
      body = n;
      break;
    }
  a.blocks = CollectBlocks(a.dom, a.facts, body);
  a.selection = Select(a.dom, a.facts, a.blocks, a.metadata.title);
  return a;
}

// "div.article-body#main > p" style path of a node, the last `levels` elements.
std::string PathOf(const HtmlDom& dom, const std::vector<NodeFacts>& facts, uint32_t n, int levels) {
  std::string path;
  for (int i = 0; i < levels && n != HtmlDom::kRoot && n != HtmlDom::kNone; ++i, n = dom.node(n).parent) {
    std::string part(dom.TagName(n));
    if (facts[n].evidence == Evidence::kArticle) part += "[A]";
    if (facts[n].evidence == Evidence::kBoilerplate) part += "[B]";
    if (facts[n].evidence == Evidence::kWeakBoilerplate) part += "[b]";
    const std::string_view cls = dom.Get(n, Attr::kClass), id = dom.Get(n, Attr::kId);
    if (!id.empty()) part += "#" + std::string(id.substr(0, 40));
    if (!cls.empty()) part += "." + std::string(cls.substr(0, 30));
    path = path.empty() ? part : part + " > " + path;
  }
  return path;
}

}  // namespace

std::string ExplainArticle(std::string_view html, const HtmlSource& source, const ArticleOptions& options) {
  auto analysis = Analyze(html, source, options);
  if (!analysis.ok()) return analysis.status().ToString() + "\n";
  const Analysis& a = *analysis;
  std::string out = "container: " + PathOf(a.dom, a.facts, a.selection.container, 4) + "  value " +
                    std::to_string(static_cast<long>(a.selection.sums[a.selection.container])) + "\n";
  for (uint32_t n = a.dom.node(a.selection.container).parent; n != HtmlDom::kRoot; n = a.dom.node(n).parent)
    out += "  ancestor " + PathOf(a.dom, a.facts, n, 1) + "  value " + std::to_string(static_cast<long>(a.selection.sums[n])) + "\n";
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    const TextBlock& b = a.blocks[i];
    char head[96];
    std::snprintf(head, sizeof head, "%-17s %6.0f  %4u/%-4u ", VerdictName(a.selection.verdicts[i]), BlockValue(b),
                  b.link_chars, b.chars);
    std::string text = b.text.substr(0, 90);
    for (char& c : text)
      if (c == '\n') c = ' ';
    out += head + PathOf(a.dom, a.facts, b.owner, 7) + "\n      " + text + "\n";
  }
  return out;
}

StatusOr<Article> ExtractArticle(std::string_view html, const HtmlSource& source, const ArticleOptions& options) {
  auto analysis = Analyze(html, source, options);
  if (!analysis.ok()) return analysis.status();
  const Analysis& a = *analysis;
  const std::vector<TextBlock>& blocks = a.blocks;
  const Selection& sel = a.selection;
  const DecodedHtml* decoded = &a.decoded;
  Article article;
  article.charset = decoded->charset;
  article.charset_source = CharsetSourceName(decoded->source);
  article.metadata = a.metadata;

  // No date in the page's metadata or address: a date line near the article's start (the one the extraction set
  // aside, or one just before the container).
  if (!article.metadata.date) {
    size_t first = 0;
    while (first < blocks.size() && sel.verdicts[first] != Verdict::kKept) ++first;
    const size_t from = first > 40 ? first - 40 : 0;
    for (size_t i = from; i < blocks.size() && i < first + 10 && !article.metadata.date; ++i) {
      if (sel.verdicts[i] != Verdict::kDate && !IsDateLine(blocks[i].text, false)) continue;
      Date d;
      const std::string found = FindDate(blocks[i].text, &d);
      if (found.empty()) continue;
      article.metadata.date = d;
      article.metadata.published = found;
      article.metadata.date_source = "text";
    }
  }
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (sel.verdicts[i] != Verdict::kKept) continue;
    const TextBlock& b = blocks[i];
    if (!article.text.empty()) article.text.append("\n\n");
    ArticleParagraph p;
    p.start = static_cast<uint32_t>(article.text.size());
    article.text.append(b.text);
    p.end = static_cast<uint32_t>(article.text.size());
    p.html_start = decoded->ToOriginal(b.html_begin);
    p.html_end = std::max(p.html_start, decoded->ToOriginal(b.html_end));
    p.kind = b.kind;
    article.paragraphs.push_back(p);
  }
  if (options.detect_language) {
    const LanguageGuess guess = DetectLanguage(
        article.text.empty() ? std::string_view(article.metadata.title) : std::string_view(article.text),
        article.metadata.declared_language);
    article.metadata.language = guess.code;
    article.language_reliable = guess.reliable;
  }
  return article;
}

}  // namespace newsgraph::input
