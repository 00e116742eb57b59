// Library: verity_evidence.
//
// The fact-check database: claims that fact checkers rated, in the evidence
// store, and matching an article's check-worthy sentences (claims.h) against
// them.
//
//   FactCheckDb& checks = store->fact_checks();
//   checks.import_file("liar/train.tsv");
//   auto found = checks.match_article(article);  // sentences with their rated claims
//
// Importers: LIAR's TSV (PolitiFact ratings, 14 columns) and a ClaimReview-
// like JSONL, one object a line:
//   {"claim": "...", "rating": "Mostly False", "reviewer": "PolitiFact",
//    "url": "https://...", "date": "2020-03-01", "speaker": "..."}
// (claim and rating required; subjects and context optional too). Every claim
// keeps its rating as written and a normalized verdict (normalize_verdict),
// and its provenance (file and line). A bad row is reported "FILE:LINE: what
// was wrong" and skipped. Claims are keyed by a hash of their text, rating,
// speaker, reviewer and date, so importing a file again adds nothing.
//
// Matching: candidates come from FTS5 (Porter-stemmed, BM25) over the
// sentence's rarest content terms; each is re-ranked by the cosine of IDF-
// weighted term sets (IDF over the stored claims), plus 0.1 per shared number
// (at most 0.2) and 0.05 per shared name (at most 0.1). A match needs
// min_shared_terms content terms in common and min_score: on PolitiFact
// articles from FakeNewsNet, pairs sharing only two words ("above",
// "percent") reached 0.6, and restatements of a rated claim score 0.8-1.1,
// topical neighbours (same program, same law) 0.5-0.6; labelled pairs
// (bench/thresholds_bench) put the score threshold at 0.65.
//
// Not thread-safe (see evidence.h).
#ifndef VERITY_EVIDENCE_FACT_CHECKS_H_
#define VERITY_EVIDENCE_FACT_CHECKS_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "verity/article.h"
#include "verity/evidence.h"
#include "verity/evidence/claims.h"
#include "verity/status.h"

namespace verity {

namespace evidence {
class Connection;
class ClaimStatements;
}  // namespace evidence

enum class ClaimFormat {
  kAuto,         // .tsv → LIAR, .jsonl/.json → ClaimReview; else by the first line
  kLiar,         // LIAR TSV: id, label, statement, subjects, speaker, ..., context
  kClaimReview,  // JSONL: claim, rating, reviewer, url, date, speaker
};

struct ClaimImportOptions {
  ClaimFormat format = ClaimFormat::kAuto;
  std::size_t batch_rows = 2000;  // rows per transaction
  std::function<void(std::size_t rows)> on_row;
};

struct ClaimImportReport {
  std::string format;  // liar, claimreview
  std::size_t rows = 0;
  std::size_t imported = 0;
  std::size_t already_stored = 0;  // same hash: skipped
  std::size_t bad = 0;
  std::vector<Status> bad_rows;  // the first 1,000: "FILE:LINE: what was wrong"
};

struct ClaimMatchOptions {
  // From bench/thresholds_bench (docs/evidence.md): on LIAR claims embedded
  // in article-like sentences, 0.65 kept 90% of the rated claims found and
  // cut false matches from 10% of unrated sentences to 1.4%.
  double min_score = 0.65;
  std::size_t min_shared_terms = 3;
  std::size_t limit = 3;         // matches per sentence
  std::size_t candidates = 30;   // from FTS5, before re-ranking
  std::size_t query_terms = 12;  // rarest content terms of the sentence
};

// The normalized verdict of a rating, "" when unknown: LIAR's pants-fire and
// false → false, barely-true → mostly-false, half-true → mixed; free text
// such as "Mostly False", "Half True", "Misleading", "Mixture", "Four
// Pinocchios" too (case and punctuation do not matter).
std::string normalize_verdict(std::string_view rating);

class FactCheckDb {
 public:
  explicit FactCheckDb(evidence::Connection& connection);
  ~FactCheckDb();
  FactCheckDb(const FactCheckDb&) = delete;
  FactCheckDb& operator=(const FactCheckDb&) = delete;

  // Fails only when the file cannot be read or the store written.
  Result<ClaimImportReport> import_file(const std::string& path,
                                        const ClaimImportOptions& options = {});

  Result<std::size_t> size();

  // The rated claims closest to one sentence, best first.
  Result<std::vector<ClaimMatch>> match(const CheckWorthySentence& sentence,
                                        const ClaimMatchOptions& options = {});

  // The article's check-worthy sentences, each with its matches.
  Result<std::vector<SentenceClaims>> match_article(const Article& article,
                                                    const ClaimDetectionOptions& detection = {},
                                                    const ClaimMatchOptions& options = {});

 private:
  // How many stored claims hold `term` (cached until the next import).
  Result<std::size_t> document_frequency(std::string_view term);

  evidence::Connection& connection_;
  std::unique_ptr<evidence::ClaimStatements> statements_;
};

}  // namespace verity

#endif  // VERITY_EVIDENCE_FACT_CHECKS_H_
