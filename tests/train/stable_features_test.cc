#include "train/stable_features.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

namespace verity::train {
namespace {

// Rows from 24 publishers. Feature 0 says "fake" wherever it occurs; feature
// 1 is one outlet's boilerplate (it only ever appears in that outlet's fake
// articles); feature 2 is noise common to both classes; index 3 stands for a
// style signal, which is never dropped.
TrainingSet outlets() {
  TrainingSet set;
  set.collections = {"toy"};
  for (int outlet = 0; outlet < 24; ++outlet) {
    for (int article = 0; article < 20; ++article) {
      const int label = article % 2;
      const bool boilerplate = outlet == 7 && label == 1;
      std::vector<std::pair<std::uint32_t, float>> entries;
      if (label == 1) entries.emplace_back(0, 1.0F);
      if (boilerplate) entries.emplace_back(1, 1.0F);
      entries.emplace_back(2, 0.5F);
      entries.emplace_back(3, 0.25F);
      for (const auto& [index, value] : entries) {
        set.index.push_back(index);
        set.value.push_back(value);
      }
      set.row_begin.push_back(set.index.size());
      set.label.push_back(label);
      set.collection.push_back(0);
      set.source.push_back("outlet" + std::to_string(outlet) + ".example");
    }
  }
  balance_weights(set);
  return set;
}

TEST(StableFeaturesTest, OneOutletsPhrasesGoAndSharedSignalsStay) {
  const TrainingSet train = outlets();
  TrainOptions options;
  options.threads = 1;
  options.max_epochs = 5;
  const StableFeatures stable = find_stable_features(
      train, TrainingSet(), publisher_halves(train, options.seed), 5, 3, options, 1.0, nullptr);
  ASSERT_EQ(stable.keep.size(), 5u);
  EXPECT_TRUE(stable.keep[0]);   // learned from either half, same sign
  EXPECT_FALSE(stable.keep[1]);  // only the half holding outlet 7 has seen it
  EXPECT_TRUE(stable.keep[3]);   // past the hashed buckets: always kept
  EXPECT_TRUE(stable.keep[4]);
  EXPECT_GE(stable.seen, 2u);
  EXPECT_LT(stable.kept, stable.seen);

  TrainingSet kept = train;
  drop_unstable(kept, stable);
  ASSERT_EQ(kept.rows(), train.rows());
  for (std::size_t r = 0; r < kept.rows(); ++r) {
    // Every other entry of the row survives, in order.
    std::vector<std::uint32_t> expected;
    for (const std::uint32_t index : train.row_index(r)) {
      if (index != 1u) expected.push_back(index);
    }
    const auto row = kept.row_index(r);
    EXPECT_EQ(std::vector<std::uint32_t>(row.begin(), row.end()), expected);
  }
  EXPECT_EQ(kept.label, train.label);
  EXPECT_EQ(kept.weight, train.weight);
}

// A copy of the rows of `set` that `keep` selects, weighted as a set of its
// own: what the trainer used to build for each half and fold.
TrainingSet copy_rows(const TrainingSet& set, const std::function<bool(std::size_t)>& keep) {
  TrainingSet out;
  out.collections = set.collections;
  for (std::size_t r = 0; r < set.rows(); ++r) {
    if (!keep(r)) continue;
    const auto index = set.row_index(r);
    const auto value = set.row_value(r);
    out.index.insert(out.index.end(), index.begin(), index.end());
    out.value.insert(out.value.end(), value.begin(), value.end());
    out.row_begin.push_back(out.index.size());
    out.label.push_back(set.label[r]);
    out.collection.push_back(set.collection[r]);
    out.source.push_back(set.source[r]);
  }
  balance_weights(out);
  return out;
}

// The halves and the satire folds are trained on row lists instead of
// copies; that must give the very model a copy of the rows gives, and the
// same scores.
TEST(StableFeaturesTest, TrainingOnRowsEqualsTrainingOnACopyOfThem) {
  const TrainingSet train = outlets();
  TrainOptions options;
  options.threads = 1;
  options.max_epochs = 4;
  const auto keep = [](std::size_t row) { return row % 3 != 1; };
  std::vector<std::uint32_t> rows;
  for (std::uint32_t row = 0; row < train.rows(); ++row) {
    if (keep(row)) rows.push_back(row);
  }
  const std::vector<float> weight = balanced_weights(train, rows);
  const TrainResult on_rows =
      train_logistic(train, rows, weight, TrainingSet(), 5, options, nullptr);
  const TrainingSet copy = copy_rows(train, keep);
  const TrainResult on_copy = train_logistic(copy, TrainingSet(), 5, options, nullptr);
  EXPECT_EQ(on_rows.weights, on_copy.weights);
  EXPECT_EQ(score_rows(train, rows, on_rows.weights), score_rows(copy, on_copy.weights));
  EXPECT_NE(on_rows.weights, std::vector<float>(5, 0.0F));
}

// Rows from three collections, each fake/real half and half. Feature 0 says
// "fake" in every collection; feature 1 says "fake" only in collection 0 (a
// topic only that collection has); feature 2 says "fake" in collection 0 and
// "real" in collection 1 (a word whose direction depends on the collection);
// index 3 stands for a style signal.
TrainingSet collections(bool one_class_last = false) {
  TrainingSet set;
  set.collections = {"politics", "gossip", "health"};
  for (std::uint32_t c = 0; c < 3; ++c) {
    for (int article = 0; article < 40; ++article) {
      const int label = (one_class_last && c == 2) ? 0 : article % 2;
      std::vector<std::pair<std::uint32_t, float>> entries;
      if (label == 1) entries.emplace_back(0, 1.0F);
      if (c == 0 && label == 1) entries.emplace_back(1, 1.0F);
      if ((c == 0 && label == 1) || (c == 1 && label == 0)) entries.emplace_back(2, 1.0F);
      entries.emplace_back(3, 0.25F);
      for (const auto& [index, value] : entries) {
        set.index.push_back(index);
        set.value.push_back(value);
      }
      set.row_begin.push_back(set.index.size());
      set.label.push_back(label);
      set.collection.push_back(c);
      set.source.push_back("outlet" + std::to_string(article % 5) + ".example");
    }
  }
  balance_weights(set);
  return set;
}

TEST(StableFeaturesTest, ByCollectionKeepsWhatMostCollectionsAgreeOn) {
  const TrainingSet train = collections();
  Result<FeatureParts> parts = collection_parts(train);
  ASSERT_TRUE(parts.ok()) << parts.status().to_string();
  EXPECT_EQ(parts.value().count, 3u);
  EXPECT_EQ(parts.value().names, (std::vector<std::string>{"politics", "gossip", "health"}));
  EXPECT_EQ(parts_needed(3), 2u);
  TrainOptions options;
  options.threads = 2;
  options.max_epochs = 5;
  const StableFeatures stable =
      find_stable_features(train, TrainingSet(), parts.value(), 5, 3, options, 1.0, nullptr);
  EXPECT_TRUE(stable.keep[0]);   // fake in all three collections
  EXPECT_FALSE(stable.keep[1]);  // learned from one collection only
  EXPECT_FALSE(stable.keep[2]);  // fake in one collection, real in another
  EXPECT_TRUE(stable.keep[3]);   // style signals are always kept
  EXPECT_EQ(stable.seen, 3u);
  EXPECT_EQ(stable.kept, 1u);

  // One thread or two, the same features.
  options.threads = 1;
  const StableFeatures alone =
      find_stable_features(train, TrainingSet(), parts.value(), 5, 3, options, 1.0, nullptr);
  EXPECT_EQ(alone.keep, stable.keep);

  // Asking for one part only keeps the one-collection topic, never the
  // feature two collections disagree on; asking for all three keeps feature 0.
  FeatureParts lenient = parts.value();
  lenient.needed = 1;
  const StableFeatures one =
      find_stable_features(train, TrainingSet(), lenient, 5, 3, options, 1.0, nullptr);
  EXPECT_TRUE(one.keep[0]);
  EXPECT_TRUE(one.keep[1]);
  EXPECT_FALSE(one.keep[2]);
  FeatureParts strict = parts.value();
  strict.needed = 3;
  EXPECT_EQ(find_stable_features(train, TrainingSet(), strict, 5, 3, options, 1.0, nullptr).keep,
            stable.keep);
}

TEST(StableFeaturesTest, ByCollectionRefusesACollectionWithOneClass) {
  const Result<FeatureParts> parts = collection_parts(collections(/*one_class_last=*/true));
  ASSERT_FALSE(parts.ok());
  EXPECT_EQ(parts.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(parts.status().message().find("collection 'health' holds only real articles (40)"),
            std::string::npos)
      << parts.status().message();

  TrainingSet one = outlets();  // a single collection
  const Result<FeatureParts> single = collection_parts(one);
  ASSERT_FALSE(single.ok());
  EXPECT_NE(single.status().message().find("at least two training collections"), std::string::npos);
}

TEST(StableFeaturesTest, AMajorityOfPartsMustAgree) {
  EXPECT_EQ(parts_needed(2), 2u);  // both halves, as before
  EXPECT_EQ(parts_needed(4), 3u);
  EXPECT_EQ(parts_needed(5), 3u);
}

}  // namespace
}  // namespace verity::train
