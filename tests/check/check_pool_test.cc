// The check workers and the ordered batch loop every face uses.
#include "verity/check_pool.h"

#include <gtest/gtest.h>

#include <atomic>

#include "server/running_server.h"
#include "test_paths.h"
#include "verity/json.h"

namespace verity::testing {
namespace {

TEST(CheckPool, RefusesWorkBeyondItsQueue) {
  CheckPool pool(1, 2);
  std::atomic<int> ran{0};
  EXPECT_TRUE(pool.run(2, [&](std::size_t) { ++ran; }));
  EXPECT_EQ(ran, 2);
  EXPECT_FALSE(pool.run(3, [&](std::size_t) { ++ran; }));
  EXPECT_EQ(ran, 2);
  EXPECT_EQ(pool.workers(), 1u);
}

TEST(CheckPool, RunsEveryJobOnceAcrossItsWorkers) {
  CheckPool pool(3);
  std::vector<std::atomic<int>> runs(500);
  ASSERT_TRUE(pool.run(runs.size(), [&](std::size_t i) { ++runs[i]; }));
  for (const std::atomic<int>& count : runs) EXPECT_EQ(count.load(), 1);
  const std::function<void(std::size_t)> job = [&](std::size_t i) { ++runs[i]; };
  std::unique_ptr<CheckPool::Pending> pending = pool.submit(runs.size(), job);
  ASSERT_TRUE(pending);
  pending->wait();
  for (const std::atomic<int>& count : runs) EXPECT_EQ(count.load(), 2);
  EXPECT_EQ(pool.queued(), 0u);
}

// Records of a dataset with a bad line, checked on `threads` threads.
std::vector<std::string> batch_records(const Checker& checker, unsigned threads) {
  Result<std::unique_ptr<DocumentReader>> reader =
      DocumentReader::open(fixture_path("datasets/articles.jsonl"));
  EXPECT_TRUE(reader.ok());
  std::vector<std::string> records;
  std::vector<std::size_t> numbers;
  check_all(
      checker, *reader.value(), threads,
      [&](CheckedRecord& record) {
        numbers.push_back(record.number);
        records.push_back(record.result.ok() ? record.rendered
                                             : error_to_json(record.id, record.result.status()));
      },
      [](CheckedRecord& record) {
        if (record.result.ok()) record.rendered = check_to_json(record.result.value());
      });
  for (std::size_t i = 0; i < numbers.size(); ++i) EXPECT_EQ(numbers[i], i + 1) << "in input order";
  return records;
}

TEST(CheckAll, GivesEveryRecordInInputOrderWhateverTheThreads) {
  const std::shared_ptr<const Checker> checker = shipped_checker();
  const std::vector<std::string> one = batch_records(*checker, 1);
  ASSERT_EQ(one.size(), 5u);
  EXPECT_NE(one[2].find("\"error\""), std::string::npos) << "the broken line, reported in place";
  EXPECT_NE(one[0].find("\"id\":\"a-1\""), std::string::npos);
  EXPECT_EQ(batch_records(*checker, 2), one);
  EXPECT_EQ(batch_records(*checker, 5), one);
}

}  // namespace
}  // namespace verity::testing
