// The batch API (include/newsgraph/batch.h): sources with their per-item errors, sinks, and the ordered run with its
// memory bound, progress, cancellation and output failures.
#include "newsgraph/batch.h"

#include <gtest/gtest.h>

#include <atomic>
#include <nlohmann/json.hpp>

#include "input/jsonl.h"
#include "newsgraph/json.h"
#include "newsgraph/newsgraph.h"
#include "test_util.h"
#include "pipeline_test_util.h"

namespace newsgraph {
namespace {

using nlohmann::json;
using testing::TempDir;
using testing::WriteFile;

using testing::SharedPipeline;

std::vector<SourceItem> ReadAll(Source& source) {
  std::vector<SourceItem> items;
  SourceItem item;
  while (source.Next(&item)) items.push_back(item);
  return items;
}

// Documents of uneven sizes, so that workers finish out of order.
std::vector<Document> Documents(int n) {
  std::vector<Document> docs;
  for (int i = 0; i < n; ++i) {
    Document d;
    d.id = "d" + std::to_string(i);
    d.text = "Angela Merkel visited Paris on Monday.";
    for (int k = 0; k < (i * 37) % 60; ++k) d.text += " The talks went on.";
    docs.push_back(d);
  }
  return docs;
}

TEST(BatchSource, JsonlItemsCarryTheirLineAndErrors) {
  TempDir dir;
  WriteFile(dir.File("in.jsonl"),
            "{\"id\": \"a\", \"text\": \"One.\", \"title\": \"T\", \"url\": \"https://x.org/a\"}\n"
            "\n"
            "{\"id\": \"b\", \"text\": \"broken\n"
            "{\"id\": \"c\", \"text\": \"" + std::string(200, 'x') + "\"}\n"
            "{\"id\": \"d\", \"text\": \"Dated.\", \"date\": \"2025-04-22\"}\n");
  SourceOptions options;
  options.default_date = Date{2025, 1, 1};
  options.max_document_bytes = 50;  // lines up to 2 * 50 + 4096 bytes
  auto source = OpenJsonl(dir.File("in.jsonl"), options);
  const auto items = ReadAll(*source);
  ASSERT_EQ(items.size(), 4u);  // the blank line is not an input
  EXPECT_TRUE(items[0].status.ok());
  EXPECT_EQ(items[0].line, 1);
  EXPECT_EQ(items[0].document.title, "T");
  EXPECT_EQ(items[0].document.url, "https://x.org/a");
  EXPECT_EQ(items[0].document.date, (Date{2025, 1, 1}));
  EXPECT_EQ(items[0].bytes, 4u);
  EXPECT_EQ(items[1].line, 3);
  EXPECT_EQ(items[1].document.id, "b");
  EXPECT_EQ(items[1].status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(items[2].line, 4);
  EXPECT_TRUE(items[2].status.ok());  // 200 bytes: under the line limit; the pipeline checks the document size
  EXPECT_EQ(items[3].document.date, (Date{2025, 4, 22}));
  EXPECT_EQ(source->last_line(), 5);
  EXPECT_GT(source->total_bytes(), 0u);
}

TEST(BatchSource, JsonlFileThatCannotBeOpenedIsOneErrorItem) {
  auto source = OpenJsonl("/no/such/file.jsonl");
  const auto items = ReadAll(*source);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].status.code(), StatusCode::kIoError);
  EXPECT_NE(items[0].status.message().find("/no/such/file.jsonl"), std::string::npos);
}

TEST(BatchSource, FilesAndDirectories) {
  TempDir dir;
  std::filesystem::create_directories(dir.File("sub"));
  WriteFile(dir.File("sub/b.txt"), "Second.");
  WriteFile(dir.File("a.txt"), "First.");
  WriteFile(dir.File("notes.md"), "ignored");
  WriteFile(dir.File("big.txt"), std::string(100, 'x'));
  SourceOptions options;
  options.max_document_bytes = 50;
  auto source = OpenFiles({dir.path(), dir.File("notes.md")}, options);
  ASSERT_TRUE(source.ok()) << source.status().message();
  const auto items = ReadAll(**source);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].document.id, dir.File("a.txt"));
  EXPECT_EQ(items[0].document.text, "First.");
  EXPECT_EQ(items[1].document.id, dir.File("big.txt"));
  EXPECT_EQ(items[1].status.code(), StatusCode::kTooLarge);
  EXPECT_EQ(items[1].bytes, 0u);
  EXPECT_EQ(items[2].document.id, dir.File("sub/b.txt"));
  EXPECT_EQ(items[3].document.text, "ignored");  // named explicitly, so taken whatever its extension
  EXPECT_EQ((*source)->total_bytes(), 6u + 100u + 7u + 7u);

  // A missing path among others is an error item in its place; alone, it fails the opening.
  auto some_missing = OpenFiles({dir.File("none.txt"), dir.File("a.txt")});
  ASSERT_TRUE(some_missing.ok());
  const auto read = ReadAll(**some_missing);
  ASSERT_EQ(read.size(), 2u);
  EXPECT_EQ(read[0].status.code(), StatusCode::kNotFound);
  EXPECT_EQ(read[0].document.id, dir.File("none.txt"));
  EXPECT_TRUE(read[1].status.ok());
  auto missing = OpenFiles({dir.File("none.txt")});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(missing.status().message(), "no such file or directory: " + dir.File("none.txt"));
}

TEST(BatchRun, RecordsComeInInputOrderWithTheirAnalysis) {
  std::vector<std::string> ids;
  std::vector<uint64_t> indexes;
  size_t mentions = 0;
  CallbackSink sink({.analysis = true}, [&](const Record& r) {
    ids.push_back(r.document.id);
    indexes.push_back(r.index);
    EXPECT_TRUE(r.json.empty());  // no sink asked for JSON
    EXPECT_FALSE(r.document.text.empty());
    mentions += r.analysis.mentions.size();
    return Status::Ok();
  });
  auto source = SourceOfDocuments(Documents(60));
  RunOptions options;
  options.threads = 4;
  uint64_t progress_calls = 0, last_records = 0;
  options.on_record = [&](const Record&, const BatchCounts& c) {
    ++progress_calls;
    EXPECT_EQ(c.records, last_records + 1);
    last_records = c.records;
  };
  auto result = RunBatch(SharedPipeline(), *source, {&sink}, options);
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_EQ(ids.size(), 60u);
  for (int i = 0; i < 60; ++i) {
    EXPECT_EQ(ids[i], "d" + std::to_string(i));
    EXPECT_EQ(indexes[i], static_cast<uint64_t>(i));
  }
  EXPECT_GE(mentions, 120u);  // Angela Merkel and Paris in each
  EXPECT_EQ(result->counts.records, 60u);
  EXPECT_EQ(result->counts.errors, 0u);
  EXPECT_GT(result->counts.tokens, 60u * 8);
  EXPECT_EQ(progress_calls, 60u);
  EXPECT_FALSE(result->stopped);
}

TEST(BatchRun, JsonSinkGetsRecordsAndErrorSinkOnlyErrors) {
  TempDir dir;
  std::vector<Document> docs = Documents(3);
  docs[1].text = "Caf\xC3 au lait.";  // invalid UTF-8
  std::FILE* all = std::fopen(dir.File("all.jsonl").c_str(), "wb");
  std::FILE* errors = std::fopen(dir.File("errors.jsonl").c_str(), "wb");
  JsonLinesSink all_sink(all), error_sink(errors, JsonLinesSink::Which::kErrors);
  std::vector<std::string> messages;
  RunOptions options;
  options.threads = 2;
  options.on_record = [&](const Record& r, const BatchCounts&) {
    if (!r.ok()) messages.push_back(ErrorMessage(r));
    EXPECT_TRUE(r.document.text.empty());  // freed on the worker: only JSON was needed
    EXPECT_TRUE(r.analysis.tokens.empty());
  };
  auto source = SourceOfDocuments(docs);
  auto result = RunBatch(SharedPipeline(), *source, {&all_sink, &error_sink}, options);
  std::fclose(all);
  std::fclose(errors);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->counts.errors, 1u);
  const auto lines = testing::Lines(testing::ReadFileOrDie(dir.File("all.jsonl")));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(json::parse(lines[0])["id"], "d0");
  EXPECT_TRUE(json::parse(lines[1]).contains("error"));
  const auto error_lines = testing::Lines(testing::ReadFileOrDie(dir.File("errors.jsonl")));
  ASSERT_EQ(error_lines.size(), 1u);
  EXPECT_EQ(error_lines[0], lines[1]);
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].rfind("(id d1): invalid UTF-8", 0), 0u) << messages[0];
}

// A source that counts what it has handed out, to check how far reading runs ahead of writing.
class CountingSource : public Source {
 public:
  explicit CountingSource(int n) : docs_(Documents(n)) {}
  bool Next(SourceItem* item) override {
    if (read_ == docs_.size()) return false;
    *item = SourceItem();
    item->document = docs_[read_++];
    return true;
  }
  std::atomic<size_t> read_{0};

 private:
  std::vector<Document> docs_;
};

TEST(BatchRun, MemoryIsBoundedByTheRecordsInFlight) {
  CountingSource source(40);
  RunOptions options;
  options.threads = 2;
  options.in_flight_per_thread = 1;
  size_t most_ahead = 0;
  CallbackSink sink({.json = true}, [&](const Record& r) {
    // Before record k is written, at most 2 more are in flight and one more may wait to be submitted.
    most_ahead = std::max(most_ahead, source.read_.load() - r.index);
    return Status::Ok();
  });
  auto result = RunBatch(SharedPipeline(), source, {&sink}, options);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->counts.records, 40u);
  EXPECT_LE(most_ahead, 3u);
}

TEST(BatchRun, StopFlagEndsTheRunAfterWhatIsInFlight) {
  std::atomic<bool> stop{false};
  std::vector<uint64_t> written;
  CallbackSink sink({.json = true}, [&](const Record& r) {
    written.push_back(r.index);
    if (r.index == 4) stop = true;  // as a SIGINT handler would, from another thread
    return Status::Ok();
  });
  CountingSource source(200);
  RunOptions options;
  options.threads = 2;
  options.stop = &stop;
  auto result = RunBatch(SharedPipeline(), source, {&sink}, options);
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result->stopped);
  EXPECT_LT(written.size(), 200u);
  EXPECT_EQ(written.size(), source.read_.load());  // everything read was written: nothing lost
  for (size_t i = 0; i < written.size(); ++i) EXPECT_EQ(written[i], i);
}

TEST(BatchRun, SinkFailureStopsTheRunAndIsReturned) {
  int writes = 0;
  CallbackSink sink({.json = true}, [&](const Record& r) {
    ++writes;
    return r.index == 5 ? Status(StatusCode::kIoError, "disk full") : Status::Ok();
  });
  CountingSource source(100);
  auto result = RunBatch(SharedPipeline(), source, {&sink}, RunOptions{.threads = 2});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(), "disk full");
  EXPECT_EQ(writes, 6);
  EXPECT_LT(source.read_.load(), 100u);

  std::FILE* full = std::fopen("/dev/full", "wb");
  if (full == nullptr) GTEST_SKIP() << "no /dev/full";
  JsonLinesSink broken(full);
  auto docs = SourceOfDocuments(Documents(3));
  auto failed = RunBatch(SharedPipeline(), *docs, {&broken}, RunOptions{.threads = 1});
  std::fclose(full);
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().code(), StatusCode::kIoError);
}

TEST(BatchRun, ErrorMessageNamesLineAndId) {
  Record r;
  r.status = Status(StatusCode::kInvalidArgument, "malformed JSON");
  EXPECT_EQ(ErrorMessage(r), "invalid argument: malformed JSON");
  r.line = 2;
  EXPECT_EQ(ErrorMessage(r), "line 2: invalid argument: malformed JSON");
  r.document.id = "b";
  EXPECT_EQ(ErrorMessage(r), "line 2 (id b): invalid argument: malformed JSON");
}

// The output escapes a string as RapidJSON's writer did: '"', '\\' and the control characters (short forms where
// JSON has them, else \u00XX in capitals), every other byte as it is, in strings of every length around the 8-byte
// steps of the scan.
TEST(JsonOutput, EscapesStringsAsBefore) {
  auto reference = [](std::string_view s) {
    static const char* const kShort = "uuuuuuuubtnufruuuuuuuuuuuuuuuuuu";
    std::string out = "\"";
    for (const char ch : s) {
      const unsigned char c = static_cast<unsigned char>(ch);
      if (c == '"' || c == '\\') {
        out += '\\';
        out += ch;
      } else if (c < 0x20) {
        out += '\\';
        out += kShort[c];
        if (kShort[c] == 'u') {
          char hex[8];
          std::snprintf(hex, sizeof hex, "00%02X", c);
          out += hex;
        }
      } else {
        out += ch;
      }
    }
    return out + "\"";
  };
  std::vector<std::string> strings = {"plain", "caf\xc3\xa9 \xe2\x80\x99quoted\xe2\x80\x99 / \x7f", "a\"b\\c"};
  std::string controls;
  for (int c = 0; c < 0x20; ++c) controls += static_cast<char>(c);
  strings.push_back(controls);
  for (size_t length = 1; length <= 20; ++length)
    for (size_t at = 0; at < length; ++at)
      for (const char special : {'"', '\\', '\n', '\x01', '\x1f'}) {
        std::string s(length, 'x');
        s[at] = special;
        strings.push_back(s);
      }
  for (const std::string& s : strings) {
    const std::string record = ErrorJson(s, 1, Status(StatusCode::kInvalidArgument, "x"));
    ASSERT_NE(record.find("\"id\":" + reference(s) + ","), std::string::npos) << record;
    EXPECT_EQ(json::parse(record)["id"], s);
  }
}

// A JSON Lines record reads the same whichever parser reads it: the quick one for plain records, nlohmann's for
// integer ids, repeated keys, escaped surrogates and whatever the quick one rejects.
TEST(JsonlInput, RecordsReadAsBefore) {
  using input::ParseJsonlRecord;
  auto parse = [](std::string_view line) { return ParseJsonlRecord(line, std::nullopt); };
  auto r = parse(R"({"id": "a1", "text": "Iran held talks.", "date": "2025-04-22", "title": "T", "url": null})");
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(r.document.id, "a1");
  EXPECT_EQ(r.document.text, "Iran held talks.");
  EXPECT_EQ(r.document.title, "T");
  EXPECT_TRUE(r.date_given);
  EXPECT_EQ(parse(R"({"id": 17, "text": "x"})").document.id, "17");
  EXPECT_EQ(parse(R"({"id": -4, "text": "x"})").document.id, "-4");
  EXPECT_EQ(parse(R"({"id": "d", "text": "first", "text": "last"})").document.text, "last");  // the last one wins
  EXPECT_EQ(parse(R"({"id": "p", "text": "\ud83d\ude00 \u00e9\u0000"})").document.text,
            std::string("\xf0\x9f\x98\x80 \xc3\xa9\0", 8));
  EXPECT_EQ(parse(R"({"id": "s", "text": "lone \ud800 surrogate"})").status.message(), "malformed JSON");
  EXPECT_EQ(parse(R"({"id": "s", "text": "lone \udc00 surrogate"})").status.message(), "malformed JSON");
  // nlohmann ends the input at a NUL byte (RapidJSON would too, but its reading is left to nlohmann's).
  EXPECT_EQ(parse(std::string("{\"id\": \"n\", \"text\": \"x\"}\0tail", 29)).document.text, "x");
  EXPECT_EQ(parse(std::string("{\"id\": \"n\", \"text\": \"x\0y\"}", 26)).status.message(), "malformed JSON");
  EXPECT_EQ(parse("{\"id\": \"u\", \"text\": \"bad \xff byte\"}").status.message(), "malformed JSON");
  EXPECT_EQ(parse("{\"id\": \"u\", \"text\": \"bad \xed\xa0\x80 byte\"}").status.message(), "malformed JSON");
  EXPECT_EQ(parse(R"({"id": "t", "text": "x"} trailing)").status.message(), "malformed JSON");
  EXPECT_EQ(parse(R"({"id": "t", "text": "x"} trailing)").document.id, "t");
  EXPECT_EQ(parse(R"([1, 2])").status.message(), "a record must be a JSON object");
  EXPECT_EQ(parse(R"({"id": 1.5, "text": "x"})").status.message(), "field \"id\" must be a string or an integer");
  EXPECT_EQ(parse(R"({"id": "h", "html": "<p>x</p>", "text": null})").status.message(),
            "give \"text\" or \"html\", not both");
  EXPECT_TRUE(parse(R"({"id": "h", "html": "<p>x</p>"})").html);
  EXPECT_EQ(parse(R"({"id": "t", "text": 5})").status.message(), "field \"text\" (a string) is required");
  EXPECT_EQ(parse(R"({"id": "t", "text": "x", "title": 5})").status.message(), "field \"title\" must be a string");
  EXPECT_TRUE(parse(R"({"id": "n", "text": "x", "n": [1, {"a": [true, null]}], "big": 123456789012345678901234})")
                  .status.ok());
  // Deep nesting does not overflow the stack.
  EXPECT_TRUE(parse(std::string(R"({"id": "deep", "text": "x", "d": )") + std::string(100000, '[') +
                    std::string(100000, ']') + "}")
                  .status.ok());
}

}  // namespace
}  // namespace newsgraph
