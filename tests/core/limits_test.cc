// The limits of docs/limits.md that no other test pins down: what each door
// does just at and just over its cap. (The others are named in the table.)
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "evidence/evidence_test_support.h"
#include "server/request_documents.h"
#include "verity/extract.h"
#include "verity/reader.h"

namespace verity::testing {
namespace {

TEST(Limits, ExtractionRefusesADocumentOverItsLimitAndTakesOneAtIt) {
  ExtractOptions options;
  options.max_document_bytes = 4096;
  Document document;
  document.content = "The council met on Tuesday and agreed the ferry timetable. ";
  while (document.content.size() < options.max_document_bytes) document.content += "More words. ";
  document.content.resize(options.max_document_bytes);
  EXPECT_TRUE(extract_article(document, options).ok());
  document.content += "x";
  const Result<Article> over = extract_article(document, options);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.status().code(), StatusCode::kTooLarge);
}

TEST(Limits, JsonLineNestedDeeperThan1024IsABadRecordAndReadingGoesOn) {
  // A million levels once overflowed the stack (a recursive parser and copy).
  for (const std::size_t depth : {std::size_t{1100}, std::size_t{1000000}}) {
    const std::string deep =
        "{\"text\": \"deep\", \"x\": " + std::string(depth, '[') + std::string(depth, ']') + "}";
    auto reader = DocumentReader::from_string(
        "{\"text\": \"before\"}\n" + deep + "\n{\"text\": \"after\"}\n", "deep.jsonl");
    ASSERT_TRUE(reader.ok());
    DocumentRecord record;
    ASSERT_TRUE(reader.value()->next(record));
    EXPECT_EQ(record.document.content, "before");
    ASSERT_TRUE(reader.value()->next(record));
    EXPECT_EQ(record.status.code(), StatusCode::kMalformed);
    EXPECT_EQ(record.status.message().rfind(
                  "deep.jsonl:2: invalid JSON (nested deeper than 1024 levels (at character ", 0),
              0u)
        << record.status.message();
    ASSERT_TRUE(reader.value()->next(record));
    EXPECT_EQ(record.document.content, "after");
  }
  // 1000 levels are within the limit.
  const std::string ok =
      "{\"text\": \"fine\", \"x\": " + std::string(1000, '[') + std::string(1000, ']') + "}";
  auto reader = DocumentReader::from_string(ok + "\n", "ok.jsonl");
  ASSERT_TRUE(reader.ok());
  DocumentRecord record;
  ASSERT_TRUE(reader.value()->next(record));
  EXPECT_TRUE(record.status.ok()) << record.status.to_string();
}

TEST(Limits, RequestBodyNestedAMillionDeepIsRefusedNotACrash) {
  const std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
  const FetchOptions fetch;
  const Result<Document> check =
      server::check_document_from_body(server::BodyKind::kJson, deep, fetch);
  ASSERT_FALSE(check.ok());
  EXPECT_EQ(check.status().code(), StatusCode::kMalformed);
  // Deep inside a document's own fields: refused, not a stack overflow.
  const Result<Document> field = server::check_document_from_body(
      server::BodyKind::kJson, "{\"text\": \"a\", \"x\": " + deep + "}", fetch);
  ASSERT_FALSE(field.ok());
  EXPECT_EQ(field.status().code(), StatusCode::kMalformed) << field.status().to_string();
  const auto batch =
      server::batch_documents_from_body(server::BodyKind::kJson, "[" + deep + "]", 100, fetch);
  ASSERT_FALSE(batch.ok());
  EXPECT_EQ(batch.status().message().rfind(
                "request: invalid JSON (nested deeper than 1024 levels (at character ", 0),
            0u)
      << batch.status().message();
  // Within the limit, a nested field is kept.
  const std::string fine = std::string(1000, '[') + std::string(1000, ']');
  EXPECT_TRUE(server::check_document_from_body(server::BodyKind::kJson,
                                               "{\"text\": \"a\", \"x\": " + fine + "}", fetch)
                  .ok());
}

TEST(Limits, RatingRowOverOneMebibyteIsSkippedAndTheRestImported) {
  TempDir dir("limits-ratings");
  const std::string list = dir.file("ratings.csv");
  {
    std::ofstream out(list);
    out << "domain,pc1\n"
        << "before.example.com,0.5\n"
        << "long.example.com," << std::string((std::size_t{1} << 20) + 10, '9') << "\n"
        << "after.example.com,0.7\n";
  }
  std::unique_ptr<EvidenceStore> store = open_store();
  Result<ImportReport> report = store->reputation().import_file(list);
  ASSERT_TRUE(report.ok()) << report.status().to_string();
  EXPECT_EQ(report.value().imported, 2u);
  EXPECT_EQ(report.value().bad, 1u);
  EXPECT_TRUE(store->reputation().lookup("after.example.com").value().score.has_value());
}

}  // namespace
}  // namespace verity::testing
