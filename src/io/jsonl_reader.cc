// JSON Lines: one object per line. Known fields fill the Document; every
// other field is kept in Document::extra in input order.
//
// Scraped datasets carry invalid UTF-8, so each line is repaired first (bad
// bytes become U+FFFD) and the record survives; the number of bytes replaced
// is kept in extra as "utf8_repaired_bytes" when it is not zero.
#include <string>

#include "io/dataset_reader.h"
#include "io/json_object.h"
#include "text/text.h"

namespace verity::io {
namespace {

class JsonlReader final : public LineDatasetReader {
 public:
  JsonlReader(std::unique_ptr<InputStream> stream, const ReaderOptions& options)
      : LineDatasetReader(std::move(stream), options) {}

  InputFormat format() const override { return InputFormat::kJsonl; }

 protected:
  Status parse_line(std::string_view line, const std::string& origin, Document& document) override {
    const std::size_t repaired = repair_utf8(line, repaired_);
    Result<rapidjson::Document> root = json::parse(repaired_);
    if (!root.ok()) {
      return Status(StatusCode::kMalformed,
                    origin + ": invalid JSON (" + root.status().message() + ")");
    }
    if (Status status = read_json_object(root.value(), origin, document); !status.ok()) {
      return status;
    }
    if (repaired > 0) document.extra.emplace_back("utf8_repaired_bytes", std::to_string(repaired));
    return Status();
  }

 private:
  std::string repaired_;  // scratch, reused for every line
};

}  // namespace

Result<std::unique_ptr<DocumentReader>> make_jsonl_reader(std::unique_ptr<InputStream> stream,
                                                          const ReaderOptions& options) {
  return std::unique_ptr<DocumentReader>(new JsonlReader(std::move(stream), options));
}

}  // namespace verity::io
