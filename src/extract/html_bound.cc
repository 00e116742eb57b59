// A linear scan over the markup that mirrors just enough of the HTML
// tokenizer (comments, raw-text elements, quoted attribute values) to count
// nesting and attributes without building a tree.
#include "extract/html_bound.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace verity::extract {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// A tag name, lower-cased. Every name we compare against is short; longer
// names keep a prefix that matches none of them.
class TagName {
 public:
  explicit TagName(std::string_view raw) {
    size_ = std::min(raw.size(), kCapacity);
    for (std::size_t k = 0; k < size_; ++k) text_[k] = to_lower(raw[k]);
    if (raw.size() > kCapacity) text_[0] = '~';  // never a known tag
  }
  std::string_view view() const { return std::string_view(text_.data(), size_); }

 private:
  static constexpr std::size_t kCapacity = 16;
  std::array<char, kCapacity> text_{};
  std::size_t size_ = 0;
};

template <std::size_t N>
bool is_one_of(std::string_view name, const std::string_view (&names)[N]) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// Elements that never deepen the tree: void elements, and elements the
// parser closes when a sibling of the same kind opens (p, li, a, td, ...).
constexpr std::string_view kUncounted[] = {
    "area",  "base",     "br",     "col",   "embed", "hr",       "img",      "input",    "link",
    "meta",  "param",    "source", "track", "wbr",   "keygen",   "basefont", "bgsound",  "frame",
    "image", "menuitem", "p",      "li",    "dt",    "dd",       "option",   "optgroup", "tr",
    "td",    "th",       "thead",  "tbody", "tfoot", "colgroup", "caption",  "rb",       "rt",
    "rtc",   "rp",       "a",      "html",  "head",  "body",     "nobr"};

// Elements whose content the tokenizer reads as raw text up to their end tag.
constexpr std::string_view kRawText[] = {"script", "style",   "textarea", "title",    "xmp",
                                         "iframe", "noembed", "noframes", "plaintext"};

// Position of the end tag `</name` that closes a raw-text element, or the end
// of the input.
std::size_t find_raw_text_end(std::string_view html, std::size_t from, std::string_view name) {
  if (name == "plaintext") return html.size();
  while (true) {
    const std::size_t pos = html.find("</", from);
    if (pos == kNpos) return html.size();
    const std::size_t after = pos + 2 + name.size();
    bool matches = after <= html.size();
    for (std::size_t k = 0; matches && k < name.size(); ++k) {
      matches = to_lower(html[pos + 2 + k]) == name[k];
    }
    if (matches && (after == html.size() || is_space(html[after]) || html[after] == '>' ||
                    html[after] == '/')) {
      return pos;
    }
    from = pos + 2;
  }
}

// Skips a start tag's attributes from `i` (just after the name) to one past
// its '>'. Sets `cut` to the end of the attribute that reached `max`, and
// `self_closing` when the tag ends in "/>".
std::size_t scan_attributes(std::string_view html, std::size_t i, std::size_t max,
                            std::size_t& count, std::size_t& cut, bool& self_closing) {
  const std::size_t n = html.size();
  count = 0;
  cut = kNpos;
  self_closing = false;
  while (i < n) {
    while (i < n && (is_space(html[i]) || html[i] == '/')) {
      self_closing = html[i] == '/';
      ++i;
    }
    if (i >= n) break;
    if (html[i] == '>') return i + 1;
    self_closing = false;
    ++i;  // the first character of a name may be anything, even '='
    while (i < n && !is_space(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '=') ++i;
    std::size_t j = i;
    while (j < n && is_space(html[j])) ++j;
    if (j < n && html[j] == '=') {
      i = j + 1;
      while (i < n && is_space(html[i])) ++i;
      if (i < n && (html[i] == '"' || html[i] == '\'')) {
        const std::size_t quote = html.find(html[i], i + 1);
        i = quote == kNpos ? n : quote + 1;
      } else {
        while (i < n && !is_space(html[i]) && html[i] != '>') ++i;
      }
    }
    if (++count == max) cut = i;
  }
  return n;
}

}  // namespace

bool bound_html(std::string_view html, const HtmlBounds& bounds, std::string& out) {
  const std::size_t n = html.size();
  bool changed = false;
  std::size_t copied = 0;  // html[0, copied) is already in `out` or dropped
  auto drop = [&](std::size_t begin, std::size_t end) {
    if (!changed) {
      out.clear();
      out.reserve(n);
      changed = true;
    }
    out.append(html.substr(copied, begin - copied));
    copied = end;
  };

  std::size_t depth = 0;
  std::size_t excess = 0;         // start tags dropped whose end tags are still to come
  std::size_t foreign_depth = 0;  // depth of the open <svg>/<math>, 0 outside them
  std::size_t i = 0;
  while (i < n) {
    const std::size_t lt = html.find('<', i);
    if (lt == kNpos) break;
    i = lt + 1;
    if (i >= n) break;
    if (html.compare(lt, 4, "<!--") == 0) {
      const std::size_t close = html.find("-->", lt + 4);
      i = close == kNpos ? n : close + 3;
      continue;
    }
    if (html[i] == '!' || html[i] == '?') {
      const std::size_t close = html.find('>', i);
      i = close == kNpos ? n : close + 1;
      continue;
    }
    const bool end_tag = html[i] == '/';
    if (end_tag) ++i;
    if (i >= n || !is_alpha(html[i])) continue;  // a literal '<'
    const std::size_t name_begin = i;
    while (i < n && !is_space(html[i]) && html[i] != '/' && html[i] != '>') ++i;
    const TagName name(html.substr(name_begin, i - name_begin));
    const bool counted = !is_one_of(name.view(), kUncounted) && !is_one_of(name.view(), kRawText);

    if (end_tag) {
      const std::size_t close = html.find('>', i);
      i = close == kNpos ? n : close + 1;
      if (!counted) continue;
      if (excess > 0) {
        drop(lt, i);
        --excess;
      } else if (depth > 0) {
        --depth;
        if (depth < foreign_depth) foreign_depth = 0;
      }
      continue;
    }

    std::size_t attributes = 0;
    std::size_t cut = kNpos;
    bool self_closing = false;
    i = scan_attributes(html, i, bounds.max_attributes_per_tag, attributes, cut, self_closing);
    const std::size_t tag_end = i;
    const bool in_foreign = foreign_depth > 0;
    if (counted && !(self_closing && in_foreign)) {
      if (depth >= bounds.max_nesting) {
        drop(lt, tag_end);
        ++excess;
        continue;
      }
      ++depth;
      const bool opens_foreign = name.view() == "svg" || name.view() == "math";
      if (opens_foreign && !in_foreign) foreign_depth = depth;
    }
    if (attributes > bounds.max_attributes_per_tag) {
      // Keep the closing '>' so the tag still ends where it did.
      const bool closed = tag_end > 0 && html[tag_end - 1] == '>';
      drop(cut, closed ? tag_end - 1 : tag_end);
    }
    if (!in_foreign && is_one_of(name.view(), kRawText)) {
      i = find_raw_text_end(html, i, name.view());
    }
  }
  if (changed) out.append(html.substr(copied));
  return changed;
}

}  // namespace verity::extract
