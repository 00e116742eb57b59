// Library: verity_evidence.
//
// The evidence store: one SQLite file holding what verity knows beside an
// article's text — source reputation ratings (reputation.h) and a full-text
// index of reference articles (article_store.h, copies.h), and fact-checked
// claims (fact_checks.h).
//
//   auto store = verity::EvidenceStore::open("verity.db");
//   if (!store.ok()) { /* store.status().message() */ }
//   verity::SourceReputation r = store.value()->reputation().lookup("presstv.ir").value();
//
// The file carries a schema version. An older store is migrated on open (each
// step in its own transaction); a store written by a newer verity is refused:
// "store PATH has schema version 4; this verity understands up to 3". Writes
// go in transactions, so a process killed during an import leaves only whole
// batches behind, and running the import again finishes the job without
// duplicates (rows are keyed by list and domain, articles by a content hash).
//
// Not thread-safe: open one EvidenceStore per thread (SQLite lets several
// processes and threads share the file; writers take turns).
#ifndef VERITY_EVIDENCE_STORE_H_
#define VERITY_EVIDENCE_STORE_H_

#include <memory>
#include <string>

#include "verity/evidence.h"
#include "verity/evidence/article_store.h"
#include "verity/evidence/authors.h"
#include "verity/evidence/fact_checks.h"
#include "verity/evidence/reputation.h"
#include "verity/status.h"

namespace verity {

namespace evidence {
class Connection;
}

struct StoreOptions {
  // Create an empty store when the file does not exist; otherwise opening a
  // missing file fails with kNotFound.
  bool create_if_missing = true;
};

class EvidenceStore {
 public:
  // The schema this verity writes. History: 1 = source ratings only;
  // 2 = rating components, an import log, and the article index; 3 = rated
  // claims (fact checks) and MinHash signatures of articles; 4 = MinHash from
  // one hash per shingle, band keys in FTS5; 5 = bylines and their outlets.
  static constexpr int kSchemaVersion = 5;

  // Opens the store at `path` (":memory:" for a private in-memory store),
  // creating or migrating its schema. Fails with kNotFound for a missing file
  // (unless create_if_missing), kCorrupt for a file that is not a verity store
  // or comes from a newer verity, kIoError when SQLite cannot read or write it.
  [[nodiscard]] static Result<std::unique_ptr<EvidenceStore>> open(
      const std::string& path, const StoreOptions& options = {});

  ~EvidenceStore();
  EvidenceStore(const EvidenceStore&) = delete;
  EvidenceStore& operator=(const EvidenceStore&) = delete;

  const std::string& path() const;
  // The version the file had when opened (0 for a new store); it is now at
  // kSchemaVersion.
  int opened_schema_version() const { return opened_version_; }

  ReputationDb& reputation() { return *reputation_; }
  ArticleStore& articles() { return *articles_; }
  FactCheckDb& fact_checks() { return *fact_checks_; }
  AuthorIndex& authors() { return *authors_; }

 private:
  EvidenceStore(std::unique_ptr<evidence::Connection> connection, int opened_version);

  std::unique_ptr<evidence::Connection> connection_;
  int opened_version_;
  std::unique_ptr<ReputationDb> reputation_;
  std::unique_ptr<ArticleStore> articles_;
  std::unique_ptr<FactCheckDb> fact_checks_;
  std::unique_ptr<AuthorIndex> authors_;
};

// The store as a Checker's evidence source (evidence.h): each session is
// its own connection to the file (SQLite in WAL mode serves readers side by
// side), looking articles up as EvidenceSession::gather documents. Opens the
// store once to check it, so a missing (kNotFound) or foreign (kCorrupt) file
// fails here rather than on the first article; the store is never created.
[[nodiscard]] Result<std::shared_ptr<const EvidenceSource>> open_evidence_source(
    const std::string& path);

}  // namespace verity

#endif  // VERITY_EVIDENCE_STORE_H_
