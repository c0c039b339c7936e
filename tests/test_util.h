// Helpers shared by the tests: running the newsgraph binary, reading files, locating ../shared.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace newsgraph::testing {

inline std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

inline std::string SourcePath(const std::string& relative) { return std::string(NEWSGRAPH_SOURCE_DIR) + "/" + relative; }

// The gold data beside the repository; tests that need it skip when it is absent (a user's clone has none).
inline std::string SharedPath(const std::string& relative) { return std::string(NEWSGRAPH_SHARED_DIR) + "/" + relative; }
#define NEWSGRAPH_REQUIRE_SHARED(relative)                                                               \
  do {                                                                                                   \
    if (!std::filesystem::exists(::newsgraph::testing::SharedPath(relative)))                            \
      GTEST_SKIP() << "skipped: " << ::newsgraph::testing::SharedPath(relative)                          \
                   << " is absent (the gold data lives in ../shared beside the repository)";             \
  } while (0)

// A scratch directory removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "newsgraph-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string File(const std::string& name) const { return path_ + "/" + name; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out, err;
};

// Runs `newsgraph <args>` through the shell with `input` on stdin.
inline CommandResult RunNewsgraph(const std::string& args, const std::string& input = "") {
  TempDir dir;
  WriteFile(dir.File("stdin"), input);
  const std::string command = std::string(NEWSGRAPH_BINARY) + " " + args + " < " + dir.File("stdin") + " > " +
                              dir.File("stdout") + " 2> " + dir.File("stderr");
  const int status = std::system(command.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFileOrDie(dir.File("stdout"));
  r.err = ReadFileOrDie(dir.File("stderr"));
  return r;
}

inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace newsgraph::testing
