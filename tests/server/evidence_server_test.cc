// The service with an evidence store: checks running side by side each use
// their own session with the store, and give the records one at a time gives.
#include <gtest/gtest.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "evidence/evidence_test_support.h"
#include "server/running_server.h"
#include "test_paths.h"

namespace verity::testing {
namespace {

// An evidence source that counts the sessions opened on it.
class CountingSource final : public EvidenceSource {
 public:
  explicit CountingSource(std::shared_ptr<const EvidenceSource> inner) : inner_(std::move(inner)) {}
  Result<std::unique_ptr<EvidenceSession>> open_session() const override {
    ++sessions;
    return inner_->open_session();
  }
  const std::string& name() const override { return inner_->name(); }
  mutable std::atomic<int> sessions{0};

 private:
  std::shared_ptr<const EvidenceSource> inner_;
};

TEST(ServerWithEvidence, ConcurrentChecksGiveTheRecordsSequentialOnesGive) {
  TempDir dir("server-evidence");
  const std::string path = dir.file("verity.db");
  {
    std::unique_ptr<EvidenceStore> store = open_store(path);
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->reputation().import_file(fixture_path("evidence/domain_ratings.csv")).ok());
    ASSERT_TRUE(store->reputation().import_file(fixture_path("evidence/opensources.csv")).ok());
    ASSERT_TRUE(
        store->fact_checks().import_file(fixture_path("evidence/claimreview_sample.jsonl")).ok());
  }
  EvidenceVector w{};
  w[static_cast<std::size_t>(EvidenceFeature::kCitedLow)] = 1.0;
  w[static_cast<std::size_t>(EvidenceFeature::kPublisherLowQuality)] = 2.0;
  w[static_cast<std::size_t>(EvidenceFeature::kPublisherHighQuality)] = -2.0;
  const auto combiner =
      std::make_shared<const EvidenceCombiner>(EvidenceCombiner::make(w, "server test").value());

  ServerOptions options;
  options.check_threads = 4;
  const auto source = std::make_shared<const CountingSource>(open_evidence_source(path).value());
  RunningServer server(options, shipped_checker(source, combiner));

  std::vector<std::string> bodies;
  for (int i = 0; i < 12; ++i) {
    bodies.push_back(nlohmann::json({{"id", "doc" + std::to_string(i)},
                                     {"url", i % 3 == 0   ? "https://truthbombs.news/a"
                                             : i % 3 == 1 ? "https://harborgazette.com/b"
                                                          : "https://unrated.example.org/c"},
                                     {"text", read_fixture("evidence/ferry_rumour.txt") +
                                                  "\n\nUpdate " + std::to_string(i) + "."}})
                         .dump());
  }
  std::vector<std::string> sequential;
  for (const std::string& body : bodies) {
    const httplib::Result answer = server.post("/v1/check", body, "application/json");
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->status, 200) << answer->body;
    sequential.push_back(answer->body);
  }
  const nlohmann::json first = nlohmann::json::parse(sequential[0]);
  ASSERT_TRUE(first.contains("content_probability")) << sequential[0];
  EXPECT_GT(first["fake_probability"].get<double>(), first["content_probability"].get<double>());

  std::vector<std::string> concurrent(bodies.size());
  std::vector<std::thread> clients;
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    clients.emplace_back([&, i] {
      const httplib::Result answer = server.post("/v1/check", bodies[i], "application/json");
      if (answer && answer->status == 200) concurrent[i] = answer->body;
    });
  }
  for (std::thread& client : clients) client.join();
  EXPECT_EQ(concurrent, sequential);
  // A session per check running at once: never more than the workers.
  EXPECT_GE(source->sessions.load(), 1);
  EXPECT_LE(source->sessions.load(), 4);
}

}  // namespace
}  // namespace verity::testing
