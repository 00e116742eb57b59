#include "verity/metrics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <random>
#include <string>
#include <vector>

namespace verity {
namespace {

// Pairwise definition of ROC-AUC, O(n²): share of (positive, negative) pairs
// where the positive scores higher, ties counting half.
double brute_force_auc(const std::vector<double>& scores, const std::vector<int>& labels) {
  double correct = 0;
  double pairs = 0;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    if (labels[i] != 1) continue;
    for (std::size_t j = 0; j < scores.size(); ++j) {
      if (labels[j] != 0) continue;
      pairs += 1;
      if (scores[i] > scores[j]) correct += 1;
      if (scores[i] == scores[j]) correct += 0.5;
    }
  }
  return correct / pairs;
}

// Average precision from its definition: the mean, over positives, of the
// precision among everything scored at least as high as that positive.
double brute_force_average_precision(const std::vector<double>& scores,
                                     const std::vector<int>& labels) {
  double sum = 0;
  int positives = 0;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    if (labels[i] != 1) continue;
    ++positives;
    int above = 0;
    int positives_above = 0;
    for (std::size_t j = 0; j < scores.size(); ++j) {
      if (scores[j] < scores[i]) continue;
      ++above;
      positives_above += labels[j];
    }
    sum += static_cast<double>(positives_above) / above;
  }
  return sum / positives;
}

// Scores on a coarse grid so that many examples tie.
void random_scores(std::size_t n, unsigned seed, std::vector<double>& scores,
                   std::vector<int>& labels) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> level(0, 10);
  std::bernoulli_distribution coin(0.4);
  scores.clear();
  labels.clear();
  for (std::size_t i = 0; i < n; ++i) {
    const int label = coin(rng) ? 1 : 0;
    // Positives lean higher so the AUC is informative, not just 0.5.
    const int shifted = std::min(10, level(rng) + 2 * label);
    scores.push_back(shifted / 10.0);
    labels.push_back(label);
  }
}

TEST(MetricsTest, PerfectRankingHasAucOne) {
  const std::vector<double> scores = {0.9, 0.8, 0.3, 0.1};
  const std::vector<int> labels = {1, 1, 0, 0};
  const BinaryMetrics m = evaluate_binary(scores, labels);
  EXPECT_DOUBLE_EQ(m.roc_auc, 1.0);
  EXPECT_DOUBLE_EQ(m.pr_auc, 1.0);
  EXPECT_DOUBLE_EQ(m.accuracy, 1.0);
  EXPECT_DOUBLE_EQ(m.macro_f1, 1.0);
}

TEST(MetricsTest, ReversedRankingHasAucZero) {
  const std::vector<double> scores = {0.1, 0.2, 0.8, 0.9};
  const std::vector<int> labels = {1, 1, 0, 0};
  EXPECT_DOUBLE_EQ(evaluate_binary(scores, labels).roc_auc, 0.0);
}

TEST(MetricsTest, AllEqualScoresHaveAucHalfAndPrecisionOfBaseRate) {
  const std::vector<double> scores = {0.5, 0.5, 0.5, 0.5, 0.5};
  const std::vector<int> labels = {1, 0, 0, 1, 0};
  const BinaryMetrics m = evaluate_binary(scores, labels);
  EXPECT_DOUBLE_EQ(m.roc_auc, 0.5);
  // One threshold: everything is called positive, precision = 2/5.
  EXPECT_DOUBLE_EQ(m.pr_auc, 0.4);
}

// Worked by hand: ranking 1 0 1 1 0 0 from the top.
TEST(MetricsTest, SmallExampleMatchesHandComputation) {
  const std::vector<double> scores = {0.9, 0.8, 0.7, 0.6, 0.55, 0.4};
  const std::vector<int> labels = {1, 0, 1, 1, 0, 0};
  const BinaryMetrics m = evaluate_binary(scores, labels);
  EXPECT_EQ(m.count, 6u);
  EXPECT_EQ(m.positives, 3u);
  // Correct pairs: 3 + 2 + 2 of 9.
  EXPECT_DOUBLE_EQ(m.roc_auc, 7.0 / 9.0);
  // Precision at each positive: 1/1, 2/3, 3/4.
  EXPECT_DOUBLE_EQ(m.pr_auc, (1.0 + 2.0 / 3.0 + 3.0 / 4.0) / 3.0);
  // At 0.5 only 0.4 is called negative: TP 3, FP 2, TN 1, FN 0.
  EXPECT_EQ(m.confusion.true_positives, 3u);
  EXPECT_EQ(m.confusion.false_positives, 2u);
  EXPECT_EQ(m.confusion.true_negatives, 1u);
  EXPECT_EQ(m.confusion.false_negatives, 0u);
  EXPECT_DOUBLE_EQ(m.accuracy, 4.0 / 6.0);
  // F1(fake) = 6/8, F1(real) = 2/4.
  EXPECT_DOUBLE_EQ(m.macro_f1, (0.75 + 0.5) / 2);
  EXPECT_NEAR(m.brier, (0.01 + 0.64 + 0.09 + 0.16 + 0.3025 + 0.16) / 6, 1e-12);
  // Ten bins: each example alone in its bin, so ECE is the mean |p - y|.
  EXPECT_NEAR(m.ece, (0.1 + 0.8 + 0.3 + 0.4 + 0.55 + 0.4) / 6, 1e-12);
}

TEST(MetricsTest, ThresholdIsInclusive) {
  const std::vector<double> scores = {0.7, 0.7, 0.2, 0.69};
  const std::vector<int> labels = {1, 0, 0, 1};
  const BinaryMetrics m = evaluate_binary(scores, labels, 0.7);
  EXPECT_DOUBLE_EQ(m.threshold, 0.7);
  EXPECT_EQ(m.confusion.true_positives, 1u);
  EXPECT_EQ(m.confusion.false_positives, 1u);
  EXPECT_EQ(m.confusion.true_negatives, 1u);
  EXPECT_EQ(m.confusion.false_negatives, 1u);
}

TEST(MetricsTest, EceUsesEqualWidthBinsAndPutsOneInTheLastBin) {
  const std::vector<double> scores = {0.1, 0.2, 0.3, 0.8, 0.9, 1.0};
  const std::vector<int> labels = {0, 0, 1, 1, 1, 0};
  const BinaryMetrics m = evaluate_binary(scores, labels, 0.5, 2);
  // Low bin: mean 0.2, rate 1/3. High bin: mean 0.9, rate 2/3.
  EXPECT_NEAR(m.ece, 0.5 * (1.0 / 3.0 - 0.2) + 0.5 * (0.9 - 2.0 / 3.0), 1e-12);
}

TEST(MetricsTest, MacroF1CountsAnAbsentClassAsZero) {
  // All real and all called real: F1(real) = 1, F1(fake) has 0/0 and counts 0.
  const std::vector<double> scores = {0.1, 0.2, 0.3};
  const std::vector<int> labels = {0, 0, 0};
  const BinaryMetrics m = evaluate_binary(scores, labels);
  EXPECT_DOUBLE_EQ(m.macro_f1, 0.5);
  EXPECT_DOUBLE_EQ(m.accuracy, 1.0);
}

TEST(MetricsTest, UndefinedScoresAreNaN) {
  const std::vector<double> scores = {0.2, 0.6};
  const std::vector<int> negatives = {0, 0};
  const BinaryMetrics no_positives = evaluate_binary(scores, negatives);
  EXPECT_TRUE(std::isnan(no_positives.roc_auc));
  EXPECT_TRUE(std::isnan(no_positives.pr_auc));
  EXPECT_FALSE(std::isnan(no_positives.brier));

  const std::vector<int> positives = {1, 1};
  const BinaryMetrics only_positives = evaluate_binary(scores, positives);
  EXPECT_TRUE(std::isnan(only_positives.roc_auc));
  EXPECT_DOUBLE_EQ(only_positives.pr_auc, 1.0);

  const BinaryMetrics empty = evaluate_binary({}, {});
  EXPECT_EQ(empty.count, 0u);
  EXPECT_EQ(empty.positives, 0u);
  EXPECT_TRUE(std::isnan(empty.roc_auc));
  EXPECT_TRUE(std::isnan(empty.pr_auc));
  EXPECT_TRUE(std::isnan(empty.accuracy));
  EXPECT_TRUE(std::isnan(empty.macro_f1));
  EXPECT_TRUE(std::isnan(empty.brier));
  EXPECT_TRUE(std::isnan(empty.ece));
}

TEST(MetricsTest, RankingMetricsMatchBruteForceOnRandomTies) {
  std::vector<double> scores;
  std::vector<int> labels;
  for (unsigned seed = 1; seed <= 20; ++seed) {
    random_scores(50 + 17 * seed, seed, scores, labels);
    const BinaryMetrics m = evaluate_binary(scores, labels);
    EXPECT_NEAR(m.roc_auc, brute_force_auc(scores, labels), 1e-12) << "seed " << seed;
    EXPECT_NEAR(m.pr_auc, brute_force_average_precision(scores, labels), 1e-12) << "seed " << seed;
  }
}

TEST(MetricsTest, ResultsDoNotDependOnInputOrder) {
  std::vector<double> scores;
  std::vector<int> labels;
  random_scores(300, 7, scores, labels);
  const BinaryMetrics before = evaluate_binary(scores, labels);

  std::vector<std::size_t> order(scores.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), std::mt19937(99));
  std::vector<double> shuffled_scores;
  std::vector<int> shuffled_labels;
  for (std::size_t i : order) {
    shuffled_scores.push_back(scores[i]);
    shuffled_labels.push_back(labels[i]);
  }
  const BinaryMetrics after = evaluate_binary(shuffled_scores, shuffled_labels);
  EXPECT_DOUBLE_EQ(before.roc_auc, after.roc_auc);
  EXPECT_DOUBLE_EQ(before.pr_auc, after.pr_auc);
  EXPECT_NEAR(before.ece, after.ece, 1e-12);
  EXPECT_EQ(before.confusion.true_positives, after.confusion.true_positives);
}

TEST(RocCurveTest, RunsFromOriginToOneMergingTies) {
  const std::vector<double> scores = {0.9, 0.5, 0.5, 0.5, 0.1};
  const std::vector<int> labels = {1, 1, 0, 0, 0};
  const std::vector<RocPoint> curve = roc_curve(scores, labels);
  ASSERT_EQ(curve.size(), 4u);  // start + three distinct scores
  EXPECT_DOUBLE_EQ(curve.front().false_positive_rate, 0.0);
  EXPECT_DOUBLE_EQ(curve.front().true_positive_rate, 0.0);
  EXPECT_TRUE(std::isinf(curve.front().threshold));
  EXPECT_DOUBLE_EQ(curve[1].threshold, 0.9);
  EXPECT_DOUBLE_EQ(curve[1].true_positive_rate, 0.5);
  EXPECT_DOUBLE_EQ(curve[2].threshold, 0.5);
  EXPECT_DOUBLE_EQ(curve[2].false_positive_rate, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(curve[2].true_positive_rate, 1.0);
  EXPECT_DOUBLE_EQ(curve.back().false_positive_rate, 1.0);
  EXPECT_DOUBLE_EQ(curve.back().true_positive_rate, 1.0);
}

TEST(RocCurveTest, IsMonotoneAndItsAreaIsTheAuc) {
  std::vector<double> scores;
  std::vector<int> labels;
  random_scores(500, 3, scores, labels);
  const std::vector<RocPoint> curve = roc_curve(scores, labels);
  ASSERT_GE(curve.size(), 2u);
  double area = 0;
  for (std::size_t i = 1; i < curve.size(); ++i) {
    EXPECT_GE(curve[i].false_positive_rate, curve[i - 1].false_positive_rate);
    EXPECT_GE(curve[i].true_positive_rate, curve[i - 1].true_positive_rate);
    EXPECT_LT(curve[i].threshold, curve[i - 1].threshold);
    area += (curve[i].false_positive_rate - curve[i - 1].false_positive_rate) *
            (curve[i].true_positive_rate + curve[i - 1].true_positive_rate) / 2;
  }
  EXPECT_NEAR(area, evaluate_binary(scores, labels).roc_auc, 1e-12);
}

TEST(RocCurveTest, EmptyWhenOneClassIsMissing) {
  const std::vector<double> scores = {0.3, 0.4};
  const std::vector<int> labels = {1, 1};
  EXPECT_TRUE(roc_curve(scores, labels).empty());
  EXPECT_TRUE(roc_curve({}, {}).empty());
}

TEST(ReliabilityTest, BinsAreEqualWidthAndEmptyOnesAreOmitted) {
  const std::vector<double> scores = {0.05, 0.15, 0.12, 0.95, 1.0};
  const std::vector<int> labels = {0, 1, 0, 1, 1};
  const std::vector<ReliabilityBin> bins = reliability_bins(scores, labels, 10);
  ASSERT_EQ(bins.size(), 3u);
  EXPECT_EQ(bins[0].count, 1u);
  EXPECT_DOUBLE_EQ(bins[0].mean_probability, 0.05);
  EXPECT_EQ(bins[1].count, 2u);
  EXPECT_DOUBLE_EQ(bins[1].mean_probability, (0.15 + 0.12) / 2);
  EXPECT_DOUBLE_EQ(bins[1].observed_rate, 0.5);
  EXPECT_EQ(bins[2].count, 2u);  // 1.0 shares the last bin with 0.95
  EXPECT_DOUBLE_EQ(bins[2].observed_rate, 1.0);
}

TEST(ReliabilityTest, HugeBinCountStaysCheap) {
  const std::vector<double> scores = {0.25, 0.75};
  const std::vector<int> labels = {0, 1};
  EXPECT_EQ(reliability_bins(scores, labels, 2'000'000'000).size(), 2u);
  EXPECT_EQ(reliability_bins(scores, labels, 0).size(), 1u);
}

}  // namespace
}  // namespace verity
