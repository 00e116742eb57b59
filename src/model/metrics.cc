// Ranking, decision and calibration metrics for binary classifiers.
//
// Everything ranks the examples once (O(n log n)) and then sweeps the
// distinct scores from high to low, so tied scores are always handled as one
// group and the results never depend on the order of the input.
#include "verity/metrics.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numeric>
#include <span>
#include <utility>
#include <vector>

namespace verity {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Probabilities outside the contract (NaN) must not break the strict weak
// ordering std::sort relies on, so NaN ranks as the lowest score.
double rank_key(double probability) {
  return std::isnan(probability) ? -std::numeric_limits<double>::infinity() : probability;
}

// Tolerates mismatched spans (a broken precondition) by using the common
// prefix instead of reading past the end of the shorter one.
std::size_t common_size(std::span<const double> probabilities, std::span<const int> labels) {
  return std::min(probabilities.size(), labels.size());
}

bool is_positive_label(int label) { return label != 0; }

// One run of equal scores, in descending score order.
struct ScoreGroup {
  double score;
  std::size_t positives;
  std::size_t negatives;
};

std::vector<ScoreGroup> group_by_score(std::span<const double> probabilities,
                                       std::span<const int> labels) {
  const std::size_t n = common_size(probabilities, labels);
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return rank_key(probabilities[a]) > rank_key(probabilities[b]);
  });
  std::vector<ScoreGroup> groups;
  for (std::size_t i : order) {
    const double key = rank_key(probabilities[i]);
    if (groups.empty() || groups.back().score != key) groups.push_back({key, 0, 0});
    if (is_positive_label(labels[i])) {
      ++groups.back().positives;
    } else {
      ++groups.back().negatives;
    }
  }
  return groups;
}

// Equal-width bins over [0, 1]; 1.0 belongs to the last bin (not a bin of
// its own) and anything outside [0, 1] is clamped to the nearest end.
std::size_t bin_of(double probability, std::size_t bins) {
  if (!(probability > 0)) return 0;  // also catches NaN
  const double scaled = probability * static_cast<double>(bins);
  if (scaled >= static_cast<double>(bins)) return bins - 1;
  return static_cast<std::size_t>(scaled);
}

// Area under the ROC curve as the Mann–Whitney statistic: the share of
// (positive, negative) pairs ranked correctly, a tied pair counting half.
// Sweeping groups from the top, each negative is outranked by every positive
// seen before its group and tied with the positives inside it.
double roc_auc_of(const std::vector<ScoreGroup>& groups, std::size_t positives,
                  std::size_t negatives) {
  if (positives == 0 || negatives == 0) return kNaN;
  double correct_pairs = 0;
  double positives_above = 0;
  for (const ScoreGroup& group : groups) {
    const auto group_negatives = static_cast<double>(group.negatives);
    correct_pairs +=
        group_negatives * (positives_above + 0.5 * static_cast<double>(group.positives));
    positives_above += static_cast<double>(group.positives);
  }
  return correct_pairs / (static_cast<double>(positives) * static_cast<double>(negatives));
}

// Average precision: sum over the distinct thresholds of precision times the
// gain in recall. Cutting only between groups means every positive in a tie
// sees the precision of the whole tie, whatever the input order.
double average_precision_of(const std::vector<ScoreGroup>& groups, std::size_t positives) {
  if (positives == 0) return kNaN;
  double sum = 0;
  std::size_t true_positives = 0;
  std::size_t predicted = 0;
  for (const ScoreGroup& group : groups) {
    true_positives += group.positives;
    predicted += group.positives + group.negatives;
    if (group.positives == 0) continue;
    const double precision = static_cast<double>(true_positives) / static_cast<double>(predicted);
    sum += precision * static_cast<double>(group.positives);
  }
  return sum / static_cast<double>(positives);
}

// F1 of one class; zero when the class is neither predicted nor present
// (sklearn's zero_division=0), so a degenerate class pulls the macro mean down
// rather than vanishing from it.
double f1_of(std::size_t true_hits, std::size_t false_hits, std::size_t misses) {
  const std::size_t denominator = 2 * true_hits + false_hits + misses;
  if (denominator == 0) return 0;
  return 2.0 * static_cast<double>(true_hits) / static_cast<double>(denominator);
}

}  // namespace

BinaryMetrics evaluate_binary(std::span<const double> probabilities, std::span<const int> labels,
                              double threshold, int calibration_bins) {
  BinaryMetrics metrics;
  metrics.threshold = threshold;
  const std::size_t n = common_size(probabilities, labels);
  metrics.count = n;
  if (n == 0) {
    metrics.roc_auc = metrics.pr_auc = metrics.accuracy = metrics.macro_f1 = metrics.brier =
        metrics.ece = kNaN;
    return metrics;
  }

  double squared_error = 0;
  ConfusionMatrix& confusion = metrics.confusion;
  for (std::size_t i = 0; i < n; ++i) {
    const bool positive = is_positive_label(labels[i]);
    const bool called_positive = probabilities[i] >= threshold;
    if (positive) ++metrics.positives;
    if (called_positive) {
      ++(positive ? confusion.true_positives : confusion.false_positives);
    } else {
      ++(positive ? confusion.false_negatives : confusion.true_negatives);
    }
    const double error = probabilities[i] - (positive ? 1.0 : 0.0);
    squared_error += error * error;
  }
  const auto count = static_cast<double>(n);
  metrics.brier = squared_error / count;
  metrics.accuracy =
      static_cast<double>(confusion.true_positives + confusion.true_negatives) / count;
  const double f1_positive =
      f1_of(confusion.true_positives, confusion.false_positives, confusion.false_negatives);
  const double f1_negative =
      f1_of(confusion.true_negatives, confusion.false_negatives, confusion.false_positives);
  metrics.macro_f1 = 0.5 * (f1_positive + f1_negative);

  const std::vector<ScoreGroup> groups = group_by_score(probabilities, labels);
  metrics.roc_auc = roc_auc_of(groups, metrics.positives, n - metrics.positives);
  metrics.pr_auc = average_precision_of(groups, metrics.positives);

  double ece = 0;
  for (const ReliabilityBin& bin : reliability_bins(probabilities, labels, calibration_bins)) {
    ece += static_cast<double>(bin.count) * std::abs(bin.mean_probability - bin.observed_rate);
  }
  metrics.ece = ece / count;
  return metrics;
}

std::vector<RocPoint> roc_curve(std::span<const double> probabilities,
                                std::span<const int> labels) {
  const std::vector<ScoreGroup> groups = group_by_score(probabilities, labels);
  std::size_t positives = 0;
  std::size_t negatives = 0;
  for (const ScoreGroup& group : groups) {
    positives += group.positives;
    negatives += group.negatives;
  }
  if (positives == 0 || negatives == 0) return {};

  std::vector<RocPoint> points;
  points.reserve(groups.size() + 1);
  points.push_back({0, 0, std::numeric_limits<double>::infinity()});
  std::size_t true_positives = 0;
  std::size_t false_positives = 0;
  for (const ScoreGroup& group : groups) {
    true_positives += group.positives;
    false_positives += group.negatives;
    points.push_back({static_cast<double>(false_positives) / static_cast<double>(negatives),
                      static_cast<double>(true_positives) / static_cast<double>(positives),
                      group.score});
  }
  return points;
}

std::vector<ReliabilityBin> reliability_bins(std::span<const double> probabilities,
                                             std::span<const int> labels, int bins) {
  const std::size_t bin_count = bins < 1 ? 1 : static_cast<std::size_t>(bins);
  const std::size_t n = common_size(probabilities, labels);
  // Sorting (bin, example) pairs rather than filling an array of `bins`
  // totals keeps memory bounded by the input even for absurd bin counts.
  std::vector<std::pair<std::size_t, std::size_t>> by_bin(n);
  for (std::size_t i = 0; i < n; ++i) by_bin[i] = {bin_of(probabilities[i], bin_count), i};
  std::sort(by_bin.begin(), by_bin.end());

  std::vector<ReliabilityBin> result;
  for (std::size_t begin = 0; begin < n;) {
    double probability_sum = 0;
    std::size_t positives = 0;
    std::size_t end = begin;
    for (; end < n && by_bin[end].first == by_bin[begin].first; ++end) {
      const std::size_t i = by_bin[end].second;
      if (!std::isnan(probabilities[i])) probability_sum += probabilities[i];
      if (is_positive_label(labels[i])) ++positives;
    }
    const auto count = static_cast<double>(end - begin);
    result.push_back(
        {probability_sum / count, static_cast<double>(positives) / count, end - begin});
    begin = end;
  }
  return result;
}

}  // namespace verity
