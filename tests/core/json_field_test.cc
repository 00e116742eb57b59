#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "verity/json.h"

namespace verity {
namespace {

TEST(AddJsonFieldTest, AddsAFieldToARecordAndKeepsItValidJson) {
  std::string record = error_to_json("a1", Status(StatusCode::kUnreadable, "empty"));
  add_json_field(record, "source", R"({"publisher": null, "cited": []})");
  const nlohmann::json parsed = nlohmann::json::parse(record);
  EXPECT_EQ(parsed["id"], "a1");
  EXPECT_TRUE(parsed["source"]["cited"].empty());

  std::string empty = "{}";
  add_json_field(empty, "na\"me", "1");
  EXPECT_EQ(nlohmann::json::parse(empty)["na\"me"], 1);

  std::string pretty = "{\n  \"a\": 1\n}";
  add_json_field(pretty, "b", "[2]");
  EXPECT_EQ(nlohmann::json::parse(pretty)["b"][0], 2);
}

}  // namespace
}  // namespace verity
