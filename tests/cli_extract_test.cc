// `newsgraph extract` end to end: records, offsets, bad input, batch order and exit codes.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace newsgraph {
namespace {

using nlohmann::json;
using testing::Lines;
using testing::RunNewsgraph;
using testing::TempDir;
using testing::WriteFile;

// Every object with "start", "end" and "text" must have text == input[start, end).
void CheckSpans(const json& node, const std::string& input, int* checked) {
  if (node.is_object()) {
    if (node.contains("start") && node.contains("end")) {
      const size_t start = node["start"], end = node["end"];
      ASSERT_LE(start, end);
      ASSERT_LE(end, input.size());
      if (node.contains("text")) {
        EXPECT_EQ(node["text"].get<std::string>(), input.substr(start, end - start));
        ++*checked;
      }
    }
    for (const auto& [key, value] : node.items()) CheckSpans(value, input, checked);
  } else if (node.is_array()) {
    for (const auto& value : node) CheckSpans(value, input, checked);
  }
}

std::string Fixture() { return testing::SourcePath("tests/fixtures/starmer-eu.txt"); }

TEST(Extract, ReferenceArticleRecord) {
  const auto r = RunNewsgraph("extract " + Fixture() + " --date 2025-04-22 --tokens");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json record = json::parse(r.out);
  EXPECT_EQ(record["schema"], "newsgraph/3");
  EXPECT_EQ(record["date"], "2025-04-22");
  EXPECT_EQ(record["paragraphs"].size(), 13u);
  for (const char* key : {"id", "sentences", "entities", "quotes", "timexes", "events", "tokens"})
    EXPECT_TRUE(record.contains(key)) << key;
  const std::string input = testing::ReadFileOrDie(Fixture());
  int checked = 0;
  CheckSpans(record, input, &checked);
  EXPECT_GT(checked, 300);  // the tokens at least
  for (const auto& p : record["paragraphs"]) {
    const size_t start = p["start"], end = p["end"];
    EXPECT_NE(input[start], ' ');
    EXPECT_NE(input[end - 1], '\n');
  }
}

// --events: the default lists the coded events (a PLOVER type or an entity participant), "all" every event found,
// "none" skips the stage; the rest of the record does not change.
TEST(Extract, EventsListingIsChosenByFlag) {
  auto events_of = [](const std::string& flag) {
    const auto r = RunNewsgraph("extract " + Fixture() + " --date 2025-04-22" + flag);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    json record = json::parse(r.out);
    json events = record["events"];
    record.erase("events");
    return std::pair(events, record);
  };
  const auto [coded, rest] = events_of("");
  const auto [all, rest_all] = events_of(" --events all");
  const auto [none, rest_none] = events_of(" --events none");
  EXPECT_GE(coded.size(), 4u);
  EXPECT_GT(all.size(), coded.size());
  EXPECT_TRUE(none.empty());
  for (const auto& e : coded) EXPECT_TRUE(!e["type"].is_null() || !e["participants"].empty()) << e.dump();
  EXPECT_EQ(rest, rest_all);
  EXPECT_EQ(rest, rest_none);
  const auto bad = RunNewsgraph("extract " + Fixture() + " --events some");
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.err.find("--events"), std::string::npos) << bad.err;
}

TEST(Extract, StdinAndPretty) {
  const auto r = RunNewsgraph("extract - --date 2025-04-22T09:00:00Z --pretty", "Hello there. General Kenobi.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_GT(Lines(r.out).size(), 5u);  // indented
  const json record = json::parse(r.out);
  EXPECT_EQ(record["id"], nullptr);
  EXPECT_EQ(record["date"], "2025-04-22");
  EXPECT_EQ(record["sentences"].size(), 2u);
}

TEST(Extract, EmptyDocumentGivesAValidEmptyRecord) {
  const auto r = RunNewsgraph("extract -", "");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json record = json::parse(r.out);
  EXPECT_EQ(record["bytes"], 0);
  EXPECT_TRUE(record["paragraphs"].empty());
  EXPECT_TRUE(record["sentences"].empty());
}

TEST(Extract, InvalidUtf8IsAnErrorNamingTheOffset) {
  TempDir dir;
  WriteFile(dir.File("bad.txt"), "Caf\xC3 au lait.");
  const auto r = RunNewsgraph("extract " + dir.File("bad.txt"));
  EXPECT_EQ(r.exit_code, 1);
  const json record = json::parse(r.out);
  EXPECT_NE(record["error"].get<std::string>().find("byte offset 3"), std::string::npos) << record.dump();
  EXPECT_NE(r.err.find("byte offset 3"), std::string::npos);
}

TEST(Extract, RepairKeepsOffsetsIntoTheOriginalBytes) {
  TempDir dir;
  const std::string input = "Caf\xC3 au lait. Stra\xDF" "e \xFF\xFE ok.";
  WriteFile(dir.File("bad.txt"), input);
  const auto r = RunNewsgraph("extract --repair --tokens " + dir.File("bad.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json record = json::parse(r.out);
  EXPECT_EQ(record["repaired_bytes"], 4);
  EXPECT_EQ(record["bytes"], input.size());
  // Spans index the original bytes; their text shows U+FFFD where the bytes were invalid.
  const auto& tokens = record["tokens"];
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens[0]["start"], 0);
  EXPECT_EQ(tokens[0]["end"], 4);
  EXPECT_EQ(tokens[0]["text"], "Caf\xEF\xBF\xBD");
  EXPECT_EQ(tokens.back()["end"], input.size());
}

TEST(Extract, JsonlBatchReportsBadRecordsAndGoesOn) {
  const std::string input =
      "{\"id\": \"a\", \"text\": \"First article. It is short.\", \"date\": \"2025-04-22\"}\n"
      "{\"id\": \"b\", \"text\": \"broken\n"
      "{\"id\": \"c\", \"text\": \"Bad date.\", \"date\": \"2025-02-30\"}\n"
      "\n"
      "{\"id\": \"d\"}\n"
      "[1, 2]\n"
      "{\"id\": 7, \"text\": \"Numeric id.\", \"title\": \"T\", \"url\": \"https://x.org/a\"}\n"
      "{\"id\": \"e\", \"text\": \"Truncated last line";
  const auto r = RunNewsgraph("extract --jsonl - -j 2 --date 2025-01-01", input);
  EXPECT_EQ(r.exit_code, 1);
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 7u) << r.out;  // 8 lines, one blank: every record accounted for
  const json a = json::parse(lines[0]);
  EXPECT_EQ(a["id"], "a");
  EXPECT_EQ(a["date"], "2025-04-22");
  const json b = json::parse(lines[1]);
  EXPECT_EQ(b["line"], 2);
  EXPECT_NE(b["error"].get<std::string>().find("malformed JSON"), std::string::npos);
  const json c = json::parse(lines[2]);
  EXPECT_EQ(c["id"], "c");
  EXPECT_NE(c["error"].get<std::string>().find("no such day"), std::string::npos);
  EXPECT_NE(json::parse(lines[3])["error"].get<std::string>().find("\"text\""), std::string::npos);
  EXPECT_TRUE(json::parse(lines[4]).contains("error"));
  const json seven = json::parse(lines[5]);
  EXPECT_EQ(seven["id"], "7");
  EXPECT_EQ(seven["date"], "2025-01-01");  // the --date default
  EXPECT_EQ(seven["title"], "T");
  EXPECT_EQ(seven["url"], "https://x.org/a");
  EXPECT_EQ(json::parse(lines[6])["line"], 8);
  EXPECT_NE(r.err.find("line 2"), std::string::npos);
  EXPECT_NE(r.err.find("7 records (2 ok, 5 errors)"), std::string::npos) << r.err;
}

TEST(Extract, BatchKeepsInputOrderWithManyThreads) {
  std::string input;
  for (int i = 0; i < 400; ++i) {
    // Uneven sizes so that workers finish out of order.
    std::string text = "Record " + std::to_string(i) + ".";
    for (int k = 0; k < (i * 37) % 200; ++k) text += " More words follow here.";
    input += "{\"id\": \"r" + std::to_string(i) + "\", \"text\": \"" + text + "\"}\n";
  }
  for (const char* threads : {"1", "4"}) {
    const auto r = RunNewsgraph(std::string("extract --quiet --jsonl - -j ") + threads, input);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;  // --quiet
    const auto lines = Lines(r.out);
    ASSERT_EQ(lines.size(), 400u);
    for (int i = 0; i < 400; ++i) EXPECT_EQ(json::parse(lines[i])["id"], "r" + std::to_string(i));
  }
}

TEST(Extract, DirectoryOfTextFiles) {
  TempDir dir;
  WriteFile(dir.File("b.txt"), "Second.");
  WriteFile(dir.File("a.txt"), "First.");
  WriteFile(dir.File("notes.md"), "ignored");
  const auto r = RunNewsgraph("extract " + dir.path() + " --date 2025-04-22");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(json::parse(lines[0])["id"], dir.File("a.txt"));
  EXPECT_EQ(json::parse(lines[1])["id"], dir.File("b.txt"));
}

TEST(Extract, UsageErrorsExitWithTwo) {
  EXPECT_EQ(RunNewsgraph("extract").exit_code, 2);
  EXPECT_EQ(RunNewsgraph("extract - --date 2025-13-01", "x").exit_code, 2);
  EXPECT_EQ(RunNewsgraph("extract /no/such/file.txt").exit_code, 2);
  EXPECT_EQ(RunNewsgraph("extract --no-such-flag -").exit_code, 2);
  EXPECT_EQ(RunNewsgraph("").exit_code, 2);
  const auto r = RunNewsgraph("extract - --date tomorrow", "x");
  EXPECT_NE(r.err.find("invalid date"), std::string::npos);
}

TEST(Extract, DocumentOverTheLimitIsRejected) {
  const auto r = RunNewsgraph("extract - --max-bytes 10", "This document is longer than ten bytes.");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(json::parse(r.out)["error"].get<std::string>().find("over the limit"), std::string::npos);
}

TEST(Extract, FiftyMegabyteDocument) {
  const std::string paragraph = testing::ReadFileOrDie(Fixture()) + "\n\n";
  std::string big;
  while (big.size() < (size_t{50} << 20)) big += paragraph;
  TempDir dir;
  WriteFile(dir.File("big.txt"), big);
  const auto r = RunNewsgraph("extract " + dir.File("big.txt") + " -o " + dir.File("out.json"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json record = json::parse(testing::ReadFileOrDie(dir.File("out.json")));
  EXPECT_EQ(record["bytes"], big.size());
  EXPECT_EQ(record["paragraphs"].size() % 13, 0u);
}

}  // namespace
}  // namespace newsgraph
