// Readability-style selection of a page's main content: paragraphs vote for
// the containers around them (five levels up, a shrinking share each), the
// best-scoring container wins, gives way to an ancestor that several near-best
// candidates share or that scores better itself, and its siblings join it
// when they score well or read like prose. When nothing scores well (short
// pages, a handful of bare <p>s), every visible text block of <body> is kept
// instead. A page that comes back short, or with no winner, is read a second
// time without the class-name hints, which sometimes name the story's own
// wrapper ("two-col-sidebar-right", "nav-drawer").
#ifndef VERITY_EXTRACT_HTML_CONTENT_H_
#define VERITY_EXTRACT_HTML_CONTENT_H_

#include <gumbo.h>

#include "extract/blocks.h"

namespace verity::extract {

// The main content under `body` as Blocks in document order: text of <p> and
// of <div>s with direct text as kParagraph, <h1>–<h6> as kHeading, <li> as
// kListItem, <blockquote> as kQuote, <figcaption>/<caption> as kCaption; a
// <br> or a line break in <pre> ends a block. Empty for a null `body`.
Blocks extract_main_content(const GumboNode* body);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_HTML_CONTENT_H_
