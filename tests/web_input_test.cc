// Web pages through `newsgraph extract` and the batch API: HTML files whatever their names, .html.gz, directories,
// JSON lines with "html", WARC archives, the record's `source` and paragraph HTML ranges, skipped languages, and the
// input errors that must be records (a missing file in a list, a document of control bytes).
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "newsgraph/batch.h"
#include "gzip_util.h"
#include "newsgraph/newsgraph.h"
#include "test_util.h"

namespace newsgraph {
namespace {

using nlohmann::json;
using testing::Gzip;
using testing::Lines;
using testing::ReadFileOrDie;
using testing::RunNewsgraph;
using testing::SourcePath;
using testing::TempDir;
using testing::WriteFile;

std::string Page() { return ReadFileOrDie(SourcePath("tests/fixtures/html/harbour-bridge.html")); }
std::string PageText() {  // the expected article text, without the file's final newline
  std::string text = ReadFileOrDie(SourcePath("tests/fixtures/html/harbour-bridge.expected.txt"));
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}
std::string Warc() { return SourcePath("tests/fixtures/html/news.warc.gz"); }

// The record of the harbour-bridge page: the article text is what every offset indexes, and every paragraph's html
// range is an element of the page holding that paragraph's first words.
void CheckHarbourRecord(const json& record, const std::string& page) {
  const std::string text = PageText();
  ASSERT_TRUE(record.contains("source")) << record.dump().substr(0, 300);
  EXPECT_EQ(record["schema"], "newsgraph/3");
  EXPECT_EQ(record["bytes"], text.size());
  EXPECT_EQ(record["text"], text);  // the record carries the text its offsets index
  EXPECT_EQ(record["date"], "2024-03-12");  // the page's own date
  const json& source = record["source"];
  EXPECT_EQ(source["title"], "Harbour bridge to close for repairs until spring");
  EXPECT_EQ(source["date"], "2024-03-12T08:15:00+00:00");
  EXPECT_EQ(source["authors"], json::array({"Mara Lindqvist", "Tom Okafor"}));
  EXPECT_EQ(source["site"], "The Coastal Courier");
  EXPECT_EQ(source["language"], "en");
  EXPECT_EQ(source["canonical_url"], "https://www.coastalcourier.example/news/2024/03/12/harbour-bridge-repairs");
  ASSERT_GE(record["paragraphs"].size(), 5u);
  for (const json& p : record["paragraphs"]) {
    ASSERT_TRUE(p.contains("html")) << p.dump();
    const size_t start = p["html"]["start"], end = p["html"]["end"];
    ASSERT_LT(start, end);
    ASSERT_LE(end, page.size());
    const std::string element = page.substr(start, end - start);
    EXPECT_EQ(element.back(), '>') << element;  // an element, or a run cut by <br> ending at its element's end
    // The paragraph's first word of letters is in the element (the page writes "&mdash;" where the text has "—").
    size_t word = p["start"];
    while (word < text.size() && !std::isalpha(static_cast<unsigned char>(text[word]))) ++word;
    size_t word_end = word;
    while (word_end < text.size() && std::isalpha(static_cast<unsigned char>(text[word_end]))) ++word_end;
    const std::string first_word = text.substr(word, word_end - word);
    ASSERT_FALSE(first_word.empty());
    EXPECT_NE(element.find(first_word), std::string::npos) << first_word << " in " << element;
  }
  // A mention's text is the article text at its offsets (no markup, no JSON-LD).
  for (const json& m : record["mentions"]) {
    const size_t start = m["start"], end = m["end"];
    EXPECT_EQ(m["text"], text.substr(start, end - start));
  }
}

TEST(WebInput, HtmlFileIsReadAsHtmlWhateverItsName) {
  TempDir dir;
  const std::string page = Page();
  WriteFile(dir.File("saved-page.txt"), page);
  const auto r = RunNewsgraph("extract " + dir.File("saved-page.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json record = json::parse(r.out);
  EXPECT_EQ(record["id"], dir.File("saved-page.txt"));
  CheckHarbourRecord(record, page);
  EXPECT_EQ(r.out.find("X-UA-Compatible"), std::string::npos);
  EXPECT_EQ(r.out.find("@context"), std::string::npos);
}

TEST(WebInput, HtmlFlagForcesHtml) {
  const std::string fragment = "Ships &amp; ferries <b>stayed</b> in port on Monday.";
  const auto plain = RunNewsgraph("extract -", fragment);
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_FALSE(json::parse(plain.out).contains("source"));
  EXPECT_FALSE(json::parse(plain.out).contains("text"));  // the caller has the text it gave
  const auto forced = RunNewsgraph("extract --html -", fragment);
  ASSERT_EQ(forced.exit_code, 0) << forced.err;
  const json record = json::parse(forced.out);
  ASSERT_TRUE(record.contains("source"));
  EXPECT_EQ(record["bytes"], std::string("Ships & ferries stayed in port on Monday.").size());
}

TEST(WebInput, DirectoryTakesPagesTextAndJsonLinesInAnyCase) {
  TempDir dir;
  std::filesystem::create_directories(dir.File("sub"));
  WriteFile(dir.File("a.HTML"), Page());
  WriteFile(dir.File("b.Htm"), Page());
  WriteFile(dir.File("sub/c.html.gz"), Gzip(Page()));
  WriteFile(dir.File("d.TXT"), "Plain text about Paris.");
  WriteFile(dir.File("e.JSONL"), "{\"id\": \"e1\", \"text\": \"One.\"}\n{\"id\": \"e2\", \"text\": \"Two.\"}\n");
  WriteFile(dir.File("notes.md"), "ignored");
  const auto r = RunNewsgraph("extract -j 2 " + dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 6u) << r.out;
  const std::vector<std::string> ids = {dir.File("a.HTML"), dir.File("b.Htm"), dir.File("d.TXT"), "e1", "e2",
                                        dir.File("sub/c.html.gz")};
  for (size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(json::parse(lines[i])["id"], ids[i]) << i;
  CheckHarbourRecord(json::parse(lines[0]), Page());
  CheckHarbourRecord(json::parse(lines[5]), Page());  // offsets into the decompressed page
  EXPECT_FALSE(json::parse(lines[2]).contains("source"));
}

TEST(WebInput, JsonlFileGivenByNameIsReadAsJsonLines) {
  TempDir dir;
  WriteFile(dir.File("in.jsonl"), "{\"id\": \"x\", \"text\": \"First.\"}\nnot json\n{\"id\": \"y\", \"text\": \"Second.\"}\n");
  const auto r = RunNewsgraph("extract " + dir.File("in.jsonl"));
  EXPECT_EQ(r.exit_code, 1);
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 3u) << r.out;
  EXPECT_EQ(json::parse(lines[0])["id"], "x");
  EXPECT_EQ(json::parse(lines[1])["line"], 2);
  EXPECT_EQ(json::parse(lines[2])["id"], "y");
}

TEST(WebInput, JsonLinesWithHtml) {
  const std::string page = Page();
  const json given_date = {{"id", "dated"}, {"html", page}, {"date", "2024-03-20"}, {"url", "https://x.example/a"}};
  const json own_date = {{"id", "own"}, {"html", page}};
  const json both = {{"id", "both"}, {"html", page}, {"text", "x"}};
  const auto r = RunNewsgraph("extract --jsonl - --date 2020-01-01",
                              given_date.dump() + "\n" + own_date.dump() + "\n" + both.dump() + "\n");
  EXPECT_EQ(r.exit_code, 1);
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  const json dated = json::parse(lines[0]);
  EXPECT_EQ(dated["date"], "2024-03-20");  // the line's own date wins over the page's
  EXPECT_EQ(dated["url"], "https://x.example/a");
  EXPECT_EQ(dated["source"]["url"], "https://x.example/a");
  const json own = json::parse(lines[1]);
  CheckHarbourRecord(own, page);  // the page's date wins over --date
  EXPECT_NE(json::parse(lines[2])["error"].get<std::string>().find("not both"), std::string::npos);
}

TEST(WebInput, WarcArchive) {
  const auto r = RunNewsgraph("extract --warc " + Warc());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  const json page = json::parse(lines[0]);
  EXPECT_EQ(page["id"], "urn:uuid:00000000-0000-0000-0000-000000000003");
  EXPECT_EQ(page["url"], "https://www.coastalcourier.example/news/2024/03/12/harbour-bridge-repairs");
  EXPECT_EQ(page["source"]["url"], page["url"]);
  // The page was sent gzip-encoded and chunked: html ranges index the decoded body, which is the page file.
  CheckHarbourRecord(page, Page());
  const json french = json::parse(lines[1]);
  EXPECT_EQ(french["skipped"], "language");
  EXPECT_EQ(french["language"], "fr");
  EXPECT_FALSE(french.contains("error"));
  EXPECT_NE(r.err.find("1 skipped"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("4 WARC records skipped: 2 not responses (requests, metadata), 1 not HTML, 1 HTTP status not 200"),
            std::string::npos)
      << r.err;

  const auto any = RunNewsgraph("extract --lang any --warc " + Warc());
  ASSERT_EQ(any.exit_code, 0) << any.err;
  const auto both = Lines(any.out);
  ASSERT_EQ(both.size(), 2u);
  const json analysed = json::parse(both[1]);
  EXPECT_EQ(analysed["source"]["language"], "fr");
  EXPECT_EQ(analysed["date"], "2024-05-02");
  EXPECT_EQ(analysed["source"]["site"], "La Gazette du Littoral");
  EXPECT_GT(analysed["paragraphs"].size(), 2u);

  EXPECT_EQ(RunNewsgraph("extract --warc /no/such.warc.gz").exit_code, 2);
}

// A plain WARC of `n` HTML resource records of uneven sizes.
std::string ManyPageWarc(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    std::string body = "<html><body><article><h1>Story " + std::to_string(i) + "</h1>";
    for (int k = 0; k <= (i * 7) % 23; ++k)
      body += "<p>The council met on Tuesday to discuss the harbour, and the mayor said the work would go on.</p>";
    body += "</article></body></html>";
    const std::string date = i == 3 ? "not a date" : "2024-05-02T10:00:00Z";
    out += "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:r" + std::to_string(i) +
           ">\r\nWARC-Target-URI: https://x.example/" + std::to_string(i) + "\r\nWARC-Date: " + date +
           "\r\nContent-Type: text/html\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body +
           "\r\n\r\n";
  }
  return out;
}

TEST(WebInput, WarcKeepsInputOrderWithThreadsAndFallsBackToWarcDate) {
  TempDir dir;
  WriteFile(dir.File("many.warc"), ManyPageWarc(60));
  const auto r = RunNewsgraph("extract -j 4 --quiet --date 2001-02-03 --warc " + dir.File("many.warc"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 60u);
  for (int i = 0; i < 60; ++i) {
    const json record = json::parse(lines[i]);
    EXPECT_EQ(record["id"], "urn:r" + std::to_string(i));
    EXPECT_EQ(record["date"], i == 3 ? "2001-02-03" : "2024-05-02");  // no date in the page: WARC-Date, else --date
  }
}

TEST(WebInput, BatchApiReadsWarcPagesOnWorkers) {
  TempDir dir;
  WriteFile(dir.File("many.warc"), ManyPageWarc(12));
  auto pipeline = Pipeline::Create();
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  auto source = OpenWarc(dir.File("many.warc"));
  ASSERT_TRUE(source.ok()) << source.status().message();
  std::vector<std::string> titles;
  CallbackSink sink({.analysis = true}, [&](const Record& r) {
    EXPECT_TRUE(r.ok()) << r.status.message();
    EXPECT_TRUE(r.document.source.has_value());
    if (r.document.source) {
      titles.push_back(r.document.source->title);
      EXPECT_FALSE(r.document.source->blocks.empty());
    }
    EXPECT_EQ(r.document.text.find('<'), std::string::npos);
    EXPECT_FALSE(r.analysis.sentences.empty());
    return Status::Ok();
  });
  RunOptions options;
  options.threads = 3;
  auto done = RunBatch(**pipeline, **source, {&sink}, options);
  ASSERT_TRUE(done.ok());
  ASSERT_EQ(titles.size(), 12u);
  EXPECT_EQ(titles[11], "Story 11");
  EXPECT_EQ((*source)->skipped_summary(), "");
  EXPECT_EQ(OpenWarc(dir.File("none.warc")).status().code(), StatusCode::kNotFound);
}

TEST(WebInput, MissingFileInAListIsAnErrorRecordAndTheOthersAreRead) {
  TempDir dir;
  WriteFile(dir.File("a.txt"), "First article.");
  WriteFile(dir.File("c.txt"), "Third article.");
  const auto r = RunNewsgraph("extract " + dir.File("a.txt") + " " + dir.File("b.txt") + " " + dir.File("c.txt"));
  EXPECT_EQ(r.exit_code, 1);
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 3u) << r.out;
  EXPECT_EQ(json::parse(lines[0])["id"], dir.File("a.txt"));
  const json missing = json::parse(lines[1]);
  EXPECT_EQ(missing["id"], dir.File("b.txt"));
  EXPECT_EQ(missing["error"], "not found: no such file or directory: " + dir.File("b.txt"));
  EXPECT_EQ(json::parse(lines[2])["id"], dir.File("c.txt"));
  // Alone, a missing path is a usage error: nothing to read at all.
  EXPECT_EQ(RunNewsgraph("extract " + dir.File("b.txt")).exit_code, 2);
}

TEST(WebInput, DocumentOfControlBytesIsAnError) {
  const auto r = RunNewsgraph("extract -", std::string("\0\0\x01\x02\n\0", 6));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(json::parse(r.out)["error"].get<std::string>().find("only NUL or control bytes"), std::string::npos);
  // Whitespace alone is an empty article, not an error.
  EXPECT_EQ(RunNewsgraph("extract -", "\n\n \t\n").exit_code, 0);
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(PlainText, HtmlEntitiesAreDecodedForTheAnalysisWithOffsetsIntoTheTextAsGiven) {
  const std::string input = "&quot;We will rebuild the bridge,&quot; said Anne Hidalgo, the mayor of Paris &amp; its region.";
  const auto r = RunNewsgraph("extract --tokens -", input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json record = json::parse(r.out);
  EXPECT_EQ(record["bytes"], input.size());
  ASSERT_FALSE(record["quotes"].empty()) << r.out;
  EXPECT_EQ(record["quotes"][0]["text"], "We will rebuild the bridge,");  // the quotation marks were seen
  bool ampersand = false;
  for (const json& t : record["tokens"]) {
    const size_t start = t["start"], end = t["end"];
    EXPECT_EQ(t["text"], input.substr(start, end - start));
    ampersand |= t["text"] == "&amp;";
  }
  EXPECT_TRUE(ampersand);  // one token: the reference as written
  const json& sentence = record["sentences"][0];
  EXPECT_EQ(sentence["start"], 0);
  EXPECT_EQ(sentence["end"], input.size());
  // Without references the text is analysed as it is: the same quote at the same place, shifted by the references.
  const auto plain = RunNewsgraph("extract -", "\"We will rebuild the bridge,\" said Anne Hidalgo.");
  EXPECT_EQ(json::parse(plain.out)["quotes"][0]["start"], 1);
  EXPECT_EQ(record["quotes"][0]["start"], 6);
}

TEST(CommandLine, MistypedCommandsAndOptionsGetDidYouMean) {
  const auto command = RunNewsgraph("extrct -", "x");
  EXPECT_EQ(command.exit_code, 2);
  EXPECT_NE(command.err.find("did you mean 'extract'?"), std::string::npos) << command.err;
  const auto option = RunNewsgraph("extract --dat 2024-01-01 -", "x");
  EXPECT_EQ(option.exit_code, 2);
  EXPECT_NE(option.err.find("did you mean --date?"), std::string::npos) << option.err;
  const auto nested = RunNewsgraph("eval artcle");
  EXPECT_NE(nested.err.find("did you mean 'article'?"), std::string::npos) << nested.err;
}

TEST(CommandLine, MissingModelNamesEveryWayToGiveIt) {
  const auto r = RunNewsgraph("extract --models /no/such/dir -", "x");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--models"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("$NEWSGRAPH_MODELS"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("share/newsgraph/models"), std::string::npos) << r.err;
  EXPECT_EQ(Count(r.err, "not found"), 1u) << r.err;  // the cause, once
}

TEST(CommandLine, RelativeDatesWithoutADateWarnOnce) {
  const std::string input = "{\"id\": \"a\", \"text\": \"He left yesterday.\"}\n"
                            "{\"id\": \"b\", \"text\": \"She arrives next week.\"}\n";
  const auto r = RunNewsgraph("extract --jsonl -", input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Count(r.err, "warning: relative dates"), 1u) << r.err;
  EXPECT_NE(r.err.find("(first: a)"), std::string::npos) << r.err;
  EXPECT_EQ(RunNewsgraph("extract --jsonl - --date 2024-01-01", input).err.find("warning"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph
