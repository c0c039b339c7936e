#include "util/type_cache.h"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/hash.h"

namespace newsgraph::util {
namespace {

constexpr int kRow = 3;
constexpr int kWindow = 1;

// A model that knows the features of every word but "zzz": two keys per (word, offset), rows made of the key.
class FakeModel {
 public:
  const float* Row(uint64_t key) const {
    auto it = rows_.find(key);
    if (it == rows_.end()) return nullptr;
    return it->second.data();
  }
  void Rows(const uint64_t* keys, size_t n, const float** rows) const {
    for (size_t k = 0; k < n; ++k) rows[k] = Row(keys[k]);
  }
  void Know(uint64_t key) { rows_[key] = {static_cast<float>(key % 7), static_cast<float>(key % 11), 1.0f}; }

 private:
  std::map<uint64_t, std::vector<float>> rows_;
};

uint64_t KeyOf(std::string_view word, int offset, int k) {
  return HashString(word, static_cast<uint64_t>(offset * 2 + k + 10));
}

struct Entry {
  size_t length = 0;
};

struct Fixture {
  FakeModel model;
  HotRows hot;
  TypeCache<Entry, kWindow, kRow> cache{8};
  std::string word;
  std::vector<std::string> analysed;

  size_t Fill(const std::vector<std::string_view>& tokens) {
    for (std::string_view t : tokens)
      if (t != "zzz")
        for (int d = -kWindow; d <= kWindow; ++d)
          for (int k = 0; k < 2; ++k) model.Know(KeyOf(t, d, k));
    return cache.Fill(
        model, &hot, tokens.data(), tokens.size(),
        [&](std::string_view token, Entry* e) {
          word.assign(token);
          analysed.push_back(word);
          e->length = token.size();
        },
        [&](int offset, std::vector<uint64_t>* keys) {
          for (int k = 0; k < 2; ++k) keys->push_back(KeyOf(word, offset, k));
        });
  }
  // The sums a type's features should have, from the model directly.
  std::vector<float> Expected(std::string_view w, int offset) const {
    std::vector<float> sum(kRow, 0.0f);
    for (int k = 0; k < 2; ++k)
      if (const float* row = model.Row(KeyOf(w, offset, k)))
        for (int y = 0; y < kRow; ++y) sum[y] += row[y];
    return sum;
  }
};

TEST(TypeCache, AnalysesEachTypeOnceAndSumsItsFeaturesAtEveryOffset) {
  Fixture f;
  const std::vector<std::string_view> first = {"the", "cat", "the", "zzz"};
  EXPECT_EQ(f.Fill(first), 0u);
  EXPECT_EQ(f.analysed, (std::vector<std::string>{"the", "cat", "zzz"}));
  EXPECT_EQ(f.cache.size(), 3u);
  EXPECT_EQ(&f.cache.token(0), &f.cache.token(2));
  EXPECT_EQ(f.cache.token(1).length, 3u);
  for (size_t i = 0; i < first.size(); ++i)
    for (int d = -kWindow; d <= kWindow; ++d) {
      const std::vector<float> want = f.Expected(first[i], d);
      EXPECT_EQ(std::vector<float>(f.cache.token_sum(i, d), f.cache.token_sum(i, d) + kRow), want) << first[i] << d;
    }
  // An unknown word's sums are zero.
  EXPECT_EQ(f.cache.token_sum(3, 0)[0], 0.0f);

  // The next chunk: only the new type is analysed; the token indices are the new chunk's.
  const std::vector<std::string_view> second = {"cat", "sat"};
  EXPECT_EQ(f.Fill(second), 3u);
  EXPECT_EQ(f.analysed.back(), "sat");
  EXPECT_EQ(f.analysed.size(), 4u);
  EXPECT_EQ(std::vector<float>(f.cache.token_sum(1, 1), f.cache.token_sum(1, 1) + kRow), f.Expected("sat", 1));
  EXPECT_EQ(std::vector<float>(f.cache.token_sum(0, -1), f.cache.token_sum(0, -1) + kRow), f.Expected("cat", -1));
}

// AddWindow adds the sums of a token's neighbours seen from their offsets, and the pad row of each offset that falls
// outside the sentence [begin, end), which may start before the chunk (a negative begin: a tagger that filled the cache
// with the sentence's tokens from i - kWindow on).
TEST(TypeCache, AddWindowAddsTheNeighboursSumsAndPadsOutsideTheSentence) {
  Fixture f;
  const std::vector<std::string_view> tokens = {"the", "cat", "sat", "down"};
  f.Fill(tokens);
  const float pad[2 * kWindow + 1][kRow] = {{100, 200, 300}, {0, 0, 0}, {1000, 2000, 3000}};
  auto window = [&](std::ptrdiff_t i, std::ptrdiff_t begin, std::ptrdiff_t end) {
    std::vector<float> sum(kRow, 0.5f);
    f.cache.AddWindow(i, begin, end, pad, sum.data());
    return sum;
  };
  auto expected = [&](std::initializer_list<std::vector<float>> rows) {
    std::vector<float> sum(kRow, 0.5f);
    for (const std::vector<float>& row : rows)
      for (int y = 0; y < kRow; ++y) sum[y] += row[y];
    return sum;
  };
  const std::vector<float> left_pad(pad[0], pad[0] + kRow), right_pad(pad[2], pad[2] + kRow);
  EXPECT_EQ(window(1, 0, 4), expected({f.Expected("the", -1), f.Expected("cat", 0), f.Expected("sat", 1)}));
  EXPECT_EQ(window(1, 1, 3), expected({left_pad, f.Expected("cat", 0), f.Expected("sat", 1)}));
  EXPECT_EQ(window(2, -5, 3), expected({f.Expected("cat", -1), f.Expected("sat", 0), right_pad}));
  EXPECT_EQ(window(1, -2, 2), expected({f.Expected("the", -1), f.Expected("cat", 0), right_pad}));
}

TEST(TypeCache, AFullCacheKeepsItsMostUsedTypes) {
  Fixture f;  // room for 8 types
  f.Fill({"the", "the", "the", "said", "said", "a1", "a2", "a3", "a4", "a5"});
  EXPECT_EQ(f.cache.size(), 7u);
  f.analysed.clear();
  // 7 + 3 would overflow: the cache keeps its most used type ("the"; half the room less the chunk), then caches the
  // chunk.
  f.Fill({"b1", "b2", "the"});
  EXPECT_EQ(f.analysed, (std::vector<std::string>{"b1", "b2"}));
  EXPECT_EQ(f.cache.size(), 3u);
  EXPECT_EQ(std::vector<float>(f.cache.token_sum(2, 0), f.cache.token_sum(2, 0) + kRow), f.Expected("the", 0));
  f.analysed.clear();
  f.Fill({"a1"});  // a rare word made room
  EXPECT_EQ(f.analysed, (std::vector<std::string>{"a1"}));
}

TEST(TypeCache, ChunksAreWholeSentencesOfAtMostTheTokensAsked) {
  const std::vector<uint32_t> sentence_begin = {0, 5, 10, 30, 31};
  EXPECT_EQ(ChunkEnd(sentence_begin, 0, 10), 2u);
  EXPECT_EQ(ChunkEnd(sentence_begin, 2, 10), 3u);  // one sentence longer than asked is a chunk of its own
  EXPECT_EQ(ChunkEnd(sentence_begin, 3, 10), 4u);
  EXPECT_EQ(ChunkEnd(sentence_begin, 0, 100), 4u);
}

struct Workspace {
  int used = 0;
  uint64_t owner = 0;
};

TEST(TypeCache, AWorkspaceStartsAfreshForAnotherOwner) {
  std::unique_ptr<Workspace> slot;
  const uint64_t a = NewOwnerId(), b = NewOwnerId();
  EXPECT_NE(a, b);
  OwnedWorkspace(&slot, a).used = 5;
  EXPECT_EQ(OwnedWorkspace(&slot, a).used, 5);
  EXPECT_EQ(OwnedWorkspace(&slot, b).used, 0);
  EXPECT_EQ(slot->owner, b);
}

}  // namespace
}  // namespace newsgraph::util
