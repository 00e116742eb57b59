#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "io/reader_test_support.h"
#include "test_paths.h"
#include "verity/reader.h"

namespace verity {
namespace {

using testing::fixture_path;
using testing::read_records;

TEST(LiarReaderTest, ReadsRowsSplitOnTabsAndReportsShortOnes) {
  const std::string path = fixture_path("datasets/claims_liar.tsv");
  auto reader = DocumentReader::open(path);
  ASSERT_TRUE(reader.ok()) << reader.status().to_string();
  EXPECT_EQ(reader.value()->format(), InputFormat::kLiar);
  const auto records = read_records(*reader.value());
  ASSERT_EQ(records.size(), 4u);

  const Document& first = records[0].document;
  ASSERT_TRUE(records[0].status.ok());
  EXPECT_EQ(first.id, "901.json");
  EXPECT_EQ(first.label, "false");
  // Quotes inside a statement are text, not CSV quoting.
  EXPECT_EQ(first.content, "Says the city spent a \"billion dollars\" on one bench.");
  EXPECT_EQ(first.kind, ContentKind::kText);
  EXPECT_EQ(first.authors, std::vector<std::string>{"jane-doe"});
  EXPECT_EQ(first.dataset, "liar");
  EXPECT_EQ(first.origin, path + ":1");
  const std::vector<std::pair<std::string, std::string>> expected_extra = {
      {"subjects", "budget,city"},
      {"speaker_job", "City councilor"},
      {"state", "Ohio"},
      {"party", "republican"},
      {"barely_true_count", "1"},
      {"false_count", "2"},
      {"half_true_count", "0"},
      {"mostly_true_count", "1"},
      {"pants_on_fire_count", "0"},
      {"context", "a town hall meeting"}};
  EXPECT_EQ(first.extra, expected_extra);

  EXPECT_TRUE(records[1].status.ok());
  EXPECT_EQ(records[1].document.label, "half-true");

  EXPECT_EQ(records[2].number, 3u);
  EXPECT_EQ(records[2].status.code(), StatusCode::kMalformed);
  EXPECT_EQ(records[2].status.message(), path + ":3: expected 14 tab-separated fields, found 3");

  EXPECT_TRUE(records[3].status.ok());
  EXPECT_EQ(records[3].document.id, "904.json");
  EXPECT_EQ(records[3].document.origin, path + ":4");
}

TEST(LiarReaderTest, FormatCanBeForced) {
  ReaderOptions options;
  options.format = InputFormat::kLiar;
  auto reader = DocumentReader::from_string("a\tb\n", "claims.txt", options);
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ(reader.value()->format(), InputFormat::kLiar);
  const auto records = read_records(*reader.value());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].status.message(), "claims.txt:1: expected 14 tab-separated fields, found 2");
}

}  // namespace
}  // namespace verity
