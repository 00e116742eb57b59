// The text-run swap must be invisible: a page parsed with its long text runs
// swapped for markers and put back gives exactly the tree gumbo builds from
// the page itself, or the swap reports that it could not and is not used.
#include "extract/html_text_runs.h"

#include <gtest/gtest.h>

#include <string>

#include "test_paths.h"

namespace verity::extract {
namespace {

// A flat dump of the tree: node types, tags, attributes and text.
void dump(const GumboNode* node, std::string& out, int depth = 0) {
  out += std::string(static_cast<std::size_t>(depth), ' ') + std::to_string(node->type) + ":";
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    const GumboElement& element = node->v.element;
    out += gumbo_normalized_tagname(element.tag);
    for (unsigned i = 0; i < element.attributes.length; ++i) {
      const auto* attribute = static_cast<const GumboAttribute*>(element.attributes.data[i]);
      out += std::string(" ") + attribute->name + "=" + attribute->value;
    }
    out += "\n";
    for (unsigned i = 0; i < element.children.length; ++i) {
      dump(static_cast<const GumboNode*>(element.children.data[i]), out, depth + 1);
    }
    return;
  }
  if (node->type == GUMBO_NODE_DOCUMENT) {
    out += "\n";
    for (unsigned i = 0; i < node->v.document.children.length; ++i) {
      dump(static_cast<const GumboNode*>(node->v.document.children.data[i]), out, depth + 1);
    }
    return;
  }
  out += std::string(node->v.text.text) + "\n";
}

std::string parse_plain(const std::string& html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string out;
  dump(output->document, out);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return out;
}

// The swapped parse's dump, or "" when the swap declined or failed.
std::string parse_swapped(const std::string& html) {
  TextRuns runs;
  std::string shrunk;
  if (!runs.shrink(html, shrunk)) return "";
  GumboOutput* output =
      gumbo_parse_with_options(&kGumboDefaultOptions, shrunk.data(), shrunk.size());
  std::string out;
  if (runs.expand(output->root)) dump(output->document, out);
  runs.restore();
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return out;
}

TEST(HtmlTextRunsTest, SwappedParseBuildsTheSameTree) {
  const std::vector<std::string> pages = {
      testing::read_fixture("html/news_article.html"),
      testing::read_fixture("html/meta_only.html"),
      testing::read_fixture("html/blog_with_comments.html"),
      testing::read_fixture("html/malformed.html"),
      "<p>Plain paragraph text that is long enough to be swapped out.</p><p>And a second one, also "
      "long.</p>",
      "<script>var a = 'text that looks like a run --> but sits in a script';</script><p>After the "
      "script "
      "there is ordinary text of some length.</p>",
      "<svg><![CDATA[ a cdata section with enough text in it ]]></svg><p>Text after CDATA, long "
      "enough.</p>",
      "<p>Entities &amp; more text &lt;here&gt; and a long tail of ordinary words after them.</p>",
      "<table><tr><td>cell text that is long enough</td></tr>misplaced text in a table, long "
      "enough</table>",
      "<!-- a comment with plenty of text inside it --><p>Text after a comment, long enough to "
      "swap.</p>",
      "<textarea>raw text area content that is long</textarea><title>A title that is long "
      "enough</title>",
  };
  std::size_t swapped = 0;
  for (const std::string& page : pages) {
    const std::string with_swap = parse_swapped(page);
    if (with_swap.empty()) continue;  // declined or fell back: the plain parse is used
    ++swapped;
    EXPECT_EQ(with_swap, parse_plain(page)) << page.substr(0, 120);
  }
  EXPECT_GE(swapped, 6u);  // ordinary pages do take the fast path
}

TEST(HtmlTextRunsTest, ShortTextIsLeftAlone) {
  TextRuns runs;
  std::string out;
  EXPECT_FALSE(runs.shrink("<p>short</p>", out));
}

}  // namespace
}  // namespace verity::extract
