// Article files as a Source: paths given one by one, directories walked for their article files (.txt, .htm, .html,
// .htm.gz, .html.gz, .jsonl in any letter case), "-" for standard input (include/newsgraph/batch.h, OpenFiles).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::input {

// The files named by `paths` in order: a file as given, a directory as its files whose name ends in one of
// `extensions` (lower case; names compared in any case; recursively, sorted), "-" as itself, and a path that does not
// exist as itself too (the reader makes it an error item).
std::vector<std::string> ListFiles(const std::vector<std::string>& paths, const std::vector<std::string>& extensions);

// True when `name` ends in `suffix` (lower case), letter case ignored: "A.HTML" ends in ".html".
bool EndsWithCaseless(std::string_view name, std::string_view suffix);

// Reads a whole file into *text: kTooLarge when it has more than `max_bytes`, kIoError when it cannot be read.
Status ReadWholeFile(const std::string& path, size_t max_bytes, std::string* text);

}  // namespace newsgraph::input
