// What the concrete readers share: their factories (DocumentReader::open picks
// one), the shape of a bad record, and the loop of the line-per-record formats.
#ifndef VERITY_IO_DATASET_READER_H_
#define VERITY_IO_DATASET_READER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "io/input_stream.h"
#include "verity/reader.h"
#include "verity/status.h"

namespace verity::io {

// Each factory takes a started stream whose content is neither empty nor
// binary (DocumentReader::open checks that) and reads any header it needs.
Result<std::unique_ptr<DocumentReader>> make_jsonl_reader(std::unique_ptr<InputStream> stream,
                                                          const ReaderOptions& options);
Result<std::unique_ptr<DocumentReader>> make_liar_reader(std::unique_ptr<InputStream> stream,
                                                         const ReaderOptions& options);
// `format` is kCsv or kTsv.
Result<std::unique_ptr<DocumentReader>> make_csv_reader(std::unique_ptr<InputStream> stream,
                                                        const ReaderOptions& options,
                                                        InputFormat format);
// `format` is kText or kHtml. Reads the whole input now, so an input over
// max_document_bytes fails here with kTooLarge.
Result<std::unique_ptr<DocumentReader>> make_whole_file_reader(std::unique_ptr<InputStream> stream,
                                                               const ReaderOptions& options,
                                                               InputFormat format);

// "NAME:LINE", the origin of a dataset record and the prefix of its messages.
std::string line_origin(const std::string& name, std::size_t line);

// Makes `record` a bad record: its number, the error, and a Document that
// holds only its origin.
void set_record_error(DocumentRecord& record, std::size_t number, std::string origin,
                      StatusCode code, std::string message);

// The last record of a stream that failed part-way: "NAME: truncated gzip
// stream (unexpected end of file) after record 2".
void set_stream_failure(DocumentRecord& record, std::size_t records_read,
                        const InputStream& stream);

// Why a record over ReaderOptions::max_record_bytes was skipped (no origin).
std::string record_too_large_reason(std::size_t limit);

// Sets the document's content from a record's text and html fields. Raw
// HTML is the fuller input, so it wins when both are given (kind kHtml) and
// the text is kept in extra as "text" rather than lost.
void set_content(Document& document, std::string text, std::string html);

// The message of a record with neither content nor title.
std::string no_text_message(const std::string& origin);

// True when `line` holds nothing but spaces and tabs.
bool is_blank(std::string_view line);

// The loop of formats with one record per line (JSONL, LIAR): blank lines
// are skipped and are not records; an over-long line is a kTooLarge record;
// a failing stream ends with one error record. Subclasses parse a line.
class LineDatasetReader : public DocumentReader {
 public:
  bool next(DocumentRecord& record) final;

 protected:
  LineDatasetReader(std::unique_ptr<InputStream> stream, const ReaderOptions& options)
      : stream_(std::move(stream)), options_(options) {}

  // Fills `document` (origin already set) from one non-blank line, or returns
  // why it cannot; the message should start with `origin`.
  virtual Status parse_line(std::string_view line, const std::string& origin,
                            Document& document) = 0;

  const ReaderOptions& options() const { return options_; }

 private:
  std::unique_ptr<InputStream> stream_;
  ReaderOptions options_;
  std::string line_;
  std::size_t records_ = 0;
  bool done_ = false;
};

}  // namespace verity::io

#endif  // VERITY_IO_DATASET_READER_H_
