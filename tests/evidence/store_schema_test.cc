// The store's file: versioned, migrated forward, refused when newer or
// foreign.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "evidence/evidence_test_support.h"
#include "test_paths.h"
#include "verity/evidence/copies.h"

namespace verity::testing {
namespace {

void run_sql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
      << (error != nullptr ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);
}

TEST(StoreSchemaTest, NewStoreIsAtTheCurrentVersion) {
  TempDir dir("schema-new");
  {
    std::unique_ptr<EvidenceStore> store = open_store(dir.file("fresh.db"));
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(store->opened_schema_version(), 0);
  }
  std::unique_ptr<EvidenceStore> again = open_store(dir.file("fresh.db"));
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->opened_schema_version(), EvidenceStore::kSchemaVersion);
}

TEST(StoreSchemaTest, MissingStoreIsNotFoundUnlessCreating) {
  TempDir dir("schema-missing");
  StoreOptions options;
  options.create_if_missing = false;
  Result<std::unique_ptr<EvidenceStore>> store = EvidenceStore::open(dir.file("none.db"), options);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kNotFound);
  EXPECT_NE(store.status().message().find("none.db does not exist"), std::string::npos);
}

TEST(StoreSchemaTest, RefusesANewerSchemaWithBothVersions) {
  TempDir dir("schema-newer");
  const std::string path = dir.file("future.db");
  { open_store(path); }
  run_sql(path, "PRAGMA user_version = 9");
  Result<std::unique_ptr<EvidenceStore>> store = EvidenceStore::open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(store.status().message().find("store " + path +
                                          " has schema version 9; this verity understands up to " +
                                          std::to_string(EvidenceStore::kSchemaVersion)),
            std::string::npos)
      << store.status().message();
}

// Found by fuzz/store_open: user_version -1 indexed the migration list before its start.
TEST(StoreSchemaTest, RefusesANegativeSchemaVersionAsDamaged) {
  TempDir dir("schema-negative");
  const std::string path = dir.file("negative.db");
  { open_store(path); }
  run_sql(path, "PRAGMA user_version = -1");
  Result<std::unique_ptr<EvidenceStore>> store = EvidenceStore::open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(store.status().message().find("has a negative schema version -1 (damaged file)"),
            std::string::npos)
      << store.status().message();
}

TEST(StoreSchemaTest, RefusesADatabaseOfAnotherApplication) {
  TempDir dir("schema-foreign");
  const std::string path = dir.file("foreign.db");
  run_sql(path, "CREATE TABLE recipes (name TEXT)");
  Result<std::unique_ptr<EvidenceStore>> store = EvidenceStore::open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("is not a verity store"), std::string::npos);
}

TEST(StoreSchemaTest, RefusesAFileThatIsNotADatabase) {
  Result<std::unique_ptr<EvidenceStore>> store =
      EvidenceStore::open(fixture_path("evidence/domain_ratings.csv"));
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kCorrupt) << store.status().to_string();
}

// A store as version 1 wrote it: ratings without components, no articles.
TEST(StoreSchemaTest, MigratesAVersion1StoreKeepingItsRatings) {
  TempDir dir("schema-v1");
  const std::string path = dir.file("v1.db");
  run_sql(path,
          "CREATE TABLE ratings (domain TEXT NOT NULL, list TEXT NOT NULL, file TEXT NOT NULL, "
          "line INTEGER NOT NULL, score REAL, labels TEXT NOT NULL DEFAULT '', notes TEXT NOT "
          "NULL DEFAULT '', PRIMARY KEY (list, domain));"
          "CREATE INDEX ratings_by_domain ON ratings (domain);"
          "INSERT INTO ratings VALUES ('oldpaper.com', 'legacy', 'old.csv', 7, 0.8, 'reliable', "
          "'kept');"
          "PRAGMA application_id = 1448236121; PRAGMA user_version = 1;");
  std::unique_ptr<EvidenceStore> store = open_store(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->opened_schema_version(), 1);
  Result<SourceReputation> old = store->reputation().lookup("oldpaper.com");
  ASSERT_TRUE(old.ok());
  ASSERT_EQ(old.value().ratings.size(), 1u);
  EXPECT_EQ(old.value().ratings[0].list, "legacy");
  EXPECT_EQ(old.value().ratings[0].line, 7u);
  EXPECT_TRUE(old.value().ratings[0].components.empty());
  // What version 2 added works on the migrated file.
  ASSERT_TRUE(store->reputation().import_file(fixture_path("evidence/domain_ratings.csv")).ok());
  Result<IndexReport> added = store->articles().add({make_article("1", "Title", "Body text")});
  ASSERT_TRUE(added.ok()) << added.status().to_string();
  EXPECT_EQ(added.value().added, 1u);
}

Article ferry_article() {
  return make_article("1", "Ferry news",
                      "The evening ferry to Marrow Island left the harbor on time for the first "
                      "time this winter, the council said.");
}

// A store file as the current version writes it, holding `article` (and the
// LIAR sample's claims when asked).
void write_store(const std::string& path, const Article& article, bool with_claims) {
  std::unique_ptr<EvidenceStore> store = open_store(path);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->articles().add({article}).ok());
  if (with_claims) {
    ASSERT_TRUE(store->fact_checks().import_file(fixture_path("evidence/liar_sample.tsv")).ok());
  }
}

// A migrated article has no signature a copy can be found by until it is
// indexed again, and then it does.
void expect_signature_after_reindexing(EvidenceStore& store, const Article& article) {
  Article copy = article;
  copy.title = "Copied";
  EXPECT_FALSE(find_copy_of(store.articles(), copy).value().has_value());
  Result<IndexReport> again = store.articles().add({article});
  ASSERT_TRUE(again.ok()) << again.status().to_string();
  EXPECT_EQ(again.value().already_stored, 1u);
  const Result<std::optional<CopyMatch>> found = find_copy_of(store.articles(), copy);
  ASSERT_TRUE(found.ok() && found.value().has_value());
  EXPECT_EQ(found.value()->article.id, article.id);
  EXPECT_DOUBLE_EQ(found.value()->jaccard, 1.0);
}

// A store as version 2 wrote it, with one article: migrated to the current
// version, it keeps the article, gains the claims tables, and re-indexing the
// article gives it its MinHash signature.
TEST(StoreSchemaTest, MigratesAVersion2StoreToClaimsAndMinHash) {
  TempDir dir("schema-v2");
  const std::string path = dir.file("v2.db");
  write_store(path, ferry_article(), false);
  // Undo versions 3 and 4, as if version 2 had written the file.
  run_sql(path,
          "DROP TABLE claims; DROP TABLE claims_fts; DROP TABLE claim_terms; "
          "DROP TABLE article_minhash; DROP TABLE minhash_band_index; PRAGMA user_version = 2;");
  std::unique_ptr<EvidenceStore> store = open_store(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->opened_schema_version(), 2);
  EXPECT_EQ(store->articles().size().value(), 1u);
  expect_signature_after_reindexing(*store, ferry_article());
  Result<ClaimImportReport> claims =
      store->fact_checks().import_file(fixture_path("evidence/liar_sample.tsv"));
  ASSERT_TRUE(claims.ok()) << claims.status().to_string();
  EXPECT_EQ(claims.value().imported, 4u);
}

// A store as version 3 wrote it: claims, and articles with signatures of the
// old hash family and their band keys in a B-tree. Migrated, it keeps both
// articles and claims, drops the old signatures (they no longer compare with
// new ones) and the band table, and indexing the articles again gives them
// new signatures.
TEST(StoreSchemaTest, MigratesAVersion3StoreToNewSignatures) {
  TempDir dir("schema-v3");
  const std::string path = dir.file("v3.db");
  write_store(path, ferry_article(), true);
  // Redo version 3's band table with one row, and give the article a
  // signature no current hash gives, as version 3 would have.
  run_sql(path,
          "DROP TABLE minhash_band_index; "
          "CREATE TABLE minhash_bands (band INTEGER NOT NULL, article INTEGER NOT NULL, "
          "PRIMARY KEY (band, article)) WITHOUT ROWID; "
          "INSERT INTO minhash_bands VALUES (42, 1); "
          "UPDATE article_minhash SET signature = zeroblob(512); PRAGMA user_version = 3;");
  std::unique_ptr<EvidenceStore> store = open_store(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->opened_schema_version(), 3);
  EXPECT_EQ(store->articles().size().value(), 1u);
  EXPECT_EQ(store->fact_checks().size().value(), 4u);
  expect_signature_after_reindexing(*store, ferry_article());
  store.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "SELECT 1 FROM minhash_bands", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
}

TEST(StoreSchemaTest, AnEmptyVersion0FileIsInitialized) {
  TempDir dir("schema-v0");
  const std::string path = dir.file("v0.db");
  run_sql(path, "PRAGMA user_version = 0");
  std::unique_ptr<EvidenceStore> store = open_store(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->opened_schema_version(), 0);
  EXPECT_TRUE(store->reputation().lookup("x.com").ok());
}

}  // namespace
}  // namespace verity::testing
