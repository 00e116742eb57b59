// Reading the shared data for the benchmarks (../shared/data, described in
// its README.md): never copied into the repository, so every bench says
// what it did not find.
#ifndef VERITY_BENCH_BENCH_DATA_H_
#define VERITY_BENCH_BENCH_DATA_H_

#include <string>
#include <vector>

#include "verity/extract.h"
#include "verity/reader.h"

namespace verity::bench {

// FakeNewsNet's train, dev and test articles, extracted without page chrome;
// empty when the files are missing.
inline std::vector<Article> load_fakenewsnet(const std::string& data_dir) {
  std::vector<Article> articles;
  ExtractOptions options;
  options.keep_removed = false;
  for (const char* split : {"train.jsonl", "dev.jsonl", "test.jsonl"}) {
    auto reader = DocumentReader::open(data_dir + "/fakenewsnet/" + split);
    if (!reader.ok()) continue;
    DocumentRecord record;
    while (reader.value()->next(record)) {
      if (!record.status.ok()) continue;
      Result<Article> article = extract_article(record.document, options);
      if (article.ok()) articles.push_back(std::move(article).value());
    }
  }
  return articles;
}

}  // namespace verity::bench

#endif  // VERITY_BENCH_BENCH_DATA_H_
