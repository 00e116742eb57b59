// source, index and related from the command line, on fixtures and a store
// in a temporary directory.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "evidence/evidence_test_support.h"
#include "run_cli.h"
#include "test_paths.h"

namespace verity::testing {
namespace {

class EvidenceCliTest : public ::testing::Test {
 protected:
  void SetUp() override { store_ = " --store '" + dir_.file("verity.db") + "' "; }
  std::string fixture(const std::string& name) {
    return " '" + fixture_path("evidence/" + name) + "' ";
  }

  TempDir dir_{"evidence-cli"};
  std::string store_;
};

TEST_F(EvidenceCliTest, ImportThenLookUp) {
  CliResult imported = run_cli("source import" + store_ + fixture("domain_ratings.csv") +
                               fixture("opensources.csv"));
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_NE(imported.err.find("4 ratings into list 'domain_ratings'"), std::string::npos)
      << imported.err;
  EXPECT_NE(imported.err.find("domain_ratings.csv:6: 'not a domain' is not a domain name"),
            std::string::npos);

  CliResult looked = run_cli("source" + store_ + "statewire.example.ir never-rated.org");
  ASSERT_EQ(looked.exit_code, 0) << looked.err;
  EXPECT_NE(looked.out.find("statewire.example.ir: low: quality 0.69 (domain_ratings); bias, "
                            "unreliable (opensources)"),
            std::string::npos)
      << looked.out;
  EXPECT_NE(looked.out.find("never-rated.org: unknown: no list rates this domain"),
            std::string::npos);

  CliResult json = run_cli("source --json" + store_ + "https://www.truthbombs.news/x");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const nlohmann::json record = nlohmann::json::parse(json.out);
  EXPECT_EQ(record["domain"], "truthbombs.news");
  EXPECT_EQ(record["standing"], "low");
  ASSERT_EQ(record["ratings"].size(), 2u);
  EXPECT_EQ(record["ratings"][0]["list"], "domain_ratings");
  EXPECT_EQ(record["ratings"][0]["line"], 5);

  CliResult lists = run_cli("source --lists" + store_);
  ASSERT_EQ(lists.exit_code, 0);
  EXPECT_NE(lists.out.find("opensources: 3 domains"), std::string::npos) << lists.out;
}

TEST_F(EvidenceCliTest, BundledExampleListWorksOnAFreshStore) {
  CliResult imported = run_cli("source import" + store_ + "'" + std::string(VERITY_FIXTURES_DIR) +
                               "/../../examples/source-ratings.csv'");
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  CliResult looked = run_cli("source" + store_ + "verity-example-wire.org");
  ASSERT_EQ(looked.exit_code, 0) << looked.err;
  EXPECT_NE(looked.out.find("(verity examples)"), std::string::npos) << looked.out;
}

TEST_F(EvidenceCliTest, MissingStoreSaysHowToBuildIt) {
  CliResult looked = run_cli("source" + store_ + "example.com");
  EXPECT_EQ(looked.exit_code, 1);
  EXPECT_NE(looked.err.find("does not exist"), std::string::npos) << looked.err;
  EXPECT_NE(looked.err.find("build-evidence.sh"), std::string::npos) << looked.err;
}

TEST_F(EvidenceCliTest, IndexThenRelated) {
  ASSERT_EQ(run_cli("source import" + store_ + fixture("domain_ratings.csv")).exit_code, 0);
  CliResult indexed = run_cli("index add" + store_ + fixture("articles.jsonl"));
  ASSERT_EQ(indexed.exit_code, 0) << indexed.err;
  EXPECT_NE(indexed.err.find("indexed 7 new articles (0 already stored"), std::string::npos)
      << indexed.err;
  CliResult again = run_cli("index add" + store_ + fixture("articles.jsonl"));
  EXPECT_NE(again.err.find("indexed 0 new articles (7 already stored"), std::string::npos)
      << again.err;

  TempFile query("ferry-query.txt");
  query.write(
      "Evening ferry sailings start at Kessling\n\nThe first of the extra evening ferry sailings "
      "to Marrow Island left the harbor on time, the operator said.\n");
  CliResult related = run_cli("related --top 2" + store_ + "'" + query.path() + "'");
  ASSERT_EQ(related.exit_code, 0) << related.err;
  EXPECT_NE(related.out.find("query: "), std::string::npos) << related.out;
  EXPECT_NE(related.out.find("ferry"), std::string::npos);
  EXPECT_NE(related.out.find("harborgazette.com - high: quality 0.93 (domain_ratings)"),
            std::string::npos)
      << related.out;

  CliResult json = run_cli("related --json" + store_ + "'" + query.path() + "'");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const nlohmann::json record = nlohmann::json::parse(json.out);
  ASSERT_FALSE(record["related"].empty());
  EXPECT_TRUE(record["related"][0]["id"].get<std::string>().starts_with("ferry-"));
  EXPECT_TRUE(record["related"][0]["reputation"].contains("standing"));
  EXPECT_GE(record["related"][0]["coverage"].get<double>(), 0.3);
  const nlohmann::json& shared = record["related"][0]["shared_terms"];
  ASSERT_TRUE(shared.is_array());
  EXPECT_NE(std::find(shared.begin(), shared.end(), "ferry"), shared.end()) << shared.dump();
  EXPECT_NE(related.out.find("% of the query: "), std::string::npos) << related.out;

  for (const std::string bad : {"--min-shared -1", "--min-coverage 1.5"}) {
    CliResult refused = run_cli("related " + bad + store_ + "'" + query.path() + "'");
    EXPECT_NE(refused.exit_code, 0) << bad;
    EXPECT_NE(refused.err.find(bad.substr(0, bad.find(' '))), std::string::npos) << refused.err;
  }
}

TEST_F(EvidenceCliTest, IndexCanKeepOneLabel) {
  TempFile input("labelled.jsonl");
  input.write(
      "{\"id\": \"a\", \"label\": \"real\", \"title\": \"Harbor vote\", \"text\": \"The council "
      "voted on the harbor.\"}\n"
      "{\"id\": \"b\", \"label\": \"fake\", \"title\": \"Harbor plot\", \"text\": \"They hid the "
      "harbor vote.\"}\n");
  CliResult indexed = run_cli("index add --label real" + store_ + "'" + input.path() + "'");
  ASSERT_EQ(indexed.exit_code, 0) << indexed.err;
  EXPECT_NE(indexed.err.find("indexed 1 new articles"), std::string::npos) << indexed.err;
  EXPECT_NE(indexed.err.find("1 not labelled real"), std::string::npos) << indexed.err;
}

TEST_F(EvidenceCliTest, CheckShowsTheRatingsOfTheSourcesAnArticleCites) {
  CliResult imported = run_cli("source import" + store_ + "'" + std::string(VERITY_FIXTURES_DIR) +
                               "/../../examples/source-ratings.csv'");
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  CliResult json = run_cli("check --json" + store_ + fixture("cites_rated.txt"));
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const nlohmann::json record = nlohmann::json::parse(json.out);
  ASSERT_TRUE(record.contains("source")) << json.out;
  ASSERT_EQ(record["source"]["cited"].size(), 1u) << record["source"].dump();
  EXPECT_EQ(record["source"]["cited"][0]["domain"], "example-hoax.news");
  EXPECT_EQ(record["source"]["cited"][0]["standing"], "low");
  EXPECT_TRUE(record.contains("fake_probability"));  // the check record is still whole
  ASSERT_TRUE(record.contains("claims"));
  EXPECT_TRUE(record["claims"].is_array());
  EXPECT_FALSE(record["claims"].empty()) << "the council and budget sentences are check-worthy";
  ASSERT_TRUE(record.contains("copy_of"));
  EXPECT_TRUE(record["copy_of"].is_null());  // nothing indexed yet

  // Once the article is in the store, a republication of it is reported.
  CliResult indexed = run_cli("index add" + store_ + fixture("cites_rated.txt"));
  ASSERT_EQ(indexed.exit_code, 0) << indexed.err;
  const std::string copy = dir_.file("republished.txt");
  const std::string original = read_file(fixture_path("evidence/cites_rated.txt"));
  {
    std::ofstream out(copy);
    out << "Reposted from our partners\n\n" << original;
  }
  CliResult copied = run_cli("check --json" + store_ + "'" + copy + "'");
  ASSERT_EQ(copied.exit_code, 0) << copied.err;
  const nlohmann::json copied_record = nlohmann::json::parse(copied.out);
  ASSERT_FALSE(copied_record["copy_of"].is_null()) << copied.out;
  EXPECT_GT(copied_record["copy_of"]["overlap"].get<double>(), 0.8);

  CliResult text = run_cli("check" + store_ + fixture("cites_rated.txt"));
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("cited source: example-hoax.news — low"), std::string::npos) << text.out;

  // batch adds them only when asked for, and a missing store is an error.
  CliResult batch = run_cli("batch" + store_ + fixture("cites_rated.txt"));
  ASSERT_EQ(batch.exit_code, 0) << batch.err;
  EXPECT_NE(batch.out.find("\"source\":"), std::string::npos);
  CliResult missing =
      run_cli("check --store '" + dir_.file("nowhere.db") + "'" + fixture("cites_rated.txt"));
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("nowhere.db"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace verity::testing
