// The data files compiled into the library, and the one loader of newsgraph's line-oriented data files.
//
//   util::ForEachDataLine(util::DataFile::Get("data/lang/titles.tsv"), [&](std::string_view line) { ... });
//
// Every word list, gazetteer and rule table under data/ is embedded by newsgraph_embed (cmake/Embed.cmake), which
// records the file's path and the licence it is shipped under; DataFiles() lists them (`newsgraph --version` and
// the licence notices can print them). Lines: '#' starts a comment line, blank lines are skipped, trailing '\r'
// and spaces are dropped.
#pragma once

#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "util/lines.h"
#include "util/split.h"

namespace newsgraph::util {

struct DataFile;
// Every embedded file, in the order src/CMakeLists.txt embeds them (generated: build/embedded/data_files.cc).
std::span<const DataFile> DataFiles();

struct DataFile {
  std::string_view path;     // from the source tree's root: "data/lang/titles.tsv"
  std::string_view licence;  // "written for newsgraph", "CC BY 4.0, GeoNames", ...
  std::string_view content;

  // The embedded file at `path`, or an empty one (no lines) when this build lacks it: loaders check what they
  // need and report a missing table as an error.
  static const DataFile& Get(std::string_view path) {
    for (const DataFile& f : DataFiles())
      if (f.path == path) return f;
    static const DataFile kMissing{};
    return kMissing;
  }
  bool empty() const { return content.empty(); }
};

template <typename Fn>
void ForEachDataLine(const DataFile& file, Fn&& fn) {
  ForEachDataLine(file.content, std::forward<Fn>(fn));
}

// The lines of a tab-separated file as fields; lines with fewer than `min_fields` fields are skipped.
template <typename Fn>
void ForEachDataRow(const DataFile& file, size_t min_fields, Fn&& fn) {
  ForEachDataLine(file.content, [&](std::string_view line) {
    const std::vector<std::string_view> fields = SplitFields(line, '\t');
    if (fields.size() >= min_fields) fn(fields);
  });
}

}  // namespace newsgraph::util
