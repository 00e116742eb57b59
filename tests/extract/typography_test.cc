// ExtractOptions::keep_typography: `verity extract` shows a page's story as
// the page wrote it (curly quotes, dashes, ellipses), while the Article that
// the model, claims and evidence read keeps the folded text, and the same
// lines are kept and dropped either way.
#include <gtest/gtest.h>

#include <string>

#include "test_paths.h"
#include "verity/extract.h"

namespace verity {
namespace {

Article extract_typography_page(bool keep_typography) {
  Document document;
  document.content = testing::read_fixture("html/typography.html");
  document.kind = ContentKind::kHtml;
  ExtractOptions options;
  options.keep_typography = keep_typography;
  Result<Article> article = extract_article(document, options);
  EXPECT_TRUE(article.ok()) << article.status().to_string();
  return article.ok() ? article.value() : Article{};
}

TEST(ExtractTypography, TheStoryIsShownAsThePageWroteIt) {
  const Article written = extract_typography_page(true);
  const std::string body = written.body();
  EXPECT_NE(body.find("the bridge \u201Cwill reopen in May \u2014 not a day later,\u201D"),
            std::string::npos)
      << body;
  EXPECT_NE(body.find("worse shape than expected\u2026 and"), std::string::npos) << body;
  EXPECT_NE(body.find("a vote of 7\u20132"), std::string::npos) << body;
  EXPECT_NE(body.find("they\u2019d believe it"), std::string::npos) << body;
  EXPECT_EQ(written.title, "The mayor\u2019s \u201Clast word\u201D on the bridge");
}

TEST(ExtractTypography, TheRulesDecideOnTheFoldedTextAndTheDefaultStaysFolded) {
  const Article written = extract_typography_page(true);
  const Article folded = extract_typography_page(false);
  EXPECT_EQ(folded.title, "The mayor's \"last word\" on the bridge");
  EXPECT_NE(folded.body().find("the bridge \"will reopen in May - not a day later,\""),
            std::string::npos)
      << folded.body();
  EXPECT_NE(folded.body().find("expected... and"), std::string::npos) << folded.body();
  // The same paragraphs, and the same lines removed for the same reasons.
  ASSERT_EQ(written.paragraphs.size(), folded.paragraphs.size());
  ASSERT_EQ(written.paragraphs.size(), 3u) << written.body();
  ASSERT_EQ(written.removed.size(), folded.removed.size());
  for (std::size_t i = 0; i < written.removed.size(); ++i)
    EXPECT_EQ(written.removed[i].reason, folded.removed[i].reason) << written.removed[i].text;
  bool share_removed = false;
  for (const RemovedLine& line : written.removed)
    share_removed |= line.text == "Share this article";
  EXPECT_TRUE(share_removed);
}

}  // namespace
}  // namespace verity
