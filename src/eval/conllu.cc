#include "eval/conllu.h"
#include "util/lines.h"
#include "util/split.h"

#include <fstream>
#include <sstream>

namespace newsgraph::eval {
namespace {

bool SpaceAfterNo(std::string_view misc) {
  size_t pos = 0;
  while (pos <= misc.size()) {
    size_t bar = misc.find('|', pos);
    if (bar == std::string_view::npos) bar = misc.size();
    if (misc.substr(pos, bar - pos) == "SpaceAfter=No") return true;
    pos = bar + 1;
  }
  return false;
}

// A token line as read, before it is placed in the text.
struct PendingWord {
  std::string form, upos, xpos;
  bool space_after = true;
  int mwt_group = -1;  // index of the multiword token it belongs to
};
struct Multiword {
  std::string form;
  bool space_after = true;
  int first = 0, last = 0;  // word ids
};

}  // namespace

StatusOr<std::vector<ConlluDocument>> ReadConllu(std::string_view content) {
  std::vector<ConlluDocument> docs;
  std::vector<PendingWord> words;
  std::vector<Multiword> multiwords;
  bool new_doc = false, new_par = false;
  std::string doc_id;
  size_t line_number = 0;

  auto flush_sentence = [&]() {
    if (words.empty()) return;
    if (docs.empty() || new_doc) {
      docs.emplace_back();
      docs.back().id = doc_id;
      new_par = true;
    }
    ConlluDocument& doc = docs.back();
    if (new_par || doc.paragraphs.empty()) {
      if (!doc.text.empty()) doc.text += "\n\n";
      doc.paragraphs.push_back(Span{static_cast<uint32_t>(doc.text.size()), static_cast<uint32_t>(doc.text.size())});
    } else {
      doc.text += ' ';
    }
    const auto sentence_start = static_cast<uint32_t>(doc.text.size());
    // Place each surface token; split a multiword token into its words when they spell it exactly.
    size_t i = 0;
    while (i < words.size()) {
      const PendingWord& w = words[i];
      bool space_after = w.space_after;
      if (w.mwt_group >= 0) {
        const Multiword& mw = multiwords[w.mwt_group];
        const size_t count = static_cast<size_t>(mw.last - mw.first + 1);
        std::string joined;
        for (size_t k = i; k < i + count && k < words.size(); ++k) joined += words[k].form;
        const auto start = static_cast<uint32_t>(doc.text.size());
        doc.text += mw.form;
        if (joined == mw.form) {
          uint32_t pos = start;
          for (size_t k = i; k < i + count && k < words.size(); ++k) {
            const auto len = static_cast<uint32_t>(words[k].form.size());
            doc.words.push_back(GoldWord{Span{pos, pos + len}, words[k].upos, words[k].xpos});
            pos += len;
          }
        } else {
          doc.words.push_back(GoldWord{Span{start, static_cast<uint32_t>(doc.text.size())}, w.upos, w.xpos});
        }
        space_after = mw.space_after;
        i += count;
      } else {
        const auto start = static_cast<uint32_t>(doc.text.size());
        doc.text += w.form;
        doc.words.push_back(GoldWord{Span{start, static_cast<uint32_t>(doc.text.size())}, w.upos, w.xpos});
        ++i;
      }
      if (space_after && i < words.size()) doc.text += ' ';
    }
    doc.sentences.push_back(Span{sentence_start, static_cast<uint32_t>(doc.text.size())});
    doc.paragraphs.back().end = static_cast<uint32_t>(doc.text.size());
    words.clear();
    multiwords.clear();
    new_doc = new_par = false;
  };

  util::Lines lines(content);
  for (std::string_view line; lines.Next(&line);) {
    ++line_number;
    if (line.empty()) {
      flush_sentence();
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# newdoc", 0) == 0) {
        new_doc = true;
        const size_t eq = line.find("= ");
        doc_id = eq == std::string_view::npos ? "" : std::string(line.substr(eq + 2));
      } else if (line.rfind("# newpar", 0) == 0) {
        new_par = true;
      }
      continue;
    }
    const auto fields = util::SplitFields(line, '\t');
    if (fields.size() != 10)
      return Status(StatusCode::kCorrupt, "CoNLL-U line " + std::to_string(line_number) + ": expected 10 fields");
    const std::string_view id = fields[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty nodes
    const size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      Multiword mw;
      mw.form = std::string(fields[1]);
      mw.space_after = !SpaceAfterNo(fields[9]);
      mw.first = std::atoi(std::string(id.substr(0, dash)).c_str());
      mw.last = std::atoi(std::string(id.substr(dash + 1)).c_str());
      if (mw.last < mw.first)
        return Status(StatusCode::kCorrupt, "CoNLL-U line " + std::to_string(line_number) + ": bad range");
      multiwords.push_back(std::move(mw));
      continue;
    }
    PendingWord w;
    w.form = std::string(fields[1]);
    w.upos = std::string(fields[3]);
    w.xpos = std::string(fields[4]);
    w.space_after = !SpaceAfterNo(fields[9]);
    const int word_id = std::atoi(std::string(id).c_str());
    // The first word of a multiword token carries the group; the others are placed along with it.
    if (!multiwords.empty() && word_id == multiwords.back().first)
      w.mwt_group = static_cast<int>(multiwords.size() - 1);
    words.push_back(std::move(w));
  }
  flush_sentence();
  return docs;
}

StatusOr<std::vector<ConlluDocument>> ReadConlluFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open " + path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return ReadConllu(buffer.str());
}

}  // namespace newsgraph::eval
