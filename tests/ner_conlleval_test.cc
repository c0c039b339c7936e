// The conlleval reimplementation on hand-made cases whose counts follow from conlleval's chunk rules.
#include <gtest/gtest.h>

#include "eval/ner_conll.h"
#include "eval/ner_eval.h"

namespace newsgraph::eval {
namespace {

Conlleval Score(const std::vector<std::string>& lines) {
  Conlleval c;
  for (const auto& l : lines) c.AddLine(l);
  return c;
}

TEST(Conlleval, ReportFormatIsConllevals) {
  Conlleval c = Score({"a x B-PER B-ORG", "b x O O", "c x B-LOC B-LOC", "d x O O"});
  EXPECT_EQ(c.Report(),
            "processed 4 tokens with 2 phrases; found: 2 phrases; correct: 1.\n"
            "accuracy:  75.00%; precision:  50.00%; recall:  50.00%; FB1:  50.00\n"
            "              LOC: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n"
            "              ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  1\n"
            "              PER: precision:   0.00%; recall:   0.00%; FB1:   0.00  0\n");
}

TEST(Conlleval, Iob1AndIob2DescribeTheSameChunks) {
  // Gold in IOB1 (I- starts a chunk after O), guesses in IOB2.
  Conlleval c = Score({"a I-PER B-PER", "b I-PER I-PER", "c O O", "d I-LOC B-LOC", "e B-LOC B-LOC"});
  EXPECT_EQ(c.overall().matched(), 3);
  EXPECT_EQ(c.overall().gold, 3);
  EXPECT_EQ(c.overall().predicted, 3);
  EXPECT_EQ(c.correct_tags(), 3);  // tags differ on a, d (I- vs B-); conlleval compares tags, not chunks
}

TEST(Conlleval, SplitChunkIsWrongTwice) {
  Conlleval c = Score({"New B-ORG B-ORG", "York I-ORG B-ORG", "Times I-ORG I-ORG"});
  EXPECT_EQ(c.overall().gold, 1);
  EXPECT_EQ(c.overall().predicted, 2);
  EXPECT_EQ(c.overall().matched(), 0);
}

TEST(Conlleval, LongerGuessIsWrong) {
  Conlleval c = Score({"a B-PER B-PER", "b O I-PER"});
  EXPECT_EQ(c.overall().matched(), 0);
  Conlleval d = Score({"a B-PER B-PER", "b I-PER O"});
  EXPECT_EQ(d.overall().matched(), 0);
}

TEST(Conlleval, TypeChangeInsideStartsAChunk) {
  Conlleval c = Score({"a B-PER B-PER", "b I-ORG I-ORG"});
  EXPECT_EQ(c.overall().gold, 2);
  EXPECT_EQ(c.overall().matched(), 2);
  EXPECT_EQ(c.per_type().at("ORG").matched(), 1);
}

TEST(Conlleval, BoundariesEndChunksAndDocstartCountsAsToken) {
  // A chunk cannot run over an empty line; -DOCSTART- is a token (conlleval counts it), an "-X-" line is not.
  Conlleval c = Score({"-DOCSTART- -X- O O", "", "x B-LOC B-LOC", "", "y I-LOC I-LOC", "-X- -X- O O", "z I-LOC I-LOC"});
  EXPECT_EQ(c.tokens(), 4);
  EXPECT_EQ(c.correct_tags(), 4);
  EXPECT_EQ(c.overall().gold, 3);
  EXPECT_EQ(c.overall().matched(), 3);
}

TEST(Conlleval, ChunkOpenAtTheEndIsCounted) {
  Conlleval c = Score({"a O O", "b B-MISC B-MISC", "c I-MISC I-MISC"});
  EXPECT_EQ(c.overall().matched(), 1);
  EXPECT_EQ(c.Report().substr(0, 65), "processed 3 tokens with 1 phrases; found: 1 phrases; correct: 1.\n");
}

TEST(Conlleval, TabsAndExtraColumns) {
  Conlleval c = Score({"Peter\tNNP\tB-NP\tB-PER\tB-PER", "Blackburn NNP I-NP I-PER I-PER"});
  EXPECT_EQ(c.overall().matched(), 1);
  EXPECT_EQ(c.tokens(), 2);
}

TEST(ConllReader, DocumentsSentencesAndColumns) {
  auto f = ParseConll("-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n\n"
                      "-DOCSTART- -X- -X- O\n\nBonn NNP B-NP B-LOC\n");
  ASSERT_TRUE(f.ok());
  ASSERT_EQ(f->documents.size(), 2u);
  EXPECT_EQ(f->documents[0].sentences.size(), 2u);
  EXPECT_EQ(f->documents[0].sentences[0].words, (std::vector<std::string>{"EU", "rejects"}));
  EXPECT_EQ(f->documents[0].sentences[0].tags, (std::vector<std::string>{"B-ORG", "O"}));
  EXPECT_EQ(f->documents[1].sentences[0].lines, (std::vector<size_t>{9}));
  EXPECT_EQ(f->tokens(), 4u);
  auto bad = ParseConll("a B-PER\nb c B-PER\n");
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("line 2"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph::eval
