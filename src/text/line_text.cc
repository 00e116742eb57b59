#include "text/line_text.h"

#include <algorithm>
#include <cctype>

namespace verity::text {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

}  // namespace

std::string_view trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = lower(c);
  return out;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && equals_ci(text.substr(0, prefix.size()), prefix);
}

bool ends_with_ci(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         equals_ci(text.substr(text.size() - suffix.size()), suffix);
}

bool equals_ci(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [](char x, char y) { return lower(x) == lower(y); });
}

bool contains_ci(std::string_view text, std::string_view needle) {
  if (needle.empty()) return true;
  const auto match = std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                                 [](char x, char y) { return lower(x) == lower(y); });
  return match != text.end();
}

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = is_space(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool more_words_than(std::string_view text, std::size_t limit) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
    if (!space && !in_word && ++words > limit) return true;
    in_word = !space;
  }
  return false;
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  split_words(text, words);
  return words;
}

void split_words(std::string_view text, std::vector<std::string_view>& words) {
  words.clear();
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    const std::size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
}

std::string collapse_spaces(std::string_view text) {
  text = trim(text);
  // Most lines need nothing: no tab, newline or double space.
  bool clean = true;
  for (std::size_t i = 0; i < text.size() && clean; ++i) {
    const char c = text[i];
    clean = !(c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
              (c == ' ' && i + 1 < text.size() && text[i + 1] == ' '));
  }
  if (clean) return std::string(text);
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : trim(text)) {
    if (is_space(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

bool ends_like_sentence(std::string_view text) {
  text = trim(text);
  while (!text.empty() &&
         (text.back() == '"' || text.back() == '\'' || text.back() == ')' || text.back() == ']')) {
    text.remove_suffix(1);
  }
  return !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?');
}

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

bool looks_like_person_name(std::string_view text) {
  const std::vector<std::string_view> words = split_words(text);
  if (words.empty() || words.size() > 5) return false;
  for (std::string_view word : words) {
    const auto first = static_cast<unsigned char>(word.front());
    if (!is_upper_ascii(word.front()) && first < 0x80) return false;
    if (std::any_of(word.begin(), word.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      return false;
    }
  }
  return true;
}

}  // namespace verity::text
