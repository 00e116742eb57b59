// The whole training recipe: read and featurize the data, train the fake
// head with early stopping on dev, calibrate it and pick its threshold on
// dev, train the satire head with cross-validated calibration, and record
// self-test articles — everything a model file holds.
#ifndef VERITY_TRAIN_MODEL_TRAINER_H_
#define VERITY_TRAIN_MODEL_TRAINER_H_

#include <functional>
#include <string>
#include <vector>

#include "model/model_file.h"
#include "train/logistic_trainer.h"
#include "verity/train/model_training.h"

namespace verity::train {

struct ModelTrainingConfig {
  std::vector<std::string> train_paths;
  std::vector<std::string> dev_paths;
  std::vector<std::string> satire_paths;  // labelled satire/fake; empty: no satire head
  model::FeatureConfig features;
  TrainOptions options;
  unsigned satire_folds = 5;
  // Train the satire head against training articles too (all of them not
  // satire), so that it sees satire against fabrication and against
  // reporting whatever satire files it gets: up to `satire_news_rows` of
  // each training collection, spread evenly over it (more rows, each far
  // lighter than a satire article, made the head rank held-out satire worse).
  bool satire_against_news = false;
  std::size_t satire_news_rows = 100;
  // How far training collections are evened out (see balance_weights).
  double collection_power = 1.0;
  // Train only on features whose sign parts of the training data agree on
  // (stable_features.h).
  StableFeatureSplit stable_features = StableFeatureSplit::kPublisher;
  std::uint32_t stable_agreement = 0;  // parts that must agree; 0: a majority
  std::string description;             // recorded in the model as trained_on
};

// Cross-validated scores of the satire head (fake vs satire).
struct SatireReport {
  std::size_t articles = 0;
  double roc_auc = 0;
  double macro_f1 = 0;
  double accuracy = 0;
};

struct ModelTrainingReport {
  TrainResult fake;
  std::size_t train_rows = 0;
  std::size_t dev_rows = 0;
  std::size_t skipped = 0;
  SatireReport satire;
  double seconds = 0;
};

// The trainer's configuration for the public options.
ModelTrainingConfig training_config(const ModelTrainingOptions& options);

// `log` receives progress lines (may be null).
Result<model::ModelData> train_model(const ModelTrainingConfig& config, ModelTrainingReport* report,
                                     const std::function<void(const std::string&)>& log);

}  // namespace verity::train

#endif  // VERITY_TRAIN_MODEL_TRAINER_H_
