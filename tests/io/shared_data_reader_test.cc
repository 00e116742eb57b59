// The readers over the real shared datasets (skipped when ../shared is absent):
// every line is a record and none is an error.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "io/reader_test_support.h"
#include "test_paths.h"
#include "verity/reader.h"

namespace verity {
namespace {

using testing::shared_path;

struct Counts {
  std::size_t records = 0;
  std::size_t errors = 0;
  std::string first_error;
};

Counts count_records(const std::string& path, InputFormat expected) {
  Counts counts;
  auto reader = DocumentReader::open(path);
  EXPECT_TRUE(reader.ok()) << reader.status().to_string();
  if (!reader.ok()) return counts;
  EXPECT_EQ(reader.value()->format(), expected);
  DocumentRecord record;
  while (reader.value()->next(record)) {
    ++counts.records;
    EXPECT_EQ(record.number, counts.records);
    if (!record.status.ok() && counts.errors++ == 0) counts.first_error = record.status.to_string();
  }
  return counts;
}

std::size_t count_newlines(const std::string& path) {
  const std::string text = testing::read_file(path);
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// Every line of the shared file comes out as a good record, in order.
void expect_every_line_read(const std::string& relative, InputFormat format) {
  const std::string path = shared_path(relative);
  const Counts counts = count_records(path, format);
  EXPECT_EQ(counts.records, count_newlines(path)) << relative;
  EXPECT_EQ(counts.errors, 0u) << relative << ": " << counts.first_error;
}

TEST(SharedDataReaderTest, FakeNewsNetDevReadsEveryLine) {
  VERITY_REQUIRE_SHARED("data/fakenewsnet/dev.jsonl");
  expect_every_line_read("data/fakenewsnet/dev.jsonl", InputFormat::kJsonl);
}

TEST(SharedDataReaderTest, LiarValidReadsEveryLine) {
  VERITY_REQUIRE_SHARED("data/liar/valid.tsv");
  expect_every_line_read("data/liar/valid.tsv", InputFormat::kLiar);
}

TEST(SharedDataReaderTest, SatireAndBuzzFeedReadWithoutErrors) {
  VERITY_REQUIRE_SHARED("data/satire/golbeck.jsonl");
  VERITY_REQUIRE_SHARED("data/buzzfeed-webis/articles.jsonl");
  expect_every_line_read("data/satire/golbeck.jsonl", InputFormat::kJsonl);
  expect_every_line_read("data/buzzfeed-webis/articles.jsonl", InputFormat::kJsonl);
}

}  // namespace
}  // namespace verity
