// Decisions of the second round of extraction work (issue 19), each on a
// small page we wrote: where a story goes on past a box inside it.
#include <gtest/gtest.h>

#include <string>

#include "extract/chrome_rules.h"
#include "extract/cleaner.h"
#include "test_paths.h"
#include "verity/extract.h"

namespace verity::extract {
namespace {

std::string reason_for(const CleanedText& cleaned, const std::string& text_start) {
  for (const RemovedLine& line : cleaned.removed) {
    if (line.text.starts_with(text_start)) return line.reason;
  }
  return "(kept)";
}

std::string joined(const CleanedText& cleaned) {
  std::string body;
  for (const std::string& paragraph : cleaned.paragraphs) body += paragraph + "\n";
  for (const RemovedLine& line : cleaned.removed)
    body += "  removed (" + line.reason + "): " + line.text + "\n";
  return body;
}

// A "Most Read" header between two sections of a story, its list left out
// by the content finder, is followed by paragraphs of the story: the header
// goes, the story below it stays. The same header at the real end, above a
// list of headlines, still ends the story.
TEST(StoryContinuation, RecommendationsHeaderInMidArticleDoesNotEndTheStory) {
  const CleanedText cleaned = clean_blocks(
      split_text_blocks(testing::read_fixture("articles/mid_article_box.txt")), CleanHints{});
  const std::string all = joined(cleaned);
  std::string body;
  for (const std::string& paragraph : cleaned.paragraphs) body += paragraph + "\n";
  EXPECT_NE(body.find("The regional depot blamed"), std::string::npos) << all;
  EXPECT_NE(body.find("The clinic serves about 12,000 people"), std::string::npos) << all;
  EXPECT_EQ(body.find("Most Read"), std::string::npos) << all;
  EXPECT_EQ(reason_for(cleaned, "Council approves new bus lanes"), reason::kAfterEnd) << all;
  EXPECT_EQ(reason_for(cleaned, "Five things to do"), reason::kAfterEnd) << all;
}

// A comments header followed by prose still ends the story: comments read
// like paragraphs too.
TEST(StoryContinuation, CommentsHeaderFollowedByProseStillEndsTheStory) {
  const std::string page =
      "Riverside Clinic Runs Short of Insulin as Deliveries Stall\n\n"
      "The Riverside community clinic has run short of insulin for the third week in a row, its "
      "director said on Monday, after two deliveries from the regional depot failed to arrive.\n\n"
      "Staff have rationed the remaining vials, giving priority to children and to patients who "
      "were admitted in the past month, according to the director, Samuel Ortega.\n\n"
      "\"We are making choices no clinic should have to make,\" Ortega said, standing in a waiting "
      "room where dozens of patients had gathered since dawn on Monday morning.\n\n"
      "Leave a Reply\n\n"
      "This is a disgrace and the depot should have planned for the floods months ago.\n\n"
      "My mother waited there all week and nobody could tell her anything about it.\n\n"
      "The government keeps promising trucks and they never come, every single time.\n";
  const CleanedText cleaned = clean_blocks(split_text_blocks(page), CleanHints{});
  EXPECT_EQ(reason_for(cleaned, "This is a disgrace"), reason::kAfterEnd) << joined(cleaned);
  EXPECT_EQ(reason_for(cleaned, "The government keeps"), reason::kAfterEnd) << joined(cleaned);
}

// A story whose wrapper's class reads as chrome ("nav-drawer") is found on
// the second read, without the class hints; disclaimers, disclosures,
// comments and author boxes stay out on that read too.
TEST(StoryContinuation, SecondReadWithoutClassHintsStillLeavesOutDisclosures) {
  Document document;
  document.content = testing::read_fixture("html/unhinted_disclosure.html");
  document.kind = ContentKind::kHtml;
  const Result<Article> article = extract_article(document);
  ASSERT_TRUE(article.ok()) << article.status().to_string();
  const std::string body = article.value().body();
  EXPECT_NE(body.find("add three daily flights"), std::string::npos) << body;
  EXPECT_NE(body.find("about 2,000 seats a week"), std::string::npos) << body;
  EXPECT_EQ(body.find("references to products"), std::string::npos) << body;
  EXPECT_EQ(body.find("not provided or commissioned"), std::string::npos) << body;
}

// Photo credits and copyright lines set in their own element ("credits",
// "post-image-credits", "copyright"), even inside a paragraph of the story
// or a box whose class also reads as content, stay out of the body.
TEST(StoryContinuation, CreditAndCopyrightElementsStayOut) {
  Document document;
  document.content = testing::read_fixture("html/inline_credits.html");
  document.kind = ContentKind::kHtml;
  const Result<Article> article = extract_article(document);
  ASSERT_TRUE(article.ok()) << article.status().to_string();
  const std::string body = article.value().body();
  EXPECT_NE(body.find("recalled on Friday the first session"), std::string::npos) << body;
  EXPECT_NE(body.find("read the minutes of those sessions"), std::string::npos) << body;
  EXPECT_EQ(body.find("Hector Vidal"), std::string::npos) << body;
  EXPECT_EQ(body.find("Karl Moser"), std::string::npos) << body;
  EXPECT_EQ(body.find("Anna Berg"), std::string::npos) << body;
}

// Boxes set inside the story's container that are not the story: fact boxes,
// info boxes, teasers of other stories, audio players, calls to action,
// download lists and appendices (citation boxes).
// Their class says so; the story's paragraphs around them stay.
TEST(StoryContinuation, FactBoxesTeasersAndCallsToActionInsideTheStoryStayOut) {
  Document document;
  document.content = testing::read_fixture("html/boxes_in_story.html");
  document.kind = ContentKind::kHtml;
  const Result<Article> article = extract_article(document);
  ASSERT_TRUE(article.ok()) << article.status().to_string();
  const std::string body = article.value().body();
  EXPECT_NE(body.find("would rather start lessons an hour later"), std::string::npos) << body;
  EXPECT_NE(body.find("felt tired during the first lesson"), std::string::npos) << body;
  EXPECT_NE(body.find("change bus timetables"), std::string::npos) << body;
  for (const char* chrome :
       {"Listen to this article", "As many as 12,000", "More on schools", "divides teachers",
        "We want to hear", "Further information", "Survey results (PDF", "Cite as"}) {
    EXPECT_EQ(body.find(chrome), std::string::npos) << chrome << "\n" << body;
  }
}

// A page that renders its story from a script: the markup holds a caption,
// the JSON-LD articleBody the story. The articleBody, many times longer,
// becomes the body, a paragraph a line.
TEST(StoryContinuation, JsonLdArticleBodyStandsInForAStoryTheMarkupLacks) {
  Document document;
  document.content = testing::read_fixture("html/jsonld_body_only.html");
  document.kind = ContentKind::kHtml;
  const Result<Article> article = extract_article(document);
  ASSERT_TRUE(article.ok()) << article.status().to_string();
  const std::string body = article.value().body();
  EXPECT_NE(body.find("container traffic through the harbor fell"), std::string::npos) << body;
  EXPECT_NE(body.find("further stoppages"), std::string::npos) << body;
  EXPECT_EQ(article.value().paragraphs.size(), 6u) << body;
}

// When the markup holds the story, it wins over a shorter articleBody (a
// summary), and an articleBody holding markup is never read.
TEST(StoryContinuation, MarkupStoryWinsOverAShortOrMarkedUpArticleBody) {
  std::string page = testing::read_fixture("html/jsonld_body_only.html");
  const std::size_t caption = page.find("<p>Cranes stand idle");
  ASSERT_NE(caption, std::string::npos);
  page.insert(caption,
              "<p>Harbor traffic fell sharply in the first quarter of the year, the port authority "
              "said, after repairs closed two berths and crane operators went on strike for most "
              "of February, leaving ships at anchor for days outside the breakwater.</p>"
              "<p>The authority expects a recovery once the berths reopen in June, its director "
              "said, while unions and employers prepare to resume talks next week over pay and "
              "night shifts, with more stoppages possible if no deal is reached by the month's "
              "end.</p>");
  Document document;
  document.content = page;
  document.kind = ContentKind::kHtml;
  Result<Article> article = extract_article(document);
  ASSERT_TRUE(article.ok()) << article.status().to_string();
  EXPECT_NE(article.value().body().find("Harbor traffic fell sharply"), std::string::npos)
      << article.value().body();
  EXPECT_EQ(article.value().body().find("Lena Park"), std::string::npos) << article.value().body();

  std::string marked_up = testing::read_fixture("html/jsonld_body_only.html");
  const std::size_t start = marked_up.find("The port authority said on Monday");
  ASSERT_NE(start, std::string::npos);
  marked_up.insert(start, "<p>");
  document.content = marked_up;
  article = extract_article(document);
  ASSERT_TRUE(article.ok()) << article.status().to_string();
  EXPECT_EQ(article.value().body().find("Lena Park"), std::string::npos) << article.value().body();
}

// An endless-scroll page: the page's own story first, the next one (longer)
// below it in an <article> of the same class. The first one is the story.
TEST(StoryContinuation, EndlessScrollPageKeepsItsOwnStoryNotTheNextOne) {
  Document document;
  document.content = testing::read_fixture("html/endless_scroll.html");
  document.kind = ContentKind::kHtml;
  const Result<Article> article = extract_article(document);
  ASSERT_TRUE(article.ok()) << article.status().to_string();
  const std::string body = article.value().body();
  EXPECT_NE(body.find("oldest bakery will close"), std::string::npos) << body;
  EXPECT_NE(body.find("wanted only the building"), std::string::npos) << body;
  EXPECT_EQ(body.find("40,000 trees"), std::string::npos) << body;
}

}  // namespace
}  // namespace verity::extract
