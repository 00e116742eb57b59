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
  double pr_auc = 0;          // average precision (step-wise area); NaN without positives
  double accuracy = 0;
  double macro_f1 = 0;  // mean of the F1 of each class at `threshold`
  double brier = 0;     // mean squared error of the probabilities
  double ece = 0;       // expected calibration error over equal-width bins
  ConfusionMatrix confusion;
};

// REQUIRES: probabilities.size() == labels.size(); labels are 0 or 1;
// probabilities in [0, 1]. Empty input gives count 0 and NaN scores.
BinaryMetrics evaluate_binary(std::span<const double> probabilities, std::span<const int> labels,
                              double threshold = 0.5, int calibration_bins = 10);

// One point of a ROC curve: false and true positive rates at a threshold.
struct RocPoint {
  double false_positive_rate;
  double true_positive_rate;
  double threshold;
};
std::vector<RocPoint> roc_curve(std::span<const double> probabilities, std::span<const int> labels);

// One bin of a reliability diagram: mean predicted probability against the
// observed share of positives, and how many examples fell in the bin.
struct ReliabilityBin {
  double mean_probability;
  double observed_rate;
  std::size_t count;
};
std::vector<ReliabilityBin> reliability_bins(std::span<const double> probabilities, std::span<const int> labels,
                                             int bins = 10);

// Self-contained SVG documents (no external fonts or scripts), `title` shown
// above the plot. Several named series may share one ROC plot.
struct RocSeries {
  std::string name;
  std::vector<RocPoint> points;
  double auc;
};
std::string roc_svg(const std::string& title, const std::vector<RocSeries>& series);
std::string reliability_svg(const std::string& title, const std::vector<ReliabilityBin>& bins);

}  // namespace verity

#endif  // VERITY_METRICS_H_
