// Evidence beside a verdict: `check`, `batch` and `serve` look the article up
// in the evidence store, when there is one — its publisher's and cited
// sources' ratings, its check-worthy sentences with the fact-checks that
// match them, and the stored article it copies, if any.
#ifndef VERITY_CLI_EVIDENCE_FIELDS_H_
#define VERITY_CLI_EVIDENCE_FIELDS_H_

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <memory>
#include <string>

#include "verity/check.h"
#include "verity/copies.h"
#include "verity/evidence.h"
#include "verity/fact_checks.h"

namespace verity::cli {

class EvidenceFields {
 public:
  // With --store, that store must open (null and a message when it does not);
  // without it, the default store is used when it exists, and nothing is
  // looked up when it does not. `*failed` tells the two apart.
  static std::unique_ptr<EvidenceFields> open(const std::string& store_flag, bool* failed);

  // Adds "source": {publisher, cited}, "claims": [...] and "copy_of" to a
  // check record.
  void add_to_json(const Article& article, std::string& record);
  // "  publisher: …", "  cited source: …", "  fact-check: …" and
  // "  copy of: …" lines for people.
  void print(const Article& article, std::ostream& out);
  // One domain's record (reputation_to_json).
  Result<std::string> lookup_json(const std::string& domain);
  const std::string& path() const { return store_->path(); }

 private:
  Result<std::vector<SentenceClaims>> match_claims(const Article& article);

  explicit EvidenceFields(std::unique_ptr<EvidenceStore> store) : store_(std::move(store)) {}
  std::unique_ptr<EvidenceStore> store_;
};

void add_source_store_option(CLI::App& command, std::string& path);

}  // namespace verity::cli

#endif  // VERITY_CLI_EVIDENCE_FIELDS_H_
