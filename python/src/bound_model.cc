#include "bound_model.h"

#include <filesystem>

#include "parallel_check.h"
#include "verity/check.h"
#include "verity/extract.h"
#include "verity/json.h"
#include "verity/reader.h"

namespace verity::python {
namespace {

template <typename T>
T value_or_throw(Result<T> result) {
  if (!result.ok()) throw StatusError(result.status());
  return std::move(result).value();
}

// Reads the arguments through the whole-file reader, exactly as the CLI reads
// a .txt or .html file, then applies the metadata the caller gave.
Document document_from(const ArticleArgs& args) {
  const bool html = args.html.has_value();
  if (!html && !args.text.has_value())
    throw StatusError(Status(StatusCode::kInvalidArgument, "no article: give text or html"));
  ReaderOptions options;
  options.format = html ? InputFormat::kHtml : InputFormat::kText;
  const std::string name = args.id.value_or(html ? "<html>" : "<text>");
  std::unique_ptr<DocumentReader> reader =
      value_or_throw(DocumentReader::from_string(html ? *args.html : *args.text, name, options));
  DocumentRecord record;
  if (!reader->next(record)) throw StatusError(Status(StatusCode::kUnreadable, name + ": no article"));
  if (!record.status.ok()) throw StatusError(record.status);
  Document document = std::move(record.document);
  document.id = args.id.value_or("");
  if (args.title) document.title = *args.title;
  if (args.url) document.url = *args.url;
  if (html && args.text) document.extra.emplace_back("text", *args.text);
  return document;
}

CheckOptions check_options(const RecordOptions& options) {
  CheckOptions check;
  check.predict.explain = options.explain;
  return check;
}

}  // namespace

std::string extract_to_json(const ArticleArgs& args) {
  return article_to_json(value_or_throw(extract_article(document_from(args))));
}

BoundModel::BoundModel(const std::string& path)
    : path_(path.empty() ? Model::default_path() : path) {
  model_ = value_or_throw(Model::load(path_));
  // Pickled models travel by path: make it mean the same file from any
  // working directory.
  std::error_code error;
  const std::filesystem::path absolute = std::filesystem::absolute(path_, error);
  if (!error) path_ = absolute.lexically_normal().string();
}

std::string BoundModel::check(const ArticleArgs& args, const RecordOptions& options) const {
  // One scratch per calling thread, reused across calls: check() runs without
  // the GIL, so Python threads may be in here at once.
  thread_local PredictScratch scratch;
  const CheckResult result =
      value_or_throw(check_document(document_from(args), *model_, check_options(options), &scratch));
  return check_to_json(result, options.with_body);
}

std::vector<std::string> BoundModel::check_jsonl(std::string jsonl, unsigned threads,
                                                 const RecordOptions& options) const {
  std::vector<std::string> records;
  if (jsonl.empty()) return records;
  ReaderOptions reader_options;
  reader_options.format = InputFormat::kJsonl;
  std::unique_ptr<DocumentReader> reader =
      value_or_throw(DocumentReader::from_string(std::move(jsonl), "<articles>", reader_options));
  CheckOptions check = check_options(options);
  check.extract.keep_removed = false;  // as `verity batch`: the record never shows them
  cli::check_all(*reader, *model_, check, threads == 0 ? cli::default_threads() : threads,
                 [&](cli::CheckedRecord& record) {
                   records.push_back(record.result.ok()
                                         ? check_to_json(record.result.value(), options.with_body)
                                         : error_to_json(record.id, record.result.status()));
                 });
  return records;
}

}  // namespace verity::python
