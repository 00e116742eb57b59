#include "train/stable_features.h"

#include <xxhash.h>

#include <cstdio>

namespace verity::train {

StableFeatures find_stable_features(const TrainingSet& train, const TrainingSet& dev,
                                    std::uint32_t dimension, std::uint32_t hashed,
                                    const TrainOptions& options, double collection_power,
                                    const std::function<void(const std::string&)>& log) {
  // The split depends on the publisher and the seed, never on row order.
  const auto half_of = [&](std::size_t row) {
    const std::string& source = train.source[row];
    return XXH3_64bits_withSeed(source.data(), source.size(), options.seed) & 1;
  };
  std::vector<std::vector<float>> weights;
  for (std::uint64_t half = 0; half < 2; ++half) {
    TrainingSet part = select_rows(train, [&](std::size_t row) { return half_of(row) == half; });
    balance_weights(part, collection_power);
    TrainResult trained = train_logistic(part, dev, dimension, options, nullptr);
    if (log) {
      char line[160];
      std::snprintf(line, sizeof line, "stable features: half %llu, %zu articles, dev AUC %.4f",
                    static_cast<unsigned long long>(half + 1), part.rows(), trained.best_dev_auc);
      log(line);
    }
    weights.push_back(std::move(trained.weights));
  }

  StableFeatures stable;
  stable.keep.assign(dimension, true);
  for (std::uint32_t i = 0; i < hashed; ++i) {
    const float a = weights[0].empty() ? 0.0F : weights[0][i];
    const float b = weights[1].empty() ? 0.0F : weights[1][i];
    if (a == 0 && b == 0) continue;
    ++stable.seen;
    stable.keep[i] = (a > 0 && b > 0) || (a < 0 && b < 0);
    if (stable.keep[i]) ++stable.kept;
  }
  return stable;
}

TrainingSet drop_unstable(const TrainingSet& set, const StableFeatures& stable) {
  TrainingSet out = set;
  out.index.clear();
  out.value.clear();
  out.row_begin.assign(1, 0);
  out.index.reserve(set.index.size());
  out.value.reserve(set.value.size());
  for (std::size_t r = 0; r < set.rows(); ++r) {
    const auto index = set.row_index(r);
    const auto value = set.row_value(r);
    for (std::size_t j = 0; j < index.size(); ++j) {
      if (!stable.keep[index[j]]) continue;
      out.index.push_back(index[j]);
      out.value.push_back(value[j]);
    }
    out.row_begin.push_back(out.index.size());
  }
  return out;
}

}  // namespace verity::train
