// Fetching pages by URL, against a local HTTP server serving our fixtures:
// redirects, charsets from the header and from <meta>, the size limit, and
// errors that name the URL. Also through `verity check URL` and the API.
#include "verity/fetch/fetch.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "run_cli.h"
#include "server/running_server.h"
#include "test_paths.h"

namespace verity::testing {
namespace {

// Serves the fixtures the way real sites do.
class FixtureSite {
 public:
  FixtureSite() {
    const std::string cafe = read_fixture("fetch/cafe-windows-1252.html");
    const std::string story =
        read_file(std::string(VERITY_FIXTURES_DIR) + "/../../examples/news-page.html");
    http_.Get("/cafe-header", [cafe](const httplib::Request&, httplib::Response& response) {
      response.set_content(cafe, "text/html; charset=ISO-8859-1");
    });
    http_.Get("/cafe-meta", [cafe](const httplib::Request&, httplib::Response& response) {
      response.set_content(cafe, "text/html");
    });
    http_.Get("/story", [story](const httplib::Request&, httplib::Response& response) {
      response.set_content(story, "text/html; charset=utf-8");
    });
    http_.Get("/moved", [](const httplib::Request&, httplib::Response& response) {
      response.set_redirect("/story", 301);
    });
    http_.Get("/loop", [](const httplib::Request&, httplib::Response& response) {
      response.set_redirect("/loop");
    });
    http_.Get("/big", [](const httplib::Request&, httplib::Response& response) {
      response.set_content(std::string(300000, 'x'), "text/plain");
    });
    http_.Get("/picture", [](const httplib::Request&, httplib::Response& response) {
      response.set_content("\x89PNG\r\n", "image/png");
    });
    port_ = http_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { http_.listen_after_bind(); });
  }
  ~FixtureSite() {
    http_.stop();
    thread_.join();
  }
  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

 private:
  httplib::Server http_;
  int port_ = 0;
  std::thread thread_;
};

TEST(Fetch, CharsetFromTheHeaderBecomesUtf8) {
  FixtureSite site;
  Result<Document> page = fetch_document(site.url("/cafe-header"));
  ASSERT_TRUE(page.ok()) << page.status().to_string();
  EXPECT_EQ(page.value().kind, ContentKind::kHtml);
  EXPECT_NE(page.value().content.find("Caf\u00e9 owners"), std::string::npos);
  EXPECT_NE(page.value().content.find("council\u2019s"),
            std::string::npos);  // windows-1252 quote, as browsers read it
}

TEST(Fetch, CharsetFromMetaWhenTheHeaderHasNone) {
  FixtureSite site;
  Result<Document> page = fetch_document(site.url("/cafe-meta"));
  ASSERT_TRUE(page.ok());
  EXPECT_NE(page.value().content.find("\u201cWe were not consulted,\u201d"), std::string::npos);
}

TEST(Fetch, FollowsRedirectsAndKeepsTheFinalUrl) {
  FixtureSite site;
  Result<Document> page = fetch_document(site.url("/moved"));
  ASSERT_TRUE(page.ok()) << page.status().to_string();
  EXPECT_EQ(page.value().url, site.url("/story"));
  EXPECT_EQ(page.value().id, site.url("/moved"));
  Result<Document> loop = fetch_document(site.url("/loop"));
  ASSERT_FALSE(loop.ok());
  EXPECT_EQ(loop.status().code(), StatusCode::kIoError);
}

TEST(Fetch, RefusesPagesOverTheLimitAndThingsThatAreNotText) {
  FixtureSite site;
  FetchOptions options;
  options.max_bytes = 100000;
  Result<Document> big = fetch_document(site.url("/big"), options);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().code(), StatusCode::kTooLarge);
  Result<Document> picture = fetch_document(site.url("/picture"));
  ASSERT_FALSE(picture.ok());
  EXPECT_EQ(picture.status().code(), StatusCode::kUnreadable);
}

TEST(Fetch, ErrorsNameTheUrlAndTheStatus) {
  FixtureSite site;
  Result<Document> missing = fetch_document(site.url("/nowhere"));
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nowhere: the server answered HTTP 404"),
            std::string::npos);
  Result<Document> refused = fetch_document("ftp://example.com/file");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kInvalidArgument);
  FetchOptions quick;
  quick.connect_timeout_ms = 500;
  Result<Document> closed = fetch_document("http://127.0.0.1:1/", quick);
  ASSERT_FALSE(closed.ok());
  EXPECT_EQ(closed.status().code(), StatusCode::kIoError);
}

TEST(Fetch, CheckCommandFetchesAUrl) {
  FixtureSite site;
  const CliResult result = run_cli("check --json '" + site.url("/moved") + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json record = nlohmann::json::parse(result.out);
  EXPECT_EQ(record["id"], site.url("/moved"));
  EXPECT_EQ(record["article"]["url"], site.url("/story"));
  const CliResult missing = run_cli("check '" + site.url("/nowhere") + "'");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("HTTP 404"), std::string::npos);
}

TEST(Fetch, ApiChecksAUrlGivenWithoutText) {
  FixtureSite site;
  RunningServer server;
  const nlohmann::json request = {{"url", site.url("/cafe-header")}};
  auto response = server.post("/v1/check", request.dump(), "application/json");
  ASSERT_TRUE(response);
  ASSERT_EQ(response->status, 200) << response->body;
  EXPECT_EQ(nlohmann::json::parse(response->body)["article"]["title"],
            "Caf\u00e9 owners protest new rules");
  const nlohmann::json missing = {{"url", site.url("/nowhere")}};
  auto failed = server.post("/v1/check", missing.dump(), "application/json");
  ASSERT_TRUE(failed);
  EXPECT_EQ(failed->status, 502);
}

}  // namespace
}  // namespace verity::testing
