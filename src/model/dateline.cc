#include "model/dateline.h"

#include <algorithm>

#include "text/line_text.h"

namespace verity::model {
namespace {

constexpr std::size_t kMaxDatelineBytes = 80;

bool is_dash_at(std::string_view text, std::size_t pos, std::size_t* length) {
  // "-", "--", "—" (U+2014, folded to "-" by normalization but accepted raw too).
  if (text.substr(pos, 2) == "--") {
    *length = 2;
    return true;
  }
  if (pos < text.size() && text[pos] == '-') {
    *length = 1;
    return true;
  }
  if (text.substr(pos, 3) == "\u2014" || text.substr(pos, 3) == "\u2013") {
    *length = 3;
    return true;
  }
  return false;
}

// A place name in capitals, as datelines write it: "WASHINGTON", "NEW YORK",
// "SAN JUAN, Puerto Rico", "NEW YORK, Nov 30".
bool looks_like_place(std::string_view head) {
  head = text::trim(head);
  if (head.empty()) return false;
  std::size_t letters = 0;
  std::size_t upper = 0;
  // Only the part before the first comma must be in capitals.
  for (char c : head.substr(0, head.find(','))) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
      ++upper;
    } else if (c >= 'a' && c <= 'z') {
      ++letters;
    } else if (!(c == ' ' || c == '.' || c == '\'' || c == '-')) {
      return false;
    }
  }
  return letters >= 2 && upper == letters;
}

}  // namespace

std::string_view strip_dateline(std::string_view paragraph) {
  const std::string_view text = text::trim(paragraph);
  // "(CNN) Lawmakers …" / "(CNN) - …"
  if (text.starts_with("(")) {
    const std::size_t close = text.find(')');
    if (close != std::string_view::npos && close < 30) {
      std::size_t dash = 0;
      std::size_t after = close + 1;
      while (after < text.size() && text[after] == ' ') ++after;
      if (is_dash_at(text, after, &dash)) after += dash;
      return text::trim(text.substr(after));
    }
    return paragraph;
  }
  const std::size_t limit = std::min(text.size(), kMaxDatelineBytes);
  for (std::size_t i = 0; i < limit; ++i) {
    std::size_t dash = 0;
    if (text[i] == '(') {
      const std::size_t close = text.find(')', i);
      if (close == std::string_view::npos || close > limit || !looks_like_place(text.substr(0, i)))
        return paragraph;
      std::size_t after = close + 1;
      while (after < text.size() && text[after] == ' ') ++after;
      if (!is_dash_at(text, after, &dash)) return paragraph;
      return text::trim(text.substr(after + dash));
    }
    if (i > 0 && text[i - 1] == ' ' && is_dash_at(text, i, &dash)) {
      if (!looks_like_place(text.substr(0, i))) return paragraph;
      return text::trim(text.substr(i + dash));
    }
  }
  return paragraph;
}

bool is_credit_line(std::string_view paragraph) {
  std::string_view text = text::trim(paragraph);
  if (text.starts_with("(")) text.remove_prefix(1);
  for (std::string_view prefix : {"reporting by", "additional reporting by", "editing by",
                                  "writing by", "compiled by", "reporting and writing by"}) {
    if (text::starts_with_ci(text, prefix)) return !text::more_words_than(text, 40);
  }
  return false;
}

void layout_body(std::span<const std::string> paragraphs, std::string& out) {
  out.clear();
  for (const std::string& paragraph : paragraphs) {
    if (!out.empty()) out += "\n\n";
    const std::size_t start = out.size();
    out += paragraph;
    if (is_credit_line(paragraph)) {
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(start), out.end(), ' ');
      continue;
    }
    const std::string_view kept = strip_dateline(paragraph);
    const std::size_t dropped =
        kept.empty() ? 0 : static_cast<std::size_t>(kept.data() - paragraph.data());
    std::fill_n(out.begin() + static_cast<std::ptrdiff_t>(start), dropped, ' ');
  }
}

}  // namespace verity::model
