// The page-chrome rules on inputs we wrote: each fixture holds the story and
// the chrome of one kind of page.
#include "extract/cleaner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "test_paths.h"

namespace verity::extract {
namespace {

CleanedText clean_fixture(const std::string& name, const std::string& known_title = "") {
  CleanHints hints;
  hints.known_title = known_title;
  return clean_blocks(split_text_blocks(testing::read_fixture("articles/" + name)), hints);
}

std::string joined(const CleanedText& cleaned) {
  std::string body;
  for (const std::string& paragraph : cleaned.paragraphs) body += paragraph + "\n";
  for (const RemovedLine& line : cleaned.removed)
    body += "  removed (" + line.reason + "): " + line.text + "\n";
  return body;
}

std::string reason_for(const CleanedText& cleaned, const std::string& text_start) {
  for (const RemovedLine& line : cleaned.removed) {
    if (line.text.starts_with(text_start)) return line.reason;
  }
  return "(kept)";
}

TEST(CleanerTest, ChromeHeavyPageKeepsOnlyTheStory) {
  const CleanedText cleaned = clean_fixture("chrome_heavy.txt");
  EXPECT_EQ(cleaned.title, "Harbor City Council Approves New Ferry Route After Long Debate");
  EXPECT_EQ(cleaned.authors, (std::vector<std::string>{"Maria Lopez", "Tom Reed"}));
  EXPECT_EQ(cleaned.date_text, "Published: March 3, 2021 9:15 AM ET");
  ASSERT_EQ(cleaned.paragraphs.size(), 5u) << joined(cleaned);
  EXPECT_TRUE(cleaned.paragraphs.front().starts_with("The Harbor City Council voted 7 to 2"));
  EXPECT_TRUE(cleaned.paragraphs.back().starts_with("Service on the new route"));

  EXPECT_EQ(reason_for(cleaned, "Skip to main content"), "navigation");
  EXPECT_EQ(reason_for(cleaned, "Business"), "navigation");
  EXPECT_EQ(reason_for(cleaned, "Breaking News"), "banner");
  EXPECT_EQ(reason_for(cleaned, "By Maria Lopez"), "byline");
  EXPECT_EQ(reason_for(cleaned, "Photo: Commuters"), "image caption");
  EXPECT_EQ(reason_for(cleaned, "Commuters wait"), "repeated caption");
  EXPECT_EQ(reason_for(cleaned, "Advertisement"), "advertisement");
  EXPECT_EQ(reason_for(cleaned, "Share on Facebook"), "share or follow prompt");
  EXPECT_EQ(reason_for(cleaned, "Subscribe to our newsletter"), "subscribe prompt");
  EXPECT_EQ(reason_for(cleaned, "We use cookies"), "cookie notice");
  EXPECT_EQ(reason_for(cleaned, "Mayor unveils waterfront plan"), "after article end");
  std::string body;
  for (const std::string& paragraph : cleaned.paragraphs) body += paragraph + "\n";
  for (const char* chrome :
       {"Share on", "cookie", "Related", "Copyright", "Commuters wait", "Menu"}) {
    EXPECT_EQ(body.find(chrome), std::string::npos) << chrome;
  }
}

TEST(CleanerTest, BadgeAndAuthorBioAreDroppedAndTheStoryKept) {
  const CleanedText cleaned = clean_fixture("fabricated_bio.txt");
  EXPECT_EQ(cleaned.title, "Scientists Admit Secret Weather Machine Caused Spring Floods");
  EXPECT_EQ(cleaned.authors, std::vector<std::string>{"Jane Roe"});
  EXPECT_EQ(reason_for(cleaned, "Fact-checked by"), "self-awarded badge");
  EXPECT_EQ(reason_for(cleaned, "Jane Roe"), "author name");
  EXPECT_EQ(reason_for(cleaned, "About Jane Roe"), "author bio");
  EXPECT_EQ(reason_for(cleaned, "Jane has spent years"), "author bio");
  // Every paragraph of the story stays, the subtitle and the attribution line included.
  ASSERT_EQ(cleaned.paragraphs.size(), 7u) << joined(cleaned);
  EXPECT_EQ(cleaned.paragraphs[0],
            "Insiders reveal the program that mainstream media will never tell you about");
  EXPECT_EQ(cleaned.paragraphs[3], "Truthbeacon.net reports:");
  EXPECT_EQ(cleaned.paragraphs.back(),
            "Many residents in the valley say they always suspected the floods were not natural.");
}

TEST(CleanerTest, PublisherBlurbSizeTogglesAndRepeatedCaptionsGo) {
  const CleanedText cleaned = clean_fixture("publisher_blurb.txt");
  EXPECT_EQ(cleaned.title, "Rivers Commission Reports Record Water Levels in Lowland Towns");
  ASSERT_EQ(cleaned.paragraphs.size(), 3u) << joined(cleaned);
  EXPECT_TRUE(cleaned.paragraphs.front().starts_with("Water levels in three lowland towns"));
  EXPECT_EQ(reason_for(cleaned, "Accessibility links"), "navigation");
  EXPECT_EQ(reason_for(cleaned, "World"), "navigation");
  EXPECT_EQ(reason_for(cleaned, "FILE - A flooded street"), "image caption");
  EXPECT_EQ(reason_for(cleaned, "\u2022 4x3 Image"), "image placeholder");
  EXPECT_EQ(reason_for(cleaned, "Metro Wire provides"), "publisher blurb");
  EXPECT_EQ(reason_for(cleaned, "Metro Wire"), "source label");
  for (const char* toggle : {"XS", "SM", "MD", "LG"})
    EXPECT_EQ(reason_for(cleaned, toggle), "text-size toggle");
}

TEST(CleanerTest, CleanArticleLosesNothing) {
  const CleanedText cleaned = clean_fixture("clean_article.txt");
  EXPECT_EQ(cleaned.title, "Library Extends Weekend Hours at Three Branches");
  EXPECT_EQ(cleaned.paragraphs.size(), 5u) << joined(cleaned);
  EXPECT_TRUE(cleaned.removed.empty());
}

TEST(CleanerTest, UnrelatedTextAfterChromeIsDropped) {
  const CleanedText cleaned = clean_fixture("unrelated_tail.txt");
  ASSERT_EQ(cleaned.paragraphs.size(), 3u) << joined(cleaned);
  EXPECT_EQ(reason_for(cleaned, "Win a luxury cruise"), "unrelated text after article");
}

TEST(CleanerTest, ARelatedClosingParagraphAfterChromeIsKept) {
  const Blocks blocks = split_text_blocks(
      "Dam Repairs Finish Early\n\n"
      "Engineers finished repairs on the Millbrook dam two weeks ahead of schedule, the water "
      "board said.\n\n"
      "The repairs cost $3 million and closed the reservoir road for most of the summer.\n\n"
      "Share this\n\n"
      "The water board said the reservoir road will reopen on Friday once the dam inspection is "
      "signed off.\n");
  const CleanedText cleaned = clean_blocks(blocks, {});
  EXPECT_EQ(cleaned.paragraphs.size(), 3u) << joined(cleaned);
}

TEST(CleanerTest, KnownTitleRemovesTheRepeatedHeadline) {
  const CleanedText cleaned =
      clean_fixture("clean_article.txt", "Library Extends Weekend Hours at Three Branches");
  EXPECT_EQ(cleaned.title, "Library Extends Weekend Hours at Three Branches");
  EXPECT_EQ(cleaned.paragraphs.size(), 5u);
  EXPECT_EQ(reason_for(cleaned, "Library Extends"), "title repeated");
}

TEST(CleanerTest, HardWrappedParagraphsAreJoined) {
  const CleanedText cleaned = clean_fixture("hard_wrapped.txt");
  EXPECT_EQ(cleaned.title, "Council Delays Vote on Parking Rules");
  ASSERT_EQ(cleaned.paragraphs.size(), 3u) << joined(cleaned);
  EXPECT_TRUE(cleaned.paragraphs[0].ends_with("in the morning."));
  EXPECT_NE(cleaned.paragraphs[0].find("how the changes"), std::string::npos);
}

TEST(CleanerTest, SingleStatementIsBodyNotTitle) {
  const CleanedText cleaned = clean_blocks(
      split_text_blocks("Says the county spent more on consultants than on road repairs."), {});
  EXPECT_TRUE(cleaned.title.empty());
  ASSERT_EQ(cleaned.paragraphs.size(), 1u);
}

TEST(CleanerTest, MidArticleSubheadIsKept) {
  const CleanedText cleaned = clean_blocks(
      split_text_blocks(
          "Mayor Presents Budget\n\n"
          "The mayor presented a budget of $41 million on Monday, up four percent from last "
          "year.\n\n"
          "Schools get more\n\n"
          "The largest increase goes to schools, which receive an extra $900,000 for repairs.\n"),
      {});
  ASSERT_EQ(cleaned.paragraphs.size(), 3u) << joined(cleaned);
  EXPECT_EQ(cleaned.paragraphs[1], "Schools get more");
}

TEST(CleanerTest, EmptyInputGivesNothing) {
  const CleanedText cleaned = clean_blocks(split_text_blocks(""), {});
  EXPECT_TRUE(cleaned.paragraphs.empty());
  EXPECT_TRUE(cleaned.title.empty());
}

}  // namespace
}  // namespace verity::extract
