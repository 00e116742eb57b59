#include "train/stable_features.h"

#include <xxhash.h>

#include <cstdio>
#include <thread>

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
  std::vector<std::uint32_t> rows[2];
  for (std::uint32_t row = 0; row < train.rows(); ++row) rows[half_of(row)].push_back(row);

  // The halves are independent fits: with two threads, one each.
  const bool concurrent = options.threads >= 2;
  TrainResult trained[2];
  const auto fit = [&](std::uint64_t half) {
    trained[half] =
        train_logistic(train, rows[half], balanced_weights(train, rows[half], collection_power),
                       dev, dimension, options, nullptr);
  };
  if (concurrent) {
    std::thread second(fit, 1);
    fit(0);
    second.join();
  } else {
    fit(0);
    fit(1);
  }
  std::vector<std::vector<float>> weights;
  for (std::uint64_t half = 0; half < 2; ++half) {
    if (log) {
      char line[160];
      std::snprintf(line, sizeof line,
                    "stable features: half %llu, %zu articles, %zu epochs, dev AUC %.4f",
                    static_cast<unsigned long long>(half + 1), rows[half].size(),
                    trained[half].epochs.size(), trained[half].best_dev_auc);
      log(line);
    }
    weights.push_back(std::move(trained[half].weights));
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

void drop_unstable(TrainingSet& set, const StableFeatures& stable) {
  // Compacted in place: the kept entries of a row never move right.
  std::uint64_t kept = 0;
  std::uint64_t begin = set.row_begin[0];
  for (std::size_t r = 0; r < set.rows(); ++r) {
    const std::uint64_t end = set.row_begin[r + 1];
    for (std::uint64_t j = begin; j < end; ++j) {
      if (!stable.keep[set.index[j]]) continue;
      set.index[kept] = set.index[j];
      set.value[kept] = set.value[j];
      ++kept;
    }
    begin = end;
    set.row_begin[r + 1] = kept;
  }
  set.index.resize(kept);
  set.value.resize(kept);
}

}  // namespace verity::train
