// The public training API (verity/train/model_training.h): its defaults are
// the trainer's, and the model file it writes is the one the trainer makes.
#include "verity/train/model_training.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "model/model_file.h"
#include "temp_file.h"
#include "test_paths.h"
#include "train/model_trainer.h"

namespace verity {
namespace {

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(ModelTrainingTest, DefaultsAreTheTrainersDefaults) {
  const train::ModelTrainingConfig config = train::training_config(ModelTrainingOptions{});
  const train::ModelTrainingConfig trainer;
  EXPECT_EQ(config.features.hash_bits, trainer.features.hash_bits);
  EXPECT_EQ(config.features.char_min, trainer.features.char_min);
  EXPECT_EQ(config.features.char_max, trainer.features.char_max);
  EXPECT_EQ(config.features.mask_proper_nouns, trainer.features.mask_proper_nouns);
  EXPECT_EQ(config.features.title_scale, trainer.features.title_scale);
  EXPECT_EQ(config.features.char_scale, trainer.features.char_scale);
  EXPECT_EQ(config.features.style_scale, trainer.features.style_scale);
  EXPECT_EQ(config.options.seed, trainer.options.seed);
  EXPECT_EQ(config.options.threads, trainer.options.threads);
  EXPECT_EQ(config.options.max_epochs, trainer.options.max_epochs);
  EXPECT_EQ(config.options.patience, trainer.options.patience);
  EXPECT_EQ(config.options.learning_rate, trainer.options.learning_rate);
  EXPECT_EQ(config.options.l2, trainer.options.l2);
  EXPECT_EQ(config.satire_folds, trainer.satire_folds);
  EXPECT_EQ(config.satire_against_news, trainer.satire_against_news);
  EXPECT_EQ(config.satire_news_rows, trainer.satire_news_rows);
  EXPECT_EQ(config.collection_power, trainer.collection_power);
  EXPECT_EQ(config.stable_features, trainer.stable_features);
  EXPECT_EQ(config.stable_agreement, trainer.stable_agreement);
}

TEST(ModelTrainingTest, WritesTheTrainersModel) {
  ModelTrainingOptions options;
  options.train_paths = {testing::fixture_path("model/toy_train.jsonl")};
  options.dev_paths = {testing::fixture_path("model/toy_dev.jsonl")};
  options.satire_paths = {testing::fixture_path("model/toy_satire.jsonl")};
  options.hash_bits = 14;
  options.threads = 1;
  options.seed = 3;
  options.description = "toy fixtures";
  testing::TempFile file("public.model");
  const Result<ModelTrainingReport> report = train_model_file(options, file.path());
  ASSERT_TRUE(report.ok()) << report.status().to_string();
  EXPECT_EQ(report.value().train_rows, 40u);
  EXPECT_EQ(report.value().dev_rows, 16u);
  EXPECT_EQ(report.value().satire_articles, 24u);
  EXPECT_GT(report.value().best_epoch, 0u);

  train::ModelTrainingReport trained;
  const Result<model::ModelData> data =
      train::train_model(train::training_config(options), &trained, nullptr);
  ASSERT_TRUE(data.ok());
  testing::TempFile direct("direct.model");
  ASSERT_TRUE(model::write_model_file(direct.path(), data.value()).ok());
  EXPECT_EQ(read_bytes(file.path()), read_bytes(direct.path()));
}

TEST(ModelTrainingTest, ByCollectionTrainsOnTheToyCollections) {
  ModelTrainingOptions options;
  options.train_paths = {testing::fixture_path("model/toy_train.jsonl")};
  options.dev_paths = {testing::fixture_path("model/toy_dev.jsonl")};
  options.hash_bits = 14;
  options.threads = 1;
  options.stable_features = StableFeatureSplit::kCollection;
  testing::TempFile file("collection.model");
  std::string log;
  const Result<ModelTrainingReport> report =
      train_model_file(options, file.path(), [&](const std::string& line) { log += line + "\n"; });
  ASSERT_TRUE(report.ok()) << report.status().to_string();
  EXPECT_NE(log.find("stable features: toy-a"), std::string::npos) << log;
  EXPECT_NE(log.find("stable features: toy-b"), std::string::npos) << log;
}

TEST(ModelTrainingTest, FailsOnAMissingFile) {
  ModelTrainingOptions options;
  options.train_paths = {testing::fixture_path("model/no_such_file.jsonl")};
  options.dev_paths = {testing::fixture_path("model/toy_dev.jsonl")};
  testing::TempFile file("missing.model");
  EXPECT_FALSE(train_model_file(options, file.path()).ok());
}

}  // namespace
}  // namespace verity
