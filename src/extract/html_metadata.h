// A page's own description of itself: title, authors, date, URL, site name
// and summary, gathered from JSON-LD, <meta> tags, <link rel=canonical> and
// <title>, best source first.
#ifndef VERITY_EXTRACT_HTML_METADATA_H_
#define VERITY_EXTRACT_HTML_METADATA_H_

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/html_page.h"

namespace verity::extract {

// Fills title, authors, date, url, site_name and description of `page` from
// the document under `root` (gumbo's <html> element). Each field takes the
// first non-empty value in this order:
//   title:       JSON-LD headline, og:title, twitter:title, <title>
//   authors:     JSON-LD author, else article:author / author / dc.creator / byl
//   date:        JSON-LD datePublished, article:published_time, date, pubdate,
//                publish-date, dc.date (and close variants), itemprop=datePublished
//   url:         JSON-LD url / mainEntityOfPage, og:url, <link rel=canonical>;
//                an absolute http(s) URL is preferred over a relative one
//   site_name:   JSON-LD publisher.name, og:site_name
//   description: JSON-LD description, og:description, description,
//                twitter:description
// A " | Site" or " - Site" suffix (or "Site | " prefix) naming the site is cut
// from the title; the <title> also loses a short trailing section of at most
// a few words.
void extract_page_metadata(const GumboNode* root, HtmlPage& page);

// Authors as pages write them, cleaned: whitespace collapsed, a "By " prefix
// dropped, URLs (profile links) and repeats dropped.
std::vector<std::string> clean_authors(const std::vector<std::string>& raw);

// `title` without a site-name suffix or prefix; with `allow_short_suffix`,
// also without a trailing segment of at most kMaxShortSuffixWords words.
inline constexpr std::size_t kMaxShortSuffixWords = 4;
std::string strip_site_from_title(std::string_view title, std::string_view site_name,
                                  bool allow_short_suffix);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_HTML_METADATA_H_
