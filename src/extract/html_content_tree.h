// The first pass of content extraction: one walk over <body> that flattens the
// elements worth looking at into pre-order and cuts their text into runs, the
// future Blocks. A run is the inline text between two block boundaries (a
// block element opening or closing, or a <br>), owned by the nearest block
// element around it. Every later step works on these arrays, never on the
// DOM, so scoring and selection cost time linear in the page.
#ifndef VERITY_EXTRACT_HTML_CONTENT_TREE_H_
#define VERITY_EXTRACT_HTML_CONTENT_TREE_H_

#include <gumbo.h>

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "extract/blocks.h"

namespace verity::extract {

inline constexpr std::size_t kNoElement = std::numeric_limits<std::size_t>::max();

// A run counts as prose (for keeping link-heavy containers that hold some)
// from this many visible characters, with under a quarter of them in links.
inline constexpr std::size_t kProseRunChars = 80;

struct ContentElement {
  const GumboElement* element = nullptr;
  std::size_t parent = kNoElement;  // kNoElement for the root (<body>)
  std::size_t end = 0;              // one past the index of the last descendant
  // Totals over the element's subtree (skipped elements excluded).
  std::size_t chars = 0;       // visible characters (not whitespace)
  std::size_t link_chars = 0;  // of those, inside <a>
  std::size_t runs = 0;        // text runs owned by elements of the subtree
  std::size_t prose_runs = 0;  // of those, runs of prose

  double link_density() const {
    return chars == 0 ? 0.0 : static_cast<double>(link_chars) / static_cast<double>(chars);
  }
};

struct TextRun {
  std::size_t owner = 0;  // index of the nearest block element
  BlockKind kind = BlockKind::kParagraph;
  std::string text;  // whitespace collapsed and trimmed; never empty
  std::size_t chars = 0;
  std::size_t link_chars = 0;
  std::size_t commas = 0;
};

struct ContentTree {
  std::vector<ContentElement> elements;  // pre-order; [0] is the root
  std::vector<TextRun> runs;             // document order
};

// Walks `root` (normally <body>) with an explicit stack, leaving out what
// is_skipped_element(element, use_class_hints) rejects and anything nested
// deeper than a fixed bound.
ContentTree build_content_tree(const GumboNode* root, bool use_class_hints = true);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_HTML_CONTENT_TREE_H_
