// Shared pieces of the dataset readers: bad-record shapes and the line loop.
#include "io/dataset_reader.h"

#include <utility>

namespace verity::io {

std::string line_origin(const std::string& name, std::size_t line) {
  return name + ":" + std::to_string(line);
}

void set_record_error(DocumentRecord& record, std::size_t number, std::string origin,
                      StatusCode code, std::string message) {
  record.number = number;
  record.status = Status(code, std::move(message));
  record.document = Document{};
  record.document.origin = std::move(origin);
}

void set_stream_failure(DocumentRecord& record, std::size_t records_read,
                        const InputStream& stream) {
  const std::string where = records_read == 0 ? " before the first record"
                                              : " after record " + std::to_string(records_read);
  set_record_error(record, records_read + 1, stream.name(), stream.status().code(),
                   stream.status().message() + where);
}

std::string record_too_large_reason(std::size_t limit) {
  return "record is over the " + std::to_string(limit) + "-byte limit (max_record_bytes); skipped";
}

void set_content(Document& document, std::string text, std::string html) {
  if (!html.empty()) {
    document.content = std::move(html);
    document.kind = ContentKind::kHtml;
    if (!text.empty()) document.extra.emplace_back("text", std::move(text));
  } else {
    document.content = std::move(text);
  }
}

std::string no_text_message(const std::string& origin) {
  return origin + ": no text field (text, html and title are all missing or empty)";
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

bool LineDatasetReader::next(DocumentRecord& record) {
  if (done_) return false;
  for (;;) {
    switch (stream_->read_line(line_, options_.max_record_bytes)) {
      case InputStream::LineResult::kEnd:
        done_ = true;
        return false;
      case InputStream::LineResult::kError:
        done_ = true;
        set_stream_failure(record, records_, *stream_);
        return true;
      case InputStream::LineResult::kTooLong: {
        std::string origin = line_origin(stream_->name(), stream_->line_number());
        std::string message = origin + ": " + record_too_large_reason(options_.max_record_bytes);
        set_record_error(record, ++records_, std::move(origin), StatusCode::kTooLarge,
                         std::move(message));
        return true;
      }
      case InputStream::LineResult::kLine:
        break;
    }
    if (is_blank(line_)) continue;
    record.number = ++records_;
    record.document = Document{};
    record.document.origin = line_origin(stream_->name(), stream_->line_number());
    record.status = parse_line(line_, record.document.origin, record.document);
    if (!record.status.ok()) {
      std::string origin = std::move(record.document.origin);
      set_record_error(record, records_, std::move(origin), record.status.code(),
                       record.status.message());
    } else if (record.document.id.empty()) {
      record.document.id = std::to_string(records_);
    }
    return true;
  }
}

}  // namespace verity::io
