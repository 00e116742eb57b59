// Who published an article, from its URL or, without one, from what the page
// says about itself: JSON-LD publisher, og:site_name, a copyright line, a
// "Fact checked by" badge, "Originally published by", a wire dateline, an
// author bio naming the outlet, or a line that is only the outlet's name.
// Each cue has a confidence by how often it names the page's own outlet
// (docs/evidence.md); the surest cue found wins.
#ifndef VERITY_EXTRACT_PUBLISHER_H_
#define VERITY_EXTRACT_PUBLISHER_H_

#include <optional>
#include <string>
#include <string_view>

#include "extract/blocks.h"
#include "verity/article.h"

namespace verity::extract {

struct PublisherHints {
  std::string_view url_domain;  // the article's domain from its URL, "" when none
  std::string_view site_name;   // og:site_name or JSON-LD publisher name
  bool site_name_from_jsonld = false;
};

// The publisher of a page whose lines are `blocks` (all of them, page chrome
// included: badges and copyright lines are chrome). Empty when nothing names it.
Publisher find_publisher(const Blocks& blocks, const PublisherHints& hints);

// The cues one by one (the outlet's name as written, or nothing):
// "© 2016 The People's Voice. All rights reserved." -> "The People's Voice"
std::optional<std::string> parse_copyright_holder(std::string_view line);
// "Fact checked by The People's Voice Community" -> "The People's Voice Community"
std::optional<std::string> parse_badge(std::string_view line);
// "Originally published by Natural News" / "This article first appeared on X" -> X
std::optional<std::string> parse_originally_published(std::string_view line);
// "WASHINGTON (Reuters) - ..." -> "Reuters"
std::optional<std::string> parse_dateline_outlet(std::string_view line);
// "Jane Doe is a staff writer for Natural News." -> "Natural News"
std::optional<std::string> parse_bio_outlet(std::string_view line);

// The domain a name stands for: a domain written as the name ("Presstv.ir"),
// else the outlet-name table (text/outlet_names.h); "" when unknown.
std::string publisher_domain_of_name(std::string_view name);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_PUBLISHER_H_
