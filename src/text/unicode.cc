// Code-point helpers over utf8proc's tables. Every function has an ASCII branch
// first: news text is mostly ASCII and those bytes never reach utf8proc.
#include "text/unicode.h"

#include <utf8proc.h>

namespace verity::internal {

CodePoint decode_multibyte(std::string_view s, std::size_t i) {
  utf8proc_int32_t cp = 0;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i);
  const utf8proc_ssize_t length =
      utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (length <= 0 || cp < 0) return {U'\uFFFD', 1};
  return {static_cast<char32_t>(cp), static_cast<std::uint32_t>(length)};
}

std::size_t previous_start(std::string_view s, std::size_t end) {
  std::size_t i = end - 1;
  // At most three continuation bytes precede a lead byte in valid UTF-8.
  for (int k = 0; k < 3 && i > 0 && (static_cast<std::uint8_t>(s[i]) & 0xC0) == 0x80; ++k) --i;
  return i;
}

void append_utf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
    return;
  }
  utf8proc_uint8_t buffer[4];
  const utf8proc_ssize_t length = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buffer);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

bool is_ascii(std::string_view s) {
  unsigned char any = 0;
  for (char c : s) any |= static_cast<unsigned char>(c);  // branch-free: vectorizes
  return any < 0x80;
}

void append_lowercase(std::string_view in, std::string& out) {
  std::size_t i = 0;
  while (i < in.size()) {
    const char c = in[i];
    if (static_cast<std::uint8_t>(c) < 0x80) {
      // A run of ASCII is appended at once and lowered in place.
      std::size_t run = i + 1;
      while (run < in.size() && static_cast<std::uint8_t>(in[run]) < 0x80) ++run;
      const std::size_t start = out.size();
      out.append(in.data() + i, run - i);
      for (std::size_t k = start; k < out.size(); ++k) out[k] = ascii_lower(out[k]);
      i = run;
      continue;
    }
    const CodePoint cp = decode_at(in, i);
    if (cp.value == U'\uFFFD' && cp.length == 1) {
      out.push_back(c);  // not UTF-8: keep the byte rather than invent text
    } else {
      append_utf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp.value))),
                  out);
    }
    i += cp.length;
  }
}

CharClass classify_non_ascii(char32_t cp) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:  // zero-width and other invisible format characters
      return CharClass::kSpace;
    default:
      return CharClass::kOther;
  }
}

bool is_lowercase_letter(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

}  // namespace verity::internal
