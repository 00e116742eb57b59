// Small string helpers for the line-level rules: ASCII case-insensitive
// matching (page chrome is written in plain words), trimming and word counts.
#ifndef VERITY_TEXT_LINE_TEXT_H_
#define VERITY_TEXT_LINE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace verity::text {

std::string_view trim(std::string_view text);

// ASCII lower-casing; other bytes (UTF-8 sequences) are copied unchanged.
std::string lower_ascii(std::string_view text);

bool starts_with_ci(std::string_view text, std::string_view prefix);
bool ends_with_ci(std::string_view text, std::string_view suffix);
bool equals_ci(std::string_view a, std::string_view b);
bool contains_ci(std::string_view text, std::string_view needle);

// Words separated by spaces (what a reader would count, not tokens).
std::size_t count_words(std::string_view text);
std::vector<std::string_view> split_words(std::string_view text);
// The same into `words` (cleared first), reusing its memory.
void split_words(std::string_view text, std::vector<std::string_view>& words);

// count_words(text) > limit, without counting past the limit: rules that only
// apply to short lines run on every paragraph.
bool more_words_than(std::string_view text, std::size_t limit);

// Collapses runs of spaces and tabs into one space and trims the ends.
std::string collapse_spaces(std::string_view text);

// True when the text ends like a sentence: . ! ? or one of them before a
// closing quote or bracket.
bool ends_like_sentence(std::string_view text);

// True for a letter A–Z (ASCII); used for name-shaped words.
bool is_upper_ascii(char c);

// "Sean Adl-Tabatabai", "Jane O'Neil", "María López": 1–5 words, each starting
// with an upper-case letter (or a non-ASCII letter), no digits.
bool looks_like_person_name(std::string_view text);

}  // namespace verity::text

#endif  // VERITY_TEXT_LINE_TEXT_H_
