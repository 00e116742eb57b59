#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/text.h"

namespace verity {
namespace {

using Sentences = std::vector<std::string_view>;

TEST(SplitSentencesTest, SplitsAtTerminators) {
  EXPECT_EQ(split_sentences("The vote passed. Critics objected! Will it hold? Nobody knows."),
            (Sentences{"The vote passed.", "Critics objected!", "Will it hold?", "Nobody knows."}));
}

TEST(SplitSentencesTest, TitlesAndMonthsDoNotEndSentences) {
  EXPECT_EQ(split_sentences("Mr. Smith met Dr. Jones on Nov. 24 in St. Louis. They talked."),
            (Sentences{"Mr. Smith met Dr. Jones on Nov. 24 in St. Louis.", "They talked."}));
  EXPECT_EQ(split_sentences("Sen. Warren and Gov. Brown spoke. Gen. Petraeus did not."),
            (Sentences{"Sen. Warren and Gov. Brown spoke.", "Gen. Petraeus did not."}));
}

TEST(SplitSentencesTest, DottedAbbreviations) {
  EXPECT_EQ(split_sentences("U.S. President Barack Obama spoke on Monday. He was brief."),
            (Sentences{"U.S. President Barack Obama spoke on Monday.", "He was brief."}));
  EXPECT_EQ(split_sentences("Talks with the U.N. Security Council began at 9 a.m. Friday."),
            (Sentences{"Talks with the U.N. Security Council began at 9 a.m. Friday."}));
  // When a common sentence opener follows, the abbreviation closed the sentence.
  EXPECT_EQ(split_sentences("The troops returned to the U.S. They landed in Washington, D.C."),
            (Sentences{"The troops returned to the U.S.", "They landed in Washington, D.C."}));
  EXPECT_EQ(split_sentences("Shares of Acme Inc. The company fell."),
            (Sentences{"Shares of Acme Inc.", "The company fell."}));
  EXPECT_EQ(split_sentences("Shares of Acme Inc. Europe rose."),
            (Sentences{"Shares of Acme Inc. Europe rose."}));
}

TEST(SplitSentencesTest, InitialsDecimalsAndNumbers) {
  EXPECT_EQ(split_sentences("John F. Kennedy was shot in 1963. Growth was 3.5 percent."),
            (Sentences{"John F. Kennedy was shot in 1963.", "Growth was 3.5 percent."}));
  EXPECT_EQ(split_sentences("He lives at No. 10 Downing Street. No. The answer was no."),
            (Sentences{"He lives at No. 10 Downing Street.", "No.", "The answer was no."}));
}

TEST(SplitSentencesTest, QuotesAndBracketsCloseTheSentence) {
  EXPECT_EQ(split_sentences("He said \"no.\" Then he left. (It rained.) Later, calm."),
            (Sentences{"He said \"no.\"", "Then he left.", "(It rained.)", "Later, calm."}));
  EXPECT_EQ(split_sentences("\"Stop!\" he shouted. 'Why?' she asked."),
            (Sentences{"\"Stop!\" he shouted.", "'Why?' she asked."}));
  EXPECT_EQ(split_sentences("It ended. \"Never again,\" she said."),
            (Sentences{"It ended.", "\"Never again,\" she said."}));
}

TEST(SplitSentencesTest, EllipsesAndLowercaseContinuations) {
  EXPECT_EQ(split_sentences("He paused... and then left. Wait... What happened?"),
            (Sentences{"He paused... and then left.", "Wait...", "What happened?"}));
  EXPECT_EQ(split_sentences("Wait\u2026 What happened?"),
            (Sentences{"Wait\u2026", "What happened?"}));
  EXPECT_EQ(split_sentences("Some products, e.g. vaccines, i.e. the new ones, sold out."),
            (Sentences{"Some products, e.g. vaccines, i.e. the new ones, sold out."}));
}

TEST(SplitSentencesTest, NoSplitWithoutSpaceAfterTheDot) {
  EXPECT_EQ(
      split_sentences("See presstv.ir and https://example.com/a?b=1. The U.S.-led group met."),
      (Sentences{"See presstv.ir and https://example.com/a?b=1.", "The U.S.-led group met."}));
}

TEST(SplitSentencesTest, LineBreaksAreHardBoundaries) {
  EXPECT_EQ(split_sentences("Headline without a stop\nFirst paragraph. Second sentence\n\n"
                            "  Next paragraph  \r\nLast"),
            (Sentences{"Headline without a stop", "First paragraph.", "Second sentence",
                       "Next paragraph", "Last"}));
}

TEST(SplitSentencesTest, SpansExcludeWhitespaceAndAreNeverEmpty) {
  const std::string text = "  \t First one.   Second one!  \n \n ";
  std::vector<Span> spans;
  split_sentences(text, spans);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 4u);
  EXPECT_EQ(spans[0].end, 14u);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "Second one!");
}

TEST(SplitSentencesTest, EmptyAndBlankTexts) {
  EXPECT_TRUE(split_sentences("").empty());
  EXPECT_TRUE(split_sentences("   \n\n \t \u00A0 ").empty());
  EXPECT_EQ(split_sentences("..."), (Sentences{"..."}));
  EXPECT_EQ(split_sentences("No stop at the end"), (Sentences{"No stop at the end"}));
}

TEST(SplitSentencesTest, NonLatinText) {
  EXPECT_EQ(split_sentences("Путин приехал. Переговоры начались."),
            (Sentences{"Путин приехал.", "Переговоры начались."}));
  EXPECT_EQ(split_sentences("会谈开始了。双方同意。"), (Sentences{"会谈开始了。", "双方同意。"}));
}

TEST(SplitSentencesTest, ReusesOutputVector) {
  std::vector<Span> spans(5, Span{1, 2});
  split_sentences("One. Two.", spans);
  EXPECT_EQ(spans.size(), 2u);
}

TEST(SplitSentencesTest, InvalidUtf8NeverCrashes) {
  const std::string text = "Bad \xE2\x80 bytes. \xFF\xFE Next one.\xC3";
  std::vector<Span> spans;
  split_sentences(text, spans);
  ASSERT_FALSE(spans.empty());
  for (const Span& span : spans) {
    EXPECT_LT(span.begin, span.end);
    EXPECT_LE(span.end, text.size());
  }
}

TEST(SplitSentencesTest, HugeInputsStayLinear) {
  const std::string word(1 << 20, 'x');
  EXPECT_EQ(split_sentences(word).size(), 1u);
  std::string dots;
  for (int i = 0; i < 100000; ++i) dots += "Ab. ";
  EXPECT_EQ(split_sentences(dots).size(), 100000u);
}

}  // namespace
}  // namespace verity
