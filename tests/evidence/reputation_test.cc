// Rating lists in, reputations out: every format, its bad rows, provenance,
// the fallback to the registrable domain, and unknown domains.
#include "verity/evidence/reputation.h"

#include <gtest/gtest.h>

#include "evidence/evidence_test_support.h"
#include "test_paths.h"

namespace verity::testing {
namespace {

class ReputationTest : public ::testing::Test {
 protected:
  void SetUp() override { store_ = open_store(); }

  ImportReport import(const std::string& fixture, const ImportOptions& options = {}) {
    Result<ImportReport> report =
        store_->reputation().import_file(fixture_path("evidence/" + fixture), options);
    EXPECT_TRUE(report.ok()) << report.status().to_string();
    return report.ok() ? report.value() : ImportReport{};
  }

  SourceReputation lookup(std::string_view domain) {
    Result<SourceReputation> reputation = store_->reputation().lookup(domain);
    EXPECT_TRUE(reputation.ok()) << reputation.status().to_string();
    return reputation.ok() ? reputation.value() : SourceReputation{};
  }

  std::unique_ptr<EvidenceStore> store_;
};

std::string bad_rows(const ImportReport& report) {
  std::string out;
  for (const Status& status : report.bad_rows) out += status.message() + "\n";
  return out;
}

TEST_F(ReputationTest, DomainRatingsKeepScoreComponentsAndProvenance) {
  const ImportReport report = import("domain_ratings.csv");
  EXPECT_EQ(report.format, "domain_ratings");
  EXPECT_EQ(report.list, "domain_ratings");
  EXPECT_EQ(report.rows, 9u);
  EXPECT_EQ(report.imported, 4u);
  EXPECT_EQ(report.bad, 5u) << bad_rows(report);

  const SourceReputation statewire = lookup("statewire.example.ir");
  ASSERT_EQ(statewire.ratings.size(), 1u);
  const SourceRating& rating = statewire.ratings[0];
  EXPECT_EQ(rating.list, "domain_ratings");
  EXPECT_EQ(rating.file, fixture_path("evidence/domain_ratings.csv"));
  EXPECT_EQ(rating.line, 4u);
  ASSERT_TRUE(rating.score.has_value());
  EXPECT_DOUBLE_EQ(*rating.score, 0.69);
  ASSERT_EQ(rating.components.size(), 3u);
  EXPECT_EQ(rating.components[0].first, "afm");
  EXPECT_DOUBLE_EQ(rating.components[0].second, 0.81);
  EXPECT_EQ(statewire.standing, Standing::kMixed);
}

TEST_F(ReputationTest, BadRowsAreReportedWithFileAndLineAndSkipped) {
  const ImportReport report = import("domain_ratings.csv");
  const std::string file = fixture_path("evidence/domain_ratings.csv");
  const std::string all = bad_rows(report);
  EXPECT_NE(all.find(file + ":6: 'not a domain' is not a domain name"), std::string::npos) << all;
  EXPECT_NE(all.find(file + ":7: pc1 'high' is not a number from 0 to 1"), std::string::npos);
  EXPECT_NE(all.find(file + ":8: pc1 '1.7' is not a number from 0 to 1"), std::string::npos);
  EXPECT_NE(all.find(file + ":9: expected 5 fields as in the header, found 2"), std::string::npos);
  EXPECT_NE(all.find(file + ":10: afm 'n/a' is not a number"), std::string::npos);
  EXPECT_EQ(lookup("too-good.com").standing, Standing::kUnknown);
}

TEST_F(ReputationTest, OpenSourcesLabelsWithTyposFolded) {
  const ImportReport report = import("opensources.csv");
  EXPECT_EQ(report.format, "opensources");
  EXPECT_EQ(report.imported, 3u) << bad_rows(report);
  EXPECT_EQ(report.bad, 1u);
  EXPECT_NE(bad_rows(report).find("unterminated quoted field"), std::string::npos);

  const SourceReputation fake = lookup("truthbombs.news");
  ASSERT_EQ(fake.ratings.size(), 1u);
  EXPECT_EQ(fake.ratings[0].labels, (std::vector<std::string>{"fake", "conspiracy"}));
  EXPECT_EQ(fake.ratings[0].notes, "invents quotes, often \"exclusive\"");
  EXPECT_EQ(fake.standing, Standing::kLow);
  EXPECT_EQ(lookup("statewire.example.ir").ratings[0].labels,
            (std::vector<std::string>{"bias", "unreliable"}));
  EXPECT_EQ(lookup("onionish.com").standing, Standing::kSatire);
}

TEST_F(ReputationTest, ListsAddUpPerDomain) {
  import("domain_ratings.csv");
  import("opensources.csv");
  const SourceReputation statewire = lookup("https://statewire.example.ir/world/123");
  ASSERT_EQ(statewire.ratings.size(), 2u);
  EXPECT_EQ(statewire.ratings[0].list, "domain_ratings");
  EXPECT_EQ(statewire.ratings[1].list, "opensources");
  EXPECT_EQ(statewire.standing, Standing::kLow);  // "unreliable" outweighs a middling score
  EXPECT_EQ(describe_reputation(statewire),
            "low: quality 0.69 (domain_ratings); bias, unreliable (opensources)");
  Result<std::vector<RatingList>> lists = store_->reputation().lists();
  ASSERT_TRUE(lists.ok());
  ASSERT_EQ(lists.value().size(), 2u);
  EXPECT_EQ(lists.value()[0].ratings, 4u);
}

TEST_F(ReputationTest, UserCsvTakesProvenanceFromItsRows) {
  const ImportReport report = import("user_list.csv");
  EXPECT_EQ(report.format, "csv");
  EXPECT_EQ(report.imported, 2u) << bad_rows(report);
  EXPECT_EQ(report.bad, 2u);
  EXPECT_NE(bad_rows(report).find(":5: no score and no labels"), std::string::npos)
      << bad_rows(report);
  const SourceReputation harbor = lookup("harborgazette.com");
  ASSERT_EQ(harbor.ratings.size(), 1u);
  EXPECT_EQ(harbor.ratings[0].list, "newsroom review 2024");
  EXPECT_EQ(harbor.ratings[0].domain, "harborgazette.com");  // normalized from the URL
  EXPECT_EQ(harbor.standing, Standing::kHigh);
  EXPECT_EQ(lookup("gossipmill.net").ratings[0].labels,
            (std::vector<std::string>{"clickbait", "rumor"}));
}

TEST_F(ReputationTest, UserJsonlRowsAndTheirErrors) {
  ImportOptions options;
  options.list = "desk";  // rows with their own provenance keep it
  const ImportReport report = import("user_list.jsonl", options);
  EXPECT_EQ(report.format, "jsonl");
  EXPECT_EQ(report.rows, 6u);
  EXPECT_EQ(report.imported, 2u) << bad_rows(report);
  const std::string all = bad_rows(report);
  EXPECT_NE(all.find("user_list.jsonl:3: score '0.4x' is not a number from 0 to 1"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("user_list.jsonl:4: not a JSON object"), std::string::npos);
  EXPECT_NE(all.find("user_list.jsonl:6: no \"domain\" string"), std::string::npos);
  EXPECT_NE(all.find("user_list.jsonl:7: no score and no labels"), std::string::npos);
  EXPECT_EQ(lookup("harborgazette.com").ratings[0].list, "desk list");
}

TEST_F(ReputationTest, ReimportUpdatesInPlace) {
  import("domain_ratings.csv");
  import("domain_ratings.csv");
  EXPECT_EQ(lookup("harborgazette.com").ratings.size(), 1u);
  EXPECT_EQ(store_->reputation().lists().value()[0].ratings, 4u);
}

TEST_F(ReputationTest, LookupFallsBackFromHostToRegistrableDomain) {
  import("domain_ratings.csv");
  const SourceReputation sub = lookup("https://politics.dailyclarion.co.uk/story");
  EXPECT_EQ(sub.domain, "politics.dailyclarion.co.uk");
  EXPECT_EQ(sub.matched, "dailyclarion.co.uk");  // "www." came off at import
  ASSERT_EQ(sub.ratings.size(), 1u);
  EXPECT_NE(describe_reputation(sub).find("[rated as dailyclarion.co.uk]"), std::string::npos);
  // Never past the registrable domain: co.uk is nobody's outlet.
  EXPECT_EQ(lookup("otherpaper.co.uk").standing, Standing::kUnknown);
}

TEST_F(ReputationTest, UnknownAndInvalidDomainsAreUnknownNeverReliable) {
  import("domain_ratings.csv");
  const SourceReputation unknown = lookup("never-rated.org");
  EXPECT_EQ(unknown.standing, Standing::kUnknown);
  EXPECT_TRUE(unknown.ratings.empty());
  EXPECT_FALSE(unknown.score.has_value());
  EXPECT_EQ(describe_reputation(unknown), "unknown: no list rates this domain");
  const SourceReputation garbage = lookup("not a domain");
  EXPECT_EQ(garbage.standing, Standing::kUnknown);
  EXPECT_NE(garbage.error.find("is not a domain name"), std::string::npos);
}

TEST_F(ReputationTest, RatesAnArticlesPublisherAndCitedSources) {
  import("domain_ratings.csv");
  import("opensources.csv");
  Article article;
  article.domain = "truthbombs.news";
  article.cited_sources = {"statewire.example.ir", "harborgazette.com", "nobody.example"};
  Result<ArticleSources> sources = store_->reputation().rate_article(article);
  ASSERT_TRUE(sources.ok()) << sources.status().to_string();
  EXPECT_EQ(sources.value().publisher.standing, Standing::kLow);
  ASSERT_EQ(sources.value().cited.size(), 3u);
  EXPECT_EQ(sources.value().cited[0].standing, Standing::kLow);
  EXPECT_EQ(sources.value().cited[1].standing, Standing::kHigh);
  EXPECT_EQ(sources.value().cited[2].standing, Standing::kUnknown);

  Result<ArticleSources> none = store_->reputation().rate_article(Article{});
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none.value().publisher.standing, Standing::kUnknown);
}

TEST_F(ReputationTest, UnreadableListsFailTheImport) {
  Result<ImportReport> missing = store_->reputation().import_file("/nonexistent/list.csv");
  EXPECT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  Result<ImportReport> no_domain =
      store_->reputation().import_file(fixture_path("articles/clean_article.txt"));
  EXPECT_FALSE(no_domain.ok());
}

}  // namespace
}  // namespace verity::testing
