// "More like this" over both article-store backends: the same specification
// for the SQLite FTS5 index and the in-memory one.
#include "verity//evidence/article_store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "evidence/copy_estimate.h"
#include "evidence/evidence_test_support.h"
#include "test_paths.h"
#include "verity/extract.h"
#include "verity/reader.h"

namespace verity::testing {
namespace {

std::vector<Article> fixture_articles() {
  std::vector<Article> articles;
  auto reader = DocumentReader::open(fixture_path("evidence/articles.jsonl"));
  EXPECT_TRUE(reader.ok()) << reader.status().to_string();
  DocumentRecord record;
  while (reader.ok() && reader.value()->next(record)) {
    Result<Article> article = extract_article(record.document);
    EXPECT_TRUE(article.ok()) << article.status().to_string();
    if (article.ok()) articles.push_back(std::move(article).value());
  }
  return articles;
}

class ArticleStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "memory") {
      memory_ = make_memory_article_store();
      store_ = memory_.get();
    } else {
      evidence_ = open_store();
      ASSERT_NE(evidence_, nullptr);
      store_ = &evidence_->articles();
    }
    articles_ = fixture_articles();
    ASSERT_EQ(articles_.size(), 7u);
    Result<IndexReport> report = store_->add(articles_, {"articles.jsonl:1"});
    ASSERT_TRUE(report.ok()) << report.status().to_string();
    EXPECT_EQ(report.value().added, 7u);
  }

  const Article& article(std::string_view id) const {
    for (const Article& a : articles_) {
      if (a.id == id) return a;
    }
    static const Article kNone;
    return kNone;
  }

  std::unique_ptr<EvidenceStore> evidence_;
  std::unique_ptr<ArticleStore> memory_;
  ArticleStore* store_ = nullptr;
  std::vector<Article> articles_;
};

TEST_P(ArticleStoreTest, AddingAgainSkipsWhatIsStored) {
  Result<IndexReport> again = store_->add(articles_);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value().added, 0u);
  EXPECT_EQ(again.value().already_stored, 7u);
  EXPECT_EQ(store_->size().value(), 7u);
}

// A batch large enough to be tokenized on a second thread, with repeats of
// stored articles and of articles earlier in the same batch.
TEST_P(ArticleStoreTest, ALargeBatchWithRepeatsAddsEachArticleOnce) {
  std::vector<Article> batch;
  for (int i = 0; i < 60; ++i) {
    batch.push_back(make_article("lighthouse-" + std::to_string(i % 40),
                                 "Lighthouse log " + std::to_string(i % 40),
                                 "The keeper of the Tarrow lighthouse logged visit " +
                                     std::to_string(i % 40) + " of the season."));
  }
  batch.push_back(articles_[0]);
  Result<IndexReport> report = store_->add(batch);
  ASSERT_TRUE(report.ok()) << report.status().to_string();
  EXPECT_EQ(report.value().added, 40u);
  EXPECT_EQ(report.value().already_stored, 21u);
  EXPECT_EQ(store_->size().value(), 47u);
  EXPECT_EQ(store_->document_frequency("tarrow").value(), 40u);
  EXPECT_EQ(store_->document_frequency("keeper").value(), 40u);
  EXPECT_EQ(store_->document_frequency("ferry").value(), 2u);
  // Every new article has its signature: a copy of one is found.
  Article copy = batch[7];
  copy.title = "Reposted";
  Result<std::vector<CopyCandidate>> candidates =
      store_->copy_candidates(minhash_signature(copy), 5);
  ASSERT_TRUE(candidates.ok()) << candidates.status().to_string();
  ASSERT_FALSE(candidates.value().empty());
  EXPECT_EQ(candidates.value()[0].article.id, "lighthouse-7");
  EXPECT_EQ(candidates.value()[0].shared_bands, kBands);
  EXPECT_EQ(candidates.value()[0].signature.values, minhash_signature(copy).values);
}

TEST_P(ArticleStoreTest, CountsDocumentFrequency) {
  EXPECT_EQ(store_->document_frequency("ferry").value(), 2u);
  EXPECT_EQ(store_->document_frequency("ardmore").value(), 2u);
  EXPECT_EQ(store_->document_frequency("zeppelin").value(), 0u);
}

TEST_P(ArticleStoreTest, QueryTermsAreTheDistinctiveWords) {
  Result<std::vector<std::string>> terms = related_query_terms(*store_, article("ferry-1"), 6);
  ASSERT_TRUE(terms.ok());
  ASSERT_FALSE(terms.value().empty());
  for (const std::string& term : terms.value()) {
    EXPECT_NE(term, "the");
    EXPECT_GE(term.size(), 3u);
  }
  EXPECT_NE(std::find(terms.value().begin(), terms.value().end(), "ferry"), terms.value().end());
}

TEST_P(ArticleStoreTest, FindsTheSameStoryFromAnotherOutletFirst) {
  Result<RelatedResult> related = find_related(*store_, article("ferry-1"));
  ASSERT_TRUE(related.ok()) << related.status().to_string();
  EXPECT_FALSE(related.value().query_terms.empty());
  ASSERT_FALSE(related.value().articles.empty());
  EXPECT_EQ(related.value().articles[0].article.id, "ferry-2");
  EXPECT_EQ(related.value().articles[0].article.domain, "dailyclarion.co.uk");
  EXPECT_GT(related.value().articles[0].score, 0);
  for (const RelatedArticle& r : related.value().articles)
    EXPECT_NE(r.article.id, "ferry-1");  // not itself
  for (std::size_t i = 1; i < related.value().articles.size(); ++i)
    EXPECT_GE(related.value().articles[i - 1].score, related.value().articles[i].score);

  // The rumour about the Pell Valley fire names only the valley: one shared
  // place and no number is not enough for the same-story rule (its cost in
  // recall), one name is.
  related = find_related(*store_, article("fire-2"));
  ASSERT_TRUE(related.ok());
  EXPECT_TRUE(related.value().articles.empty());
  RelatedOptions one_name;
  one_name.min_shared_names = 1;
  related = find_related(*store_, article("fire-2"), one_name);
  ASSERT_TRUE(related.ok());
  ASSERT_FALSE(related.value().articles.empty());
  EXPECT_EQ(related.value().articles[0].article.id, "fire-1");
}

TEST_P(ArticleStoreTest, AnUnseenArticleFindsItsTopic) {
  const Article query = make_article(
      "new", "Evening ferry sailings start at Kessling",
      "The first of the extra evening ferry sailings to Marrow Island left the harbor on time.");
  RelatedOptions options;
  options.limit = 1;
  Result<RelatedResult> related = find_related(*store_, query, options);
  ASSERT_TRUE(related.ok());
  ASSERT_EQ(related.value().articles.size(), 1u);
  EXPECT_TRUE(related.value().articles[0].article.id.starts_with("ferry-"));
}

TEST_P(ArticleStoreTest, SearchSaysWhichQueryTermsEachArticleHolds) {
  Result<std::vector<RelatedArticle>> found =
      store_->search({"wildfire", "ferry", "kessling", "ferry"}, 10);
  ASSERT_TRUE(found.ok()) << found.status().to_string();
  std::map<std::string, std::vector<std::string>> held;
  for (const RelatedArticle& r : found.value()) held[r.article.id] = r.shared_terms;
  EXPECT_EQ(held["ferry-1"], (std::vector<std::string>{"ferry", "kessling"}));
  EXPECT_EQ(held["trial-1"], (std::vector<std::string>{"kessling"}));
  EXPECT_EQ(held["fire-2"], (std::vector<std::string>{"wildfire"}));
  EXPECT_EQ(held.count("vote-1"), 0u);
}

// Same topic, another event: a ferry strike elsewhere shares the stored
// ferry stories' words but none of their places or people, so it is not
// related (the same-story rule); without the rule, coverage alone keeps it.
TEST_P(ArticleStoreTest, AnotherEventOnTheSameTopicIsDropped) {
  const Article query = make_article(
      "strike", "Ferry crossings halted by crew strike",
      "Evening ferry crossings were halted at Portmere harbor on Tuesday after crews walked out, "
      "and the new ferry timetable was suspended, the Portmere Seafarers Union said.");
  RelatedOptions words_only;
  words_only.min_shared_names = 0;
  Result<RelatedResult> by_words = find_related(*store_, query, words_only);
  ASSERT_TRUE(by_words.ok());
  ASSERT_FALSE(by_words.value().articles.empty()) << "the words alone call it related";
  Result<RelatedResult> by_story = find_related(*store_, query);
  ASSERT_TRUE(by_story.ok());
  EXPECT_TRUE(by_story.value().articles.empty()) << by_story.value().articles.front().article.title;
}

// Each stored article shares one word with this story: BM25 ranks them, but
// none is about it.
TEST_P(ArticleStoreTest, OneSharedWordIsNotRelated) {
  const Article query = make_article(
      "bakery", "Kessling bakery wins regional bread prize",
      "A family bakery in Kessling won the regional bread prize after judges tasted the rye. "
      "The stadium cafe will stock the winning loaf.");
  Result<RelatedResult> related = find_related(*store_, query);
  ASSERT_TRUE(related.ok());
  ASSERT_GE(related.value().query_terms.size(), 3u);
  Result<std::vector<RelatedArticle>> ranked = store_->search(related.value().query_terms, 10);
  ASSERT_TRUE(ranked.ok());
  EXPECT_FALSE(ranked.value().empty());
  EXPECT_TRUE(related.value().articles.empty());
}

TEST_P(ArticleStoreTest, RelatedArticlesSayWhatTheyShare) {
  Result<RelatedResult> related = find_related(*store_, article("ferry-1"));
  ASSERT_TRUE(related.ok());
  ASSERT_FALSE(related.value().articles.empty());
  const RelatedArticle& top = related.value().articles[0];
  EXPECT_GE(top.shared_terms.size(), 3u);
  EXPECT_GT(top.coverage, 0.3);
  EXPECT_LE(top.coverage, 1.0);
  for (const std::string& term : top.shared_terms) {
    EXPECT_NE(
        std::find(related.value().query_terms.begin(), related.value().query_terms.end(), term),
        related.value().query_terms.end());
  }
}

TEST_P(ArticleStoreTest, NothingInCommonFindsNothing) {
  const Article query = make_article("x", "Zeppelin", "Quasar zeppelin xylophone.");
  Result<RelatedResult> related = find_related(*store_, query);
  ASSERT_TRUE(related.ok());
  EXPECT_TRUE(related.value().articles.empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, ArticleStoreTest, ::testing::Values("memory", "sqlite"));

TEST(IndexTermsTest, CutLikeFts5Unicode61) {
  EXPECT_EQ(index_terms("Don't PANIC: COVID-19, café!"),
            (std::vector<std::string>{"don", "t", "panic", "covid", "19", "café"}));
}

TEST(ContentHashTest, SameTextSameHashDifferentTextDifferentHash) {
  const Article a = make_article("1", "Title", "Body");
  Article b = make_article("2", "Title", "Body");
  b.domain = "elsewhere.com";
  EXPECT_EQ(content_hash(a), content_hash(b));
  EXPECT_EQ(content_hash(a).size(), 32u);
  EXPECT_NE(content_hash(a), content_hash(make_article("1", "Title", "Body.")));
  EXPECT_NE(content_hash(make_article("1", "TitleBody", "")), content_hash(a));
}

}  // namespace
}  // namespace verity::testing
