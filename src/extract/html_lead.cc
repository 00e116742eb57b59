#include "extract/html_lead.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <vector>

#include "extract/html_dom.h"
#include "extract/html_hints.h"

namespace verity::extract {
namespace {

// Class or id words that name a standfirst. A word containing "leader" (a
// leaderboard ad) does not count.
constexpr std::string_view kLeadHints[] = {"lead",         "standfirst", "subtitle", "subheadline",
                                           "sub-headline", "subhead",    "excerpt",  "intro",
                                           "chapo",        "chapeau",    "perex",    "bajada",
                                           "epigraph",     "abstract",   "summary",  "deck"};
// A lead is a sentence or a few: shorter text is a label, longer a story.
constexpr std::size_t kMinLeadChars = 40;
constexpr std::size_t kMaxLeadChars = 1200;
// Mostly link text is a teaser for another page.
constexpr double kMaxLeadLinkShare = 0.3;
constexpr std::size_t kMaxHintText = 256;
// Between a lead and the story there is room for a headline, a byline, a
// date, captions and a player's labels, not for a page of other text.
constexpr std::size_t kMaxLeadGapChars = 2000;
constexpr std::size_t kNotYet = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxDepth = 2048;

// Class or id words of a picture's box: a "summary" or "intro" that is one
// is a caption ("photo-summary", "lead-image").
constexpr std::string_view kPictureHints[] = {"caption", "credit", "photo",
                                              "image",   "img",    "gallery"};

bool has_hint(const GumboElement& element, const std::string_view* begin,
              const std::string_view* end) {
  for (const char* name : {"class", "id"}) {
    const std::string value =
        to_lower_ascii(attribute_value(element, name).substr(0, kMaxHintText));
    for (const std::string_view* hint = begin; hint != end; ++hint) {
      if (value.find(*hint) != std::string::npos) return true;
    }
  }
  return false;
}

bool names_a_picture(const GumboElement& element) {
  return has_hint(element, std::begin(kPictureHints), std::end(kPictureHints));
}

// Around a lead, only a caption's own words rule it out: "image" and "photo"
// also name the header box that holds a lead picture, headline and lead.
constexpr std::string_view kCaptionHints[] = {"caption", "credit"};

bool names_a_caption(const GumboElement& element) {
  return has_hint(element, std::begin(kCaptionHints), std::end(kCaptionHints));
}

bool names_a_lead(const GumboElement& element) {
  for (const char* name : {"class", "id"}) {
    std::string value = to_lower_ascii(attribute_value(element, name).substr(0, kMaxHintText));
    std::size_t i = 0;
    while (i < value.size()) {
      const std::size_t begin = i;
      while (i < value.size() && value[i] != ' ') ++i;
      const std::string_view word = std::string_view(value).substr(begin, i - begin);
      ++i;
      if (word.find("leader") != std::string_view::npos) continue;
      for (std::string_view hint : kLeadHints) {
        if (word.find(hint) != std::string_view::npos) return true;
      }
    }
  }
  return false;
}

bool is_looked_into(const GumboElement& element) {
  return element.tag == GUMBO_TAG_HEADER || !is_skipped_element(element);
}

// The visible text under `node`, whitespace collapsed, with the share in links.
// A wrapper around the headline or a picture (a "lead-image" box, an "intro"
// section holding breadcrumbs and the headline) is not the lead itself: the
// walk looks inside it instead.
struct LeadText {
  std::string text;
  std::size_t chars = 0;
  std::size_t link_chars = 0;
  bool wraps_headline_or_picture = false;
};

bool is_headline_or_picture(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_VIDEO:
      return true;
    default:
      return false;
  }
}

LeadText text_of(const GumboNode* node) {
  LeadText out;
  struct Item {
    const GumboNode* node;
    bool in_link;
  };
  std::vector<Item> stack = {{node, false}};
  while (!stack.empty() && out.text.size() < kMaxLeadChars * 8) {
    const Item item = stack.back();
    stack.pop_back();
    if (item.node->type == GUMBO_NODE_TEXT || item.node->type == GUMBO_NODE_WHITESPACE ||
        item.node->type == GUMBO_NODE_CDATA) {
      const std::string_view text = item.node->v.text.text;
      const std::size_t chars = count_visible_chars(text);
      out.chars += chars;
      if (item.in_link) out.link_chars += chars;
      append_collapsed(text, out.text);
      continue;
    }
    if (item.node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& element = item.node->v.element;
    if (is_headline_or_picture(element.tag)) out.wraps_headline_or_picture = true;
    if (item.node != node && is_skipped_element(element)) continue;
    if (is_block_tag(element.tag) || element.tag == GUMBO_TAG_BR) append_collapsed(" ", out.text);
    const bool in_link = item.in_link || element.tag == GUMBO_TAG_A;
    for (unsigned int i = element.children.length; i-- > 0;)
      stack.push_back({static_cast<const GumboNode*>(element.children.data[i]), in_link});
  }
  trim_trailing_space(out.text);
  return out;
}

}  // namespace

std::string find_lead(const GumboNode* body, const GumboElement* story,
                      const GumboElement* first_block) {
  if (body == nullptr || story == nullptr || first_block == nullptr ||
      body->type != GUMBO_NODE_ELEMENT)
    return "";
  std::vector<const GumboElement*> story_ancestors;  // from <body> down
  struct Frame {
    const GumboNode* node;
    unsigned int next_child;
  };
  std::vector<Frame> stack = {{body, 0}};
  // Pre-order walk up to the story: the stack holds the path from <body>.
  // The story's ancestors are not known yet when a candidate is met, so each
  // candidate keeps its own path (kLeadLevels elements) and is judged at the
  // story.
  struct Candidate {
    std::string text;
    std::vector<const GumboElement*> near_ancestors;
    std::size_t chars_before_end = 0;  // visible characters met up to its end
    bool inside_story = false;
  };
  std::size_t chars_seen = 0;
  std::size_t chars_before_story = kNotYet;
  std::vector<Candidate> candidates;
  bool reached = false;
  while (!stack.empty() && !reached) {
    Frame& frame = stack.back();
    const GumboVector& children = frame.node->v.element.children;
    if (frame.next_child >= children.length || stack.size() >= kMaxDepth) {
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[frame.next_child++]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
      chars_seen += count_visible_chars(child->v.text.text);
      continue;
    }
    if (child->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& element = child->v.element;
    if (&element == story) {
      chars_before_story = chars_seen;
      for (const Frame& f : stack) story_ancestors.push_back(&f.node->v.element);
    }
    if (&element == first_block) {
      story_ancestors.clear();
      for (const Frame& f : stack) story_ancestors.push_back(&f.node->v.element);
      reached = true;
      break;
    }
    if (!is_looked_into(element)) continue;
    if (names_a_lead(element) && !names_a_picture(element)) {
      LeadText text = text_of(child);
      const bool fits = !text.wraps_headline_or_picture && text.chars >= kMinLeadChars &&
                        text.chars <= kMaxLeadChars &&
                        static_cast<double>(text.link_chars) <=
                            kMaxLeadLinkShare * static_cast<double>(text.chars);
      if (fits) {
        chars_seen += text.chars;
        Candidate candidate{std::move(text.text), {}, chars_seen, chars_before_story != kNotYet};
        // The nearest ancestors, below <body> (stack[0]).
        bool in_picture_box = false;
        for (std::size_t k = stack.size();
             k-- > 1 && candidate.near_ancestors.size() < kLeadLevels;) {
          candidate.near_ancestors.push_back(&stack[k].node->v.element);
          in_picture_box = in_picture_box || names_a_caption(stack[k].node->v.element);
        }
        if (!in_picture_box) candidates.push_back(std::move(candidate));
        continue;  // a lead's inner elements are part of it
      }
    }
    stack.push_back({child, 0});
  }
  // A first block inside a lead-named box is not reached: the story's own
  // ancestors judge then.
  if (chars_before_story == kNotYet) return "";
  for (std::size_t c = candidates.size(); c-- > 0;) {
    const std::size_t gap = (candidates[c].inside_story ? chars_seen : chars_before_story) -
                            candidates[c].chars_before_end;
    if (gap > kMaxLeadGapChars) break;
    for (const GumboElement* ancestor : candidates[c].near_ancestors) {
      if (std::find(story_ancestors.begin() + 1, story_ancestors.end(), ancestor) !=
          story_ancestors.end())
        return std::move(candidates[c].text);
    }
  }
  return "";
}

}  // namespace verity::extract
