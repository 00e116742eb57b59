// parse_html_page on pages built to hurt a parser: deep nesting, huge
// numbers of paragraphs or attributes. They must not crash and must stay fast.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "extract/html_bound.h"
#include "extract/html_page.h"

namespace verity::extract {
namespace {

using Clock = std::chrono::steady_clock;

// Each page here takes well under 2 s in a release build. The bound is
// looser so sanitizer builds and a busy machine pass too; quadratic behaviour
// (gumbo alone needs ~14 s for 100,000 unbounded nested <div>s) still fails.
constexpr double kTimeLimitSeconds = 5.0;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

TEST(HtmlAdversarial, HundredThousandNestedDivs) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>The only sentence on this page, deep inside, still comes out.</p>";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "</body></html>";
  const auto start = Clock::now();
  const HtmlPage page = parse_html_page(html);
  EXPECT_LT(seconds_since(start), kTimeLimitSeconds);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text, "The only sentence on this page, deep inside, still comes out.");
}

TEST(HtmlAdversarial, HundredThousandUnclosedNestedTags) {
  std::string html = "<body>";
  for (int i = 0; i < 50000; ++i) html += "<div><span><section><b>";
  html += "text at the bottom";
  const auto start = Clock::now();
  const HtmlPage page = parse_html_page(html);
  EXPECT_LT(seconds_since(start), kTimeLimitSeconds);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text, "text at the bottom");
}

TEST(HtmlAdversarial, TwoHundredThousandParagraphs) {
  std::string html = "<html><body><article>";
  for (int i = 0; i < 200000; ++i) {
    html += "<p>Line " + std::to_string(i) + ", says little.</p>";
  }
  html += "</article></body></html>";
  const auto start = Clock::now();
  const HtmlPage page = parse_html_page(html);
  EXPECT_LT(seconds_since(start), kTimeLimitSeconds);
  ASSERT_EQ(page.blocks.size(), 200000u);
  EXPECT_EQ(page.blocks.front().text, "Line 0, says little.");
  EXPECT_EQ(page.blocks.back().text, "Line 199999, says little.");
}

TEST(HtmlAdversarial, HundredThousandAttributesOnOneTag) {
  std::string html = "<body><p ";
  for (int i = 0; i < 100000; ++i) html += "data-a" + std::to_string(i) + "=\"x>y\" ";
  html += ">still readable</p></body>";
  const auto start = Clock::now();
  const HtmlPage page = parse_html_page(html);
  EXPECT_LT(seconds_since(start), kTimeLimitSeconds);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text, "still readable");
}

TEST(HtmlAdversarial, DeeplyNestedJsonLdIsIgnored) {
  std::string html = "<head><script type=\"application/ld+json\">";
  for (int i = 0; i < 100000; ++i) html += "[";
  html += "</script><title>Plain title</title></head><body><p>Body text.</p></body>";
  const HtmlPage page = parse_html_page(html);
  EXPECT_EQ(page.title, "Plain title");
}

TEST(HtmlBound, LeavesOrdinaryPagesAlone) {
  std::string out;
  EXPECT_FALSE(bound_html("<div><p>a<p>b<br/><img src=x></div>", HtmlBounds{}, out));
  EXPECT_TRUE(out.empty());
}

TEST(HtmlBound, DropsTagsPastTheNestingBoundAndTheirEndTags) {
  HtmlBounds bounds;
  bounds.max_nesting = 2;
  std::string out;
  ASSERT_TRUE(bound_html("<div><div><div><div>x</div></div></div></div>", bounds, out));
  EXPECT_EQ(out, "<div><div>x</div></div>");
}

TEST(HtmlBound, DropsAttributesPastTheBound) {
  HtmlBounds bounds;
  bounds.max_attributes_per_tag = 2;
  std::string out;
  ASSERT_TRUE(bound_html("<p a=1 b='>' c d=4>t</p>", bounds, out));
  EXPECT_EQ(out, "<p a=1 b='>'>t</p>");
}

TEST(HtmlBound, IgnoresTagsInsideScriptsAndComments) {
  HtmlBounds bounds;
  bounds.max_nesting = 1;
  std::string out;
  EXPECT_FALSE(
      bound_html("<div><script>'<div><div>'</script><!-- <div><div> --></div>", bounds, out));
}

}  // namespace
}  // namespace verity::extract
