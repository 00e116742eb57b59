// Source reputation: what rating lists say about the outlet that published an
// article and the outlets it cites. A rating is about an outlet's track record,
// not about one article; show it as evidence beside the content, never as the
// verdict.
//
// Every rating keeps its provenance (the list, the file and line it came
// from). Lookups normalize the domain (domain.h) and fall back from the full
// host to its registrable domain: "news.bbc.co.uk" finds a rating for
// "bbc.co.uk". A domain no list names is `unknown` — never reliable.
#ifndef VERITY_REPUTATION_H_
#define VERITY_REPUTATION_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "verity/article.h"
#include "verity/status.h"

namespace verity {

namespace evidence {
class Connection;
}

struct SourceRating {
  std::string domain;  // normalized host the list rates
  std::string list;    // provenance: "domain_ratings", "opensources", "verity examples", ...
  std::string file;    // the file it was imported from, as given to the import
  std::size_t line = 0;
  std::optional<double> score;      // quality from 0 (worst) to 1 (best), when the list scores
  std::vector<std::string> labels;  // categories, lower-case: "bias", "unreliable", "satire", ...
  std::vector<std::pair<std::string, double>> components;  // sub-scores the list gives
  std::string notes;
};

// What is known about one domain.
struct SourceReputation {
  std::string query;    // as asked
  std::string domain;   // normalized host ("" when the query is not a domain)
  std::string unicode;  // the host in Unicode, for display
  std::string matched;  // the host or parent domain the ratings are for; "" when none
  std::vector<SourceRating> ratings;
  std::optional<double> score;  // mean of the ratings' scores
  // "unknown" (no list names it), "low" (score < 0.4 or a label among fake,
  // conspiracy, junksci, hate, unreliable, rumor), "satire", "high" (score >=
  // 0.75 and no label but reliable), "mixed" otherwise.
  std::string standing = "unknown";
  std::string error;  // why the query is not a domain, when it is not
};

// The reputation of an article's publisher and of the sources it cites, in
// the order the article cites them.
struct ArticleSources {
  SourceReputation publisher;  // standing "unknown" and empty query when the article has no domain
  std::vector<SourceReputation> cited;
};

enum class RatingFormat {
  kAuto,           // from the header (pc1 → domain ratings; type, 2nd type → OpenSources) or .jsonl
  kDomainRatings,  // Lin et al. 2023 CSV: domain, pc1, component columns
  kOpenSources,    // OpenSources CSV: domain, type, 2nd type, 3rd type, notes
  kUserCsv,        // domain, score and/or labels, notes, provenance
  kUserJsonl,      // one object a line with the same fields
};

struct ImportOptions {
  RatingFormat format = RatingFormat::kAuto;
  // The list's name, kept as each rating's provenance. Empty: "domain_ratings",
  // "opensources", or for a user list its rows' provenance column, else the
  // file's name without extension.
  std::string list;
  // Rows per transaction: a kill loses at most one batch, which a rerun
  // writes again.
  std::size_t batch_rows = 2000;
  // Called after each row is read (inside the open transaction), e.g. for
  // progress; `rows` counts rows so far, bad ones included.
  std::function<void(std::size_t rows)> on_row;
};

struct ImportReport {
  std::string list;    // the lists written, comma-separated (rows may carry their own)
  std::string format;
  std::size_t rows = 0;      // data rows read
  std::size_t imported = 0;  // ratings written (new or updated)
  std::size_t repeated = 0;  // rows for a domain an earlier row of the file rated: the later wins
  std::size_t bad = 0;       // rows skipped
  std::vector<Status> bad_rows;  // the first 1,000 of them: "FILE:LINE: what was wrong"
};

// One list in the store.
struct RatingList {
  std::string list;
  std::size_t ratings = 0;
  std::string files;  // the files imported into it, comma-separated
};

// The store's reputation side; get one from EvidenceStore::reputation().
// Not thread-safe (see evidence.h).
class ReputationDb {
 public:
  explicit ReputationDb(evidence::Connection& connection) : connection_(connection) {}

  // Imports a rating list. A row that cannot be read (bad domain, score not a
  // number in [0, 1], no score and no labels, wrong field count) is reported
  // and skipped; only an unreadable file or a store error fails the import.
  // Importing the same file again updates its ratings in place.
  Result<ImportReport> import_file(const std::string& path, const ImportOptions& options = {});

  // Never fails for a bad domain (the answer says why, standing "unknown");
  // fails only when the store cannot be read.
  Result<SourceReputation> lookup(std::string_view domain);

  // The publisher's (Article::domain) and cited sources' reputation: what
  // `check` shows beside the verdict.
  Result<ArticleSources> rate_article(const Article& article);

  Result<std::vector<RatingList>> lists();

 private:
  evidence::Connection& connection_;
};

// "unknown", "low", "mixed", "high" or "satire" for a set of ratings (the rule
// documented on SourceReputation::standing), and the mean score.
std::string reputation_standing(const std::vector<SourceRating>& ratings,
                                std::optional<double>* mean_score = nullptr);

// One line for people: "quality 0.69 (domain_ratings); bias, unreliable
// (opensources)", or "unknown: no list rates this domain".
std::string describe_reputation(const SourceReputation& reputation);

}  // namespace verity

#endif  // VERITY_REPUTATION_H_
