// Library: verity (core).
//
// Evaluation of probabilistic binary classifiers: ranking quality (ROC-AUC,
// PR-AUC), decisions at a threshold (accuracy, macro-F1, confusion matrix)
// and calibration (Brier score, expected calibration error), plus the ROC
// curve and reliability diagram as standalone SVG images.
//
// Pure functions; thread-safe.
#ifndef VERITY_METRICS_H_
#define VERITY_METRICS_H_

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace verity {

struct ConfusionMatrix {
  std::size_t true_positives = 0;   // fake called fake
  std::size_t false_positives = 0;  // real called fake
  std::size_t true_negatives = 0;
  std::size_t false_negatives = 0;
};

struct BinaryMetrics {
  std::size_t count = 0;
  std::size_t positives = 0;  // examples labelled 1 (fake)
  double threshold = 0.5;     // probability at or above which an example is called positive
  double roc_auc = 0;         // ties count half; NaN when only one class is present
  // Average precision (step-wise area): sum over distinct scores, high to low,
  // of precision x recall gained. Tied scores form one step, so the result
  // does not depend on input order. NaN without positives.
  double pr_auc = 0;
  double accuracy = 0;
  // Mean of the F1 of both classes at `threshold`. A class with no true and
  // no predicted members has F1 0 and still counts in the mean (sklearn's
  // f1_score(labels=[0, 1], average="macro", zero_division=0)).
  double macro_f1 = 0;
  double brier = 0;  // mean squared error of the probabilities
  // Expected calibration error: over `calibration_bins` equal-width bins of
  // [0, 1] (1.0 falls in the last bin), the count-weighted mean of
  // |mean probability - observed positive rate|.
  double ece = 0;
  ConfusionMatrix confusion;
};

// REQUIRES: probabilities.size() == labels.size(); labels are 0 or 1;
// probabilities in [0, 1]. Empty input gives count 0 and NaN scores.
// Out-of-contract input never crashes: extra elements of the longer span are
// ignored, a nonzero label counts as 1, NaN ranks lowest and bins as 0, and
// calibration_bins < 1 means one bin. O(n log n).
BinaryMetrics evaluate_binary(std::span<const double> probabilities, std::span<const int> labels,
                              double threshold = 0.5, int calibration_bins = 10);

// One point of a ROC curve: false and true positive rates at a threshold.
struct RocPoint {
  double false_positive_rate;
  double true_positive_rate;
  double threshold;
};
// Starts at (0, 0) with threshold +infinity (nothing called positive), then
// one point per distinct score in descending order, tied scores merged, so
// it ends at (1, 1) at the lowest score. Empty when either class is absent,
// where one of the rates is undefined.
std::vector<RocPoint> roc_curve(std::span<const double> probabilities, std::span<const int> labels);

// One bin of a reliability diagram: mean predicted probability against the
// observed share of positives, and how many examples fell in the bin.
// reliability_bins uses the same equal-width bins as BinaryMetrics::ece and
// returns only non-empty bins, in increasing order of probability.
struct ReliabilityBin {
  double mean_probability;
  double observed_rate;
  std::size_t count;
};
std::vector<ReliabilityBin> reliability_bins(std::span<const double> probabilities,
                                             std::span<const int> labels, int bins = 10);

}  // namespace verity

#endif  // VERITY_METRICS_H_
