#include "extract/html_dom.h"

#include <utility>
#include <vector>

namespace verity::extract {

std::string_view attribute_value(const GumboElement& element, const char* name) {
  const GumboAttribute* attribute = gumbo_get_attribute(&element.attributes, name);
  if (attribute == nullptr || attribute->value == nullptr) return {};
  return attribute->value;
}

bool is_html_tag(const GumboNode* node, GumboTag tag) {
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag &&
         node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_ACRONYM:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_BLINK:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_IMAGE:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_NOBR:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_RB:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RTC:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
      return false;
    default:
      return true;
  }
}

std::string raw_text_of(const GumboNode* node) {
  std::string text;
  // (node, next child) pairs: an explicit stack, so depth costs heap, not stack.
  std::vector<std::pair<const GumboNode*, unsigned int>> stack;
  stack.emplace_back(node, 0);
  while (!stack.empty()) {
    auto& [current, next] = stack.back();
    if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_CDATA ||
        current->type == GUMBO_NODE_WHITESPACE) {
      text += current->v.text.text;
      stack.pop_back();
      continue;
    }
    if (current->type != GUMBO_NODE_ELEMENT || next >= current->v.element.children.length) {
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(current->v.element.children.data[next]);
    ++next;
    stack.emplace_back(child, 0);
  }
  return text;
}

std::size_t whitespace_length(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') return 2;
  return 0;
}

void append_collapsed(std::string_view text, std::string& out) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t space = whitespace_length(text, i);
    if (space > 0) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      i += space;
      continue;
    }
    // Copy the run up to the next candidate whitespace byte in one go.
    std::size_t end = i + 1;
    while (end < text.size() && whitespace_length(text, end) == 0) ++end;
    out.append(text.substr(i, end - i));
    i = end;
  }
}

void trim_trailing_space(std::string& text) {
  if (!text.empty() && text.back() == ' ') text.pop_back();
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_collapsed(text, out);
  trim_trailing_space(out);
  return out;
}

std::size_t count_visible_chars(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) == 0x80) continue;  // continuation byte
    if (whitespace_length(text, i) > 0) continue;
    ++count;
  }
  return count;
}

std::string to_lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool starts_with_ignore_case(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && equals_ignore_case(text.substr(0, prefix.size()), prefix);
}

bool equals_ignore_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    char y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

}  // namespace verity::extract
