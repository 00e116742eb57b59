// The satire head trained against the news too: rows of other sets joined
// as not satire, thinned to a few of each collection, and each class evened
// out over the collections that have it.
#include <gtest/gtest.h>

#include <numeric>
#include <string>
#include <vector>

#include "train/training_set.h"

namespace verity::train {
namespace {

// `rows` rows of collection `name`, label `label`, each with one feature.
TrainingSet rows_of(const std::string& name, int label, int rows, std::uint32_t feature) {
  TrainingSet set;
  set.collections = {name};
  for (int r = 0; r < rows; ++r) {
    set.index.push_back(feature);
    set.value.push_back(1.0F);
    set.row_begin.push_back(set.index.size());
    set.label.push_back(label);
    set.weight.push_back(1.0F);
    set.collection.push_back(0);
    set.source.push_back(name + ".example");
  }
  return set;
}

std::vector<std::uint32_t> all_rows(const TrainingSet& set) {
  std::vector<std::uint32_t> rows(set.rows());
  std::iota(rows.begin(), rows.end(), 0);
  return rows;
}

TEST(SatireHeadTest, AppendedRowsKeepTheirFeaturesAndMatchCollectionsByName) {
  TrainingSet set = rows_of("onion", 1, 2, 5);
  TrainingSet news = rows_of("wire", 0, 3, 9);
  append_rows(news, rows_of("onion", 1, 1, 7), 1);
  append_rows(set, news, 0);
  ASSERT_EQ(set.rows(), 6u);
  EXPECT_EQ(set.collections, (std::vector<std::string>{"onion", "wire"}));
  EXPECT_EQ(set.collection, (std::vector<std::uint32_t>{0, 0, 1, 1, 1, 0}));
  EXPECT_EQ(set.label, (std::vector<int>{1, 1, 0, 0, 0, 0}));  // all joined as `label`
  EXPECT_EQ(set.row_index(2)[0], 9u);
  EXPECT_EQ(set.row_index(5)[0], 7u);
  EXPECT_EQ(set.row_begin.back(), set.index.size());
  EXPECT_EQ(set.source[3], "wire.example");
}

// Satire in two collections (4 and 1 rows), not-satire in three (one of
// them the satire collection's own other class): each class weighs half of
// the total, each collection an equal part of its class.
TEST(SatireHeadTest, EachClassWeighsHalfSplitEvenlyOverItsCollections) {
  TrainingSet set = rows_of("golbeck", 1, 4, 0);
  append_rows(set, rows_of("burfoot", 1, 1, 0), 1);
  append_rows(set, rows_of("golbeck", 0, 2, 0), 0);
  append_rows(set, rows_of("gossip", 0, 10, 0), 0);
  append_rows(set, rows_of("health", 0, 5, 0), 0);
  const std::vector<std::uint32_t> rows = all_rows(set);
  const std::vector<float> weight = class_balanced_weights(set, rows);
  const double n = static_cast<double>(set.rows());  // 22, the mean weight is 1
  std::vector<double> by_class(2, 0);
  std::vector<std::vector<double>> by_collection(set.collections.size(), std::vector<double>(2, 0));
  for (const std::uint32_t r : rows) {
    by_class[static_cast<std::size_t>(set.label[r])] += weight[r];
    by_collection[set.collection[r]][static_cast<std::size_t>(set.label[r])] += weight[r];
  }
  EXPECT_NEAR(by_class[0], n / 2, 1e-4);
  EXPECT_NEAR(by_class[1], n / 2, 1e-4);
  EXPECT_NEAR(by_collection[0][1], n / 4, 1e-4);  // golbeck satire: half of the satire
  EXPECT_NEAR(by_collection[1][1], n / 4, 1e-4);  // burfoot's one satire row as much
  for (std::size_t c : {0u, 2u, 3u}) EXPECT_NEAR(by_collection[c][0], n / 6, 1e-4) << c;

  // A subset (a fold) is weighed as a set of its own; the rest get 0.
  const std::vector<std::uint32_t> fold = {0, 1, 5, 7};
  const std::vector<float> part = class_balanced_weights(set, fold);
  EXPECT_FLOAT_EQ(part[0], 1.0F);  // 2 satire rows of one collection: 2 of 4
  EXPECT_FLOAT_EQ(part[5], 1.0F);
  EXPECT_FLOAT_EQ(part[2], 0.0F);
}

TEST(SatireHeadTest, ThinningKeepsAtMostCapRowsOfEachCollectionSpreadEvenly) {
  TrainingSet set = rows_of("gossip", 0, 10, 1);
  append_rows(set, rows_of("health", 0, 3, 2), 0);
  // Tell the gossip rows apart by their feature index.
  for (std::uint32_t r = 0; r < 10; ++r) set.index[r] = 100 + r;
  const TrainingSet thin = thinned(set, 4);
  ASSERT_EQ(thin.rows(), 4u + 3u);  // the small collection whole
  std::vector<std::uint32_t> gossip;
  for (std::size_t r = 0; r < thin.rows(); ++r)
    if (thin.collection[r] == 0) gossip.push_back(thin.row_index(r)[0]);
  EXPECT_EQ(gossip, (std::vector<std::uint32_t>{100, 103, 105, 108}));
  EXPECT_EQ(thin.collections, set.collections);
  EXPECT_EQ(thin.row_begin.back(), thin.index.size());
  EXPECT_EQ(thinned(set, 100).rows(), set.rows());
}

}  // namespace
}  // namespace verity::train
