// parse_html_page: bound the markup, parse it with gumbo, then read the
// metadata and the main content from the tree.
#include "extract/html_page.h"

#include <gumbo.h>

#include <memory>

#include "extract/html_bound.h"
#include "extract/html_content.h"
#include "extract/html_dom.h"
#include "extract/html_metadata.h"

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

}  // namespace

HtmlPage parse_html_page(std::string_view html) {
  HtmlPage page;
  if (html.empty()) return page;
  std::string bounded;
  if (bound_html(html, HtmlBounds{}, bounded)) html = bounded;

  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = kMaxParseErrors;
  const auto destroy = [&options](GumboOutput* output) { gumbo_destroy_output(&options, output); };
  const std::unique_ptr<GumboOutput, decltype(destroy)> output(
      gumbo_parse_with_options(&options, html.data(), html.size()), destroy);
  if (output == nullptr) return page;

  extract_page_metadata(output->root, page);
  page.blocks = extract_main_content(find_body(output->root));
  return page;
}

}  // namespace verity::extract
