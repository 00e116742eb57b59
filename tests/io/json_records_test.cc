// JSON as clients send it (read_json_records): one object, an array, or JSON
// Lines; strict about types and encoding, one bad item costing only itself.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "verity/reader.h"

namespace verity {
namespace {

TEST(JsonRecords, OneObjectReadsTheJsonlFields) {
  const Result<std::vector<JsonRecord>> records = read_json_records(
      R"({"id": "r1", "title": "Dock strike ends", "text": "Workers return on Monday.",
          "authors": ["A. Writer"], "label": "real", "section": "ports"})",
      JsonLayout::kObject, 1);
  ASSERT_TRUE(records.ok()) << records.status().to_string();
  ASSERT_EQ(records.value().size(), 1u);
  const Document& document = records.value()[0].document.value();
  EXPECT_EQ(document.id, "r1");
  EXPECT_EQ(document.title, "Dock strike ends");
  EXPECT_EQ(document.content, "Workers return on Monday.");
  EXPECT_EQ(document.authors, std::vector<std::string>{"A. Writer"});
  EXPECT_EQ(document.label, "real");
  ASSERT_EQ(document.extra.size(), 1u);
  EXPECT_EQ(document.extra[0].first, "section");
}

TEST(JsonRecords, RefusesWhatAClientShouldFix) {
  const auto error_of = [](std::string_view body) {
    const Result<std::vector<JsonRecord>> records = read_json_records(body, JsonLayout::kObject, 1);
    EXPECT_FALSE(records.ok()) << body;
    return records.ok() ? std::string() : records.status().message();
  };
  EXPECT_NE(error_of(R"({"text": "unterminated)").find("request: invalid JSON ("),
            std::string::npos);
  EXPECT_NE(error_of("{\"text\": \"bad \xff byte\"}").find("invalid JSON"), std::string::npos);
  EXPECT_NE(error_of(R"({"text": 12})").find("field \"text\" must be a string, not number"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"url": ["x"]})").find("must be a string, not array"), std::string::npos);
  EXPECT_NE(error_of("{}").find("give text, html or url"), std::string::npos);
  EXPECT_NE(error_of("[1, 2]").find("expected a JSON object"), std::string::npos);
}

TEST(JsonRecords, AUrlAloneIsLeftForTheCallerToFetch) {
  const Result<std::vector<JsonRecord>> records = read_json_records(
      R"({"url": "https://example.com/story", "label": "fake"})", JsonLayout::kObject, 1);
  ASSERT_TRUE(records.ok()) << records.status().to_string();
  const Document& document = records.value()[0].document.value();
  EXPECT_EQ(document.url, "https://example.com/story");
  EXPECT_TRUE(document.content.empty());
  EXPECT_EQ(document.label, "fake");
}

TEST(JsonRecords, ABadItemCostsOnlyItself) {
  const Result<std::vector<JsonRecord>> records = read_json_records(
      R"([{"id": "a", "text": "First story."}, {"text": 5}, {"id": 7, "text": "Third."},
          {"text": "Fourth, no id."}])",
      JsonLayout::kArray, 10);
  ASSERT_TRUE(records.ok()) << records.status().to_string();
  ASSERT_EQ(records.value().size(), 4u);
  EXPECT_EQ(records.value()[0].id, "a");
  EXPECT_FALSE(records.value()[1].document.ok());
  EXPECT_EQ(records.value()[1].id, "2");
  EXPECT_NE(records.value()[1].document.status().message().find("item 2: field \"text\""),
            std::string::npos);
  EXPECT_EQ(records.value()[2].id, "7");
  EXPECT_EQ(records.value()[2].document.value().id, "7");
  EXPECT_EQ(records.value()[3].document.value().id, "4");
}

TEST(JsonRecords, JsonLinesSkipBlankLinesAndNameTheBadOne) {
  const Result<std::vector<JsonRecord>> records = read_json_records(
      "{\"text\": \"One.\"}\r\n\n   \n{broken\n{\"text\": \"Three.\"}", JsonLayout::kLines, 10);
  ASSERT_TRUE(records.ok()) << records.status().to_string();
  ASSERT_EQ(records.value().size(), 3u);
  EXPECT_TRUE(records.value()[0].document.ok());
  EXPECT_NE(records.value()[1].document.status().message().find("line 4: invalid JSON"),
            std::string::npos)
      << records.value()[1].document.status().message();
  EXPECT_EQ(records.value()[2].document.value().content, "Three.");
}

TEST(JsonRecords, TheWholeFailsOnlyForTheWrongShapeOrTooMany) {
  EXPECT_EQ(read_json_records(R"({"text": "x"})", JsonLayout::kArray, 10).status().code(),
            StatusCode::kMalformed);
  EXPECT_EQ(
      read_json_records(R"([{"text": "a"}, {"text": "b"}])", JsonLayout::kArray, 1).status().code(),
      StatusCode::kTooLarge);
  EXPECT_EQ(read_json_records("{\"text\": \"a\"}\n{\"text\": \"b\"}", JsonLayout::kLines, 1)
                .status()
                .code(),
            StatusCode::kTooLarge);
}

}  // namespace
}  // namespace verity
