#include "fetch/charset.h"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>

namespace verity::fetch {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The value after "charset=" in `text` (from `from` on), up to a quote,
// semicolon, space or tag end.
std::string charset_value(std::string_view text, std::size_t from) {
  const std::size_t at = text.find("charset", from);
  if (at == std::string_view::npos) return {};
  std::size_t i = at + 7;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i >= text.size() || text[i] != '=') return {};
  ++i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '"' || text[i] == '\'')) ++i;
  std::size_t end = i;
  while (end < text.size() &&
         std::string_view("\"'; \t>/").find(text[end]) == std::string_view::npos)
    ++end;
  return std::string(text.substr(i, end - i));
}

}  // namespace

std::string charset_from_content_type(std::string_view content_type) {
  return charset_value(lower(content_type), 0);
}

std::string charset_from_meta(std::string_view html) {
  const std::string head = lower(html.substr(0, 4096));
  for (std::size_t at = head.find("<meta"); at != std::string::npos;
       at = head.find("<meta", at + 5)) {
    const std::size_t end = head.find('>', at);
    const std::string_view tag =
        std::string_view(head).substr(at, end == std::string::npos ? end : end - at);
    std::string charset = charset_value(tag, 0);
    if (!charset.empty()) return charset;
  }
  return {};
}

std::string to_utf8(std::string_view bytes, std::string_view charset) {
  std::string name = lower(charset);
  if (name.empty() || name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii")
    return std::string(bytes);
  if (name == "iso-8859-1" || name == "latin1" || name == "iso8859-1") name = "windows-1252";
  iconv_t converter = iconv_open("UTF-8", name.c_str());
  if (converter == reinterpret_cast<iconv_t>(-1)) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  char buffer[16384];
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  while (in_left > 0) {
    char* to = buffer;
    std::size_t to_left = sizeof buffer;
    const std::size_t done = iconv(converter, &in, &in_left, &to, &to_left);
    out.append(buffer, static_cast<std::size_t>(to - buffer));
    if (done == static_cast<std::size_t>(-1) && errno != E2BIG) {
      out += "\xEF\xBF\xBD";  // U+FFFD for a byte that does not decode; go on after it
      ++in;
      --in_left;
    }
  }
  iconv_close(converter);
  return out;
}

}  // namespace verity::fetch
