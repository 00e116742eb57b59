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

TEST(HtmlContentRules, TheStandfirstAboveTheStoryOpensIt) {
  // The lead sits in the <article>'s <header>, which is never content; its
  // class names it a lead and it is close to the story, so it opens the
  // content. A "summary" in the lead picture's box is a caption, and the
  // "excerpt" further up teases another page: the lead nearest the story wins.
  const HtmlPage page = parse_html_page(testing::read_fixture("html/lead_in_header.html"));
  ASSERT_FALSE(page.blocks.empty());
  EXPECT_EQ(page.blocks.front().text,
            "The new island ferry will not sail before June, the harbour authority said, the "
            "third delay since the contract was signed.");
  const std::string text = joined(page.blocks);
  EXPECT_NE(text.find("Engineers found a fault in the gearbox"), std::string::npos) << text;
  EXPECT_EQ(text.find("waiting for its last summer crossings"), std::string::npos) << text;
  EXPECT_EQ(text.find("Opinion: why the council"), std::string::npos) << text;
  EXPECT_EQ(text.find("Read next"), std::string::npos) << text;
  // An excerpt with a box of other text (here a long link list) between it
  // and the story is no lead.
  std::string far =
      "<body><div class=\"page\"><div class=\"excerpt\">Opinion: why the council "
      "should stop promising new ferries to the islands.</div><div class=\"box\">";
  for (int i = 0; i < 100; ++i) far += "<a href=\"/t\">Weather, tides and sailing times</a> ";
  far += "</div><div class=\"story\">";
  for (int i = 0; i < 5; ++i) {
    far +=
        "<p>The harbour authority said on Tuesday that the new ferry, delayed twice by engine "
        "trouble, will now start its crossings in June.</p>";
  }
  far += "</div></div></body>";
  const std::string far_text = joined(parse_html_page(far).blocks);
  EXPECT_EQ(far_text.find("Opinion: why the council"), std::string::npos) << far_text;
  EXPECT_NE(far_text.find("harbour authority said"), std::string::npos) << far_text;
  // The lead is not repeated when the story's container holds it already.
  std::string html =
      "<body><article><p class=\"lead\">The mayor opened the bridge on Sunday, two years late "
      "and far over budget.</p><div class=\"text\">";
  for (int i = 0; i < 5; ++i) {
    html +=
        "<p>The bridge, first promised for the spring of 2022, carries two lanes and a cycle "
        "path, and cost the city a third more than planned.</p>";
  }
  html += "</div></article></body>";
  const std::string again = joined(parse_html_page(html).blocks);
  EXPECT_EQ(again.find("The mayor opened the bridge"), again.rfind("The mayor opened the bridge"))
      << again;
  EXPECT_NE(again.find("The mayor opened the bridge"), std::string::npos) << again;
}

TEST(HtmlContentRules, AuthorBoxesAndDisclaimersInsideTheStoryAreLeftOut) {
  // "author-box--content" and "editorial-disclaimer-text" also read as
  // content, yet an author box or a disclaimer is never the story.
  std::string html = "<body><article class=\"post\"><div class=\"entry-content\">";
  for (int i = 0; i < 5; ++i) {
    html +=
        "<p>The lemon cake needs four eggs, a cup of sugar and the zest of two lemons, and it "
        "bakes for forty minutes at a moderate heat.</p>";
  }
  html +=
      "<div class=\"editorial-disclaimer\"><p class=\"editorial-disclaimer-text\">Note: the "
      "advertising disclaimer below does not apply to this article or to any from our "
      "editorial department.</p></div><section class=\"author-box--content\"><p>Hello, I am a "
      "food blogger, cookbook author and journalist, and I have baked since I was a "
      "child.</p></section></div></article></body>";
  const std::string text = joined(parse_html_page(html).blocks);
  EXPECT_NE(text.find("The lemon cake needs four eggs"), std::string::npos) << text;
  EXPECT_EQ(text.find("advertising disclaimer"), std::string::npos) << text;
  EXPECT_EQ(text.find("food blogger"), std::string::npos) << text;
}

}  // namespace
}  // namespace verity::extract
