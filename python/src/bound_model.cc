#include "bound_model.h"

#include <filesystem>

#include "verity/check_pool.h"
#include "verity/evidence/store.h"
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
  if (!reader->next(record))
    throw StatusError(Status(StatusCode::kUnreadable, name + ": no article"));
  if (!record.status.ok()) throw StatusError(record.status);
  Document document = std::move(record.document);
  document.id = args.id.value_or("");
  if (args.title) document.title = *args.title;
  if (args.url) document.url = *args.url;
  if (html && args.text) document.extra.emplace_back("text", *args.text);
  return document;
}

// An absolute path, so a pickled model means the same files from any
// working directory.
std::string absolute(const std::string& path) {
  if (path.empty()) return path;
  std::error_code error;
  const std::filesystem::path full = std::filesystem::absolute(path, error);
  return error ? path : full.lexically_normal().string();
}

CheckJsonOptions json_options(const RecordOptions& options) {
  CheckJsonOptions json;
  json.include_body = options.with_body;
  return json;
}

}  // namespace

std::string extract_to_json(const ArticleArgs& args) {
  ExtractOptions options;
  options.keep_typography = true;  // as `verity extract` shows a page
  return article_to_json(value_or_throw(extract_article(document_from(args), options)));
}

BoundModel::BoundModel(const std::string& path, const std::string& store,
                       const std::string& combiner)
    : path_(absolute(path.empty() ? Model::default_path() : path)),
      store_(absolute(store)),
      combiner_(absolute(combiner)) {
  CheckerOptions options;
  options.model = value_or_throw(Model::load(path_));
  // Records never show the removed lines, so extraction skips keeping them.
  options.extract.keep_removed = false;
  if (!store_.empty()) {
    options.evidence = value_or_throw(open_evidence_source(store_));
    if (!combiner_.empty()) {
      options.combiner = std::make_shared<const EvidenceCombiner>(
          value_or_throw(EvidenceCombiner::load(combiner_)));
    }
  }
  explaining_ = value_or_throw(Checker::make(options));
  options.predict.explain = false;
  quick_ = value_or_throw(Checker::make(std::move(options)));
}

std::string BoundModel::check(const ArticleArgs& args, const RecordOptions& options) const {
  return check_to_json(value_or_throw(checker(options).check(document_from(args))),
                       json_options(options));
}

std::vector<std::string> BoundModel::check_jsonl(std::string jsonl, unsigned threads,
                                                 const RecordOptions& options) const {
  std::vector<std::string> records;
  if (jsonl.empty()) return records;
  ReaderOptions reader_options;
  reader_options.format = InputFormat::kJsonl;
  std::unique_ptr<DocumentReader> reader =
      value_or_throw(DocumentReader::from_string(std::move(jsonl), "<articles>", reader_options));
  const CheckJsonOptions json = json_options(options);
  check_all(checker(options), *reader, threads, [&](CheckedRecord& record) {
    records.push_back(record.result.ok() ? check_to_json(record.result.value(), json)
                                         : error_to_json(record.id, record.result.status()));
  });
  return records;
}

}  // namespace verity::python
