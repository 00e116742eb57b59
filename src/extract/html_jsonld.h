// Article metadata from schema.org JSON-LD (<script type="application/ld+json">),
// the most deliberate metadata a news page carries.
#ifndef VERITY_EXTRACT_HTML_JSONLD_H_
#define VERITY_EXTRACT_HTML_JSONLD_H_

#include <string>
#include <string_view>
#include <vector>

namespace verity::extract {

struct JsonLdArticle {
  std::string headline;              // headline, else name
  std::vector<std::string> authors;  // author: a name, {name}, or a list of those
  std::string date;                  // datePublished, else dateCreated
  std::string url;                   // url, else mainEntityOfPage (a URL or {@id})
  std::string publisher;             // publisher.name
  std::string description;
  // articleBody as paragraphs (split at its line breaks); empty when absent
  // or when it holds markup rather than text.
  std::vector<std::string> body;
};

// Looks for the first object in `script` whose @type is an article type
// (NewsArticle, Article, ReportageNewsArticle, BlogPosting and the other
// *Article / *BlogPosting types): the top-level value, an element of a
// top-level array, or an element of an @graph. Fills `article` and returns
// true when one is found. Never throws: malformed JSON is ignored. Strings
// come back with whitespace collapsed and HTML entities decoded (pages often
// escape their JSON-LD as if it were HTML).
bool find_jsonld_article(std::string_view script, JsonLdArticle& article);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_HTML_JSONLD_H_
