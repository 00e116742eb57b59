// Markers are two code points from Supplementary Private Use Area-A
// (U+F0000 + digit, digit < 0xFFFE: U+xFFFE and U+xFFFF are noncharacters
// gumbo would replace), so a run's index is digit * 0xFFFE + digit. Pages
// that already hold a code point of that plane are left as they are.
#include "extract/html_text_runs.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace verity::extract {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

// Shorter runs are not worth a marker: gumbo reads a marker's 8 bytes too.
constexpr std::size_t kMinRunBytes = 12;

constexpr std::uint32_t kDigitBase = 0xFFFE;
constexpr std::size_t kMarkerBytes = 8;
constexpr unsigned char kMarkerLead = 0xF3;

// Bytes 0x00-0x7F that may sit inside a run: printable ASCII but for the
// markup characters, and the whitespace gumbo passes through unchanged.
constexpr std::array<bool, 128> make_plain_ascii() {
  std::array<bool, 128> plain{};
  for (int c = 0x20; c < 0x7F; ++c) plain[c] = true;
  plain['<'] = false;
  plain['>'] = false;
  plain['&'] = false;
  plain['\t'] = true;
  plain['\n'] = true;
  plain['\f'] = true;
  return plain;
}
constexpr std::array<bool, 128> kPlainAscii = make_plain_ascii();

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f'; }
bool is_ref_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#';
}
bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Byte length of the well-formed UTF-8 character at text[i] (lead byte >= 0x80)
// when gumbo keeps it as it is and it is not a marker code point; 0 otherwise.
std::size_t plain_multibyte_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const unsigned char lead = byte(0);
  std::size_t length = 0;
  std::uint32_t code_point = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0Fu;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07u;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if (!is_continuation(byte(k))) return 0;
    code_point = (code_point << 6) | (byte(k) & 0x3Fu);
  }
  // Overlong forms, surrogates and code points past U+10FFFF.
  if ((length == 3 && code_point < 0x800) || (length == 4 && code_point < 0x10000) ||
      (code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) {
    return 0;
  }
  // What gumbo's utf8_is_invalid_code_point() turns into U+FFFD.
  if ((code_point >= 0x7F && code_point <= 0x9F) ||
      (code_point >= 0xFDD0 && code_point <= 0xFDEF) || (code_point & 0xFFFF) == 0xFFFE ||
      (code_point & 0xFFFF) == 0xFFFF) {
    return 0;
  }
  if (code_point >= 0xF0000 && code_point <= 0xFFFFF) return 0;
  return length;
}

// True when `html` holds a code point of the marker plane (F3 B0-BF ...).
bool has_marker_plane(std::string_view html) {
  const char* data = html.data();
  const std::size_t n = html.size();
  std::size_t i = 0;
  while (i < n) {
    const void* found = std::memchr(data + i, kMarkerLead, n - i);
    if (found == nullptr) return false;
    i = static_cast<std::size_t>(static_cast<const char*>(found) - data) + 1;
    if (i < n && (static_cast<unsigned char>(data[i]) & 0xF0) == 0xB0) return true;
  }
  return false;
}

void append_digit(std::uint32_t digit, std::string& out) {
  const std::uint32_t code_point = 0xF0000 + digit;
  out += static_cast<char>(kMarkerLead);
  out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
  out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
  out += static_cast<char>(0x80 | (code_point & 0x3F));
}

// The digit of the marker code point at text[i], or kDigitBase when there is none.
std::uint32_t read_digit(const char* text, std::size_t size, std::size_t i) {
  if (i + 4 > size) return kDigitBase;
  const auto b0 = static_cast<unsigned char>(text[i]);
  const auto b1 = static_cast<unsigned char>(text[i + 1]);
  const auto b2 = static_cast<unsigned char>(text[i + 2]);
  const auto b3 = static_cast<unsigned char>(text[i + 3]);
  if (b0 != kMarkerLead || (b1 & 0xF0) != 0xB0 || !is_continuation(b2) || !is_continuation(b3)) {
    return kDigitBase;
  }
  return ((b1 & 0x0Fu) << 12) | ((b2 & 0x3Fu) << 6) | (b3 & 0x3Fu);
}

// Calls visit(GumboText&, GumboNodeType) for every node that holds text,
// iteratively (pages can nest deeply).
template <typename Visit>
void for_each_text(GumboNode* root, Visit&& visit) {
  std::vector<GumboNode*> stack{root};
  while (!stack.empty()) {
    GumboNode* node = stack.back();
    stack.pop_back();
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT:
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboVector& children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                                        : node->v.element.children;
        for (unsigned int i = children.length; i > 0; --i) {
          stack.push_back(static_cast<GumboNode*>(children.data[i - 1]));
        }
        break;
      }
      default:
        visit(node->v.text, node->type);
    }
  }
}

}  // namespace

bool TextRuns::shrink(std::string_view html, std::string& out) {
  source_ = html;
  runs_.clear();
  if (html.size() < kMinRunBytes || has_marker_plane(html)) return false;
  const std::size_t n = html.size();
  std::size_t copied = 0;  // html[0, copied) is in `out` already
  std::size_t comment = html.find("<!--");
  std::size_t i = 0;
  while (i < n) {
    // Runs start after a '>'; none inside a comment (a marker there would
    // only make expand() fail).
    const std::size_t gt = html.find('>', i);
    if (gt == kNpos) break;
    if (comment < gt) {
      const std::size_t close = html.find("-->", comment + 2);
      i = close == kNpos ? n : close + 3;
      comment = html.find("<!--", i);
      continue;
    }
    i = gt + 1;
    while (true) {
      while (i < n && is_space(html[i])) ++i;
      const std::size_t begin = i;
      std::size_t last_kept = i;  // one past the last character a run may end with
      while (i < n) {
        const auto c = static_cast<unsigned char>(html[i]);
        std::size_t length = 1;
        if (c < 0x80) {
          if (!kPlainAscii[c]) break;
        } else {
          length = plain_multibyte_length(html, i);
          if (length == 0) break;
        }
        i += length;
        if (c != '-' && c != ']') last_kept = i;
      }
      if (last_kept - begin >= kMinRunBytes &&
          runs_.size() < std::size_t{kDigitBase} * kDigitBase) {
        if (runs_.empty()) {
          out.clear();
          out.reserve(n);
        }
        out.append(html.substr(copied, begin - copied));
        const auto index = static_cast<std::uint32_t>(runs_.size());
        append_digit(index / kDigitBase, out);
        append_digit(index % kDigitBase, out);
        runs_.push_back({begin, last_kept - begin});
        copied = last_kept;
      }
      // A char reference closed by ';' reads the same whatever follows, so
      // a run may start after it too.
      if (i < n && html[i] == '&') {
        std::size_t j = i + 1;
        while (j < n && j - i <= 32 && is_ref_char(html[j])) ++j;
        if (j < n && j > i + 1 && html[j] == ';') {
          i = j + 1;
          continue;
        }
      }
      break;
    }
  }
  if (runs_.empty()) return false;
  out.append(html.substr(copied));
  return true;
}

bool TextRuns::expand(GumboNode* root) {
  if (root == nullptr) return false;
  // First pass: every marker must sit in a text node, each exactly once.
  std::vector<bool> seen(runs_.size(), false);
  std::size_t found = 0;
  std::size_t total = 0;  // bytes of expanded text, with the NULs
  std::vector<GumboText*> texts;
  bool valid = true;
  for_each_text(root, [&](GumboText& text, GumboNodeType type) {
    if (!valid) return;
    const char* data = text.text;
    const std::size_t size = std::strlen(data);
    if (std::memchr(data, kMarkerLead, size) == nullptr) return;
    if (type != GUMBO_NODE_TEXT) {
      valid = false;
      return;
    }
    std::size_t expanded = size + 1;
    for (std::size_t i = 0; i < size; ++i) {
      if (static_cast<unsigned char>(data[i]) != kMarkerLead) continue;
      const std::uint32_t high = read_digit(data, size, i);
      const std::uint32_t low = read_digit(data, size, i + 4);
      if (high == kDigitBase) continue;  // some other code point with that lead byte
      const std::size_t index = std::size_t{high} * kDigitBase + low;
      if (low == kDigitBase || index >= runs_.size() || seen[index]) {
        valid = false;
        return;
      }
      seen[index] = true;
      ++found;
      expanded = expanded - kMarkerBytes + runs_[index].size;
      i += kMarkerBytes - 1;
    }
    total += expanded;
    texts.push_back(&text);
  });
  if (!valid || found != runs_.size()) return false;

  // Second pass: write the expanded texts into one buffer (sized up front so
  // the pointers handed to the tree stay put) and point the nodes at them.
  expanded_.clear();
  expanded_.reserve(total);
  swapped_.reserve(texts.size());
  for (GumboText* text : texts) {
    const std::size_t offset = expanded_.size();
    const char* data = text->text;
    const std::size_t size = std::strlen(data);
    std::size_t copied = 0;
    for (std::size_t i = 0; i < size; ++i) {
      if (static_cast<unsigned char>(data[i]) != kMarkerLead) continue;
      const std::uint32_t high = read_digit(data, size, i);
      if (high == kDigitBase) continue;
      const Run& run = runs_[std::size_t{high} * kDigitBase + read_digit(data, size, i + 4)];
      expanded_.append(data + copied, i - copied);
      expanded_.append(source_.substr(run.begin, run.size));
      i += kMarkerBytes - 1;
      copied = i + 1;
    }
    expanded_.append(data + copied, size - copied);
    expanded_.push_back('\0');
    swapped_.emplace_back(text, data);
    text->text = expanded_.data() + offset;
  }
  return true;
}

void TextRuns::restore() {
  for (const auto& [text, original] : swapped_) text->text = original;
  swapped_.clear();
}

}  // namespace verity::extract
