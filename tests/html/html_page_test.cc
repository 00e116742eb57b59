// Behaviour of parse_html_page on pages we wrote: metadata from each source in
// priority order, the main content in order and complete, page chrome left out.
#include "extract/html_page.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_paths.h"

namespace verity::extract {
namespace {

using ::verity::testing::read_fixture;

std::string all_text(const HtmlPage& page) {
  std::string text;
  for (const Block& block : page.blocks) text += block.text + "\n";
  return text;
}

bool has_block(const HtmlPage& page, BlockKind kind, const std::string& prefix) {
  return std::any_of(page.blocks.begin(), page.blocks.end(), [&](const Block& block) {
    return block.kind == kind && block.text.rfind(prefix, 0) == 0;
  });
}

// Index of the first block starting with `prefix`, or -1.
int index_of(const HtmlPage& page, const std::string& prefix) {
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    if (page.blocks[i].text.rfind(prefix, 0) == 0) return static_cast<int>(i);
  }
  return -1;
}

TEST(HtmlPageNews, MetadataComesFromJsonLdFirst) {
  const HtmlPage page = parse_html_page(read_fixture("html/news_article.html"));
  EXPECT_EQ(page.title, "Harbor Council Approves $40 Million Flood Barrier Plan");
  EXPECT_EQ(page.authors, (std::vector<std::string>{"Maria Okonkwo", "Daniel Reyes"}));
  EXPECT_EQ(page.date, "2024-03-14T08:30:00-05:00");
  EXPECT_EQ(page.url, "https://www.harborledger.example/news/2024/03/14/flood-barrier-plan");
  EXPECT_EQ(page.site_name, "Harbor City Ledger");
  EXPECT_EQ(page.description,
            "After two years of debate, the council voted 7-2 for a movable barrier.");
}

TEST(HtmlPageNews, ParagraphsComeOutInOrderAndComplete) {
  const HtmlPage page = parse_html_page(read_fixture("html/news_article.html"));
  const std::vector<std::string> paragraphs = {
      "The Harbor City Council voted 7-2 on Wednesday night to build a movable flood barrier "
      "across the mouth of the inner harbor, ending two years of debate over how to protect the "
      "waterfront from rising seas.",
      "The $40 million project, which will be paid for with a mix of state grants, municipal "
      "bonds and a small increase in the stormwater fee, is expected to take four years to "
      "complete.",
      "\xE2\x80\x9CThis is the most important vote this council will take in a generation,"
      "\xE2\x80\x9D said council president Lena Marsh, who sponsored the measure. \xE2\x80\x9CWe "
      "cannot keep pumping out basements every spring.\xE2\x80\x9D",
      "The two dissenting members, both of whom represent districts along the working "
      "waterfront, argued that the barrier would slow boat traffic, raise insurance costs for the "
      "fishing fleet and do little for neighborhoods on the eastern shore.",
      "Engineers hired by the city said the gates would remain open on all but a handful of days "
      "each year, closing only when forecasters expect a storm surge of more than five feet.",
      "Construction bids are due in June, and the city expects to break ground before the end of "
      "the year, according to the public works department.",
      "Residents can comment on the final design at a public hearing scheduled for April 2 at "
      "City Hall.",
  };
  std::vector<std::string> found;
  for (const Block& block : page.blocks) {
    if (block.kind == BlockKind::kParagraph &&
        std::find(paragraphs.begin(), paragraphs.end(), block.text) != paragraphs.end()) {
      found.push_back(block.text);
    }
  }
  EXPECT_EQ(found, paragraphs) << all_text(page);
}

TEST(HtmlPageNews, KindsOfBlocks) {
  const HtmlPage page = parse_html_page(read_fixture("html/news_article.html"));
  // The caption's &nbsp; is collapsed like any other space.
  EXPECT_TRUE(has_block(page, BlockKind::kCaption,
                        "Workers inspect the seawall near Pier 9 on Tuesday. Photo: Ana Lima"))
      << all_text(page);
  EXPECT_TRUE(has_block(page, BlockKind::kHeading, "Opposition from fishing fleet"));
  EXPECT_TRUE(has_block(page, BlockKind::kQuote, "The barrier buys us time"));
  EXPECT_LT(index_of(page, "Opposition from fishing fleet"), index_of(page, "The two dissenting"));
}

TEST(HtmlPageNews, PageChromeIsLeftOut) {
  const HtmlPage page = parse_html_page(read_fixture("html/news_article.html"));
  const std::string text = all_text(page);
  for (const char* chrome :
       {"cookies", "Accept all", "Sports", "Opinion", "Share on", "Email this story", "Most read",
        "Ferry schedule", "bakery", "newsletter", "All rights reserved", "Privacy policy",
        "Seawall repairs delayed", "not text", "position: fixed"}) {
    EXPECT_EQ(text.find(chrome), std::string::npos) << chrome << "\n" << text;
  }
}

TEST(HtmlPageMetaOnly, MetaTagsAndTitleFillTheMetadata) {
  const HtmlPage page = parse_html_page(read_fixture("html/meta_only.html"));
  EXPECT_EQ(page.title, "Library Extends Weekend Hours After Student Petition");
  // The Facebook profile in article:author is a URL, not a name.
  EXPECT_EQ(page.authors, std::vector<std::string>{"Priya Natarajan"});
  EXPECT_EQ(page.date, "2023-11-02");
  EXPECT_EQ(page.url, "https://examplepost.example/local/library-hours");
  EXPECT_EQ(page.site_name, "The Example Post");
  EXPECT_EQ(page.description, "The main branch will stay open until 9 p.m. on Saturdays.");
}

TEST(HtmlPageMetaOnly, LineBreaksSplitTheStoryBody) {
  const HtmlPage page = parse_html_page(read_fixture("html/meta_only.html"));
  const std::vector<std::string> starts = {
      "Library Extends Weekend Hours After Student Petition",
      "The Westfield Public Library will keep its main branch open",
      "Library director Tom\xC3\xA1s Herrera said the change",
      "Students said the public library is often the only quiet place",
      "The library board approved the new hours unanimously"};
  ASSERT_EQ(page.blocks.size(), starts.size()) << all_text(page);
  for (std::size_t i = 0; i < starts.size(); ++i) {
    EXPECT_EQ(page.blocks[i].text.rfind(starts[i], 0), 0u) << page.blocks[i].text;
  }
  EXPECT_EQ(page.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(page.blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(page.blocks[4].text.back(), '.');  // the last line is complete
  const std::string text = all_text(page);
  EXPECT_EQ(text.find("Home"), std::string::npos);
  EXPECT_EQ(text.find("Terms of use"), std::string::npos);
}

TEST(HtmlPageBlog, CommentsAreNotTheContent) {
  const HtmlPage page = parse_html_page(read_fixture("html/blog_with_comments.html"));
  EXPECT_EQ(page.title, "Why I Stopped Trusting Viral Charts & What I Do Instead");
  EXPECT_EQ(page.authors, std::vector<std::string>{"Jo Whitfield"});
  EXPECT_EQ(page.date, "2024-01-20");
  EXPECT_EQ(page.url, "https://numbers.example/2024/viral-charts");
  EXPECT_EQ(page.site_name, "Numbers and Nonsense");

  const std::string text = all_text(page);
  EXPECT_NE(text.find("Last week a chart showing"), std::string::npos) << text;
  EXPECT_NE(text.find("which is exactly what viral content is designed"), std::string::npos);
  EXPECT_TRUE(has_block(page, BlockKind::kListItem, "Where does the axis start?"));
  EXPECT_TRUE(has_block(page, BlockKind::kHeading, "Three questions I now ask"));
  for (const char* chrome : {"datadave", "far too generous", "fourth question", "high school maths",
                             "42 comments", "About me"}) {
    EXPECT_EQ(text.find(chrome), std::string::npos) << chrome << "\n" << text;
  }
}

TEST(HtmlPageMalformed, TextSurvivesBrokenMarkup) {
  const HtmlPage page = parse_html_page(read_fixture("html/malformed.html"));
  EXPECT_EQ(page.title, "Storm knocks out power to thousands");
  EXPECT_EQ(page.authors, std::vector<std::string>{"Sam Okafor"});
  const std::string text = all_text(page);
  for (const char* expected :
       {"A late-season storm knocked out power to more than 30,000 homes",
        "most customers should have power back by Tuesday evening.",
        "Schools in the eastern district will remain closed on Monday while roads are cleared of "
        "fallen trees and downed lines.",
        "The county has opened two warming centers", "Residents are asked to report downed lines",
        "calmer weather for the rest of the week"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  EXPECT_LT(text.find("A late-season"), text.find("calmer weather"));
}

TEST(HtmlPageEdge, EmptyInputsYieldEmptyPages) {
  for (const char* html : {"", "<html>", "<html><body></body></html>", "   "}) {
    const HtmlPage page = parse_html_page(html);
    EXPECT_TRUE(page.title.empty()) << html;
    EXPECT_TRUE(page.authors.empty()) << html;
    EXPECT_TRUE(page.date.empty()) << html;
    EXPECT_TRUE(page.url.empty()) << html;
    EXPECT_TRUE(page.blocks.empty()) << html;
  }
}

}  // namespace
}  // namespace verity::extract
