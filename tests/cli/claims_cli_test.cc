// claims, claims import and related's copy_of from the command line.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "evidence/evidence_test_support.h"
#include "run_cli.h"
#include "test_paths.h"

namespace verity::testing {
namespace {

class ClaimsCliTest : public ::testing::Test {
 protected:
  void SetUp() override { store_ = " --store '" + dir_.file("verity.db") + "' "; }
  std::string fixture(const std::string& name) {
    return " '" + fixture_path("evidence/" + name) + "' ";
  }

  TempDir dir_{"claims-cli"};
  std::string store_;
};

TEST_F(ClaimsCliTest, ImportThenMatch) {
  CliResult imported = run_cli("claims import" + store_ + fixture("liar_sample.tsv") +
                               fixture("claimreview_sample.jsonl"));
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_NE(imported.err.find("liar_sample.tsv: 4 new rated claims (liar), 1 already stored, 2 "
                              "bad rows skipped"),
            std::string::npos)
      << imported.err;
  EXPECT_NE(imported.err.find("claimreview_sample.jsonl:4: not a JSON object"), std::string::npos);
  EXPECT_NE(imported.err.find("the store holds 7 rated claims"), std::string::npos);

  TempFile article("parking.txt");
  article.write(
      "Parking fight\n\nCouncil member Maria Lopez said the Harbor District council voted to "
      "triple parking fees for residents.\n\nWhat a day.\n");
  CliResult text = run_cli("claims" + store_ + "'" + article.path() + "'");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("1. ["), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("entity Maria Lopez"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("-> false (false, PolitiFact)"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("liar_sample.tsv:1"), std::string::npos) << text.out;

  CliResult json = run_cli("claims --json" + store_ + "'" + article.path() + "'");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const nlohmann::json record = nlohmann::json::parse(json.out);
  ASSERT_EQ(record["claims"].size(), 1u);
  const nlohmann::json& match = record["claims"][0]["matches"][0];
  EXPECT_EQ(match["verdict"], "false");
  EXPECT_TRUE(match["provenance"].get<std::string>().ends_with("liar_sample.tsv:1"));
  EXPECT_FALSE(match["shared_terms"].empty());
}

TEST_F(ClaimsCliTest, OfflineNeedsNoStore) {
  TempFile article("offline.txt");
  article.write(
      "Title\n\nThe Obama administration spent $800 billion on the stimulus, "
      "Republicans said.\n");
  CliResult text = run_cli("claims --offline '" + article.path() + "'");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("money 800"), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find("no rated claim"), std::string::npos);
}

TEST_F(ClaimsCliTest, RelatedReportsTheArticleItCopies) {
  ASSERT_EQ(run_cli("index add" + store_ + fixture("articles.jsonl")).exit_code, 0);
  // The first fixture article again, under a new headline.
  const nlohmann::json first =
      nlohmann::json::parse(read_fixture("evidence/articles.jsonl")
                                .substr(0, read_fixture("evidence/articles.jsonl").find('\n')));
  TempFile copy("copy.jsonl");
  nlohmann::json copied = {{"id", "copy"}, {"title", "A new headline"}, {"text", first["text"]}};
  copy.write(copied.dump() + "\n");
  CliResult json = run_cli("related --json" + store_ + "'" + copy.path() + "'");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const nlohmann::json record = nlohmann::json::parse(json.out);
  ASSERT_TRUE(record["copy_of"].is_object()) << json.out;
  EXPECT_EQ(record["copy_of"]["id"], first["id"]);
  EXPECT_GE(record["copy_of"]["jaccard"].get<double>(), 0.9);

  CliResult text = run_cli("related" + store_ + "'" + copy.path() + "'");
  EXPECT_NE(text.out.find("copy of: "), std::string::npos) << text.out;
}

}  // namespace
}  // namespace verity::testing
