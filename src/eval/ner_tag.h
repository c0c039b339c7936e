// The NER model on a CoNLL file, as `newsgraph tag ner` writes it and `newsgraph eval ner` scores it.
#pragma once

#include <string>
#include <vector>

#include "eval/ner_conll.h"
#include "newsgraph/status.h"

namespace newsgraph::eval {

// The model file's predicted IOB2 tag for every token line of `file`, by line index ("" for other lines); `stages`
// 1 runs the sentence-level pass only, 2 both passes. Errors: those of loading the model (kNotFound, kCorrupt, ...).
StatusOr<std::vector<std::string>> TagConll(const ConllFile& file, const std::string& model_path, int stages);

// The file's lines with the predicted tag appended to each token line (the conlleval input format, gold then guess);
// a "-DOCSTART-" line gets " O", as conlleval reads it as a token outside any entity. One '\n' after every line.
std::string ConllWithTags(const ConllFile& file, const std::vector<std::string>& tags);

}  // namespace newsgraph::eval
