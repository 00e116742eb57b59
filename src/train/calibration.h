// Turning raw scores into probabilities that mean what they say (Platt
// scaling), and choosing the decision threshold, both on held-out data.
#ifndef VERITY_TRAIN_CALIBRATION_H_
#define VERITY_TRAIN_CALIBRATION_H_

#include <cstdint>
#include <vector>

namespace verity::train {

struct PlattScaling {
  double a = 1.0;
  double b = 0.0;
};

// Fits p = sigmoid(a * score + b) by Newton's method on the log loss, with
// Platt's smoothed targets so a perfectly separated set does not push a to
// infinity. Empty input or a single class gives the identity (a=1, b=0).
PlattScaling fit_platt(const std::vector<double>& scores, const std::vector<int>& labels);

// The probability threshold (from 0.05 to 0.95 in steps of 0.01) that
// maximizes macro-F1 averaged over the groups (collections), so a large
// collection does not set the threshold for all. Ties go to the middle of
// the best run of thresholds.
double best_threshold(const std::vector<double>& probabilities, const std::vector<int>& labels,
                      const std::vector<std::uint32_t>& groups);

}  // namespace verity::train

#endif  // VERITY_TRAIN_CALIBRATION_H_
