// The evidence combiner's fit (train/combiner_fit.h): class balancing within
// collections and the fitted content weight.
#include "verity/train/combiner_fit.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace verity::testing {
namespace {

constexpr auto kLowQuality = static_cast<std::size_t>(EvidenceFeature::kPublisherLowQuality);

CombinerSample sample(const std::string& collection, bool fake, bool fires, double content) {
  CombinerSample s;
  s.collection = collection;
  s.fake = fake;
  s.content_probability = content;
  s.features[kLowQuality] = fires ? 0.4 : 0.0;
  return s;
}

// Two collections; in each the feature fires more often on fakes, and the
// content model's probability carries a little signal. Collection b's real
// articles are repeated `real_copies` times: the same articles, a smaller
// share of fakes.
std::vector<CombinerSample> two_collections(int real_copies) {
  std::vector<CombinerSample> samples;
  for (int i = 0; i < 200; ++i) {
    const bool fake = i % 2 == 1;
    samples.push_back(sample("a", fake, fake ? i % 10 != 1 : i % 10 == 0, fake ? 0.6 : 0.4));
  }
  for (int i = 0; i < 80; ++i) {
    const bool fake = i % 2 == 1;
    const bool fires = fake ? i % 8 != 1 : i % 8 == 0;
    for (int copy = 0; copy < (fake ? 1 : real_copies); ++copy)
      samples.push_back(sample("b", fake, fires, fake ? 0.55 : 0.45));
  }
  return samples;
}

TEST(CombinerFit, BalancedClassesMakeACollectionsShareOfFakesIrrelevant) {
  // With the classes balanced within each collection (and no penalty, so
  // the total weight does not matter), tripling b's real articles changes
  // nothing; weighing each article the same, it changes the weight.
  CombinerFitOptions balanced;
  balanced.l2 = 0;
  balanced.balance_collections = true;
  balanced.balance_classes = true;
  Result<CombinerFit> once = fit_evidence_combiner(two_collections(1), balanced);
  Result<CombinerFit> thrice = fit_evidence_combiner(two_collections(3), balanced);
  ASSERT_TRUE(once.ok() && thrice.ok());
  EXPECT_GT(once.value().combiner.weights()[kLowQuality], 0.5);
  EXPECT_NEAR(once.value().combiner.weights()[kLowQuality],
              thrice.value().combiner.weights()[kLowQuality], 1e-6);

  CombinerFitOptions by_article = balanced;
  by_article.balance_classes = false;
  Result<CombinerFit> once_plain = fit_evidence_combiner(two_collections(1), by_article);
  Result<CombinerFit> thrice_plain = fit_evidence_combiner(two_collections(3), by_article);
  ASSERT_TRUE(once_plain.ok() && thrice_plain.ok());
  EXPECT_GT(std::abs(once_plain.value().combiner.weights()[kLowQuality] -
                     thrice_plain.value().combiner.weights()[kLowQuality]),
            0.05);
}

TEST(CombinerFit, AWeakContentModelGetsASmallWeightAndTheEvidenceMoreRoom) {
  // The content probability is noise (0.95 or 0.05 whatever the label); the
  // feature fires on 80% of fakes and 20% of reals.
  std::vector<CombinerSample> samples;
  for (int i = 0; i < 400; ++i) {
    const bool fake = i % 2 == 1;
    const bool fires = fake ? i % 10 != 1 && i % 10 != 3 : i % 10 == 0 || i % 10 == 4;
    samples.push_back(sample("a", fake, fires, (i / 2) % 2 ? 0.95 : 0.05));
  }
  CombinerFitOptions fixed;
  fixed.l2 = 1;
  fixed.trained_on = "toy";
  CombinerFitOptions fitted = fixed;
  fitted.fit_content_weight = true;
  Result<CombinerFit> with_offset = fit_evidence_combiner(samples, fixed);
  Result<CombinerFit> with_weight = fit_evidence_combiner(samples, fitted);
  ASSERT_TRUE(with_offset.ok() && with_weight.ok());
  EXPECT_EQ(with_offset.value().content_weight, 1.0);
  EXPECT_LT(with_weight.value().content_weight, 0.3);
  // The file states the evidence relative to the content logit, so it
  // weighs far more than beside a content logit taken at face value.
  const double relative = with_weight.value().combiner.weights()[kLowQuality];
  EXPECT_GT(relative, 2 * with_offset.value().combiner.weights()[kLowQuality]);
  EXPECT_LE(relative, EvidenceCombiner::kMaxWeight);
  // And the fitted model explains the labels better than the offset one.
  EXPECT_LT(with_weight.value().combined_log_loss, with_offset.value().combined_log_loss);
  EXPECT_NE(with_weight.value().combiner.trained_on().find("fitted weight"), std::string::npos);
  EXPECT_EQ(with_offset.value().combiner.trained_on(), "toy");
}

}  // namespace
}  // namespace verity::testing
