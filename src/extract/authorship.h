// Who wrote a story, as pages say it: bylines under the headline and author
// bios at the foot ("About NAME 17785 Articles", "NAME is a staff writer …").
#ifndef VERITY_EXTRACT_AUTHORSHIP_H_
#define VERITY_EXTRACT_AUTHORSHIP_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace verity::extract {

// "About Sean Adl-Tabatabai 17785 Articles" → "Sean Adl-Tabatabai".
std::optional<std::string> parse_bio_header(std::string_view line);

// "By Jane Doe and John Roe, Reuters" → {"Jane Doe", "John Roe"}; empty when
// the line is not a byline.
std::vector<std::string> parse_byline(std::string_view line);

// A person-description paragraph: "Jane Doe is a staff writer at …".
bool looks_like_author_bio(std::string_view paragraph);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_AUTHORSHIP_H_
