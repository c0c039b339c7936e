// util::KeyIndex and util::HotRows: the batched look-ups (FindAll, Rows) give what one look-up per key gives, for
// keys in the index, keys not in it and keys repeated within a batch.
#include <gtest/gtest.h>

#include <cstdint>
#include <algorithm>
#include <random>
#include <vector>

#include "util/hot_rows.h"
#include "util/key_index.h"

namespace {

using newsgraph::util::HotRows;
using newsgraph::util::KeyIndex;

// Keys in the index, then as many that are not (odd keys are never indexed), shuffled, with repeats.
struct Keys {
  std::vector<uint64_t> indexed, queries;
};

Keys MakeKeys(size_t n) {
  std::mt19937_64 random(7);
  Keys k;
  for (size_t i = 0; i < n; ++i) k.indexed.push_back(random() & ~uint64_t{1});
  for (size_t i = 0; i < n; ++i) {
    k.queries.push_back(k.indexed[i]);
    k.queries.push_back(random() | 1);
  }
  for (size_t i = 0; i < n / 4; ++i) k.queries.push_back(k.indexed[random() % n]);
  std::shuffle(k.queries.begin(), k.queries.end(), random);
  return k;
}

TEST(KeyIndex, FindAllAgreesWithFind) {
  const Keys k = MakeKeys(5000);
  KeyIndex index;
  index.Build(k.indexed);
  std::vector<int64_t> rows(k.queries.size(), -7);
  index.FindAll(k.queries.data(), k.queries.size(), rows.data());
  size_t found = 0;
  for (size_t q = 0; q < k.queries.size(); ++q) {
    ASSERT_EQ(rows[q], index.Find(k.queries[q])) << "query " << q;
    if (k.queries[q] & 1) {
      EXPECT_EQ(rows[q], -1);
    } else {
      ASSERT_GE(rows[q], 0);
      EXPECT_EQ(k.indexed[static_cast<size_t>(rows[q])], k.queries[q]);
      ++found;
    }
  }
  EXPECT_EQ(found, 5000u + 5000u / 4);
}

TEST(KeyIndex, FindAllOnAnEmptyIndexFindsNothing) {
  KeyIndex index;
  const uint64_t keys[] = {1, 2, 3};
  int64_t rows[3] = {5, 5, 5};
  index.FindAll(keys, 3, rows);
  for (int64_t r : rows) EXPECT_EQ(r, -1);
}

// A model of one float per row, its row k at weights[k].
struct TinyModel {
  KeyIndex index;
  std::vector<float> weights;
  const float* Row(uint64_t key) const {
    const int64_t r = index.Find(key);
    return r < 0 ? nullptr : &weights[static_cast<size_t>(r)];
  }
  void Rows(const uint64_t* keys, size_t n, const float** rows) const {
    std::vector<int64_t> found(n);
    index.FindAll(keys, n, found.data());
    for (size_t k = 0; k < n; ++k) rows[k] = found[k] < 0 ? nullptr : &weights[static_cast<size_t>(found[k])];
  }
};

TEST(HotRows, RowsAgreesWithRowAcrossBatches) {
  const Keys k = MakeKeys(20000);  // more keys than the cache has slots: slots are reused
  TinyModel model;
  model.index.Build(k.indexed);
  for (size_t i = 0; i < k.indexed.size(); ++i) model.weights.push_back(static_cast<float>(i));
  HotRows batched, single;
  std::vector<const float*> rows;
  for (size_t begin = 0; begin < k.queries.size(); begin += 1000) {
    const size_t n = std::min<size_t>(1000, k.queries.size() - begin);
    rows.assign(n, nullptr);
    batched.Rows(model, k.queries.data() + begin, n, rows.data());
    for (size_t q = 0; q < n; ++q) {
      ASSERT_EQ(rows[q], single.Row(model, k.queries[begin + q])) << "query " << begin + q;
      ASSERT_EQ(rows[q], model.Row(k.queries[begin + q]));
    }
  }
}

}  // namespace
