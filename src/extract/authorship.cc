#include "extract/authorship.h"

#include <algorithm>
#include <unordered_set>

#include "text/line_text.h"

namespace verity::extract {

// "About Sean Adl-Tabatabai 17785 Articles" → "Sean Adl-Tabatabai".
std::optional<std::string> parse_bio_header(std::string_view line) {
  if (!text::starts_with_ci(line, "about ")) return std::nullopt;
  std::vector<std::string_view> words = text::split_words(line);
  if (words.size() < 4 || words.size() > 9 || !text::equals_ci(words.front(), "about"))
    return std::nullopt;
  const std::string_view unit = words.back();
  if (!text::equals_ci(unit, "articles") && !text::equals_ci(unit, "posts") &&
      !text::equals_ci(unit, "stories")) {
    return std::nullopt;
  }
  const std::string_view count = words[words.size() - 2];
  if (!std::all_of(count.begin(), count.end(),
                   [](char c) { return (c >= '0' && c <= '9') || c == ','; })) {
    return std::nullopt;
  }
  std::string name;
  for (std::size_t i = 1; i + 2 < words.size(); ++i) {
    if (!name.empty()) name += ' ';
    name += words[i];
  }
  if (!text::looks_like_person_name(name)) return std::nullopt;
  return name;
}

// "By Jane Doe and John Roe, Reuters" → {"Jane Doe", "John Roe"}.
std::vector<std::string> parse_byline(std::string_view line) {
  std::string_view text = text::trim(line);
  if (!text::starts_with_ci(text, "by ") || text::count_words(text) > 14) return {};
  text.remove_prefix(3);
  std::vector<std::string> names;
  std::string current;
  const auto flush = [&] {
    std::string name = text::collapse_spaces(current);
    current.clear();
    if (name.empty()) return;
    if (text::looks_like_person_name(name)) names.push_back(std::move(name));
  };
  for (std::string_view word : text::split_words(text)) {
    std::string_view bare = word;
    const bool ends_clause = bare.ends_with(",") || bare.ends_with(";") || bare.ends_with("|");
    if (ends_clause) bare.remove_suffix(1);
    if (text::equals_ci(bare, "and") || bare == "&") {
      flush();
      continue;
    }
    if (!current.empty()) current += ' ';
    current += bare;
    if (ends_clause) flush();
  }
  flush();
  return names;
}

// A person-description paragraph at the foot of a page: "Jane Doe is a staff
// writer at …".
bool looks_like_author_bio(std::string_view paragraph) {
  const std::size_t is_a = paragraph.find(" is a");
  if (is_a == std::string_view::npos || is_a > 60 || text::count_words(paragraph) > 120)
    return false;
  if (!text::looks_like_person_name(paragraph.substr(0, is_a))) return false;
  static const std::unordered_set<std::string_view> kRoles = {
      "writer",        "reporter",    "journalist", "editor",
      "correspondent", "contributor", "columnist",  "blogger"};
  // Whole words: a "singer-songwriter" profile is story, not the author's bio.
  std::string word;
  for (char c : paragraph.substr(is_a)) {
    if (c >= 'a' && c <= 'z') {
      word.push_back(c);
      continue;
    }
    if (kRoles.count(word) > 0) return true;
    word.clear();
  }
  return kRoles.count(word) > 0;
}

}  // namespace verity::extract
