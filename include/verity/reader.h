// Library: verity (core).
//
// Readers turn an input file — one article as text or HTML, or a dataset of
// many in JSONL, CSV/TSV or LIAR's TSV, any of them gzip-compressed — into a
// stream of Documents. A record that cannot be read is reported with its
// number and reason and the stream goes on, so one bad row never costs the
// others.
//
// Conventions shared by every format:
// - A UTF-8 byte order mark at the start is dropped; lines may end in "\n" or
//   "\r\n" (the "\r" is not part of the record).
// - In the dataset formats, blank lines between records are skipped and are
//   not records; line numbers in messages and origins are the real, 1-based
//   physical line numbers (for a CSV record spanning lines, its first line).
// - Document::origin is "NAME:LINE" for a dataset record and "NAME" for a
//   whole-file input, where NAME is the path as given ("<stdin>" for "-").
// - Document::id is the record's own id when it has one, else its record
//   number ("3"); for a whole-file input, the file name without directories.
// - Error messages read "NAME:LINE: what was wrong", e.g.
//   "news.jsonl:3: invalid JSON (column 40: syntax error ...)",
//   "news.csv:5: expected 6 fields as in the header, found 3",
//   "news.jsonl:4: no text field (text, html and title are all missing or empty)".
//
// Per format:
// - JSONL: id (string or number), title, text, html, url, label, dataset,
//   authors or author (array or string), date or publish_date (a number is
//   kept as written, 1493179200.0 as "1493179200"). Every other non-null
//   field goes to Document::extra in input order (objects and arrays as
//   compact JSON). When both html and text are given, html is the content
//   (kind kHtml) and text is kept in extra. Invalid UTF-8 in a line is
//   replaced with U+FFFD so the record can be parsed; the count is kept in
//   extra as "utf8_repaired_bytes". A line that is not JSON is kMalformed; one
//   without text, html or title is kMalformed "no text field".
// - CSV/TSV: the header row is not a record. Strict RFC 4180 quoting; spaces
//   belong to fields; a line break inside a quoted field arrives as "\n". A
//   row with the wrong field count or broken quoting is a bad record, and
//   reading resumes at the next line. An authors cell is one author string.
//   Unmapped columns go to Document::extra under their header names.
// - LIAR: split on tabs literally (statements hold unbalanced quotes); the
//   speaker is the author, dataset is "liar", and subjects, speaker_job,
//   state, party, barely_true_count, false_count, half_true_count,
//   mostly_true_count, pants_on_fire_count and context go to extra.
#ifndef VERITY_READER_H_
#define VERITY_READER_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "verity/document.h"
#include "verity/status.h"

namespace verity {

enum class InputFormat {
  kAuto,   // decide from the file name and the first bytes
  kText,   // the whole input is one plain-text article
  kHtml,   // the whole input is one HTML page
  kJsonl,  // one JSON object per line: id, title, text (or html), url, label, ...
  kCsv,    // RFC 4180 CSV with a header row
  kTsv,    // tab-separated with a header row (same quoting rules as CSV)
  kLiar,   // the LIAR dataset's 14-column TSV, no header
};

const char* input_format_name(InputFormat format);  // "text", "html", "jsonl", ...
std::optional<InputFormat> parse_input_format(std::string_view name);

// Which CSV/TSV columns hold which field. An empty name means "guess from the
// header": id; title/headline; text/body/content/article/statement; html;
// url/link; label/class; date/published/publish_date; authors/author/byline;
// dataset. Unmapped columns are kept in Document::extra.
struct ColumnMap {
  std::string id, title, text, html, url, label, date, authors, dataset;
};

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;
  ColumnMap columns;
  // A whole-file text or HTML document over this size is refused: open()
  // fails with kTooLarge after reading at most this many bytes plus one.
  std::size_t max_document_bytes = std::size_t{32} << 20;
  // One JSONL line or CSV record over this size is reported as a bad record
  // and skipped; reading goes on with the next one.
  std::size_t max_record_bytes = std::size_t{32} << 20;
};

// One record read from an input: a Document, or the reason it could not be
// read (then `document` holds only its origin).
struct DocumentRecord {
  std::size_t number = 0;  // 1-based position in the input, bad records included
  Status status;
  Document document;
};

// How the records of a JSON text are laid out (read_json_records).
enum class JsonLayout {
  kObject,  // one object
  kArray,   // an array of objects
  kLines,   // JSON Lines: one object a line, blank lines skipped
};

// One record of a JSON text: its id (the "id" field, else its 1-based
// position) and its document, or why it cannot be read.
struct JsonRecord {
  std::string id;
  Result<Document> document{Status(StatusCode::kUnreadable, "not read")};
};

// The records of a JSON text a client sent (an HTTP body), read as strictly
// as a request deserves: valid UTF-8 JSON, title/text/html/url strings or
// null, and text, html, url or a title in each object; the fields are the
// JSON Lines reader's. An object with a url but no text or html gives a
// Document with that url and no content, for the caller to fetch. The whole
// text fails only when it is not JSON of the layout's shape (kMalformed) or
// holds more than `max_records` (kTooLarge); a bad item or line is that
// record's error, named "item N" ("line N" for JSON that does not parse;
// "request" for kObject). Batch records without an id get their position.
Result<std::vector<JsonRecord>> read_json_records(std::string_view text, JsonLayout layout,
                                                  std::size_t max_records);

// Reads Documents one at a time, in input order, in bounded memory.
// Not thread-safe: one reader per thread.
class DocumentReader {
 public:
  // Opens `path` ("-" for standard input). Gzip input is detected from its
  // magic bytes, whatever its name; concatenated gzip members read as one.
  // Fails with kNotFound or kIoError when the file cannot be opened,
  // kUnreadable when it is empty or binary (judged after decompression),
  // kMalformed or kInvalidArgument when a CSV header has no text column or
  // lacks a column named in options.columns, and kTooLarge for a whole-file
  // document over max_document_bytes.
  static Result<std::unique_ptr<DocumentReader>> open(const std::string& path,
                                                      const ReaderOptions& options = {});
  // Reads from bytes in memory; `name` stands for the file name in messages
  // and in format detection (its extension counts).
  static Result<std::unique_ptr<DocumentReader>> from_string(std::string content,
                                                             const std::string& name,
                                                             const ReaderOptions& options = {});

  virtual ~DocumentReader() = default;

  // Fills `record` with the next record and returns true, or returns false at
  // the end of input. A stream-level failure (truncated gzip, read error)
  // comes back as one last record with an error status, e.g. "data.jsonl.gz:
  // truncated gzip stream (unexpected end of file) after record 2"; an
  // incomplete last line before the failure is dropped, not reported as data.
  virtual bool next(DocumentRecord& record) = 0;

  // The format being read (never kAuto).
  virtual InputFormat format() const = 0;
};

}  // namespace verity

#endif  // VERITY_READER_H_
