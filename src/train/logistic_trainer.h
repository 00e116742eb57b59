// Trains a logistic head on a TrainingSet: weighted log loss with L2, AdaGrad
// steps, early stopping on the dev set's mean per-collection ROC-AUC. A fit
// runs on one thread, so a seed always gives the same weights: on two cores,
// lock-free updates from both threads (Hogwild) were no faster per epoch, as
// every article updates the same bias, style and common n-gram weights.
// Parallelism comes from featurizing and from independent fits instead.
#ifndef VERITY_TRAIN_LOGISTIC_TRAINER_H_
#define VERITY_TRAIN_LOGISTIC_TRAINER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "train/training_set.h"

namespace verity::train {

struct TrainOptions {
  std::uint64_t seed = 1;
  unsigned threads = 2;  // for featurizing and independent fits, never within a fit
  unsigned max_epochs = 15;
  unsigned patience = 3;        // epochs without dev improvement before stopping
  double learning_rate = 0.05;  // AdaGrad base step
  double l2 = 1e-5;             // per-example L2 strength
};

struct EpochReport {
  unsigned epoch = 0;
  double train_loss = 0;  // weighted mean log loss over the epoch
  double dev_auc = 0;     // mean per-collection ROC-AUC on dev (NaN without dev)
  double seconds = 0;
};

struct TrainResult {
  std::vector<float> weights;  // the best epoch's
  unsigned best_epoch = 0;
  double best_dev_auc = 0;
  std::vector<EpochReport> epochs;
};

// `dev` may be empty: then every epoch runs and the last one is kept.
// `progress` (optional) is called after each epoch.
TrainResult train_logistic(const TrainingSet& train, const TrainingSet& dev,
                           std::uint32_t dimension, const TrainOptions& options,
                           const std::function<void(const EpochReport&)>& progress);

// Trains on the rows `rows` of `train` only, with sample weights `weight`
// (indexed by row of `train`): the same model as training on a copy holding
// just those rows, without copying the matrix.
TrainResult train_logistic(const TrainingSet& train, std::span<const std::uint32_t> rows,
                           std::span<const float> weight, const TrainingSet& dev,
                           std::uint32_t dimension, const TrainOptions& options,
                           const std::function<void(const EpochReport&)>& progress);

// The raw scores (logits) of every row under `weights`.
std::vector<double> score_rows(const TrainingSet& set, const std::vector<float>& weights);
// The raw scores of the rows `rows` of `set`, in that order.
std::vector<double> score_rows(const TrainingSet& set, std::span<const std::uint32_t> rows,
                               const std::vector<float>& weights);

// Mean over collections of each collection's ROC-AUC (collections with one
// class are left out); NaN when none has both classes.
double mean_collection_auc(const TrainingSet& set, const std::vector<double>& scores);

}  // namespace verity::train

#endif  // VERITY_TRAIN_LOGISTIC_TRAINER_H_
