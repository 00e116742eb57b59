// Headings that open a related-links section end the story in the languages
// news pages come in most often, not only in English.
#include <gtest/gtest.h>

#include <string>

#include "extract/chrome_rules.h"
#include "test_paths.h"
#include "verity/extract.h"

namespace verity::extract {
namespace {

TEST(RelatedHeadings, HeadingsInOtherLanguagesEndTheStory) {
  for (const char* heading :
       {"Weitere Themen", "Das könnte Sie auch interessieren", "Noticias relacionadas",
        "Le puede interesar", "Sur le même sujet", "Related Coverage"}) {
    EXPECT_TRUE(is_end_marker(heading)) << heading;
    EXPECT_EQ(chrome_reason(heading), reason::kRelated) << heading;
  }
  // "Mehr zum Thema" often heads the story's own last paragraph: the line
  // goes, the text below it stays.
  EXPECT_EQ(chrome_reason("Mehr zum Thema"), reason::kRelated);
  EXPECT_FALSE(is_end_marker("Mehr zum Thema"));
  EXPECT_EQ(chrome_reason("Lesen Sie auch: Wie die Stadt ihre Parkhäuser modernisiert"),
            reason::kRelated);
  EXPECT_FALSE(chrome_reason("Der Stadtrat hat am Dienstag beschlossen").has_value());
}

TEST(RelatedHeadings, TeasersBelowAGermanRelatedHeadingLeaveThePage) {
  Document document;
  document.content = testing::read_fixture("html/related_heading_de.html");
  document.kind = ContentKind::kHtml;
  const Result<Article> article = extract_article(document);
  ASSERT_TRUE(article.ok()) << article.status().to_string();
  const std::string body = article.value().body();
  EXPECT_NE(body.find("Der Stadtrat hat am Dienstag"), std::string::npos) << body;
  EXPECT_NE(body.find("unter dem Beifall der Zuhörer"), std::string::npos) << body;
  EXPECT_EQ(body.find("Brücke am Hafen"), std::string::npos) << body;
  EXPECT_EQ(body.find("Lesen Sie auch"), std::string::npos) << body;
  bool reasoned = false;
  for (const RemovedLine& line : article.value().removed) {
    if (line.text.starts_with("Neue Grundschule")) reasoned = line.reason == reason::kAfterEnd;
  }
  EXPECT_TRUE(reasoned) << "each removed line keeps its reason";
}

}  // namespace
}  // namespace verity::extract
