// Small helpers over gumbo's tree and over the text it holds, shared by the
// metadata and content passes.
#ifndef VERITY_EXTRACT_HTML_DOM_H_
#define VERITY_EXTRACT_HTML_DOM_H_

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace verity::extract {

// An element's attribute value, or "" when it has none. Names are matched
// case-insensitively (gumbo lower-cases them anyway).
std::string_view attribute_value(const GumboElement& element, const char* name);

// True for an element of the HTML namespace with the given tag.
bool is_html_tag(const GumboNode* node, GumboTag tag);

// True for tags that start a new line of text when rendered. Unknown tags
// (custom elements) count as blocks: they usually wrap components.
bool is_block_tag(GumboTag tag);

// The text of `node` and its descendants, concatenated without any
// whitespace handling. Iterative; used for <title> and <script> contents.
std::string raw_text_of(const GumboNode* node);

// Whitespace as HTML renders it: ASCII spaces and U+00A0 (C2 A0).
// Returns the byte length of the whitespace character at text[i], or 0.
std::size_t whitespace_length(std::string_view text, std::size_t i);

// Appends `text` to `out` with every run of whitespace collapsed to one space,
// no space at the start of `out` and none doubled across calls. Callers trim
// the one trailing space that may remain with trim_trailing_space().
void append_collapsed(std::string_view text, std::string& out);
void trim_trailing_space(std::string& text);
std::string collapse_whitespace(std::string_view text);

// Code points in `text` that are not whitespace.
std::size_t count_visible_chars(std::string_view text);

std::string to_lower_ascii(std::string_view text);
bool starts_with_ignore_case(std::string_view text, std::string_view prefix);
bool equals_ignore_case(std::string_view a, std::string_view b);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_HTML_DOM_H_
