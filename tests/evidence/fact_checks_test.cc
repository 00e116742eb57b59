// The fact-check database: importing LIAR and ClaimReview-like JSONL, and
// matching sentences against rated claims.
#include "verity/evidence/fact_checks.h"

#include <gtest/gtest.h>

#include "evidence/evidence_test_support.h"
#include "test_paths.h"

namespace verity::testing {
namespace {

TEST(VerdictTest, NormalizesLiarLabelsAndFreeTextRatings) {
  EXPECT_EQ(normalize_verdict("pants-fire"), "false");
  EXPECT_EQ(normalize_verdict("barely-true"), "mostly-false");
  EXPECT_EQ(normalize_verdict("half-true"), "mixed");
  EXPECT_EQ(normalize_verdict("Mostly True"), "mostly-true");
  EXPECT_EQ(normalize_verdict("TRUE."), "true");
  EXPECT_EQ(normalize_verdict("Four Pinocchios"), "false");
  EXPECT_EQ(normalize_verdict("Unprovable but fun"), "");
}

class FactCheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = open_store();
    ASSERT_NE(store_, nullptr);
  }
  FactCheckDb& checks() { return store_->fact_checks(); }
  std::unique_ptr<EvidenceStore> store_;
};

TEST_F(FactCheckTest, ImportsLiarReportingBadRowsAndSkippingRepeats) {
  const std::string path = fixture_path("evidence/liar_sample.tsv");
  Result<ClaimImportReport> report = checks().import_file(path);
  ASSERT_TRUE(report.ok()) << report.status().to_string();
  EXPECT_EQ(report.value().format, "liar");
  EXPECT_EQ(report.value().rows, 7u);
  EXPECT_EQ(report.value().imported, 4u);
  EXPECT_EQ(report.value().already_stored, 1u);
  ASSERT_EQ(report.value().bad, 2u);
  EXPECT_EQ(report.value().bad_rows[0].message(),
            path +
                ":5: rating 'extremely-true' is not one verity can map to false, "
                "mostly-false, mixed, mostly-true or true");
  EXPECT_NE(
      report.value().bad_rows[1].message().find(path + ":6: expected 14 tab-separated fields"),
      std::string::npos);
  EXPECT_EQ(checks().size().value(), 4u);

  Result<ClaimImportReport> again = checks().import_file(path);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value().imported, 0u);
  EXPECT_EQ(again.value().already_stored, 5u);
  EXPECT_EQ(checks().size().value(), 4u);
}

TEST_F(FactCheckTest, ImportsClaimReviewJsonl) {
  const std::string path = fixture_path("evidence/claimreview_sample.jsonl");
  Result<ClaimImportReport> report = checks().import_file(path);
  ASSERT_TRUE(report.ok()) << report.status().to_string();
  EXPECT_EQ(report.value().format, "claimreview");
  EXPECT_EQ(report.value().rows, 6u);  // the blank line is not a row
  EXPECT_EQ(report.value().imported, 3u);
  ASSERT_EQ(report.value().bad, 3u);
  EXPECT_EQ(report.value().bad_rows[0].message(), path + ":3: no rating");
  EXPECT_EQ(report.value().bad_rows[1].message(), path + ":4: not a JSON object");
  EXPECT_NE(report.value().bad_rows[2].message().find(path + ":5: rating 'Unprovable but fun'"),
            std::string::npos);
}

TEST_F(FactCheckTest, MatchesASentenceToTheClaimItRepeats) {
  ASSERT_TRUE(checks().import_file(fixture_path("evidence/liar_sample.tsv")).ok());
  ASSERT_TRUE(checks().import_file(fixture_path("evidence/claimreview_sample.jsonl")).ok());
  const CheckWorthySentence sentence = score_sentence(
      "Last year the Kessling ferry carried more than 2 million passengers, the Port Authority "
      "said.");
  Result<std::vector<ClaimMatch>> matches = checks().match(sentence);
  ASSERT_TRUE(matches.ok()) << matches.status().to_string();
  ASSERT_FALSE(matches.value().empty());
  const ClaimMatch& best = matches.value()[0];
  EXPECT_EQ(best.claim.verdict, "mostly-false");
  EXPECT_EQ(best.claim.rating, "Mostly False");
  EXPECT_EQ(best.claim.reviewer, "Harbor Fact Check");
  EXPECT_EQ(best.claim.line, 1u);
  EXPECT_NE(std::find(best.shared_terms.begin(), best.shared_terms.end(), "kessling"),
            best.shared_terms.end());
  EXPECT_EQ(best.shared_numbers, (std::vector<std::string>{"2"}));
  EXPECT_GT(best.score, best.cosine);  // the shared number adds to it
}

TEST_F(FactCheckTest, UnrelatedSentencesMatchNothing) {
  ASSERT_TRUE(checks().import_file(fixture_path("evidence/liar_sample.tsv")).ok());
  ASSERT_TRUE(checks().import_file(fixture_path("evidence/claimreview_sample.jsonl")).ok());
  // Shares "city" and "council" at most: below the minimum score.
  const CheckWorthySentence sentence = score_sentence(
      "The Springfield city council approved a new library on Elm Street, the mayor said.");
  Result<std::vector<ClaimMatch>> matches = checks().match(sentence);
  ASSERT_TRUE(matches.ok());
  EXPECT_TRUE(matches.value().empty()) << matches.value()[0].claim.claim;
}

TEST_F(FactCheckTest, MatchArticleGivesEachCheckWorthySentence) {
  ASSERT_TRUE(checks().import_file(fixture_path("evidence/liar_sample.tsv")).ok());
  const Article article = make_article(
      "a", "Parking",
      "Council member Maria Lopez said the Harbor District council voted to triple parking fees "
      "for residents. It rained.");
  Result<std::vector<SentenceClaims>> found = checks().match_article(article);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found.value().size(), 1u);
  ASSERT_FALSE(found.value()[0].matches.empty());
  EXPECT_EQ(found.value()[0].matches[0].claim.verdict, "false");
  EXPECT_EQ(found.value()[0].matches[0].claim.speaker, "maria-lopez");
}

TEST(FactCheckLiarTest, ImportsTheSharedLiarSplits) {
  const std::string train = shared_path("data/liar/train.tsv");
  if (!std::filesystem::exists(train)) GTEST_SKIP() << "no shared LIAR data at " << train;
  std::unique_ptr<EvidenceStore> store = open_store();
  Result<ClaimImportReport> report = store->fact_checks().import_file(train);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report.value().bad, 0u);
  EXPECT_GT(report.value().imported, 10000u);
}

}  // namespace
}  // namespace verity::testing
