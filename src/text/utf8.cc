// UTF-8 validation and repair, and the binary-file guess. Hot path: the loop
// copies runs of ASCII at once and decodes only multi-byte sequences.
#include <cstdint>

#include "text/text.h"

namespace verity {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 when the
// bytes there are not one (RFC 3629 table: no overlongs, no surrogates,
// nothing above U+10FFFF).
std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(s[i + k]); };
  const std::size_t left = s.size() - i;
  const std::uint8_t b0 = byte(0);
  const auto continuation = [&](std::size_t k) { return k < left && (byte(k) & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) return continuation(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (left < 2) return 0;
    const std::uint8_t b1 = byte(1);
    if (b0 == 0xE0 && b1 < 0xA0) return 0;  // overlong
    if (b0 == 0xED && b1 > 0x9F) return 0;  // UTF-16 surrogate
    return continuation(1) && continuation(2) ? 3 : 0;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (left < 2) return 0;
    const std::uint8_t b1 = byte(1);
    if (b0 == 0xF0 && b1 < 0x90) return 0;  // overlong
    if (b0 == 0xF4 && b1 > 0x8F) return 0;  // above U+10FFFF
    return continuation(1) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

}  // namespace

std::size_t repair_utf8(std::string_view in, std::string& out) {
  out.clear();
  out.reserve(in.size());
  std::size_t replaced = 0;
  std::size_t i = 0;
  while (i < in.size()) {
    std::size_t run = i;
    while (run < in.size() && static_cast<std::uint8_t>(in[run]) < 0x80 && in[run] != '\0') ++run;
    out.append(in.data() + i, run - i);
    i = run;
    if (i >= in.size()) break;
    if (in[i] == '\0') {  // NULs would cut strings short in C APIs (gumbo, utf8proc)
      ++replaced;
      ++i;
      continue;
    }
    const std::size_t length = valid_sequence_length(in, i);
    if (length == 0) {
      out.append(kReplacement);
      ++replaced;
      ++i;
    } else {
      out.append(in.data() + i, length);
      i += length;
    }
  }
  return replaced;
}

bool looks_binary(std::string_view data) {
  const std::string_view head = data.substr(0, 8192);
  if (head.empty()) return false;
  std::size_t control = 0;
  for (char c : head) {
    const auto byte = static_cast<std::uint8_t>(c);
    if (byte == 0) return true;  // text formats verity reads never contain NUL
    if (byte < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  // Text has almost no control bytes; compressed or executable data has many.
  return control * 10 > head.size();
}

}  // namespace verity
