// Whole-file inputs (one text article or HTML page) and the inputs open()
// refuses: missing, empty, binary, too large.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "io/reader_test_support.h"
#include "verity/reader.h"

namespace verity {
namespace {

using testing::read_records;
using testing::TempFile;

TEST(WholeFileReaderTest, TextFileIsOneDocument) {
  TempFile file("story.txt");
  file.write("\xEF\xBB\xBFOfficials said on Tuesday.\r\nThe vote is next week.\r\n");
  auto reader = DocumentReader::open(file.path());
  ASSERT_TRUE(reader.ok()) << reader.status().to_string();
  EXPECT_EQ(reader.value()->format(), InputFormat::kText);
  const auto records = read_records(*reader.value());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_TRUE(records[0].status.ok());
  EXPECT_EQ(records[0].number, 1u);
  const Document& document = records[0].document;
  EXPECT_EQ(document.content, "Officials said on Tuesday.\r\nThe vote is next week.\r\n");
  EXPECT_EQ(document.kind, ContentKind::kText);
  EXPECT_EQ(document.origin, file.path());
  EXPECT_EQ(document.id, file.path().substr(file.path().rfind('/') + 1));
}

TEST(WholeFileReaderTest, HtmlIsSniffedWithoutAnExtension) {
  auto reader = DocumentReader::from_string("<!doctype html><html><p>Story</p></html>", "page");
  ASSERT_TRUE(reader.ok());
  const auto records = read_records(*reader.value());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].document.kind, ContentKind::kHtml);
  EXPECT_EQ(records[0].document.id, "page");
}

TEST(WholeFileReaderTest, GzippedHtmlIsDecompressed) {
  TempFile file("page.html.gz");
  file.write_gzip("<html><body><p>Council approves budget.</p></body></html>");
  auto reader = DocumentReader::open(file.path());
  ASSERT_TRUE(reader.ok()) << reader.status().to_string();
  EXPECT_EQ(reader.value()->format(), InputFormat::kHtml);
  const auto records = read_records(*reader.value());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].document.content,
            "<html><body><p>Council approves budget.</p></body></html>");
}

TEST(WholeFileReaderTest, MissingFileIsNotFound) {
  auto reader = DocumentReader::open("/nonexistent/verity/story.txt");
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(reader.status().message(), "/nonexistent/verity/story.txt: no such file");
}

TEST(WholeFileReaderTest, EmptyInputIsUnreadable) {
  TempFile file("empty.jsonl");
  file.write("");
  auto reader = DocumentReader::open(file.path());
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), StatusCode::kUnreadable);
  EXPECT_EQ(reader.status().message(), file.path() + ": empty input");

  TempFile gzipped("empty.txt.gz");
  gzipped.write_gzip("");
  auto from_gzip = DocumentReader::open(gzipped.path());
  ASSERT_FALSE(from_gzip.ok());
  EXPECT_EQ(from_gzip.status().message(), gzipped.path() + ": empty input");
}

TEST(WholeFileReaderTest, BinaryInputIsUnreadable) {
  TempFile file("image.txt");
  std::string bytes = "\x89PNG\r\n\x1a\n";
  for (int i = 0; i < 512; ++i) bytes.push_back(static_cast<char>(i * 37 % 256));
  file.write(bytes);
  auto reader = DocumentReader::open(file.path());
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), StatusCode::kUnreadable);
  EXPECT_EQ(reader.status().message(), file.path() + ": binary data, not text");
}

TEST(WholeFileReaderTest, OverTheDocumentLimitIsRefusedWithoutReadingItAll) {
  TempFile file("huge.txt");
  {
    std::ofstream out(file.path(), std::ios::binary);
    const std::string block(1 << 20, 'a');
    for (int i = 0; i < 40; ++i) out << block;  // 40 MiB > the 32 MiB default
  }
  auto reader = DocumentReader::open(file.path());
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), StatusCode::kTooLarge);
  EXPECT_EQ(reader.status().message(),
            file.path() + ": document is over the 33554432-byte limit (max_document_bytes)");
}

TEST(WholeFileReaderTest, ExactlyAtTheLimitIsAccepted) {
  ReaderOptions options;
  options.max_document_bytes = 10;
  EXPECT_TRUE(DocumentReader::from_string("0123456789", "ten.txt", options).ok());
  auto over = DocumentReader::from_string("0123456789X", "eleven.txt", options);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.status().code(), StatusCode::kTooLarge);
}

}  // namespace
}  // namespace verity
