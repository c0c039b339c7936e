// The benchmark corpus: the article texts of ../shared/data/polnear/*/text (4.3 MB of 2016 US political news) and
// ../shared/data/unlabeled-news/bbc-news/news/*/ (BBC News 2004-05), about 9 MB in all, read at run time and never
// committed. Benchmarks skip with a message when it is absent.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace newsgraph::bench {

inline const std::vector<std::string>& CorpusDocuments() {
  static const std::vector<std::string> docs = [] {
    std::vector<std::string> out;
    const std::string root = std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared/data/";
    std::vector<std::filesystem::path> files;
    for (const char* dir : {"polnear/train/text", "polnear/dev/text", "unlabeled-news/bbc-news/news"}) {
      std::error_code ec;
      for (auto it = std::filesystem::recursive_directory_iterator(root + dir, ec);
           !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".txt") files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      out.push_back(std::move(s).str());
    }
    return out;
  }();
  return docs;
}

inline size_t CorpusBytes() {
  size_t n = 0;
  for (const auto& d : CorpusDocuments()) n += d.size();
  return n;
}

}  // namespace newsgraph::bench
