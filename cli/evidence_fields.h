// Evidence in a verdict: `check`, `batch`, `eval` and `serve` look the
// article up in the evidence store, when there is one — its publisher's and
// cited sources' ratings, its check-worthy sentences with the fact-checks that
// match them, the closest stored articles and the one it copies, if any — and
// fold it into the verdict with the evidence combiner (evidence_verdict.h).
#ifndef VERITY_CLI_EVIDENCE_FIELDS_H_
#define VERITY_CLI_EVIDENCE_FIELDS_H_

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "verity/check.h"
#include "verity/evidence.h"
#include "verity/evidence_verdict.h"

namespace verity::cli {

// The --store and --combiner flags of check, batch, eval and serve.
struct EvidenceFlags {
  std::string store;
  std::string combiner;
};

// One connection to the store (not thread-safe: one object per thread; see
// for_threads) and the combiner, which all of them share.
class EvidenceFields {
 public:
  // With --store, that store must open (null and a message when it does not);
  // without it, the default store is used when it exists, and nothing is
  // looked up when it does not. `*failed` tells the two apart. The combiner
  // is --combiner, else the default file; when the default file is missing
  // the evidence is shown but not weighed (a note says so).
  static std::unique_ptr<EvidenceFields> open(const EvidenceFlags& flags, bool* failed);

  // Another connection to the same store, sharing the combiner: for another
  // thread. Null when the store cannot be opened (reported). Safe to call
  // from any thread.
  std::unique_ptr<EvidenceFields> another() const;
  // `count` objects for `count` threads, the first being `first`; empty when
  // one cannot be opened (reported).
  static std::vector<std::unique_ptr<EvidenceFields>> for_threads(
      std::unique_ptr<EvidenceFields> first, unsigned count);

  // Looks the article up and folds the evidence into `result` (combined
  // probability and verdict, result.evidence). Returns what was found, or
  // nothing when the store failed (reported; the result is left as it was).
  std::optional<ArticleEvidence> weigh(CheckResult& result, const Model& model);

  // The check record with the evidence folded in and its fields added.
  std::string record_json(CheckResult& result, const Model& model, bool include_body = false);
  // "  evidence: …", "  publisher: …", "  cited source: …", "  fact-check: …",
  // "  related: …" and "  copy of: …" lines for people.
  static void print(const CheckResult& result, const ArticleEvidence& evidence, std::ostream& out);
  // One domain's record (reputation_to_json).
  Result<std::string> lookup_json(const std::string& domain);
  const std::string& path() const { return store_->path(); }
  bool weighs() const { return combiner_ != nullptr; }

 private:
  EvidenceFields(std::unique_ptr<EvidenceStore> store,
                 std::shared_ptr<const EvidenceCombiner> combiner)
      : store_(std::move(store)), combiner_(std::move(combiner)) {}
  std::unique_ptr<EvidenceStore> store_;
  std::shared_ptr<const EvidenceCombiner> combiner_;  // null: evidence shown, not weighed
};

// --store (with `store_help`, or the default help: the default store when it
// exists) and --combiner.
void add_evidence_options(CLI::App& command, EvidenceFlags& flags, std::string store_help = "");

}  // namespace verity::cli

#endif  // VERITY_CLI_EVIDENCE_FIELDS_H_
