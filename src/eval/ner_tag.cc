#include "eval/ner_tag.h"

#include "ner/model.h"
#include "ner/tagger.h"

namespace newsgraph::eval {

StatusOr<std::vector<std::string>> TagConll(const ConllFile& file, const std::string& model_path, int stages) {
  auto model = ner::NerModel::Load(model_path);
  if (!model.ok()) return model.status();
  ner::NerTagger tagger(**model);
  const ner::NerWorkspacePtr workspace = ner::NewNerWorkspace();  // reused from document to document
  std::vector<std::string> tags(file.lines.size());
  for (const ConllDocument& doc : file.documents) {
    ner::NerInput input;
    std::vector<size_t> lines;
    input.sentence_begin.push_back(0);
    for (const ConllSentence& s : doc.sentences) {
      for (size_t i = 0; i < s.words.size(); ++i) {
        input.tokens.push_back(s.words[i]);
        lines.push_back(s.lines[i]);
      }
      input.sentence_begin.push_back(static_cast<uint32_t>(input.tokens.size()));
    }
    std::vector<ner::NerEntity> entities;
    tagger.Tag(input, workspace.get(), &entities, nullptr, ner::NerTagOptions{.stages = stages, .confidence = false});
    std::vector<ner::TokenSpan> spans;
    for (const auto& e : entities) spans.push_back({e.begin, e.end, e.type});
    const std::vector<std::string> iob = ner::IobFromSpans(spans, input.tokens.size());
    for (size_t i = 0; i < iob.size(); ++i) tags[lines[i]] = iob[i];
  }
  return tags;
}

std::string ConllWithTags(const ConllFile& file, const std::vector<std::string>& tags) {
  std::string out;
  for (size_t l = 0; l < file.lines.size(); ++l) {
    const std::string& line = file.lines[l];
    out += line;
    if (l < tags.size() && !tags[l].empty()) {
      out += ' ';
      out += tags[l];
    } else if (line.rfind("-DOCSTART-", 0) == 0) {
      out += " O";
    }
    out += '\n';
  }
  return out;
}

}  // namespace newsgraph::eval
