#include "verity/status.h"

#include <gtest/gtest.h>

#include <string>

namespace verity {
namespace {

TEST(StatusTest, DefaultIsOk) {
  Status status;
  EXPECT_TRUE(status.ok());
  EXPECT_EQ(status.to_string(), "ok");
}

TEST(StatusTest, ErrorCarriesCodeAndMessage) {
  Status status(StatusCode::kMalformed, "data.jsonl:12: expected '}'");
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(status.code(), StatusCode::kMalformed);
  EXPECT_EQ(status.to_string(), "malformed: data.jsonl:12: expected '}'");
}

TEST(ResultTest, HoldsValueOrStatus) {
  Result<std::string> good(std::string("title"));
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good.value(), "title");
  EXPECT_TRUE(good.status().ok());

  Result<std::string> bad(Status(StatusCode::kUnreadable, "empty input"));
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kUnreadable);
}

}  // namespace
}  // namespace verity
