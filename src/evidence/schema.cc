#include "evidence/schema.h"

#include <array>
#include <string>

#include "text/text.h"
#include "verity/evidence/store.h"

namespace verity::evidence {
namespace {

// kMigrations[v] takes a store from version v to v + 1. Never edit a step
// once released: add a new one and bump EvidenceStore::kSchemaVersion.
constexpr std::array<const char*, EvidenceStore::kSchemaVersion> kMigrations = {
    // 0 -> 1: source ratings, one per list and domain.
    R"sql(
      CREATE TABLE ratings (
        domain TEXT NOT NULL,
        list TEXT NOT NULL,
        file TEXT NOT NULL,
        line INTEGER NOT NULL,
        score REAL,
        labels TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (list, domain));
      CREATE INDEX ratings_by_domain ON ratings (domain);
    )sql",
    // 1 -> 2: rating components, the import log, and the article index (FTS5
    // over an external content table, so each body is stored once).
    R"sql(
      ALTER TABLE ratings ADD COLUMN components TEXT NOT NULL DEFAULT '';
      CREATE TABLE imports (
        list TEXT NOT NULL,
        file TEXT NOT NULL,
        format TEXT NOT NULL,
        rows INTEGER NOT NULL,
        imported INTEGER NOT NULL,
        bad INTEGER NOT NULL,
        finished_at TEXT NOT NULL DEFAULT (datetime('now')));
      CREATE TABLE articles (
        key INTEGER PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        id TEXT NOT NULL, title TEXT NOT NULL, domain TEXT NOT NULL, url TEXT NOT NULL,
        date TEXT NOT NULL, dataset TEXT NOT NULL, label TEXT NOT NULL, origin TEXT NOT NULL,
        body TEXT NOT NULL);  -- last, so reading the others never walks its overflow pages
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, content='articles', content_rowid='key',
        tokenize='unicode61 remove_diacritics 0');
      CREATE TABLE term_stats (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
    )sql",
    // 2 -> 3: rated claims (the fact-check database: keyed by a content hash,
    // FTS5 over the claim text, document frequencies of claim terms), and
    // MinHash signatures of articles with their LSH band keys (near-duplicate
    // search). Articles indexed before version 3 get theirs when indexed again.
    R"sql(
      CREATE TABLE claims (
        key INTEGER PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        claim TEXT NOT NULL,
        rating TEXT NOT NULL,   -- as the reviewer wrote it: pants-fire, Mostly False, ...
        verdict TEXT NOT NULL,  -- false, mostly-false, mixed, mostly-true or true
        speaker TEXT NOT NULL, subjects TEXT NOT NULL, context TEXT NOT NULL,
        reviewer TEXT NOT NULL, url TEXT NOT NULL, date TEXT NOT NULL,
        collection TEXT NOT NULL,  -- liar, claimreview
        file TEXT NOT NULL, line INTEGER NOT NULL);
      CREATE VIRTUAL TABLE claims_fts USING fts5(
        claim, content='claims', content_rowid='key',
        tokenize='porter unicode61 remove_diacritics 0');  -- stems: "taxes" finds "tax"
      CREATE TABLE claim_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE article_minhash (
        article INTEGER PRIMARY KEY,  -- articles.key
        shingles INTEGER NOT NULL,
        signature BLOB NOT NULL);     -- 128 little-endian 32-bit values
      CREATE TABLE minhash_bands (
        band INTEGER NOT NULL,     -- XXH3-64 of one band of the signature
        article INTEGER NOT NULL,  -- articles.key
        PRIMARY KEY (band, article)) WITHOUT ROWID;
    )sql",
    // 3 -> 4: MinHash values from one hash per shingle (multiply-shift) over
    // the index-term stream, so version 3 signatures no longer compare: they
    // go, and articles get new ones when indexed again. Band keys move from
    // a B-tree, where every batch rewrote pages all over the index, to a
    // contentless FTS5 table, whose segments are written in order and merged
    // in the background: one row per article, its band keys as tokens.
    // Merging whenever two segments share a level keeps the segments a
    // lookup must visit few (band lookups took 4.5 ms at 100,000 articles
    // with FTS5's default of 4, 3.2 ms with 2, at the same indexing speed).
    R"sql(
      DROP TABLE minhash_bands;
      DELETE FROM article_minhash;
      CREATE VIRTUAL TABLE minhash_band_index USING fts5(
        bands, content='', detail=none, tokenize='ascii');  -- rowid: articles.key
      INSERT INTO minhash_band_index (minhash_band_index, rank) VALUES ('automerge', 2);
    )sql",
    // 4 -> 5: bylines and the outlets they were seen at (AuthorIndex), and
    // which articles were counted, so importing again adds nothing.
    R"sql(
      CREATE TABLE IF NOT EXISTS author_outlets (
        author TEXT NOT NULL,   -- name key: lower-case letters and digits, spaces kept
        name TEXT NOT NULL,     -- as first written
        domain TEXT NOT NULL,
        articles INTEGER NOT NULL,
        PRIMARY KEY (author, domain)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS author_articles (key TEXT PRIMARY KEY) WITHOUT ROWID;
    )sql",
};

Result<std::int64_t> pragma_value(const Connection& connection, const char* sql) {
  Result<Statement> statement = Statement::prepare(connection, sql);
  if (!statement.ok()) return statement.status();
  Result<bool> row = statement.value().step();
  if (!row.ok()) return row.status();
  return row.value() ? statement.value().integer(0) : 0;
}

}  // namespace

Result<int> migrate_schema(const Connection& connection) {
  const Result<std::int64_t> application = pragma_value(connection, "PRAGMA application_id");
  if (!application.ok()) return application.status();
  const Result<std::int64_t> version = pragma_value(connection, "PRAGMA user_version");
  if (!version.ok()) return version.status();
  const Result<std::int64_t> tables =
      pragma_value(connection, "SELECT count(*) FROM sqlite_schema");
  if (!tables.ok()) return tables.status();

  if (application.value() != kApplicationId && tables.value() > 0) {
    return Status(StatusCode::kCorrupt, "store " + connection.path() +
                                            " is not a verity store (a SQLite database of "
                                            "another application)");
  }
  // user_version is any 32-bit value a damaged or foreign file may hold; a negative one
  // would index the migrations before their start.
  if (version.value() < 0) {
    return Status(StatusCode::kCorrupt, "store " + connection.path() +
                                            " has a negative schema version " +
                                            std::to_string(version.value()) + " (damaged file)");
  }
  if (version.value() > EvidenceStore::kSchemaVersion) {
    return Status(StatusCode::kCorrupt,
                  "store " + connection.path() + " has schema version " +
                      std::to_string(version.value()) + "; this verity understands up to " +
                      std::to_string(EvidenceStore::kSchemaVersion) + " (upgrade verity)");
  }
  const int found = static_cast<int>(version.value());
  for (int from = found; from < EvidenceStore::kSchemaVersion; ++from) {
    Transaction transaction(connection);
    if (!transaction.begun().ok()) return transaction.begun();
    Status status = connection.exec(kMigrations[static_cast<std::size_t>(from)]);
    if (status.ok()) {
      status = connection.exec("PRAGMA application_id = " + std::to_string(kApplicationId) +
                               "; PRAGMA user_version = " + std::to_string(from + 1));
    }
    if (status.ok()) status = transaction.commit();
    if (!status.ok()) {
      return Status(status.code(), "migrating from schema version " + std::to_string(from) + ": " +
                                       status.message());
    }
  }
  return found;
}

}  // namespace verity::evidence
