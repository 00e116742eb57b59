// Format detection: the name's extension first (people name files for what
// they hold), then the first bytes.
#include "io/format_detect.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "verity/extract.h"

namespace verity::io {
namespace {

constexpr std::size_t kLiarFields = 14;

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

InputFormat format_from_name(std::string_view name) {
  std::string file = lower(name);
  if (ends_with(file, ".gz")) file.resize(file.size() - 3);
  const std::size_t dot = file.find_last_of("./");
  if (dot == std::string::npos || file[dot] != '.') return InputFormat::kAuto;
  const std::string_view extension = std::string_view(file).substr(dot + 1);
  if (extension == "jsonl" || extension == "ndjson" || extension == "json") {
    return InputFormat::kJsonl;
  }
  if (extension == "csv") return InputFormat::kCsv;
  if (extension == "tsv") return InputFormat::kTsv;
  if (extension == "html" || extension == "htm") return InputFormat::kHtml;
  if (extension == "txt") return InputFormat::kText;
  return InputFormat::kAuto;
}

bool looks_like_liar(std::string_view first_line) {
  if (!first_line.empty() && first_line.back() == '\r') first_line.remove_suffix(1);
  if (static_cast<std::size_t>(std::count(first_line.begin(), first_line.end(), '\t')) !=
      kLiarFields - 1) {
    return false;
  }
  const std::size_t label_begin = first_line.find('\t') + 1;
  const std::size_t label_end = first_line.find('\t', label_begin);
  const std::string_view label = first_line.substr(label_begin, label_end - label_begin);
  static constexpr std::array<std::string_view, 6> kLabels = {
      "pants-fire", "false", "barely-true", "half-true", "mostly-true", "true"};
  return std::find(kLabels.begin(), kLabels.end(), label) != kLabels.end();
}

InputFormat detect_input_format(std::string_view name, std::string_view head) {
  const std::string_view first_line = head.substr(0, head.find('\n'));
  const InputFormat by_name = format_from_name(name);
  if (by_name == InputFormat::kTsv) {
    return looks_like_liar(first_line) ? InputFormat::kLiar : InputFormat::kTsv;
  }
  if (by_name != InputFormat::kAuto) return by_name;
  const std::size_t first = head.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && head[first] == '{') return InputFormat::kJsonl;
  if (looks_like_liar(first_line)) return InputFormat::kLiar;
  return sniff_content_kind(head) == ContentKind::kHtml ? InputFormat::kHtml : InputFormat::kText;
}

}  // namespace verity::io
