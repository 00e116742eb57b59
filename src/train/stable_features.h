// Keeps the features that tell the same story whichever part of the training
// data they are learned from. The training rows are split into parts — two
// publisher-disjoint halves (every article of one domain on the same side),
// or one part per collection — a model is trained on each part, and a hashed
// feature survives only when most parts gave it a weight of the same sign and
// none the opposite sign. A phrase only one outlet or one collection uses —
// its boilerplate, its reporters' names, its topic — is learned by one part
// and unknown to the others, so it goes; so does a feature whose direction
// depends on who is writing.
#ifndef VERITY_TRAIN_STABLE_FEATURES_H_
#define VERITY_TRAIN_STABLE_FEATURES_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "train/logistic_trainer.h"
#include "train/training_set.h"
#include "verity/status.h"

namespace verity::train {

// Each training row's part, and how many parts there are.
struct FeatureParts {
  std::vector<std::uint32_t> of_row;
  std::uint32_t count = 0;
  std::vector<std::string> names;  // per part, for the log
  // How many parts must agree in sign (none against) for a feature to stay;
  // 0: parts_needed(count).
  std::uint32_t needed = 0;
};

// Two halves by a hash of the publisher's domain under `seed`.
FeatureParts publisher_halves(const TrainingSet& train, std::uint64_t seed);

// One part per collection of `train`. Fails (kInvalidArgument, naming the
// collection) when a collection lacks one of the classes, since its fit
// could not learn which way a feature points, or when there are fewer than
// two collections.
Result<FeatureParts> collection_parts(const TrainingSet& train);

struct StableFeatures {
  std::vector<bool> keep;  // per weight index; the ones >= `hashed` are always kept
  std::size_t seen = 0;    // hashed features with a weight in any part
  std::size_t kept = 0;    // of those, the ones the parts agree on
};

// How many of `parts` parts must agree in sign (none disagreeing) for a
// feature to stay by default: all of two, otherwise a majority.
std::uint32_t parts_needed(std::uint32_t parts);

// `hashed` is the number of hashed buckets (style signals and the bias come
// after them and are always kept). `log` (optional) gets one line per part.
StableFeatures find_stable_features(const TrainingSet& train, const TrainingSet& dev,
                                    const FeatureParts& parts, std::uint32_t dimension,
                                    std::uint32_t hashed, const TrainOptions& options,
                                    double collection_power,
                                    const std::function<void(const std::string&)>& log);

// Removes from `set` the entries of the features `stable` does not keep.
void drop_unstable(TrainingSet& set, const StableFeatures& stable);

}  // namespace verity::train

#endif  // VERITY_TRAIN_STABLE_FEATURES_H_
