// Readers turn an input file — one article as text or HTML, or a dataset of
// many in JSONL, CSV/TSV or LIAR's TSV, any of them gzip-compressed — into a
// stream of Documents. A record that cannot be read is reported with its
// number and reason and the stream goes on, so one bad row never costs the
// others.
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
  // A whole-file text or HTML document over this size is refused (kTooLarge).
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

// Reads Documents one at a time, in input order, in bounded memory.
// Not thread-safe: one reader per thread.
class DocumentReader {
 public:
  // Opens `path` ("-" for standard input). Gzip input is detected from its
  // magic bytes, whatever its name. Fails when the file cannot be opened, is
  // empty or binary, or the format cannot be decided.
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
  // comes back as one last record with an error status.
  virtual bool next(DocumentRecord& record) = 0;

  // The format being read (never kAuto).
  virtual InputFormat format() const = 0;
};

}  // namespace verity

#endif  // VERITY_READER_H_
