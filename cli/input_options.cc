#include "input_options.h"

#include <iostream>
#include <sstream>

namespace verity::cli {

void add_input_flags(CLI::App& command, InputFlags& flags) {
  command
      .add_option("--format", flags.format, "Input format: auto, text, html, jsonl, csv, tsv, liar")
      ->capture_default_str();
  command.add_option("--columns", flags.columns,
                     "CSV/TSV column mapping, e.g. text=body,title=headline,id=article_id "
                     "(fields: id title text html url label date authors dataset)");
  command
      .add_option("--max-bytes", flags.max_bytes, "Largest document or record to read, in bytes")
      ->capture_default_str();
}

Result<ReaderOptions> reader_options(const InputFlags& flags) {
  ReaderOptions options;
  const std::optional<InputFormat> format = parse_input_format(flags.format);
  if (!format) {
    return Status(
        StatusCode::kInvalidArgument,
        "--format " + flags.format + ": expected auto, text, html, jsonl, csv, tsv or liar");
  }
  options.format = *format;
  options.max_document_bytes = flags.max_bytes;
  options.max_record_bytes = flags.max_bytes;
  std::stringstream pairs(flags.columns);
  std::string pair;
  while (std::getline(pairs, pair, ',')) {
    if (pair.empty()) continue;
    const std::size_t equals = pair.find('=');
    if (equals == std::string::npos || equals == 0 || equals + 1 == pair.size()) {
      return Status(StatusCode::kInvalidArgument,
                    "--columns: expected FIELD=COLUMN, got '" + pair + "'");
    }
    const std::string field = pair.substr(0, equals);
    const std::string column = pair.substr(equals + 1);
    ColumnMap& map = options.columns;
    std::string* target = field == "id"        ? &map.id
                          : field == "title"   ? &map.title
                          : field == "text"    ? &map.text
                          : field == "html"    ? &map.html
                          : field == "url"     ? &map.url
                          : field == "label"   ? &map.label
                          : field == "date"    ? &map.date
                          : field == "authors" ? &map.authors
                          : field == "dataset" ? &map.dataset
                                               : nullptr;
    if (target == nullptr) {
      return Status(StatusCode::kInvalidArgument,
                    "--columns: unknown field '" + field +
                        "' (fields: id title text html url label date authors dataset)");
    }
    *target = column;
  }
  return options;
}

std::optional<ReaderOptions> reader_options_or_report(const InputFlags& flags) {
  Result<ReaderOptions> options = reader_options(flags);
  if (options.ok()) return options.value();
  std::cerr << "verity: " << options.status().message() << "\n";
  return std::nullopt;
}

}  // namespace verity::cli
