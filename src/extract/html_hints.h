// Which parts of a page are never content (scripts, navigation, hidden
// elements, cookie banners) and how an element's class and id hint at what it
// holds. These are generic rules about how pages are written; none names a
// particular site.
#ifndef VERITY_EXTRACT_HTML_HINTS_H_
#define VERITY_EXTRACT_HTML_HINTS_H_

#include <gumbo.h>

namespace verity::extract {

// True when the element and everything in it is left out of the content: its
// tag (script, style, nav, header, footer, aside, forms' controls, embedded
// media...), the hidden attribute or an inline display:none, a landmark role
// of page chrome (navigation, banner, contentinfo, ...), or a class/id that
// hints at chrome (comment, cookie, share, sidebar, fact and info boxes,
// teasers, callouts, calls to action, audio players, downloads, ...) without
// also hinting at content (article, body, content, story, ...), or one that
// hints at chrome strongly (comments, author boxes, disclaimers, photo
// credits and copyright lines) whatever else it says. Hints never drop
// <html>, <body>, <main> or <article>. With `use_class_hints` false only the
// tag, hidden and role rules and the strong hints apply, and <noscript> is
// read: the second try of a page whose content the weak hints took away (a
// "sidebar-right" layout or a "nav-drawer" wrapper around the whole page) or
// that an unclosed tag put inside a <noscript>.
bool is_skipped_element(const GumboElement& element, bool use_class_hints = true);

// The readability-style weight of an element's class and id: each of the two
// adds kHintWeight when it hints at content and subtracts it when it hints at
// chrome (both: they cancel).
inline constexpr double kHintWeight = 25.0;
double class_weight(const GumboElement& element);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_HTML_HINTS_H_
