// CoNLL-2003 style NER files: one token per line with space-separated columns (the NER tag last), a blank line
// between sentences and "-DOCSTART-" lines between documents. The file's lines are kept so that a tagger can write
// them back with one more column (the conlleval input format).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::eval {

struct ConllSentence {
  std::vector<std::string> words;  // first column
  std::vector<std::string> tags;   // last column when the file has two or more columns, else empty
  std::vector<size_t> lines;       // index into ConllFile::lines of each token
};

struct ConllDocument {
  std::vector<ConllSentence> sentences;
  size_t tokens() const;
};

struct ConllFile {
  std::vector<std::string> lines;  // every line of the file, without its line break
  std::vector<ConllDocument> documents;
  size_t sentences() const;
  size_t tokens() const;
};

// A file without -DOCSTART- lines is one document. Errors: kNotFound, kInvalidArgument (with the line number) for a
// token line whose column count differs from the first token line's.
StatusOr<ConllFile> ParseConll(std::string_view content);
StatusOr<ConllFile> ReadConllFile(const std::string& path);

}  // namespace newsgraph::eval
