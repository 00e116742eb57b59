#include "train/offset_logistic.h"

#include <algorithm>
#include <cmath>

namespace verity::train {
namespace {

// log(1 + e^z) without overflow.
double softplus(double z) { return z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z)); }

double sigmoid(double z) { return 1 / (1 + std::exp(-z)); }

struct Problem {
  const std::vector<std::vector<double>>& rows;
  const std::vector<double>& offsets;
  const std::vector<int>& labels;
  double l2;
  const std::vector<double>& weights;         // per example; empty: all 1
  const std::vector<double>& penalty_scales;  // per weight; empty: all 1

  double weight(std::size_t i) const { return weights.empty() ? 1.0 : weights[i]; }
  double penalty(std::size_t j) const {
    return l2 * (penalty_scales.empty() ? 1.0 : penalty_scales[j]);
  }

  double margin(std::size_t i, const std::vector<double>& w) const {
    double z = offsets[i];
    for (std::size_t j = 0; j < w.size(); ++j) z += w[j] * rows[i][j];
    return z;
  }
  double loss(const std::vector<double>& w) const {
    double sum = 0;
    for (std::size_t i = 0; i < rows.size(); ++i)
      sum += weight(i) * (softplus(margin(i, w)) - labels[i] * margin(i, w));
    for (std::size_t j = 0; j < w.size(); ++j) sum += 0.5 * penalty(j) * w[j] * w[j];
    return sum;
  }
  std::vector<double> gradient(const std::vector<double>& w) const {
    std::vector<double> g(w.size());
    for (std::size_t j = 0; j < w.size(); ++j) g[j] = penalty(j) * w[j];
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const double residual = weight(i) * (sigmoid(margin(i, w)) - labels[i]);
      for (std::size_t j = 0; j < w.size(); ++j) g[j] += residual * rows[i][j];
    }
    return g;
  }
};

// Solves A x = b for a symmetric positive definite A (Gaussian elimination
// with partial pivoting; the matrices here are at most a dozen wide).
std::vector<double> solve(std::vector<std::vector<double>> a, std::vector<double> b) {
  const std::size_t n = b.size();
  for (std::size_t c = 0; c < n; ++c) {
    std::size_t pivot = c;
    for (std::size_t r = c + 1; r < n; ++r)
      if (std::abs(a[r][c]) > std::abs(a[pivot][c])) pivot = r;
    std::swap(a[c], a[pivot]);
    std::swap(b[c], b[pivot]);
    if (a[c][c] == 0) continue;
    for (std::size_t r = c + 1; r < n; ++r) {
      const double f = a[r][c] / a[c][c];
      for (std::size_t k = c; k < n; ++k) a[r][k] -= f * a[c][k];
      b[r] -= f * b[c];
    }
  }
  std::vector<double> x(n);
  for (std::size_t c = n; c-- > 0;) {
    double s = b[c];
    for (std::size_t k = c + 1; k < n; ++k) s -= a[c][k] * x[k];
    x[c] = a[c][c] == 0 ? 0 : s / a[c][c];
  }
  return x;
}

// Newton's method over the weights in `free` (the others stay as they are).
void newton(const Problem& problem, const std::vector<bool>& free, std::vector<double>& w,
            const OffsetLogisticOptions& options) {
  std::vector<std::size_t> index;
  for (std::size_t j = 0; j < w.size(); ++j)
    if (free[j]) index.push_back(j);
  if (index.empty()) return;
  double current = problem.loss(w);
  for (int step = 0; step < options.max_newton_steps; ++step) {
    const std::vector<double> g = problem.gradient(w);
    const std::size_t n = index.size();
    std::vector<std::vector<double>> h(n, std::vector<double>(n, 0));
    for (std::size_t a = 0; a < n; ++a) h[a][a] = problem.penalty(index[a]);
    for (std::size_t i = 0; i < problem.rows.size(); ++i) {
      const double p = sigmoid(problem.margin(i, w));
      const double curvature = problem.weight(i) * p * (1 - p);
      for (std::size_t a = 0; a < n; ++a) {
        const double xa = problem.rows[i][index[a]];
        if (xa == 0) continue;
        for (std::size_t b = 0; b < n; ++b) h[a][b] += curvature * xa * problem.rows[i][index[b]];
      }
    }
    std::vector<double> rhs(n);
    for (std::size_t a = 0; a < n; ++a) rhs[a] = -g[index[a]];
    const std::vector<double> delta = solve(h, rhs);
    // Halve the step until the loss goes down (Newton can overshoot far from
    // the optimum).
    double scale = 1;
    std::vector<double> trial = w;
    double next = current;
    for (int halving = 0; halving < 30; ++halving, scale /= 2) {
      for (std::size_t a = 0; a < n; ++a) trial[index[a]] = w[index[a]] + scale * delta[a];
      next = problem.loss(trial);
      if (next <= current) break;
    }
    if (next > current) return;
    w = trial;
    const bool converged = current - next <= options.tolerance * std::max(1.0, std::abs(current));
    current = next;
    if (converged) return;
  }
}

}  // namespace

std::vector<double> fit_offset_logistic(const std::vector<std::vector<double>>& rows,
                                        const std::vector<double>& offsets,
                                        const std::vector<int>& labels,
                                        const std::vector<int>& signs,
                                        const OffsetLogisticOptions& options) {
  const std::size_t d = signs.size();
  const Problem problem{
      rows, offsets, labels, options.l2, options.example_weights, options.penalty_scales};
  std::vector<double> w(d, 0);
  std::vector<bool> present(d, false);
  for (const std::vector<double>& row : rows)
    for (std::size_t j = 0; j < d; ++j) present[j] = present[j] || row[j] != 0;
  std::vector<bool> free = present;
  // Each round either fixes one weight at 0 or frees one; the cap only
  // guards against cycling on degenerate data.
  for (std::size_t round = 0; round < 4 * d + 4; ++round) {
    newton(problem, free, w, options);
    // The weight breaking its sign rule the most is fixed at 0.
    std::size_t worst = d;
    for (std::size_t j = 0; j < d; ++j) {
      if (free[j] && w[j] * signs[j] < 0 && (worst == d || std::abs(w[j]) > std::abs(w[worst])))
        worst = j;
    }
    if (worst < d) {
      free[worst] = false;
      for (std::size_t j = 0; j < d; ++j)
        if (w[j] * signs[j] < 0) w[j] = 0;
      continue;
    }
    // A fixed weight whose loss would fall by moving into its allowed side
    // is freed again.
    const std::vector<double> g = problem.gradient(w);
    std::size_t release = d;
    for (std::size_t j = 0; j < d; ++j) {
      if (present[j] && !free[j] && -g[j] * signs[j] > 1e-9) {
        release = j;
        break;
      }
    }
    if (release == d) break;
    free[release] = true;
  }
  return w;
}

double offset_log_loss(const std::vector<std::vector<double>>& rows,
                       const std::vector<double>& offsets, const std::vector<int>& labels,
                       const std::vector<double>& weights) {
  if (rows.empty()) return 0;
  const std::vector<double> unweighted;
  const Problem problem{rows, offsets, labels, 0.0, unweighted, unweighted};
  return problem.loss(weights) / static_cast<double>(rows.size());
}

}  // namespace verity::train
