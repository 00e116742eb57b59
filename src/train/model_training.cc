// The public face of the trainer (verity/train/model_training.h): options in
// the API's terms become the trainer's configuration, and the trained model
// goes to its file.
#include "verity/train/model_training.h"

#include "model/model_file.h"
#include "train/model_trainer.h"

namespace verity {

train::ModelTrainingConfig train::training_config(const ModelTrainingOptions& options) {
  ModelTrainingConfig config;
  config.train_paths = options.train_paths;
  config.dev_paths = options.dev_paths;
  config.satire_paths = options.satire_paths;
  config.description = options.description;
  config.features.hash_bits = options.hash_bits;
  config.features.char_min = options.char_min;
  config.features.char_max = options.char_max;
  config.features.mask_proper_nouns = options.mask_proper_nouns;
  config.features.title_scale = options.title_scale;
  config.features.char_scale = options.char_scale;
  config.features.style_scale = options.style_scale;
  config.options.seed = options.seed;
  config.options.threads = options.threads;
  config.options.max_epochs = options.max_epochs;
  config.options.patience = options.patience;
  config.options.learning_rate = options.learning_rate;
  config.options.l2 = options.l2;
  config.satire_folds = options.satire_folds;
  config.satire_against_news = options.satire_against_news;
  config.satire_news_rows = options.satire_news_rows;
  config.collection_power = options.collection_power;
  config.stable_features = options.stable_features;
  config.stable_agreement = options.stable_agreement;
  return config;
}

Result<ModelTrainingReport> train_model_file(const ModelTrainingOptions& options,
                                             const std::string& output,
                                             const std::function<void(const std::string&)>& log) {
  train::ModelTrainingReport trained;
  Result<model::ModelData> data =
      train::train_model(train::training_config(options), &trained, log);
  if (!data.ok()) return data.status();
  const Status written = model::write_model_file(output, data.value());
  if (!written.ok()) return written;
  ModelTrainingReport report;
  report.train_rows = trained.train_rows;
  report.dev_rows = trained.dev_rows;
  report.skipped = trained.skipped;
  report.best_epoch = trained.fake.best_epoch;
  report.best_dev_auc = trained.fake.best_dev_auc;
  report.satire_articles = trained.satire.articles;
  report.satire_roc_auc = trained.satire.roc_auc;
  report.seconds = trained.seconds;
  return report;
}

}  // namespace verity
