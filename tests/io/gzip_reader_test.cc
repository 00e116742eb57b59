// Gzip input, detected by its magic bytes: single and multi-member files, and
// truncated or corrupt ones, which must end in a clear error, never silence.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/reader_test_support.h"
#include "test_paths.h"
#include "verity/reader.h"

namespace verity {
namespace {

using testing::read_records;
using testing::TempFile;

std::string jsonl_lines(int count) {
  std::string text;
  for (int i = 1; i <= count; ++i) {
    text += "{\"id\": \"r" + std::to_string(i) + "\", \"text\": \"Story number " +
            std::to_string(i) + " about the regional election results.\"}\n";
  }
  return text;
}

TEST(GzipReaderTest, ReadsAGzippedJsonlFile) {
  TempFile file("plain.jsonl.gz");
  file.write_gzip(jsonl_lines(3));
  auto reader = DocumentReader::open(file.path());
  ASSERT_TRUE(reader.ok()) << reader.status().to_string();
  EXPECT_EQ(reader.value()->format(), InputFormat::kJsonl);
  const auto records = read_records(*reader.value());
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[2].document.id, "r3");
  EXPECT_EQ(records[2].document.origin, file.path() + ":3");
}

TEST(GzipReaderTest, DetectsGzipWhateverTheName) {
  TempFile file("gzipped_without_suffix.csv");
  file.write_gzip("title,text\nA,Body one\nB,Body two\n");
  auto reader = DocumentReader::open(file.path());
  ASSERT_TRUE(reader.ok()) << reader.status().to_string();
  EXPECT_EQ(reader.value()->format(), InputFormat::kCsv);
  const auto records = read_records(*reader.value());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].document.content, "Body two");
}

TEST(GzipReaderTest, ReadsEveryMemberOfAMultiMemberFile) {
  TempFile file("multi.jsonl.gz");
  const std::string all = jsonl_lines(4);
  const std::size_t half = all.find('\n', all.size() / 2) + 1;
  file.write_gzip(all.substr(0, half));
  file.write_gzip(all.substr(half), /*append=*/true);
  auto reader = DocumentReader::open(file.path());
  ASSERT_TRUE(reader.ok());
  const auto records = read_records(*reader.value());
  ASSERT_EQ(records.size(), 4u);
  for (const auto& record : records) EXPECT_TRUE(record.status.ok());
  EXPECT_EQ(records[3].document.id, "r4");
}

TEST(GzipReaderTest, TruncatedFileEndsWithAnErrorRecord) {
  TempFile file("cut.jsonl.gz");
  // Incompressible-ish lines so the cut lands after the first records.
  std::string text;
  for (int i = 1; i <= 400; ++i) {
    text += "{\"id\": " + std::to_string(i) + ", \"text\": \"" + std::to_string(i * 7919 % 104729) +
            " " + std::to_string(i * 31337 % 99991) + "\"}\n";
  }
  file.write_gzip(text);
  file.truncate_by(200);
  auto reader = DocumentReader::open(file.path());
  ASSERT_TRUE(reader.ok()) << reader.status().to_string();
  const auto records = read_records(*reader.value());
  ASSERT_GE(records.size(), 2u);
  ASSERT_LT(records.size(), 401u);
  for (std::size_t i = 0; i + 1 < records.size(); ++i) {
    ASSERT_TRUE(records[i].status.ok()) << records[i].status.to_string();
    EXPECT_EQ(records[i].document.id, std::to_string(i + 1));
  }
  const DocumentRecord& last = records.back();
  EXPECT_EQ(last.status.code(), StatusCode::kMalformed);
  EXPECT_EQ(last.status.message(), file.path() +
                                       ": truncated gzip stream (unexpected end of file) after "
                                       "record " +
                                       std::to_string(records.size() - 1));
}

TEST(GzipReaderTest, TruncatedCsvEndsWithAnErrorRecord) {
  TempFile file("cut.csv.gz");
  std::string text = "id,text\n";
  for (int i = 1; i <= 400; ++i) {
    text += std::to_string(i) + ",\"" + std::to_string(i * 7919 % 104729) + ", " +
            std::to_string(i * 31337 % 99991) + "\"\n";
  }
  file.write_gzip(text);
  file.truncate_by(100);
  auto reader = DocumentReader::open(file.path());
  ASSERT_TRUE(reader.ok()) << reader.status().to_string();
  const auto records = read_records(*reader.value());
  ASSERT_GE(records.size(), 2u);
  for (std::size_t i = 0; i + 1 < records.size(); ++i) {
    ASSERT_TRUE(records[i].status.ok()) << records[i].status.to_string();
  }
  EXPECT_EQ(records.back().status.message(),
            file.path() + ": truncated gzip stream (unexpected end of file) after record " +
                std::to_string(records.size() - 1));
}

TEST(GzipReaderTest, TruncatedWholeFileFailsToOpen) {
  TempFile file("cut.txt.gz");
  file.write_gzip("A short article about a council vote on the new library.\n");
  file.truncate_by(6);
  auto reader = DocumentReader::open(file.path());
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), StatusCode::kMalformed);
  EXPECT_EQ(reader.status().message(),
            file.path() + ": truncated gzip stream (unexpected end of file)");
}

TEST(GzipReaderTest, CorruptDataIsReported) {
  TempFile file("corrupt.jsonl.gz");
  file.write_gzip(jsonl_lines(50));
  std::string bytes = testing::read_file(file.path());
  for (std::size_t i = 20; i < bytes.size() - 10; i += 7) bytes[i] = static_cast<char>(~bytes[i]);
  file.write(bytes);
  auto reader = DocumentReader::open(file.path());
  if (!reader.ok()) {
    EXPECT_NE(reader.status().message().find("gzip"), std::string::npos);
    return;
  }
  const auto records = read_records(*reader.value());
  ASSERT_FALSE(records.empty());
  EXPECT_FALSE(records.back().status.ok());
  EXPECT_NE(records.back().status.message().find("gzip"), std::string::npos)
      << records.back().status.message();
}

}  // namespace
}  // namespace verity
