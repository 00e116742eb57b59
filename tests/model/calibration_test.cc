#include "train/calibration.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace verity::train {
namespace {

TEST(CalibrationTest, PlattRecoversAKnownSigmoid) {
  // Labels drawn from p = sigmoid(2 s - 1): the fit should land near a=2, b=-1.
  std::mt19937 random(5);
  std::normal_distribution<double> score(0, 1.5);
  std::uniform_real_distribution<double> unit(0, 1);
  std::vector<double> scores;
  std::vector<int> labels;
  for (int i = 0; i < 20000; ++i) {
    const double s = score(random);
    scores.push_back(s);
    labels.push_back(unit(random) < 1 / (1 + std::exp(-(2 * s - 1))) ? 1 : 0);
  }
  const PlattScaling platt = fit_platt(scores, labels);
  EXPECT_NEAR(platt.a, 2.0, 0.15);
  EXPECT_NEAR(platt.b, -1.0, 0.15);
}

TEST(CalibrationTest, SeparableAndDegenerateInputsStayFinite) {
  const PlattScaling separable = fit_platt({-3, -2, -1, 1, 2, 3}, {0, 0, 0, 1, 1, 1});
  EXPECT_TRUE(std::isfinite(separable.a));
  EXPECT_GT(separable.a, 0);
  const PlattScaling one_class = fit_platt({1, 2, 3}, {1, 1, 1});
  EXPECT_DOUBLE_EQ(one_class.a, 1.0);
  EXPECT_DOUBLE_EQ(one_class.b, 0.0);
  const PlattScaling empty = fit_platt({}, {});
  EXPECT_DOUBLE_EQ(empty.a, 1.0);
}

TEST(CalibrationTest, ThresholdMaximizesMacroF1PerGroup) {
  // Positives above 0.6, negatives below 0.4: any threshold in between is perfect.
  const double threshold =
      best_threshold({0.1, 0.2, 0.3, 0.7, 0.8, 0.9}, {0, 0, 0, 1, 1, 1}, {0, 0, 0, 0, 0, 0});
  EXPECT_GT(threshold, 0.3);
  EXPECT_LE(threshold, 0.7);
}

}  // namespace
}  // namespace verity::train
