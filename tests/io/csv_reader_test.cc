#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "io/reader_test_support.h"
#include "test_paths.h"
#include "verity/reader.h"

namespace verity {
namespace {

using testing::extra_value;
using testing::fixture_path;
using testing::read_records;

TEST(CsvReaderTest, ReadsQuotedFieldsAndReportsBadRowsByLine) {
  const std::string path = fixture_path("datasets/news.csv");
  auto reader = DocumentReader::open(path);
  ASSERT_TRUE(reader.ok()) << reader.status().to_string();
  EXPECT_EQ(reader.value()->format(), InputFormat::kCsv);
  const auto records = read_records(*reader.value());
  ASSERT_EQ(records.size(), 5u);

  const Document& storm = records[0].document;
  ASSERT_TRUE(records[0].status.ok()) << records[0].status.to_string();
  EXPECT_EQ(storm.id, "1");
  EXPECT_EQ(storm.title, "Rain, wind and cold: storm reaches the coast");
  // Doubled quotes undone; the CRLF inside the quoted field arrives as "\n".
  EXPECT_EQ(storm.content,
            "Forecasters said the storm, the third this month, would bring \"heavy\" rain.\n"
            "Schools closed early.");
  EXPECT_EQ(storm.url, "https://example.org/storm");
  EXPECT_EQ(storm.label, "real");
  EXPECT_EQ(storm.origin, path + ":2");
  // "section" maps to no field, so it is kept.
  ASSERT_EQ(storm.extra.size(), 1u);
  EXPECT_EQ(extra_value(storm, "section"), "weather");

  EXPECT_TRUE(records[1].status.ok());
  EXPECT_EQ(records[1].document.content, "The mayor said the rumor was \"completely false\".");
  EXPECT_EQ(records[1].document.origin, path + ":4");

  EXPECT_EQ(records[2].number, 3u);
  EXPECT_EQ(records[2].status.code(), StatusCode::kMalformed);
  EXPECT_EQ(records[2].status.message(), path + ":5: expected 6 fields as in the header, found 3");

  EXPECT_EQ(records[3].status.code(), StatusCode::kMalformed);
  EXPECT_EQ(records[3].status.message().rfind(path + ":6: malformed quoting", 0), 0u)
      << records[3].status.message();

  EXPECT_TRUE(records[4].status.ok());
  EXPECT_EQ(records[4].number, 5u);
  EXPECT_EQ(records[4].document.content, "A fruit cures every disease, a blog claims.");
  EXPECT_EQ(records[4].document.origin, path + ":7");
}

TEST(CsvReaderTest, ReadsTsvWithColumnsNamedByTheCaller) {
  ReaderOptions options;
  options.columns.id = "story_id";
  options.columns.text = "Story";  // names match case-insensitively
  options.columns.label = "verdict";
  auto reader = DocumentReader::open(fixture_path("datasets/claims.tsv"), options);
  ASSERT_TRUE(reader.ok()) << reader.status().to_string();
  EXPECT_EQ(reader.value()->format(), InputFormat::kTsv);
  const auto records = read_records(*reader.value());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].document.id, "10");
  EXPECT_EQ(records[0].document.title, "Farm output rises");    // guessed: headline
  EXPECT_EQ(records[0].document.url, "https://example.org/a");  // guessed: link
  EXPECT_EQ(records[0].document.content, "Farm output rose 3% in the spring, the ministry said.");
  EXPECT_EQ(records[0].document.label, "real");
  EXPECT_TRUE(records[0].document.extra.empty());
  EXPECT_EQ(records[1].document.label, "fake");
}

TEST(CsvReaderTest, WithoutATextColumnOpenFails) {
  auto guessed = DocumentReader::from_string("id,link\n1,http://x\n", "n.csv");
  ASSERT_FALSE(guessed.ok());
  EXPECT_EQ(guessed.status().code(), StatusCode::kMalformed);
  EXPECT_EQ(guessed.status().message().rfind("n.csv: no text column in the header", 0), 0u)
      << guessed.status().message();

  ReaderOptions options;
  options.columns.text = "missing";
  auto named = DocumentReader::from_string("a,b\n1,2\n", "x.csv", options);
  ASSERT_FALSE(named.ok());
  EXPECT_EQ(named.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(named.status().message(),
            "x.csv: no column named 'missing' for the text field (header: a, b)");
}

TEST(CsvReaderTest, KeepsSpacesAndSkipsBlankLines) {
  auto reader = DocumentReader::from_string("text,note\n  padded ,x\n\n\"b\",\ny, z\n", "s.csv");
  ASSERT_TRUE(reader.ok()) << reader.status().to_string();
  const auto records = read_records(*reader.value());
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].document.content, "  padded ");
  EXPECT_EQ(records[1].document.content, "b");
  EXPECT_EQ(records[1].document.origin, "s.csv:4");
  EXPECT_EQ(extra_value(records[1].document, "note"), "");
  EXPECT_EQ(extra_value(records[2].document, "note"), " z");
}

TEST(CsvReaderTest, UnterminatedQuoteAtTheEndIsABadRecord) {
  auto reader = DocumentReader::from_string("text\nfine\n\"never\nclosed\n", "q.csv");
  ASSERT_TRUE(reader.ok());
  const auto records = read_records(*reader.value());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].document.content, "fine");
  EXPECT_EQ(records[1].status.code(), StatusCode::kMalformed);
  EXPECT_EQ(records[1].status.message(),
            "q.csv:3: unterminated quoted field at the end of the input");
}

TEST(CsvReaderTest, RecordOverTheLimitIsSkipped) {
  ReaderOptions options;
  options.max_record_bytes = 40;
  const std::string big = "\"" + std::string(30, 'a') + "\n" + std::string(30, 'b') + "\"";
  auto reader = DocumentReader::from_string("text\nsmall\n" + big + "\nlast\n", "big.csv", options);
  ASSERT_TRUE(reader.ok());
  const auto records = read_records(*reader.value());
  ASSERT_GE(records.size(), 3u);
  EXPECT_EQ(records[0].document.content, "small");
  EXPECT_EQ(records[1].status.code(), StatusCode::kTooLarge);
  EXPECT_EQ(records[1].status.message().rfind("big.csv:3: record is over the 40-byte limit", 0),
            0u);
  EXPECT_EQ(records.back().document.content, "last");
}

TEST(CsvReaderTest, EmptyTextAndTitleIsABadRecord) {
  auto reader = DocumentReader::from_string("title,text,url\n,,http://x\nT,,\n", "e.csv");
  ASSERT_TRUE(reader.ok());
  const auto records = read_records(*reader.value());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].status.message(),
            "e.csv:2: no text field (text, html and title are all missing or empty)");
  EXPECT_TRUE(records[1].status.ok());
  EXPECT_EQ(records[1].document.title, "T");
}

}  // namespace
}  // namespace verity
