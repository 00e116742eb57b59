#include "extract/html_hints.h"

#include <cstddef>
#include <string>
#include <string_view>

#include "extract/html_dom.h"

namespace verity::extract {
namespace {

// Class and id values past this length are not looked at: real ones are
// short, and the bound keeps hint matching linear in the page size.
constexpr std::size_t kMaxHintText = 256;

// Substrings of a class or id that mark page chrome.
constexpr std::string_view kNegativeHints[] = {
    "comment",      "footer",       "sidebar",        "share",
    "social",       "related",      "promo",          "newsletter",
    "cookie",       "consent",      "banner",         "menu",
    "nav",          "breadcrumb",   "advert",         "popup",
    "subscribe",    "masthead",     "sponsor",        "modal",
    "factbox",      "infobox",      "teaser",         "callout",
    "inline-box",   "audio-player", "player-overlay", "embedded-content",
    "-cta",         "cta-",         "user-info",      "author-info",
    "postmetadata", "next-post",    "download",       "appendix"};
// Chrome so specific that a content hint beside it does not save the element
// ("comment-body" is still a comment).
// Author boxes and disclaimers are never the story either, whatever wraps them.
constexpr std::string_view kStrongNegativeHints[] = {
    "comment",    "cookie",    "consent",     "breadcrumb",   "popup",        "author-bio",
    "author-box", "authorbox", "author-card", "about-author", "user-profile", "disclaimer",
    "disclosure", "copyright", "credits",     "image-credit", "photo-credit", "media-credit"};
constexpr std::string_view kPositiveHints[] = {"article", "body", "content", "entry",
                                               "main",    "post", "story",   "text"};

struct Hints {
  bool positive = false;
  bool negative = false;
  bool strong_negative = false;
};

bool contains_any(std::string_view text, const std::string_view* begin,
                  const std::string_view* end) {
  for (const std::string_view* hint = begin; hint != end; ++hint) {
    if (text.find(*hint) != std::string_view::npos) return true;
  }
  return false;
}

// "ad" is too short for a substring test ("head", "download"): it counts only
// as a whole word of a class or id: "ad", "ads", "ad-slot", "top-ad".
bool has_ad_word(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t begin = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '-') ++i;
    const std::string_view word = text.substr(begin, i - begin);
    if (word == "ad" || word == "ads") return true;
    ++i;
  }
  return false;
}

Hints hints_of(std::string_view value) {
  Hints hints;
  if (value.empty()) return hints;
  std::string text = to_lower_ascii(value.substr(0, kMaxHintText));
  for (char& c : text) {
    if (c == '_' || c == '\t' || c == '\n') c = c == '_' ? '-' : ' ';
  }
  hints.positive = contains_any(text, std::begin(kPositiveHints), std::end(kPositiveHints));
  hints.strong_negative =
      contains_any(text, std::begin(kStrongNegativeHints), std::end(kStrongNegativeHints));
  hints.negative = hints.strong_negative || has_ad_word(text) ||
                   contains_any(text, std::begin(kNegativeHints), std::end(kNegativeHints));
  return hints;
}

bool is_chrome_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

bool is_hidden(const GumboElement& element) {
  if (gumbo_get_attribute(&element.attributes, "hidden") != nullptr) return true;
  if (equals_ignore_case(attribute_value(element, "aria-hidden"), "true")) return true;
  const std::string_view style = attribute_value(element, "style");
  if (style.empty()) return false;
  std::string compact;
  for (char c : style.substr(0, kMaxHintText)) {
    if (c != ' ' && c != '\t' && c != '\n') compact += c;
  }
  compact = to_lower_ascii(compact);
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

bool has_chrome_role(const GumboElement& element) {
  const std::string role = to_lower_ascii(attribute_value(element, "role").substr(0, 32));
  return role == "navigation" || role == "banner" || role == "contentinfo" ||
         role == "complementary" || role == "menu" || role == "menubar" || role == "search" ||
         role == "dialog" || role == "alertdialog" || role == "toolbar";
}

}  // namespace

bool is_skipped_element(const GumboElement& element, bool use_class_hints) {
  // An unclosed tag inside <noscript> ("<noscript><div></noscript>") puts
  // the rest of the page inside it, so the second read keeps its text.
  if (!use_class_hints && element.tag == GUMBO_TAG_NOSCRIPT) return false;
  if (is_chrome_tag(element.tag)) return true;
  if (is_hidden(element) || has_chrome_role(element)) return true;
  switch (element.tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ARTICLE:
      return false;
    default:
      break;
  }
  for (const char* name : {"class", "id"}) {
    const Hints hints = hints_of(attribute_value(element, name));
    if (hints.strong_negative || (use_class_hints && hints.negative && !hints.positive))
      return true;
  }
  return false;
}

double class_weight(const GumboElement& element) {
  double weight = 0.0;
  for (const char* name : {"class", "id"}) {
    const Hints hints = hints_of(attribute_value(element, name));
    if (hints.negative) weight -= kHintWeight;
    if (hints.positive) weight += kHintWeight;
  }
  return weight;
}

}  // namespace verity::extract
