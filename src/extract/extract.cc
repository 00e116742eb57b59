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

std::string normalized_line(std::string_view text, Typography typography = Typography::kFold) {
  std::string normalized;
  normalize_text(text, normalized, typography);
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
  // With ExtractOptions::keep_typography, each block's text and the title as
  // the page wrote them (blocks[i] is written_blocks[i] folded).
  std::vector<std::string> written_blocks;
  std::string written_title;
  std::string title;
  std::vector<std::string> authors;
  std::string date;
  std::string url;
  std::string site_name;
  bool site_name_from_jsonld = false;
};

PageParts read_html(const std::string& html, bool keep_typography) {
  extract::HtmlPage page = extract::parse_html_page(html);
  PageParts parts;
  parts.blocks.reserve(page.blocks.size());
  for (extract::Block& block : page.blocks) {
    std::string text = normalized_line(block.text);
    if (text.empty()) continue;
    if (keep_typography)
      parts.written_blocks.push_back(normalized_line(block.text, Typography::kKeep));
    parts.blocks.push_back({std::move(text), block.kind});
  }
  parts.title = normalized_line(page.title);
  if (keep_typography) parts.written_title = normalized_line(page.title, Typography::kKeep);
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
  const bool html = document.kind == ContentKind::kHtml;
  PageParts parts = html ? read_html(content, options.keep_typography) : read_text(content);

  std::string given_title;
  article.repaired_bytes += repair_utf8(document.title, given_title);
  extract::CleanHints hints;
  hints.known_title = given_title.empty() ? parts.title : normalized_line(given_title);
  hints.keep_removed = options.keep_removed;
  extract::CleanedText cleaned = extract::clean_blocks(parts.blocks, hints);

  if (html && options.keep_typography) {
    // The rules read the folded text; the story is shown as the page wrote it.
    for (std::size_t i = 0; i < cleaned.paragraphs.size(); ++i)
      cleaned.paragraphs[i] = parts.written_blocks[cleaned.paragraph_blocks[i]];
    for (std::size_t i = 0; i < cleaned.removed.size(); ++i)
      cleaned.removed[i].text = parts.written_blocks[cleaned.removed_blocks[i]];
    if (cleaned.title_block != extract::CleanedText::kNoBlock) {
      cleaned.title = parts.written_blocks[cleaned.title_block];
    } else if (given_title.empty()) {
      cleaned.title = parts.written_title;
    } else {
      cleaned.title = normalized_line(given_title, Typography::kKeep);
    }
  }

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
