// Tag schemes, transitions and the reading of IOB tags.
#include <gtest/gtest.h>

#include "ner/labels.h"

namespace newsgraph::ner {
namespace {

TEST(NerLabels, EncodeDecodeRoundTrip) {
  for (TagScheme scheme : {TagScheme::kBio, TagScheme::kBilou}) {
    const LabelSet set(scheme);
    const std::vector<TokenSpan> spans = {{0, 1, 0}, {1, 3, 1}, {4, 7, 2}, {7, 8, 3}};
    const std::vector<int> labels = set.Encode(spans, 9);
    EXPECT_EQ(set.Decode(labels), spans);
    // Every encoded sequence is valid under the scheme's transitions.
    EXPECT_TRUE(set.CanStart(labels[0]));
    EXPECT_TRUE(set.CanEnd(labels.back()));
    for (size_t i = 1; i < labels.size(); ++i) EXPECT_TRUE(set.CanFollow(labels[i - 1], labels[i])) << i;
  }
}

TEST(NerLabels, Transitions) {
  const LabelSet bio(TagScheme::kBio), bilou(TagScheme::kBilou);
  EXPECT_FALSE(bio.CanFollow(bio.Label('O', -1), bio.Label('I', 0)));
  EXPECT_FALSE(bio.CanFollow(bio.Label('B', 0), bio.Label('I', 1)));
  EXPECT_TRUE(bio.CanFollow(bio.Label('B', 0), bio.Label('B', 0)));
  EXPECT_FALSE(bio.CanStart(bio.Label('I', 2)));
  EXPECT_FALSE(bilou.CanFollow(bilou.Label('B', 0), bilou.Label('O', -1)));
  EXPECT_FALSE(bilou.CanFollow(bilou.Label('L', 0), bilou.Label('I', 0)));
  EXPECT_TRUE(bilou.CanFollow(bilou.Label('U', 3), bilou.Label('B', 3)));
  EXPECT_FALSE(bilou.CanEnd(bilou.Label('I', 1)));
  EXPECT_EQ(bilou.size(), 17);
  EXPECT_EQ(bilou.Name(bilou.Label('L', 3)), "L-MISC");
}

TEST(NerLabels, SpansFromIobReadsAsConllevalDoes) {
  using V = std::vector<std::string>;
  EXPECT_EQ(SpansFromIob(V{"B-PER", "I-PER", "O", "B-LOC"}), (std::vector<TokenSpan>{{0, 2, 0}, {3, 4, 2}}));
  // IOB1: I- after O starts a chunk; B- only separates adjacent chunks of one type.
  EXPECT_EQ(SpansFromIob(V{"I-ORG", "I-ORG", "B-ORG", "O", "I-MISC"}),
            (std::vector<TokenSpan>{{0, 2, 1}, {2, 3, 1}, {4, 5, 3}}));
  // A type change starts a chunk.
  EXPECT_EQ(SpansFromIob(V{"B-PER", "I-LOC"}), (std::vector<TokenSpan>{{0, 1, 0}, {1, 2, 2}}));
  EXPECT_EQ(IobFromSpans({{1, 3, 1}}, 4), (V{"O", "B-ORG", "I-ORG", "O"}));
}

}  // namespace
}  // namespace newsgraph::ner
