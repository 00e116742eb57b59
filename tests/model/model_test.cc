// Training on a toy task we wrote, the model file's round trip, and the
// errors a damaged or foreign model file gets.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "model/model_file.h"
#include "run_cli.h"
#include "test_paths.h"
#include "train/model_trainer.h"
#include "verity/check.h"

namespace verity {
namespace {

train::ModelTrainingConfig toy_config() {
  train::ModelTrainingConfig config;
  config.train_paths = {testing::fixture_path("model/toy_train.jsonl")};
  config.dev_paths = {testing::fixture_path("model/toy_dev.jsonl")};
  config.satire_paths = {testing::fixture_path("model/toy_satire.jsonl")};
  config.features.hash_bits = 14;
  config.options.threads = 1;
  config.options.seed = 3;
  config.description = "toy fixtures";
  return config;
}

// One trained toy model shared by the tests below.
class ModelTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    train::ModelTrainingReport report;
    Result<model::ModelData> data = train::train_model(toy_config(), &report, nullptr);
    ASSERT_TRUE(data.ok()) << data.status().to_string();
    data_ = new model::ModelData(std::move(data).value());
    report_ = new train::ModelTrainingReport(report);
    path_ = new testing::TempFile("toy.model");
    ASSERT_TRUE(model::write_model_file(path_->path(), *data_).ok());
  }
  static void TearDownTestSuite() {
    delete data_;
    delete report_;
    delete path_;
  }

  static Article article(const std::string& title, const std::string& text) {
    Article a;
    a.title = title;
    a.paragraphs = {text};
    return a;
  }

  static model::ModelData* data_;
  static train::ModelTrainingReport* report_;
  static testing::TempFile* path_;
};

model::ModelData* ModelTest::data_ = nullptr;
train::ModelTrainingReport* ModelTest::report_ = nullptr;
testing::TempFile* ModelTest::path_ = nullptr;

TEST_F(ModelTest, LearnsTheSeparableToyTask) {
  EXPECT_EQ(report_->train_rows, 40u);
  EXPECT_EQ(report_->dev_rows, 16u);
  EXPECT_DOUBLE_EQ(report_->fake.best_dev_auc, 1.0);
  Result<std::shared_ptr<const Model>> model = Model::load(path_->path());
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  const Prediction fake =
      model.value()->predict(article("SHOCKING: the secret they hid from you!!",
                                     "An anonymous insider says the truth is being hidden. "
                                     "Share this before it gets deleted!"));
  const Prediction real =
      model.value()->predict(article("Council votes on the harbor after hearing",
                                     "The budget of $4.2 million covers repairs scheduled to begin "
                                     "in March. Officials said the work would "
                                     "be paid for from the existing capital fund."));
  EXPECT_GT(fake.fake_probability, 0.7);
  EXPECT_LT(real.fake_probability, 0.3);
  EXPECT_EQ(model.value()->verdict(fake), Verdict::kFake)
      << fake.satire_probability << " " << fake.fake_probability;
  EXPECT_EQ(model.value()->verdict(real), Verdict::kReal) << real.fake_probability;
}

TEST_F(ModelTest, SatireHeadTellsSatireFromFabrication) {
  Result<std::shared_ptr<const Model>> model = Model::load(path_->path());
  ASSERT_TRUE(model.ok());
  const Prediction satire =
      model.value()->predict(article("Area Man Declares Victory Over Lawn",
                                     "In a stunning announcement that surprised absolutely no one, "
                                     "the area man told reporters he had finally won."));
  const Prediction fabricated = model.value()->predict(
      article("EXPOSED: the secret plot behind the vaccines",
              "They don't want you to know this secret, and mainstream media "
              "will never report it! Wake up, people."));
  EXPECT_GT(satire.satire_probability, 0.5);
  EXPECT_LT(fabricated.satire_probability, 0.5);
}

TEST_F(ModelTest, VerdictWordsFollowTheThresholds) {
  Result<std::shared_ptr<const Model>> model = Model::load(path_->path());
  ASSERT_TRUE(model.ok());
  const ModelInfo& info = model.value()->info();
  const auto verdict = [&](double fake, double satire) {
    Prediction p;
    p.fake_probability = fake;
    p.satire_probability = satire;
    return model.value()->verdict(p);
  };
  EXPECT_EQ(verdict(info.threshold, 0.0), Verdict::kFake);
  EXPECT_EQ(verdict(info.threshold, 0.99), Verdict::kSatire);
  EXPECT_EQ(verdict((info.threshold + info.uncertain_low) / 2, 0.99), Verdict::kUncertain);
  EXPECT_EQ(verdict(info.uncertain_low / 2, 0.99), Verdict::kReal);
  EXPECT_NEAR(info.uncertain_low, 0.6 * info.threshold, 1e-12);
}

// Trained against the news as well, the satire head learns up to 20 of each
// training collection's articles (here all of both) as not satire: a
// reported article reads less as satire; the fake head is untouched.
TEST_F(ModelTest, SatireHeadCanLearnTheNewsAsNotSatire) {
  train::ModelTrainingConfig config = toy_config();
  config.satire_against_news = true;
  config.satire_news_rows = 20;
  train::ModelTrainingReport report;
  Result<model::ModelData> data = train::train_model(config, &report, nullptr);
  ASSERT_TRUE(data.ok()) << data.status().to_string();
  EXPECT_EQ(report.satire.articles, 24u + 40u);  // the satire file and each training article
  EXPECT_EQ(data.value().fake.weights, data_->fake.weights);
  EXPECT_EQ(data.value().fake.platt_b, data_->fake.platt_b);
  EXPECT_NE(data.value().satire.weights, data_->satire.weights);
  EXPECT_EQ(data.value().info.satire_threshold, 0.5);  // the verdict rule is the same
  testing::TempFile file("news.model");
  ASSERT_TRUE(model::write_model_file(file.path(), data.value()).ok());
  Result<std::shared_ptr<const Model>> model = Model::load(file.path());
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  const Prediction satire =
      model.value()->predict(article("Area Man Declares Victory Over Lawn",
                                     "In a stunning announcement that surprised absolutely no one, "
                                     "the area man told reporters he had finally won."));
  const Prediction fabricated = model.value()->predict(
      article("EXPOSED: the secret plot behind the vaccines",
              "They don't want you to know this secret, and mainstream media "
              "will never report it! Wake up, people."));
  const std::string reported_title = "Council votes on the harbor after hearing";
  const std::string reported_text =
      "The budget of $4.2 million covers repairs scheduled to begin in March. Officials said the "
      "work would be paid for from the existing capital fund.";
  const Prediction reported = model.value()->predict(article(reported_title, reported_text));
  EXPECT_GT(satire.satire_probability, 0.5);
  EXPECT_LT(fabricated.satire_probability, 0.5);
  // The head trained on the satire file alone never saw reporting.
  Result<std::shared_ptr<const Model>> alone = Model::load(path_->path());
  ASSERT_TRUE(alone.ok());
  const double before =
      alone.value()->predict(article(reported_title, reported_text)).satire_probability;
  EXPECT_LT(reported.satire_probability, before);
  EXPECT_LT(reported.satire_probability, 0.5) << before;
}

TEST_F(ModelTest, ExplanationIsExactAndPointsAtTheText) {
  Result<std::shared_ptr<const Model>> model = Model::load(path_->path());
  ASSERT_TRUE(model.ok());
  const Article a = article("SHOCKING secret exposed",
                            "An anonymous insider says the shocking truth is hidden. "
                            "The council voted on Tuesday.");
  const Prediction p = model.value()->predict(a);
  // Group contributions add up to the score: the explanation is exact.
  double sum = 0;
  for (const GroupContribution& group : p.groups) sum += group.contribution;
  EXPECT_NEAR(sum, p.score, 1e-4);
  ASSERT_FALSE(p.explanation.top_fake.empty());
  EXPECT_GT(p.explanation.top_fake.front().weight, 0);
  ASSERT_FALSE(p.explanation.top_real.empty());
  EXPECT_LT(p.explanation.top_real.front().weight, 0);
  // Spans point at the term in the title or the body.
  const std::string body = a.body();
  for (const TermContribution& term : p.explanation.top_fake) {
    const std::string& text = term.field == TextField::kTitle ? a.title : body;
    for (const auto& [begin, end] : term.spans) {
      ASSERT_LE(end, text.size());
      EXPECT_LT(begin, end);
    }
  }
  ASSERT_FALSE(p.explanation.sentences.empty());
  EXPECT_EQ(body.substr(p.explanation.sentences[0].begin,
                        p.explanation.sentences[0].end - p.explanation.sentences[0].begin),
            p.explanation.sentences[0].text);
}

TEST_F(ModelTest, WordAndPhraseWeightsAddUpToTheirGroups) {
  Result<std::shared_ptr<const Model>> model = Model::load(path_->path());
  ASSERT_TRUE(model.ok());
  const Article a = article("Shocking secret the elites hide",
                            "The shocking truth is hidden, insiders say. The shocking part: "
                            "nobody checked. The council voted on Tuesday and the mayor said so.");
  PredictOptions all;
  all.top_terms = 100000;
  const Prediction p = model.value()->predict(a, all);
  double words = 0;
  for (const TermContribution& term : p.explanation.top_fake) words += term.weight;
  for (const TermContribution& term : p.explanation.top_real) words += term.weight;
  double groups = 0;
  for (const GroupContribution& group : p.groups) {
    if (group.name != "style" && group.name != "bias") groups += group.contribution;
  }
  EXPECT_NEAR(words, groups, 1e-4);
  // "shocking" occurs three times (twice in the body), once per field.
  int shocking = 0;
  for (const auto* side : {&p.explanation.top_fake, &p.explanation.top_real}) {
    for (const TermContribution& term : *side) {
      if (term.term != "shocking") continue;
      ++shocking;
      EXPECT_EQ(term.spans.size(), term.field == TextField::kTitle ? 1u : 2u);
    }
  }
  EXPECT_EQ(shocking, 2);
}

TEST_F(ModelTest, ProbabilitiesAreCalibratedIntoTheUnitInterval) {
  Result<std::shared_ptr<const Model>> model = Model::load(path_->path());
  ASSERT_TRUE(model.ok());
  for (const std::string& text : {std::string(), std::string("!!!!!!!!"), std::string(5000, 'x'),
                                  std::string("the the the the the")}) {
    const Prediction p = model.value()->predict(article("", text));
    EXPECT_GE(p.fake_probability, 0.0);
    EXPECT_LE(p.fake_probability, 1.0);
    EXPECT_GE(p.satire_probability, 0.0);
    EXPECT_LE(p.satire_probability, 1.0);
  }
  EXPECT_GT(data_->fake.platt_a, 0.0);  // calibration keeps the ranking
  EXPECT_GT(report_->satire.articles, 0u);
}

TEST_F(ModelTest, FileRoundTripKeepsEverything) {
  Result<model::ModelData> read = model::read_model_file(path_->path());
  ASSERT_TRUE(read.ok()) << read.status().to_string();
  EXPECT_EQ(read.value().fake.weights, data_->fake.weights);
  EXPECT_EQ(read.value().satire.weights, data_->satire.weights);
  EXPECT_EQ(read.value().features.hash_bits, 14u);
  EXPECT_DOUBLE_EQ(read.value().fake.platt_a, data_->fake.platt_a);
  EXPECT_DOUBLE_EQ(read.value().info.threshold, data_->info.threshold);
  EXPECT_EQ(read.value().info.trained_on, "toy fixtures");
  EXPECT_EQ(read.value().self_tests.size(), 3u);
  EXPECT_TRUE(read.value().info.has_satire_head);
}

TEST_F(ModelTest, SameSeedSameModelWhateverTheThreads) {
  for (const unsigned threads : {1u, 2u, 3u}) {
    train::ModelTrainingConfig config = toy_config();
    config.options.threads = threads;
    train::ModelTrainingReport report;
    Result<model::ModelData> again = train::train_model(config, &report, nullptr);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().fake.weights, data_->fake.weights) << threads << " threads";
    EXPECT_EQ(again.value().satire.weights, data_->satire.weights) << threads << " threads";
  }
}

TEST_F(ModelTest, DamagedForeignAndMissingFilesGetClearErrors) {
  const std::string good = testing::read_file(path_->path());
  testing::TempFile damaged("damaged.model");
  std::string bytes = good;
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x5A);
  damaged.write(bytes);
  Result<std::shared_ptr<const Model>> loaded = Model::load(damaged.path());
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(loaded.status().message().find("checksum"), std::string::npos)
      << loaded.status().message();

  damaged.write(good.substr(0, good.size() / 3));
  loaded = Model::load(damaged.path());
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), StatusCode::kCorrupt);

  damaged.write("{\"this\": \"is not a model\"}\n");
  loaded = Model::load(damaged.path());
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("not a verity model"), std::string::npos);

  bytes = good;
  bytes[8] = 99;  // format version
  damaged.write(bytes);
  loaded = Model::load(damaged.path());
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(loaded.status().message().find("version 99"), std::string::npos);

  loaded = Model::load("/nonexistent/verity.model");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), StatusCode::kNotFound);
}

TEST_F(ModelTest, SelfTestCatchesAModelThatScoresDifferently) {
  model::ModelData tampered = *data_;
  tampered.self_tests[0].fake_probability = 1.0 - tampered.self_tests[0].fake_probability * 0.5;
  testing::TempFile file("tampered.model");
  ASSERT_TRUE(model::write_model_file(file.path(), tampered).ok());
  Result<std::shared_ptr<const Model>> loaded = Model::load(file.path());
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("self-test"), std::string::npos)
      << loaded.status().message();
}

TEST_F(ModelTest, CheckRunsThePipelineOnRawInput) {
  Result<std::shared_ptr<const Model>> model = Model::load(path_->path());
  ASSERT_TRUE(model.ok());
  Document document;
  document.content =
      "EXPOSED: the secret plot behind the harbor\n\nAn anonymous insider says the shocking truth "
      "is "
      "being hidden from you. Share this before it gets deleted!\n";
  CheckerOptions options;
  options.model = model.value();
  const std::shared_ptr<const Checker> checker = Checker::make(options).value();
  Result<CheckResult> result = checker->check(document);
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  EXPECT_EQ(result.value().article.title, "EXPOSED: the secret plot behind the harbor");
  EXPECT_EQ(result.value().verdict, Verdict::kFake);
  EXPECT_FALSE(result.value().evidence);
  Document empty;
  EXPECT_FALSE(checker->check(empty).ok());
}

}  // namespace
}  // namespace verity
