// `verity extract` as a user runs it: inputs of every kind, and bad input
// that must get a clear error and never cost the other records.
#include <gtest/gtest.h>
#include <zlib.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "run_cli.h"
#include "test_paths.h"

namespace verity::testing {
namespace {

std::vector<nlohmann::json> json_lines(const std::string& out) {
  std::vector<nlohmann::json> objects;
  std::size_t start = 0;
  while (start < out.size()) {
    std::size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    if (end > start) objects.push_back(nlohmann::json::parse(out.substr(start, end - start)));
    start = end + 1;
  }
  return objects;
}

std::string examples(const std::string& name) {
  return std::string(VERITY_FIXTURES_DIR) + "/../../examples/" + name;
}

void write_gzip(const std::string& path, const std::string& content) {
  gzFile file = gzopen(path.c_str(), "wb");
  gzwrite(file, content.data(), static_cast<unsigned>(content.size()));
  gzclose(file);
}

TEST(ExtractCliTest, TextExampleAsJson) {
  const CliResult result = run_cli("extract --json '" + examples("wire-report.txt") + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<nlohmann::json> articles = json_lines(result.out);
  ASSERT_EQ(articles.size(), 1u);
  const nlohmann::json& article = articles[0];
  for (const char* field : {"title", "authors", "date", "url", "domain", "body", "paragraphs",
                            "cited_sources", "removed"}) {
    EXPECT_TRUE(article.contains(field)) << field;
  }
  EXPECT_EQ(article["title"], "Glacier Survey Finds Alpine Ice Thinning Faster Than Expected");
  EXPECT_TRUE(
      article["body"].get<std::string>().starts_with("A three-year survey of 40 alpine glaciers"));
  EXPECT_EQ(article["paragraphs"].size(), 4u);
  EXPECT_TRUE(article["date"].is_null());
  bool blurb_removed = false;
  for (const auto& removed : article["removed"]) {
    blurb_removed = blurb_removed || removed["reason"] == "publisher blurb";
  }
  EXPECT_TRUE(blurb_removed);
}

TEST(ExtractCliTest, HtmlExampleAsJson) {
  const CliResult result = run_cli("extract --json '" + examples("news-page.html") + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<nlohmann::json> articles = json_lines(result.out);
  ASSERT_EQ(articles.size(), 1u);
  const nlohmann::json& article = articles[0];
  EXPECT_EQ(article["title"], "Port Authority Opens Solar Farm on Old Rail Yard");
  EXPECT_EQ(article["authors"], nlohmann::json({"Priya Nandakumar", "Owen Castillo"}));
  EXPECT_EQ(article["date"], "2023-06-14T13:30:00Z");
  EXPECT_EQ(article["domain"], "lakeside-courier.example");
  EXPECT_EQ(article["paragraphs"].size(), 5u) << article["body"];
  const std::string body = article["body"];
  EXPECT_TRUE(body.starts_with("The Lakeside Port Authority switched on")) << body;
  for (const char* chrome : {"Home", "Breaking News", "cookies", "Share on", "Related stories",
                             "Copyright", "Solar panels cover"}) {
    EXPECT_EQ(body.find(chrome), std::string::npos) << chrome;
  }
}

TEST(ExtractCliTest, StdinAndPlainOutput) {
  const CliResult result = run_cli("extract - < '" + examples("fabricated-story.txt") + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.out.starts_with("# BOMBSHELL: Health Officials Hid Proof")) << result.out;
  EXPECT_NE(result.out.find("cites: healthtruthdaily.com"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("About Mark Stone"), std::string::npos);
}

TEST(ExtractCliTest, JsonlBatchKeepsGoingPastABadLine) {
  TempFile input("batch.jsonl");
  input.write(
      "{\"id\": \"a1\", \"title\": \"First\", \"text\": \"The first story has a sentence of text "
      "in it.\", "
      "\"label\": \"real\"}\n"
      "{\"id\": \"a2\", \"title\": \"Broken\", \"text\": \"unterminated\n"
      "{\"id\": \"a3\", \"title\": \"Third\", \"text\": \"The third story also has a sentence of "
      "text.\", "
      "\"label\": \"fake\"}\n");
  const CliResult result = run_cli("extract --json '" + input.path() + "'");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const std::vector<nlohmann::json> articles = json_lines(result.out);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0]["id"], "a1");
  EXPECT_EQ(articles[1]["id"], "a3");
  EXPECT_EQ(articles[1]["label"], "fake");
  EXPECT_NE(result.err.find(input.path() + ":2"), std::string::npos) << result.err;
  EXPECT_EQ(run_cli("extract --strict --json '" + input.path() + "'").exit_code, 1);
}

TEST(ExtractCliTest, CsvWithColumnMapping) {
  TempFile input("mapped.csv");
  input.write(
      "article_id,headline,story\r\n"
      "c1,\"Dock Strike Ends\",\"Workers returned on Monday, ending a \"\"costly\"\" "
      "strike.\nTalks will resume.\"\r\n");
  const CliResult result = run_cli(
      "extract --json --columns id=article_id,title=headline,text=story '" + input.path() + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<nlohmann::json> articles = json_lines(result.out);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0]["id"], "c1");
  EXPECT_EQ(articles[0]["title"], "Dock Strike Ends");
  EXPECT_EQ(articles[0]["paragraphs"],
            nlohmann::json(
                {"Workers returned on Monday, ending a \"costly\" strike.", "Talks will resume."}));
}

TEST(ExtractCliTest, GzipInputAndTruncatedGzip) {
  TempFile good("good.jsonl.gz");
  std::string lines;
  for (int i = 0; i < 200; ++i) {
    lines += "{\"id\": \"g" + std::to_string(i) + "\", \"text\": \"Story number " +
             std::to_string(i) + " reports on the harbor and the council vote.\"}\n";
  }
  write_gzip(good.path(), lines);
  CliResult result = run_cli("extract --json '" + good.path() + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(json_lines(result.out).size(), 200u);

  TempFile truncated("truncated.jsonl.gz");
  const std::string compressed = read_file(good.path());
  truncated.write(compressed.substr(0, compressed.size() * 2 / 3));
  result = run_cli("extract --json '" + truncated.path() + "'");
  EXPECT_NE(result.err.find(truncated.path()), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("gzip"), std::string::npos) << result.err;
  EXPECT_LT(json_lines(result.out).size(), 200u);
}

TEST(ExtractCliTest, EmptyBinaryAndMissingInputsFailClearly) {
  TempFile empty("empty.txt");
  empty.write("");
  CliResult result = run_cli("extract '" + empty.path() + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(empty.path()), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("empty"), std::string::npos) << result.err;

  TempFile binary("binary.bin");
  binary.write(std::string("\x7f"
                           "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0",
                           24) +
               std::string(4000, '\0'));
  result = run_cli("extract '" + binary.path() + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("binary"), std::string::npos) << result.err;

  result = run_cli("extract /nonexistent/verity-input.txt");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("/nonexistent/verity-input.txt"), std::string::npos) << result.err;

  result = run_cli("extract --format bogus '" + empty.path() + "'");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--format"), std::string::npos) << result.err;
}

TEST(ExtractCliTest, InvalidUtf8IsRepairedAndCounted) {
  TempFile input("latin1.txt");
  input.write(
      "Caf\xE9 Owners Protest New Rules\n\nOwners of the caf\xE9s on Main Street protested the new "
      "outdoor seating rules on Friday, saying they would cost them customers.\n");
  const CliResult result = run_cli("extract --json '" + input.path() + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<nlohmann::json> articles = json_lines(result.out);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0]["repaired_bytes"], 2);
  EXPECT_EQ(articles[0]["title"], "Caf\uFFFD Owners Protest New Rules");
}

TEST(ExtractCliTest, HugeFileIsRefusedWithoutCrashing) {
  TempFile huge("huge.txt");
  {
    FILE* file = std::fopen(huge.path().c_str(), "wb");
    std::string line = "A line of a very large scraped file that keeps going and going.\n";
    std::string chunk;
    while (chunk.size() < (1u << 20)) chunk += line;
    for (int i = 0; i < 200; ++i) std::fwrite(chunk.data(), 1, chunk.size(), file);
    std::fclose(file);
  }
  const CliResult result = run_cli("extract '" + huge.path() + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(huge.path()), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("limit"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace verity::testing
