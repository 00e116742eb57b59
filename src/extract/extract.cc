// Document → Article: guard against unusable input, repair and normalize the
// text, take the page's blocks (lines of text, or an HTML page's main
// content), clean them, and fill the Article, preferring metadata the input
// supplied over what the content shows.
#include "verity/extract.h"

#include <algorithm>
#include <array>

#include "extract/cited_sources.h"
#include "extract/cleaner.h"
#include "extract/dates.h"
#include "extract/html_page.h"
#include "extract/publisher.h"
#include "text/line_text.h"
#include "text/text.h"
#include "text/url.h"

namespace verity {
namespace {

bool is_blank(std::string_view text) { return text::trim(text).empty(); }

std::string normalized_line(std::string_view text) {
  std::string normalized;
  normalize_text(text, normalized);
  return text::collapse_spaces(normalized);
}

void add_unique(std::vector<std::string>& names, std::string name) {
  if (name.empty()) return;
  const bool seen = std::any_of(names.begin(), names.end(), [&](const std::string& known) {
    return text::equals_ci(known, name);
  });
  if (!seen) names.push_back(std::move(name));
}

struct PageParts {
  extract::Blocks blocks;
  std::string title;
  std::vector<std::string> authors;
  std::string date;
  std::string url;
  std::string site_name;
  bool site_name_from_jsonld = false;
};

PageParts read_html(const std::string& html) {
  extract::HtmlPage page = extract::parse_html_page(html);
  PageParts parts;
  parts.blocks = std::move(page.blocks);
  for (extract::Block& block : parts.blocks) block.text = normalized_line(block.text);
  std::erase_if(parts.blocks, [](const extract::Block& block) { return block.text.empty(); });
  parts.title = normalized_line(page.title);
  for (const std::string& author : page.authors) add_unique(parts.authors, normalized_line(author));
  parts.date = page.date;
  parts.url = page.url;
  parts.site_name = normalized_line(page.site_name);
  parts.site_name_from_jsonld = page.site_name_from_jsonld;
  return parts;
}

PageParts read_text(const std::string& text) {
  std::string normalized;
  normalize_text(text, normalized);
  PageParts parts;
  parts.blocks = extract::split_text_blocks(normalized);
  return parts;
}

}  // namespace

Result<Article> extract_article(const Document& document, const ExtractOptions& options) {
  const std::string& origin = document.origin.empty() ? std::string("<input>") : document.origin;
  if (document.content.size() > options.max_document_bytes) {
    return Status(StatusCode::kTooLarge, origin + ": document is " +
                                             std::to_string(document.content.size()) +
                                             " bytes, over the limit of " +
                                             std::to_string(options.max_document_bytes) + " bytes");
  }
  if (is_blank(document.content) && is_blank(document.title)) {
    return Status(StatusCode::kUnreadable, origin + ": empty document (no text)");
  }
  if (looks_binary(document.content)) {
    return Status(StatusCode::kUnreadable, origin + ": binary data, not text");
  }

  Article article;
  std::string content;
  article.repaired_bytes = repair_utf8(document.content, content);
  PageParts parts = document.kind == ContentKind::kHtml ? read_html(content) : read_text(content);

  std::string given_title;
  article.repaired_bytes += repair_utf8(document.title, given_title);
  extract::CleanHints hints;
  hints.known_title = given_title.empty() ? parts.title : normalized_line(given_title);
  hints.keep_removed = options.keep_removed;
  extract::CleanedText cleaned = extract::clean_blocks(parts.blocks, hints);

  article.id = document.id;
  article.title = cleaned.title;
  for (const std::string& author : document.authors)
    add_unique(article.authors, normalized_line(author));
  if (article.authors.empty()) {
    for (std::string& author : parts.authors) add_unique(article.authors, std::move(author));
    for (std::string& author : cleaned.authors) add_unique(article.authors, std::move(author));
  }
  const std::array<const std::string*, 3> dates = {&document.date, &parts.date, &cleaned.date_text};
  for (const std::string* date : dates) {
    if (!article.date && !date->empty()) article.date = extract::parse_date(*date);
  }
  article.url = document.url.empty() ? parts.url : document.url;
  article.domain = text::domain_of_url(article.url);
  extract::PublisherHints publisher_hints;
  publisher_hints.url_domain = article.domain;
  publisher_hints.site_name = parts.site_name;
  publisher_hints.site_name_from_jsonld = parts.site_name_from_jsonld;
  article.publisher = extract::find_publisher(parts.blocks, publisher_hints);
  article.paragraphs = std::move(cleaned.paragraphs);
  article.cited_sources = extract::find_cited_sources(article.paragraphs, article.domain);
  article.removed = std::move(cleaned.removed);
  article.label = document.label;
  article.dataset = document.dataset;
  article.extra = document.extra;

  if (article.paragraphs.empty() && article.title.empty()) {
    return Status(StatusCode::kUnreadable,
                  origin + ": no article text found (everything was page chrome)");
  }
  return article;
}

}  // namespace verity
