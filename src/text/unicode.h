// Internal code-point helpers shared by the normalizer, the tokenizer and the
// sentence splitter: decoding, encoding, lower-casing and the character
// classes they agree on. Not part of the public API.
#ifndef VERITY_SRC_TEXT_UNICODE_H_
#define VERITY_SRC_TEXT_UNICODE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace verity::internal {

struct CodePoint {
  char32_t value;
  std::uint32_t length;  // bytes it occupies in the text, always >= 1
};

// Decodes a multi-byte code point starting at s[i]; see decode_at.
CodePoint decode_multibyte(std::string_view s, std::size_t i);

// Decodes the code point starting at s[i] (REQUIRES: i < s.size()). A byte
// that does not start a well-formed sequence decodes as U+FFFD of length 1, so
// callers always make progress even on input that skipped repair_utf8.
// Inline because the tokenizer calls it for every character, and almost all
// of them are ASCII.
inline CodePoint decode_at(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<std::uint8_t>(s[i]);
  if (b0 < 0x80) [[likely]]
    return {b0, 1};
  return decode_multibyte(s, i);
}

// Start of the code point that ends just before s[end] (REQUIRES: end > 0).
std::size_t previous_start(std::string_view s, std::size_t end);

void append_utf8(char32_t cp, std::string& out);

// True when every byte is below 0x80: the common case that skips utf8proc.
bool is_ascii(std::string_view s);

// Appends the lower-cased form of `in` (simple one-to-one Unicode mapping, so
// the result has the same number of code points).
void append_lowercase(std::string_view in, std::string& out);

enum class CharClass : std::uint8_t {
  kSpace,   // white space, line breaks, controls and invisible format characters
  kLetter,  // Unicode letters (L*)
  kMark,    // combining marks (M*): continue whatever they follow
  kDigit,   // decimal digits (Nd)
  kOther,   // punctuation, symbols, other numbers
};

// The class of a code point at or above U+0080 (through utf8proc).
CharClass classify_non_ascii(char32_t cp);

inline constexpr std::array<CharClass, 128> kAsciiClasses = [] {
  std::array<CharClass, 128> classes{};
  for (int c = 0; c < 128; ++c) {
    if (c >= '0' && c <= '9') {
      classes[c] = CharClass::kDigit;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      classes[c] = CharClass::kLetter;
    } else if (c <= ' ' || c == 0x7F) {
      classes[c] = CharClass::kSpace;
    } else {
      classes[c] = CharClass::kOther;
    }
  }
  return classes;
}();

inline CharClass classify(char32_t cp) {
  if (cp < 0x80) [[likely]]
    return kAsciiClasses[cp];
  return classify_non_ascii(cp);
}

// True for a lowercase letter (Ll): what a sentence continuation starts with.
bool is_lowercase_letter(char32_t cp);

inline bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

inline bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

inline char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace verity::internal

#endif  // VERITY_SRC_TEXT_UNICODE_H_
