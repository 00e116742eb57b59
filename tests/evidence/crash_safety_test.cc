// A process killed in the middle of an import leaves only whole batches, and
// running the import again finishes the job without duplicates.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include "evidence/evidence_test_support.h"

namespace verity::testing {
namespace {

std::int64_t count(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::int64_t value = -1;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      value = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return value;
}

// Runs `work` in a child process that SIGKILLs itself when work calls die();
// returns once the child is gone.
template <typename Work>
void run_and_kill(Work work) {
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    work();
    ::_exit(0);  // only reached when the kill point was never met
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "child was not killed";
}

TEST(CrashSafetyTest, KilledRatingImportKeepsWholeBatchesAndARerunCompletes) {
  TempDir dir("crash-ratings");
  const std::string list = dir.file("ratings.csv");
  {
    std::ofstream out(list);
    out << "domain,pc1\n";
    for (int i = 0; i < 5000; ++i)
      out << "site" << i << ".example.com," << (i % 100) / 100.0 << "\n";
  }
  const std::string path = dir.file("store.db");
  run_and_kill([&] {
    std::unique_ptr<EvidenceStore> store = open_store(path);
    ImportOptions options;
    options.batch_rows = 500;
    // Killed inside the third batch's transaction.
    options.on_row = [](std::size_t rows) {
      if (rows == 1250) ::raise(SIGKILL);
    };
    (void)store->reputation().import_file(list, options);
  });
  EXPECT_EQ(count(path, "SELECT count(*) FROM ratings"), 1000);
  EXPECT_EQ(count(path, "SELECT count(*) FROM imports"), 0);  // never logged as finished

  std::unique_ptr<EvidenceStore> store = open_store(path);
  Result<ImportReport> rerun = store->reputation().import_file(list);
  ASSERT_TRUE(rerun.ok()) << rerun.status().to_string();
  EXPECT_EQ(rerun.value().imported, 5000u);
  store.reset();
  EXPECT_EQ(count(path, "SELECT count(*) FROM ratings"), 5000);
  EXPECT_EQ(count(path, "SELECT count(DISTINCT domain) FROM ratings"), 5000);
  EXPECT_EQ(count(path, "SELECT count(*) FROM imports"), 1);
}

TEST(CrashSafetyTest, KilledArticleIndexingLeavesAConsistentIndex) {
  TempDir dir("crash-articles");
  const std::string path = dir.file("store.db");
  std::vector<std::vector<Article>> batches(6);
  for (int i = 0; i < 600; ++i) {
    batches[static_cast<std::size_t>(i / 100)].push_back(
        make_article(std::to_string(i), "Report number " + std::to_string(i),
                     "The harbor council met for session " + std::to_string(i) +
                         " and discussed the ferry timetable."));
  }
  run_and_kill([&] {
    std::unique_ptr<EvidenceStore> store = open_store(path);
    for (std::size_t b = 0; b < batches.size(); ++b) {
      if (b == 3) ::raise(SIGKILL);
      (void)store->articles().add(batches[b]);
    }
  });
  EXPECT_EQ(count(path, "SELECT count(*) FROM articles"), 300);

  std::unique_ptr<EvidenceStore> store = open_store(path);
  std::size_t added = 0, skipped = 0;
  for (const std::vector<Article>& batch : batches) {
    Result<IndexReport> report = store->articles().add(batch);
    ASSERT_TRUE(report.ok()) << report.status().to_string();
    added += report.value().added;
    skipped += report.value().already_stored;
  }
  EXPECT_EQ(added, 300u);
  EXPECT_EQ(skipped, 300u);
  EXPECT_EQ(store->articles().size().value(), 600u);
  EXPECT_EQ(store->articles().document_frequency("ferry").value(), 600u);
  store.reset();
  // The full-text index holds exactly the stored articles.
  EXPECT_EQ(count(path, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'ferry'"), 600);
  // And every article has its signature, and its band keys once.
  EXPECT_EQ(count(path, "SELECT count(*) FROM article_minhash"), 600);
  EXPECT_EQ(count(path, "SELECT count(*) FROM minhash_band_index"), 600);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db, "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')",
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);
  EXPECT_EQ(sqlite3_exec(db,
                         "INSERT INTO minhash_band_index (minhash_band_index) "
                         "VALUES ('integrity-check')",
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
}

}  // namespace
}  // namespace verity::testing
