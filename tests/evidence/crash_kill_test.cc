// The evidence build under SIGKILL at random points: `verity source import`,
// `verity index add` and `verity claims import` (the `verity` steps of
// scripts/build-evidence.sh) are run as real processes and killed after a
// random delay, at least 20 times within a time bound. After every kill the
// store passes SQLite's integrity check; after re-running every step to
// completion each rating, article and claim is there exactly once. A store
// file truncated or with flipped bytes is refused with a clear error or
// still answers, never crashes.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "evidence/evidence_test_support.h"
#include "test_paths.h"

namespace verity::testing {
namespace {

using Clock = std::chrono::steady_clock;

std::string query_text(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string value = "<cannot open>";
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      value = std::string("<") + sqlite3_errmsg(db) + ">";
    } else if (sqlite3_step(stmt) == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(stmt, 0);
      value = text != nullptr ? reinterpret_cast<const char*>(text) : "<null>";
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return value;
}

std::int64_t count(const std::string& path, const std::string& sql) {
  const std::string text = query_text(path, sql);
  return text.empty() || text[0] == '<' ? -1 : std::stoll(text);
}

// Spawns `verity ARGS...`; with a delay, SIGKILLs it after that long.
// Returns true when the process was killed, false when it finished first
// (then it must have succeeded).
bool run_verity(const std::vector<std::string>& args, std::chrono::microseconds kill_after,
                bool kill) {
  std::vector<char*> argv;
  std::string binary = VERITY_CLI_PATH;
  argv.push_back(binary.data());
  std::vector<std::string> owned = args;
  for (std::string& arg : owned) argv.push_back(arg.data());
  argv.push_back(nullptr);
  std::fflush(nullptr);  // or the child's freopen flushes our buffered output again
  const pid_t child = ::fork();
  if (child == 0) {
    std::freopen("/dev/null", "w", stdout);
    std::freopen("/dev/null", "w", stderr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  EXPECT_GT(child, 0);
  const Clock::time_point deadline = Clock::now() + kill_after;
  int status = 0;
  while (kill && Clock::now() < deadline) {
    if (::waitpid(child, &status, WNOHANG) == child) {
      EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << args[0] << " failed";
      return false;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  if (kill) ::kill(child, SIGKILL);
  EXPECT_EQ(::waitpid(child, &status, 0), child);
  if (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) return true;
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << args[0] << " failed";
  return false;
}

struct Inputs {
  std::string ratings, articles, claims;
  int rating_rows = 3000, article_rows = 600, claim_rows = 400;
};

Inputs write_inputs(const TempDir& dir) {
  Inputs in;
  in.ratings = dir.file("ratings.csv");
  in.articles = dir.file("articles.jsonl");
  in.claims = dir.file("claims.tsv");
  std::ofstream ratings(in.ratings), articles(in.articles), claims(in.claims);
  ratings << "domain,pc1\n";
  for (int i = 0; i < in.rating_rows; ++i)
    ratings << "outlet" << i << ".example.com," << (i % 100) / 100.0 << "\n";
  for (int i = 0; i < in.article_rows; ++i) {
    articles << R"({"id": "a)" << i << R"(", "label": "real", "title": "Harbor council session )"
             << i << R"(", "text": "The harbor council met for session )" << i
             << R"( and agreed the ferry timetable for route )" << i * 7
             << R"( after a long debate about fares and the winter schedule."})"
             << "\n";
  }
  static const char* kLabels[] = {"false", "true", "half-true", "pants-fire", "mostly-true"};
  for (int i = 0; i < in.claim_rows; ++i) {
    claims << i << ".json\t" << kLabels[i % 5] << "\tThe city spent " << i * 13
           << " million dollars on ferry number " << i
           << " last year.\tferries,budget\tJane Roe\tmayor\tOhio\tnone\t0\t0\t0\t0\t0\ta debate\n";
  }
  return in;
}

TEST(CrashKillTest, EvidenceBuildSurvivesRandomKillsAndARerunCompletes) {
  TempDir dir("crash-kill");
  const Inputs in = write_inputs(dir);
  const std::string store = dir.file("store.db");
  const std::vector<std::vector<std::string>> steps = {
      {"source", "import", "--store", store, in.ratings},
      {"index", "add", "--batch", "50", "--store", store, in.articles},
      {"claims", "import", "--store", store, in.claims},
  };
  // How long each step takes uninterrupted, on a scratch store: kills are
  // spread over that span.
  std::vector<std::chrono::microseconds> spans;
  for (const auto& step : steps) {
    std::vector<std::string> scratch = step;
    for (std::string& arg : scratch)
      if (arg == store) arg = dir.file("timing.db");
    const Clock::time_point start = Clock::now();
    ASSERT_FALSE(run_verity(scratch, {}, false));
    spans.push_back(std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start));
  }

  std::mt19937 random(20261205);  // fixed seed: the same kill points every run
  const Clock::time_point bound = Clock::now() + std::chrono::seconds(120);
  int kills = 0, finished = 0;
  for (int round = 0; kills < 24 && Clock::now() < bound; ++round) {
    const std::size_t step = static_cast<std::size_t>(round) % steps.size();
    std::uniform_int_distribution<std::int64_t> delay(0, spans[step].count());
    if (run_verity(steps[step], std::chrono::microseconds(delay(random)), true)) {
      ++kills;
    } else {
      ++finished;
    }
    ASSERT_EQ(query_text(store, "PRAGMA integrity_check"), "ok") << "after round " << round;
  }
  std::printf("[ kills ] %d killed, %d finished before the kill\n", kills, finished);
  EXPECT_GE(kills, 20) << "too few kills within the time bound";

  for (const auto& step : steps) ASSERT_FALSE(run_verity(step, {}, false));
  EXPECT_EQ(query_text(store, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(count(store, "SELECT count(*) FROM ratings"), in.rating_rows);
  EXPECT_EQ(count(store, "SELECT count(DISTINCT domain) FROM ratings"), in.rating_rows);
  EXPECT_EQ(count(store, "SELECT count(*) FROM articles"), in.article_rows);
  EXPECT_EQ(count(store, "SELECT count(DISTINCT hash) FROM articles"), in.article_rows);
  EXPECT_EQ(count(store, "SELECT count(*) FROM article_minhash"), in.article_rows);
  EXPECT_EQ(count(store, "SELECT count(*) FROM claims"), in.claim_rows);
  EXPECT_EQ(count(store, "SELECT count(DISTINCT hash) FROM claims"), in.claim_rows);
  EXPECT_EQ(count(store, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'ferry'"),
            in.article_rows);
  // Document frequencies were counted once per article, not once per attempt.
  EXPECT_EQ(count(store, "SELECT df FROM term_stats WHERE term = 'ferry'"), in.article_rows);
}

// Every way a damaged file is opened and queried ends in a status or an
// answer: never a crash. Damage: truncation at several sizes, and single
// flipped bytes spread over the file (header, schema pages, data pages).
TEST(CrashKillTest, TruncatedOrFlippedStoreGivesAClearErrorNeverACrash) {
  TempDir dir("damaged-store");
  const std::string good = dir.file("good.db");
  {
    std::unique_ptr<EvidenceStore> store = open_store(good);
    std::vector<Article> articles;
    for (int i = 0; i < 50; ++i)
      articles.push_back(make_article(std::to_string(i), "Ferry report " + std::to_string(i),
                                      "The ferry left the harbor " + std::to_string(i) +
                                          " minutes late on Tuesday, the council said."));
    ASSERT_TRUE(store->articles().add(articles).ok());
  }
  std::ifstream in(good, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_GT(bytes.size(), 8192u);

  std::vector<std::string> damaged;
  for (const std::size_t size : {std::size_t{0}, std::size_t{10}, std::size_t{100},
                                 std::size_t{4096}, bytes.size() / 2, bytes.size() - 1})
    damaged.push_back(bytes.substr(0, size));
  std::mt19937 random(7);
  for (int i = 0; i < 40; ++i) {
    std::string flipped = bytes;
    // The first 100 bytes (SQLite's header) and then anywhere.
    const std::size_t at =
        i < 10 ? static_cast<std::size_t>(i) * 10
               : std::uniform_int_distribution<std::size_t>(0, bytes.size() - 1)(random);
    flipped[at] = static_cast<char>(flipped[at] ^ (1 << (i % 8)));
    damaged.push_back(flipped);
  }
  int refused = 0, answered = 0;
  for (std::size_t i = 0; i < damaged.size(); ++i) {
    const std::string path = dir.file("damaged" + std::to_string(i) + ".db");
    std::ofstream(path, std::ios::binary) << damaged[i];
    StoreOptions options;
    options.create_if_missing = false;
    Result<std::unique_ptr<EvidenceStore>> store = EvidenceStore::open(path, options);
    if (!store.ok()) {
      ++refused;
      EXPECT_NE(store.status().message().find(path), std::string::npos)
          << "the error does not name the file: " << store.status().to_string();
      EXPECT_TRUE(store.status().code() == StatusCode::kCorrupt ||
                  store.status().code() == StatusCode::kIoError)
          << store.status().to_string();
      continue;
    }
    ++answered;
    // Queries may fail with a status; they must not crash.
    (void)store.value()->articles().size();
    (void)store.value()->articles().search({"ferry", "harbor"}, 5);
    (void)store.value()->reputation().lookup("example.com");
  }
  std::printf("[ damage ] %d damaged files: %d refused, %d opened and queried\n",
              static_cast<int>(damaged.size()), refused, answered);
}

}  // namespace
}  // namespace verity::testing
