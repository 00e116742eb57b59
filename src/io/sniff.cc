// Content sniffing: is a document HTML or plain text?
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "verity/extract.h"

namespace verity {

ContentKind sniff_content_kind(std::string_view content) {
  // Look at the start only: a page announces itself early, while a text
  // article may quote a tag deep inside.
  std::string head(content.substr(0, 4096));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const std::size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first == std::string::npos || head[first] != '<') return ContentKind::kText;
  static constexpr std::array<std::string_view, 12> kMarkers = {
      "<!doctype html", "<html", "<head", "<body", "<meta", "<title",
      "<article",       "<div",  "<p>",   "<p ",   "<!--",  "<section"};
  for (std::string_view marker : kMarkers) {
    if (head.find(marker) != std::string::npos) return ContentKind::kHtml;
  }
  return ContentKind::kText;
}

}  // namespace verity
