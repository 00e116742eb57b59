// The content finder's decisions, one small page each: when class hints are
// overruled, where story text is recovered, what is left out.
#include <gtest/gtest.h>

#include <string>

#include "extract/html_page.h"
#include "test_paths.h"

namespace verity::extract {
namespace {

std::string joined(const Blocks& blocks) {
  std::string text;
  for (const Block& block : blocks) text += block.text + "\n";
  return text;
}

TEST(HtmlContentRules, ClassHintsThatHideTheWholeStoryAreOverruled) {
  // "panel-two-col-sidebar-right" reads as a sidebar, yet it wraps the story:
  // with the hints the page has no content, so it is read again without them.
  const HtmlPage page = parse_html_page(testing::read_fixture("html/sidebar_layout.html"));
  const std::string text = joined(page.blocks);
  EXPECT_NE(text.find("The city council voted on Tuesday"), std::string::npos) << text;
  EXPECT_NE(text.find("sleep at the hospital"), std::string::npos) << text;
  // The sidebar's link list and the footer still stay out.
  EXPECT_EQ(text.find("Bridge to close"), std::string::npos) << text;
  EXPECT_EQ(text.find("Copyright"), std::string::npos) << text;
}

TEST(HtmlContentRules, ClassHintsStillDropChromeBesideALongStory) {
  std::string html = "<body><div class=\"story\">";
  for (int i = 0; i < 6; ++i) {
    html +=
        "<p>The harbour authority said the new ferry, delayed twice by engine trouble, will "
        "start its crossings in May, with six sailings a day in summer.</p>";
  }
  html +=
      "</div><div class=\"comments\"><p>What a waste of money, the old ferry was fine and "
      "nobody asked us, as usual, typical.</p></div></body>";
  const std::string text = joined(parse_html_page(html).blocks);
  EXPECT_NE(text.find("harbour authority"), std::string::npos) << text;
  EXPECT_EQ(text.find("waste of money"), std::string::npos) << text;
}

TEST(HtmlContentRules, AStoryCutIntoBoxesIsKeptWhole) {
  // Each step's paragraphs vote for their own boxes; the votes that reach up
  // to the <article> and the rule that candidates sharing an ancestor hand it
  // the content keep every step, not the best-scoring one.
  const HtmlPage page = parse_html_page(testing::read_fixture("html/steps_in_boxes.html"));
  const std::string text = joined(page.blocks);
  for (const char* step :
       {"Parties at home cost far less", "Instead of hiring a band", "Pasta salads, chili",
        "Print photos from every school year", "a present that costs nothing"}) {
    EXPECT_NE(text.find(step), std::string::npos) << step << "\n" << text;
  }
  EXPECT_EQ(text.find("Copyright"), std::string::npos) << text;
}

TEST(HtmlContentRules, AContainerFoundWithoutHintsBeatsTheWholePageFallback) {
  // The class hints leave only loose lines (more text than the story, but no
  // container stands out), so the whole <body> would be the content; read
  // without hints, the story's own box (inside a "menu-drawer") wins.
  std::string html = "<body>";
  for (int i = 0; i < 24; ++i) html += "<div>Opening hours of the town hall and its offices</div>";
  html += "<div class=\"menu-drawer\"><div class=\"story\">";
  for (int i = 0; i < 6; ++i) {
    html +=
        "<p>The regional rail operator said on Friday that the new timetable, with trains every "
        "half hour, will start in June.</p>";
  }
  html += "</div></div></body>";
  const std::string text = joined(parse_html_page(html).blocks);
  EXPECT_NE(text.find("regional rail operator"), std::string::npos) << text;
  EXPECT_EQ(text.find("Opening hours"), std::string::npos) << text;
}

TEST(HtmlContentRules, AModalOverlayIsNotTheStory) {
  // A sign-up or citation dialog can hold more prose than one box of the
  // story; a class naming it a modal keeps it out.
  std::string html = "<body><div class=\"article-body\">";
  for (int i = 0; i < 4; ++i) {
    html +=
        "<p>Vaccination of the elderly reduced hospital stays in the study area, the authors "
        "found, over ten seasons and two regions.</p>";
  }
  html += "</div><div class=\"modal fade\"><div class=\"modal__body\">";
  for (int i = 0; i < 6; ++i) {
    html +=
        "<p>To download this citation, choose a format, select the options you need, and press "
        "the button below, then save the file.</p>";
  }
  html += "</div></div></body>";
  const std::string text = joined(parse_html_page(html).blocks);
  EXPECT_NE(text.find("Vaccination of the elderly"), std::string::npos) << text;
  EXPECT_EQ(text.find("download this citation"), std::string::npos) << text;
}

TEST(HtmlContentRules, APageSwallowedByAnUnclosedNoscriptIsReadAgain) {
  // Parsed without scripting, "<noscript><div></noscript>" leaves the <div>
  // open: the whole page ends up inside the <noscript>.
  std::string html = "<body><noscript><div id=\"nojs\"></noscript><div class=\"news\">";
  for (int i = 0; i < 5; ++i) {
    html +=
        "<p>The bear population of the park grew again this year, the rangers counted, with "
        "more females and cubs seen than ever before.</p>";
  }
  html += "</div></body>";
  const std::string text = joined(parse_html_page(html).blocks);
  EXPECT_NE(text.find("bear population of the park"), std::string::npos) << text;
}

}  // namespace
}  // namespace verity::extract
