// The standfirst: the lead paragraph (dek, subtitle, excerpt, chapô) that a
// news page prints between its headline and the story, often inside the
// <header> that the content finder leaves out or in a box beside the story's
// own container. Trafilatura and the annotators of its evaluation pages count
// it as the story's first paragraph.
#ifndef VERITY_EXTRACT_HTML_LEAD_H_
#define VERITY_EXTRACT_HTML_LEAD_H_

#include <gumbo.h>

#include <string>

namespace verity::extract {

// The text of the last element before `first_block` (the element of the first
// block the content finder kept, inside `story`, the first container it kept)
// whose class or id names a lead ("lead", "standfirst", "subtitle", "excerpt",
// "intro", "chapo", "perex", "bajada", ...) and that sits close to the story:
// within kLeadLevels levels of an ancestor of `first_block` other than <body>,
// with no more than a headline, byline, date and captions' worth of text
// (kMaxLeadGapChars) between it and `story` (or, for a lead inside `story`,
// `first_block`). Whitespace collapsed; "" when there is none, or
// when it is shorter than a sentence, longer than a lead, or mostly links.
// Navigation, asides, footers, hidden and chrome-hinted elements are not
// looked into (a <header> is). Linear in the page.
inline constexpr int kLeadLevels = 5;
std::string find_lead(const GumboNode* body, const GumboElement* story,
                      const GumboElement* first_block);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_HTML_LEAD_H_
