// Claim detection: which sentences are check-worthy, and why.
#include "verity/evidence/claims.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "evidence/evidence_test_support.h"

namespace verity::testing {
namespace {

bool has_cue(const CheckWorthySentence& s, const std::string& cue, const std::string& text = "") {
  return std::any_of(s.cues.begin(), s.cues.end(), [&](const ClaimCue& c) {
    return c.cue == cue && (text.empty() || c.text.find(text) != std::string::npos);
  });
}

TEST(ClaimDetectionTest, AFactualAssertionFiresItsCues) {
  const CheckWorthySentence s = score_sentence(
      "The Obama administration spent more than $800 billion on the stimulus, Republicans said.");
  EXPECT_TRUE(has_cue(s, "entity", "Obama"));
  EXPECT_TRUE(has_cue(s, "number", "800"));
  EXPECT_TRUE(has_cue(s, "money", "800"));
  EXPECT_TRUE(has_cue(s, "comparison", "more than"));
  EXPECT_TRUE(has_cue(s, "reported", "said"));
  EXPECT_EQ(s.numbers, (std::vector<std::string>{"800"}));  // "billion" belongs to it
  EXPECT_EQ(s.entities, (std::vector<std::string>{"Obama", "Republicans"}));
  EXPECT_GE(s.score, 4.0);
}

TEST(ClaimDetectionTest, NamesAreRunsOfCapitalizedWordsNotSentenceOpeners) {
  EXPECT_EQ(
      score_sentence("The Bank of America said on Monday it would close 20 branches.").entities,
      (std::vector<std::string>{"Bank of America"}));
  EXPECT_TRUE(score_sentence("Yesterday the council met in the old hall again.").entities.empty());
  EXPECT_EQ(score_sentence("Angela Merkel met the EPA chief.").entities,
            (std::vector<std::string>{"Angela Merkel", "EPA"}));
}

TEST(ClaimDetectionTest, PercentagesAndComparisons) {
  const CheckWorthySentence s =
      score_sentence("Unemployment among young workers doubled to 12.5% in the state last year.");
  EXPECT_TRUE(has_cue(s, "percent", "12.5"));
  EXPECT_TRUE(has_cue(s, "comparison", "doubled"));
}

TEST(ClaimDetectionTest, QuestionsHedgesAndOpinionsAreDownWeighted) {
  const CheckWorthySentence question =
      score_sentence("Did the Obama administration really spend $800 billion on the stimulus?");
  EXPECT_TRUE(has_cue(question, "question"));
  const CheckWorthySentence plain =
      score_sentence("The Obama administration spent $800 billion on the stimulus.");
  EXPECT_LT(question.score, plain.score);
  const CheckWorthySentence hedged =
      score_sentence("I think the Obama administration might have spent $800 billion on it.");
  EXPECT_TRUE(has_cue(hedged, "hedge", "i think"));
  EXPECT_LT(hedged.score, plain.score);
  EXPECT_TRUE(has_cue(score_sentence("It was a beautiful day for the whole city of Boston."),
                      "opinion", "beautiful"));
}

TEST(ClaimDetectionTest, VeryShortAndVeryLongSentencesAreDownWeighted) {
  EXPECT_TRUE(has_cue(score_sentence("Obama said 12."), "short"));
  std::string rambling = "Obama said that";
  for (int i = 0; i < 60; ++i) rambling += " and";
  EXPECT_TRUE(has_cue(score_sentence(rambling + " so on."), "long"));
}

TEST(ClaimDetectionTest, FindCheckWorthyRanksAndKeepsOffsets) {
  Article article = make_article(
      "a", "Title",
      "It was a lovely day. Senator Jane Roe said the state's unemployment rate doubled in four "
      "years. Do voters care?");
  article.paragraphs.push_back(
      "The Obama administration spent more than $800 billion on the stimulus, Republicans said.");
  const std::vector<CheckWorthySentence> found = find_check_worthy(article);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].paragraph, 1u);  // the higher score comes first
  EXPECT_EQ(found[1].paragraph, 0u);
  EXPECT_EQ(
      article.paragraphs[0].substr(found[1].span.begin, found[1].span.end - found[1].span.begin),
      found[1].text);
  EXPECT_TRUE(found[1].text.starts_with("Senator Jane Roe"));
  ClaimDetectionOptions one;
  one.limit = 1;
  EXPECT_EQ(find_check_worthy(article, one).size(), 1u);
}

}  // namespace
}  // namespace verity::testing
