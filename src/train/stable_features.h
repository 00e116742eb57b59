// Keeps the features that tell the same story whichever outlets they are
// learned from. The training rows are split in two by publisher (every
// article of one domain on the same side), a model is trained on each half,
// and a hashed feature survives only when both halves gave it a weight of the
// same sign. A phrase only one outlet uses — its boilerplate, its reporters'
// names, its house style — is learned by one half and unknown to the other,
// so it goes; so does a feature whose direction depends on who is writing.
#ifndef VERITY_TRAIN_STABLE_FEATURES_H_
#define VERITY_TRAIN_STABLE_FEATURES_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "train/logistic_trainer.h"
#include "train/training_set.h"

namespace verity::train {

struct StableFeatures {
  std::vector<bool> keep;  // per weight index; the ones >= `hashed` are always kept
  std::size_t seen = 0;    // hashed features with a weight in either half
  std::size_t kept = 0;    // of those, the ones both halves agree on
};

// `hashed` is the number of hashed buckets (style signals and the bias come
// after them and are always kept). `log` (optional) gets one line per half.
StableFeatures find_stable_features(const TrainingSet& train, const TrainingSet& dev,
                                    std::uint32_t dimension, std::uint32_t hashed,
                                    const TrainOptions& options, double collection_power,
                                    const std::function<void(const std::string&)>& log);

// Removes from `set` the entries of the features `stable` does not keep.
void drop_unstable(TrainingSet& set, const StableFeatures& stable);

}  // namespace verity::train

#endif  // VERITY_TRAIN_STABLE_FEATURES_H_
