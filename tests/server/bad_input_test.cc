// The bad-request battery: each bad input gets its status, and the server
// goes on serving. (bench/bad_requests.sh runs the same against `verity serve`.)
#include <gtest/gtest.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "running_server.h"

namespace verity::testing {
namespace {

using Json = nlohmann::json;

void expect_status(const httplib::Result& response, int status,
                   const std::string& error_part = "") {
  ASSERT_TRUE(response) << "no answer";
  EXPECT_EQ(response->status, status) << response->body;
  const Json body = Json::parse(response->body, nullptr, false);
  ASSERT_TRUE(body.is_object() && body.contains("error")) << response->body;
  if (!error_part.empty()) {
    EXPECT_NE(response->body.find(error_part), std::string::npos) << response->body;
  }
}

void expect_still_serving(const RunningServer& server) {
  auto response =
      server.post("/v1/check", "The council met on Tuesday and approved the budget.", "text/plain");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
}

TEST(BadRequests, MalformedJsonIs400) {
  RunningServer server;
  expect_status(server.post("/v1/check", R"({"text": "unterminated)", "application/json"), 400,
                "invalid JSON");
  expect_status(server.post("/v1/check", "[1, 2]", "application/json"), 400,
                "expected a JSON object");
  expect_status(server.post("/v1/batch", R"({"text": "not a list"})", "application/json"), 400);
  expect_still_serving(server);
}

TEST(BadRequests, WrongTypesAre400) {
  RunningServer server;
  expect_status(server.post("/v1/check", R"({"text": 12})", "application/json"), 400,
                "must be a string");
  expect_status(server.post("/v1/check", R"({"url": ["x"]})", "application/json"), 400);
  expect_status(server.post("/v1/check", R"({})", "application/json"), 400,
                "give text, html or url");
  expect_still_serving(server);
}

TEST(BadRequests, WrongContentTypeIs415) {
  RunningServer server;
  expect_status(server.post("/v1/check", "text=hello", "application/x-www-form-urlencoded"), 415);
  expect_status(server.post("/v1/check", "\x89PNG", "image/png"), 415);
  expect_still_serving(server);
}

TEST(BadRequests, HundredMegabyteBodyIs413) {
  RunningServer server;
  const std::string huge(100u << 20, 'a');
  expect_status(server.post("/v1/check", huge, "text/plain"), 413, "over the limit");
  expect_still_serving(server);
}

TEST(BadRequests, UnreadableTextIs422) {
  RunningServer server;
  std::string binary(4096, '\0');
  for (std::size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>(i * 7 % 32);
  expect_status(server.post("/v1/check", binary, "text/plain"), 422, "unreadable");
  expect_status(server.post("/v1/check", "   \n\n  ", "text/plain"), 422);
  expect_still_serving(server);
}

TEST(BadRequests, InvalidUtf8IsRepairedInTextAndRefusedInJson) {
  RunningServer server;
  auto text = server.post(
      "/v1/check", "The mayor said \xff\xfe the plan \xc3 would pass next week.", "text/plain");
  ASSERT_TRUE(text);
  EXPECT_EQ(text->status, 200);
  expect_status(server.post("/v1/check", "{\"text\": \"bad \xff byte\"}", "application/json"), 400,
                "invalid JSON");
  expect_still_serving(server);
}

TEST(BadRequests, HtmlBombOfNestedTagsIsAnsweredQuickly) {
  RunningServer server;
  std::string bomb = "<html><body>";
  for (int i = 0; i < 100000; ++i) bomb += "<div>";
  bomb += "Deep text that says the election was rigged by insiders.";
  const auto start = std::chrono::steady_clock::now();
  auto response = server.post("/v1/check", bomb, "text/html");
  ASSERT_TRUE(response);
  EXPECT_TRUE(response->status == 200 || response->status == 422) << response->status;
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  expect_still_serving(server);
}

TEST(BadRequests, SlowClientIsCutOffAndOthersAreServed) {
  ServerOptions options;
  options.request_timeout_ms = 300;
  RunningServer server(options);
  const int slow = server.connect_raw();
  const std::string start = "POST /v1/check HTTP/1.1\r\nHost: x\r\n";
  ASSERT_EQ(::send(slow, start.data(), start.size(), 0), static_cast<ssize_t>(start.size()));
  expect_still_serving(server);  // while the slow one dawdles
  const auto began = std::chrono::steady_clock::now();
  const std::string answer = read_until_closed(slow, 5);  // the server answers 408 and closes
  EXPECT_EQ(answer.rfind("HTTP/1.1 408", 0), 0u) << answer;
  EXPECT_LT(std::chrono::steady_clock::now() - began, std::chrono::seconds(3));
  ::close(slow);
  expect_still_serving(server);
}

TEST(Overload, ConnectionsBeyondTheQueueGet503AtOnce) {
  ServerOptions options;
  options.connection_threads = 1;
  options.max_pending_connections = 0;
  RunningServer server(options);
  const int holder = server.connect_raw();  // takes the only connection thread
  const std::string partial = "GET /healthz HTTP/1.1\r\n";
  ::send(holder, partial.data(), partial.size(), 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const int turned_away = server.connect_raw();
  const std::string answer = read_until_closed(turned_away, 3);
  EXPECT_EQ(answer.rfind("HTTP/1.1 503", 0), 0u) << answer;
  EXPECT_NE(answer.find("overloaded"), std::string::npos);
  ::close(turned_away);
  ::close(holder);
}

TEST(Shutdown, StopClosesIdleConnectionsAndReturns) {
  auto server = std::make_unique<RunningServer>();
  const int idle = server->connect_raw();
  const std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
  ::send(idle, request.data(), request.size(), 0);
  char buffer[512];
  ASSERT_GT(::recv(idle, buffer, sizeof buffer, 0), 0);  // answered; the connection stays open
  const auto began = std::chrono::steady_clock::now();
  server.reset();  // stop() and join run()
  EXPECT_LT(std::chrono::steady_clock::now() - began, std::chrono::seconds(2));
  ::close(idle);
}

}  // namespace
}  // namespace verity::testing
