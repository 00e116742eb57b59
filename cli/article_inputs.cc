#include "article_inputs.h"

#include <iostream>

#include "verity/extract.h"

namespace verity::cli {

int for_each_article(const std::vector<std::string>& inputs, const ReaderOptions& options,
                     const std::function<Status(const DocumentRecord&, const Article&)>& use) {
  int exit_code = 0;
  for (const std::string& path : inputs) {
    Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::open(path, options);
    if (!reader.ok()) {
      std::cerr << "verity: " << reader.status().to_string() << "\n";
      exit_code = 1;
      continue;
    }
    DocumentRecord record;
    while (reader.value()->next(record)) {
      Result<Article> article =
          record.status.ok() ? extract_article(record.document) : Result<Article>(record.status);
      if (!article.ok()) {
        std::cerr << "verity: " << article.status().to_string() << "\n";
        exit_code = 1;
        continue;
      }
      if (const Status status = use(record, article.value()); !status.ok()) {
        std::cerr << "verity: " << status.to_string() << "\n";
        return 1;
      }
    }
  }
  return exit_code;
}

}  // namespace verity::cli
