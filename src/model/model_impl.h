// What a loaded Model holds, and the per-thread scratch behind PredictScratch.
#ifndef VERITY_MODEL_MODEL_IMPL_H_
#define VERITY_MODEL_MODEL_IMPL_H_

#include <cmath>
#include <span>
#include <utility>
#include <vector>

#include "model/featurizer.h"
#include "model/model_file.h"
#include "model/predict_scratch.h"
#include "verity/model.h"

namespace verity {

struct Model::Impl {
  explicit Impl(model::ModelData loaded) : data(std::move(loaded)), featurizer(data.features) {
    if (data.satire.weights.size() == data.fake.weights.size()) {
      paired.resize(2 * data.fake.weights.size());
      for (std::size_t i = 0; i < data.fake.weights.size(); ++i) {
        paired[2 * i] = data.fake.weights[i];
        paired[2 * i + 1] = data.satire.weights[i];
      }
    }
  }

  model::ModelData data;
  model::Featurizer featurizer;
  // The two heads' weights side by side (fake, satire, fake, satire, ...):
  // scoring fetches one cache line per feature for both instead of two.
  // Empty without a satire head.
  std::vector<float> paired;
};

struct PredictScratch::State {
  model::FeatureScratch features;
  std::vector<double> contributions;  // per feature entry, for the explanation
};

namespace model {

inline double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }

inline double dot(std::span<const FeatureEntry> entries, std::span<const float> weights) {
  double sum = 0;
  for (const FeatureEntry& entry : entries)
    sum += static_cast<double>(weights[entry.index]) * entry.value;
  return sum;
}

// dot(), keeping each entry's weight × value: the explanation reads them
// rather than fetching every weight from memory a second time.
inline double dot_keeping(std::span<const FeatureEntry> entries, std::span<const float> weights,
                          std::vector<double>& contributions) {
  contributions.resize(entries.size());
  double sum = 0;
  for (std::size_t e = 0; e < entries.size(); ++e) {
    contributions[e] = static_cast<double>(weights[entries[e].index]) * entries[e].value;
    sum += contributions[e];
  }
  return sum;
}

// The fake and satire scores from paired weights, each summed in the same
// order as dot(); keeps the fake contributions when `contributions` is set.
inline std::pair<double, double> dot_paired(std::span<const FeatureEntry> entries,
                                            std::span<const float> paired,
                                            std::vector<double>* contributions) {
  if (contributions != nullptr) contributions->resize(entries.size());
  double fake = 0;
  double satire = 0;
  for (std::size_t e = 0; e < entries.size(); ++e) {
    const float* pair = &paired[2 * static_cast<std::size_t>(entries[e].index)];
    const double c = static_cast<double>(pair[0]) * entries[e].value;
    if (contributions != nullptr) (*contributions)[e] = c;
    fake += c;
    satire += static_cast<double>(pair[1]) * entries[e].value;
  }
  return {fake, satire};
}

inline double calibrated(const LinearHead& head, double score) {
  return sigmoid(head.platt_a * score + head.platt_b);
}

// Fills prediction.groups and prediction.explanation from the features left
// in `scratch` by the last featurize() call and their `contributions` from
// dot_keeping() (explain.cc).
void explain(const Featurizer& featurizer, const FeatureScratch& scratch,
             std::span<const double> contributions, std::span<const float> weights,
             const PredictOptions& options, Prediction& prediction);

}  // namespace model
}  // namespace verity

#endif  // VERITY_MODEL_MODEL_IMPL_H_
