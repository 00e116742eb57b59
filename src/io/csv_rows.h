// CSV/TSV rows, parsed by libcsv in strict RFC 4180 mode, with the physical
// line each row starts on. The article reader (csv_reader.cc) and the
// evidence store's rating importers both read tables through this.
//
// The input is fed to libcsv one physical line at a time. That keeps memory
// bounded (a line over the limit is skipped by the stream) and tells us the
// line each record starts on, which libcsv itself does not track. After a
// malformed record, reading resumes at the next physical line with a fresh
// parser; inside a broken quoted field that may cost a few more bad records,
// but never the whole file. Not thread-safe.
#ifndef VERITY_IO_CSV_ROWS_H_
#define VERITY_IO_CSV_ROWS_H_

#include <csv.h>

#include <cstddef>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/input_stream.h"
#include "verity/status.h"

namespace verity::io {

struct CsvRow {
  std::size_t line = 0;
  std::vector<std::string> fields;
  Status error;  // "NAME:LINE: what was wrong" when the row could not be parsed
};

// A header cell as matched against known names: trimmed, ASCII lower-case.
std::string normalized_column_name(std::string_view name);

class CsvRows {
 public:
  // `tab` splits on tabs instead of commas; a record over `max_record_bytes`
  // comes back as a kTooLarge error row.
  CsvRows(std::unique_ptr<InputStream> stream, bool tab, std::size_t max_record_bytes);
  ~CsvRows();
  CsvRows(const CsvRows&) = delete;
  CsvRows& operator=(const CsvRows&) = delete;

  // The next row, good or bad; false at the end of input or when the stream
  // failed (then stream_failed() is true once, and stream().status() says why).
  bool next(CsvRow& row);
  bool stream_failed() const { return stream_failed_; }
  void clear_stream_failure() { stream_failed_ = false; }
  const InputStream& stream() const { return *stream_; }

 private:
  static void on_field(void* data, std::size_t length, void* self);
  static void on_row_end(int terminator, void* self);

  bool pump();
  void feed_line();
  void finish();
  void push_error(StatusCode code, const std::string& reason);
  void init_parser();
  void reset_parser();

  std::unique_ptr<InputStream> stream_;
  bool tab_;
  std::size_t max_record_bytes_;
  csv_parser parser_{};
  std::string line_;
  std::vector<std::string> fields_;  // of the row being parsed
  std::deque<CsvRow> ready_;
  bool record_open_ = false;
  std::size_t record_line_ = 0;
  std::size_t record_bytes_ = 0;
  bool finished_ = false;
  bool stream_failed_ = false;
};

}  // namespace verity::io

#endif  // VERITY_IO_CSV_ROWS_H_
