// Near-duplicates: MinHash estimates, and find_copy_of over both article
// store backends.
#include "verity//evidence/copies.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <set>
#include <vector>

#include "evidence/copy_estimate.h"
#include "evidence/evidence_test_support.h"
#include "evidence/minhash.h"

namespace verity::testing {
namespace {

// `words` words about one topic (a harbor and its ferries), in an order set
// by `seed`: two seeds give two texts on the same topic with the same
// vocabulary but few five-word runs in common.
std::string topic_text(std::uint32_t seed, std::size_t words) {
  static const char* kVocabulary[] = {
      "ferry",   "harbor",  "island",   "council", "passengers", "sailings",  "evening",
      "tickets", "captain", "weather",  "dock",    "schedule",   "mayor",     "fares",
      "boats",   "bridge",  "crossing", "tides",   "storm",      "residents", "the",
      "a",       "of",      "to",       "and",     "in",         "on",        "was",
      "said",    "after",   "winter",   "summer",  "route",      "operator",  "late",
      "early",   "budget",  "vote",     "pier",    "service",    "crew",      "cargo"};
  constexpr std::size_t kSize = sizeof kVocabulary / sizeof kVocabulary[0];
  std::string text;
  std::uint32_t state = seed * 2654435761u + 1;
  for (std::size_t i = 0; i < words; ++i) {
    state = state * 1664525u + 1013904223u;
    text.append(i ? " " : "").append(kVocabulary[(state >> 8) % kSize]);
  }
  return text + ".";
}

// Replaces every `every`th word with "changed".
std::string with_changes(const std::string& text, std::size_t every) {
  std::string out;
  std::size_t word = 0, start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    out.append(out.empty() ? "" : " ");
    out.append(++word % every == 0 ? "changed" : text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

TEST(MinHashTest, EstimatesJaccardOfShingleSets) {
  const std::string text = topic_text(1, 300);
  const MinHashSignature a = minhash_signature(text);
  EXPECT_EQ(a.shingles, 296u);
  EXPECT_DOUBLE_EQ(estimate_jaccard(a, minhash_signature(text)), 1.0);
  // Case and punctuation are not part of the token stream.
  std::string shouted = text;
  for (char& c : shouted) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_DOUBLE_EQ(estimate_jaccard(a, minhash_signature(shouted + "!!")), 1.0);
  EXPECT_LT(estimate_jaccard(a, minhash_signature(topic_text(2, 300))), 0.1);
  EXPECT_TRUE(minhash_signature("").empty());
  EXPECT_EQ(minhash_signature("two words").shingles, 1u);
  const MinHashSignature round = decode_signature(encode_signature(a), a.shingles);
  EXPECT_EQ(round.values, a.values);
}

// The shingle set as minhash.h defines it: runs of 5 index terms.
std::set<std::vector<std::string>> shingle_set(const std::string& text) {
  const std::vector<std::string> terms = index_terms(text);
  std::set<std::vector<std::string>> shingles;
  for (std::size_t i = 0; i + kShingleWords <= terms.size(); ++i)
    shingles.emplace(terms.begin() + static_cast<std::ptrdiff_t>(i),
                     terms.begin() + static_cast<std::ptrdiff_t>(i + kShingleWords));
  return shingles;
}

// One hash per shingle with multiply-shift for the 128 functions still
// estimates Jaccard without bias: over pairs from near copies to strangers,
// the estimates stay within a few standard errors of the exact value.
TEST(MinHashTest, EstimatesFollowTheExactJaccard) {
  double total_error = 0;
  int pairs = 0;
  for (std::uint32_t seed = 1; seed <= 12; ++seed) {
    const std::string text = topic_text(seed, 400);
    for (const std::size_t every : {3, 6, 12, 40}) {
      const std::string other = with_changes(text, every);
      const auto a = shingle_set(text), b = shingle_set(other);
      std::size_t shared = 0;
      for (const auto& shingle : a) shared += b.count(shingle);
      const double exact =
          static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
      const double estimate = estimate_jaccard(minhash_signature(text), minhash_signature(other));
      EXPECT_NEAR(estimate, exact, 0.15) << "seed " << seed << ", every " << every;
      total_error += estimate - exact;
      ++pairs;
    }
  }
  EXPECT_LT(std::abs(total_error / pairs), 0.02);  // no bias
}

class CopiesTest : public ::testing::TestWithParam<std::string> {
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
    original_ =
        make_article("original", "Ferry service returns", topic_text(7, 300), "harborgazette.com");
    ASSERT_TRUE(
        store_->add({original_, make_article("other", "Storm closes pier", topic_text(8, 300))})
            .ok());
  }

  std::optional<CopyMatch> copy_of(const Article& article) {
    Result<std::optional<CopyMatch>> found = find_copy_of(*store_, article);
    EXPECT_TRUE(found.ok()) << found.status().to_string();
    return found.ok() ? found.value() : std::nullopt;
  }

  std::unique_ptr<ArticleStore> memory_;
  std::unique_ptr<EvidenceStore> evidence_;
  ArticleStore* store_ = nullptr;
  Article original_;
};

TEST_P(CopiesTest, AnArticleWithAFewWordsChangedIsACopy) {
  const std::optional<CopyMatch> found = copy_of(make_article(
      "copy", "Ferry service is back", with_changes(original_.paragraphs[0], 40), "copier.net"));
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->article.id, "original");
  EXPECT_EQ(found->article.domain, "harborgazette.com");
  EXPECT_GT(found->jaccard, 0.7);
  EXPECT_GT(found->overlap, 0.8);
}

TEST_P(CopiesTest, ARepublicationWithANewIntroIsACopy) {
  Article republished = make_article("re", "As reported", topic_text(99, 400));
  republished.paragraphs.push_back(original_.paragraphs[0]);
  const std::optional<CopyMatch> found = copy_of(republished);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->article.id, "original");
  EXPECT_LT(found->jaccard, 0.5);  // found by overlap: all of the original is in it
  EXPECT_GT(found->overlap, 0.8);
}

TEST_P(CopiesTest, ADifferentArticleOnTheSameTopicIsNot) {
  EXPECT_FALSE(copy_of(make_article("new", "Ferry fares", topic_text(12, 300))).has_value());
}

TEST_P(CopiesTest, TheArticleItselfIsLeftOut) { EXPECT_FALSE(copy_of(original_).has_value()); }

TEST_P(CopiesTest, AShortQuoteIsNotACopy) {
  // All of it is in the original, but it is too short to count as a copy.
  EXPECT_FALSE(
      copy_of(make_article("quote", "", original_.paragraphs[0].substr(0, 120))).has_value());
}

INSTANTIATE_TEST_SUITE_P(Backends, CopiesTest, ::testing::Values("sqlite", "memory"));

}  // namespace
}  // namespace verity::testing
