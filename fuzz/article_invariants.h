// What every extracted Article must satisfy, whatever bytes it came from.
#ifndef VERITY_FUZZ_ARTICLE_INVARIANTS_H_
#define VERITY_FUZZ_ARTICLE_INVARIANTS_H_

#include <algorithm>
#include <string>

#include "fuzz_support.h"
#include "verity/article.h"
#include "verity/extract.h"
#include "verity/status.h"

namespace verity::fuzz {

// All text out is valid UTF-8; there is a title or a paragraph, and no
// paragraph is empty; the body is the paragraphs joined by blank lines.
inline void check_article(const Article& article) {
  FUZZ_REQUIRE(valid_utf8(article.title), "title: " + article.title);
  // A page with only a title is an article (extract.cc): not both empty.
  FUZZ_REQUIRE(!article.paragraphs.empty() || !article.title.empty(),
               "an extracted article with neither paragraphs nor title");
  std::size_t body_size = 0;
  for (const std::string& paragraph : article.paragraphs) {
    FUZZ_REQUIRE(!paragraph.empty(), "empty paragraph");
    FUZZ_REQUIRE(valid_utf8(paragraph), "paragraph: " + paragraph);
    body_size += paragraph.size() + 2;
  }
  FUZZ_REQUIRE(article.body().size() + 2 == std::max<std::size_t>(body_size, 2),
               "body is not the joined paragraphs");
  for (const std::string& author : article.authors)
    FUZZ_REQUIRE(valid_utf8(author), "author: " + author);
  for (const std::string& source : article.cited_sources)
    FUZZ_REQUIRE(valid_utf8(source) && !source.empty(), "cited source: " + source);
  for (const RemovedLine& line : article.removed) {
    FUZZ_REQUIRE(valid_utf8(line.text), "removed line: " + line.text);
    FUZZ_REQUIRE(!line.reason.empty(), "removed line without a reason: " + line.text);
  }
  if (article.date) FUZZ_REQUIRE(valid_utf8(*article.date), "date: " + *article.date);
  FUZZ_REQUIRE(valid_utf8(article.domain), "domain: " + article.domain);
}

// Extraction refuses a document only as documented: kUnreadable or
// kTooLarge, with a message.
inline void check_refusal(const Status& status) {
  FUZZ_REQUIRE(status.code() == StatusCode::kUnreadable || status.code() == StatusCode::kTooLarge,
               "undocumented failure: " + status.to_string());
  FUZZ_REQUIRE(!status.message().empty(), "a failure without a message");
}

// Extraction either gives an article that passes check_article or refuses.
inline void check_extraction(const Result<Article>& result) {
  if (result.ok()) {
    check_article(result.value());
  } else {
    check_refusal(result.status());
  }
}

}  // namespace verity::fuzz

#endif  // VERITY_FUZZ_ARTICLE_INVARIANTS_H_
