// Metadata rules one source at a time, on small inline pages.
#include "extract/html_metadata.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/html_page.h"

namespace verity::extract {
namespace {

TEST(HtmlMetadata, OpenGraphBeatsTwitterAndTitle) {
  const HtmlPage page = parse_html_page(
      "<head><title>Page title | Site</title>"
      "<meta name=\"twitter:title\" content=\"Twitter title\">"
      "<meta property=\"og:title\" content=\"OG title\"></head>");
  EXPECT_EQ(page.title, "OG title");
}

TEST(HtmlMetadata, TwitterTitleBeatsTitleTag) {
  const HtmlPage page = parse_html_page(
      "<head><title>Page title</title><meta name=\"twitter:title\" content=\"Twitter title\">");
  EXPECT_EQ(page.title, "Twitter title");
}

TEST(HtmlMetadata, SiteNameIsCutFromOpenGraphTitle) {
  const HtmlPage page = parse_html_page(
      "<meta property=\"og:title\" content=\"Dam opens early - Valley Times\">"
      "<meta property=\"og:site_name\" content=\"Valley Times\">");
  EXPECT_EQ(page.title, "Dam opens early");
  EXPECT_EQ(page.site_name, "Valley Times");
}

TEST(HtmlMetadata, DateSourcesInOrder) {
  EXPECT_EQ(parse_html_page("<meta name=\"pubdate\" content=\"2020-01-02\">"
                            "<meta property=\"article:published_time\" content=\"2020-01-01\">")
                .date,
            "2020-01-01");
  EXPECT_EQ(parse_html_page("<meta name=\"dc.date\" content=\"2020-02-03\">").date, "2020-02-03");
  EXPECT_EQ(parse_html_page("<body><time itemprop=\"datePublished\" datetime=\"2020-03-04\">"
                            "March 4</time></body>")
                .date,
            "2020-03-04");
}

TEST(HtmlMetadata, UrlPrefersOpenGraphThenCanonicalAndAbsoluteUrls) {
  EXPECT_EQ(parse_html_page("<link rel=\"canonical\" href=\"https://a.example/c\">"
                            "<meta property=\"og:url\" content=\"https://a.example/og\">")
                .url,
            "https://a.example/og");
  EXPECT_EQ(parse_html_page("<meta property=\"og:url\" content=\"/relative\">"
                            "<link rel=\"Canonical\" href=\"https://a.example/c\">")
                .url,
            "https://a.example/c");
}

TEST(HtmlMetadata, DescriptionSources) {
  EXPECT_EQ(parse_html_page("<meta name=\"description\" content=\"plain\">"
                            "<meta property=\"og:description\" content=\"og\">")
                .description,
            "og");
  EXPECT_EQ(
      parse_html_page("<meta name=\"description\" content=\" plain\xC2\xA0 text \">").description,
      "plain text");
}

TEST(HtmlMetadata, JsonLdArrayAndAuthorForms) {
  const HtmlPage page = parse_html_page(
      "<script type=\"application/ld+json\">[{\"@type\": \"Organization\", \"name\": \"Org\"},"
      "{\"@type\": \"ReportageNewsArticle\", \"headline\": \"Field report\","
      " \"author\": \"By Ana Ruiz\", \"publisher\": {\"name\": \"Wire\"},"
      " \"mainEntityOfPage\": \"https://w.example/r\"}]</script>"
      "<meta property=\"og:title\" content=\"Other\">");
  EXPECT_EQ(page.title, "Field report");
  EXPECT_EQ(page.authors, std::vector<std::string>{"Ana Ruiz"});
  EXPECT_EQ(page.site_name, "Wire");
  EXPECT_EQ(page.url, "https://w.example/r");
}

TEST(HtmlMetadata, BrokenJsonLdFallsBackToMetaTags) {
  const HtmlPage page = parse_html_page(
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": 42,"
      " \"headline\": [\"not a string\"]}</script>"
      "<meta property=\"og:title\" content=\"Meta title\">"
      "<meta name=\"author\" content=\"Lee Chan\">");
  EXPECT_EQ(page.title, "Meta title");
  EXPECT_EQ(page.authors, std::vector<std::string>{"Lee Chan"});
}

TEST(HtmlMetadata, CleanAuthors) {
  EXPECT_EQ(clean_authors({"By  Jane Roe", "jane roe", "https://x.example/jane", "www.x.example",
                           "facebook.com/jroe", "BY: John Doe", "", "  "}),
            (std::vector<std::string>{"Jane Roe", "John Doe"}));
}

TEST(HtmlMetadata, StripSiteFromTitle) {
  EXPECT_EQ(strip_site_from_title("Headline here | The Example Post", "The Example Post", false),
            "Headline here");
  EXPECT_EQ(strip_site_from_title("The Example Post | Headline here", "the example post", false),
            "Headline here");
  // A short tail goes from <title> only.
  EXPECT_EQ(strip_site_from_title("Storm hits the coast overnight - Local News", "", true),
            "Storm hits the coast overnight");
  EXPECT_EQ(strip_site_from_title("Storm hits the coast overnight - Local News", "", false),
            "Storm hits the coast overnight - Local News");
  // A tail longer than the head is part of the headline.
  EXPECT_EQ(strip_site_from_title("Q&A - What the new tax rules mean", "", true),
            "Q&A - What the new tax rules mean");
  EXPECT_EQ(strip_site_from_title("No separator at all", "Site", true), "No separator at all");
}

}  // namespace
}  // namespace verity::extract
