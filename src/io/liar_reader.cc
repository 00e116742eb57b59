// LIAR's TSV: 14 columns, no header, no quoting. Statements contain quotes
// and are never quoted themselves, so the line is split on tabs literally —
// CSV rules would glue rows together at the first unbalanced quote.
#include <array>
#include <string>
#include <vector>

#include "io/dataset_reader.h"

namespace verity::io {
namespace {

constexpr std::size_t kFields = 14;

// Columns 4 and 6..14, by the names they get in Document::extra (column 5,
// the speaker, becomes the author).
constexpr std::array<std::pair<std::size_t, const char*>, 10> kExtraColumns = {{
    {3, "subjects"},
    {5, "speaker_job"},
    {6, "state"},
    {7, "party"},
    {8, "barely_true_count"},
    {9, "false_count"},
    {10, "half_true_count"},
    {11, "mostly_true_count"},
    {12, "pants_on_fire_count"},
    {13, "context"},
}};

class LiarReader final : public LineDatasetReader {
 public:
  LiarReader(std::unique_ptr<InputStream> stream, const ReaderOptions& options)
      : LineDatasetReader(std::move(stream), options) {}

  InputFormat format() const override { return InputFormat::kLiar; }

 protected:
  Status parse_line(std::string_view line, const std::string& origin, Document& document) override {
    fields_.clear();
    std::size_t begin = 0;
    for (;;) {
      const std::size_t tab = line.find('\t', begin);
      fields_.push_back(line.substr(begin, tab - begin));
      if (tab == std::string_view::npos) break;
      begin = tab + 1;
    }
    if (fields_.size() != kFields) {
      return Status(StatusCode::kMalformed, origin + ": expected " + std::to_string(kFields) +
                                                " tab-separated fields, found " +
                                                std::to_string(fields_.size()));
    }
    if (fields_[2].empty()) {
      return Status(StatusCode::kMalformed, origin + ": no text field (empty statement)");
    }
    document.id = std::string(fields_[0]);
    document.label = std::string(fields_[1]);
    document.content = std::string(fields_[2]);
    document.kind = ContentKind::kText;
    if (!fields_[4].empty()) document.authors.emplace_back(fields_[4]);
    document.dataset = "liar";
    for (const auto& [column, name] : kExtraColumns) {
      document.extra.emplace_back(name, std::string(fields_[column]));
    }
    return Status();
  }

 private:
  std::vector<std::string_view> fields_;  // scratch, reused for every line
};

}  // namespace

Result<std::unique_ptr<DocumentReader>> make_liar_reader(std::unique_ptr<InputStream> stream,
                                                         const ReaderOptions& options) {
  return std::unique_ptr<DocumentReader>(new LiarReader(std::move(stream), options));
}

}  // namespace verity::io
