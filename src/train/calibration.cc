#include "train/calibration.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "verity/metrics.h"

namespace verity::train {

PlattScaling fit_platt(const std::vector<double>& scores, const std::vector<int>& labels) {
  const std::size_t n = std::min(scores.size(), labels.size());
  std::size_t positives = 0;
  for (std::size_t i = 0; i < n; ++i) positives += labels[i] == 1 ? 1 : 0;
  if (positives == 0 || positives == n) return {};
  const double negatives = static_cast<double>(n - positives);
  const double target_positive =
      (static_cast<double>(positives) + 1.0) / (static_cast<double>(positives) + 2.0);
  const double target_negative = 1.0 / (negatives + 2.0);

  const auto loss_at = [&](double a, double b) {
    double loss = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const double t = labels[i] == 1 ? target_positive : target_negative;
      const double z = a * scores[i] + b;
      // -t log σ(z) - (1-t) log(1-σ(z)), stably.
      loss += (z > 0 ? (1 - t) * z + std::log1p(std::exp(-z)) : -t * z + std::log1p(std::exp(z)));
    }
    return loss;
  };

  double a = 1.0;
  double b = 0.0;
  double loss = loss_at(a, b);
  for (int iteration = 0; iteration < 100; ++iteration) {
    double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
    for (std::size_t i = 0; i < n; ++i) {
      const double t = labels[i] == 1 ? target_positive : target_negative;
      const double p = 1.0 / (1.0 + std::exp(-(a * scores[i] + b)));
      const double d = p - t;
      const double w = p * (1 - p);
      ga += d * scores[i];
      gb += d;
      haa += w * scores[i] * scores[i];
      hab += w * scores[i];
      hbb += w;
    }
    const double det = haa * hbb - hab * hab;
    if (std::abs(det) < 1e-18) break;
    const double step_a = (hbb * ga - hab * gb) / det;
    const double step_b = (haa * gb - hab * ga) / det;
    // Backtrack until the loss goes down.
    double scale = 1.0;
    double next = loss;
    while (scale > 1e-6) {
      next = loss_at(a - scale * step_a, b - scale * step_b);
      if (next <= loss) break;
      scale /= 2;
    }
    if (next > loss) break;
    a -= scale * step_a;
    b -= scale * step_b;
    const bool converged = loss - next < 1e-10 * std::max(1.0, loss);
    loss = next;
    if (converged) break;
  }
  return {a, b};
}

double best_threshold(const std::vector<double>& probabilities, const std::vector<int>& labels,
                      const std::vector<std::uint32_t>& groups) {
  std::map<std::uint32_t, std::pair<std::vector<double>, std::vector<int>>> by_group;
  for (std::size_t i = 0; i < probabilities.size(); ++i) {
    auto& [p, y] = by_group[groups.empty() ? 0 : groups[i]];
    p.push_back(probabilities[i]);
    y.push_back(labels[i]);
  }
  // Several thresholds often tie (a plateau between two scores); the middle
  // of the best plateau leaves the most room on both sides.
  std::vector<double> scores;
  for (int step = 5; step <= 95; ++step) {
    const double threshold = step / 100.0;
    double sum = 0;
    for (const auto& [group, data] : by_group)
      sum += evaluate_binary(data.first, data.second, threshold).macro_f1;
    scores.push_back(sum / static_cast<double>(std::max<std::size_t>(1, by_group.size())));
  }
  const double best = *std::max_element(scores.begin(), scores.end());
  std::vector<double> tied;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    if (scores[i] >= best - 1e-9) tied.push_back(static_cast<double>(i + 5) / 100.0);
  }
  return tied[tied.size() / 2];
}

}  // namespace verity::train
