// DocumentReader's factories: open the bytes, refuse what holds no text,
// decide the format and hand over to the reader for it.
#include <array>
#include <utility>

#include "io/dataset_reader.h"
#include "io/format_detect.h"
#include "io/input_stream.h"
#include "text/text.h"
#include "verity/reader.h"

namespace verity {
namespace {

constexpr std::array<std::pair<InputFormat, const char*>, 7> kFormatNames = {{
    {InputFormat::kAuto, "auto"},
    {InputFormat::kText, "text"},
    {InputFormat::kHtml, "html"},
    {InputFormat::kJsonl, "jsonl"},
    {InputFormat::kCsv, "csv"},
    {InputFormat::kTsv, "tsv"},
    {InputFormat::kLiar, "liar"},
}};

// Enough to judge binary content and to see a first line or header.
constexpr std::size_t kHeadBytes = 8192;

Result<std::unique_ptr<DocumentReader>> open_stream(std::unique_ptr<io::InputStream> stream,
                                                    const ReaderOptions& options) {
  const std::string_view head = stream->peek(kHeadBytes);
  if (head.empty()) {
    if (!stream->status().ok()) return stream->status();
    return Status(StatusCode::kUnreadable, stream->name() + ": empty input");
  }
  if (looks_binary(head)) {
    return Status(StatusCode::kUnreadable,
                  stream->name() + ": binary data, not text" +
                      (stream->gzipped() ? " (after gzip decompression)" : ""));
  }
  const InputFormat format = options.format == InputFormat::kAuto
                                 ? io::detect_input_format(stream->name(), head)
                                 : options.format;
  switch (format) {
    case InputFormat::kJsonl:
      return io::make_jsonl_reader(std::move(stream), options);
    case InputFormat::kLiar:
      return io::make_liar_reader(std::move(stream), options);
    case InputFormat::kCsv:
    case InputFormat::kTsv:
      return io::make_csv_reader(std::move(stream), options, format);
    case InputFormat::kText:
    case InputFormat::kHtml:
    case InputFormat::kAuto:  // unreachable: detection never answers kAuto
      return io::make_whole_file_reader(std::move(stream), options,
                                        format == InputFormat::kHtml ? format : InputFormat::kText);
  }
  return Status(StatusCode::kInvalidArgument, stream->name() + ": unknown input format");
}

}  // namespace

const char* input_format_name(InputFormat format) {
  for (const auto& [value, name] : kFormatNames) {
    if (value == format) return name;
  }
  return "unknown";
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
  for (const auto& [value, format_name] : kFormatNames) {
    if (name == format_name) return value;
  }
  if (name == "txt") return InputFormat::kText;
  if (name == "ndjson") return InputFormat::kJsonl;
  return std::nullopt;
}

Result<std::unique_ptr<DocumentReader>> DocumentReader::open(const std::string& path,
                                                             const ReaderOptions& options) {
  Result<std::unique_ptr<io::InputStream>> stream = io::InputStream::open_file(path);
  if (!stream.ok()) return stream.status();
  return open_stream(std::move(stream).value(), options);
}

Result<std::unique_ptr<DocumentReader>> DocumentReader::from_string(std::string content,
                                                                    const std::string& name,
                                                                    const ReaderOptions& options) {
  return open_stream(io::InputStream::from_string(std::move(content), name), options);
}

}  // namespace verity
