// Library: verity_evidence.
//
// Source reputation: what rating lists say about the outlet that published an
// article and the outlets it cites. A rating is about an outlet's track record,
// not about one article; show it as evidence beside the content, never as the
// verdict.
//
// Every rating keeps its provenance (the list, the file and line it came
// from). Lookups normalize the domain (src/evidence/domain.h) and fall back from the full
// host to its registrable domain: "news.bbc.co.uk" finds a rating for
// "bbc.co.uk". A domain no list names is `unknown` — never reliable.
#ifndef VERITY_EVIDENCE_REPUTATION_H_
#define VERITY_EVIDENCE_REPUTATION_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "verity/article.h"
#include "verity/evidence.h"
#include "verity/status.h"

namespace verity {

namespace evidence {
class Connection;
}

enum class RatingFormat {
  kAuto,  // from the header (pc1 → domain ratings; type, 2nd type → OpenSources) or .jsonl
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
  std::string list;  // the lists written, comma-separated (rows may carry their own)
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

  // The publisher's and cited sources' reputation: what `check` shows beside
  // the verdict. The publisher is Article::domain, else the domain of
  // Article::publisher, else the rated domain its name stands for
  // (domain_of_name). A domain no list rates is looked up by the domains
  // the outlet had before (src/text/outlet_names.tsv).
  Result<ArticleSources> rate_article(const Article& article);

  // The rated domain an outlet's name stands for, read from the domains
  // themselves: "Natural News" -> "naturalnews.com" (names compared as
  // text::outlet_name_key; a key two domains share names neither). ""
  // when none. The first call reads every rated domain once.
  Result<std::string> domain_of_name(std::string_view name);

  Result<std::vector<RatingList>> lists();

 private:
  // Shortest name key matched against rated domains: shorter ones ("ap",
  // "rt") are common words; the outlet-name table covers them.
  static constexpr std::size_t kMinNameKey = 5;
  evidence::Connection& connection_;
  std::unordered_map<std::string, std::string> name_keys_;  // name key -> rated domain
  bool names_loaded_ = false;
};

}  // namespace verity

#endif  // VERITY_EVIDENCE_REPUTATION_H_
