#include "io/csv_rows.h"

#include <algorithm>
#include <cctype>

#include "io/dataset_reader.h"

namespace verity::io {
namespace {

// RFC 4180: spaces belong to the field. libcsv trims them by default.
int no_spaces(unsigned char) { return 0; }

}  // namespace

std::string normalized_column_name(std::string_view name) {
  const std::size_t begin = name.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  name = name.substr(begin, name.find_last_not_of(" \t") - begin + 1);
  std::string out(name);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

CsvRows::CsvRows(std::unique_ptr<InputStream> stream, bool tab, std::size_t max_record_bytes)
    : stream_(std::move(stream)), tab_(tab), max_record_bytes_(max_record_bytes) {
  init_parser();
}

CsvRows::~CsvRows() { csv_free(&parser_); }

void CsvRows::init_parser() {
  csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI);
  if (tab_) csv_set_delim(&parser_, CSV_TAB);
  csv_set_space_func(&parser_, no_spaces);
}

// Starts over after a bad record: libcsv cannot go on after a parse error.
void CsvRows::reset_parser() {
  csv_free(&parser_);
  init_parser();
  fields_.clear();
  record_open_ = false;
  record_bytes_ = 0;
}

void CsvRows::on_field(void* data, std::size_t length, void* self) {
  auto* rows = static_cast<CsvRows*>(self);
  rows->fields_.emplace_back(static_cast<const char*>(data), length);
}

void CsvRows::on_row_end(int /*terminator*/, void* self) {
  auto* rows = static_cast<CsvRows*>(self);
  CsvRow row;
  row.line = rows->record_line_;
  if (rows->record_bytes_ > rows->max_record_bytes_) {
    row.error = Status(StatusCode::kTooLarge, line_origin(rows->stream_->name(), row.line) + ": " +
                                                  record_too_large_reason(rows->max_record_bytes_));
  } else {
    row.fields = std::move(rows->fields_);
  }
  rows->fields_.clear();
  rows->ready_.push_back(std::move(row));
  // A lone "\r" ends a row mid-line; anything after it starts on this line.
  rows->record_open_ = false;
  rows->record_line_ = rows->stream_->line_number();
}

void CsvRows::push_error(StatusCode code, const std::string& reason) {
  CsvRow row;
  row.line = record_line_;
  row.error = Status(code, line_origin(stream_->name(), record_line_) + ": " + reason);
  ready_.push_back(std::move(row));
}

void CsvRows::feed_line() {
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
  } else if (record_open_ && record_bytes_ > max_record_bytes_) {
    push_error(StatusCode::kTooLarge, record_too_large_reason(max_record_bytes_));
    reset_parser();
  }
}

void CsvRows::finish() {
  finished_ = true;
  if (csv_fini(&parser_, on_field, on_row_end, this) != 0) {
    push_error(StatusCode::kMalformed, "unterminated quoted field at the end of the input");
  }
  reset_parser();
}

bool CsvRows::pump() {
  while (ready_.empty() && !finished_) {
    switch (stream_->read_line(line_, max_record_bytes_)) {
      case InputStream::LineResult::kLine:
        feed_line();
        break;
      case InputStream::LineResult::kTooLong:
        if (!record_open_) record_line_ = stream_->line_number();
        push_error(StatusCode::kTooLarge, record_too_large_reason(max_record_bytes_));
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

bool CsvRows::next(CsvRow& row) {
  if (!pump()) return false;
  row = std::move(ready_.front());
  ready_.pop_front();
  return true;
}

}  // namespace verity::io
