// A whole input as one document: a plain-text article or an HTML page.
#include <string>

#include "io/dataset_reader.h"

namespace verity::io {
namespace {

// The id of a whole-file document: the file's own name, without directories.
std::string file_id(const std::string& name) {
  const std::size_t slash = name.find_last_of('/');
  return slash == std::string::npos ? name : name.substr(slash + 1);
}

class WholeFileReader final : public DocumentReader {
 public:
  WholeFileReader(Document document, InputFormat format)
      : document_(std::move(document)), format_(format) {}

  bool next(DocumentRecord& record) override {
    if (done_) return false;
    done_ = true;
    record.number = 1;
    record.status = Status();
    record.document = std::move(document_);
    return true;
  }

  InputFormat format() const override { return format_; }

 private:
  Document document_;
  InputFormat format_;
  bool done_ = false;
};

}  // namespace

Result<std::unique_ptr<DocumentReader>> make_whole_file_reader(std::unique_ptr<InputStream> stream,
                                                               const ReaderOptions& options,
                                                               InputFormat format) {
  Document document;
  // Ask for one byte more than allowed: that is enough to know the input is
  // too large, without reading a huge file into memory first.
  const std::size_t limit = options.max_document_bytes;
  Status status = stream->read_up_to(document.content, limit == SIZE_MAX ? limit : limit + 1);
  if (!status.ok()) return status;
  if (document.content.size() > limit) {
    return Status(StatusCode::kTooLarge, stream->name() + ": document is over the " +
                                             std::to_string(limit) +
                                             "-byte limit (max_document_bytes)");
  }
  document.kind = format == InputFormat::kHtml ? ContentKind::kHtml : ContentKind::kText;
  document.id = file_id(stream->name());
  document.origin = stream->name();
  return std::unique_ptr<DocumentReader>(new WholeFileReader(std::move(document), format));
}

}  // namespace verity::io
