#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
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

std::vector<DocumentRecord> read_jsonl(std::string content, const std::string& name = "t.jsonl") {
  auto reader = DocumentReader::from_string(std::move(content), name);
  EXPECT_TRUE(reader.ok()) << reader.status().to_string();
  if (!reader.ok()) return {};
  EXPECT_EQ(reader.value()->format(), InputFormat::kJsonl);
  return read_records(*reader.value());
}

TEST(JsonlReaderTest, ReadsGoodRecordsInOrderAndReportsBadOnes) {
  const std::string path = fixture_path("datasets/articles.jsonl");
  auto reader = DocumentReader::open(path);
  ASSERT_TRUE(reader.ok()) << reader.status().to_string();
  EXPECT_EQ(reader.value()->format(), InputFormat::kJsonl);
  const std::vector<DocumentRecord> records = read_records(*reader.value());
  ASSERT_EQ(records.size(), 5u);

  const Document& first = records[0].document;
  EXPECT_TRUE(records[0].status.ok());
  EXPECT_EQ(records[0].number, 1u);
  EXPECT_EQ(first.id, "a-1");
  EXPECT_EQ(first.title, "Harbor bridge reopens after repairs");
  EXPECT_EQ(first.content.rfind("The harbor bridge reopened", 0), 0u);
  EXPECT_EQ(first.kind, ContentKind::kText);
  EXPECT_EQ(first.url, "https://example.org/harbor");
  EXPECT_EQ(first.label, "real");
  EXPECT_EQ(first.dataset, "invented");
  EXPECT_EQ(first.authors, (std::vector<std::string>{"Dana Ruiz", "Omar Lind"}));
  EXPECT_EQ(first.date, "1493179200");  // 1493179200.0 as the dataset writes it
  EXPECT_EQ(extra_value(first, "source"), "example.org");
  EXPECT_EQ(first.origin, path + ":1");

  const Document& second = records[1].document;
  EXPECT_TRUE(records[1].status.ok());
  EXPECT_EQ(second.id, "2");  // a numeric id
  EXPECT_EQ(second.authors, std::vector<std::string>{"Staff Writer"});
  EXPECT_EQ(second.date, "2017-04-26");
  EXPECT_EQ(extra_value(second, "score"), "0.25");
  EXPECT_EQ(extra_value(second, "tags"), R"(["space","hoax"])");

  EXPECT_EQ(records[2].number, 3u);
  EXPECT_EQ(records[2].status.code(), StatusCode::kMalformed);
  EXPECT_EQ(records[2].status.message().rfind(path + ":3: invalid JSON (", 0), 0u)
      << records[2].status.message();
  EXPECT_EQ(records[2].document.origin, path + ":3");

  EXPECT_EQ(records[3].status.code(), StatusCode::kMalformed);
  EXPECT_EQ(records[3].status.message().rfind(path + ":4: no text field", 0), 0u)
      << records[3].status.message();

  // Line 5 is blank: skipped, not a record, and line numbers stay real.
  EXPECT_TRUE(records[4].status.ok());
  EXPECT_EQ(records[4].number, 5u);
  EXPECT_EQ(records[4].document.id, "a-5");
  EXPECT_EQ(records[4].document.kind, ContentKind::kHtml);
  EXPECT_EQ(records[4].document.content.rfind("<html>", 0), 0u);
  EXPECT_EQ(records[4].document.origin, path + ":6");
  EXPECT_TRUE(records[4].document.date.empty());
}

TEST(JsonlReaderTest, NonObjectLineHasNoTextField) {
  const auto records = read_jsonl("[1, 2]\n{\"text\": \"ok\"}\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].status.message(),
            "t.jsonl:1: no text field (the line is JSON but not an object)");
  EXPECT_TRUE(records[1].status.ok());
  EXPECT_EQ(records[1].document.id, "2");  // no id: the record number
}

// The fast parser refuses integers beyond 64 bits; such a line is still read
// (by the fallback parser) rather than lost, and fields keep their order.
TEST(JsonlReaderTest, LineTheFastParserRefusesIsStillRead) {
  const auto records = read_jsonl(
      "{\"id\": \"big\", \"shares\": 123456789012345678901234567890, \"text\": \"ok\","
      " \"tags\": [\"a\", 1], \"authors\": [\"Dana Ruiz\", \"\", 7]}\n"
      "{\"id\": \"small\", \"text\": \"fine\", \"shares\": 12, \"authors\": \"Omar Lind\"}\n");
  ASSERT_EQ(records.size(), 2u);
  ASSERT_TRUE(records[0].status.ok()) << records[0].status.to_string();
  EXPECT_EQ(records[0].document.id, "big");
  EXPECT_EQ(records[0].document.content, "ok");
  ASSERT_EQ(records[0].document.extra.size(), 2u);
  EXPECT_EQ(records[0].document.extra[0].first, "shares");
  EXPECT_EQ(records[0].document.extra[1],
            (std::pair<std::string, std::string>{"tags", R"(["a",1])"}));
  // Both parsers read authors alike: names kept, empty ones left out.
  EXPECT_EQ(records[0].document.authors, (std::vector<std::string>{"Dana Ruiz", "7"}));
  ASSERT_TRUE(records[1].status.ok());
  EXPECT_EQ(extra_value(records[1].document, "shares"), "12");
  EXPECT_EQ(records[1].document.authors, std::vector<std::string>{"Omar Lind"});
}

TEST(JsonlReaderTest, RepairsInvalidUtf8SoTheRecordSurvives) {
  const auto records = read_jsonl("{\"id\": \"u\", \"text\": \"caf\xE9 au lait\"}\r\n");
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].status.ok()) << records[0].status.to_string();
  EXPECT_EQ(records[0].document.content, "caf\xEF\xBF\xBD au lait");
  EXPECT_EQ(extra_value(records[0].document, "utf8_repaired_bytes"), "1");
}

TEST(JsonlReaderTest, HandlesByteOrderMarkAndCrlf) {
  const auto records = read_jsonl("\xEF\xBB\xBF{\"text\": \"one\"}\r\n{\"text\": \"two\"}\r\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_TRUE(records[0].status.ok());
  EXPECT_EQ(records[0].document.content, "one");
  EXPECT_EQ(records[1].document.content, "two");
}

TEST(JsonlReaderTest, LastLineNeedsNoNewline) {
  const auto records = read_jsonl("{\"text\": \"one\"}\n{\"text\": \"two\"}");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].document.content, "two");
}

TEST(JsonlReaderTest, SkipsALineOverTheRecordLimitAndGoesOn) {
  ReaderOptions options;
  options.max_record_bytes = 64;
  const std::string long_line = "{\"text\": \"" + std::string(500, 'x') + "\"}";
  auto reader = DocumentReader::from_string(
      "{\"text\": \"before\"}\n" + long_line + "\n{\"text\": \"after\"}\n", "t.jsonl", options);
  ASSERT_TRUE(reader.ok());
  const auto records = read_records(*reader.value());
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].document.content, "before");
  EXPECT_EQ(records[1].status.code(), StatusCode::kTooLarge);
  EXPECT_EQ(records[1].status.message().rfind("t.jsonl:2: record is over the 64-byte limit", 0),
            0u);
  EXPECT_EQ(records[2].document.content, "after");
  EXPECT_EQ(records[2].document.origin, "t.jsonl:3");
}

TEST(JsonlReaderTest, ReadsStandardInputAsStdin) {
  testing::TempFile file("stdin.jsonl");
  file.write("{\"text\": \"from a pipe\"}\n");
  const int saved = ::dup(0);
  ASSERT_GE(saved, 0);
  std::FILE* redirected = std::freopen(file.path().c_str(), "rb", stdin);
  ASSERT_NE(redirected, nullptr);
  auto reader = DocumentReader::open("-");
  std::vector<DocumentRecord> records;
  if (reader.ok()) records = read_records(*reader.value());
  ::dup2(saved, 0);
  ::close(saved);
  std::clearerr(stdin);
  ASSERT_TRUE(reader.ok()) << reader.status().to_string();
  EXPECT_EQ(reader.value()->format(), InputFormat::kJsonl);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].document.content, "from a pipe");
  EXPECT_EQ(records[0].document.origin, "<stdin>:1");
}

}  // namespace
}  // namespace verity
