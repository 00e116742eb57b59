// The indexer's one pass over an article: document frequencies of content
// terms and the same MinHash signature minhash_signature() gives.
#include "evidence/batch_terms.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>

#include "evidence/evidence_test_support.h"

namespace verity::testing {
namespace {

std::map<std::string, std::int64_t> frequencies(const evidence::BatchTerms& terms) {
  std::map<std::string, std::int64_t> out;
  for (const auto& [term, df] : terms.document_frequencies()) out.emplace(term, df);
  return out;
}

TEST(BatchTermsTest, CountsEachContentTermOncePerArticle) {
  evidence::BatchTerms terms;
  terms.add(
      make_article("1", "Ferry fares rise", "Ferry fares rose again; the ferry operator said so."));
  terms.add(make_article("2", "Harbor news", "The FERRY timetable changes in winter, 2021."));
  const std::map<std::string, std::int64_t> df = frequencies(terms);
  EXPECT_EQ(df.at("ferry"), 2);  // three times in one article, once in the other
  EXPECT_EQ(df.at("fares"), 1);  // title and body of the same article
  EXPECT_EQ(df.at("timetable"), 1);
  EXPECT_FALSE(df.contains("the"));   // stop word
  EXPECT_FALSE(df.contains("2021"));  // number
  EXPECT_FALSE(df.contains("in"));    // too short
  // In term order, as the store writes them.
  const auto sorted = terms.document_frequencies();
  EXPECT_TRUE(std::is_sorted(sorted.begin(), sorted.end()));
  terms.clear();
  EXPECT_TRUE(terms.document_frequencies().empty());
}

TEST(BatchTermsTest, GivesTheSignatureMinHashGives) {
  evidence::BatchTerms terms;
  const Article body = make_article("1", "A title the signature ignores",
                                    "The council voted to keep the winter ferry to Marrow Island "
                                    "running twice a day until the new pier opens in March.");
  EXPECT_EQ(terms.add(body).values, minhash_signature(body).values);
  EXPECT_EQ(terms.add(body).shingles, minhash_signature(body).shingles);
  Article title_only;
  title_only.title = "Council keeps the winter ferry running twice a day";
  const MinHashSignature from_title = terms.add(title_only);
  EXPECT_FALSE(from_title.empty());
  EXPECT_EQ(from_title.values, minhash_signature(title_only).values);
}

// Enough distinct terms to grow the table several times over.
TEST(BatchTermsTest, KeepsCountingAsTheTableGrows) {
  evidence::BatchTerms terms;
  for (int a = 0; a < 3; ++a) {
    std::string body;
    for (int w = 0; w < 20000; ++w) body += "term" + std::to_string(w) + "x ";
    terms.add(make_article(std::to_string(a), "", body));
  }
  const std::map<std::string, std::int64_t> df = frequencies(terms);
  EXPECT_EQ(df.size(), 20000u);
  EXPECT_EQ(df.at("term0x"), 3);
  EXPECT_EQ(df.at("term19999x"), 3);
}

}  // namespace
}  // namespace verity::testing
