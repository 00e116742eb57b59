#include "model/style_signals.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "model/style_lexicons.h"

namespace verity::model {
namespace {

using Words = std::vector<std::string>;

double value(const StyleSignals& s, StyleSignal signal) {
  return s[static_cast<std::size_t>(signal)].value;
}

const std::vector<std::string>& examples(const StyleSignals& s, StyleSignal signal) {
  return s[static_cast<std::size_t>(signal)].examples;
}

Words sorted(Words words) {
  std::sort(words.begin(), words.end());
  return words;
}

StyleSignals compute(std::string_view title, const std::vector<std::string>& paragraphs) {
  return compute_style_signals(title, paragraphs);
}

// A fabricated health scare written to be shared, not read.
StyleSignals shouting_fabrication() {
  return compute(
      "SHOCKING: You Won't Believe What They Found!!",
      {"Doctors are FURIOUS after an insider allegedly exposed the bombshell secret that "
       "you were never supposed to know!!",
       "According to sources, the cure was hidden for years. An unnamed official "
       "reportedly said the proof is undeniable. This is absolutely INSANE!",
       "Share this before they delete it! Your family deserves the truth."});
}

// A wire-style council report.
StyleSignals sober_report() {
  return compute("Council approves budget for new library",
                 {"The council voted 7-2 on Tuesday to approve a $4.5 million budget for a new "
                  "library, according to minutes released by the city.",
                  "\"We will review it,\" said Mayor Ana Ruiz. The library is expected to open in "
                  "March 2026, the city's planning office told Reuters."});
}

TEST(StyleSignalsTest, ShoutingFabricationOutscoresWireReportOnShoutingAndHype) {
  const StyleSignals fake = shouting_fabrication();
  const StyleSignals real = sober_report();
  for (const StyleSignal s :
       {StyleSignal::kTitleCapsRatio, StyleSignal::kBodyCapsWordRate, StyleSignal::kExclamationRate,
        StyleSignal::kTitleExclamOrQuestion, StyleSignal::kSensationalRate,
        StyleSignal::kEmotionalRate, StyleSignal::kHedgeRate, StyleSignal::kCertaintyRate,
        StyleSignal::kSecondPersonRate, StyleSignal::kAnonymousSourceRate,
        StyleSignal::kTitleClickbait}) {
    EXPECT_GT(value(fake, s), value(real, s)) << style_signal_name(s);
  }
  EXPECT_EQ(value(fake, StyleSignal::kTitleExclamOrQuestion), 1.0);
  EXPECT_EQ(value(fake, StyleSignal::kTitleClickbait), 1.0);  // two patterns
}

TEST(StyleSignalsTest, WireReportOutscoresFabricationOnSourcingAndSpecifics) {
  const StyleSignals fake = shouting_fabrication();
  const StyleSignals real = sober_report();
  for (const StyleSignal s :
       {StyleSignal::kQuotationRate, StyleSignal::kAttributionRate,
        StyleSignal::kOutletCitationRate, StyleSignal::kNumberRate, StyleSignal::kDateRate}) {
    EXPECT_GT(value(real, s), value(fake, s)) << style_signal_name(s);
  }
  // "We will review it" is the mayor speaking, not the writer.
  EXPECT_EQ(value(real, StyleSignal::kFirstPersonRate), 0.0);
  EXPECT_EQ(value(real, StyleSignal::kBodyCapsWordRate), 0.0);
  EXPECT_EQ(value(real, StyleSignal::kExclamationRate), 0.0);
  EXPECT_EQ(value(real, StyleSignal::kAnonymousSourceRate), 0.0);
}

TEST(StyleSignalsTest, ExamplesAreTheMatchedWordsInLowerCase) {
  const StyleSignals fake = shouting_fabrication();
  EXPECT_EQ(examples(fake, StyleSignal::kSensationalRate),
            (Words{"shocking", "exposed", "bombshell"}));
  EXPECT_EQ(examples(fake, StyleSignal::kEmotionalRate), (Words{"furious"}));
  EXPECT_EQ(examples(fake, StyleSignal::kHedgeRate), (Words{"allegedly", "reportedly"}));
  EXPECT_EQ(examples(fake, StyleSignal::kCertaintyRate),
            (Words{"proof", "undeniable", "absolutely"}));
  EXPECT_EQ(examples(fake, StyleSignal::kSecondPersonRate), (Words{"you", "your"}));
  EXPECT_EQ(examples(fake, StyleSignal::kAnonymousSourceRate),
            (Words{"an insider", "according to sources", "an unnamed"}));
  EXPECT_EQ(examples(fake, StyleSignal::kBodyCapsWordRate), (Words{"furious", "insane"}));
  EXPECT_EQ(sorted(examples(fake, StyleSignal::kTitleClickbait)),
            sorted(Words{"you won't believe", "shocking:"}));

  const StyleSignals real = sober_report();
  EXPECT_EQ(examples(real, StyleSignal::kAttributionRate), (Words{"according to", "said", "told"}));
  EXPECT_EQ(examples(real, StyleSignal::kOutletCitationRate), (Words{"reuters"}));
  EXPECT_TRUE(examples(real, StyleSignal::kSensationalRate).empty());
}

// Title "Council Meets": 2 words, 2 capitals of 12 letters. Body: one
// paragraph of two sentences (7 and 3 words, one "!", "said", "you",
// "shocking"), then eight one-sentence paragraphs of 10 words, two of them
// with a year. 92 words in all, 90 in the body, 10 sentences.
TEST(StyleSignalsTest, ExactValuesForAControlledText) {
  std::vector<std::string> paragraphs = {"The mayor said you should see it! It was shocking."};
  for (int i = 0; i < 2; ++i)
    paragraphs.push_back("The park opened in 1990 and the lake opened later.");
  for (int i = 0; i < 6; ++i)
    paragraphs.push_back("The old park opened first and the lake opened later.");
  const StyleSignals s = compute("Council Meets", paragraphs);

  EXPECT_DOUBLE_EQ(value(s, StyleSignal::kTitleCapsRatio), 2.0 / 12);
  EXPECT_DOUBLE_EQ(value(s, StyleSignal::kExclamationRate), (1.0 / 10) / 0.6);
  EXPECT_DOUBLE_EQ(value(s, StyleSignal::kSensationalRate), (100.0 / 92) / 2.0);
  EXPECT_DOUBLE_EQ(value(s, StyleSignal::kSecondPersonRate), (100.0 / 92) / 6.0);
  EXPECT_DOUBLE_EQ(value(s, StyleSignal::kAttributionRate), (1.0 / 10) / 0.8);
  EXPECT_DOUBLE_EQ(value(s, StyleSignal::kNumberRate), (200.0 / 92) / 10.0);
  EXPECT_DOUBLE_EQ(value(s, StyleSignal::kDateRate), (200.0 / 92) / 6.0);
  EXPECT_DOUBLE_EQ(value(s, StyleSignal::kMeanSentenceLength), 9.0 / 40);
  EXPECT_NEAR(value(s, StyleSignal::kSentenceLengthSpread), std::sqrt(858.0 / 10 - 81) / 35, 1e-12);
  EXPECT_DOUBLE_EQ(value(s, StyleSignal::kTitleLength), 2.0 / 25);
  EXPECT_DOUBLE_EQ(value(s, StyleSignal::kBodyLength), std::log(91.0) / 9);
  for (const StyleSignal zero :
       {StyleSignal::kBodyCapsWordRate, StyleSignal::kTitleExclamOrQuestion,
        StyleSignal::kEmotionalRate, StyleSignal::kHedgeRate, StyleSignal::kCertaintyRate,
        StyleSignal::kFirstPersonRate, StyleSignal::kQuotationRate,
        StyleSignal::kAnonymousSourceRate, StyleSignal::kOutletCitationRate,
        StyleSignal::kTitleClickbait}) {
    EXPECT_EQ(value(s, zero), 0.0) << style_signal_name(zero);
  }
  EXPECT_EQ(examples(s, StyleSignal::kSensationalRate), (Words{"shocking"}));
  EXPECT_EQ(examples(s, StyleSignal::kSecondPersonRate), (Words{"you"}));
  EXPECT_EQ(examples(s, StyleSignal::kAttributionRate), (Words{"said"}));
}

TEST(StyleSignalsTest, EmptyTextGivesZeros) {
  for (const auto& paragraphs :
       {std::vector<std::string>{}, std::vector<std::string>{"", "   ", "\n"}}) {
    const StyleSignals s = compute("", paragraphs);
    for (std::size_t i = 0; i < kStyleSignalCount; ++i) {
      EXPECT_EQ(s[i].value, 0.0) << style_signal_name(static_cast<StyleSignal>(i));
      EXPECT_TRUE(s[i].examples.empty());
    }
  }
}

TEST(StyleSignalsTest, ExamplesAreDistinctAndAtMostThree) {
  const StyleSignals s =
      compute("", {"Shocking! Shocking! SHOCKING! Stunning, insane, explosive, epic."});
  EXPECT_EQ(examples(s, StyleSignal::kSensationalRate), (Words{"shocking", "stunning", "insane"}));
}

TEST(StyleSignalsTest, ValuesStayWithinZeroAndOne) {
  const std::vector<std::vector<std::string>> texts = {
      {"!!!!!!!!!!!!!!!!!!!!"},
      {"YOU YOU YOU YOUR YOURS!!! SHOCKING BOMBSHELL INSANE!!!"},
      {"\"\"\"\"''''\"a\" 'b' \"c"},
      {"1 2 3 4 5 6 7 8 9 10 2019 2020 Monday Tuesday"},
      {"a source told us an insider said sources say insiders say"},
      {"CNN Reuters AP BBC presstv.ir https://example.com/x The New York Times"},
      {"x"},
      {"\xff\xfe broken \xc3 utf-8"},
  };
  for (const auto& paragraphs : texts) {
    const StyleSignals s = compute("WOW!!! 10 THINGS YOU WON'T BELIEVE?!", paragraphs);
    for (std::size_t i = 0; i < kStyleSignalCount; ++i) {
      EXPECT_GE(s[i].value, 0.0) << style_signal_name(static_cast<StyleSignal>(i));
      EXPECT_LE(s[i].value, 1.0) << style_signal_name(static_cast<StyleSignal>(i));
      EXPECT_LE(s[i].examples.size(), 3u);
    }
  }
}

TEST(StyleSignalsTest, NamesAreUniqueSnakeCase) {
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < kStyleSignalCount; ++i) {
    const std::string_view name = style_signal_name(static_cast<StyleSignal>(i));
    ASSERT_FALSE(name.empty()) << i;
    EXPECT_TRUE(name.front() >= 'a' && name.front() <= 'z') << name;
    EXPECT_NE(name.back(), '_') << name;
    EXPECT_EQ(name.find("__"), std::string_view::npos) << name;
    for (const char c : name) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '_') << name;
    EXPECT_TRUE(names.insert(name).second) << "duplicate " << name;
  }
  EXPECT_EQ(style_signal_name(StyleSignal::kTitleCapsRatio), "title_caps_ratio");
  EXPECT_EQ(style_signal_name(StyleSignal::kCount), "");
}

TEST(StyleSignalsTest, CapsThatNameThingsAreNotShouting) {
  // A dateline, an agency, an outlet and abbreviations.
  const StyleSignals s =
      compute("", {"WASHINGTON (Reuters) - The FBI and NASA told CNN the U.S. plan for COVID-19 "
                   "was ready at 10 a.m. EDT."});
  EXPECT_EQ(value(s, StyleSignal::kBodyCapsWordRate), 0.0)
      << examples(s, StyleSignal::kBodyCapsWordRate).front();
  const StyleSignals shout = compute("", {"They LIED to you and NOBODY cares."});
  EXPECT_EQ(examples(shout, StyleSignal::kBodyCapsWordRate), (Words{"lied", "nobody"}));
}

TEST(StyleSignalsTest, CaseDecidesPlacesAndMonths) {
  // "US" is the country; "may" and "March" without a number are not dates.
  const StyleSignals s = compute("", {"The US may march on, officials may say."});
  EXPECT_EQ(value(s, StyleSignal::kFirstPersonRate), 0.0);
  EXPECT_EQ(value(s, StyleSignal::kDateRate), 0.0);
  const StyleSignals dated = compute("", {"It began on May 5 and ended in March 2019."});
  EXPECT_GT(value(dated, StyleSignal::kDateRate), 0.0);
}

TEST(StyleSignalsTest, SingleQuotedSpeechCountsAsQuotation) {
  const StyleSignals s =
      compute("", {"'This will be a nightmare for him,' an insider spilled. 'We know it.'"});
  EXPECT_DOUBLE_EQ(value(s, StyleSignal::kQuotationRate), (2.0 / 2) / 1.2);
  EXPECT_EQ(value(s, StyleSignal::kFirstPersonRate), 0.0);  // "We" is quoted
}

TEST(StyleSignalsTest, ParagraphBreaksEndQuotesAndExclamationRuns) {
  // A quotation left open at a paragraph's end does not swallow the next
  // paragraph's own voice, and "!" closing one paragraph does not join a "!"
  // opening the next into a "!!".
  const StyleSignals s = compute("", {"He said: \"it was done", "We think you know it."});
  EXPECT_GT(value(s, StyleSignal::kFirstPersonRate), 0.0);
  EXPECT_GT(value(s, StyleSignal::kSecondPersonRate), 0.0);
  const std::string calm = " It rained. The road closed. The bus was late. Nobody minded.";
  const StyleSignals split = compute("", {"Really?", "! Now." + calm});
  const StyleSignals joined = compute("", {"Really?! Now." + calm});
  EXPECT_DOUBLE_EQ(value(split, StyleSignal::kExclamationRate), (1.0 / 6) / 0.6);
  EXPECT_DOUBLE_EQ(value(joined, StyleSignal::kExclamationRate), (2.0 / 6) / 0.6);
}

TEST(StyleSignalsTest, CreditLinesAndDatelinesAreNotTheWritersWords) {
  // The style reads the body the n-grams read: a wire credit and a dateline
  // add no words, so the rates match the story told without them.
  const std::string story = "The council voted on Tuesday, officials said.";
  const StyleSignals plain = compute("", {story});
  const StyleSignals wire = compute(
      "", {"WASHINGTON (Reuters) - " + story, "Reporting by Jane Doe; Editing by John Roe"});
  for (std::size_t signal = 0; signal < kStyleSignalCount; ++signal) {
    EXPECT_DOUBLE_EQ(wire[signal].value, plain[signal].value)
        << style_signal_name(static_cast<StyleSignal>(signal));
  }
}

TEST(StyleSignalsTest, TitleShapes) {
  EXPECT_EQ(value(compute("Is the dam safe?", {}), StyleSignal::kTitleExclamOrQuestion), 1.0);
  EXPECT_EQ(value(compute("\"Never again!\"", {}), StyleSignal::kTitleExclamOrQuestion), 1.0);
  EXPECT_EQ(value(compute("Dam passes inspection", {}), StyleSignal::kTitleExclamOrQuestion), 0.0);
  const StyleSignals listicle = compute("7 Reasons Why Your Doctor Is Lying", {});
  EXPECT_EQ(examples(listicle, StyleSignal::kTitleClickbait), (Words{"reasons why", "7"}));
  EXPECT_EQ(value(compute("2018 Oscars: the winners", {}), StyleSignal::kTitleClickbait), 0.0);
  EXPECT_EQ(value(compute("FBI: suspect arrested", {}), StyleSignal::kTitleClickbait), 0.0);
}

TEST(StyleSignalsTest, LexiconsAreLoaded) {
  for (std::size_t l = 0; l < kLexiconCount; ++l) {
    EXPECT_GE(lexicon_size(static_cast<Lexicon>(l)), 7u) << l;
  }
}

TEST(StyleSignalsTest, MegabyteParagraphIsLinear) {
  std::string paragraph;
  while (paragraph.size() < (1u << 20)) {
    paragraph +=
        "Sources say the \"SHOCKING\" plan, according to CNN, may have cost you $5 on Monday! ";
  }
  const auto start = std::chrono::steady_clock::now();
  const StyleSignals s = compute("A title", {paragraph});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 5.0);
  EXPECT_GT(value(s, StyleSignal::kAnonymousSourceRate), 0.0);
  // One long run of quotes or letters is no worse.
  const auto start2 = std::chrono::steady_clock::now();
  compute("", {std::string(1u << 20, '"'), std::string(1u << 20, 'a')});
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start2).count(), 5.0);
}

}  // namespace
}  // namespace verity::model
