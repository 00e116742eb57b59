// Who published an article, from its URL or from what the page says about
// itself, and the outlet-name table that maps names to domains.
#include "extract/publisher.h"

#include <gtest/gtest.h>

#include "test_paths.h"
#include "text/outlet_names.h"
#include "verity/extract.h"

namespace verity {
namespace {

Article extract_fixture(const std::string& name, const std::string& url = "") {
  Document document;
  document.content = testing::read_file(testing::fixture_path("publisher/" + name));
  document.origin = name;
  document.url = url;
  Result<Article> article = extract_article(document);
  EXPECT_TRUE(article.ok()) << article.status().to_string();
  return article.ok() ? article.value() : Article();
}

TEST(PublisherDetection, ABadgeNamesTheOutletWithoutAUrl) {
  const Article article = extract_fixture("badge.txt");
  EXPECT_EQ(article.domain, "");
  EXPECT_EQ(article.publisher.method, "badge");
  EXPECT_EQ(article.publisher.name, "The Harbor Truth Community");
  EXPECT_EQ(article.publisher.domain, "") << "not in the table: the store resolves the name";
  EXPECT_DOUBLE_EQ(article.publisher.confidence, 0.75);
  EXPECT_EQ(article.publisher.evidence, "Fact checked by The Harbor Truth Community");
}

TEST(PublisherDetection, ACopyrightLineNamesItsOwner) {
  const Article article = extract_fixture("copyright.txt");
  EXPECT_EQ(article.publisher.method, "copyright");
  EXPECT_EQ(article.publisher.name, "Infowars");
  EXPECT_EQ(article.publisher.domain, "infowars.com");
  EXPECT_GT(article.publisher.confidence, 0.75) << "a copyright line is surer than a badge";
}

TEST(PublisherDetection, AnAuthorBioNamesAKnownOutlet) {
  const Article article = extract_fixture("bio.txt");
  EXPECT_EQ(article.publisher.method, "bio");
  EXPECT_EQ(article.publisher.name, "Natural News");
  EXPECT_EQ(article.publisher.domain, "naturalnews.com");
  ASSERT_FALSE(article.authors.empty());
  EXPECT_EQ(article.authors.front(), "Jane Marlow");
}

TEST(PublisherDetection, AWireDatelineNamesTheWire) {
  const Article article = extract_fixture("dateline.txt");
  EXPECT_EQ(article.publisher.method, "dateline");
  EXPECT_EQ(article.publisher.domain, "reuters.com");
}

TEST(PublisherDetection, TheUrlWinsOverWhatThePageSays) {
  const Article article = extract_fixture("badge.txt", "https://www.harborgazette.com/2016/ferry");
  EXPECT_EQ(article.publisher.method, "url");
  EXPECT_EQ(article.publisher.domain, "harborgazette.com");
  EXPECT_DOUBLE_EQ(article.publisher.confidence, 1.0);
}

TEST(PublisherDetection, NothingIsInventedWhenThePageNamesNoOutlet) {
  const Article article = extract_fixture("nothing.txt");
  EXPECT_FALSE(article.publisher.found());
  EXPECT_EQ(article.publisher.method, "");
}

TEST(PublisherCues, LinesAreReadForTheOutletOnly) {
  EXPECT_EQ(extract::parse_copyright_holder("Copyright © 2014-2018 Natural News, Inc. All rights "
                                            "reserved."),
            "Natural News");
  EXPECT_EQ(extract::parse_copyright_holder("(c) The Harbor Gazette 2016"), "The Harbor Gazette");
  EXPECT_FALSE(extract::parse_copyright_holder("The copyright of the ferry photos is disputed"));
  EXPECT_EQ(extract::parse_badge("Fact-checked by VOA News Staff"), "VOA News Staff");
  EXPECT_FALSE(
      extract::parse_badge("The claim was fact checked by nobody at all in the town hall "
                           "meeting"));
  EXPECT_EQ(extract::parse_originally_published("This article originally appeared on Zero Hedge."),
            "Zero Hedge");
  EXPECT_FALSE(extract::parse_dateline_outlet("Kessling (Reuters) - lower-case places are prose"));
  // A bio names many outlets; only "writer for X" with a known X counts.
  EXPECT_FALSE(extract::parse_bio_outlet(
      "Having cut his teeth in the mainstream media, including stints at the BBC, Sean left."));
  EXPECT_FALSE(extract::parse_bio_outlet("Jane Marlow is a staff writer for The Harbor Truth."));
}

TEST(OutletNames, NamesAndFormerNamesMapToOneOutlet) {
  EXPECT_EQ(text::outlet_name_domain("The People's Voice"), "thepeoplesvoice.tv");
  EXPECT_EQ(text::outlet_name_domain("THE PEOPLES VOICE Community"), "thepeoplesvoice.tv");
  EXPECT_EQ(text::outlet_name_domain("NewsPunch"), "newspunch.com");
  EXPECT_EQ(text::outlet_name_domain("Your News Wire"), "yournewswire.com");
  EXPECT_EQ(text::outlet_name_domain("Voice of America"), "voanews.com");
  EXPECT_EQ(text::outlet_name_domain("VOA News Staff"), "voanews.com");
  EXPECT_EQ(text::outlet_name_domain("Press TV"), "presstv.ir");
  EXPECT_EQ(text::outlet_name_domain("The Harbor Truth"), "");
  const std::vector<std::string_view> former = text::former_domains("thepeoplesvoice.tv");
  ASSERT_EQ(former.size(), 2u);
  EXPECT_EQ(former[0], "newspunch.com");
  EXPECT_EQ(former[1], "yournewswire.com");
  EXPECT_TRUE(text::former_domains("reuters.com").empty());
  EXPECT_EQ(text::outlet_name_key("The People's Voice"), "peoplesvoice");
  // Every entry names where it comes from.
  for (const text::OutletNameEntry& entry : text::outlet_name_entries())
    EXPECT_FALSE(entry.source.empty()) << entry.name;
  EXPECT_GT(text::outlet_name_entries().size(), 50u);
}

}  // namespace
}  // namespace verity
