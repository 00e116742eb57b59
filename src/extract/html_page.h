// Parses an HTML page with gumbo into its metadata and the blocks of its main
// content, chosen by readability-style content scoring (text density, commas,
// paragraph count, link density, class and id hints) rather than by any
// site-specific rule.
#ifndef VERITY_EXTRACT_HTML_PAGE_H_
#define VERITY_EXTRACT_HTML_PAGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/blocks.h"

namespace verity::extract {

struct HtmlPage {
  // Metadata, best source first: JSON-LD NewsArticle (headline, author,
  // datePublished, url), then Open Graph / article:* / name= meta tags, then
  // <title>. Empty when the page has none. Strings are valid UTF-8 with
  // entities decoded and whitespace (including U+00A0) collapsed, but not
  // Unicode-normalized and dates not parsed: the caller does both.
  std::string title;
  std::vector<std::string> authors;
  std::string date;
  std::string url;                     // canonical link or og:url
  std::string site_name;               // og:site_name or JSON-LD publisher name
  bool site_name_from_jsonld = false;  // which of the two: publisher detection says
  std::string description;
  // The JSON-LD article's articleBody, one paragraph a line (may be empty).
  std::vector<std::string> jsonld_body;
  // The main content, in document order. Navigation, headers, footers,
  // scripts, styles, forms and asides are not in it.
  Blocks blocks;
};

// REQUIRES: `html` is valid UTF-8 (repair_utf8 first). Never fails: a page with no
// recognizable content yields empty blocks. Memory and time stay bounded on
// adversarial input (deep nesting, huge attribute counts).
HtmlPage parse_html_page(std::string_view html);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_HTML_PAGE_H_
