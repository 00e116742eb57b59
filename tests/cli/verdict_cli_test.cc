// The verdict with evidence weighed, from the command line: check and batch
// against a store and a combiner file written by the test.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "evidence/evidence_test_support.h"
#include "run_cli.h"
#include "test_paths.h"
#include "verity/combiner.h"

namespace verity::testing {
namespace {

class VerdictCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = " --store '" + dir_.file("verity.db") + "' ";
    const std::string fixtures = fixture_path("evidence/");
    ASSERT_EQ(run_cli("source import" + store_ + "'" + fixtures + "domain_ratings.csv' '" +
                      fixtures + "opensources.csv'")
                  .exit_code,
              0);
    ASSERT_EQ(run_cli("index add" + store_ + "'" + fixtures + "articles.jsonl'").exit_code, 0);
    EvidenceVector w{};
    w[static_cast<std::size_t>(EvidenceFeature::kCitedLow)] = 1.5;
    w[static_cast<std::size_t>(EvidenceFeature::kPublisherUnknown)] = 0.1;
    ASSERT_TRUE(
        EvidenceCombiner::make(w, "verdict CLI test").value().save(dir_.file("w.json")).ok());
    combiner_ = " --combiner '" + dir_.file("w.json") + "' ";
    rumour_ = " '" + fixture_path("evidence/ferry_rumour.txt") + "' ";
  }

  TempDir dir_{"verdict-cli"};
  std::string store_, combiner_, rumour_;
};

TEST_F(VerdictCliTest, CheckWeighsTheEvidenceAndNamesIt) {
  CliResult plain = run_cli("check --json" + rumour_);
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  const nlohmann::json content = nlohmann::json::parse(plain.out);
  // Without a store the record is the content model's, as always.
  EXPECT_FALSE(content.contains("content_probability"));
  EXPECT_FALSE(content["explanation"].contains("evidence"));
  EXPECT_FALSE(content.contains("related"));

  CliResult weighed = run_cli("check --json" + store_ + combiner_ + rumour_);
  ASSERT_EQ(weighed.exit_code, 0) << weighed.err;
  const nlohmann::json record = nlohmann::json::parse(weighed.out);
  EXPECT_EQ(record["content_probability"], content["fake_probability"]);
  EXPECT_GT(record["fake_probability"].get<double>(), record["content_probability"].get<double>());
  const nlohmann::json& evidence = record["explanation"]["evidence"];
  ASSERT_EQ(evidence.size(), 1u) << evidence.dump();
  EXPECT_EQ(evidence[0]["evidence"], "cited_source");
  EXPECT_EQ(evidence[0]["features"]["cited_low"], 1);
  EXPECT_DOUBLE_EQ(evidence[0]["logit"].get<double>(), 1.5);
  EXPECT_GT(evidence[0]["points"].get<double>(), 0.0);
  EXPECT_NE(evidence[0]["reason"].get<std::string>().find("cited source truthbombs.news: low"),
            std::string::npos)
      << evidence[0].dump();
  // Related coverage: the ferry stories the store holds, with their outlets' standing.
  ASSERT_TRUE(record["related"].is_array());
  ASSERT_FALSE(record["related"].empty());
  EXPECT_LE(record["related"].size(), 3u);
  EXPECT_TRUE(record["related"][0]["id"].get<std::string>().starts_with("ferry-"))
      << record["related"].dump();
  EXPECT_TRUE(record["related"][0]["reputation"].contains("standing"));
  EXPECT_TRUE(record.contains("source"));
  EXPECT_TRUE(record.contains("claims"));
  EXPECT_TRUE(record["copy_of"].is_null());

  CliResult person = run_cli("check" + store_ + combiner_ + rumour_);
  ASSERT_EQ(person.exit_code, 0) << person.err;
  EXPECT_NE(person.out.find("evidence moved it: content model"), std::string::npos) << person.out;
  EXPECT_NE(person.out.find("+1.50 logit"), std::string::npos) << person.out;
  EXPECT_NE(person.out.find("related: "), std::string::npos) << person.out;
}

TEST_F(VerdictCliTest, AnArticleWithoutEvidenceKeepsTheContentProbability) {
  TempFile quiet("quiet.txt");
  quiet.write("A quiet day in Kessling\n\nNothing much happened in the harbor town today.\n");
  CliResult plain = run_cli("check --json '" + quiet.path() + "'");
  CliResult weighed = run_cli("check --json" + store_ + combiner_ + "'" + quiet.path() + "'");
  ASSERT_EQ(weighed.exit_code, 0) << weighed.err;
  const nlohmann::json a = nlohmann::json::parse(plain.out);
  const nlohmann::json b = nlohmann::json::parse(weighed.out);
  EXPECT_EQ(b["fake_probability"], a["fake_probability"]);
  EXPECT_EQ(b["content_probability"], a["fake_probability"]);
  EXPECT_EQ(b["verdict"], a["verdict"]);
  EXPECT_TRUE(b["explanation"]["evidence"].empty());
}

TEST_F(VerdictCliTest, ADamagedCombinerFileStopsCheckWithTheReason) {
  TempFile broken("broken-combiner.json");
  broken.write("{\"format\": \"verity-evidence-combiner\", \"version\": 2}");
  CliResult result =
      run_cli("check --json" + store_ + " --combiner '" + broken.path() + "'" + rumour_);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("no weights"), std::string::npos) << result.err;
}

TEST_F(VerdictCliTest, BatchWithAStoreGivesTheSameRecordsOnOneThreadOrTwo) {
  TempFile input("verdict-batch.jsonl");
  std::ostringstream lines;
  for (int i = 0; i < 6; ++i) {
    const std::string number = std::to_string(i);
    std::string id = "r";
    id += number;
    std::string title = "Ferry crossings to Marrow Island ";
    title += number;
    lines << nlohmann::json(
                 {{"id", id},
                  {"url", i % 2 ? "https://truthbombs.news/x" : "https://harborgazette.com/y"},
                  {"title", title},
                  {"text", read_fixture("evidence/ferry_rumour.txt")}})
                 .dump()
          << "\n";
  }
  input.write(lines.str());
  CliResult one = run_cli("batch --threads 1" + store_ + combiner_ + "'" + input.path() + "'");
  CliResult two = run_cli("batch --threads 2" + store_ + combiner_ + "'" + input.path() + "'");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(two.exit_code, 0) << two.err;
  EXPECT_EQ(one.out, two.out);
  std::istringstream records(one.out);
  std::string line;
  int count = 0;
  while (std::getline(records, line)) {
    const nlohmann::json record = nlohmann::json::parse(line);
    EXPECT_TRUE(record.contains("content_probability"));
    EXPECT_TRUE(record["explanation"].contains("evidence"));
    EXPECT_TRUE(record.contains("related"));
    ++count;
  }
  EXPECT_EQ(count, 6);
}

}  // namespace
}  // namespace verity::testing
