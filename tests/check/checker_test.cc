// The Checker: one object for the whole verdict, content and evidence, the
// same record however many threads call it.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "evidence/evidence_test_support.h"
#include "server/running_server.h"
#include "test_paths.h"
#include "verity/check.h"
#include "verity/evidence/store.h"
#include "verity/json.h"

namespace verity::testing {
namespace {

Document text_document(const std::string& id, const std::string& text) {
  Document document;
  document.id = id;
  document.content = text;
  return document;
}

// A store with the fixture ratings and fact checks, and the ferry stories.
std::string fixture_store(const TempDir& dir) {
  const std::string path = dir.file("verity.db");
  std::unique_ptr<EvidenceStore> store = open_store(path);
  EXPECT_TRUE(store);
  EXPECT_TRUE(store->reputation().import_file(fixture_path("evidence/domain_ratings.csv")).ok());
  EXPECT_TRUE(store->reputation().import_file(fixture_path("evidence/opensources.csv")).ok());
  EXPECT_TRUE(
      store->fact_checks().import_file(fixture_path("evidence/claimreview_sample.jsonl")).ok());
  return path;
}

// An evidence source whose sessions cannot be opened.
class BrokenSource final : public EvidenceSource {
 public:
  Result<std::unique_ptr<EvidenceSession>> open_session() const override {
    return Status(StatusCode::kIoError, "store.db: disk on fire");
  }
  const std::string& name() const override { return name_; }

 private:
  std::string name_ = "broken";
};

TEST(Checker, NeedsAModel) {
  Result<std::shared_ptr<const Checker>> checker = Checker::make(CheckerOptions{});
  ASSERT_FALSE(checker.ok());
  EXPECT_EQ(checker.status().code(), StatusCode::kInvalidArgument);
}

TEST(Checker, WithoutEvidenceTheVerdictIsTheContentModels) {
  const std::shared_ptr<const Checker> checker = shipped_checker();
  Result<CheckResult> result = checker->check(
      text_document("f", read_file(fixture_path("../../examples/fabricated-story.txt"))));
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  EXPECT_FALSE(result.value().evidence);
  EXPECT_FALSE(result.value().evidence_verdict);
  EXPECT_TRUE(result.value().evidence_status.ok());
  EXPECT_EQ(result.value().fake_probability(), result.value().prediction.fake_probability);
  EXPECT_EQ(result.value().verdict, checker->model().verdict(result.value().prediction));
  Result<SourceReputation> rated = checker->rate_source("example.com");
  EXPECT_EQ(rated.status().code(), StatusCode::kNotFound);
}

TEST(Checker, WeighsTheEvidenceSourceIntoTheVerdict) {
  TempDir dir("checker-evidence");
  const std::string path = fixture_store(dir);
  EvidenceVector w{};
  w[static_cast<std::size_t>(EvidenceFeature::kCitedLow)] = 1.0;
  w[static_cast<std::size_t>(EvidenceFeature::kPublisherLowLabel)] = 2.0;
  const auto combiner =
      std::make_shared<const EvidenceCombiner>(EvidenceCombiner::make(w, "checker test").value());
  const std::shared_ptr<const Checker> checker =
      shipped_checker(open_evidence_source(path).value(), combiner);
  Document document = text_document("fire", read_fixture("evidence/ferry_rumour.txt"));
  document.url = "https://truthbombs.news/ferry";
  Result<CheckResult> result = checker->check(document);
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  const CheckResult& checked = result.value();
  ASSERT_TRUE(checked.evidence);
  ASSERT_TRUE(checked.evidence_verdict);
  EXPECT_EQ(standing_name(checked.evidence->sources.publisher.standing), "low");
  EXPECT_GT(checked.fake_probability(), checked.prediction.fake_probability);
  EXPECT_EQ(checked.evidence_verdict->content_probability, checked.prediction.fake_probability);
  EXPECT_EQ(checked.verdict, checker->model().verdict(checked.fake_probability(),
                                                      checked.prediction.satire_probability));
  // The record carries the evidence at its end.
  const std::string record = check_to_json(checked);
  EXPECT_NE(record.find("\"content_probability\""), std::string::npos);
  EXPECT_NE(record.find("\"source\":{\"cited\""), std::string::npos);
  EXPECT_EQ(record.substr(record.size() - 15), "\"copy_of\":null}");
  EXPECT_EQ(standing_name(checker->rate_source("truthbombs.news").value().standing), "low");
}

TEST(Checker, WithoutACombinerTheEvidenceIsListedButDoesNotMoveTheVerdict) {
  TempDir dir("checker-unweighed");
  const std::string path = fixture_store(dir);
  const std::shared_ptr<const Checker> checker =
      shipped_checker(open_evidence_source(path).value());
  Document document = text_document("fire", read_fixture("evidence/ferry_rumour.txt"));
  document.url = "https://truthbombs.news/ferry";
  Result<CheckResult> result = checker->check(document);
  ASSERT_TRUE(result.ok());
  ASSERT_TRUE(result.value().evidence_verdict);
  EXPECT_FALSE(result.value().evidence_verdict->weighed);
  EXPECT_FALSE(result.value().evidence_verdict->contributions.empty());
  EXPECT_EQ(result.value().fake_probability(), result.value().prediction.fake_probability);
}

TEST(Checker, AFailingEvidenceSourceLeavesTheContentVerdictAndSaysWhy) {
  const std::shared_ptr<const Checker> checker =
      shipped_checker(std::make_shared<const BrokenSource>());
  Result<CheckResult> result = checker->check(text_document("a", "The council met on Tuesday."));
  ASSERT_TRUE(result.ok()) << "the article itself was readable";
  EXPECT_FALSE(result.value().evidence);
  EXPECT_EQ(result.value().evidence_status.code(), StatusCode::kIoError);
  EXPECT_NE(result.value().evidence_status.message().find("disk on fire"), std::string::npos);
  EXPECT_EQ(check_to_json(result.value()).find("\"source\""), std::string::npos);
}

TEST(Checker, AnUnreadableDocumentFails) {
  const std::shared_ptr<const Checker> checker = shipped_checker();
  EXPECT_EQ(checker->check(text_document("empty", "")).status().code(), StatusCode::kUnreadable);
}

TEST(Checker, ThreadsSharingOneCheckerGetTheRecordsOneThreadGets) {
  TempDir dir("checker-threads");
  const std::shared_ptr<const Checker> checker =
      shipped_checker(open_evidence_source(fixture_store(dir)).value());
  std::vector<Document> documents;
  for (int i = 0; i < 24; ++i) {
    const std::string number = std::to_string(i);
    std::string text = read_fixture("evidence/ferry_rumour.txt");
    text.append("\n\nUpdate number ").append(number).append(".");
    Document document = text_document(std::string("d").append(number), text);
    document.url = i % 2 == 0 ? "https://truthbombs.news/x" : "https://harborgazette.com/y";
    documents.push_back(std::move(document));
  }
  std::vector<std::string> alone;
  for (const Document& document : documents)
    alone.push_back(check_to_json(checker->check(document).value()));
  std::vector<std::string> together(documents.size());
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (std::size_t i; (i = next++) < documents.size();)
        together[i] = check_to_json(checker->check(documents[i]).value());
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(together, alone);
}

}  // namespace
}  // namespace verity::testing
