#include "train/stable_features.h"

#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

namespace verity::train {

FeatureParts publisher_halves(const TrainingSet& train, std::uint64_t seed) {
  // The split depends on the publisher and the seed, never on row order.
  FeatureParts parts;
  parts.count = 2;
  parts.names = {"half 1", "half 2"};
  parts.of_row.reserve(train.rows());
  for (std::size_t row = 0; row < train.rows(); ++row) {
    const std::string& source = train.source[row];
    parts.of_row.push_back(
        static_cast<std::uint32_t>(XXH3_64bits_withSeed(source.data(), source.size(), seed) & 1));
  }
  return parts;
}

Result<FeatureParts> collection_parts(const TrainingSet& train) {
  const std::size_t count = train.collections.size();
  std::vector<std::size_t> fake(count, 0);
  std::vector<std::size_t> rows(count, 0);
  for (std::size_t row = 0; row < train.rows(); ++row) {
    ++rows[train.collection[row]];
    if (train.label[row] == 1) ++fake[train.collection[row]];
  }
  FeatureParts parts;
  std::vector<std::uint32_t> part_of(count, 0);
  for (std::size_t c = 0; c < count; ++c) {
    if (rows[c] == 0) continue;
    if (fake[c] == 0 || fake[c] == rows[c]) {
      return Status(StatusCode::kInvalidArgument,
                    "stable features by collection: collection '" + train.collections[c] +
                        "' holds only " + (fake[c] == 0 ? "real" : "fake") + " articles (" +
                        std::to_string(rows[c]) +
                        "); each collection needs both classes to say which way a feature points");
    }
    part_of[c] = parts.count++;
    parts.names.push_back(train.collections[c]);
  }
  if (parts.count < 2) {
    return Status(StatusCode::kInvalidArgument,
                  "stable features by collection need at least two training collections, not " +
                      std::to_string(parts.count));
  }
  parts.of_row.reserve(train.rows());
  for (std::size_t row = 0; row < train.rows(); ++row)
    parts.of_row.push_back(part_of[train.collection[row]]);
  return parts;
}

std::uint32_t parts_needed(std::uint32_t parts) { return parts / 2 + 1; }

StableFeatures find_stable_features(const TrainingSet& train, const TrainingSet& dev,
                                    const FeatureParts& parts, std::uint32_t dimension,
                                    std::uint32_t hashed, const TrainOptions& options,
                                    double collection_power,
                                    const std::function<void(const std::string&)>& log) {
  std::vector<std::vector<std::uint32_t>> rows(parts.count);
  for (std::uint32_t row = 0; row < train.rows(); ++row) rows[parts.of_row[row]].push_back(row);

  // The parts are independent fits: each thread takes the next one.
  std::vector<TrainResult> trained(parts.count);
  std::atomic<std::uint32_t> next{0};
  const auto work = [&] {
    for (std::uint32_t part = next++; part < parts.count; part = next++) {
      trained[part] =
          train_logistic(train, rows[part], balanced_weights(train, rows[part], collection_power),
                         dev, dimension, options, nullptr);
    }
  };
  const unsigned helpers = std::min<unsigned>(options.threads, parts.count);
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < helpers; ++t) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();

  if (log) {
    for (std::uint32_t part = 0; part < parts.count; ++part) {
      char line[200];
      std::snprintf(line, sizeof line,
                    "stable features: %s, %zu articles, %zu epochs, dev AUC %.4f",
                    parts.names[part].c_str(), rows[part].size(), trained[part].epochs.size(),
                    trained[part].best_dev_auc);
      log(line);
    }
  }

  const std::uint32_t needed =
      parts.needed == 0 ? parts_needed(parts.count) : std::min(parts.needed, parts.count);
  StableFeatures stable;
  stable.keep.assign(dimension, true);
  for (std::uint32_t i = 0; i < hashed; ++i) {
    std::uint32_t positive = 0;
    std::uint32_t negative = 0;
    for (const TrainResult& fit : trained) {
      const float w = fit.weights.empty() ? 0.0F : fit.weights[i];
      positive += w > 0 ? 1 : 0;
      negative += w < 0 ? 1 : 0;
    }
    if (positive == 0 && negative == 0) continue;
    ++stable.seen;
    stable.keep[i] = (positive >= needed && negative == 0) || (negative >= needed && positive == 0);
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
