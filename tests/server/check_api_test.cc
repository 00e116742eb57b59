// The API answers with exactly the CLI's record, in order, and says what it
// is: /v1/check, /v1/batch, /v1/source, /healthz, /metrics, /openapi.json
// and the page.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "evidence/evidence_test_support.h"
#include "running_server.h"
#include "test_paths.h"
#include "verity/check.h"
#include "verity/json.h"

namespace verity::testing {
namespace {

using Json = nlohmann::json;

std::string cli_record(const std::string& content, ContentKind kind, bool paragraphs = false) {
  Document document;
  document.content = content;
  document.kind = kind;
  Result<CheckResult> result = shipped_checker()->check(document);
  EXPECT_TRUE(result.ok());
  CheckJsonOptions json;
  json.include_body = paragraphs;
  return check_to_json(result.value(), json);
}

std::string example(const std::string& name) {
  return read_file(std::string(VERITY_FIXTURES_DIR) + "/../../examples/" + name);
}

TEST(CheckApi, RawTextGivesTheRecordOfCheckJson) {
  RunningServer server;
  const std::string story = example("fabricated-story.txt");
  auto response = server.post("/v1/check", story, "text/plain");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(response->body, cli_record(story, ContentKind::kText));
}

TEST(CheckApi, RawHtmlIsExtractedAsAPage) {
  RunningServer server;
  const std::string page = example("news-page.html");
  auto response = server.post("/v1/check", page, "text/html; charset=utf-8");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->body, cli_record(page, ContentKind::kHtml));
}

TEST(CheckApi, JsonObjectCarriesTitleTextAndUrl) {
  RunningServer server;
  Json request = {{"id", "a1"},
                  {"title", "Council approves budget"},
                  {"text", example("wire-report.txt")},
                  {"url", "https://www.example.com/news/1"}};
  auto response = server.post("/v1/check?paragraphs=1", request.dump(), "application/json");
  ASSERT_TRUE(response);
  ASSERT_EQ(response->status, 200) << response->body;
  const Json record = Json::parse(response->body);
  EXPECT_EQ(record["id"], "a1");
  EXPECT_EQ(record["article"]["title"], "Council approves budget");
  EXPECT_EQ(record["article"]["domain"], "example.com");
  EXPECT_TRUE(record["article"]["paragraphs"].is_array());
  EXPECT_TRUE(record["explanation"]["top_fake"].is_array());
  EXPECT_NE(std::string("fake real uncertain satire").find(record["verdict"].get<std::string>()),
            std::string::npos);
}

TEST(CheckApi, BatchKeepsInputOrderAndReportsBadItemsInPlace) {
  RunningServer server;
  Json batch = Json::array({{{"id", "one"}, {"text", example("wire-report.txt")}},
                            {{"id", "two"}, {"title", 7}},
                            {{"id", "three"}, {"text", example("fabricated-story.txt")}}});
  auto response = server.post("/v1/batch", batch.dump(), "application/json");
  ASSERT_TRUE(response);
  ASSERT_EQ(response->status, 200) << response->body;
  const Json records = Json::parse(response->body);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0]["id"], "one");
  EXPECT_EQ(records[1]["id"], "two");
  EXPECT_TRUE(records[1].contains("error"));
  EXPECT_EQ(records[2]["id"], "three");
  EXPECT_TRUE(records[2].contains("fake_probability"));
}

TEST(CheckApi, BatchAcceptsJsonLinesAndAnswersInKind) {
  RunningServer server;
  const std::string lines = Json{{"text", example("wire-report.txt")}}.dump() + "\n\n{not json\n" +
                            Json{{"id", 9}, {"text", example("fabricated-story.txt")}}.dump() +
                            "\n";
  auto response = server.post("/v1/batch", lines, "application/x-ndjson");
  ASSERT_TRUE(response);
  ASSERT_EQ(response->status, 200);
  EXPECT_EQ(response->get_header_value("Content-Type"), "application/x-ndjson");
  std::vector<Json> records;
  std::istringstream in(response->body);
  for (std::string line; std::getline(in, line);) records.push_back(Json::parse(line));
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0]["id"], "1");
  EXPECT_TRUE(records[1].contains("error"));
  EXPECT_EQ(records[2]["id"], "9");
}

TEST(CheckApi, BatchOverTheLimitIs413) {
  ServerOptions options;
  options.max_batch_documents = 2;
  RunningServer server(options);
  auto response = server.post("/v1/batch", R"([{"text":"a b"},{"text":"c d"},{"text":"e f"}])",
                              "application/json");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
  EXPECT_NE(response->body.find("batch limit of 2"), std::string::npos);
}

TEST(SourceApi, WithoutAStoreIs404NoStoreLoaded) {
  RunningServer server;
  auto response = server.get("/v1/source/example.com");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 404);
  EXPECT_EQ(Json::parse(response->body)["error"], "no source store loaded");
}

TEST(SourceApi, AnEvidenceStoreAnswersWithItsRatings) {
  TempDir dir("source-api");
  {
    std::unique_ptr<EvidenceStore> store = open_store(dir.file("verity.db"));
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->reputation().import_file(fixture_path("evidence/domain_ratings.csv")).ok());
  }
  RunningServer server({}, shipped_checker(open_evidence_source(dir.file("verity.db")).value()));
  auto known = server.get("/v1/source/truthbombs.news");
  ASSERT_TRUE(known);
  EXPECT_EQ(known->status, 200);
  const Json rated = Json::parse(known->body);
  EXPECT_EQ(rated["standing"], "low");
  EXPECT_EQ(rated["ratings"][0]["list"], "domain_ratings");
  auto unknown = server.get("/v1/source/unrated.example.org");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 200);
  EXPECT_EQ(Json::parse(unknown->body)["standing"], "unknown");
}

TEST(ServiceRoutes, HealthMetricsOpenApiAndPage) {
  RunningServer server;
  auto health = server.get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(Json::parse(health->body)["status"], "ok");

  ASSERT_TRUE(server.post("/v1/check", "{", "application/json"));
  // A request is counted just after its answer is sent, so wait a moment for it.
  const auto metrics_show = [&](const std::string& line) {
    for (int attempt = 0; attempt < 100; ++attempt) {
      auto metrics = server.get("/metrics");
      if (metrics && metrics->body.find(line) != std::string::npos) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  };
  EXPECT_TRUE(metrics_show("verity_http_requests_total{route=\"/healthz\",status=\"200\"} 1"));
  EXPECT_TRUE(metrics_show("verity_http_request_errors_total{route=\"/v1/check\"} 1"));
  EXPECT_TRUE(metrics_show(
      "verity_http_request_duration_seconds_bucket{route=\"/v1/check\",le=\"+Inf\"} 1"));

  auto openapi = server.get("/openapi.json");
  ASSERT_TRUE(openapi);
  const Json spec = Json::parse(openapi->body);
  for (const char* path :
       {"/v1/check", "/v1/batch", "/v1/source/{domain}", "/healthz", "/metrics"}) {
    EXPECT_TRUE(spec["paths"].contains(path)) << path;
  }

  auto page = server.get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  auto examples = server.get("/v1/examples");
  ASSERT_TRUE(examples);
  EXPECT_GE(Json::parse(examples->body).size(), 3u);
  auto story = server.get("/examples/fabricated-story.txt");
  ASSERT_TRUE(story);
  EXPECT_EQ(story->body, example("fabricated-story.txt"));
}

}  // namespace
}  // namespace verity::testing
