// Article files as a Source: paths given one by one, directories walked for their *.txt files, "-" for standard
// input (include/newsgraph/batch.h, OpenFiles). A reader of other file kinds (web pages) can reuse ListFiles.
#pragma once

#include <string>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::input {

// The files named by `paths` in order: a file as given, a directory as its files whose name ends in `extension`
// (recursively, sorted), "-" as itself. kNotFound for a path that does not exist.
StatusOr<std::vector<std::string>> ListFiles(const std::vector<std::string>& paths, const std::string& extension);

// Reads a whole file into *text: kTooLarge when it has more than `max_bytes`, kIoError when it cannot be read.
Status ReadWholeFile(const std::string& path, size_t max_bytes, std::string* text);

}  // namespace newsgraph::input
