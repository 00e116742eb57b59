// parse_html_page: bound the markup, parse it with gumbo, then read the
// metadata and the main content from the tree.
#include "extract/html_page.h"

#include <gumbo.h>

#include <memory>
#include <string>
#include <utility>

#include "extract/html_bound.h"
#include "extract/html_content.h"
#include "extract/html_dom.h"
#include "extract/html_metadata.h"
#include "extract/html_text_runs.h"

namespace verity::extract {
namespace {

// gumbo records every parse error; real-world pages have thousands. The
// errors are never read, so keep only a few.
constexpr int kMaxParseErrors = 8;

const GumboNode* find_body(const GumboNode* html) {
  if (html == nullptr || html->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboVector& children = html->v.element.children;
  for (unsigned int i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (is_html_tag(child, GUMBO_TAG_BODY)) return child;
  }
  return nullptr;
}

// The JSON-LD articleBody replaces the content found in the markup when it
// is long and the markup gave a small part of it: a page that renders its
// story from a script (the HTML holds a teaser or a photo caption) or hides
// it behind a paywall overlay. Otherwise the markup wins: it keeps the
// page's own paragraphs and headings, and articleBody is often a summary.
constexpr std::size_t kMinJsonLdBodyChars = 1000;
constexpr std::size_t kJsonLdBodyShare = 3;  // at least this many times the markup's text

void use_jsonld_body_when_longer(HtmlPage& page) {
  std::size_t jsonld_chars = 0;
  for (const std::string& paragraph : page.jsonld_body) jsonld_chars += paragraph.size();
  if (jsonld_chars < kMinJsonLdBodyChars) return;
  std::size_t content_chars = 0;
  for (const Block& block : page.blocks) {
    if (block.kind != BlockKind::kCaption) content_chars += block.text.size();
  }
  if (jsonld_chars < kJsonLdBodyShare * content_chars) return;
  Blocks blocks;
  blocks.reserve(page.jsonld_body.size());
  for (std::string& paragraph : page.jsonld_body) {
    blocks.push_back({std::move(paragraph), BlockKind::kParagraph});
  }
  page.blocks = std::move(blocks);
  page.jsonld_body.clear();
}

}  // namespace

HtmlPage parse_html_page(std::string_view html) {
  HtmlPage page;
  if (html.empty()) return page;
  std::string bounded;
  if (bound_html(html, HtmlBounds{}, bounded)) html = bounded;

  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = kMaxParseErrors;
  // gumbo spends most of its time on paragraph text, one code point at a
  // time: parse the page with its long text runs swapped for markers, then
  // put the text back. When a marker went astray, parse the page as it is.
  TextRuns runs;
  std::string shrunk;
  const bool shrank = runs.shrink(html, shrunk);
  const std::string_view input = shrank ? std::string_view(shrunk) : html;
  const auto destroy = [&options, &runs](GumboOutput* output) {
    runs.restore();
    gumbo_destroy_output(&options, output);
  };
  std::unique_ptr<GumboOutput, decltype(destroy)> output(
      gumbo_parse_with_options(&options, input.data(), input.size()), destroy);
  if (shrank && output != nullptr && !runs.expand(output->root)) {
    output.reset(gumbo_parse_with_options(&options, html.data(), html.size()));
  }
  if (output == nullptr) return page;

  extract_page_metadata(output->root, page);
  page.blocks = extract_main_content(find_body(output->root));
  use_jsonld_body_when_longer(page);
  return page;
}

}  // namespace verity::extract
