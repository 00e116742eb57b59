// Page-chrome rules that judge one line on its own: navigation and
// accessibility links, banners, text-size toggles, share/subscribe/cookie
// lines, self-awarded badges, captions and image placeholders, copyright,
// comment and related-links headers. Rules that need the line's position in
// the page (bylines, author bios, appended text) live in cleaner.cc.
//
// The rules are phrase lists written for English news pages; each names the
// pattern, never a site.
#ifndef VERITY_EXTRACT_CHROME_RULES_H_
#define VERITY_EXTRACT_CHROME_RULES_H_

#include <optional>
#include <string>
#include <string_view>

namespace verity::extract {

// Reasons recorded in Article::removed.
namespace reason {
inline constexpr std::string_view kNavigation = "navigation";
inline constexpr std::string_view kBanner = "banner";
inline constexpr std::string_view kTextSize = "text-size toggle";
inline constexpr std::string_view kShare = "share or follow prompt";
inline constexpr std::string_view kSubscribe = "subscribe prompt";
inline constexpr std::string_view kCookie = "cookie notice";
inline constexpr std::string_view kBadge = "self-awarded badge";
inline constexpr std::string_view kCaption = "image caption";
inline constexpr std::string_view kRepeatedCaption = "repeated caption";
inline constexpr std::string_view kRepeatedLine = "repeated line";
inline constexpr std::string_view kImage = "image placeholder";
inline constexpr std::string_view kAdvertisement = "advertisement";
inline constexpr std::string_view kCopyright = "copyright line";
inline constexpr std::string_view kRelated = "related links";
inline constexpr std::string_view kComments = "comments section";
inline constexpr std::string_view kTitle = "title repeated";
inline constexpr std::string_view kByline = "byline";
inline constexpr std::string_view kDate = "date line";
inline constexpr std::string_view kAuthorName = "author name";
inline constexpr std::string_view kAuthorBio = "author bio";
inline constexpr std::string_view kPublisherBlurb = "publisher blurb";
inline constexpr std::string_view kAfterEnd = "after article end";
inline constexpr std::string_view kUnrelated = "unrelated text after article";
inline constexpr std::string_view kSourceLabel = "source label";
}  // namespace reason

// The reason a line is page chrome by itself, or nullopt when it may be
// article text.
std::optional<std::string_view> chrome_reason(std::string_view line);

// A caption line by its form: "FILE - …", "FILE PHOTO: …", "Photo: …",
// "(AP Photo/…)", "… /Getty Images".
bool looks_like_caption(std::string_view line);

// Lines after which a page no longer carries the story: comment sections,
// recommendation lists, "About the author".
bool is_end_marker(std::string_view line);

// The paragraph an outlet appends about itself ("The Voice of … provides news
// and information in 40 languages …", "… All rights reserved").
bool looks_like_publisher_blurb(std::string_view paragraph);

// A lower-cased, trimmed form used for comparisons: leading bullets and
// symbols and trailing colons/pipes removed, spaces collapsed.
std::string line_key(std::string_view line);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_CHROME_RULES_H_
