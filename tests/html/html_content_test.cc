// Content selection on small inline pages: scoring, fallback and cleaning.
#include <gtest/gtest.h>

#include <string>

#include "extract/html_page.h"

namespace verity::extract {
namespace {

std::string joined(const Blocks& blocks) {
  std::string text;
  for (const Block& block : blocks) text += block.text + "\n";
  return text;
}

TEST(HtmlContent, ShortPageFallsBackToAllVisibleText) {
  const HtmlPage page = parse_html_page(
      "<body><nav><a href=/>Home</a></nav><h1>Notice</h1><p>The pool is closed today.</p>"
      "<p>It opens again on Friday.</p><footer>Copyright 2024</footer></body>");
  EXPECT_EQ(joined(page.blocks), "Notice\nThe pool is closed today.\nIt opens again on Friday.\n");
  ASSERT_EQ(page.blocks.size(), 3u);
  EXPECT_EQ(page.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(page.blocks[1].kind, BlockKind::kParagraph);
}

TEST(HtmlContent, WhitespaceAndEntitiesAreNormalizedToOneLine) {
  const HtmlPage page = parse_html_page(
      "<p>  Fish &amp; chips\n\t cost&nbsp;&nbsp;\xC2\xA0 \xE2\x82\xAC"
      "5. </p>");
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text,
            "Fish & chips cost \xE2\x82\xAC"
            "5.");
}

TEST(HtmlContent, InlineMarkupDoesNotSplitParagraphs) {
  const HtmlPage page = parse_html_page(
      "<p>A <b>bold</b>, <a href=x>linked</a> and <span>spanned</span> sentence.</p>");
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text, "A bold, linked and spanned sentence.");
}

TEST(HtmlContent, HiddenElementsAndRolesAreSkipped) {
  const HtmlPage page = parse_html_page(
      "<p>Visible text.</p><p hidden>Hidden one.</p><p style=\"display: none\">Hidden two.</p>"
      "<div role=\"navigation\">Menu text</div><div aria-hidden=\"true\">Hidden three.</div>");
  EXPECT_EQ(joined(page.blocks), "Visible text.\n");
}

TEST(HtmlContent, LinkListsInsideTheStoryAreDropped) {
  std::string html = "<body><div class=\"story\">";
  for (int i = 0; i < 5; ++i) {
    html +=
        "<p>Officials said on Monday that the bridge, closed since the spring floods, would "
        "reopen to traffic, pedestrians and cyclists within weeks.</p>";
  }
  html +=
      "<ul><li><a href=1>More about the bridge</a></li><li><a href=2>Flood map</a></li></ul>"
      "<p><a href=3>Read next: the dam</a></p></div>"
      "<div class=\"promo\"><p>Subscribe now, and get the first month free, with no "
      "commitment, cancel at any time, really.</p></div></body>";
  const HtmlPage page = parse_html_page(html);
  const std::string text = joined(page.blocks);
  EXPECT_EQ(page.blocks.size(), 6u) << text;
  EXPECT_EQ(text.find("More about the bridge"), std::string::npos) << text;
  EXPECT_EQ(text.find("Subscribe now"), std::string::npos) << text;
}

TEST(HtmlContent, SiblingParagraphsOfTheWinnerJoinIt) {
  std::string html = "<body><div id=\"wrap\"><div class=\"part\">";
  for (int i = 0; i < 4; ++i) {
    html += "<p>First part of the report, with details, figures, and names, in full.</p>";
  }
  html += "</div><div class=\"ad-slot\"><p>Buy shoes now.</p></div><div class=\"part\">";
  for (int i = 0; i < 3; ++i) {
    html += "<p>Second part of the report, also with details, figures, names.</p>";
  }
  html +=
      "</div><p>A closing paragraph that stands alone but reads like prose, so it belongs to "
      "the story as well.</p></div><div>Unrelated footer-ish text</div></body>";
  const HtmlPage page = parse_html_page(html);
  const std::string text = joined(page.blocks);
  EXPECT_EQ(page.blocks.size(), 8u) << text;
  EXPECT_NE(text.find("Second part"), std::string::npos) << text;
  EXPECT_NE(text.find("A closing paragraph"), std::string::npos) << text;
  EXPECT_EQ(text.find("Buy shoes"), std::string::npos) << text;
  EXPECT_EQ(text.find("Unrelated"), std::string::npos) << text;
}

TEST(HtmlContent, PreformattedTextKeepsItsLines) {
  const HtmlPage page = parse_html_page("<pre>line one\n  line two\n\nline three</pre>");
  EXPECT_EQ(joined(page.blocks), "line one\nline two\nline three\n");
}

TEST(HtmlContent, ListItemsAndTableCaptions) {
  const HtmlPage page = parse_html_page(
      "<ul><li>First item</li><li><p>Second item</p></li></ul>"
      "<table><caption>Vote totals</caption><tr><td>Yes</td><td>7</td></tr></table>");
  ASSERT_EQ(page.blocks.size(), 5u) << joined(page.blocks);
  EXPECT_EQ(page.blocks[0].kind, BlockKind::kListItem);
  EXPECT_EQ(page.blocks[1].kind, BlockKind::kListItem);
  EXPECT_EQ(page.blocks[2].kind, BlockKind::kCaption);
  EXPECT_EQ(page.blocks[2].text, "Vote totals");
}

}  // namespace
}  // namespace verity::extract
