// Library: verity_train.
//
// Training a content model (model.h) from labelled articles and writing it
// to a model file: the fake head with early stopping, calibration and
// threshold on dev, and optionally the satire head. `verity train` is a thin
// face over this; scripts/train-default-model.sh is the recipe of the
// shipped model.
#ifndef VERITY_TRAIN_MODEL_TRAINING_H_
#define VERITY_TRAIN_MODEL_TRAINING_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "verity/status.h"

namespace verity {

// How the stable-feature filter splits the training articles before keeping
// only the hashed features whose weights agree in sign across the parts.
enum class StableFeatureSplit {
  kNone,        // every feature is trained on
  kPublisher,   // two publisher-disjoint halves must agree
  kCollection,  // one fit per training collection; most must agree
};

// Every setting of a training run. The defaults are the shipped recipe's;
// the feature settings are recorded in the model file.
struct ModelTrainingOptions {
  std::vector<std::string> train_paths;   // labelled fake/real, any input kind
  std::vector<std::string> dev_paths;     // early stopping, calibration, threshold
  std::vector<std::string> satire_paths;  // labelled satire against fake or real;
                                          // empty: no satire head
  std::string description;                // recorded in the model as trained_on

  // Features.
  std::uint32_t hash_bits = 20;  // 2^hash_bits n-gram buckets
  std::uint32_t char_min = 3;    // shortest character n-gram
  std::uint32_t char_max = 5;    // longest; 0: no character n-grams
  bool mask_proper_nouns = true;
  float title_scale = 1.0F;
  float char_scale = 0.5F;
  float style_scale = 1.0F;

  // Fitting. One fit runs on one thread, so a seed gives the same model
  // whatever `threads` says (threads featurize and run independent fits).
  std::uint64_t seed = 1;
  unsigned threads = 2;
  unsigned max_epochs = 15;
  unsigned patience = 3;  // epochs without dev improvement before stopping
  double learning_rate = 0.05;
  double l2 = 1e-5;
  unsigned satire_folds = 5;
  // The satire head also learns training articles as not satire: up to
  // `satire_news_rows` of each training collection, spread evenly over it.
  bool satire_against_news = false;
  std::size_t satire_news_rows = 100;
  // 1: every training collection weighs the same; 0: by size.
  double collection_power = 1.0;
  StableFeatureSplit stable_features = StableFeatureSplit::kPublisher;
  // How many parts must give a feature's weight the same sign, none the
  // opposite one; 0: a majority (both of two halves, 2 of 3, 3 of 4).
  std::uint32_t stable_agreement = 0;
};

struct ModelTrainingReport {
  std::size_t train_rows = 0;
  std::size_t dev_rows = 0;
  std::size_t skipped = 0;  // unreadable, or not labelled fake/real
  unsigned best_epoch = 0;
  double best_dev_auc = 0;
  std::size_t satire_articles = 0;  // 0: no satire head
  double satire_roc_auc = 0;        // cross-validated
  double seconds = 0;
};

// Trains a model and writes it to `output`. `log` (may be empty) receives
// progress lines. Fails when a file cannot be read, no article carries a
// usable label, or the model cannot be written.
[[nodiscard]] Result<ModelTrainingReport> train_model_file(
    const ModelTrainingOptions& options, const std::string& output,
    const std::function<void(const std::string&)>& log = {});

}  // namespace verity

#endif  // VERITY_TRAIN_MODEL_TRAINING_H_
