// CSV and TSV with a header row, parsed by libcsv in strict RFC 4180 mode.
//
// The input is fed to libcsv one physical line at a time. That keeps memory
// bounded (a line over max_record_bytes is skipped by the stream) and tells us
// the line each record starts on, which libcsv itself does not track. After a
// malformed record, reading resumes at the next physical line with a fresh
// parser; inside a broken quoted field that may cost a few more bad records,
// but never the whole file.
#include <csv.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <deque>
#include <string>
#include <vector>

#include "extract/dataset_reader.h"

namespace verity::extract {
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

std::string normalized_name(std::string_view name) {
  const std::size_t begin = name.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  name = name.substr(begin, name.find_last_not_of(" \t") - begin + 1);
  std::string out(name);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// RFC 4180: spaces belong to the field. libcsv trims them by default.
int no_spaces(unsigned char) { return 0; }

constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);

class CsvReader final : public DocumentReader {
 public:
  CsvReader(std::unique_ptr<InputStream> stream, const ReaderOptions& options, InputFormat format)
      : stream_(std::move(stream)), options_(options), format_(format) {
    init_parser();
  }
  ~CsvReader() override { csv_free(&parser_); }
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Reads the header row and maps columns to fields.
  Status start();

  bool next(DocumentRecord& record) override;
  InputFormat format() const override { return format_; }

 private:
  struct Row {
    std::size_t line = 0;
    std::vector<std::string> fields;
    Status error;  // set when the row could not be parsed
  };

  static void on_field(void* data, std::size_t length, void* self);
  static void on_row_end(int terminator, void* self);

  // Parses lines until a row is ready; false at the end of input or when the
  // stream failed (then stream_failed_ is set).
  bool pump();
  void feed_line();
  void finish();
  void push_error(StatusCode code, const std::string& reason);
  void init_parser();
  void reset_parser();
  Status map_columns(const std::vector<std::string>& header);
  void fill_document(Row& row, DocumentRecord& record);

  std::unique_ptr<InputStream> stream_;
  ReaderOptions options_;
  InputFormat format_;
  csv_parser parser_{};
  std::string line_;
  std::vector<std::string> fields_;  // of the row being parsed
  std::deque<Row> ready_;
  bool record_open_ = false;
  std::size_t record_line_ = 0;
  std::size_t record_bytes_ = 0;
  bool finished_ = false;
  bool stream_failed_ = false;
  std::size_t records_ = 0;

  std::vector<std::string> header_;
  std::array<std::size_t, kFieldCount> columns_{};
  std::vector<bool> mapped_;
};

void CsvReader::init_parser() {
  csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI);
  if (format_ == InputFormat::kTsv) csv_set_delim(&parser_, CSV_TAB);
  csv_set_space_func(&parser_, no_spaces);
}

// Starts over after a bad record: libcsv cannot go on after a parse error.
void CsvReader::reset_parser() {
  csv_free(&parser_);
  init_parser();
  fields_.clear();
  record_open_ = false;
  record_bytes_ = 0;
}

void CsvReader::on_field(void* data, std::size_t length, void* self) {
  auto* reader = static_cast<CsvReader*>(self);
  reader->fields_.emplace_back(static_cast<const char*>(data), length);
}

void CsvReader::on_row_end(int /*terminator*/, void* self) {
  auto* reader = static_cast<CsvReader*>(self);
  Row row;
  row.line = reader->record_line_;
  if (reader->record_bytes_ > reader->options_.max_record_bytes) {
    row.error = Status(StatusCode::kTooLarge,
                       line_origin(reader->stream_->name(), row.line) + ": " +
                           record_too_large_reason(reader->options_.max_record_bytes));
  } else {
    row.fields = std::move(reader->fields_);
  }
  reader->fields_.clear();
  reader->ready_.push_back(std::move(row));
  // A lone "\r" ends a row mid-line; anything after it starts on this line.
  reader->record_open_ = false;
  reader->record_line_ = reader->stream_->line_number();
}

void CsvReader::push_error(StatusCode code, const std::string& reason) {
  Row row;
  row.line = record_line_;
  row.error = Status(code, line_origin(stream_->name(), record_line_) + ": " + reason);
  ready_.push_back(std::move(row));
}

void CsvReader::feed_line() {
  if (!record_open_) {
    if (is_blank(line_)) return;  // blank lines between records are not records
    record_open_ = true;
    record_line_ = stream_->line_number();
    record_bytes_ = 0;
  }
  // The stream took the line end off; the parser needs it back to end the row
  // (or to keep it inside a quoted field).
  line_.push_back('\n');
  record_bytes_ += line_.size();
  const std::size_t used =
      csv_parse(&parser_, line_.data(), line_.size(), on_field, on_row_end, this);
  if (used < line_.size()) {
    push_error(StatusCode::kMalformed,
               csv_error(&parser_) == CSV_EPARSE
                   ? "malformed quoting (a quote inside an unquoted field, or text after a "
                     "closing quote)"
                   : std::string("cannot parse (") + csv_strerror(csv_error(&parser_)) + ")");
    reset_parser();
  } else if (record_open_ && record_bytes_ > options_.max_record_bytes) {
    push_error(StatusCode::kTooLarge, record_too_large_reason(options_.max_record_bytes));
    reset_parser();
  }
}

void CsvReader::finish() {
  finished_ = true;
  if (csv_fini(&parser_, on_field, on_row_end, this) != 0) {
    push_error(StatusCode::kMalformed, "unterminated quoted field at the end of the input");
  }
  reset_parser();
}

bool CsvReader::pump() {
  while (ready_.empty() && !finished_) {
    switch (stream_->read_line(line_, options_.max_record_bytes)) {
      case InputStream::LineResult::kLine:
        feed_line();
        break;
      case InputStream::LineResult::kTooLong:
        if (!record_open_) record_line_ = stream_->line_number();
        push_error(StatusCode::kTooLarge, record_too_large_reason(options_.max_record_bytes));
        reset_parser();
        break;
      case InputStream::LineResult::kEnd:
        finish();
        break;
      case InputStream::LineResult::kError:
        // A partial record before the failure is dropped: it is incomplete.
        finished_ = true;
        stream_failed_ = true;
        break;
    }
  }
  return !ready_.empty();
}

Status CsvReader::map_columns(const std::vector<std::string>& header) {
  std::vector<std::string> names;
  std::string listing;
  for (const std::string& column : header) {
    names.push_back(normalized_name(column));
    listing += (names.size() == 1 ? "" : ", ") + column;
  }
  mapped_.assign(header.size(), false);
  columns_.fill(kNoColumn);
  const auto& specs = field_specs();
  // Columns the caller named come first, so a guess never takes them.
  for (std::size_t f = 0; f < kFieldCount; ++f) {
    const std::string& wanted = options_.columns.*specs[f].option;
    if (wanted.empty()) continue;
    const auto found = std::find(names.begin(), names.end(), normalized_name(wanted));
    if (found == names.end()) {
      return Status(StatusCode::kInvalidArgument, stream_->name() + ": no column named '" + wanted +
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
                  stream_->name() +
                      ": no text column in the header (looked for text, body, content, article, "
                      "statement, html, title; header: " +
                      listing + ")");
  }
  return Status();
}

Status CsvReader::start() {
  if (!pump()) {
    if (stream_failed_) return stream_->status();
    return Status(StatusCode::kUnreadable, stream_->name() + ": no header row");
  }
  Row row = std::move(ready_.front());
  ready_.pop_front();
  if (!row.error.ok()) {
    return Status(row.error.code(), row.error.message() + " (in the header row)");
  }
  header_ = std::move(row.fields);
  return map_columns(header_);
}

void CsvReader::fill_document(Row& row, DocumentRecord& record) {
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
        normalized_name(header_[c]).empty() ? "column_" + std::to_string(c + 1) : header_[c];
    document.extra.emplace_back(std::move(name), std::move(row.fields[c]));
  }
  set_content(document, std::move(text), std::move(html));
  if (document.id.empty()) document.id = std::to_string(record.number);
}

bool CsvReader::next(DocumentRecord& record) {
  if (!pump()) {
    if (!stream_failed_) return false;
    stream_failed_ = false;  // report the failure once
    set_stream_failure(record, records_, *stream_);
    return true;
  }
  Row row = std::move(ready_.front());
  ready_.pop_front();
  const std::size_t number = ++records_;
  std::string origin = line_origin(stream_->name(), row.line);
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

}  // namespace verity::extract
