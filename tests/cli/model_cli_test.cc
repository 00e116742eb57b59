// train, check, batch and eval from the command line, on the toy fixtures.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "model/model_file.h"
#include "run_cli.h"
#include "test_paths.h"

namespace verity::testing {
namespace {

class ModelCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    model_ = new TempFile("cli-toy.model");
    const CliResult trained = run_cli("train --train '" + fixture_path("model/toy_train.jsonl") +
                                      "' --dev '" + fixture_path("model/toy_dev.jsonl") +
                                      "' --satire '" + fixture_path("model/toy_satire.jsonl") +
                                      "' --hash-bits 14 --threads 1 -o '" + model_->path() + "'");
    ASSERT_EQ(trained.exit_code, 0) << trained.err;
    ASSERT_NE(trained.err.find("epoch 1: loss"), std::string::npos) << trained.err;
    ASSERT_NE(trained.err.find("dev AUC"), std::string::npos) << trained.err;
  }
  static void TearDownTestSuite() { delete model_; }
  static std::string model() { return " --model '" + model_->path() + "' "; }
  static TempFile* model_;
};

TempFile* ModelCliTest::model_ = nullptr;

TEST_F(ModelCliTest, CheckPrintsVerdictAndReasons) {
  TempFile input("claim.txt");
  input.write(
      "SHOCKING: the secret they hid from you!!\n\nAn anonymous insider says the shocking truth is "
      "being "
      "hidden from you. Share this before it gets deleted!\n");
  CliResult result = run_cli("check" + model() + "'" + input.path() + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("FAKE"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("toward fake:"), std::string::npos);
  EXPECT_NE(result.out.find("key sentences:"), std::string::npos);

  result = run_cli("check --json" + model() + "'" + input.path() + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json record = nlohmann::json::parse(result.out);
  EXPECT_EQ(record["verdict"], "fake");
  EXPECT_GT(record["fake_probability"].get<double>(), 0.5);
  for (const char* key : {"top_fake", "top_real", "sentences", "signals"}) {
    EXPECT_TRUE(record["explanation"].contains(key)) << key;
  }
  EXPECT_TRUE(record["signals"].contains("body_words"));
}

TEST_F(ModelCliTest, BatchKeepsOrderAndReportsBadRecords) {
  TempFile input("batch.jsonl");
  input.write(
      "{\"id\": \"first\", \"title\": \"Council votes on the harbor\", \"text\": \"Officials said "
      "the work "
      "would be paid for from the existing capital fund.\"}\n"
      "{\"id\": \"broken\", \"text\": \n"
      "{\"id\": \"third\", \"title\": \"EXPOSED: the secret plot\", \"text\": \"An anonymous "
      "insider says "
      "the shocking truth is being hidden from you.\"}\n"
      "{\"id\": \"empty\", \"text\": \"   \"}\n");
  TempFile output("batch-out.jsonl");
  const CliResult result =
      run_cli("batch" + model() + "'" + input.path() + "' -o '" + output.path() + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<nlohmann::json> records;
  std::istringstream lines(read_file(output.path()));
  for (std::string line; std::getline(lines, line);) records.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0]["id"], "first");
  EXPECT_TRUE(records[0].contains("fake_probability"));
  EXPECT_EQ(records[1]["id"], "2");  // no readable id: the line number
  EXPECT_TRUE(records[1].contains("error"));
  EXPECT_EQ(records[2]["id"], "third");
  EXPECT_GT(records[2]["fake_probability"].get<double>(),
            records[0]["fake_probability"].get<double>());
  EXPECT_EQ(records[3]["id"], "empty");
  EXPECT_TRUE(records[3].contains("error"));
  EXPECT_NE(result.err.find("2 could not be read"), std::string::npos) << result.err;
}

TEST_F(ModelCliTest, EvalReportsMetricsPerDatasetAndPlots) {
  const std::filesystem::path plots = std::filesystem::temp_directory_path() / "verity-eval-plots";
  std::filesystem::remove_all(plots);
  const CliResult result = run_cli("eval --json" + model() + "--plot '" + plots.string() + "' '" +
                                   fixture_path("model/toy_dev.jsonl") + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json metrics = nlohmann::json::parse(result.out);
  ASSERT_EQ(metrics.size(), 3u);  // all, toy-a, toy-b
  EXPECT_EQ(metrics[0]["dataset"], "(all)");
  EXPECT_EQ(metrics[0]["count"], 16);
  EXPECT_DOUBLE_EQ(metrics[0]["roc_auc"].get<double>(), 1.0);
  for (const char* key : {"pr_auc", "accuracy", "macro_f1", "brier", "ece", "confusion"}) {
    EXPECT_TRUE(metrics[0].contains(key)) << key;
  }
  EXPECT_TRUE(std::filesystem::exists(plots / "toy_dev-roc.svg"));
  EXPECT_TRUE(std::filesystem::exists(plots / "toy_dev-reliability.svg"));
  std::filesystem::remove_all(plots);
}

TEST_F(ModelCliTest, MissingOrCorruptModelIsAClearError) {
  TempFile bad("bad.model");
  bad.write("not a model");
  CliResult result = run_cli("check --model '" + bad.path() + "' '" +
                             fixture_path("articles/clean_article.txt") + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("not a verity model"), std::string::npos) << result.err;
  result =
      run_cli("batch --model /nonexistent.model '" + fixture_path("model/toy_dev.jsonl") + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("/nonexistent.model"), std::string::npos) << result.err;
}

TEST_F(ModelCliTest, CharMaxSetsTheLongestCharacterGramOrIsRefused) {
  const std::string data = " --train '" + fixture_path("model/toy_train.jsonl") + "' --dev '" +
                           fixture_path("model/toy_dev.jsonl") + "' --hash-bits 14 --threads 1 ";
  TempFile shorter("char4.model");
  CliResult result = run_cli("train" + data + "--char-max 4 -o '" + shorter.path() + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  Result<model::ModelData> read = model::read_model_file(shorter.path());
  ASSERT_TRUE(read.ok()) << read.status().to_string();
  EXPECT_EQ(read.value().features.char_max, 4u);

  for (const std::string bad : {"2", "9", "-1", "abc"}) {
    result = run_cli("train" + data + "--char-max " + bad + " -o '" + shorter.path() + "'");
    EXPECT_NE(result.exit_code, 0) << bad;
    EXPECT_NE(result.err.find("--char-max"), std::string::npos) << result.err;
  }
}

}  // namespace
}  // namespace verity::testing
