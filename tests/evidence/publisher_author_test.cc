// The store's side of "who published it, who wrote it": a publisher found
// without a URL is rated (by name, by a former domain), and a byline gets a
// standing from the outlets it was seen at, unknown when never seen.
#include <gtest/gtest.h>

#include "evidence/evidence_test_support.h"
#include "test_paths.h"
#include "verity/combiner.h"

namespace verity::testing {
namespace {

std::size_t index_of(EvidenceFeature feature) { return static_cast<std::size_t>(feature); }

Article byline(std::string id, std::string author, std::string domain) {
  Article article = make_article(std::move(id), "Ferry story", "The ferry sailed.", domain);
  article.authors = {std::move(author)};
  return article;
}

class PublisherAuthorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = open_store();
    ASSERT_TRUE(store_);
    Result<ImportReport> imported =
        store_->reputation().import_file(fixture_path("publisher/ratings.csv"));
    ASSERT_TRUE(imported.ok()) << imported.status().to_string();
  }
  std::unique_ptr<EvidenceStore> store_;
};

TEST_F(PublisherAuthorTest, ARenamedOutletIsRatedByItsFormerDomains) {
  Article article = make_article("a", "Talks", "Obama and Putin met.");
  article.publisher = {"thepeoplesvoice.tv", "The People's Voice Community", "badge", 0.75,
                       "Fact checked by The People's Voice Community"};
  Result<ArticleSources> sources = store_->reputation().rate_article(article);
  ASSERT_TRUE(sources.ok()) << sources.status().to_string();
  const SourceReputation& publisher = sources.value().publisher;
  EXPECT_EQ(publisher.domain, "thepeoplesvoice.tv");
  EXPECT_EQ(publisher.matched, "newspunch.com, yournewswire.com");
  EXPECT_EQ(publisher.standing, Standing::kLow);
  EXPECT_EQ(sources.value().found_by.method, "badge");

  ArticleEvidence evidence;
  evidence.sources = sources.value();
  const std::vector<EvidenceItem> items = evidence_features(evidence);
  ASSERT_EQ(items.size(), 1u);
  // Scaled by the badge's confidence: (0.5 - mean 0.15) x 0.75.
  EXPECT_NEAR(items[0].features[index_of(EvidenceFeature::kPublisherLowQuality)], 0.35 * 0.75,
              1e-12);
  EXPECT_NE(items[0].reason.find("publisher thepeoplesvoice.tv (found from the badge \"Fact "
                                 "checked by The People's Voice Community\""),
            std::string::npos)
      << items[0].reason;
}

TEST_F(PublisherAuthorTest, ABareNameIsResolvedByTheRatedDomains) {
  Result<std::string> named = store_->reputation().domain_of_name("The Harbor Truth Community");
  ASSERT_TRUE(named.ok());
  EXPECT_EQ(named.value(), "harbortruth.com");
  EXPECT_EQ(store_->reputation().domain_of_name("Harbor Gazette").value(), "harborgazette.com");
  EXPECT_EQ(store_->reputation().domain_of_name("Some Other Paper").value(), "");

  Article article = make_article("b", "Ferry", "The council hid it.");
  article.publisher.name = "The Harbor Truth Community";
  article.publisher.method = "badge";
  article.publisher.confidence = 0.75;
  Result<ArticleSources> sources = store_->reputation().rate_article(article);
  ASSERT_TRUE(sources.ok());
  EXPECT_EQ(sources.value().publisher.query, "harbortruth.com");
  EXPECT_EQ(sources.value().found_by.domain, "harbortruth.com");
}

TEST_F(PublisherAuthorTest, AUrlStaysThePublisher) {
  Article article = make_article("c", "Ferry", "The council voted.", "harborgazette.com");
  article.publisher = {"harbortruth.com", "The Harbor Truth", "badge", 0.75, "Fact checked by ..."};
  Result<ArticleSources> sources = store_->reputation().rate_article(article);
  ASSERT_TRUE(sources.ok());
  EXPECT_EQ(sources.value().publisher.query, "harborgazette.com");
  EXPECT_EQ(sources.value().found_by.method, "url");
}

TEST_F(PublisherAuthorTest, AnAuthorStandsByTheOutletsThatPublishThem) {
  std::vector<Article> seen = {byline("1", "Jane Marlow", "newspunch.com"),
                               byline("2", "Jane Marlow", "www.newspunch.com"),
                               byline("3", "Jane Marlow", "yournewswire.com"),
                               byline("4", "Jane Marlow", "harborgazette.com"),
                               byline("5", "Jane Marlow", "never-rated.org"),
                               byline("6", "Tom Reed", "harborgazette.com"),
                               byline("7", "Staff", "newspunch.com")};
  Result<AuthorImportReport> added = store_->authors().add(seen);
  ASSERT_TRUE(added.ok()) << added.status().to_string();
  EXPECT_EQ(added.value().articles, 6u) << "\"Staff\" is not a person";
  // Counted once: the same articles again add nothing.
  EXPECT_EQ(store_->authors().add(seen).value().repeated, 6u);

  Result<AuthorStanding> jane = store_->authors().standing("jane  MARLOW", store_->reputation());
  ASSERT_TRUE(jane.ok()) << jane.status().to_string();
  EXPECT_EQ(jane.value().standing, Standing::kLow);
  EXPECT_EQ(jane.value().articles, 5u);
  EXPECT_EQ(jane.value().rated, 4u);
  EXPECT_EQ(jane.value().low, 3u);
  EXPECT_EQ(jane.value().high, 1u);
  ASSERT_FALSE(jane.value().outlets.empty());
  EXPECT_EQ(jane.value().outlets.front().domain, "newspunch.com");
  EXPECT_EQ(jane.value().outlets.front().articles, 2u);

  EXPECT_EQ(store_->authors().standing("Tom Reed", store_->reputation()).value().standing,
            Standing::kHigh);

  ArticleEvidence evidence;
  evidence.authors = {jane.value()};
  const std::vector<EvidenceItem> items = evidence_features(evidence);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].evidence, EvidenceKind::kAuthor);
  // 3 of 4 rated articles at low outlets, shrunk by 4 / (4 + 2).
  EXPECT_NEAR(items[0].features[index_of(EvidenceFeature::kAuthorLow)], 0.75 * 4 / 6, 1e-12);
  EXPECT_NE(items[0].reason.find("author jane  MARLOW: low: 3 of 5 known articles"),
            std::string::npos)
      << items[0].reason;
}

TEST_F(PublisherAuthorTest, AnUnknownAuthorIsUnknownNeverReliable) {
  Result<AuthorStanding> nobody = store_->authors().standing("Ann Nobody", store_->reputation());
  ASSERT_TRUE(nobody.ok());
  EXPECT_EQ(nobody.value().standing, Standing::kUnknown);
  EXPECT_EQ(nobody.value().articles, 0u);
  ArticleEvidence evidence;
  evidence.authors = {nobody.value()};
  EXPECT_TRUE(evidence_features(evidence).empty()) << "an unknown author moves nothing";
  // Seen only at outlets no list rates: still unknown.
  ASSERT_TRUE(store_->authors().add({byline("8", "Ann Nobody", "never-rated.org")}).ok());
  EXPECT_EQ(store_->authors().standing("Ann Nobody", store_->reputation()).value().standing,
            Standing::kUnknown);
}

}  // namespace
}  // namespace verity::testing
