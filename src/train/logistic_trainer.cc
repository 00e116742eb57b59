#include "train/logistic_trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

#include "model/model_impl.h"
#include "verity/metrics.h"

namespace verity::train {
namespace {

// log(1 + exp(-m)) for label 1 and log(1 + exp(m)) for label 0, stably.
double log_loss(double margin, int label) {
  const double z = label == 1 ? -margin : margin;
  return z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
}

// Weights and AdaGrad accumulators. A weight and its accumulator sit side by
// side, so a step touches one cache line instead of two.
class Parameters {
 public:
  explicit Parameters(std::uint32_t dimension) : slots_(dimension) {}

  float weight(std::uint32_t i) const { return slots_[i].weight; }

  void step(std::uint32_t i, double gradient, double learning_rate) {
    Slot& slot = slots_[i];
    slot.square += static_cast<float>(gradient * gradient);
    const double delta =
        learning_rate * gradient / (std::sqrt(static_cast<double>(slot.square)) + 1e-8);
    slot.weight -= static_cast<float>(delta);
  }

  std::vector<float> weights() const {
    std::vector<float> out(slots_.size());
    for (std::size_t i = 0; i < slots_.size(); ++i) out[i] = slots_[i].weight;
    return out;
  }

 private:
  struct Slot {
    float weight = 0;
    float square = 0;
  };
  std::vector<Slot> slots_;
};

// One pass over `order`; returns the weighted loss sum.
double train_epoch(const TrainingSet& set, std::span<const float> weight,
                   const std::vector<std::uint32_t>& order, Parameters& parameters,
                   const TrainOptions& options) {
  double loss = 0;
  for (const std::uint32_t row : order) {
    const auto index = set.row_index(row);
    const auto value = set.row_value(row);
    double margin = 0;
    for (std::size_t j = 0; j < index.size(); ++j)
      margin += static_cast<double>(parameters.weight(index[j])) * value[j];
    const int label = set.label[row];
    const double sample_weight = weight[row];
    loss += sample_weight * log_loss(margin, label);
    const double error = (model::sigmoid(margin) - label) * sample_weight;
    for (std::size_t j = 0; j < index.size(); ++j) {
      const double gradient = error * value[j] + options.l2 * parameters.weight(index[j]);
      parameters.step(index[j], gradient, options.learning_rate);
    }
  }
  return loss;
}

}  // namespace

std::vector<double> score_rows(const TrainingSet& set, std::span<const std::uint32_t> rows,
                               const std::vector<float>& weights) {
  std::vector<double> scores(rows.size());
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const auto index = set.row_index(rows[k]);
    const auto value = set.row_value(rows[k]);
    double margin = 0;
    for (std::size_t j = 0; j < index.size(); ++j)
      margin += static_cast<double>(weights[index[j]]) * value[j];
    scores[k] = margin;
  }
  return scores;
}

std::vector<double> score_rows(const TrainingSet& set, const std::vector<float>& weights) {
  std::vector<std::uint32_t> rows(set.rows());
  std::iota(rows.begin(), rows.end(), 0);
  return score_rows(set, rows, weights);
}

double mean_collection_auc(const TrainingSet& set, const std::vector<double>& scores) {
  double sum = 0;
  std::size_t counted = 0;
  for (std::uint32_t c = 0; c < set.collections.size(); ++c) {
    std::vector<double> probabilities;
    std::vector<int> labels;
    for (std::size_t r = 0; r < set.rows(); ++r) {
      if (set.collection[r] != c) continue;
      probabilities.push_back(model::sigmoid(scores[r]));
      labels.push_back(set.label[r]);
    }
    const double auc = evaluate_binary(probabilities, labels).roc_auc;
    if (std::isnan(auc)) continue;
    sum += auc;
    ++counted;
  }
  return counted == 0 ? std::numeric_limits<double>::quiet_NaN()
                      : sum / static_cast<double>(counted);
}

TrainResult train_logistic(const TrainingSet& train, const TrainingSet& dev,
                           std::uint32_t dimension, const TrainOptions& options,
                           const std::function<void(const EpochReport&)>& progress) {
  std::vector<std::uint32_t> rows(train.rows());
  std::iota(rows.begin(), rows.end(), 0);
  return train_logistic(train, rows, train.weight, dev, dimension, options, progress);
}

TrainResult train_logistic(const TrainingSet& train, std::span<const std::uint32_t> rows,
                           std::span<const float> weight, const TrainingSet& dev,
                           std::uint32_t dimension, const TrainOptions& options,
                           const std::function<void(const EpochReport&)>& progress) {
  Parameters parameters(dimension);
  TrainResult result;
  result.best_dev_auc = -1;
  std::vector<std::uint32_t> order(rows.begin(), rows.end());
  std::mt19937_64 random(options.seed);
  double total_weight = 0;
  for (const std::uint32_t row : rows) total_weight += weight[row];
  unsigned since_best = 0;

  for (unsigned epoch = 1; epoch <= options.max_epochs; ++epoch) {
    const auto start = std::chrono::steady_clock::now();
    std::shuffle(order.begin(), order.end(), random);
    const double loss = train_epoch(train, weight, order, parameters, options);

    EpochReport report;
    report.epoch = epoch;
    report.train_loss = loss / std::max(total_weight, 1e-12);
    report.dev_auc = dev.rows() > 0
                         ? mean_collection_auc(dev, score_rows(dev, parameters.weights()))
                         : std::numeric_limits<double>::quiet_NaN();
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    result.epochs.push_back(report);
    if (progress) progress(report);

    const bool improved = std::isnan(report.dev_auc) || report.dev_auc > result.best_dev_auc + 1e-5;
    if (improved) {
      result.best_dev_auc = report.dev_auc;
      result.best_epoch = epoch;
      result.weights = parameters.weights();
      since_best = 0;
    } else if (++since_best >= options.patience) {
      break;
    }
  }
  return result;
}

}  // namespace verity::train
