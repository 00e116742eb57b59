// The model that ships in models/: it loads on a fresh checkout (its
// self-tests pass with this build) and ranks our examples sensibly.
#include <gtest/gtest.h>

#include "test_paths.h"
#include "verity/check.h"
#include "verity/reader.h"

namespace verity {
namespace {

double fake_probability(const std::shared_ptr<const Model>& model, const std::string& path) {
  Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::open(path);
  EXPECT_TRUE(reader.ok()) << reader.status().to_string();
  DocumentRecord record;
  EXPECT_TRUE(reader.value()->next(record));
  CheckerOptions options;
  options.model = model;
  Result<CheckResult> result = Checker::make(options).value()->check(record.document);
  EXPECT_TRUE(result.ok()) << result.status().to_string();
  return result.ok() ? result.value().prediction.fake_probability : -1;
}

std::string example(const std::string& name) {
  return std::string(VERITY_FIXTURES_DIR) + "/../../examples/" + name;
}

TEST(DefaultModelTest, ShipsAndLoads) {
  Result<std::shared_ptr<const Model>> model = Model::load(Model::default_path());
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  EXPECT_TRUE(model.value()->info().has_satire_head);
  EXPECT_GT(model.value()->info().threshold, 0.0);
  EXPECT_LT(model.value()->info().threshold, 1.0);
}

TEST(DefaultModelTest, FabricatedExampleScoresAboveTheReports) {
  Result<std::shared_ptr<const Model>> model = Model::load(Model::default_path());
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  const double fabricated = fake_probability(model.value(), example("fabricated-story.txt"));
  EXPECT_GT(fabricated, fake_probability(model.value(), example("wire-report.txt")));
  EXPECT_GT(fabricated, fake_probability(model.value(), example("news-page.html")));
  EXPECT_GE(fabricated, model.value()->info().threshold);
}

TEST(DefaultModelTest, FabricationSeedScoresAboveTheVoaSeed) {
  VERITY_REQUIRE_SHARED("seeds/000_60bca45610b05f11.txt");
  VERITY_REQUIRE_SHARED("seeds/003_f90124d54aacf578.txt");
  Result<std::shared_ptr<const Model>> model = Model::load(Model::default_path());
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  EXPECT_GT(fake_probability(model.value(), testing::shared_path("seeds/000_60bca45610b05f11.txt")),
            1.5 * fake_probability(model.value(),
                                   testing::shared_path("seeds/003_f90124d54aacf578.txt")));
}

}  // namespace
}  // namespace verity
