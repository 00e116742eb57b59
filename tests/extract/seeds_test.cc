// The two canonical raw inputs in ../shared/seeds: the same story from a
// fabrication site and from VOA. Skipped when the seeds are absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "test_paths.h"
#include "text/line_text.h"
#include "text/text.h"
#include "verity/extract.h"

namespace verity {
namespace {

constexpr const char* kFabricated = "seeds/000_60bca45610b05f11.txt";
constexpr const char* kVoa = "seeds/003_f90124d54aacf578.txt";

Article extract_seed(const std::string& relative) {
  Document document;
  document.content = testing::read_file(testing::shared_path(relative));
  document.origin = relative;
  Result<Article> article = extract_article(document);
  EXPECT_TRUE(article.ok()) << article.status().to_string();
  return article.ok() ? article.value() : Article();
}

bool has_line(const std::vector<std::string>& lines, std::string_view needle) {
  return std::any_of(lines.begin(), lines.end(), [&](const std::string& line) {
    return line.find(needle) != std::string::npos;
  });
}

TEST(SeedsTest, VoaReportStartsWithTheStoryAndLosesTheChrome) {
  VERITY_REQUIRE_SHARED(kVoa);
  const Article article = extract_seed(kVoa);
  EXPECT_EQ(article.title, "Obama, Putin Discuss World Hot Spots in Phone Call");
  ASSERT_FALSE(article.paragraphs.empty());
  EXPECT_TRUE(article.body().starts_with("U.S. President Barack Obama spoke by telephone"))
      << article.body();
  EXPECT_EQ(article.paragraphs.size(), 6u) << article.body();
  const std::string body = article.body();
  for (const char* chrome : {"Accessibility links", "Breaking News", "FILE -", "16x9", "VOA News",
                             "The Voice of America provides", "XS", "\nSM", "\nMD", "\nLG"}) {
    EXPECT_EQ(body.find(chrome), std::string::npos) << chrome;
  }
  EXPECT_TRUE(article.body().ends_with("the Nagorno-Karabakh region in Azerbaijan."));
}

TEST(SeedsTest, FabricatedStoryKeepsEveryParagraphAndDropsBadgeBioAndJunk) {
  VERITY_REQUIRE_SHARED(kFabricated);
  const std::string raw = normalize_text(testing::read_file(testing::shared_path(kFabricated)));
  const Article article = extract_seed(kFabricated);
  EXPECT_EQ(article.title, "Obama Has Emergency Talks With Putin About Escalating Tension");
  EXPECT_EQ(article.authors, std::vector<std::string>{"Sean Adl-Tabatabai"});
  EXPECT_NE(std::find(article.cited_sources.begin(), article.cited_sources.end(), "presstv.ir"),
            article.cited_sources.end());

  // Every line of the story between the badge and the author's name is kept, in order.
  const std::size_t story_begin = raw.find("Putin and Obama hold secret");
  const std::size_t story_end = raw.find("Sean Adl-Tabatabai\n");
  ASSERT_NE(story_begin, std::string::npos);
  ASSERT_NE(story_end, std::string::npos);
  std::vector<std::string> expected;
  std::size_t start = story_begin;
  while (start < story_end) {
    std::size_t end = std::min(raw.find('\n', start), story_end);
    const std::string line(text::trim(std::string_view(raw).substr(start, end - start)));
    if (!line.empty()) expected.push_back(line);
    start = end + 1;
  }
  EXPECT_EQ(article.paragraphs, expected);

  EXPECT_FALSE(has_line(article.paragraphs, "Fact checked by"));
  EXPECT_FALSE(has_line(article.paragraphs, "17785 Articles"));
  EXPECT_FALSE(has_line(article.paragraphs, "Having cut his teeth"));
  EXPECT_FALSE(has_line(article.paragraphs, "Knight of Joseon"));
  EXPECT_FALSE(has_line(article.paragraphs, "joseon.com"));
  EXPECT_EQ(std::find(article.cited_sources.begin(), article.cited_sources.end(), "joseon.com"),
            article.cited_sources.end());
}

}  // namespace
}  // namespace verity
