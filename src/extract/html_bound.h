// Bounds what gumbo is asked to parse. gumbo's tree builder scans the stack of
// open elements for many start tags and compares every attribute of a tag with
// the ones before it, so 100,000 nested <div>s or 100,000 attributes on one tag
// cost it time quadratic in their count. A cheap linear pre-pass drops the
// tags that nest deeper than a fixed bound (and their end tags) and the
// attributes past a fixed count, which keeps parsing linear in the input.
// Text is never dropped, only markup.
#ifndef VERITY_EXTRACT_HTML_BOUND_H_
#define VERITY_EXTRACT_HTML_BOUND_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace verity::extract {

struct HtmlBounds {
  // Browsers cap the DOM at a few hundred levels too (Blink: 512); no real
  // page comes near it.
  std::size_t max_nesting = 512;
  std::size_t max_attributes_per_tag = 64;
};

// Returns false when `html` is within bounds (and leaves `out` untouched), or
// true with the bounded copy in `out`. The nesting count is an estimate made
// without building a tree: void elements, self-closing tags in SVG/MathML and
// elements whose end tag is optional (p, li, td, ...) are not counted, as the
// parser closes those implicitly.
bool bound_html(std::string_view html, const HtmlBounds& bounds, std::string& out);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_HTML_BOUND_H_
