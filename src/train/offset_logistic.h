// Logistic regression with a fixed offset and sign-constrained weights: the
// fit behind the evidence combiner (include/verity/combiner.h). Each
// example's offset (the content model's logit) enters with weight 1, so the
// weights only say how much the extra features add to it.
#ifndef VERITY_TRAIN_OFFSET_LOGISTIC_H_
#define VERITY_TRAIN_OFFSET_LOGISTIC_H_

#include <vector>

namespace verity::train {

struct OffsetLogisticOptions {
  double l2 = 1.0;  // ridge penalty (l2 / 2) |w|^2, added to the summed log loss
  int max_newton_steps = 50;
  double tolerance = 1e-10;  // stop when a step changes the loss less than this (relative)
  // Per-example weights on the log loss (empty: all 1), e.g. to weight
  // collections equally.
  std::vector<double> example_weights;
  // Per-weight multipliers of the penalty (empty: all 1); 0 leaves a weight
  // such as an intercept unpenalized.
  std::vector<double> penalty_scales;
};

// Minimizes sum_i v_i logloss(y_i, offsets_i + w . x_i) + (l2 / 2) sum_j s_j w_j^2
// (v_i the example weights, s_j the penalty scales) subject
// to sign rules: signs[j] = +1 keeps w_j >= 0, -1 keeps w_j <= 0, 0 leaves it
// free. Newton's method on the free weights; a weight that would break its
// rule is fixed at 0 and the rest refitted, and a fixed weight whose
// gradient points into its allowed side is freed again (an active set).
// Deterministic: the same data gives the same weights. Features never
// non-zero in the data get weight 0.
// REQUIRES: rows.size() == offsets.size() == labels.size(); every row has
// signs.size() values; labels 0 or 1.
std::vector<double> fit_offset_logistic(const std::vector<std::vector<double>>& rows,
                                        const std::vector<double>& offsets,
                                        const std::vector<int>& labels,
                                        const std::vector<int>& signs,
                                        const OffsetLogisticOptions& options = {});

// The mean log loss of offsets + w . x (for reports).
double offset_log_loss(const std::vector<std::vector<double>>& rows,
                       const std::vector<double>& offsets, const std::vector<int>& labels,
                       const std::vector<double>& weights);

}  // namespace verity::train

#endif  // VERITY_TRAIN_OFFSET_LOGISTIC_H_
