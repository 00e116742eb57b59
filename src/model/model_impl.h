// What a loaded Model holds, and the per-thread scratch behind PredictScratch.
#ifndef VERITY_MODEL_MODEL_IMPL_H_
#define VERITY_MODEL_MODEL_IMPL_H_

#include <cmath>
#include <span>

#include "model/featurizer.h"
#include "model/model_file.h"
#include "verity/model.h"

namespace verity {

struct Model::Impl {
  explicit Impl(model::ModelData loaded) : data(std::move(loaded)), featurizer(data.features) {}

  model::ModelData data;
  model::Featurizer featurizer;
};

struct PredictScratch::State {
  model::FeatureScratch features;
};

namespace model {

inline double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }

inline double dot(std::span<const FeatureEntry> entries, std::span<const float> weights) {
  double sum = 0;
  for (const FeatureEntry& entry : entries)
    sum += static_cast<double>(weights[entry.index]) * entry.value;
  return sum;
}

inline double calibrated(const LinearHead& head, double score) {
  return sigmoid(head.platt_a * score + head.platt_b);
}

// Fills prediction.groups and prediction.explanation from the features left
// in `scratch` by the last featurize() call (explain.cc).
void explain(const Featurizer& featurizer, const FeatureScratch& scratch,
             std::span<const float> weights, const PredictOptions& options, Prediction& prediction);

}  // namespace model
}  // namespace verity

#endif  // VERITY_MODEL_MODEL_IMPL_H_
