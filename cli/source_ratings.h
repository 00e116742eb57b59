// Source reputation beside a verdict: `check` and `batch` look the article's
// publisher and cited sources up in the evidence store, when there is one.
#ifndef VERITY_CLI_SOURCE_RATINGS_H_
#define VERITY_CLI_SOURCE_RATINGS_H_

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <memory>
#include <string>

#include "verity/check.h"
#include "verity/evidence.h"

namespace verity::cli {

class SourceRatings {
 public:
  // With --store, that store must open (null and a message when it does not);
  // without it, the default store is used when it exists, and nothing is
  // looked up when it does not. `*failed` tells the two apart.
  static std::unique_ptr<SourceRatings> open(const std::string& store_flag, bool* failed);

  // Adds "source": {publisher, cited} to a check record.
  void add_to_json(const Article& article, std::string& record);
  // "  publisher: …" and "  cited: …" lines for people.
  void print(const Article& article, std::ostream& out);
  // One domain's record (reputation_to_json).
  Result<std::string> lookup_json(const std::string& domain);
  const std::string& path() const { return store_->path(); }

 private:
  explicit SourceRatings(std::unique_ptr<EvidenceStore> store) : store_(std::move(store)) {}
  std::unique_ptr<EvidenceStore> store_;
};

void add_source_store_option(CLI::App& command, std::string& path);

}  // namespace verity::cli

#endif  // VERITY_CLI_SOURCE_RATINGS_H_
