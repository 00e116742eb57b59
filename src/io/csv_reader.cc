// CSV and TSV articles with a header row: the rows come from CsvRows
// (csv_rows.h); this maps columns to Document fields.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "io/csv_rows.h"
#include "io/dataset_reader.h"

namespace verity::io {
namespace {

enum Field { kId, kTitle, kText, kHtml, kUrl, kLabel, kDate, kAuthors, kDataset, kFieldCount };

struct FieldSpec {
  const char* name;
  std::string ColumnMap::*option;
  std::vector<std::string_view> guesses;  // header names, most likely first
};

const std::array<FieldSpec, kFieldCount>& field_specs() {
  static const std::array<FieldSpec, kFieldCount> kSpecs = {{
      {"id", &ColumnMap::id, {"id"}},
      {"title", &ColumnMap::title, {"title", "headline"}},
      {"text", &ColumnMap::text, {"text", "body", "content", "article", "statement"}},
      {"html", &ColumnMap::html, {"html"}},
      {"url", &ColumnMap::url, {"url", "link"}},
      {"label", &ColumnMap::label, {"label", "class"}},
      {"date", &ColumnMap::date, {"date", "published", "publish_date"}},
      {"authors", &ColumnMap::authors, {"authors", "author", "byline"}},
      {"dataset", &ColumnMap::dataset, {"dataset"}},
  }};
  return kSpecs;
}

constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);

class CsvReader final : public DocumentReader {
 public:
  CsvReader(std::unique_ptr<InputStream> stream, const ReaderOptions& options, InputFormat format)
      : rows_(std::move(stream), format == InputFormat::kTsv, options.max_record_bytes),
        options_(options),
        format_(format) {}

  // Reads the header row and maps columns to fields.
  Status start();

  bool next(DocumentRecord& record) override;
  InputFormat format() const override { return format_; }

 private:
  Status map_columns(const std::vector<std::string>& header);
  void fill_document(CsvRow& row, DocumentRecord& record);
  const std::string& name() const { return rows_.stream().name(); }

  CsvRows rows_;
  ReaderOptions options_;
  InputFormat format_;
  std::size_t records_ = 0;

  std::vector<std::string> header_;
  std::array<std::size_t, kFieldCount> columns_{};
  std::vector<bool> mapped_;
};

Status CsvReader::map_columns(const std::vector<std::string>& header) {
  std::vector<std::string> names;
  std::string listing;
  for (const std::string& column : header) {
    names.push_back(normalized_column_name(column));
    listing += (names.size() == 1 ? "" : ", ") + column;
  }
  mapped_.assign(header.size(), false);
  columns_.fill(kNoColumn);
  const auto& specs = field_specs();
  // Columns the caller named come first, so a guess never takes them.
  for (std::size_t f = 0; f < kFieldCount; ++f) {
    const std::string& wanted = options_.columns.*specs[f].option;
    if (wanted.empty()) continue;
    const auto found = std::find(names.begin(), names.end(), normalized_column_name(wanted));
    if (found == names.end()) {
      return Status(StatusCode::kInvalidArgument, name() + ": no column named '" + wanted +
                                                      "' for the " + specs[f].name +
                                                      " field (header: " + listing + ")");
    }
    columns_[f] = static_cast<std::size_t>(found - names.begin());
    mapped_[columns_[f]] = true;
  }
  for (std::size_t f = 0; f < kFieldCount; ++f) {
    if (columns_[f] != kNoColumn || !(options_.columns.*specs[f].option).empty()) continue;
    for (std::string_view guess : specs[f].guesses) {
      for (std::size_t c = 0; c < names.size() && columns_[f] == kNoColumn; ++c) {
        if (!mapped_[c] && names[c] == guess) {
          columns_[f] = c;
          mapped_[c] = true;
        }
      }
    }
  }
  if (columns_[kText] == kNoColumn && columns_[kHtml] == kNoColumn &&
      columns_[kTitle] == kNoColumn) {
    return Status(StatusCode::kMalformed,
                  name() +
                      ": no text column in the header (looked for text, body, content, article, "
                      "statement, html, title; header: " +
                      listing + ")");
  }
  return Status();
}

Status CsvReader::start() {
  CsvRow row;
  if (!rows_.next(row)) {
    if (rows_.stream_failed()) return rows_.stream().status();
    return Status(StatusCode::kUnreadable, name() + ": no header row");
  }
  if (!row.error.ok()) {
    return Status(row.error.code(), row.error.message() + " (in the header row)");
  }
  header_ = std::move(row.fields);
  return map_columns(header_);
}

void CsvReader::fill_document(CsvRow& row, DocumentRecord& record) {
  Document& document = record.document;
  const auto take = [&](Field field) -> std::string {
    return columns_[field] == kNoColumn ? std::string() : std::move(row.fields[columns_[field]]);
  };
  document.id = take(kId);
  document.title = take(kTitle);
  std::string text = take(kText);
  std::string html = take(kHtml);
  document.url = take(kUrl);
  document.label = take(kLabel);
  document.date = take(kDate);
  // One cell is one author string; splitting "A, B and C" is extraction's job.
  if (std::string authors = take(kAuthors); !authors.empty()) {
    document.authors.push_back(std::move(authors));
  }
  document.dataset = take(kDataset);
  for (std::size_t c = 0; c < header_.size(); ++c) {
    if (mapped_[c]) continue;
    std::string name =
        normalized_column_name(header_[c]).empty() ? "column_" + std::to_string(c + 1) : header_[c];
    document.extra.emplace_back(std::move(name), std::move(row.fields[c]));
  }
  set_content(document, std::move(text), std::move(html));
  if (document.id.empty()) document.id = std::to_string(record.number);
}

bool CsvReader::next(DocumentRecord& record) {
  CsvRow row;
  if (!rows_.next(row)) {
    if (!rows_.stream_failed()) return false;
    rows_.clear_stream_failure();  // report the failure once
    set_stream_failure(record, records_, rows_.stream());
    return true;
  }
  const std::size_t number = ++records_;
  std::string origin = line_origin(name(), row.line);
  if (!row.error.ok()) {
    set_record_error(record, number, std::move(origin), row.error.code(), row.error.message());
    return true;
  }
  if (row.fields.size() != header_.size()) {
    std::string message = origin + ": expected " + std::to_string(header_.size()) +
                          " fields as in the header, found " + std::to_string(row.fields.size());
    set_record_error(record, number, std::move(origin), StatusCode::kMalformed, std::move(message));
    return true;
  }
  record.number = number;
  record.status = Status();
  record.document = Document{};
  fill_document(row, record);
  if (record.document.content.empty() && record.document.title.empty()) {
    std::string message = no_text_message(origin);
    set_record_error(record, number, std::move(origin), StatusCode::kMalformed, std::move(message));
    return true;
  }
  record.document.origin = std::move(origin);
  return true;
}

}  // namespace

Result<std::unique_ptr<DocumentReader>> make_csv_reader(std::unique_ptr<InputStream> stream,
                                                        const ReaderOptions& options,
                                                        InputFormat format) {
  auto reader = std::make_unique<CsvReader>(std::move(stream), options, format);
  if (Status status = reader->start(); !status.ok()) return status;
  return std::unique_ptr<DocumentReader>(std::move(reader));
}

}  // namespace verity::io
